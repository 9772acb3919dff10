"""Bytes to str, and the per-line facts every later stage reads.

``split_lines`` follows ``str.splitlines()`` exactly (same separators, same
line count) but keeps each line's offsets, so that every element built from a
line can carry a ``span`` into the caller's string.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterator, Sequence

import attrs

from . import patterns

# What .strip() removes, plus a BOM and zero-width characters a crawler leaves.
_EDGE = "\ufeff\u200b\u200c\u200d\u2060"
# Words: runs of letters and digits ([^\W_] is exactly [\p{L}\p{N}]: str.isalnum),
# joined by an apostrophe, hyphen or dot. The standard library's engine
# counts them about a third faster than ``regex`` (the most frequent call of
# a parse, once per distinct line); it cannot backtrack badly on this shape.
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
_HAN = patterns.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Closing quotes and brackets that may follow a sentence's final mark.
_CLOSERS = "\"'”’‘»“«›‹)]》」』）"
TERMINAL = frozenset(".!?…。！？;；")
QUESTION_MARKS = frozenset("?？")


@attrs.define(eq=False)
class Line:
    """One line of the page with the facts rules read; computed once.
    (Not frozen: a page may have a million lines, and a frozen class costs
    more to build; no stage changes a line.)"""

    index: int
    start: int  # offset of the stripped text in the page
    text: str  # stripped of surrounding whitespace, BOM, zero-width chars
    words: int
    han: int  # count of CJK characters (word counts mean little there)
    last: str  # last character that is not a closing quote or bracket
    size: int  # a word-like length: words, or CJK characters / 2 for CJK text
    terminal: bool  # ends like a sentence (".", "!", "?", "。", ...)
    question: bool  # ends with "?" or "？"

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def end(self) -> int:
        """Where the stripped text ends (not stored: a page may have a
        million lines)."""
        return self.start + len(self.text)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.start + len(self.text))


_TAIL_NOTE = patterns.compile(r"\s*[(（][^()（）]{1,60}[)）]\s*$")


def _last_mark(text: str) -> str:
    """The final mark of the text proper: closing quotes are skipped, and so
    is a short note in brackets after it ("... so dry now? (Dennis, Millcote)")."""
    tail = text[-200:]
    if tail.endswith((")", "）")):
        note = _TAIL_NOTE.search(tail)
        if note is not None and note.start() > 0:
            tail = tail[: note.start()]
    for ch in reversed(tail):
        if ch not in _CLOSERS and not ch.isspace():
            return ch
    return ""


EDGE_CHARS = _EDGE + "".join(chr(c) for c in range(0x3001) if chr(c).isspace())


@functools.lru_cache(maxsize=4096)
def line_facts(text: str) -> tuple[int, int, str]:
    """Words, CJK characters and final mark of a text. Pages repeat their
    furniture lines, so recent answers are kept (a bounded cache: a page of
    a million distinct lines must not keep a million answers; and
    ``assemble.parse`` clears it after each page)."""
    words = len(_WORD.findall(text))
    han = len(_HAN.findall(text)) if not text.isascii() else 0
    return words, han, _last_mark(text)


def make_line(index: int, start: int, text: str) -> Line:
    """The facts of one already-stripped piece of text starting at ``start``."""
    words, han, last = line_facts(text)
    return Line(index, start, text, words, han, last,
                max(words, han // 2), last in TERMINAL, last in QUESTION_MARKS)


_CHUNK = 1 << 20


def _raw_lines(text: str) -> Iterator[str]:
    """``text.splitlines(keepends=True)``, a megabyte at a time: a cut just
    after a "\\n" is always a line break, and a big page is not copied
    into a list of lines all at once."""
    start, n = 0, len(text)
    while start < n:
        cut = text.find("\n", start + _CHUNK)
        end = n if cut < 0 else cut + 1
        yield from (text[start:end] if start or end < n else text).splitlines(keepends=True)
        start = end


def split_lines(text: str) -> list[Line]:
    """The page's lines, as ``text.splitlines()`` counts them, with offsets."""
    lines: list[Line] = []
    pos = 0
    for raw in _raw_lines(text):
        body = raw.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = body.strip(EDGE_CHARS)
        if stripped:
            lead = 0 if body[0] == stripped[0] else len(body) - len(body.lstrip(EDGE_CHARS))
            lines.append(make_line(len(lines), pos + lead, stripped))
        else:
            lines.append(Line(len(lines), pos, "", 0, 0, "", 0, False, False))
        pos += len(raw)
    return lines


def sub_line(line: Line, offset: int) -> Line:
    """The rest of ``line`` from ``offset`` (relative to its text), stripped."""
    rest = line.text[offset:]
    stripped = rest.strip(EDGE_CHARS)
    lead = len(rest) - len(rest.lstrip(EDGE_CHARS)) if stripped else 0
    return make_line(line.index, line.start + offset + lead, stripped)


# ---------------------------------------------------------------- decoding


class DecodeError(ValueError):
    """The bytes are not text this library can read."""


@attrs.frozen
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when the encoding was detected, not declared/UTF-8


_BOMS: Sequence[tuple[bytes, str]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = patterns.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def decode(data: bytes) -> Decoded:
    """Decode a page: BOM-declared UTF-8/16/32, else UTF-8, else a detected
    single-byte Cyrillic or Western encoding. Raises ``DecodeError`` for
    binary data and for bytes no encoding explains."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(enc), enc, False)
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {enc} after its byte order mark: {e.reason}") from e
    if b"\x00" in data[:65536]:
        wide = _wide_unicode(data)
        if wide is not None:
            return wide
        raise DecodeError(
            "binary data (NUL bytes), not a text page "
            "(nor UTF-16 or UTF-32 without a byte order mark)"
        )
    try:
        return _checked(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    text, encoding = _detect(data)
    return _checked(text, encoding, True)


_WIDE_SAMPLE = 4096
_STRAY = 0.02  # the share of bytes in UTF-32's zero columns that may be other
_SPACING = "\n\r\t "  # what every page's text holds, in any script


def _wide_unicode(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without a byte order mark. UTF-32 is read from
    where its zero bytes fall: text in any script of the Basic Multilingual
    Plane gives two zeros or three in every four bytes. UTF-16 is decoded
    in both byte orders: the right one reads line breaks and spaces, the
    wrong one turns each into a character from another block (U+0A00,
    U+2000), so the order with many more of them wins. The text must hold
    no NUL and few control characters. None when nothing fits."""
    sample = data[: _WIDE_SAMPLE - _WIDE_SAMPLE % 4]
    if len(data) % 4 == 0 and len(sample) >= 4:
        columns = [sample[k::4].count(0) / (len(sample) // 4) for k in range(4)]
        for order, high, low in (("le", columns[2:], columns[0]), ("be", columns[:2], columns[3])):
            if min(high) > 1 - _STRAY and low <= 1 - _STRAY:  # (the lowest byte varies)
                found = _strict(data, f"utf-32-{order}")
                if found is not None:
                    return found
    if len(data) % 2:
        return None
    head = data[: _WIDE_SAMPLE - _WIDE_SAMPLE % 2]  # (the whole input is decoded once, below)
    le, be = (
        sum(head.decode(enc, "replace").count(c) for c in _SPACING)
        for enc in ("utf-16-le", "utf-16-be")
    )
    if max(le, be) < 4 * min(le, be) or not max(le, be):
        return None
    return _strict(data, "utf-16-le" if le > be else "utf-16-be")


def _strict(data: bytes, encoding: str) -> Decoded | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    try:
        return _checked(text, encoding, True)
    except DecodeError:
        return None


def _checked(text: str, encoding: str, guessed: bool) -> Decoded:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise DecodeError("binary data (control characters), not a text page")
    return Decoded(text, encoding, guessed)


# Legacy encodings news pages are found in: single-byte Cyrillic and Western
# ones first (a short Russian page must not pass for Shift-JIS), then the
# multi-byte East Asian ones.
_SINGLE_BYTE = ["cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic",
                "cp1252", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2", "cp1257"]
_MULTI_BYTE = ["gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp949"]
_MAX_CHAOS = 0.25


_PLAIN = patterns.compile(r"[\x20-\x7e\s\u0400-\u045f\u00c0-\u00ff«»–—…„“”’]")


def _plausible(data: bytes, encoding: str) -> float:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return -1.0
    return len(_PLAIN.findall(text)) / max(1, len(text))


def _detect(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8 with the encoding charset-normalizer
    finds most likely (imported here: only such pages pay for it)."""
    from charset_normalizer import from_bytes

    sample = data[:262144]
    found = from_bytes(sample, cp_isolation=_SINGLE_BYTE)
    best = found.best()
    if best is not None and len(sample) < 2000:
        # short pages: among the likely encodings, the one that reads as
        # plain Cyrillic or Western text ("Привет", not "Ďđčâĺň")
        options = [m for m in list(found)[:6] if m.encoding]
        best = max(options, key=lambda m: _plausible(sample, m.encoding), default=best)
    if best is None or best.encoding is None or best.chaos > _MAX_CHAOS:
        wide = from_bytes(sample, cp_isolation=_MULTI_BYTE).best()
        if wide is not None and wide.encoding is not None and (
            best is None or best.encoding is None or wide.chaos < best.chaos
        ):
            best = wide
    if best is None or best.encoding is None:
        raise DecodeError("undecodable bytes: not UTF-8 and no known encoding fits")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as e:
        raise DecodeError(f"undecodable bytes (best guess {best.encoding} failed)") from e
