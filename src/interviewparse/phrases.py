"""Phrase patterns shared by the stages: alternations of lexicon phrases as
whole words, a search behind a cheap exact pre-check, and a few shapes of
words and list items."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from . import patterns
from .lexicon import ALL


def alt(words: Iterable[str]) -> str:
    """The words as one alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def bounded(words: Sequence[str]) -> str:
    """An alternation of whole words: a word must not run on into another,
    except a Chinese phrase, which has no spaces to end it ("更多新闻")."""
    han = [w for w in words if regex.search(r"\p{Han}$", w)]
    other = [w for w in words if w not in han]
    parts = [rf"(?:{alt(other)})(?![\p{{L}}\p{{N}}])"] if other else []
    if han:
        parts.append(rf"(?:{alt(han)})")
    return "|".join(parts) or "(?!)"


def starts(words: Sequence[str]) -> regex.Pattern[str]:
    """A line that starts with one of ``words`` as whole words."""
    return patterns.compile(rf"(?:{bounded(words)})", regex.IGNORECASE)


def whole(words: Sequence[str]) -> regex.Pattern[str]:
    return patterns.compile(rf"(?:{alt(words)})[\s.!:：]*", regex.IGNORECASE)


class Keyed:
    """``pattern.search`` behind an exact pre-check. Every match of the
    pattern holds one of ``keys`` (for a phrase list, the longest word of
    some phrase), so a text whose casefolded form contains none of them is
    refused without running the pattern. This buys about 4x on the long
    case-insensitive alternations below, which the engine otherwise tries at
    every position of every line."""

    __slots__ = ("keys", "pattern")

    def __init__(self, pattern: regex.Pattern[str], keys: Sequence[str]) -> None:
        self.pattern = pattern
        self.keys = tuple(sorted({k.casefold() for k in keys}))

    def search(self, text: str) -> regex.Match[str] | None:
        low = text.casefold()
        for key in self.keys:
            if key in low:
                return self.pattern.search(text)
        return None


PHRASE_WORD = patterns.compile(r"[\p{L}\p{N}]+")


def longest_words(phrases: Sequence[str]) -> list[str]:
    """The key of each phrase for ``Keyed``: its longest word."""
    return [max(PHRASE_WORD.findall(p) or [p], key=len) for p in phrases]


LETTER_WORD = patterns.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
LIST_ITEM = patterns.compile(r"(?:\d{1,2}[.)]|\(\d{1,2}\)|[•·*▪●]|\([a-z]\)|[a-z]\))\s", regex.I)

# a sentence that is a request, first or later: "... in the post. Tell us about ..."
REQUEST_SENTENCE = patterns.compile(
    rf"(?:^|[.!…。！]\s+)(?:{alt(ALL.imperatives)})(?![\p{{L}}])", regex.IGNORECASE
)

# a phrase that speaks of the piece itself ("this interview", "first published"),
# to match lower-cased text
ABOUT_PIECE = patterns.compile(
    rf"(?<![\p{{L}}])(?:{alt(w.lower() for w in ALL.about_piece)})(?![\p{{L}}])"
)


def spaced_alt(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first; a space matches any run
    of white space (pages print "First\u00a0of all")."""
    return "|".join(re.escape(w).replace("\\ ", r"\s+")
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a prefix tree ("first(?:ly|\\s+of\\s+all)?"):
    the standard library's ``re`` tries it at every position far faster than
    a flat alternation. A space matches any run of white space."""
    root: dict[str, dict[str, Any]] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def cores(words: Iterable[str]) -> list[str]:
    """The fewest substrings that every one of ``words`` (lower-cased)
    contains one of: "second" for "secondly" and "in the second place"."""
    tokens = sorted({max(w.lower().split(), key=len) for w in words}, key=lambda w: (len(w), w))
    cores: list[str] = []
    for t in tokens:
        if not any(c in t for c in cores):
            cores.append(t)
    return cores


_HAN_FIRST = regex.compile(r"\p{Han}")


def is_han(word: str) -> bool:
    """The word opens with a Han character ("第一", "两个方面")."""
    return _HAN_FIRST.match(word) is not None
