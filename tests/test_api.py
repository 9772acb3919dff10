"""The public API: parse, parse_bytes, parse_file, JSON, version, typing."""

from __future__ import annotations

import codecs
import datetime as dt
import importlib.metadata
import importlib.resources
import json
import re
from pathlib import Path
from typing import Any

import pytest

import interviewparse
from interviewparse import (
    InputError,
    Interview,
    NotTextError,
    TooLargeError,
    parse,
    parse_bytes,
    parse_file,
)

ROOT = Path(__file__).resolve().parents[1]

QA_PAGE = (
    "Q: When does the lighthouse open to visitors?\n"
    "A: From the first of June, every day except Monday.\n"
    "Q: Is the climb hard?\n"
    "A: A hundred and twelve steps. Most people manage."
)

FULL_PAGE = "\n".join([
    "Home | Coast | Culture",
    "Tuesday, 14 May 2024",
    "14 May 2024, 11:05",
    "",
    "Lighthouse keeper prepares for the summer season",
    "",
    "Photo: Lena Brandt",
    "",
    "Mr Aalto, how many visitors do you expect this year?",
    "",
    "About nine thousand, if the ferry keeps to its timetable.",
    "",
    "What will be new for them?",
    "",
    "A small exhibition about the keepers who lived here before me.",
    "",
    "Do you still climb the stairs every day?",
    "",
    "Twice a day. I count the steps, all one hundred and twelve of them, and I never lose count.",
    "",
    "© 2024 Coast Herald",
])

RU_PAGE = (
    "Вопрос: Когда откроется мост через реку?\n"
    "Ответ: Осенью, если поставщики не подведут.\n"
    "Вопрос: Сколько он будет стоить?\n"
    "Ответ: Около двух миллионов рублей."
)


# ------------------------------------------------------------------ parse


def test_parse_qa_page() -> None:
    page = parse(QA_PAGE, source="lighthouse.txt")
    assert isinstance(page, Interview)
    assert page.schema_version == "1.2"
    assert page.source == "lighthouse.txt"
    assert page.language == "en"
    assert page.format == "qa-labels"
    lines = QA_PAGE.splitlines()
    assert [(e.index, e.question.text, e.answer.text) for e in page.exchanges] == [
        (0, lines[0][3:], lines[1][3:]),
        (1, lines[2][3:], lines[3][3:]),
    ]
    for ex, (q_line, a_line) in zip(page.exchanges, [(0, 1), (2, 3)], strict=True):
        q, a = ex.question, ex.answer
        assert (q.speaker, a.speaker) == ("Q", "A")
        assert (q.line, a.line) == (q_line, a_line)
        assert q.label is not None and q.label.text == "Q:" and q.label.kind == "qa"
        # a turn's span starts at its label, its text never includes it
        assert QA_PAGE[q.span[0] : q.span[1]] == lines[q_line]
        assert QA_PAGE[a.span[0] : a.span[1]] == lines[a_line]
        assert not q.text.startswith("Q") and not a.text.startswith("A:")
    assert page.lead == [] and page.trailing == [] and page.boilerplate == []
    assert interviewparse.coverage(page, QA_PAGE) == []
    assert interviewparse.overclaimed(page) == []


def test_parse_full_page() -> None:
    page = parse(FULL_PAGE)
    assert page.format == "standalone-questions"
    assert [e.question.text for e in page.exchanges] == [
        FULL_PAGE.splitlines()[8], FULL_PAGE.splitlines()[12], FULL_PAGE.splitlines()[16]]
    assert [[p.line for p in e.answer.paragraphs] for e in page.exchanges] == [[10], [14], [18]]
    md = page.metadata
    assert md.title == "Lighthouse keeper prepares for the summer season"
    assert md.published == dt.datetime(2024, 5, 14, 11, 5)
    assert md.published_precision == "minute"
    assert md.page_date == dt.date(2024, 5, 14)
    assert md.captions == ["Photo: Lena Brandt"]
    assert [(b.line, b.kind) for b in page.boilerplate] == [
        (0, "nav"), (1, "date-banner"), (6, "caption"), (20, "footer")]
    assert sorted(m.line for m in md.lines) == [2, 4]
    assert interviewparse.coverage(page, FULL_PAGE) == []


@pytest.mark.parametrize(
    "s",
    ["", "\n\n\n", "\ufeff", "?", "— ", "Q:", "A:", "\u00a0", "x" * 200_000,
     "Why?\nWhy?\nWhy?", "\x00\x01\x02", "\ud800 lone surrogate"],
    ids=["empty", "newlines", "bom", "qmark", "dash", "q-label", "a-label", "nbsp", "long-line",
         "three-whys", "controls", "surrogate"],
)
def test_parse_is_total(s: str) -> None:
    page = parse(s)
    assert isinstance(page, Interview)
    assert interviewparse.coverage(page, s) == []
    assert interviewparse.overclaimed(page) == []
    if page.format == "not-an-interview":
        assert page.exchanges == []


def test_parse_empty_is_not_an_interview() -> None:
    page = parse("")
    assert (page.format, page.exchanges, page.lead, page.boilerplate) == (
        "not-an-interview", [], [], [])
    assert page.metadata.title is None and page.metadata.published is None


def test_news_article_is_not_an_interview() -> None:
    text = (
        "Regional news\n\n"
        "The river port reopens after repairs\n\n"
        "The port on the river will reopen on Monday after three months of repairs. Cargo "
        "ships will be able to dock at the new quay.\n\n"
        "Officials said the work cost less than planned.\n"
    )
    page = parse(text)
    assert page.format == "not-an-interview"
    assert page.exchanges == []
    assert [p.line for p in page.lead] == [4, 6]
    assert page.metadata.title == "The river port reopens after repairs"


def test_parse_is_deterministic() -> None:
    assert parse(FULL_PAGE) == parse(FULL_PAGE)
    assert parse(FULL_PAGE).to_json() == parse(FULL_PAGE).to_json()


# ------------------------------------------------------------ parse_bytes


def test_parse_bytes_utf8_bom() -> None:
    page = parse_bytes(codecs.BOM_UTF8 + QA_PAGE.encode(), source="x")
    assert page.source == "x"
    assert page.metadata.encoding == "utf-8"
    # the BOM is removed: offsets index the text without it
    assert page.exchanges[0].question.span[0] == 0
    assert page == parse_bytes(QA_PAGE.encode(), source="x")


def test_parse_bytes_cp1251() -> None:
    page = parse_bytes((RU_PAGE + "\n") .encode("cp1251") * 3)
    assert page.language == "ru"
    assert page.format == "qa-labels"
    assert page.exchanges[0].question.text == "Когда откроется мост через реку?"
    assert page.metadata.encoding is not None
    assert page.metadata.encoding.replace("-", "").lower() in {"cp1251", "windows1251"}


def test_parse_bytes_utf16() -> None:
    page = parse_bytes(codecs.BOM_UTF16_LE + RU_PAGE.encode("utf-16-le"))
    assert page.metadata.encoding == "utf-16-le"
    assert [e.answer.text for e in page.exchanges] == [
        "Осенью, если поставщики не подведут.", "Около двух миллионов рублей."]


def test_parse_bytes_binary_raises() -> None:
    with pytest.raises(NotTextError) as info:
        parse_bytes(bytes(range(256)) * 4)
    assert info.value.code == 4
    assert isinstance(info.value, InputError)


# ------------------------------------------------------------- parse_file


def test_parse_file_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + FULL_PAGE.encode())
    page = parse_file(path)
    assert page.source == str(path)
    assert page.metadata.encoding == "utf-8"
    assert page.metadata.title == "Lighthouse keeper prepares for the summer season"
    # spans index the decoded text without its BOM
    for ex in page.exchanges:
        for p in ex.question.paragraphs + ex.answer.paragraphs:
            assert FULL_PAGE[p.span[0] : p.span[1]] == p.text
    plain = parse(FULL_PAGE, source=str(path))
    assert (page.exchanges, page.boilerplate, page.metadata.lines) == (
        plain.exchanges, plain.boilerplate, plain.metadata.lines)
    assert page == parse_bytes(codecs.BOM_UTF8 + FULL_PAGE.encode(), source=str(path))
    assert page == parse_file(str(path))  # str paths too


def test_parse_file_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    crlf = QA_PAGE.replace("\n", "\r\n")
    path.write_bytes(crlf.encode())
    page = parse_file(path)
    assert [e.question.line for e in page.exchanges] == [0, 2]
    assert crlf[page.exchanges[1].answer.span[0] : page.exchanges[1].answer.span[1]] == (
        QA_PAGE.splitlines()[3])


def test_parse_file_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        parse_file(tmp_path / "nowhere.txt")
    assert type(info.value) is InputError
    assert info.value.code == 3
    assert "nowhere.txt" in str(info.value)


def test_parse_file_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        parse_file(tmp_path)
    assert type(info.value) is InputError
    assert info.value.code == 3


def test_parse_file_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(NotTextError) as info:
        parse_file(path)
    assert info.value.code == 4
    assert "image.png" in str(info.value)


def test_parse_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    data = QA_PAGE.encode()
    path.write_bytes(data)
    with pytest.raises(TooLargeError) as info:
        parse_file(path, max_bytes=len(data) - 1)
    assert info.value.code == 5
    assert isinstance(info.value, InputError)
    # exactly at the limit is fine
    assert len(parse_file(path, max_bytes=len(data)).exchanges) == 2


def test_error_codes() -> None:
    assert (InputError.code, NotTextError.code, TooLargeError.code) == (3, 4, 5)
    assert issubclass(NotTextError, InputError) and issubclass(TooLargeError, InputError)
    assert interviewparse.MAX_BYTES > 1_000_000


# ------------------------------------------------------------------ JSON

_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def _walk(value: Any, path: str = "") -> list[tuple[str, str, Any]]:
    """Every (path, key, value) of a JSON document."""
    out: list[tuple[str, str, Any]] = []
    if isinstance(value, dict):
        for k, v in value.items():
            out.append((path, k, v))
            out += _walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _walk(v, f"{path}[{i}]")
    return out


def test_json_round_trip() -> None:
    page = parse(FULL_PAGE, source="page.txt")
    assert Interview.from_json(page.to_json()) == page
    assert Interview.from_json(page.to_json(indent=2)) == page
    assert Interview.from_json(page.to_json().encode()) == page
    assert Interview.from_dict(page.to_dict()) == page


def test_to_dict_equals_the_json_document() -> None:
    page = parse(FULL_PAGE)
    assert page.to_dict() == json.loads(page.to_json())


def test_json_top_level_and_metadata_fields() -> None:
    data = json.loads(parse(FULL_PAGE).to_json())
    assert set(data) >= {"schema_version", "source", "language", "format", "metadata", "lead",
                         "exchanges", "trailing", "enumerations", "boilerplate"}
    assert set(data["metadata"]) >= {"title", "published", "page_date", "dateline", "captions",
                                     "byline", "interviewer", "interviewee"}
    assert data["schema_version"] == "1.2"
    assert data["source"] is None  # null for missing values
    ex = data["exchanges"][0]
    assert set(ex) >= {"index", "question", "answer"}
    assert set(ex["question"]) >= {"speaker", "paragraphs", "text", "span"}
    assert set(ex["question"]["paragraphs"][0]) >= {"text", "line", "span"}
    assert set(data["boilerplate"][0]) >= {"kind", "text", "line", "span"}


def test_json_keys_are_snake_case() -> None:
    for page in (parse(FULL_PAGE), parse(QA_PAGE), parse(RU_PAGE)):
        for path, key, _ in _walk(json.loads(page.to_json())):
            assert _SNAKE.fullmatch(key), f"{path}.{key}"


def test_json_dates_are_iso_strings() -> None:
    data = json.loads(parse(FULL_PAGE).to_json())
    assert data["metadata"]["published"] == "2024-05-14T11:05:00"
    assert data["metadata"]["page_date"] == "2024-05-14"


def test_json_date_only_published_stays_a_date() -> None:
    page = parse(FULL_PAGE.replace("14 May 2024, 11:05", "12 May 2024"))
    assert page.metadata.published == dt.date(2024, 5, 12)
    assert not isinstance(page.metadata.published, dt.datetime)
    assert json.loads(page.to_json())["metadata"]["published"] == "2024-05-12"
    back = Interview.from_json(page.to_json())
    assert type(back.metadata.published) is dt.date
    assert back == page


def test_json_timezone_round_trip() -> None:
    page = parse(FULL_PAGE.replace("14 May 2024, 11:05", "14 May 2024 11:05 UTC+3"))
    tz = dt.timezone(dt.timedelta(hours=3))
    assert page.metadata.published == dt.datetime(2024, 5, 14, 11, 5, tzinfo=tz)
    assert json.loads(page.to_json())["metadata"]["published"] == "2024-05-14T11:05:00+03:00"
    assert Interview.from_json(page.to_json()) == page


def test_json_spans_are_lists() -> None:
    data = json.loads(parse(FULL_PAGE).to_json())
    spans = [(p, v) for p, k, v in _walk(data) if k == "span"]
    assert len(spans) >= 10
    for path, value in spans:
        assert isinstance(value, list), path
        assert len(value) == 2 and all(isinstance(x, int) for x in value), path
        assert value[0] <= value[1], path
    assert data["exchanges"][0]["question"]["paragraphs"][0]["span"] == list(
        parse(FULL_PAGE).exchanges[0].question.paragraphs[0].span)


def test_json_keeps_cyrillic() -> None:
    out = parse(RU_PAGE).to_json()
    assert "Когда откроется мост через реку?" in out
    assert "\\u04" not in out
    assert out.isascii() is False


def test_from_json_rejects_non_objects() -> None:
    with pytest.raises(ValueError):
        Interview.from_json("[]")


# --------------------------------------------------------------- package


def test_version() -> None:
    assert isinstance(interviewparse.__version__, str)
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[.+-]?\w+)*", interviewparse.__version__)
    assert interviewparse.__version__ == importlib.metadata.version("interviewparse")
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert f'version = "{interviewparse.__version__}"' in pyproject


def test_py_typed_is_shipped() -> None:
    marker = importlib.resources.files("interviewparse").joinpath("py.typed")
    assert marker.is_file()
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    section = pyproject.split("[tool.setuptools.package-data]", 1)[1].split("\n[", 1)[0]
    assert re.search(r'interviewparse\s*=\s*\[[^\]]*"py\.typed"', section)


def test_public_names() -> None:
    for name in interviewparse.__all__:
        assert hasattr(interviewparse, name), name
    for name in ("parse", "parse_bytes", "parse_file", "coverage", "overclaimed", "Interview",
                 "Exchange", "Turn", "Paragraph", "Enumeration", "Point", "BoilerplateLine",
                 "Metadata", "Dateline", "InputError", "NotTextError", "TooLargeError",
                 "__version__"):
        assert name in interviewparse.__all__, name


def test_objects_are_frozen() -> None:
    import attrs

    page = parse(QA_PAGE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        page.format = "mixed"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        page.exchanges[0].question.text = "changed"  # type: ignore[misc]
