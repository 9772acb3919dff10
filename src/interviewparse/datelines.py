"""Date lines as complete pages print them: the date inside a row of other
things ("VON ANNA MEIER am 21. April 2020", "Radio One - Morning Show -
18.03.2020 13:15 Uhr Host: Ann Lee"), glued to its neighbours by an
extractor that drops the space between two elements ("11:0016.11.2017",
"Reportsnewsdesk7. January 20240"), and a time printed on a line of its own
under the date ("April 5, 2013" / "19:00").

``line_date`` tries the strict date-line parser first (``dates.date_of``),
then the text with glued elements pulled apart, then the line from each
place where a date may begin; the part before the date is short (a byline,
an outlet, a category)."""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from . import patterns
from .dates import DateMatch, date_of, parse_date_line
from .datewords import MONTHS, PREFIX_KIND, WEEKDAYS, known, nfc_lower
from .lexicon import calendar as cal
from .text import Line

_MAX_CHARS = 200
_MAX_BEFORE = 10  # words before the date in a row
_SENTENCE_ENDS = ".!?。！？"
_DIGIT = patterns.compile(r"\d")
# where an extractor glued two elements: a time and a date ("11:0016.11.2017"),
# a word and a day ("desk7. Jan"), a year and a counter ("20220" = 2022, 0)
_GLUED = (
    (patterns.compile(r"(?<=\d:\d\d)(?=\d{1,2}[./]\d{1,2}[./]\d{2,4})"), " "),
    (patterns.compile(r"(?<=\p{Ll})(?=\d{1,2}\.\s)"), " "),
    (patterns.compile(r"(?<=\s(?:19|20)\d\d)(?=\d{1,3}$)"), " "),
)
# places where a date may begin: a number, or a capitalised or lower-case word
_STARTS = patterns.compile(r"(?<![\p{L}\p{N}])(?:\d|\p{L})")
_TIME = patterns.compile(
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?:uhr|h))?", regex.IGNORECASE
)


def line_date(text: str) -> DateMatch | None:
    """The date a short line gives, wherever it stands in the line. (Every
    date the parser reads holds a digit: a day or a year; a line without
    one is refused at once.)"""
    if _DIGIT.search(text) is None:
        return None
    m = date_of(text)
    if m is not None or len(text) > _MAX_CHARS or _DIGIT.search(text) is None:
        return m
    if text.rstrip()[-1:] in _SENTENCE_ENDS:
        return None  # "We met on 3 May." is a sentence of the text, not a date line
    unglued = text
    for pattern, glue in _GLUED:
        unglued = pattern.sub(glue, unglued)
    words = 0
    for start in _STARTS.finditer(unglued):
        at = start.start()
        if at and unglued[at - 1].isspace():
            words += 1
        if words > _MAX_BEFORE:
            break
        if at and not unglued[at].isdigit() and not unglued[at].isupper():
            continue  # (a month or a weekday is capitalised, or a number begins the date)
        if at and unglued[at - 1].isalnum():
            continue
        if _DIGIT.search(unglued, at) is None:
            break  # every date shape prints a number: none is left
        if not _opens_date(unglued, at):
            continue
        m = _longest_date(unglued[at:])
        if m is not None:
            return m
    return None


# the first words a date may open with, in scripts with letter case: a month,
# a weekday, a prefix ("Published", "Updated", "Сегодня"), an icon's alt text
_OPENING_WORDS = frozenset(
    word.split()[0].strip(".:")  # (the tables' keys are lower case already)
    for word in (*MONTHS, *WEEKDAYS, *PREFIX_KIND, *map(nfc_lower, cal.ICON_WORDS))
    if word.split()
)
_WORD = patterns.compile(r"\p{L}[\p{L}\p{M}]*+")


def _opens_date(text: str, at: int) -> bool:
    """A date may begin at ``at``: a number, a symbol, a script without
    letter case, or a word a date opens with (every other word there makes
    every cut of the line fail, so it is not tried)."""
    first = text[at]
    if not (first.isupper() or first.islower()):
        return True
    m = _WORD.match(text, at)
    if m is None:
        return True
    return known(_OPENING_WORDS, m.group())


_SPACE = patterns.compile(r"\s+")
_MAX_TAIL_CUTS = 6


def _longest_date(text: str) -> DateMatch | None:
    """The date at the start of ``text``, with as much of what follows as
    still reads as part of it (a time, a zone), the rest cut off."""
    ends = [m.start() for m in _SPACE.finditer(text)][::-1][:_MAX_TAIL_CUTS]
    for end in (len(text), *ends):
        m = parse_date_line(text[:end])
        if m is not None:
            return m
    return None


def bare_time(line: Line) -> dt.time | None:
    """A line that holds a clock time and nothing else: "19:00", "15.40 Uhr"."""
    m = _TIME.fullmatch(line.text)
    if m is None:
        return None
    return dt.time(int(m.group("h")), int(m.group("m")))


def with_time(m: DateMatch, time: dt.time) -> DateMatch:
    """A day-precision date with the time printed on the next line."""
    if m.precision != "day" or isinstance(m.value, dt.datetime):
        return m
    return attrs.evolve(m, value=dt.datetime.combine(m.value, time), precision="minute")
