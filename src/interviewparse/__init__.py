"""interviewparse: scraped interview pages to structured question/answer data.

>>> import interviewparse
>>> page = interviewparse.parse("Q: Ready?\\nA: Yes.\\nQ: Sure?\\nA: Quite sure.")
>>> [ex.question.text for ex in page.exchanges]
['Ready?', 'Sure?']
"""

from __future__ import annotations

import os
from collections import Counter

import attrs

from ._version import __version__
from .assemble import parse as _parse
from .exchanges import NOT_AN_INTERVIEW
from .language import ISO_639_1
from .model import (
    SCHEMA_VERSION,
    BoilerplateLine,
    Dateline,
    Enumeration,
    Exchange,
    Interview,
    Label,
    Metadata,
    MetaLine,
    Paragraph,
    Point,
    Turn,
)
from .text import DecodeError, decode, split_lines
from .triage import may_be_interview
from .verdict import THRESHOLD

MAX_BYTES = 16 * 1024 * 1024
"""Files larger than this (16 MiB) are refused by ``parse_file`` (and the
CLI) unless a larger ``max_bytes`` is passed: the whole page is held in
memory."""


CONFIDENT = THRESHOLD
"""The ``confidence`` at and above which a page is called an interview (its
``format`` is not ``"not-an-interview"``); the CLI's ``--skip-non-interviews``
keeps such pages."""


class InputError(Exception):
    """A page that cannot be read: missing, a directory, too large, not text.
    ``code`` is the command line's exit status for it."""

    code = 3


class NotTextError(InputError):
    """Bytes that are not text: binary data, or an encoding that does not
    decode. Exit status 4."""

    code = 4


class TooLargeError(InputError):
    """A file over the size limit (``max_bytes``, by default
    ``MAX_BYTES``). Exit status 5."""

    code = 5


def parse(
    text: str | bytes, *, source: str | None = None, language: str | None = None
) -> Interview:
    """Parse one scraped page. Never raises for a ``str``.

    Offsets in the result index ``text`` as given (a leading BOM is skipped
    like whitespace, not removed); for ``bytes``, the decoded text.

    Args:
        text: The page's text, as a crawler's text extractor saved it, or
            its bytes (decoded exactly as ``parse_bytes`` does).
        source: Where the page came from (a path, a URL); copied to
            ``Interview.source``.
        language: The page's language as an ISO 639-1 code ("de", "pt"),
            when the caller knows it: no detection then, and the lexicon of
            that language is used (a language without one is read by
            structure alone). ``None`` detects it.

    Returns:
        The page's structure; its ``format`` is ``"not-an-interview"``
            when no exchanges were found.

    Raises:
        NotTextError: ``text`` is ``bytes`` that are binary or do not decode.
        ValueError: ``language`` is not an ISO 639-1 code.
        TypeError: ``text`` is neither ``str`` nor ``bytes``.
    """
    lang = _language(language)
    if isinstance(text, (bytes, bytearray, memoryview)):
        return parse_bytes(bytes(text), source=source, language=lang)
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    return _parse(text, source=source, lang=lang)


def _language(code: str | None) -> str | None:
    """A caller's language code, checked and lower-cased ("PT" -> "pt")."""
    if code is None:
        return None
    if not isinstance(code, str) or code.strip().lower() not in ISO_639_1:
        raise ValueError(
            f"language must be an ISO 639-1 code such as 'en' or 'pt', not {code!r}"
        )
    return code.strip().lower()


def parse_bytes(
    data: bytes, *, source: str | None = None, language: str | None = None
) -> Interview:
    """Decode (BOM, UTF-8, UTF-16 or UTF-32 without a BOM, else a detected
    single-byte encoding) and parse.

    Args:
        data: The page's raw bytes.
        source: Where the page came from; copied to ``Interview.source``.
        language: The page's language, as for ``parse``.

    Returns:
        The parsed page, with the encoding used in ``metadata.encoding``.

    Raises:
        NotTextError: The data is binary or does not decode; the message
            says what was tried.
        ValueError: ``language`` is not an ISO 639-1 code.
    """
    lang = _language(language)
    try:
        decoded = decode(data)
    except DecodeError as e:
        raise NotTextError(str(e)) from None
    return _parse(decoded.text, source=source, encoding=decoded.encoding, lang=lang)


def parse_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Interview:
    """Read a page from disk and parse it. A UTF-8 BOM is stripped, so spans
    index the decoded text without it.

    Args:
        path: The file to read; its name becomes ``Interview.source``.
        max_bytes: The largest file accepted.

    Returns:
        The parsed page.

    Raises:
        InputError: The file is missing, a directory or unreadable.
        TooLargeError: The file is over ``max_bytes``.
        NotTextError: The file is binary or does not decode.
    """
    name = os.fspath(path)
    data = read_file(name, max_bytes=max_bytes)
    try:
        return parse_bytes(data, source=name)
    except NotTextError as e:
        raise NotTextError(f"{name}: {e}") from None


def read_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> bytes:
    """A page's bytes, with the errors ``parse_file`` raises (missing, a
    directory, too large).

    Args:
        path: The file to read.
        max_bytes: The largest file accepted.

    Returns:
        The file's contents, undecoded.

    Raises:
        InputError: The file is missing, a directory or unreadable.
        TooLargeError: The file is over ``max_bytes``.
    """
    name = os.fspath(path)
    try:
        if os.path.isdir(name):
            raise InputError(f"{name}: is a directory")
        size = os.path.getsize(name)
        if size > max_bytes:
            raise TooLargeError(
                f"{name}: {size} bytes is over the limit of {max_bytes} (see --max-bytes)"
            )
        with open(name, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as e:
        raise InputError(f"{name}: {e.strerror or e}") from None


def parse_html(
    html: str | bytes, *, source: str | None = None, language: str | None = None
) -> Interview:
    """Turn an HTML page into the text a crawler's extractor emits (all
    visible text, a line per block, menus and footers kept) and parse it.
    Needs the ``[html]`` extra (``pip install 'interviewparse[html]'``).

    Args:
        html: The page's HTML, as text or bytes (the charset is read from
            a byte order mark or the page's ``<meta>``, else detected).
        source: Where the page came from; copied to ``Interview.source``.
        language: The page's language, as for ``parse``.

    Returns:
        The parsed page, with ``derived_from`` set to ``"html"``: its spans
        index ``htmltext.html_to_text(html)``.

    Raises:
        HtmlSupportMissing: The ``[html]`` extra is not installed.
        NotTextError: ``html`` is bytes that do not decode.
        ValueError: ``language`` is not an ISO 639-1 code.
    """
    from .htmltext import converted

    if not isinstance(html, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"parse_html() takes str or bytes, not {type(html).__name__}")
    lang = _language(language)
    text, encoding = converted(html if isinstance(html, str) else bytes(html))
    page = _parse(text, source=source, encoding=encoding, lang=lang)
    return attrs.evolve(page, derived_from="html")


def is_interview(text: str) -> bool:
    """Whether the page holds an interview, as ``parse`` would say, at a
    fraction of the cost for most pages that do not: a cheap gate
    (``triage.may_be_interview``: no question-and-answer shape at all)
    rejects them before any parsing, and only the pages it passes are parsed
    in full. Never raises for a ``str``."""
    return may_be_interview(text) and _parse(text).format != NOT_AN_INTERVIEW


def claimed_lines(interview: Interview) -> Counter[int]:
    """How many elements account for each line."""
    seen: Counter[int] = Counter()
    md = interview.metadata
    seen.update(m.line for m in md.lines)
    seen.update(b.line for b in interview.boilerplate)
    seen.update(p.line for p in interview.lead)
    seen.update(p.line for p in interview.trailing)
    for ex in interview.exchanges:
        for turn in (ex.question, ex.answer):
            seen.update(p.line for p in turn.paragraphs)
            seen.update(lab.line for lab in turn.labels if lab.own_line)
    return seen


def coverage(interview: Interview, text: str) -> list[int]:
    """The non-blank lines of ``text`` that no element of ``interview``
    accounts for (empty for every parse); ``overclaimed`` is the converse."""
    seen = claimed_lines(interview)
    return [ln.index for ln in split_lines(text) if not ln.blank and not seen[ln.index]]


def overclaimed(interview: Interview) -> list[int]:
    """Lines that more than one element claims (empty for every parse)."""
    return sorted(i for i, n in claimed_lines(interview).items() if n > 1)


from .htmltext import HtmlSupportMissing  # noqa: E402  (it subclasses InputError)

__all__ = [
    "CONFIDENT",
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "BoilerplateLine",
    "Dateline",
    "Enumeration",
    "Exchange",
    "HtmlSupportMissing",
    "InputError",
    "Interview",
    "Label",
    "MetaLine",
    "Metadata",
    "NotTextError",
    "Paragraph",
    "Point",
    "TooLargeError",
    "Turn",
    "__version__",
    "coverage",
    "is_interview",
    "may_be_interview",
    "overclaimed",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_html",
    "read_file",
]
