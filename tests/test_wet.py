"""WET input: iter_wet / parse_record over WET files built here from the
corpus pages with warcio's WARCWriter, damaged records included, and the
command line over the same files."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import attrs
import pytest

import interviewparse
from interviewparse import NotTextError, TooLargeError
from interviewparse.wet import WetError, WetRecord, is_wet_path, iter_wet, parse_record

pytest.importorskip("warcio")

CORPUS = Path(__file__).parent / "corpus"
REPO = Path(__file__).resolve().parent.parent
NOT_AN_INTERVIEW = "not-an-interview"


@attrs.frozen
class Entry:
    """A conversion record as written to a test file."""

    uri: str
    date: str
    record_id: str
    data: bytes


def corpus_entries() -> list[Entry]:
    """One record per corpus page, in name order, with made-up URIs and dates."""
    out = []
    for n, path in enumerate(sorted(CORPUS.glob("*.txt"))):
        out.append(
            Entry(
                uri=f"https://news.example.org/interviews/{path.stem}",
                date=f"2024-03-{1 + n % 28:02d}T{n % 24:02d}:15:00Z",
                record_id=f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>",
                data=path.read_bytes(),
            )
        )
    return out


def gold_counts() -> tuple[int, int]:
    """Interviews and exchanges among the corpus pages, by their gold files."""
    interviews = exchanges = 0
    for path in CORPUS.glob("*.gold.json"):
        gold: dict[str, Any] = json.loads(path.read_text("utf-8"))
        if gold["format"] != NOT_AN_INTERVIEW:
            interviews += 1
            exchanges += len(gold["exchanges"])
    return interviews, exchanges


def _record_bytes(entry: Entry, gz: bool, rec_type: str = "conversion") -> bytes:
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz, warc_version="1.0")
    headers = {"WARC-Date": entry.date, "WARC-Record-ID": entry.record_id}
    if rec_type == "warcinfo":
        record = writer.create_warcinfo_record("test.warc.wet.gz", {"software": "test"})
    else:
        record = writer.create_warc_record(
            entry.uri,
            rec_type,
            payload=io.BytesIO(entry.data),
            length=len(entry.data),
            warc_content_type="text/plain",
            warc_headers_dict=headers,
        )
    writer.write_record(record)
    return buf.getvalue()


def damage(record: bytes, gz: bool) -> bytes:
    """A record made unreadable: its gzip data overwritten in the middle, or
    (uncompressed) a byte of its content changed, so that it no longer
    matches its WARC-Block-Digest."""
    b = bytearray(record)
    if gz:
        mid = len(b) // 2
        b[mid : mid + 16] = b"\x00" * 16
    else:
        body = record.index(b"\r\n\r\n") + 4
        b[body + 5] ^= 0x20
    return bytes(b)


CORRUPT = Entry(
    uri="https://news.example.org/interviews/damaged",
    date="2024-03-31T23:59:59Z",
    record_id="<urn:uuid:00000000-0000-4000-8000-999999999999>",
    data=(CORPUS / "en-beekeeper-hyphen-short.txt").read_bytes(),
)


def write_wet(
    path: Path, entries: list[Entry], *, gz: bool = True, corrupt_at: int | None = None
) -> int | None:
    """Write a WET file: a warcinfo record, a non-conversion record, then
    ``entries`` as conversion records, with one damaged record inserted
    before ``entries[corrupt_at]``. Returns the damaged record's offset."""
    offset = None
    with open(path, "wb") as f:
        f.write(_record_bytes(CORRUPT, gz, "warcinfo"))
        f.write(_record_bytes(CORRUPT, gz, "metadata"))
        for n, entry in enumerate(entries):
            if n == corrupt_at:
                offset = f.tell()
                f.write(damage(_record_bytes(CORRUPT, gz), gz))
            f.write(_record_bytes(entry, gz))
    return offset


def split(items: list[WetRecord | WetError]) -> tuple[list[WetRecord], list[WetError]]:
    records = [i for i in items if isinstance(i, WetRecord)]
    errors = [i for i in items if isinstance(i, WetError)]
    return records, errors


def as_entry(rec: WetRecord) -> Entry:
    assert rec.date is not None and rec.record_id is not None
    return Entry(rec.uri, rec.date, rec.record_id, rec.data)


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return corpus_entries()


@pytest.fixture(scope="module")
def wet_gz(tmp_path_factory: pytest.TempPathFactory, entries: list[Entry]) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("wet") / "CC-TEST-00000.warc.wet.gz"
    offset = write_wet(path, entries, corrupt_at=len(entries) // 2)
    assert offset is not None
    return path, offset


@pytest.fixture(scope="module")
def wet_plain(tmp_path_factory: pytest.TempPathFactory, entries: list[Entry]) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("wet") / "CC-TEST-00001.warc.wet"
    offset = write_wet(path, entries, gz=False, corrupt_at=len(entries) // 2)
    assert offset is not None
    return path, offset


# --------------------------------------------------------------- iter_wet


def test_is_wet_path() -> None:
    assert is_wet_path("CC-MAIN-20240301-00000.warc.wet.gz")
    assert is_wet_path("seg.warc.wet")
    assert is_wet_path("/data/SEG.WARC.WET.GZ")
    assert not is_wet_path("seg.warc.gz")
    assert not is_wet_path("seg.wet.gz")
    assert not is_wet_path("page.txt")
    assert not is_wet_path("seg.warc.wet.gz.part")


@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_iter_wet_reads_every_record_and_reports_the_corrupt_one(
    kind: str,
    entries: list[Entry],
    wet_gz: tuple[Path, int],
    wet_plain: tuple[Path, int],
) -> None:
    path, offset = wet_gz if kind == "gz" else wet_plain
    items = list(iter_wet(path))
    records, errors = split(items)
    # warcinfo and metadata records skipped, every page in file order
    assert [as_entry(r) for r in records] == entries
    assert len(errors) == 1
    assert errors[0].offset == offset
    assert errors[0].message.startswith(f"offset {offset}: ")
    # the error comes where the damaged record was
    assert items.index(errors[0]) == len(entries) // 2


def test_iter_wet_takes_an_open_file(wet_gz: tuple[Path, int], entries: list[Entry]) -> None:
    path, _ = wet_gz
    with open(path, "rb") as f:
        records, errors = split(list(iter_wet(f)))
    assert [r.uri for r in records] == [e.uri for e in entries]
    assert len(errors) == 1
    records, errors = split(list(iter_wet(io.BytesIO(path.read_bytes()))))
    assert len(records) == len(entries) and len(errors) == 1


class _Pipe(io.RawIOBase):
    """A stream that cannot seek, like standard input."""

    def __init__(self, data: bytes) -> None:
        self.inner = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        data = self.inner.read(len(buf))
        buf[: len(data)] = data
        return len(data)


def test_unseekable_stream_stops_at_damaged_gzip(
    wet_gz: tuple[Path, int], entries: list[Entry]
) -> None:
    path, _ = wet_gz
    items = list(iter_wet(io.BufferedReader(_Pipe(path.read_bytes()))))
    records, errors = split(items)
    # no way back to look for the next member: one error, and the end
    assert [r.uri for r in records] == [e.uri for e in entries[: len(entries) // 2]]
    assert len(errors) == 1 and items[-1] is errors[0]
    assert "nothing readable after it" in errors[0].message


def _small(gz: bool, entries: list[Entry]) -> tuple[bytes, list[int]]:
    """Three records and the offset of each record (and of the end)."""
    data, offsets = b"", []
    for entry in entries[:3]:
        offsets.append(len(data))
        data += _record_bytes(entry, gz)
    offsets.append(len(data))
    return data, offsets


def _set_length(record: bytes, delta: int) -> bytes:
    i = record.index(b"Content-Length: ") + len(b"Content-Length: ")
    j = record.index(b"\r\n", i)
    return record[:i] + str(int(record[i:j]) + delta).encode() + record[j:]


def _items(data: bytes) -> list[str]:
    """The URIs of the records read, and "ERROR" for each WetError."""
    return [
        "ERROR" if isinstance(i, WetError) else i.uri.rsplit("/", 1)[-1]
        for i in iter_wet(io.BytesIO(data))
    ]


def test_damaged_records_of_every_kind_are_skipped(entries: list[Entry]) -> None:
    names = [e.uri.rsplit("/", 1)[-1] for e in entries[:3]]
    skipped = [names[0], "ERROR", names[2]]
    for gz in (True, False):
        data, at = _small(gz, entries)
        middle = data[at[1] : at[2]]
        plain_middle = gzip.decompress(middle) if gz else middle

        def rebuilt(record: bytes, data: bytes = data, at: list[int] = at, gz: bool = gz) -> bytes:
            return data[: at[1]] + (gzip.compress(record) if gz else record) + data[at[2] :]

        assert _items(data) == names
        # a header that is not a WARC header
        assert _items(rebuilt(b"garbage, not a WARC record\r\n\r\n")) == skipped
        # Content-Length too short, too long, and content not matching its digest
        assert _items(rebuilt(_set_length(plain_middle, -40))) == skipped
        assert _items(rebuilt(_set_length(plain_middle, +40))) == skipped
        assert _items(rebuilt(damage(plain_middle, gz=False))) == skipped
        # without digests, a wrong Content-Length is still noticed
        no_digest = b"".join(
            line
            for line in plain_middle.splitlines(keepends=True)
            if not line.startswith((b"WARC-Block-Digest", b"WARC-Payload-Digest"))
        )
        assert _items(rebuilt(no_digest)) == names
        assert _items(rebuilt(_set_length(no_digest, -40))) == skipped
        assert _items(rebuilt(_set_length(no_digest, +300))) == skipped
        # a conversion record must name its page
        no_uri = b"".join(
            line
            for line in plain_middle.splitlines(keepends=True)
            if not line.startswith(b"WARC-Target-URI")
        )
        assert _items(rebuilt(no_uri)) == skipped


def test_damaged_gzip_members(entries: list[Entry]) -> None:
    names = [e.uri.rsplit("/", 1)[-1] for e in entries[:3]]
    data, at = _small(True, entries)
    # damaged deflate data, then the next member found again
    assert _items(data[: at[1]] + damage(data[at[1] : at[2]], gz=True) + data[at[2] :]) == [
        names[0],
        "ERROR",
        names[2],
    ]
    # a member that is not gzip at all
    assert _items(data[: at[1]] + b"\x1f\x8b\x08not gzip" + data[at[1] :]) == [
        names[0],
        "ERROR",
        *names[1:],
    ]
    # the file ends inside a member: one error, the end
    items = list(iter_wet(io.BytesIO(data[:-30])))
    assert [i if isinstance(i, WetError) else i.uri for i in items][:2] == [
        e.uri for e in entries[:2]
    ]
    assert isinstance(items[-1], WetError) and len(items) == 3
    assert "ends inside a gzip member" in items[-1].message
    assert items[-1].offset == at[2]
    # junk after the last member
    assert _items(data + b"\0\0junk") == [*names, "ERROR"]


def test_not_a_warc_file() -> None:
    items = list(iter_wet(io.BytesIO(b"just some text\n" * 50)))
    assert len(items) == 1 and isinstance(items[0], WetError)
    assert items[0].offset == 0
    assert "nothing readable after it" in items[0].message
    assert list(iter_wet(io.BytesIO(b""))) == []
    items = list(iter_wet(io.BytesIO(zlib.compress(b"x") + gzip.compress(b"y"))))
    assert len(items) == 1 and isinstance(items[0], WetError)


def test_memory_stays_flat(tmp_path: Path, entries: list[Entry]) -> None:
    path = tmp_path / "big.warc.wet.gz"
    many = [attrs.evolve(entries[n % len(entries)], uri=f"https://e.org/{n}") for n in range(2000)]
    write_wet(path, many)
    assert sum(len(e.data) for e in many) > 3_000_000
    tracemalloc.start()
    try:
        n, early = 0, 0
        for item in iter_wet(path):
            assert isinstance(item, WetRecord)
            n += 1
            if n == 200:
                early = tracemalloc.get_traced_memory()[1]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == len(many)
    # the peak after 2000 records is the peak after 200: nothing accumulates
    assert peak < early + 256 * 1024


def test_missing_warcio_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(ImportError, match=r"pip install 'interviewparse\[warc\]'"):
        next(iter_wet(io.BytesIO(b"")))


# ----------------------------------------------------------- parse_record


def test_parse_record_sets_source_and_crawled(entries: list[Entry]) -> None:
    entry = entries[0]
    rec = WetRecord(entry.uri, entry.date, entry.record_id, entry.data)
    page = parse_record(rec, max_bytes=interviewparse.MAX_BYTES)
    assert page.source == entry.uri
    assert page.crawled == entry.date
    assert json.loads(page.to_json())["crawled"] == entry.date
    assert page == attrs.evolve(
        interviewparse.parse_bytes(entry.data, source=entry.uri), crawled=entry.date
    )
    undated = parse_record(attrs.evolve(rec, date=None), max_bytes=10**6)
    assert undated.crawled is None


def test_parse_record_limits(entries: list[Entry]) -> None:
    entry = max(entries, key=lambda e: len(e.data))
    rec = WetRecord(entry.uri, entry.date, entry.record_id, entry.data)
    with pytest.raises(TooLargeError, match=entry.uri):
        parse_record(rec, max_bytes=len(entry.data) - 1)
    assert parse_record(rec, max_bytes=len(entry.data)).source == entry.uri
    with pytest.raises(NotTextError, match=entry.uri):
        parse_record(attrs.evolve(rec, data=bytes(range(256)) * 8), max_bytes=10**6)


def test_max_bytes_cuts_records_short(wet_gz: tuple[Path, int], entries: list[Entry]) -> None:
    path, _ = wet_gz
    limit = 1500
    records, errors = split(list(iter_wet(path, max_bytes=limit)))
    assert len(records) == len(entries) and len(errors) == 1
    for rec, entry in zip(records, entries):
        if len(entry.data) > limit:
            assert len(rec.data) == limit + 1
            with pytest.raises(TooLargeError):
                parse_record(rec, max_bytes=limit)
        else:
            assert rec.data == entry.data


def test_pages_of_the_file_match_the_gold_counts(wet_gz: tuple[Path, int]) -> None:
    path, _ = wet_gz
    pages = [parse_record(r, interviewparse.MAX_BYTES) for r in split(list(iter_wet(path)))[0]]
    interviews = [p for p in pages if p.format != NOT_AN_INTERVIEW]
    assert (len(interviews), sum(len(p.exchanges) for p in interviews)) == gold_counts()
    assert gold_counts() == (28, 109)


# ------------------------------------------------------------ command line


def _cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.run(
        [sys.executable, "-m", "interviewparse", *args],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=300,
    )


def single_machine(path: Path, skip_non_interviews: bool) -> list[dict[str, Any]]:
    """What one machine makes of a WET file through the library."""
    pages = [parse_record(r, interviewparse.MAX_BYTES) for r in split(list(iter_wet(path)))[0]]
    return [
        json.loads(p.to_json())
        for p in pages
        if not (skip_non_interviews and p.format == NOT_AN_INTERVIEW)
    ]


@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_cli_skip_non_interviews(
    kind: str,
    wet_gz: tuple[Path, int],
    wet_plain: tuple[Path, int],
    entries: list[Entry],
) -> None:
    path, offset = wet_gz if kind == "gz" else wet_plain
    done = _cli(str(path), "--skip-non-interviews")
    lines = done.stdout.decode("utf-8").splitlines()
    docs = [json.loads(line) for line in lines]
    interviews, _ = gold_counts()
    assert len(docs) == interviews
    dates = {e.uri: e.date for e in entries}
    for doc in docs:
        assert doc["format"] != NOT_AN_INTERVIEW
        assert doc["crawled"] == dates[doc["source"]]
    assert docs == single_machine(path, skip_non_interviews=True)
    # the damaged record: one line on stderr, and status 4 (not text); then
    # the batch's summary line (docs/cli.md)
    *errors, summary = done.stderr.decode("utf-8").splitlines()
    assert summary.startswith("interviewparse: ") and ", 1 failed, " in summary
    assert len(errors) == 1
    assert errors[0].startswith(f"interviewparse: error: {path}: offset {offset}: ")
    assert done.returncode == 4


def test_cli_every_page(wet_gz: tuple[Path, int], entries: list[Entry]) -> None:
    path, _ = wet_gz
    done = _cli(str(path), "--format", "jsonl", "--quiet")
    docs = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [d["source"] for d in docs] == [e.uri for e in entries]
    assert [d["crawled"] for d in docs] == [e.date for e in entries]
    assert docs == single_machine(path, skip_non_interviews=False)
