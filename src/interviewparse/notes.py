"""Notes about the piece, and the other short paragraphs that close an
interview without being part of it: "* Name changed", "This interview was
first published in ...", an editor's practical note (a phone number,
opening hours, "open from April to October"), a closing thank-you. Also
whether a text names an interview at all."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from . import patterns
from .datewords import WEEKDAYS, known, month_of
from .lexicon import ALL, Lexicon
from .phrases import ABOUT_PIECE, alt
from .questions import evidence
from .text import Line
from .units import Unit


def _alt(words: Sequence[str]) -> str:
    """The words lower-cased as one alternation, to match lower-cased text
    (case-blind matching of a long alternation is many times slower)."""
    return alt(w.lower() for w in words)


# a note about the piece: "* Name changed", "(*) ...", "Source: ...", "This
# interview was first published ...", "Dieser Artikel ist eine Übersetzung"
_FOOTNOTE = patterns.compile(r"[*†]+\s*\S|\(\*\)")
_THANKS = patterns.compile(rf"(?:{_alt(ALL.thanks)})(?![\p{{L}}])", regex.IGNORECASE)
# the phrases that name an interview, lower-cased
INTERVIEW_NOUNS = tuple(sorted({w.lower() for w in ALL.interview_nouns}))
_NOTE_WORDS = 40  # a note about the piece is short
_NOUN_CHARS = 300  # of a lead line, where an interview is named


def names_interview(text: str) -> bool:
    """The text names an interview ("interview", "Gespräch", "интервью")."""
    low = text[:_NOUN_CHARS].lower()
    return any(noun in low for noun in INTERVIEW_NOUNS)


def is_closing_thanks(line: Line) -> bool:
    """An interviewer's closing thank-you: "Thank you for the interview,
    Mr President.", "Danke, Vreni, für das Interview." (short, no "?")."""
    return (
        not line.question
        and line.size <= 30
        and _THANKS.match(line.text) is not None
        and names_interview(line.text)
    )


def note(u: Unit, lex: Lexicon) -> bool:
    """A short paragraph about the interview itself, or an editor's
    practical note, not part of the interview."""
    if u.note or info_note(u, lex):
        return True
    return about_piece(u)


def about_piece(u: Unit) -> bool:
    """A short paragraph about the piece itself: "This interview was first
    published in ...", "* Name changed"."""
    if u.cue is not None or u.source.size > _NOTE_WORDS:
        return False
    text = u.source.text
    return bool(_FOOTNOTE.match(text) or ABOUT_PIECE.search(text[:300].lower()))


_INFO = patterns.compile(rf"(?<![\p{{L}}])(?:{_alt(ALL.info_words)})(?![\p{{L}}])")


# a phone number, or hours: "von 8 bis 12 Uhr", "9:00-17:00", "с 8 до 20"
_PRACTICAL = patterns.compile(
    r"(?<!\d)\+?\d[\d ()\-]{6,}\d(?!\d)"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:–|-|bis|to|до|да)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm|час)"
    r"|(?:von|с|з|від|from)\s+\d{1,2}(?:[:.]\d{2})?\s+(?:bis|до|да|to|till|until)\s+\d{1,2}"
    # an event's hour: "from 2 pm", "ab 14 Uhr", "в 18:00"
    r"|(?<![\p{L}])(?:from|at|ab|um|с|з|в|о|у)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|uhr|h)?"
    r"(?![\p{L}\d])(?<=(?:am|pm|uhr|h|\d[:.]\d\d))",
    regex.IGNORECASE,
)


def season_note(u: Unit, lex: Lexicon) -> bool:
    """The page's last paragraph tells when a place is open, in the
    editor's voice: "The lighthouse is open at weekends from April to
    October.", "El alfar abre de lunes a sábado." (only there: an answer
    may name two months), not spoken as "I"."""
    if u.cue is not None or u.body.size > _NOTE_WORDS or not _calendar_range(u.body.text):
        return False
    return not evidence(u.body, lex).first_singular


_CAL_WORD = patterns.compile(r"\p{L}{3,}")
_RANGE_WORDS = 6  # words between the two ends of "from April to October", at most


def _calendar_range(text: str) -> bool:
    """Two month or weekday names a few words apart: a season or a week of
    opening ("from April to October", "du 21 juin au 20 septembre", "de
    lunes a sábado"); month names of three letters only when capitalised
    (not the English "may")."""
    at = [
        k for k, m in enumerate(_CAL_WORD.finditer(text[:400]))
        if (len(w := m.group()) >= 4 or w[0].isupper())
        and (month_of(w, False) is not None or known(WEEKDAYS, w))
    ]
    return any(b - a <= _RANGE_WORDS for a, b in itertools.pairwise(at))


_CONTACT_ADDRESS = patterns.compile(r"[\w.+\-]+@[\w\-]+\.[\w.\-]+|\bwww\.|https?://")


def info_note(u: Unit, lex: Lexicon) -> bool:
    """A closing paragraph in the editor's voice: practical details
    ("Admission is included in the ticket.", a phone number, opening hours)
    and no "I", "we" or "you"."""
    text = u.body.text[:600]
    if u.cue is not None or u.body.size > 60:
        return False
    info = set(_INFO.findall(text.lower()))
    practical = u.body.size <= 30 and _PRACTICAL.search(text) is not None
    if not (info or practical):
        return False
    ev = evidence(u.body, lex)
    if ev.first_singular:
        return False
    # "you" is the reader, and "our" the organisation's, when the paragraph
    # is plainly practical: "If you need food, call our helpline on 0300 ...
    # (Monday to Friday, 9am to 4pm)." (two practical things or more)
    signals = len(info) + practical + (_CONTACT_ADDRESS.search(text) is not None)
    return signals >= 2 or not (ev.second_person or ev.first_plural)
