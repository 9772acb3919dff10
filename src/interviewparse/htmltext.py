"""HTML to the plain text the parser reads (the ``[html]`` extra).

The parser was built for the text a crawler's extractor emits from a page:
all of its visible text, one block a line (a paragraph, a heading, a list
item, a table row, a menu entry), menus, bylines and footers kept, since
they tell the parser where the interview starts and stops. This module
turns HTML into that shape with Resiliparse (``extract_plain_text`` in
whole-page mode; see ``docs/html.md`` for why that library), then tidies
its output: whitespace collapsed, no indentation, at most one blank line
between blocks.

    >>> from interviewparse import parse
    >>> from interviewparse.htmltext import read_html_file
    >>> page = parse(read_html_file("page.html.gz"))     # doctest: +SKIP

Resiliparse is imported only when a page is converted, so the rest of the
package works without it; a missing install raises :class:`HtmlSupportMissing`.
"""

from __future__ import annotations

import codecs
import gzip
import importlib
import io
import os
import re
import zlib

from . import MAX_BYTES, InputError, NotTextError, TooLargeError, read_file
from .text import DecodeError, decode

__all__ = ["HTML_SUFFIXES", "HtmlSupportMissing", "converted", "html_to_text", "is_html_name",
           "read_html", "read_html_file"]

#: File names ``is_html_name`` accepts (compared without case).
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")

INSTALL_HINT = "pip install 'interviewparse[html]'"


class HtmlSupportMissing(InputError):
    """HTML input was given but the ``[html]`` extra (Resiliparse) is not
    installed."""

    def __init__(self, detail: str = "", *, prefixed: bool = False) -> None:
        if prefixed:  # a message already made, with the file's name before it
            super().__init__(detail)
            return
        msg = f"reading HTML needs the [html] extra: {INSTALL_HINT}"
        super().__init__(f"{msg} ({detail})" if detail else msg)


def is_html_name(name: str) -> bool:
    """Whether a file name says HTML: ``.html``, ``.htm``, ``.xhtml``, or
    ``.html.gz`` / ``.htm.gz``, in any case."""
    return name.lower().endswith(HTML_SUFFIXES)


# ------------------------------------------------------------------ bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="..."> and <meta http-equiv="Content-Type" content="...; charset=...">;
# a browser looks in the first 1024 bytes, pages in the wild put it later.
_META = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_XML_DECL = re.compile(rb"<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.I)
_SNIFF = 4096
# What a browser reads a declared name as (the WHATWG encoding standard):
# Latin-1 and ASCII labels mean windows-1252; a UTF-16 label in a page with
# no byte order mark cannot be right (the meta tag itself was readable).
_ALIASES = {"latin1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
            "us-ascii": "cp1252", "utf-16": "utf-8", "utf-16le": "utf-8",
            "utf-16be": "utf-8", "x-user-defined": "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset a page declares near its start
    (meta tag or XML declaration), or None when it declares none that
    Python knows."""
    head = data[:_SNIFF]
    found = _META.search(head) or _XML_DECL.search(head)
    if found is None:
        return None
    label = found.group(1).decode("ascii", "replace").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(name, _ALIASES.get(label, name))


def decode_html(data: bytes) -> str:
    """See ``decoded_html``: the text alone."""
    return decoded_html(data)[0]


def decoded_html(data: bytes) -> tuple[str, str]:
    """Bytes of a page to str: a byte order mark first; then UTF-8 when the
    bytes are valid UTF-8 (a page that declares a single-byte charset but is
    UTF-8 is a common mistake, and real single-byte text is almost never
    valid UTF-8); then the declared charset, when the bytes fit it; then the
    package's own detection. Raises :class:`NotTextError` for bytes that are
    not text. Returns the text and the encoding it was read in."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace"), enc
    declared = declared_charset(data)
    if declared is not None and b"\x00" not in data[:_SNIFF]:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a declaration the bytes do not fit
    try:
        found = decode(data)
        return found.text, found.encoding
    except DecodeError as e:
        raise NotTextError(str(e)) from None


# ------------------------------------------------------------- conversion

# Elements a browser does not show although the converter would print them.
_HIDDEN = [
    "[hidden]",
    '[style*="display:none" i]',
    '[style*="display: none" i]',
    '[style*="visibility:hidden" i]',
    '[style*="visibility: hidden" i]',
]


def _extract(html: str) -> str:
    try:  # by name, so that type checking needs no stubs of the optional library
        html2text = importlib.import_module("resiliparse.extract.html2text")
        parser = importlib.import_module("resiliparse.parse.html")
    except ImportError as e:
        raise HtmlSupportMissing(str(e)) from None
    tree = parser.HTMLTree.parse(html)
    if tree.document is not None:
        # Alt texts are not visible text; but with alt_texts=False Resiliparse
        # drops a whole <figure>, caption and all, so the attributes go instead.
        # ([:] copies the matches in one pass; indexing them one by one is
        # quadratic.)
        for node in tree.document.query_selector_all("[alt]")[:]:
            node.delattr("alt")
    text: str = html2text.extract_plain_text(
        tree, preserve_formatting=True, main_content=False, list_bullets=False,
        alt_texts=True, links=False, form_fields=False, noscript=False,
        skip_elements=_HIDDEN)
    return text


_SPACE = re.compile(r"[^\S\n]+")  # any whitespace but a line break, NBSP and tabs too
_BLANKS = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """One block a line: runs of spaces, tabs (between table cells) and
    NBSPs become one space, lines lose their indentation, and blank lines
    shrink to at most one between blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def html_to_text(data: bytes | str) -> str:
    """The visible text of an HTML page, one block a line, ready for
    ``interviewparse.parse``. Scripts, styles, ``<noscript>``, comments,
    form controls and elements hidden by the ``hidden`` attribute or an
    inline ``display: none`` are dropped; menus, captions and footers are
    kept. ``bytes`` are decoded as :func:`decode_html` says.

    Raises :class:`HtmlSupportMissing` without the ``[html]`` extra and
    :class:`NotTextError` for bytes that are not text."""
    return converted(data)[0]


def converted(data: bytes | str) -> tuple[str, str | None]:
    """``html_to_text``, and the encoding the bytes were read in (None for
    a ``str``)."""
    html, encoding = decoded_html(data) if isinstance(data, bytes) else (data, None)
    if not html.strip():
        return "", encoding
    return tidy(_extract(html)), encoding


_GZIP_MAGIC = b"\x1f\x8b"


def read_html_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> str:
    """Read an HTML file (gzip-compressed or not: told by its first bytes,
    not its name) and return its text as :func:`html_to_text` does. The
    errors are ``read_file``'s; ``max_bytes`` also bounds the uncompressed
    size."""
    return read_html(path, max_bytes=max_bytes)[0]


def read_html(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES
) -> tuple[str, str | None]:
    """``read_html_file``, and the encoding the page was read in. Every
    error names the file."""
    name = os.fspath(path)
    data = read_file(name, max_bytes=max_bytes)
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(name, data, max_bytes)
    try:
        return converted(data)
    except HtmlSupportMissing as e:
        raise HtmlSupportMissing(f"{name}: {e}", prefixed=True) from None
    except NotTextError as e:
        raise NotTextError(f"{name}: {e}") from None


def _gunzip(name: str, data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as e:
        raise NotTextError(f"{name}: damaged gzip data ({e})") from None
    if len(out) > max_bytes:
        raise TooLargeError(f"{name}: over {max_bytes} bytes when uncompressed (see --max-bytes)")
    return out

