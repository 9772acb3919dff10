"""Metadata beyond the title and timestamp: the dateline, captions, byline,
and who asks and who answers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import regex

from . import patterns
from .dates import DateMatch, parse_date_line
from .lexicon import ALL
from .model import BoilerplateLine, Dateline, Exchange, Paragraph

_DATELINE = patterns.compile(
    r"(?P<place>\p{Lu}[\p{Lu}\-' ]{1,40}?(?:,\s*\p{Lu}[\p{Lu}\-' ]{1,30}?)?)\s*(?:,\s*"
    r"(?P<date>[\p{L}\d .]{1,24}?))?\s*"
    r"(?:\((?P<agency>[^()\n]{1,30})\))?\s*(?P<dash>[–—-])\s+"
)
_BYLINE_HEAD = patterns.compile(
    r"(?:" + "|".join(re.escape(w) for w in sorted(ALL.byline, key=lambda w: (-len(w), w)))
    + r")\s*[:：]?\s*",
    regex.IGNORECASE,
)
_INTERVIEWER_BYLINE = patterns.compile(
    r"(?:interview(?:ed)? by|беседовал|беседовала|записал|записала|das gespräch führte|"
    r"das interview führte|гутарыў|гутарыла|entrevista de|entrevista realizada por|"
    r"propos recueillis par|entretien réalisé par|interview réalisée par|intervista di|"
    r"rozmawiał|rozmawiała|rozmawiali|wywiad przeprowadził)",
    regex.IGNORECASE,
)
_NAME = patterns.compile(r"\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,3}")
_TITLE_HEAD = patterns.compile(r"(?P<head>[^:：«“\"„]{3,80}?)\s*[:：]\s*[«“\"„]")
_CAPS_PLACE = patterns.compile(r"[\p{Lu}\-' ,]+")
_CYRILLIC = patterns.compile(r"\p{Cyrillic}")
_YEAR = patterns.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# Russian, Ukrainian and Belarusian patronymics: -ович, -евич, -ич, -овна, -евна, -ична,
# -івна, -ївна, -авіч, -аўна ...
_PATRONYMIC = patterns.compile(r"(?:вич|віч|ич|іч|вна|ична|ічна|івна|ївна|ўна)$")


def dateline(first: Paragraph | None) -> Dateline | None:
    """"MINSK, 7 May (BelTA) – ..." opening the first paragraph."""
    if first is None:
        return None
    m = _DATELINE.match(first.text[:120])
    if not m or not (m.group("agency") or m.group("date")):
        return None
    place = m.group("place").strip()
    if not _CAPS_PLACE.fullmatch(place) or len(place.replace(" ", "")) < 2:
        return None
    date_text = (m.group("date") or "").strip() or None
    end = m.start("dash") + 1
    return Dateline(
        text=first.text[:end],
        place=place,
        date_text=date_text,
        agency=(m.group("agency") or "").strip() or None,
        line=first.line,
        span=(first.span[0], first.span[0] + end),
    )


def dateline_date(line: Dateline | None, banner: dt.date | None) -> DateMatch | None:
    """The day of a dateline without a year ("KYIV, 4 March (Ukrinform) -"),
    in the year of the page's date banner (the year before, if the day
    would fall after the banner): a page's only publication date may be
    there."""
    if line is None or line.date_text is None or banner is None:
        return None
    if _YEAR.search(line.date_text):
        return parse_date_line(line.date_text)
    for year in (banner.year, banner.year - 1):
        m = parse_date_line(f"{line.date_text} {year}")
        if m is None:
            return None
        day = m.value.date() if isinstance(m.value, dt.datetime) else m.value
        if day <= banner:
            return m
    return None


def byline(lines: Sequence[BoilerplateLine]) -> tuple[str | None, bool]:
    """The byline's name, and whether it names the interviewer."""
    for b in lines:
        if b.kind == "byline":
            m = _BYLINE_HEAD.match(b.text)
            name = b.text[m.end() :].strip() if m else b.text
            return name or b.text, bool(_INTERVIEWER_BYLINE.match(b.text))
    return None, False


def people(
    exchanges: Sequence[Exchange], title: str | None, by: str | None, by_asks: bool
) -> tuple[str | None, str | None]:
    """(interviewer, interviewee): from the speaker labels when they name
    people, else from an "Interview by" byline and a "Name: «quote»" title."""
    interviewer = interviewee = None
    for ex in exchanges:
        q, a = ex.question, ex.answer
        if interviewer is None and q.speaker and q.label and q.label.kind == "speaker":
            interviewer = q.speaker
        if interviewee is None and a.speaker and a.label and a.label.kind == "speaker":
            interviewee = a.speaker
    if interviewer is None and by and by_asks:
        interviewer = by
    if interviewee is None and title:
        m = _TITLE_HEAD.match(title)
        if m:
            names = _NAME.findall(m.group("head"))
            if names:
                interviewee = _without_title_word(names[-1])
    return interviewer, interviewee


def _without_title_word(name: str) -> str:
    """A headline capitalises a job title in front of a name ("Садовник
    Павел Зуев", "Агроном Ганна Мікалаеўна Лось"). Cyrillic names are a
    first name and a surname, with a patronymic between them when there is
    one; other names keep at most three words."""
    words = name.split()
    if _CYRILLIC.match(name):
        for i in range(1, len(words) - 1):
            if _PATRONYMIC.search(words[i]):
                return " ".join(words[i - 1 : i + 2])
        return " ".join(words[-2:])
    return " ".join(words[-3:])
