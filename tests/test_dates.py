"""Tests for interviewparse.dates: date lines and nothing else."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewparse import dates
from interviewparse.dates import DateMatch, find_dates, parse_date_line
from interviewparse.lexicon import calendar

UTC3 = dt.timezone(dt.timedelta(hours=3))


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def T(
    y: int, m: int, d: int, hh: int, mm: int, ss: int = 0, tz: dt.tzinfo | None = None
) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=tz)


def parse(text: str, **kwargs: bool) -> DateMatch:
    found = parse_date_line(text, **kwargs)
    assert found is not None, text
    return found


# (line, value, precision, weekday, prefix)
POSITIVE: list[tuple[str, dt.date, str, bool, str | None]] = [
    # English, day first
    ("10 March 2023, 09:28", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("10 March 2023 09:28", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("10 March 2023 09:28:41", T(2023, 3, 10, 9, 28, 41), "second", False, None),
    ("10 March 2023", D(2023, 3, 10), "day", False, None),
    ("7 Aug 2023, 08:10", T(2023, 8, 7, 8, 10), "minute", False, None),
    ("10th of March, 2023", D(2023, 3, 10), "day", False, None),
    # English, month first
    ("March 10, 2023 9:28 AM", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("June 2, 2022 2:15 PM", T(2022, 6, 2, 14, 15), "minute", False, None),
    ("June 5, 2024, 6:30 p.m.", T(2024, 6, 5, 18, 30), "minute", False, None),
    ("June 5, 2024, 6:30:12 a.m.", T(2024, 6, 5, 6, 30, 12), "second", False, None),
    ("Mar 10, 2023", D(2023, 3, 10), "day", False, None),
    ("Mar. 10, 2023", D(2023, 3, 10), "day", False, None),
    ("Sept. 4, 2023", D(2023, 9, 4), "day", False, None),
    ("March 10, 2023 12:05 AM", T(2023, 3, 10, 0, 5), "minute", False, None),
    ("March 10, 2023 12:05 PM", T(2023, 3, 10, 12, 5), "minute", False, None),
    ("Published June 5, 2024, 6:30 p.m.", T(2024, 6, 5, 18, 30), "minute", False, "published"),
    # ISO
    ("2023-03-10 09:28", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("2023-03-10 09:28:15", T(2023, 3, 10, 9, 28, 15), "second", False, None),
    ("2023-08-29", D(2023, 8, 29), "day", False, None),
    ("2023-03-10T09:28:00+03:00", T(2023, 3, 10, 9, 28, 0, UTC3), "second", False, None),
    ("2023-03-10T09:28", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("2023-03-10T09:28:00Z", T(2023, 3, 10, 9, 28, 0, dt.timezone.utc), "second", False, None),
    ("2023/03/10", D(2023, 3, 10), "day", False, None),
    # dotted
    ("10.03.2023 09:28", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("10.03.2023, 09:28", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("10.03.2023 09:28:07", T(2023, 3, 10, 9, 28, 7), "second", False, None),
    ("14.05.2024, 16:45 Uhr", T(2024, 5, 14, 16, 45), "minute", False, None),
    ("10.03.2023", D(2023, 3, 10), "day", False, None),
    ("3.4.2023", D(2023, 4, 3), "day", False, None),
    ("Posted: 20.10.2022 10:17:00", T(2022, 10, 20, 10, 17), "second", False, "published"),
    ("Stand: 14.05.2024, 16:45 Uhr", T(2024, 5, 14, 16, 45), "minute", False, "published"),
    # Russian
    ("10 марта 2023, 09:28", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("10 марта 2023", D(2023, 3, 10), "day", False, None),
    ("2 июня 2023 г., 10:15", T(2023, 6, 2, 10, 15), "minute", False, None),
    ("2 июня 2023 г.", D(2023, 6, 2), "day", False, None),
    ("1 мая 2024 года в 18:00", T(2024, 5, 1, 18, 0), "minute", False, None),
    ("Сегодня: 20 апреля 2024, суббота", D(2024, 4, 20), "day", True, "today"),
    ("Флаг Понедельник, 5 июня 2023", D(2023, 6, 5), "day", True, None),
    ("Опубликовано: 12.01.2024 18:03", T(2024, 1, 12, 18, 3), "minute", False, "published"),
    ("Обновлено: 12 января 2024, 19:40", T(2024, 1, 12, 19, 40), "minute", False, "updated"),
    ("09:28, 10 марта 2023", T(2023, 3, 10, 9, 28), "minute", False, None),
    # Belarusian, Ukrainian
    ("10 сакавіка 2023, 09:28", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("Сёння: 5 чэрвеня 2023", D(2023, 6, 5), "day", False, "today"),
    ("10 березня 2023", D(2023, 3, 10), "day", False, None),
    # German
    ("10. März 2023", D(2023, 3, 10), "day", False, None),
    ("10. Maerz 2023", D(2023, 3, 10), "day", False, None),
    ("10. Mär. 2023", D(2023, 3, 10), "day", False, None),
    ("Samstag, 18. November 2023", D(2023, 11, 18), "day", True, None),
    ("10. März 2023 um 09:28 Uhr", T(2023, 3, 10, 9, 28), "minute", False, None),
    (
        "Veröffentlicht am 10.03.2023 um 09:28 Uhr",
        T(2023, 3, 10, 9, 28),
        "minute",
        False,
        "published",
    ),
    ("Aktualisiert am 11.03.2023", D(2023, 3, 11), "day", False, "updated"),
    ("Heute: Freitag, 10. März 2023", D(2023, 3, 10), "day", True, "today"),
    # other Latin-script languages
    ("10 de marzo de 2023", D(2023, 3, 10), "day", False, None),
    ("Publié le 1er mars 2023 à 9h28", T(2023, 3, 1, 9, 28), "minute", False, "published"),
    ("10 marca 2023 r.", D(2023, 3, 10), "day", False, None),
    # Chinese, Korean
    ("2023年3月10日", D(2023, 3, 10), "day", False, None),
    ("2024年5月8日 14:05", T(2024, 5, 8, 14, 5), "minute", False, None),
    ("2023年3月10日 09:28:15", T(2023, 3, 10, 9, 28, 15), "second", False, None),
    ("2023年3月10日14:05", T(2023, 3, 10, 14, 5), "minute", False, None),
    ("2023年3月10日 星期五", D(2023, 3, 10), "day", True, None),
    ("2023年3月10日 下午2:15", T(2023, 3, 10, 14, 15), "minute", False, None),
    ("发布时间：2023-10-16 09:42", T(2023, 10, 16, 9, 42), "minute", False, "published"),
    ("更新时间：2023-10-17", D(2023, 10, 17), "day", False, "updated"),
    ("今天：2023年10月16日", D(2023, 10, 16), "day", False, "today"),
    ("2023년 3월 10일", D(2023, 3, 10), "day", False, None),
    # weekday banners
    ("Flag Sunday, 4 June 2023", D(2023, 6, 4), "day", True, None),
    ("Wednesday, 15 March 2023", D(2023, 3, 15), "day", True, None),
    ("Today: Monday, 11 December 2023", D(2023, 12, 11), "day", True, "today"),
    ("Thursday, 9 November 2023", D(2023, 11, 9), "day", True, None),
    ("Fri, 10 Mar 2023 09:28", T(2023, 3, 10, 9, 28), "minute", True, None),
    ("📅 10 March 2023", D(2023, 3, 10), "day", False, None),
    # time zones
    ("10 March 2023 09:28 UTC+3", T(2023, 3, 10, 9, 28, 0, UTC3), "minute", False, None),
    ("10 March 2023 09:28 GMT+03:00", T(2023, 3, 10, 9, 28, 0, UTC3), "minute", False, None),
    ("10 March 2023 09:28 UTC", T(2023, 3, 10, 9, 28, 0, dt.timezone.utc), "minute", False, None),
    ("10.03.2023 09:28 МСК", T(2023, 3, 10, 9, 28, 0, UTC3), "minute", False, None),
    ("Sun, 4 Jun 2023 09:28:00 +0300", T(2023, 6, 4, 9, 28, 0, UTC3), "second", True, None),
    ("10 March 2023 09:28 CST", T(2023, 3, 10, 9, 28), "minute", False, None),
    # a short source / author tail
    ("2023-10-16 09:42\u3000来源：南江日报", T(2023, 10, 16, 9, 42), "minute", False, None),
    ("10 March 2023, 09:28 Source: Harbour Wire", T(2023, 3, 10, 9, 28), "minute", False, None),
    ("10 March 2023 | Lena Brandt", D(2023, 3, 10), "day", False, None),
    (
        "Published: 2 May 2023, 12:00 | Updated: 2 May 2023, 15:35",
        T(2023, 5, 2, 12, 0),
        "minute",
        False,
        "published",
    ),
    ("12 May 2024 By Jonas Weller", D(2024, 5, 12), "day", False, None),
]


@pytest.mark.parametrize(("line", "value", "precision", "weekday", "prefix"), POSITIVE)
def test_shapes(
    line: str, value: dt.date, precision: str, weekday: bool, prefix: str | None
) -> None:
    found = parse(line)
    assert found.value == value
    assert type(found.value) is type(value)
    if isinstance(value, dt.datetime):
        assert isinstance(found.value, dt.datetime)
        assert found.value.utcoffset() == value.utcoffset()
    assert found.precision == precision
    assert found.weekday is weekday
    assert found.prefix == prefix
    assert found.ambiguous is False
    assert 0 <= found.start < found.end <= len(line)


@pytest.mark.parametrize(
    ("line", "span_text"),
    [
        ("10 March 2023, 09:28", "10 March 2023, 09:28"),
        ("Published: 2 September 2023, 12:00", "2 September 2023, 12:00"),
        ("Flag Sunday, 4 June 2023", "4 June 2023"),
        ("Сегодня: 20 апреля 2024, суббота", "20 апреля 2024"),
        ("  14.05.2024, 16:45 Uhr  ", "14.05.2024, 16:45 Uhr"),
        ("2023-10-16 09:42\u3000来源：南江日报", "2023-10-16 09:42"),
        ("09:28, 10 марта 2023", "09:28, 10 марта 2023"),
        ("\ufeff10.03.2023\r\n", "10.03.2023"),
    ],
)
def test_span_slices_the_date(line: str, span_text: str) -> None:
    found = parse(line)
    assert line[found.start : found.end] == span_text


def test_nbsp_and_surrounding_whitespace() -> None:
    found = parse("\u00a012\u00a0May\u00a02024, 10:45\u00a0")
    assert found.value == T(2024, 5, 12, 10, 45)
    assert found.start == 1


# --------------------------------------------------------------------------
# day / month order
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day_first", "value", "ambiguous"),
    [
        ("10/03/2023", True, D(2023, 3, 10), True),
        ("10/03/2023", False, D(2023, 10, 3), True),
        ("03/04/2023", True, D(2023, 4, 3), True),
        ("03/04/2023", False, D(2023, 3, 4), True),
        ("25/03/2023", True, D(2023, 3, 25), False),
        ("25/03/2023", False, D(2023, 3, 25), False),
        ("03/25/2023", True, D(2023, 3, 25), False),
        ("03/25/2023", False, D(2023, 3, 25), False),
        ("05/05/2023", True, D(2023, 5, 5), False),
        ("10-03-2023", True, D(2023, 3, 10), True),
        ("10.03.2023", False, D(2023, 3, 10), False),
    ],
)
def test_day_month_order(line: str, day_first: bool, value: dt.date, ambiguous: bool) -> None:
    found = parse(line, day_first=day_first)
    assert found.value == value
    assert found.ambiguous is ambiguous


def test_ambiguous_with_time() -> None:
    found = parse("04/05/2023 18:30")
    assert found.value == T(2023, 5, 4, 18, 30)
    assert found.ambiguous is True
    assert found.precision == "minute"


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------

NEGATIVE = [
    "",
    "   ",
    "The ferry entered service on 10 March 2023 after two years of trials.",
    "On 10 March 2023 the council voted again.",
    "10 March 2023 turned out to be the coldest day of the spring",
    "10 March 2023: what the harbour master told us",
    "Tickets cost 80.000 Euro for the whole season.",
    "80.000 Euro",
    "2:1",
    "The match ended 2:1 after extra time.",
    "09:28",
    "09:28:15",
    "Today, 09:28",
    "+375 17 555-01-23",
    "8 (0152) 55-01-23",
    "Tel. 0049 30 1234567",
    "March 2023",
    "2023",
    "Sunday",
    "Flag",
    "Minsk Mainly clear +7°C",
    "Chapter 10",
    "Section 3.4.1",
    "1234-56-78",
    # invalid calendar values
    "31 February 2023",
    "30.02.2024",
    "2023-13-01",
    "10.13.2023",
    "13/13/2023",
    "2023-02-29",
    "10 March 2023, 25:00",
    "10.03.2023 24:00",
    "10.03.2023 09:61",
    "10.03.2023 09:28:60",
    "March 10, 2023 13:05 PM",
    "10 March 2023 09:28 UTC+15",
    "10 Marchember 2023",
    # several lines at once
    "10 March 2023\n11 March 2023",
]


@pytest.mark.parametrize("line", NEGATIVE)
def test_negatives(line: str) -> None:
    assert parse_date_line(line) is None


def test_long_line_with_a_date_is_rejected() -> None:
    line = "10 March 2023 " + "| x " * 60
    assert parse_date_line(line) is None


@pytest.mark.parametrize("unit", ["1", ":", "1:", "1.", "1 ", "a", " ", "10 March ", "+0", "年"])
def test_huge_lines_are_rejected_quickly(unit: str) -> None:
    line = unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    assert parse_date_line(line) is None
    assert find_dates(line) == []
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "unit",
    ["1", ":", "1:", "1.", "1 ", "a", " ", "12 ", "a.m", "+0", "2023年", ", ", "a-", "\u00a0"],
)
def test_patterns_match_in_linear_time(unit: str) -> None:
    """Every compiled pattern stays fast on long adversarial input, anchored as used."""
    text = unit * (100_000 // len(unit))
    patterns = [v for v in vars(dates).values() if isinstance(v, regex.Pattern)]
    assert len(patterns) >= 10
    for pattern in patterns:
        started = time.perf_counter()
        pattern.match(text, 0)
        pattern.match(text, 1)
        assert time.perf_counter() - started < 0.5, pattern.pattern[:60]


def test_many_short_lines_are_fast() -> None:
    text = "\n".join(["1" * 110, ":" * 110, "10 " * 36, "a " * 55] * 2_500)
    started = time.perf_counter()
    assert find_dates(text) == []
    assert time.perf_counter() - started < 5.0


# --------------------------------------------------------------------------
# find_dates
# --------------------------------------------------------------------------


def test_find_dates_lines_and_offsets() -> None:
    text = (
        "News | City | Sport\r\n"
        "Flag Sunday, 4 June 2023\r\n"
        "The bridge reopened on 2 June 2023 after repairs.\r\n"
        "2 June 2023, 10:15\r\n"
    )
    found = find_dates(text)
    assert [index for index, _ in found] == [1, 3]
    (_, banner), (_, stamp) = found
    assert text[banner.start : banner.end] == "4 June 2023"
    assert text[stamp.start : stamp.end] == "2 June 2023, 10:15"
    assert stamp.value == T(2023, 6, 2, 10, 15)
    assert text.splitlines()[3] == "2 June 2023, 10:15"


# --------------------------------------------------------------------------
# lexicon
# --------------------------------------------------------------------------


def test_calendar_tables_are_lower_case_and_consistent() -> None:
    merged: dict[str, int] = {}
    for table in calendar.MONTHS.values():
        for word, number in table.items():
            assert word == word.lower()
            assert 1 <= number <= 12
            key = word.rstrip(".")
            assert merged.setdefault(key, number) == number, word
    for words in calendar.WEEKDAYS.values():
        assert all(w == w.lower() for w in words)
    for language in ("en", "ru", "be", "uk", "de"):
        assert len(set(calendar.MONTHS[language].values())) == 12
        assert calendar.WEEKDAYS[language]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["January", "Feb", "Feb.", "Sept", "Sept.", "Dec"]),
        ("ru", ["март", "марта", "мая", "июня", "Декабря"]),
        ("be", ["сакавіка", "чэрвеня", "снежня"]),
        ("de", ["März", "Maerz", "Mär.", "Dezember"]),
    ],
)
def test_month_words_parse(language: str, words: list[str]) -> None:
    for word in words:
        number = calendar.MONTHS[language][word.lower()]
        found = parse(f"7 {word} 2023")
        assert isinstance(found.value, dt.date)
        assert found.value.month == number


# --------------------------------------------------------------------------
# properties
# --------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    found = parse_date_line(text)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert found.precision in ("second", "minute", "day")


_FURNITURE = st.sampled_from(
    ["", "Published: ", "Flag ", "Today: Monday, ", "Сегодня: ", "发布时间：", "Updated: "]
)
_ALPHABET = st.sampled_from(list("0123456789:.,/- 年月日TZ+UTCGMapm\u00a0\u3000"))


@settings(max_examples=500, deadline=None)
@given(_FURNITURE, st.lists(_ALPHABET, max_size=40).map("".join))
def test_never_raises_on_date_like_noise(prefix: str, body: str) -> None:
    found = parse_date_line(prefix + body)
    if found is not None:
        assert isinstance(found.value, dt.date)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2099, 12, 31)),
    st.sampled_from(
        [
            "%d.%m.%Y %H:%M",
            "%Y-%m-%d %H:%M",
            "%d %B %Y, %H:%M",
            "%B %d, %Y %H:%M",
            "%Y-%m-%dT%H:%M",
            "%Y年%m月%d日 %H:%M",
        ]
    ),
)
def test_round_trip_minutes(moment: dt.datetime, fmt: str) -> None:
    # strftime month names are English under the C locale
    line = moment.strftime(fmt)
    found = parse(line)
    assert found.value == moment.replace(second=0, microsecond=0)
    assert found.precision == "minute"
    assert line[found.start : found.end] == line


def test_date_in_one_part_of_a_byline_row() -> None:
    from interviewparse.dates import date_of

    text = "By Ines Harrow | March 11, 2024, 9:47 PM"
    m = date_of(text)
    assert m is not None
    assert m.value == dt.datetime(2024, 3, 11, 21, 47)
    assert text[m.start : m.end] == "March 11, 2024, 9:47 PM"
    assert date_of("Home | News | Sport") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geschrieben von Bernd Kohl am 09. September 2024", dt.date(2024, 9, 9)),
        ("作者：岑一苇　　来源：宣传部　　发布时间：2024年11月19日 10:20　　点击数：",
         dt.datetime(2024, 11, 19, 10, 20)),
    ],
)
def test_date_in_a_byline_or_a_row_of_fields(text: str, value: dt.date) -> None:
    from interviewparse.dates import date_of

    m = date_of(text)
    assert m is not None and m.value == value
