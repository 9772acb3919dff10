"""Date lines: a publication timestamp or a date banner printed on a line of its own.

``parse_date_line`` accepts a line only when it is essentially a date: the date
(and an optional time and time zone) with at most small furniture around it --

* in front: icon alt texts ("Flag"), one prefix ("Published:", "Updated:",
  "Сегодня:", "发布时间："), a weekday ("Sunday,"), emoji / icon symbols, or
  the time itself ("09:28, 10 марта 2023");
* after it: a weekday (", суббота"), "г.", "Uhr", a time zone, and a short
  trailing part (at most six words) that opens with whitespace and either a
  separator ("| Anna Petrova"), a label with a colon ("Source: X",
  "来源：南江日报"), a byline word ("By X") or a parenthesis.

A sentence that merely contains a date returns ``None``.

Shapes: ``10 March 2023``, ``March 10, 2023``, ``10. März 2023``,
``10 марта 2023 г.``, ``10 de marzo de 2023``, ``2023-03-10``, ``2023/03/10``,
``10.03.2023``, ``10/03/2023``, ``10-03-2023``, ``12. 3. 2024``,
``2024. március 12.``, ``2023年3月10日``,
``2023년 3월 10일``; each with an optional time ``9:28``, ``09:28:15``,
``9:28 AM``, ``6:30 p.m.``, ``9h28``, ``9 h 28``, ``下午2:15``, ISO ``T09:28:00.123``,
and an optional zone ``Z``, ``+03:00``, ``UTC+3``, ``GMT+03:00``, ``MSK``.

Every pattern is compiled once, anchored (``match`` at a position, never
``search``), and built from possessive quantifiers and single character
classes, so matching time is linear; lines longer than ``MAX_LINE_LENGTH``
characters (after trimming) are rejected before any pattern runs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs
import regex

from interviewparse.datewords import (
    AM,
    PM,
    PREFIX_KIND,
    TAIL_WORDS,
    UPDATED_PREFIXES,
    WEEKDAY_INDEX,
    WEEKDAYS,
    ZONES,
    known,
    month_of,
    nfc_lower,
)
from interviewparse.lexicon import calendar as cal

from . import patterns

__all__ = ["MAX_LINE_LENGTH", "DateMatch", "find_dates", "parse_date_line"]

# A date line longer than this (after trimming) is not a date line.
MAX_LINE_LENGTH = 120
# Untrimmed lines longer than this are rejected without looking at them.
_MAX_RAW_LENGTH = 400
# Furniture tokens allowed in front of the date.
_MAX_LEADING_TOKENS = 6
# Trailing part after the date: words and characters.
_MAX_TAIL_WORDS = 6
_MAX_TAIL_CHARS = 60
# Largest time-zone offset accepted, in minutes.
_MAX_OFFSET_MINUTES = 14 * 60

_INVISIBLE = "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060"
_COLONS = (":", "：")

PRECISIONS = ("second", "minute", "day")
PREFIX_KINDS = ("published", "updated", "today")


@attrs.frozen
class DateMatch:
    """A date line's date.

    ``value`` is a ``datetime`` when a time is printed (aware when an offset or
    a zone with a fixed offset is printed), else a ``date``.  ``start``/``end``
    delimit the date and time text (not the prefix, not a weekday before the
    date, not the trailing part) inside the string given to the parser.
    """

    value: dt.datetime | dt.date
    precision: str  # "second" | "minute" | "day"
    ambiguous: bool  # day/month order could not be told ("03/04/2023")
    weekday: bool  # a weekday name is printed on the line
    prefix: str | None  # "published" | "updated" | "today" | None
    start: int
    end: int


@attrs.frozen
class _Time:
    hour: int
    minute: int
    second: int | None
    microsecond: int
    tz: dt.tzinfo | None
    start: int
    end: int


# --------------------------------------------------------------------------
# Patterns (the words they look up are in ``datewords``)
# --------------------------------------------------------------------------


def _phrase(words: Iterable[str]) -> str:
    """A literal alternation, longest first, inner spaces matching any whitespace."""
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    parts = [r"\s++".join(re.escape(p) for p in w.split()) for w in uniq]
    return "(?:" + "|".join(parts) + ")"


def _compile(pattern: str) -> regex.Pattern[str]:
    return patterns.compile(pattern, regex.IGNORECASE | regex.UNICODE)


# A word: letters and combining marks, optionally one inner hyphen/apostrophe
# ("segunda-feira", "п'ятниця").  Possessive, so it never gives characters back.
_WORD = r"\p{L}[\p{L}\p{M}]*+(?:['’\-]\p{L}[\p{L}\p{M}]*+)?+"
_NOT_LETTER = r"(?![\p{L}\p{M}])"
_YEAR = r"(?P<y>\d{4})(?!\d)"
_YEAR_SUFFIX = r"(?:\s*+" + _phrase(cal.YEAR_SUFFIXES) + _NOT_LETTER + r")?+"
_DAY_SUFFIX = r"(?:" + "|".join(sorted(cal.DAY_SUFFIXES)) + r")?+"
_DATE_CONN = _phrase(cal.DATE_CONNECTORS)

# 2023-03-10, 2023/03/10, 2023.03.10
_P_YMD = _compile(r"(?P<y>\d{4})(?P<sep>[\-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
# 10.03.2023, 10/03/2023, 10-03-2023 (optionally "г.")
_P_DMY_NUM = _compile(r"(?P<a>\d{1,2})(?P<sep>[\-/.])(?P<b>\d{1,2})(?P=sep)" + _YEAR + _YEAR_SUFFIX)
# 12. 3. 2024 (Czech, Slovak: dotted, with spaces)
_P_DMY_SPACED = _compile(
    r"(?P<a>\d{1,2})\.[ \u00a0](?P<b>\d{1,2})\.[ \u00a0]" + _YEAR + _YEAR_SUFFIX
)
# 2024. 03. 12. (Hungarian)
_P_YMD_SPACED = _compile(
    r"(?P<y>\d{4})\.[ \u00a0](?P<m>\d{1,2})\.[ \u00a0](?P<d>\d{1,2})(?!\d)\.?+"
)
# 10 March 2023, 10. März 2023, 10 de marzo de 2023, 10th of March, 2023, 2 июня 2023 г.
_P_DMY_NAME = _compile(
    r"(?P<d>\d{1,2})" + _DAY_SUFFIX + r"(?P<dot>\.)?+"
    r"(?:\s*+" + _DATE_CONN + _NOT_LETTER + r")?+"
    r"\s*+[\-/]?+\s*+"
    r"(?P<mon>" + _WORD + r")\.?+"
    r"(?:\s++" + _DATE_CONN + _NOT_LETTER + r")?+"
    r"\s*+(?:[,\-/]\s*+)?+" + _YEAR + _YEAR_SUFFIX
)
# March 10, 2023, Mar. 10 2023, June 5th, 2024
_P_MDY_NAME = _compile(
    r"(?P<mon>" + _WORD + r")\.?+\s*+[\-/]?+\s*+"
    r"(?P<d>\d{1,2})(?!\d)" + _DAY_SUFFIX + r"\s*+(?:[,\-/]\s*+)?+" + _YEAR
)
# 2024. március 12., 2024. márc. 12. (Hungarian: the year first, with a dot)
_P_YMD_NAME = _compile(
    r"(?P<y>\d{4})\.\s*+(?P<mon>" + _WORD + r")\.?+\s++(?P<d>\d{1,2})(?!\d)\.?+"
)
# 2023年3月10日, 2023 年 3 月 10 日
_P_CJK = _compile(r"(?P<y>\d{4})\s*+年\s*+(?P<m>\d{1,2})\s*+月\s*+(?P<d>\d{1,2})\s*+[日号號]")
# 2023년 3월 10일
_P_KO = _compile(r"(?P<y>\d{4})\s*+년\s*+(?P<m>\d{1,2})\s*+월\s*+(?P<d>\d{1,2})\s*+일")

_ZONE_NAMES = _phrase(cal.TIME_ZONES)
_TIME_SUFFIX = _phrase(cal.TIME_SUFFIXES)
# "+03:00", "+0300", " +0300" (RFC 2822); a bare offset needs two-digit hours
_OFFSET_ZONE_ONLY = r"\s?+[+\-−]\d{2}:?+\d{2}(?!\d)"
def _time_body(seps: str) -> str:
    """A time, its hours and minutes separated by one of ``seps``."""
    return (
        r"(?P<time>(?:(?P<cjk>上午|下午|午前|午後|早上|晚上)\s*+)?+"
        r"(?P<H>\d{1,2})"
        rf"(?:[{seps}](?P<M>\d{{2}})(?:[{seps}](?P<S>\d{{2}})(?:\.(?P<F>\d{{1,6}}))?+)?+"
        r"|[ \u00a0\u202f]?+[hH][ \u00a0\u202f]?+(?P<M2>\d{2}))(?!\d)"  # "9h28", "9 h 28"
        # "AM", "a. m.", Greek "π.μ.", Turkish "ÖÖ"
        r"(?:\s*+(?P<ampm>[ap]\.?+\s?+m\.?+|[πμ]\.?+\s?+μ\.?+|ö[ös])" + _NOT_LETTER + r")?+"
        r"(?:\s*+" + _TIME_SUFFIX + r"(?![\p{L}\p{M}\d]))?+"
        r"(?:(?P<z>Z)" + _NOT_LETTER + r"|(?P<off>" + _OFFSET_ZONE_ONLY + r")"
        r"|\s*+[(（]?+(?P<zone>"
        + _ZONE_NAMES
        + r")"
        + _NOT_LETTER
        + r"(?:\s*+(?P<off2>[+\-−]\d{1,2}(?::?+\d{2})?+)(?!\d))?+[)）]?+)?+)"
    )


# the time after a date: "T09:28", ", 09:28", " um 09:28", " в 09:28", "日14:05"
_P_TIME_AFTER = _compile(
    r"(?:T|\s*+(?:[,،|·•/\-–—]\s*+)?+"
    r"(?:" + _phrase(cal.TIME_CONNECTORS) + r"(?![\p{L}\p{M}])\s*+)?+)"
    + _time_body(":：.")  # after a date, "10.35" is a time (Danish, Finnish, Indonesian)
)
# a time in front of the date: "09:28, 10 марта 2023", "14:05 | 10.03.2023"
_P_TIME_BEFORE = _compile(_time_body(":：") + r"\s*+(?:[,|·•/\-–—]\s*+)?+")

# furniture in front of the date
_P_ICON_WORD = _compile(_phrase(cal.ICON_WORDS) + _NOT_LETTER + r"\s*+(?:[:：]\s*+)?+")
_P_SYMBOLS = _compile(r"[\p{So}\p{Sk}\p{Co}\uFE0F\u20E3/|·•]++\s*+")  # icons, "/ ", "| "
_P_PREFIX = _compile(
    r"(?P<p>"
    + _phrase([*cal.PUBLISHED_PREFIXES, *UPDATED_PREFIXES, *cal.TODAY_PREFIXES])
    + r")(?:\s++"
    + _phrase(cal.PREFIX_CONNECTORS)
    + _NOT_LETTER
    + r")?+"
    + _NOT_LETTER
    + r"\s*+(?:[:：\-–—]\s*+)?+"
)
# (Danish and Norwegian put "den" between: "tirsdag den 12. marts 2024")
_P_WEEKDAY_BEFORE = _compile(
    r"(?P<w>" + _WORD + r")\.?+\s*+(?:[,，、]\s*+)?+(?:den\s++(?=\d))?+"
)
# an update time after the date: ", actualizado a las 12:27"
_P_UPDATED_TAIL = _compile(
    r"\s*+[,;]?+\s*+" + _phrase(UPDATED_PREFIXES) + _NOT_LETTER
)
# a weekday after the date: ", суббота", " (Fr)", "星期五"
_P_WEEKDAY_AFTER = _compile(r"\s*+(?:[,，、]\s*+)?+[(（]?+(?P<w>" + _WORD + r")\.?+[)）]?+")

_DATE_PATTERNS = (
    _P_YMD, _P_DMY_NUM, _P_DMY_SPACED, _P_YMD_SPACED, _P_DMY_NAME, _P_MDY_NAME, _P_YMD_NAME,
    _P_CJK, _P_KO,
)


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------


def _is_trim(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def _trim(text: str) -> tuple[int, int]:
    i, j = 0, len(text)
    while i < j and _is_trim(text[i]):
        i += 1
    while j > i and _is_trim(text[j - 1]):
        j -= 1
    return i, j


def _group(m: regex.Match[str], name: str) -> str | None:
    value = m.group(name)
    return value if isinstance(value, str) else None


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None


def _parse_offset(text: str) -> int | None:
    """Minutes east of UTC for "+03:00", "+0300", "+3", "−5"; None if out of range."""
    sign = -1 if text[0] in "-−" else 1
    digits = text[1:].replace(":", "")
    if ":" in text:
        hours_text, _, minutes_text = text[1:].partition(":")
    elif len(digits) > 2:
        hours_text, minutes_text = digits[:-2], digits[-2:]
    else:
        hours_text, minutes_text = digits, "0"
    hours, minutes = _int(hours_text), _int(minutes_text)
    if hours is None or minutes is None or minutes >= 60:
        return None
    total = hours * 60 + minutes
    if total > _MAX_OFFSET_MINUTES:
        return None
    return sign * total


def _zone_of(m: regex.Match[str]) -> tuple[bool, dt.tzinfo | None]:
    """(ok, tzinfo) for the zone part of a time match; ok is False for a bad offset."""
    if _group(m, "z") is not None:
        return True, dt.timezone.utc
    off = _group(m, "off")
    if off is not None:
        minutes = _parse_offset(off.strip())
        if minutes is None:
            return False, None
        return True, dt.timezone(dt.timedelta(minutes=minutes))
    zone = _group(m, "zone")
    if zone is None:
        return True, None
    base = ZONES.get(nfc_lower(" ".join(zone.split())))
    off2 = _group(m, "off2")
    extra = 0
    if off2 is not None:
        parsed = _parse_offset(off2)
        if parsed is None:
            return False, None
        extra = parsed
    if base is None:
        return True, None
    total = base + extra
    if abs(total) > _MAX_OFFSET_MINUTES:
        return False, None
    return True, dt.timezone(dt.timedelta(minutes=total))


def _time_of(m: regex.Match[str]) -> _Time | None:
    """The time of a match of a pattern built on ``_time_body``."""
    hour = _int(_group(m, "H"))
    minute = _int(_group(m, "M"))
    if minute is None:
        minute = _int(_group(m, "M2"))
    second = _int(_group(m, "S"))
    fraction = _group(m, "F")
    if hour is None or minute is None:
        return None
    microsecond = int(fraction.ljust(6, "0")) if fraction is not None else 0
    ampm = _group(m, "ampm")
    cjk = _group(m, "cjk")
    if ampm is not None:
        key = "".join(ampm.lower().replace(".", "").split())
        if not 1 <= hour <= 12:
            return None
        if key in PM:
            hour = hour % 12 + 12
        elif key in AM:
            hour = hour % 12
    elif cjk is not None:
        if cjk in cal.PM_FORMS and hour < 12:
            hour += 12
        elif cjk in cal.AM_FORMS and hour == 12:
            hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= (second or 0) <= 59):
        return None
    ok, tz = _zone_of(m)
    if not ok:
        return None
    start: int = m.start("time")
    end: int = m.end("time")
    return _Time(hour, minute, second, microsecond, tz, start, end)


def _match_time_after(s: str, pos: int) -> tuple[_Time, int] | None:
    m = _P_TIME_AFTER.match(s, pos)
    if m is None:
        return None
    time = _time_of(m)
    if time is None:
        return None
    return time, time.end


def _match_weekday(pattern: regex.Pattern[str], s: str, pos: int) -> int | None:
    m = pattern.match(s, pos)
    if m is None:
        return None
    word = _group(m, "w")
    if word is None or not known(WEEKDAYS, word):
        return None
    end: int = m.end()
    return end


def _resolve_numeric(a: int, b: int, sep: str, day_first: bool) -> tuple[int, int, bool] | None:
    """(day, month, ambiguous) for "a<sep>b<sep>year"."""
    if sep == ".":
        # dotted dates are day-first wherever they are printed: "10.13.2023" is invalid
        return a, b, False
    if a > 12 and b > 12:
        return None
    if a > 12:
        return a, b, False
    if b > 12:
        return b, a, False
    if a == b:
        return a, b, False
    if day_first:
        return a, b, True
    return b, a, True


def _date_at(s: str, pos: int, day_first: bool) -> tuple[dt.date, bool, int, int] | None:
    """(date, ambiguous, start, end) for a date starting exactly at ``pos``."""
    for pattern in _DATE_PATTERNS:
        m = pattern.match(s, pos)
        if m is None:
            continue
        year = _int(_group(m, "y"))
        ambiguous = False
        if pattern is _P_DMY_NUM or pattern is _P_DMY_SPACED:
            a, b = _int(_group(m, "a")), _int(_group(m, "b"))
            sep = _group(m, "sep") or "" if pattern is _P_DMY_NUM else "."
            if a is None or b is None:
                continue
            resolved = _resolve_numeric(a, b, sep, day_first)
            if resolved is None:
                continue
            day: int | None = resolved[0]
            month: int | None = resolved[1]
            ambiguous = resolved[2]
        elif pattern is _P_DMY_NAME or pattern is _P_MDY_NAME or pattern is _P_YMD_NAME:
            day = _int(_group(m, "d"))
            dotted = pattern is _P_DMY_NAME and _group(m, "dot") is not None
            month = month_of(_group(m, "mon") or "", dotted)
        else:
            day = _int(_group(m, "d"))
            month = _int(_group(m, "m"))
        if year is None or month is None or day is None or year < 1000:
            continue
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        start: int = m.start()
        end: int = m.end()
        return value, ambiguous, start, end
    return None


def _is_label(word: str) -> bool:
    """Whether a word is a label before a colon: "Source:", "来源：南江日报"."""
    for colon in _COLONS:
        index = word.find(colon)
        if index > 0 and word[index - 1].isalpha():
            return True
    return False


def _tail_ok(rest: str) -> bool:
    """Whether what follows the date on its line is small furniture."""
    if not rest:
        return True
    stripped = rest.strip()
    if not stripped or stripped in (".", "。"):
        return True
    if len(rest) <= _MAX_TAIL_CHARS and _P_UPDATED_TAIL.match(rest):
        return True  # ", mis à jour à 21:00", " Ultima modifica 19 Febbraio 2020 12:02"
    first = rest[0]
    if not (first.isspace() or first in cal.TAIL_SEPARATORS or first in "(（"):
        return False
    gap = rest[: len(rest) - len(rest.lstrip())]
    separated = stripped[0] in cal.TAIL_SEPARATORS
    body = stripped.lstrip(cal.TAIL_SEPARATORS).strip()
    words = body.split()
    if len(words) > _MAX_TAIL_WORDS or len(body) > _MAX_TAIL_CHARS:
        return False
    if separated or "\t" in gap or "\u3000" in gap:
        return True
    if not words:
        return True
    if any(_is_label(word) for word in words[:3]):
        return True
    if body[0] in "(（" and body[-1] in ")）":
        return True
    return nfc_lower(words[0]).rstrip(":：.,") in TAIL_WORDS


def _finish(
    s: str,
    pos: int,
    day_first: bool,
    lead_time: _Time | None,
    weekday: bool,
) -> tuple[dt.date | dt.datetime, str, bool, bool, int, int] | None:
    """Parse the date at ``pos`` and everything after it on the line."""
    found = _date_at(s, pos, day_first)
    if found is None:
        return None
    date, ambiguous, start, end = found
    cur = end
    time = lead_time
    if lead_time is not None:
        start = lead_time.start
    weekday_after = False
    for _ in range(3):
        wd_end = None if weekday_after else _match_weekday(_P_WEEKDAY_AFTER, s, cur)
        if wd_end is not None:
            weekday = weekday_after = True
            cur = wd_end
            continue
        if time is None:
            matched = _match_time_after(s, cur)
            if matched is not None:
                time, cur = matched
                end = cur
                continue
        break
    if not _tail_ok(s[cur:]):
        return None
    if time is None:
        return date, "day", ambiguous, weekday, start, end
    try:
        value = dt.datetime(
            date.year,
            date.month,
            date.day,
            time.hour,
            time.minute,
            time.second or 0,
            time.microsecond,
            tzinfo=time.tz,
        )
    except (ValueError, OverflowError):
        return None
    precision = "minute" if time.second is None else "second"
    return value, precision, ambiguous, weekday, start, end


def _parse(s: str, day_first: bool) -> DateMatch | None:
    pos = 0
    prefix: str | None = None
    weekday = False
    lead_time: _Time | None = None
    for _ in range(_MAX_LEADING_TOKENS + 1):
        done = _finish(s, pos, day_first, lead_time, weekday)
        if done is not None:
            value, precision, ambiguous, has_weekday, start, end = done
            return DateMatch(value, precision, ambiguous, has_weekday, prefix, start, end)
        m = _P_ICON_WORD.match(s, pos) or _P_SYMBOLS.match(s, pos)
        if m is not None and m.end() > pos:
            pos = m.end()
            continue
        if prefix is None and lead_time is None:
            m = _P_PREFIX.match(s, pos)
            if m is not None:
                words = _group(m, "p") or ""
                prefix = PREFIX_KIND.get(nfc_lower(" ".join(words.split())), "published")
                pos = m.end()
                continue
        if not weekday:
            wd_end = _match_weekday(_P_WEEKDAY_BEFORE, s, pos)
            if wd_end is not None:
                weekday = True
                pos = wd_end
                continue
        if lead_time is None:
            m = _P_TIME_BEFORE.match(s, pos)
            if m is not None:
                lead_time = _time_of(m)
                if lead_time is None:
                    return None
                pos = m.end()
                continue
        return None
    return None


def parse_date_line(text: str, *, day_first: bool = True) -> DateMatch | None:
    """The date of a line that is essentially a date, or None.

    ``day_first`` decides "03/04/2023" (both numbers <= 12, separator "/" or
    "-"); the match is then flagged ``ambiguous``.  A number above 12 settles
    the order ("03/25/2023").  Dotted dates ("03.04.2023") are always read
    day-first, so "10.13.2023" is invalid.  Never raises on a ``str``.
    """
    if len(text) > _MAX_RAW_LENGTH:
        return None
    i, j = _trim(text)
    if j - i > MAX_LINE_LENGTH or j - i < 6:
        return None
    s = text[i:j]
    if len(s.splitlines()) != 1:
        return None
    found = _parse(s, day_first)
    if found is None:
        return None
    return attrs.evolve(found, start=found.start + i, end=found.end + i)


def find_dates(text: str, *, day_first: bool = True) -> list[tuple[int, DateMatch]]:
    """Every date line of ``text``: (line index in ``text.splitlines()``, match).

    The match's ``start``/``end`` are offsets into ``text`` itself.
    """
    out: list[tuple[int, DateMatch]] = []
    offset = 0
    for index, line in enumerate(text.splitlines(keepends=True)):
        if len(line) <= _MAX_RAW_LENGTH:
            found = parse_date_line(line, day_first=day_first)
            if found is not None:
                out.append(
                    (index, attrs.evolve(found, start=found.start + offset, end=found.end + offset))
                )
        offset += len(line)
    return out


# ---------------------------------------------------------------- loose lines
# Date lines as pages print them around the strict shapes above.

_WEEKDAY_WORD = patterns.compile(r"\p{Han}{2,3}|[\p{L}']+")
_POSTED_BY = patterns.compile(
    r"(?:posted|published|written|added|submitted|опубликовал[аи]?|добавил[аи]?|geschrieben|"
    r"veröffentlicht|verfasst|erstellt)\s+"
    r"(?:by|от|von)?\s*\S.{0,40}?\s+(?:on|at|в|am|um|,|—|–|-|\|)\s+",
    regex.IGNORECASE,
)
_LABEL_HEAD = patterns.compile(r"[\p{L}][\p{L} ]{0,30}[:：]\s*")
_NUMERIC_DATE = patterns.compile(r"(?<!\d)(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})(?!\d)")
_DIGIT = patterns.compile(r"\d")
_DOT_TIME = patterns.compile(r"(\d{1,2})\.(\d{2})\s*(Uhr|h)\b")
_TODAY_HAN = ("今天是", "今天")
_SHORT_YEAR = patterns.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")


def date_of(text: str) -> DateMatch | None:
    """The date of a date line, also in shapes the date parser leaves to us:
    "17.04.2024 | 15:55", "Posted by Ann on 16 Jan 2024", "First broadcast:
    7 October 2023", "12.11.23, 08:00" (a two-digit year); an ambiguous
    numeric date takes the order its printed weekday confirms."""
    m = _date_of(text)
    if m is not None and m.ambiguous and m.weekday:
        day = _printed_weekday(text)
        if day is not None and _day_of(m.value).weekday() != day:
            other = parse_date_line(text, day_first=False)
            if other is not None and _day_of(other.value).weekday() == day:
                return attrs.evolve(other, ambiguous=False)
    return m


def _printed_weekday(text: str) -> int | None:
    for w in _WEEKDAY_WORD.findall(text[:80].casefold()):
        if w in WEEKDAY_INDEX:
            return WEEKDAY_INDEX[w]
    return None


def _date_of(text: str) -> DateMatch | None:
    if _DIGIT.search(text[:200]) is None:  # every date shape prints a number
        return None
    m = parse_date_line(text)
    if m is not None or len(text) > 160:
        return m
    if "|" in text:
        m = parse_date_line(text.replace("|", " "))
    if m is None:  # "By Ann Lee | March 11, 2024, 9:47 PM": the date is one part of a row
        m = _date_in_parts(text)
    if m is None:
        head = _POSTED_BY.match(text) or _LABEL_HEAD.match(text)
        if head is not None:
            m = parse_date_line(text[head.end() :])
    if m is None and _DOT_TIME.search(text):  # "8. November 2023, 6.00 Uhr"
        m = parse_date_line(_DOT_TIME.sub(r"\1:\2 \3", text))
    if m is None and text.startswith(_TODAY_HAN):  # "今天是2023年11月21日 星期二"
        m = parse_date_line(text[len(_TODAY_HAN[0]) if text.startswith(_TODAY_HAN[0]) else 2 :])
        if m is not None:
            m = attrs.evolve(m, prefix="today")
    if m is None:  # "Sendung: Mittelland am Abend, 14.11.2023, 19:30 Uhr"
        num = _NUMERIC_DATE.search(text[:80])
        if num is not None and num.start() > 0 and len(text[: num.start()].split()) <= 6:
            m = parse_date_line(text[num.start() :])
    if m is None:
        short = _SHORT_YEAR.search(text[:12])
        if short is not None:
            m = parse_date_line(_SHORT_YEAR.sub(r"\1.\2.20\3", text, count=1))
    return m



_ROW_SEPARATOR = patterns.compile(r"\s+[|·•/]\s+|\u3000{2,}|[ \t]{3,}")


def _date_in_parts(text: str) -> DateMatch | None:
    """The date of one part of a row of parts ("By Ann Lee | 11.03.2024"),
    with offsets into the whole text."""
    start = 0
    for sep in [*_ROW_SEPARATOR.finditer(text), None]:
        end = len(text) if sep is None else sep.start()
        part = text[start:end]
        if _DIGIT.search(part):
            m = parse_date_line(part)
            head = _LABEL_HEAD.match(part) if m is None else None
            if head is not None:  # "发布时间：2024年11月19日 10:20"
                m = parse_date_line(part[head.end() :])
                if m is not None:
                    m = attrs.evolve(m, start=m.start + head.end(), end=m.end + head.end())
            if m is not None:
                return attrs.evolve(m, start=m.start + start, end=m.end + start)
        if sep is None:
            break
        start = sep.end()
    return None


def _day_of(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
