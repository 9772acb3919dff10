"""The [html] extra: HTML pages to text the parser reads (htmltext.py).

The pages under tests/html/ were written for these tests; every person,
outlet and sentence in them is invented."""

from __future__ import annotations

import gzip
import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

import interviewparse
from interviewparse import InputError, NotTextError, TooLargeError, parse
from interviewparse.htmltext import (
    HtmlSupportMissing,
    declared_charset,
    decode_html,
    html_to_text,
    is_html_name,
    read_html_file,
    tidy,
)

HERE = Path(__file__).resolve().parent / "html"

# page: (format, [(question, answer paragraphs), ...])
EXPECTED: dict[str, tuple[str, list[tuple[str, int]]]] = {
    "magazine-qa.html": ("qa-labels", [
        ("How did you come to clocks in the first place?", 1),
        ("Why no electric motors?", 2),
        ("Which repair are you proudest of?", 1),
        ("Will anyone take over the workshop?", 1),
    ]),
    "h2-questions.html": ("standalone-questions", [
        ("How did the bees end up on a car park?", 1),
        ("Do the bees mind the traffic?", 2),
        ("Where do they find flowers in the middle of the city?", 1),
        ("What surprised you most?", 1),
    ]),
    "name-labels.html": ("speaker-labels", [
        ("Mr Okonkwo-Brandt, the dredging starts next month. Why now?", 1),
        ("What will happen to the seals on the sandbank?", 4),  # a paragraph and three items
        ("How much will it cost?", 1),
        ("Has the first winter been harder than you thought?", 1),
    ]),
    "de-stadtbote.html": ("speaker-labels", [
        ("Frau Falkenberg, im Winter standen viele Stände leer. Woran lag das?", 1),
        ("Welche Händler fehlen noch?", 1),
        ("Warum erlauben Sie samstags Straßenmusik?", 2),
    ]),
    # The photo credit and the site's footer after the last answer carry no
    # mark of furniture on this old-style page, so the parser keeps them in
    # that answer: a limit of the parser, not of the conversion.
    "br-table.html": ("qa-labels", [
        ("How many of your trees did you graft yourself?", 1),
        ("Which variety gives you the most trouble?", 1),
        ("What would you tell someone planting their first pear?", 3),
    ]),
    "news-article.html": ("not-an-interview", []),
}

# Lines of menus, datelines, bylines, captions and footers, each on a line of its own.
FURNITURE = {
    "magazine-qa.html": ["The Lantern Quarterly", "Craft", "Travel", "People", "Archive",
                         "12 March 2024", "By Maren Oldcastle",
                         "Tobias Wren in his workshop above the bakery. Photo: Ilse Varga",
                         "The last ferryman of the Estle", "© 2024 The Lantern Quarterly",
                         "About us", "Privacy", "Contact"],
    "h2-questions.html": ["Weather: light rain, 11°C Sign in", "Home News City Green",
                          "Posted 7 June 2023, 08:40 by Pieter Hollande", "Share: Email Print",
                          "City Weekly, 14 Quay Lane", "Imprint | Terms"],
    "name-labels.html": ["Front page", "Harbour", "Letters",
                         "Friday, 20 September 2024 | Interview: Ruth Calloway",
                         "Channel depth today 3.1 m",
                         "Harbour Gazette · Printed on Tuesdays and Fridays · Subscribe"],
    "de-stadtbote.html": ["Startseite", "Lokales", "Kultur", "Sport", "03.04.2024, 10:15 Uhr",
                          "© 2024 Stadtbote · Impressum · Datenschutz"],
    "br-table.html": ["Orchard Notes", "Home | Varieties | Growers | Links", "In this issue",
                      "Late frost", "Autumn 2009",
                      "Orchard Notes is a hobby site. Last updated 3 November 2009."],
    "news-article.html": ["Mellbridge Courier Local Business Sport", "Monday, 2 December 2024",
                          "Mellbridge Courier, 3 Market Row", "Contact Advertise"],
}

# Text of scripts, styles, JSON-LD, alt attributes and hidden elements.
NEVER = {
    "magazine-qa.html": ["dataLayer", "it must never appear", "font-family", "Subscribe now",
                         "brass wheels", "pixel"],
    "h2-questions.html": ["NewsArticle", "Tracking pixel", "querySelector"],
    "name-labels.html": ["padding"],
    "de-stadtbote.html": ["var hinweis", "Soll das erscheinen", "Wir verwenden Cookies"],
    "br-table.html": ["keywords", "pears, orchard"],
    "news-article.html": [],
}


def _text(name: str) -> str:
    pytest.importorskip("resiliparse")
    return html_to_text((HERE / name).read_bytes())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_converted_page_parses(name: str) -> None:
    fmt, expected = EXPECTED[name]
    page = parse(_text(name))
    assert page.format == fmt
    assert [(ex.question.text, len(ex.answer.paragraphs)) for ex in page.exchanges] == expected


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_menus_and_footers_kept_as_lines(name: str) -> None:
    lines = _text(name).splitlines()
    for furniture in FURNITURE[name]:
        assert furniture in lines


@pytest.mark.parametrize("name", sorted(NEVER))
def test_scripts_styles_hidden_dropped(name: str) -> None:
    text = _text(name)
    for hidden in NEVER[name]:
        assert hidden not in text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_one_block_a_line(name: str) -> None:
    text = _text(name)
    assert text == text.strip()
    assert "\n\n\n" not in text
    for line in text.splitlines():
        assert line == line.strip()
        assert "  " not in line and "\t" not in line and "\xa0" not in line


def test_markup_shapes() -> None:
    pytest.importorskip("resiliparse")
    html = ("<ul><li>one</li><li>two</li></ul><p>a<br>b</p>"
            "<table><tr><th>Depth</th><td>4.5&nbsp;m</td></tr></table>"
            "<p>  lots   of\n  space </p><!-- a note --><template><p>later</p></template>"
            "<form><button>Send</button><select><option>Pick</option></select></form>"
            "<figure><img src='x.jpg' alt='Alt words'><figcaption>The caption</figcaption></figure>"
            "<p style='VISIBILITY: hidden'>gone</p><p>**not bold**</p>")
    assert html_to_text(html).splitlines() == [
        "one", "two", "", "a", "b", "", "Depth 4.5 m", "", "lots of space", "", "The caption",
        "", "**not bold**"]


def test_empty_input() -> None:
    assert html_to_text("") == ""
    assert html_to_text(b"  \n") == ""


def test_charset_from_meta() -> None:
    raw = (HERE / "de-stadtbote.html").read_bytes()
    assert declared_charset(raw) == "cp1252"
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Straßenmusik" in decode_html(raw)
    assert "„Der Markt muss wieder laut werden“" in _text("de-stadtbote.html")


def test_charset_declarations() -> None:
    assert declared_charset(b'<meta charset="UTF-8">') == "utf-8"
    assert declared_charset(b"<meta charset=iso-8859-1>") == "cp1252"  # as browsers read it
    assert declared_charset(b'<?xml version="1.0" encoding="koi8-r"?><html>') == "koi8-r"
    assert declared_charset(b'<meta charset="no-such-thing">') is None
    assert declared_charset(b"<p>nothing declared</p>") is None
    cyrillic = '<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251")
    assert "Привет" in decode_html(cyrillic)
    # a BOM wins over the declaration; a wrong declaration falls back
    assert "Grüße" in decode_html(b"\xef\xbb\xbf<meta charset=koi8-r><p>Gr\xc3\xbc\xc3\x9fe</p>")
    utf16 = "<meta charset=utf-16><p>Grüße</p>".encode("utf-16")
    assert "Grüße" in decode_html(utf16)
    # valid UTF-8 wins over a single-byte declaration (a common mistake)
    wrong = '<meta charset="windows-1251"><p>Grüße, “quoted”</p>'.encode()
    assert decode_html(wrong).endswith("Grüße, “quoted”</p>")
    # a declaration the bytes do not fit: the package's detection decides
    unfit = '<meta charset="utf-8"><p>Привет, как дела? Всё хорошо.</p>'.encode("cp1251")
    assert "Всё хорошо" in decode_html(unfit)


def test_binary_is_not_text() -> None:
    with pytest.raises(NotTextError):
        html_to_text(b"\x00\x01\x02<html>" * 50)


def test_read_html_file_plain_and_gzip(tmp_path: Path) -> None:
    pytest.importorskip("resiliparse")
    raw = (HERE / "magazine-qa.html").read_bytes()
    plain = tmp_path / "page.html"
    plain.write_bytes(raw)
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(raw))
    misnamed = tmp_path / "page.htm"  # told by its bytes, not its name
    misnamed.write_bytes(gzip.compress(raw))
    expected = html_to_text(raw)
    assert read_html_file(plain) == expected
    assert read_html_file(str(packed)) == expected
    assert read_html_file(misnamed) == expected
    assert len(parse(read_html_file(packed)).exchanges) == 4


def test_read_html_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_html_file(tmp_path / "missing.html")
    damaged = tmp_path / "damaged.html.gz"
    damaged.write_bytes(gzip.compress(b"<p>hello</p>" * 100)[:40])
    with pytest.raises(NotTextError, match="damaged gzip"):
        read_html_file(damaged)
    bomb = tmp_path / "big.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 5000 + b"</p>"))
    with pytest.raises(TooLargeError, match="uncompressed"):
        read_html_file(bomb, max_bytes=1000)
    with pytest.raises(TooLargeError):
        read_html_file(bomb, max_bytes=10)


def test_is_html_name() -> None:
    for name in ("a.html", "A.HTM", "x/y.xhtml", "page.html.gz", "page.HTM.GZ"):
        assert is_html_name(name)
    for name in ("a.txt", "a.html.txt", "a.gz", "a.warc.wet.gz", "html", "a.xml"):
        assert not is_html_name(name)


def test_tidy() -> None:
    assert tidy("  a \t\tb\xa0 c  \r\n\n\n\n  d\n") == "a b c\n\nd"
    assert tidy("\n\n x \n") == "x"


def test_missing_library(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = importlib.import_module

    def no_resiliparse(name: str, package: str | None = None) -> Any:
        if name.startswith("resiliparse"):
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", no_resiliparse)
    with pytest.raises(HtmlSupportMissing) as info:
        html_to_text("<p>Hello</p>")
    assert isinstance(info.value, InputError)
    assert "pip install 'interviewparse[html]'" in str(info.value)
    assert info.value.code == InputError.code


def test_missing_library_blocked_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "resiliparse", None)
    for mod in [m for m in sys.modules if m.startswith("resiliparse.")]:
        monkeypatch.delitem(sys.modules, mod)
    with pytest.raises(HtmlSupportMissing, match=r"interviewparse\[html\]"):
        html_to_text(b"<p>Hello</p>")


def test_package_still_imports_without_the_extra() -> None:
    assert interviewparse.parse("Q: Ready?\nA: Yes.\nQ: Sure?\nA: Quite.").exchanges
