"""The words of date lines, as lookups: months, weekdays, prefixes, zones.

Built once at import from the hand tables (``lexicon/calendar.py``), the
tables generated from CLDR (``lexicon/cldr_calendar.py``) and the lexicons'
"updated" words. Keys are lower-case (NFC); every form is also kept with
its dot dropped ("mar." -> "mar") and without its diacritics ("février" ->
"fevrier"), so upper-case Greek ("ΜΑΡΤΙΟΥ") and pages typed without
accents are read too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from .lexicon import ALL
from .lexicon import calendar as cal
from .lexicon import cldr_calendar as cldr


def nfc_lower(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


# letters that carry their mark without a combining character
_BARE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "đ": "d"})


def _plain(word: str) -> str:
    """A lower-case word without its diacritics: "février" -> "fevrier",
    "mayıs" -> "mayis", upper-case Greek's lost accents ("ΜΑΡΤΙΟΥ")."""
    decomposed = unicodedata.normalize("NFD", word.translate(_BARE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _keys(word: str) -> tuple[str, str]:
    key = nfc_lower(word)
    return key, key.rstrip(".")


def _month_table() -> dict[str, int]:
    """Every printed form -> month: the hand tables first, then CLDR's
    languages in their order (a clash goes to the earlier one), then the
    forms without diacritics."""
    out: dict[str, int] = {}
    for table in [*cal.MONTHS.values(), *cldr.MONTHS.values()]:
        for word, number in table.items():
            for key in _keys(word):
                out.setdefault(key, number)
    for key, number in list(out.items()):
        out.setdefault(_plain(key), number)
    return out


def _cldr_weekdays() -> dict[str, int]:
    """CLDR's weekday forms -> weekday (Monday = 0); a form two languages
    give different days maps to -1."""
    out: dict[str, int] = {}
    for table in cldr.WEEKDAYS.values():
        for word, number in table.items():
            for key in _keys(word):
                if key.rstrip(".") not in cal.WEEKDAY_NOT_WORDS:
                    out[key] = number if out.get(key, number) == number else -1
    return out


def _weekday_index() -> dict[str, int]:
    """Printed weekday -> weekday, to settle an ambiguous numeric date: the
    hand rows, then CLDR's forms that mean one day only."""
    out = dict(cal.WEEKDAY_INDEX)
    for key, number in CLDR_WEEKDAYS.items():
        if number >= 0:
            out.setdefault(key, number)
    for key, number in list(out.items()):
        out.setdefault(_plain(key), number)
    return out


def _word_set(groups: Iterable[Iterable[str]]) -> frozenset[str]:
    out: set[str] = set()
    for group in groups:
        for word in group:
            out.update(_keys(word))
    return frozenset(out | {_plain(w) for w in out})


MONTHS: dict[str, int] = _month_table()
CLDR_WEEKDAYS: dict[str, int] = _cldr_weekdays()
WEEKDAYS: frozenset[str] = _word_set([*cal.WEEKDAYS.values(), CLDR_WEEKDAYS])
WEEKDAY_INDEX: dict[str, int] = _weekday_index()
DOTTED_DAY_MONTHS: dict[str, int] = {
    key: number for word, number in cal.DOTTED_DAY_MONTHS.items() for key in _keys(word)
}
UPDATED_PREFIXES = frozenset(cal.UPDATED_PREFIXES) | frozenset(ALL.updated)
PREFIX_KIND: dict[str, str] = {
    **{nfc_lower(w): "published" for w in cal.PUBLISHED_PREFIXES},
    **{nfc_lower(w): "updated" for w in UPDATED_PREFIXES},
    **{nfc_lower(w): "today" for w in cal.TODAY_PREFIXES},
}
AM: frozenset[str] = frozenset(f.replace(".", "").replace(" ", "") for f in cal.AM_FORMS)
PM: frozenset[str] = frozenset(f.replace(".", "").replace(" ", "") for f in cal.PM_FORMS)
ZONES: dict[str, int | None] = {nfc_lower(k): v for k, v in cal.TIME_ZONES.items()}
TAIL_WORDS: frozenset[str] = _word_set([cal.TAIL_WORDS])


def known(words: frozenset[str], word: str) -> bool:
    key = nfc_lower(word)
    return key in words or _plain(key) in words


def month_of(word: str, dotted_day: bool) -> int | None:
    key = nfc_lower(word)
    if dotted_day and key in DOTTED_DAY_MONTHS:
        return DOTTED_DAY_MONTHS[key]
    found = MONTHS.get(key)
    return found if found is not None else MONTHS.get(_plain(key))
