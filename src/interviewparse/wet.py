"""Common Crawl WET files: stream the ``conversion`` records of a
``.warc.wet`` or ``.warc.wet.gz`` file and parse each one as a page.

``warcio`` (the optional extra ``interviewparse[warc]``) reads the WARC
headers; this module does the gzip decompression itself, one gzip member at
a time, so that a damaged member can be reported and skipped. Memory holds
one record (plus a read buffer), whatever the size of the file.

    >>> from interviewparse.wet import iter_wet, parse_record, WetError
    >>> for item in iter_wet("crawl.warc.wet.gz"):            # doctest: +SKIP
    ...     if isinstance(item, WetError):
    ...         print("skipped:", item.message)
    ...     else:
    ...         page = parse_record(item, max_bytes=1 << 20)

Which records are reported as corrupt (a :class:`WetError`, then the
iteration goes on with the next record):

- a gzip member whose compressed data is damaged (bad deflate data, bad
  CRC); the next member is found by scanning the file for a gzip header that
  decompresses to ``WARC/`` (this needs a seekable file: with a pipe the
  iteration stops after the error);
- a record whose WARC header cannot be parsed;
- a record whose content is shorter than its ``Content-Length``, or is not
  followed by the blank lines that end a record (a wrong ``Content-Length``),
  or does not match its ``WARC-Block-Digest``;
- a ``conversion`` record without a ``WARC-Target-URI``.

A file that ends in the middle of a gzip member, or in which no further
record can be found, gives one last :class:`WetError` and the iteration
stops.
"""

from __future__ import annotations

import importlib
import os
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any

import attrs
import regex

from . import MAX_BYTES, NotTextError, TooLargeError, parse_bytes
from .model import Interview

__all__ = ["WetError", "WetRecord", "is_wet_path", "iter_wet", "parse_record"]

_BLOCK = 1 << 16  # raw bytes read at a time
_CHUNK = 1 << 18  # most decompressed bytes produced at a time
_SCAN = 1 << 20  # bytes searched at a time when looking for the next record
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = regex.compile(rb"\nWARC/1\.[01]\r?\n")


@attrs.frozen
class WetRecord:
    """One ``conversion`` record: the page text as bytes (normally UTF-8)."""

    uri: str
    date: str | None  # the WARC-Date as written (ISO 8601)
    record_id: str | None
    data: bytes = attrs.field(repr=lambda d: f"<{len(d)} bytes>")


@attrs.frozen
class WetError:
    """A record that could not be read. ``offset`` is the byte offset in the
    file (of the gzip member, for a compressed file) where the trouble
    starts, when known."""

    message: str
    offset: int | None = None


def is_wet_path(name: str) -> bool:
    """True for names ending in ``.warc.wet`` or ``.warc.wet.gz`` (any case)."""
    return name.lower().endswith((".warc.wet", ".warc.wet.gz"))


def parse_record(rec: WetRecord, max_bytes: int = MAX_BYTES) -> Interview:
    """Parse a record's text like :func:`interviewparse.parse_bytes`, with the
    target URI as ``source`` and the WARC-Date as ``crawled``.

    Raises :class:`~interviewparse.TooLargeError` for data over ``max_bytes``
    and :class:`~interviewparse.NotTextError` for binary data."""
    if len(rec.data) > max_bytes:
        raise TooLargeError(
            f"{rec.uri}: record is over the limit of {max_bytes} bytes (see --max-bytes)"
        )
    try:
        page = parse_bytes(rec.data, source=rec.uri)
    except NotTextError as e:
        raise NotTextError(f"{rec.uri}: {e}") from None
    return attrs.evolve(page, crawled=rec.date)


def _archive_iterator() -> Any:
    try:
        module = importlib.import_module("warcio.archiveiterator")
    except ImportError:
        raise ImportError(
            "reading WARC/WET files needs warcio: pip install 'interviewparse[warc]'"
        ) from None
    return module.WARCIterator  # WARC only: garbage is never taken for an ARC header


def iter_wet(
    path_or_fileobj: str | os.PathLike[str] | IO[bytes], *, max_bytes: int | None = None
) -> Iterator[WetRecord | WetError]:
    """Yield the ``conversion`` records of a WET file (gzip or not, told by
    its first bytes), in file order, and a :class:`WetError` for each record
    that cannot be read (see the module docstring). Other record types
    (``warcinfo`` ...) are skipped.

    With ``max_bytes``, at most ``max_bytes + 1`` bytes of a record's content
    are read: a longer record comes out cut there, so that
    :func:`parse_record` with the same limit refuses it without the whole
    record ever being held in memory.

    Raises :class:`ImportError` when warcio is not installed and
    :class:`OSError` when the file cannot be opened."""
    archive_iterator = _archive_iterator()
    if isinstance(path_or_fileobj, (str, os.PathLike)):
        with open(path_or_fileobj, "rb") as f:
            yield from _iter_file(f, archive_iterator, max_bytes)
    else:
        yield from _iter_file(path_or_fileobj, archive_iterator, max_bytes)


# ------------------------------------------------------------ raw byte source


class _Raw:
    """The file's bytes with a push-back buffer and the absolute offset of
    the next byte; also the file-like object warcio reads an uncompressed
    file through."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        try:
            self.seekable = fh.seekable()
            self.pos = fh.tell() if self.seekable else 0
        except (OSError, AttributeError, ValueError):
            self.pos, self.seekable = 0, False
        self.buf = b""

    def take(self) -> bytes:
        """The next block of bytes (b"" at the end)."""
        if self.buf:
            data, self.buf = self.buf, b""
        else:
            data = self.fh.read(_BLOCK)
        self.pos += len(data)
        return data

    def unread(self, data: bytes) -> None:
        self.buf = data + self.buf
        self.pos -= len(data)

    def peek(self, n: int) -> bytes:
        while len(self.buf) < n:
            more = self.fh.read(_BLOCK)
            if not more:
                break
            self.buf += more
        return self.buf[:n]

    def seek(self, pos: int) -> None:
        self.fh.seek(pos)
        self.pos, self.buf = pos, b""

    # file-like, for warcio
    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            data = self.buf + self.fh.read()
            self.buf = b""
        elif self.buf:
            data, self.buf = self.buf[:size], self.buf[size:]
            if len(data) < size:
                data += self.fh.read(size - len(data))
        else:
            data = self.fh.read(size)
        self.pos += len(data)
        return data

    def tell(self) -> int:
        return self.pos


class _Truncated(Exception):
    """The file ends inside a gzip member."""


class _Member:
    """File-like: the decompressed bytes of one gzip member, read lazily.
    Reading raises ``zlib.error`` (damaged data) or :class:`_Truncated`, and
    returns b"" only once the member's CRC and length have been checked."""

    def __init__(self, raw: _Raw) -> None:
        self.raw = raw
        self.start = raw.pos
        self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.out = b""
        self.at = 0  # read position in self.out
        self.n = 0  # bytes handed out

    def _more(self) -> bytes:
        while not self.d.eof:
            data = self.d.unconsumed_tail or self.raw.take()
            if not data:
                raise _Truncated
            chunk = self.d.decompress(data, _CHUNK)
            if self.d.eof and self.d.unused_data:
                self.raw.unread(self.d.unused_data)
            if chunk:
                return chunk
        return b""

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            parts = [self.out[self.at :]]
            while chunk := self._more():
                parts.append(chunk)
            self.out, self.at = b"", 0
            data = b"".join(parts)
        else:
            # a full block unless the member ends: warcio takes a first read
            # of under 2 bytes for the start of a gzip stream
            parts = []
            want = size
            while want > 0:
                if self.at >= len(self.out):
                    self.out, self.at = self._more(), 0
                    if not self.out:
                        break
                part = self.out[self.at : self.at + want]
                self.at += len(part)
                want -= len(part)
                parts.append(part)
            data = b"".join(parts)
        self.n += len(data)
        return data

    def tell(self) -> int:
        return self.n

    def drain(self) -> None:
        """Decompress to the end of the member (checking it), discarding."""
        self.out, self.at = b"", 0
        while self._more():
            pass


# ----------------------------------------------------------------- records


class _BadRecord(Exception):
    def __init__(self, message: str, offset: int | None) -> None:
        super().__init__(message)
        self.message, self.offset = message, offset


def _header(record: Any, name: str) -> str | None:
    value = record.rec_headers.get_header(name)
    return None if value is None else str(value)


def _describe(record: Any) -> str:
    parts = [_header(record, "WARC-Record-ID"), _header(record, "WARC-Target-URI")]
    return " ".join(["record", *(p for p in parts if p)])


_WRONG_LENGTH = "its Content-Length does not match the record"


def _describe_pending(rec: WetRecord) -> str:
    return " ".join(["record", *(p for p in (rec.record_id, rec.uri) if p)])


def _failure(e: Exception) -> str:
    text = str(e).strip()
    first = text.splitlines()[0] if text else type(e).__name__
    if first.startswith(("Invalid WARC record", "Unknown archive format")):
        return "invalid WARC header, " + first.split(", ", 1)[-1][:200]
    return first[:200]


def _records(
    fh: Any, archive_iterator: Any, base: int | None, max_bytes: int | None
) -> Iterator[WetRecord | _BadRecord]:
    """The conversion records of an uncompressed WARC stream, and a
    ``_BadRecord`` item for a damaged record after which the stream can go
    on. A record is held back until warcio has moved past its end, so that
    a wrong Content-Length (the record not followed by its blank lines) is
    noticed before the record is handed out. ``base`` is the offset to report
    for every error (a gzip member's start), or None for offsets in ``fh``.

    Raises ``_BadRecord`` when warcio cannot go on, and lets the stream's
    own errors (``zlib.error``, ``_Truncated``) through."""
    it = archive_iterator(fh, no_record_parse=True, check_digests=True)
    it.INC_RECORD = ""  # warcio writes this warning to stderr: it is counted instead
    records = iter(it)
    pending: WetRecord | _BadRecord | None = None
    pending_at: int | None = None
    errors = it.err_count
    while True:
        try:
            record = next(records)
        except StopIteration:
            record = None
        except (zlib.error, _Truncated):
            raise  # the member is damaged, the pending record with it
        except Exception as e:
            if pending is None or it.err_count == errors:
                if pending is not None:
                    yield pending
                raise _BadRecord(_failure(e), it.offset if base is None else base) from e
            if isinstance(pending, _BadRecord):
                raise pending from e
            raise _BadRecord(f"{_describe_pending(pending)}: {_WRONG_LENGTH}", pending_at) from e
        if pending is not None:
            if it.err_count != errors and isinstance(pending, WetRecord):
                pending = _BadRecord(f"{_describe_pending(pending)}: {_WRONG_LENGTH}", pending_at)
            yield pending
            pending = None
        errors = it.err_count
        if record is None:
            return
        if record.rec_type == "conversion":
            pending_at = it.offset if base is None else base
            pending = _read(record, pending_at, max_bytes)


def _read(record: Any, offset: int | None, max_bytes: int | None) -> WetRecord | _BadRecord:
    what = _describe(record)
    stream = record.raw_stream
    data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is None or len(data) <= max_bytes:  # read whole: check it
        if record.length is not None and len(data) < record.length:
            return _BadRecord(f"{what}: truncated ({len(data)} of {record.length} bytes)", offset)
        if any("digest failed" in str(p) for p in record.digest_checker.problems):
            return _BadRecord(f"{what}: content does not match its WARC-Block-Digest", offset)
    uri = _header(record, "WARC-Target-URI")
    if not uri:
        return _BadRecord(f"{what}: conversion record without WARC-Target-URI", offset)
    return WetRecord(
        uri=uri,
        date=_header(record, "WARC-Date"),
        record_id=_header(record, "WARC-Record-ID"),
        data=data,
    )


def _error(bad: _BadRecord, stop: bool = False) -> WetError:
    where = f"offset {bad.offset}: " if bad.offset is not None else ""
    tail = "; nothing readable after it" if stop else ""
    return WetError(f"{where}{bad.message}{tail}", bad.offset)


# ------------------------------------------------------------------- files


def _iter_file(
    fh: IO[bytes], archive_iterator: Any, max_bytes: int | None
) -> Iterator[WetRecord | WetError]:
    raw = _Raw(fh)
    if raw.peek(2) == _GZIP_MAGIC[:2]:
        yield from _iter_gzip(raw, archive_iterator, max_bytes)
    else:
        yield from _iter_plain(raw, archive_iterator, max_bytes)


def _iter_plain(
    raw: _Raw, archive_iterator: Any, max_bytes: int | None
) -> Iterator[WetRecord | WetError]:
    while True:
        bad: _BadRecord | None = None
        try:
            for item in _records(raw, archive_iterator, None, max_bytes):
                if isinstance(item, _BadRecord):
                    bad = item  # its Content-Length cannot be trusted
                    break
                yield item
        except _BadRecord as e:
            bad = e
        if bad is None:
            return
        # look for the next record header from just after the bad one's start
        found = _resync_plain(raw, bad.offset)
        yield _error(bad, stop=not found)
        if not found:
            return


def _iter_gzip(
    raw: _Raw, archive_iterator: Any, max_bytes: int | None
) -> Iterator[WetRecord | WetError]:
    while raw.peek(1):
        member = _Member(raw)
        try:
            try:
                for item in _records(member, archive_iterator, member.start, max_bytes):
                    if isinstance(item, _BadRecord):
                        member.drain()
                        yield _error(item)
                        break
                    yield item
                else:
                    member.drain()  # to its end, with its CRC checked
            except _BadRecord as e:
                member.drain()
                yield _error(e)
        except _Truncated:
            yield _error(_BadRecord("the file ends inside a gzip member", member.start))
            return
        except zlib.error as e:
            found = _resync_gzip(raw, member.start)
            yield _error(_BadRecord(f"damaged gzip data ({e})", member.start), stop=not found)
            if not found:
                return


# ----------------------------------------------------------- resynchronising


def _scan(raw: _Raw, start: int, find: Callable[[bytes, int], int | None]) -> int | None:
    """Search the file from ``start``, one block at a time (blocks overlap by
    64 bytes), with ``find(block, offset_of_block)``."""
    pos = start
    while True:
        raw.fh.seek(pos)
        block = raw.fh.read(_SCAN)
        if not block:
            return None
        hit = find(block, pos)
        if hit is not None or len(block) <= 64:
            return hit
        pos += len(block) - 64


def _resync_plain(raw: _Raw, after: int | None) -> bool:
    """Move to the first line "WARC/1.x" that starts after offset ``after``."""
    if not raw.seekable or after is None:
        return False

    def find(block: bytes, at: int) -> int | None:
        for m in _WARC_LINE.finditer(block):
            start: int = m.start()
            if at + start + 1 > after:
                return at + start + 1
        return None

    hit = _scan(raw, after, find)
    if hit is not None:
        raw.seek(hit)
    return hit is not None


def _starts_warc_member(fh: IO[bytes], pos: int) -> bool:
    """Whether a gzip member that decompresses to "WARC/..." starts at ``pos``."""
    fh.seek(pos)
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = b""
    try:
        while len(out) < 5 and not d.eof:
            data = d.unconsumed_tail or fh.read(4096)
            if not data:
                break
            out += d.decompress(data, 64)
    except zlib.error:
        return False
    return out.startswith(b"WARC/")


def _resync_gzip(raw: _Raw, after: int) -> bool:
    """Move to the first gzip member holding a WARC record after ``after``."""
    if not raw.seekable:
        return False

    def find(block: bytes, at: int) -> int | None:
        i = block.find(_GZIP_MAGIC)
        while i >= 0:
            if at + i > after and _starts_warc_member(raw.fh, at + i):
                return at + i
            i = block.find(_GZIP_MAGIC, i + 1)
        return None

    hit = _scan(raw, after + 1, find)
    if hit is not None:
        raw.seek(hit)
    return hit is not None
