"""Per-line features, computed once: which lexicon phrase lists a line
holds a phrase of (found in one pass by one Aho–Corasick automaton over
every list the line rules read, the page's lines lower-cased), and the
marks of shape furniture is made of (digits, a degree sign, separators,
capitals in a row, a bracket, Chinese characters, no words at all).

A rule declares the features it needs; the ruler runs a rule on a line
only when the line has one of them (``rules.line_rule``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import ahocorasick

from . import patterns
from .lexicon import ALL
from .text import Line

# the lexicon's phrase lists that line rules read
LEXICON_FIELDS = (
    "nav", "share", "subscribe", "related", "footer", "cookie", "buttons", "photo", "byline",
    "updated", "ad", "other", "notes", "widgets", "disclaimers", "tag_heads", "section_heads",
    "footer_links", "reader_calls", "comment_heads", "disclaimer_heads",
)
# phrases of rules that are no lexicon field: language-neutral names, and the
# key words of a few rules' own patterns (a rule still checks its pattern)
RULE_PHRASES: Mapping[str, tuple[str, ...]] = {
    "social": ("facebook", "twitter", "telegram", "vkontakte", "вконтакте", "одноклассники",
               "whatsapp", "viber", "linkedin", "email", "e-mail", "instagram", "youtube",
               "微信", "微博", "reddit", "pinterest", "threads", "mastodon", "vk", "ok", "qq",
               "x"),
    "copyright": ("©", "(c)", "copyright", "℗", "all rights reserved", "все права защищены",
                  "alle rechte vorbehalten", "版权所有"),
    "credit": ("провел", "провела", "провёл", "вела", "подготовил", "подготовила",
               "подготовили", "падрыхтаваў", "падрыхтавала", "записал", "записала", "запісаў",
               "запісала", "compiled by", "prepared by", "aufgezeichnet von"),
    "programme": ("every", "each", "daily", "weekdays", "days", "выходит", "läuft"),
    "print": ("опубликовано", "published", "printed", "erschienen", "напечатано", "版",
              "print edition", "печатная версия"),
    "bio": ("editor", "writer", "reporter", "correspondent", "journalist", "columnist",
            "contributor", "photographer", "author", "producer", "presenter", "writes"),
    "offer": ("month", "monat", "месяц", "year", "jahr", "год"),
}
_HEAD = 400  # characters of a line that rules read
_HAN_END = patterns.compile(r"\p{Han}")
_MARKS = (
    ("digit", patterns.compile(r"\d")),
    ("degree", patterns.compile(r"[°℃℉]")),
    ("handle", patterns.compile(r"\(@[\w.]")),
    ("sep", patterns.compile(r"[|/>»›▸·•→⟩]|\s{2,}|\u3000")),
    ("upper", patterns.compile(r"\p{Lu}{2}")),
    ("currency", patterns.compile(r"[€$£₽]")),
)


def _automaton(fields: Mapping[str, Iterable[str]]) -> ahocorasick.Automaton:
    """One automaton over every phrase, each mapped to (its length, whether
    it must stand as whole words, its fields)."""
    by_phrase: dict[str, set[str]] = {}
    for field, phrases in fields.items():
        for phrase in phrases:
            key = phrase.lower()
            if key and (len(key) > 1 or _HAN_END.match(key) or not key.isalnum()):
                by_phrase.setdefault(key, set()).add(field)
    automaton = ahocorasick.Automaton()
    for key, names in by_phrase.items():
        whole = _HAN_END.search(key[-1]) is None and key[-1].isalnum()
        automaton.add_word(key, (len(key), whole, frozenset(names)))
    automaton.make_automaton()
    return automaton


_PHRASES = _automaton({
    **{field: getattr(ALL, field) for field in LEXICON_FIELDS},
    **RULE_PHRASES,
})


def _lower(text: str) -> str:
    """Lower case of the same length, so that offsets stay those of ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def features(line: Line) -> frozenset[str]:
    """The line's features: the phrase lists it holds a phrase of (as whole
    words, but for Chinese phrases and marks), and its shape marks."""
    text = line.text[:_HEAD]
    low = _lower(text)
    found: set[str] = set()
    n = len(low)
    for end, (size, whole, names) in _PHRASES.iter(low):
        if whole:
            start = end - size + 1
            if (start > 0 and low[start - 1].isalnum()) or (end + 1 < n and low[end + 1].isalnum()):
                continue
        found.update(names)
    for name, mark in _MARKS:
        if mark.search(text) is not None:
            found.add(name)
    if line.han:
        found.add("han")
    if line.words == 0:
        found.add("noword")
    if text[:1] in "[［【":
        found.add("bracket")
    return frozenset(found)
