"""What opens a turn on a line: a dialogue dash, a Q/A label or a speaker
label. Pure functions of one line's text; the page-level decisions (is this
label shape really a speaker here?) are made in ``turns``.

Every pattern runs on at most the first ``_HEAD`` characters of a line, so a
megabyte line costs no more than a short one.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from . import patterns
from .lexicon import ALL

_HEAD = 120

# a dash, then a space; or a long dash glued to the word, a quotation mark
# or a Spanish opening mark ("—¿Cuándo empezó?", "—¡Claro!")
_DASH = patterns.compile(r"(?:[—―]|–|--?)(?=\s)\s*|[—―](?=[\p{L}«\"„“¿¡])")

_QA_WORDS = sorted(set(ALL.question_labels) | set(ALL.answer_labels), key=lambda w: (-len(w), w))
_SINGLE = {w for w in _QA_WORDS if len(w) == 1}
# A Q/A label: the word, then ":" (full-width too) or "." (Latin single letters).
_QA = patterns.compile(
    r"(?P<label>(?P<word>" + "|".join(re.escape(w) for w in _QA_WORDS) + r")"
    r"(?:\s?\d{1,3}(?![\d.]))?)"  # "Q1:", "Question 2:"
    r"\s*(?P<punct>[:：]|\.(?=\s))\s*",
    regex.IGNORECASE,
)

# the spaces a line may set between words and before a label's colon: no-break
# ones too (French typography sets one before ":")
_SPACES = " \t\u00a0\u202f"
SPACE = f"[{_SPACES}]"
_PARTICLE = (
    r"(?:von|van|der|den|de|da|di|do|du|la|le|bin|ibn|al|el|ben|zu|dos|das|del"
    r"|della|delle|dei|degli|des)"
)
_TOKEN = r"(?:\p{Lu}\.[ \t]?){0,3}\p{Lu}[\p{L}\p{M}'’\-]*\.?"
_HAN_NAME = r"\p{Han}{2,5}"
_QUOTED = r"[\"«„“][^\"«»„“”\n]{1,40}[\"»“”]"
_ROLE = "|".join(re.escape(w) for w in sorted(
    (w for w in ALL.interviewer_roles if w.isalpha() and len(w) > 2), key=lambda w: (-len(w), w)))
# one word of a label: a capitalised word or initials, a quoted outlet name,
# or a role word in any case ("BelTA correspondent", "Корреспондент «СБ»")
_UNIT = rf"(?:{_QUOTED}|{_TOKEN}|(?i:{_ROLE})(?![\p{{L}}]))"
_SPEAKER = patterns.compile(
    r"(?P<label>"
    rf"(?:{_HAN_NAME}|{_UNIT}(?:[{_SPACES}\-]+(?:{_PARTICLE}{SPACE}+)?{_UNIT}){{0,3}})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    rf"){SPACE}*(?P<punct>[:：])\s*"
)
# the same label shapes standing alone without a colon ("Petra Noll",
# "INTERVIEWER"): a speaker only where the page repeats them (roles.py)
_BARE = patterns.compile(
    rf"(?:{_HAN_NAME}|{_UNIT}(?:[ \t\-]+(?:{_PARTICLE}[ \t]+)?{_UNIT}){{0,3}})"
)
_PAREN = patterns.compile(r"\s*\([^()]*\)\s*$")
_ADDRESS_ONLY = patterns.compile(r"[\w.+\-]+@[\w\-]+\.[\w.\-]+|(?:https?://|www\.)\S+")
# a word framed by dashes: a page number "- 3 -" or a slot's marker "-- Ad --"
_PAGE_NUMBER = patterns.compile(
    r"(?:--?|[–—])\s*(?:\d{1,4}|\p{L}+(?:\s\p{L}+){0,2})\s*(?:--?|[–—])"
)
_INLINE_HANDLE = patterns.compile(
    r"(?P<label>@?(?=[\w.\-]{0,30}[_\d])(?=[\w.\-]{0,30}\p{L})[\w][\w.\-]{1,30})(?P<punct>[:：])\s+"
)
_HANDLE = patterns.compile(r"(?P<label>@?[\w][\w.\-]{1,30})(?P<punct>[:：])")

# Words that take a colon at a line's start without naming a speaker.
_NOT_SPEAKERS = frozenset(
    w.casefold()
    for w in (
        *ALL.related, *ALL.share, *ALL.subscribe, *ALL.photo, *ALL.updated, *ALL.byline,
        *ALL.nav, *ALL.ad, *ALL.other, *ALL.question_labels, *ALL.answer_labels,
        "note", "notes", "nb", "p.s", "ps", "source", "sources", "tags", "tag", "editor",
        "example", "for example", "attention", "important", "warning", "update", "published",
        "posted", "date", "time", "place", "venue", "address", "phone", "email", "e-mail",
        "website", "price", "prices", "result", "results", "total", "summary", "conclusion",
        "background", "reference", "context", "quote", "answer", "question", "q", "a",
        "примечание", "справка", "источник", "цитата", "итог", "итоги", "важно", "кстати",
        "внимание", "адрес", "телефон", "hinweis", "quelle", "achtung", "info", "fazit",
        "приёмная", "приемная", "приймальня", "факс", "тел", "тел.", "tel", "tel.", "fax",
        "hotline", "адреса", "телефон довіри", "öffnungszeiten", "редакція", "editorial",
        "newsroom", "contact", "контакты", "контакти",
        "来源", "注", "备注", "提示",
    )
) - (frozenset(ALL.interviewer_roles) - set(ALL.question_labels) - set(ALL.answer_labels))


@attrs.frozen
class Cue:
    kind: str  # "dash" | "qa" | "speaker"
    label: str  # as printed without the colon: "Q", "V.Makei", "—"
    side: str | None  # "question" / "answer" when the label itself says so
    end: int  # offset in the line's text where the turn's own text starts
    label_end: int  # offset where the printed label (with its colon) ends
    own_line: bool  # the line holds only the label


def _side_of_qa(word: str) -> str:
    w = word.casefold()
    return "question" if w in ALL.question_labels else "answer"


@functools.cache
def detect(text: str) -> Cue | None:
    """The cue that opens ``text`` (a stripped line), if any. Stages ask
    about the same line several times, and pages repeat lines: cached for
    the page (``assemble.parse`` clears the cache before and after)."""
    head = text[:_HEAD]
    m = _DASH.match(head)
    if m:
        if m.end() >= len(text) or _PAGE_NUMBER.fullmatch(text):
            return None
        dash = head[: m.end()].rstrip()
        return Cue("dash", dash, None, m.end(), len(dash), False)
    if head.startswith(("**", "__")):
        bold = _emphasised(head, len(text))
        if bold is not None:
            return bold
    speaker = _speaker(head, len(text))
    if speaker is not None:
        return speaker
    m = _QA.match(head)
    if m:
        word = m.group("word")
        if word.casefold() in _SINGLE and not _single_ok(word, m.group("punct")):
            return None
        label_end = m.end("punct")
        own = m.end() >= len(text)
        return Cue("qa", m.group("label"), _side_of_qa(word), m.end(), label_end, own)
    m = _HANDLE.fullmatch(text)
    if m and m.group("label").casefold() not in _NOT_SPEAKERS:
        # a user name alone on its line: "rusty_hinge:", "user2024:"
        return Cue("speaker", m.group("label"), None, len(text), m.end("punct"), True)
    m = _INLINE_HANDLE.match(head)
    if m and m.end() < len(text):
        # a chat name before its message: "dave_on_fiddle: Can I ...", "Marnie_T: ..."
        return Cue("speaker", m.group("label"), None, m.end(), m.end("punct"), False)
    return None


# Markdown emphasis left around a label by the extractor: "**Q:** ...",
# "**Anna Lee**: ...", "__A:__ ..."
_EMPHASIS = patterns.compile(
    r"(?P<mark>\*\*|__)(?P<label>[^*_:：\n]{1,40}?)\s*(?P<colon>[:：])?\s*(?P=mark)"
    r"\s*(?P<colon2>[:：])?\s*"
)


def _emphasised(head: str, full: int) -> Cue | None:
    """A Q/A or speaker label in Markdown emphasis: the label is read
    without the marks, and the marks are part of what the label spans."""
    m = _EMPHASIS.match(head)
    if m is None or not (m.group("colon") or m.group("colon2")):
        return None
    inner = detect(m.group("label").strip() + ": x")
    if inner is None or inner.kind not in ("qa", "speaker"):
        return None
    end = m.end()
    label_end = len(head[:end].rstrip())
    colon = m.start("colon") if m.group("colon") else m.start("colon2")
    # the label as printed up to its colon: "**Q" of "**Q:**", "**Anna Lee**"
    return Cue(inner.kind, head[:colon].rstrip(), inner.side, end, label_end, end >= full)


def _single_ok(word: str, punct: str) -> bool:
    """"Q:" / "A." count; a lower-case "a:" or a Cyrillic "В." does not."""
    if word.lower() == word.upper():  # uncased: "问"
        return True
    if not word.isupper():
        return False
    return not (punct == "." and not word.isascii())


def _speaker(head: str, full: int) -> Cue | None:
    m = _SPEAKER.match(head)
    if not m:
        return None
    label = m.group("label").strip()
    key = _PAREN.sub("", label).strip().casefold()
    initials = label.isalpha() and label.isupper() and 2 <= len(label) <= 3  # "AD:", "NH:"
    if not initials and (key in _NOT_SPEAKERS or key.rstrip(".") in _NOT_SPEAKERS):
        return None
    own = m.end() >= full
    if not own and _ADDRESS_ONLY.fullmatch(head[m.end() :].strip()):
        return None  # "Редакция: info@example.org": a contact line, not a turn
    return Cue("speaker", label, None, m.end(), m.end("punct"), own)


def bare_label(text: str) -> Cue | None:
    """A speaker label printed alone on its line without a colon ("Petra
    Noll", "INTERVIEWER"), by its shape only: whether the page uses such
    lines as labels is decided in ``roles`` (they must repeat and take
    turns)."""
    if len(text) > 60 or _BARE.fullmatch(text) is None:
        return None
    key = text.casefold().rstrip(".")
    if key in _NOT_SPEAKERS:
        return None
    return Cue("speaker", text, None, len(text), len(text), True)
