"""Enumeration markers and where they may stand (the rules, with examples:
docs/enumerations.md).

A :class:`MarkerTable` is built from ordinal words (``lexicon`` data, or
literal tables in tests) and compiles one pattern per family. ``opening``
finds the marker that opens a paragraph (``enumerations.find_marker``, which
line roles and turns also use); ``scan`` finds every marker of a paragraph,
the opening one and those inside it; ``markers`` does so for a lead or an
answer. Inside a paragraph, a word of a regular series ("firstly",
"erstens", "во-первых") is a marker wherever it stands; any other ordinal
needs a marker's place before it (``_left``: a sentence start, a colon, a
comma, "and" ...) and a comma or dash after it (``_right``), or the shapes
"Second." / "First is ...", "the first was ...", "This is the first thing.";
"1)", "(a)" need a marker's place; Chinese markers follow punctuation. An
ordinal in ordinary use ("the first time", "zum ersten Mal", "secondo me")
has none of these shapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from . import patterns
from .lexicon import ALL
from .phrases import cores, is_han, spaced_alt, trie

#: words that may join a marker to what precedes it: "and secondly", "und b)"
JOINERS = frozenset({"and", "und", "а", "и", "і", "та", "but", "aber", "но", "але", "y", "e",
                     "et", "i", "oraz"})
#: a copula after a bare ordinal: "First is how ...", "the first was Syria"
COPULAS = frozenset({"is", "was", "are", "were", "ist", "war", "sind", "es", "est", "è", "é",
                     "jest"})

_STOPS = ".!?…。！？"
_CLOSERS = "\"'”“»«’‘)]》」』"
_OPENERS = "\"'„“«‚‘(["
_CLAUSE = ":;：；—–"
_COMMAS = ",，、"
_HAN_PUNCT = "，,、：:。；;！？!? \u3000（(「“"
_HAN_AFTER = "，,、：:。 是\u3000"
_HAN_NEEDS_PUNCT = patterns.compile(r"第[一二三四五六七八九十]+")
_SENTENCE_END = patterns.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s|$)|[。！？]+")
_NEXT_WORDS = patterns.compile(r"\s+([\w'’-]+)(?:\s+([\w'’-]+))?")
_DASH_AFTER = patterns.compile(r"\s*[—–]\s|\s+-\s")


def _key(printed: str) -> str:
    return " ".join(printed.casefold().split())


@attrs.frozen
class Marker:
    index: int  # paragraph index in its container
    family: str  # "word" | "nth" | "number" | "letter" | "phrase" ("the first thing")
    ordinal: int  # 0 for a closing word ("Finally")
    text: str  # as printed, without its comma
    start: int = 0  # offset of the marker in its paragraph's text
    opening: bool = True  # found by the paragraph-opening rule
    # the marker closes its sentence after the point it names ("That is my
    # first point."): it restates a marker of that number just before it
    closes: bool = False


def series_words(ordinals: Mapping[str, int], comma_only: Iterable[str] = ()) -> frozenset[str]:
    """One-word ordinals of a regular series ("firstly" / "secondly",
    "erstens" / "zweitens"): markers wherever they stand."""
    skip = set(comma_only)
    single = {w: n for w, n in ordinals.items() if " " not in w and w not in skip
              and not is_han(w)}
    return frozenset(
        w for w, n in single.items()
        if any(abs(m - n) == 1 and (w[:2] == v[:2] or w[-2:] == v[-2:]) for v, m in single.items())
    )


_OPENING_KEY = 64  # characters of a paragraph that decide its opening marker
_OPENINGS = 4096


class MarkerTable:
    """Ordinal words and their compiled patterns."""

    def __init__(
        self,
        ordinals: Mapping[str, int],
        the_nth: Mapping[str, int] | None = None,
        finals: Iterable[str] = (),
        comma_ordinals: Iterable[str] = (),
        possessives: Iterable[str] = (),
        count_nouns: Iterable[str] = (),
    ) -> None:
        fold = str.casefold
        finals = tuple(finals)
        self.ordinals = {fold(k): v for k, v in ordinals.items()}
        self.the_nth = {fold(k): v for k, v in (the_nth or {}).items()}
        self.finals = frozenset(fold(w) for w in finals)
        self.comma_only = frozenset(fold(w) for w in comma_ordinals)
        self.possessives = frozenset(fold(w) for w in possessives)
        self.stems = tuple(fold(s) for s in count_nouns if not is_han(s))
        self.series = series_words(self.ordinals, self.comma_only)
        # patterns match the words as written ("schließlich"); look-ups fold case
        printed = [*ordinals, *(the_nth or {}), *finals]
        words = [w.lower() for w in printed if not is_han(w)]
        han = [w for w in printed if is_han(w)]
        # paragraph-opening patterns (the rule of enumerations.find_marker)
        self._word_open = patterns.compile(
            rf"(?P<m>{spaced_alt(words)})(?P<after>\s*[—–](?=\s)|[\s,，、:：.;]|$)",
            regex.IGNORECASE,
        )
        self._han_open = patterns.compile(rf"(?P<m>{spaced_alt(han)})") if han else None
        self._num_open = patterns.compile(r"(?:\((?P<p>\d{1,2})\)|(?P<n>\d{1,2})[.)])(?=\s+\D)")
        self._letter_open = patterns.compile(r"(?:\((?P<p>[a-j])\)|(?P<n>[a-j])\))(?=\s)")
        self._any_open = patterns.compile(
            "|".join(f"(?:{p.pattern})" for p in (self._han_open, self._word_open,
                                                   self._num_open, self._letter_open) if p),
            regex.IGNORECASE)
        # inside a paragraph: one pattern per family, behind a gate (markers())
        self._gate = re.compile("|".join(map(re.escape, cores(
            [w for w, n in [*ordinals.items(), *(the_nth or {}).items()] if n == 2]
            + ["2)", "b)"]))))
        # in the lower-cased text (the same offsets; else the slower regex)
        self._word_low = re.compile(rf"(?<![\w'’-]){trie(words)}(?![\w'’-])")
        self._words = words
        self._word_any: regex.Pattern[str] | None = None  # compiled when first needed
        self._openings: dict[str, Marker | None] = {}
        self._list_in = patterns.compile(
            r"(?<![\w(\[/.,-])(?:\((?P<p>\d{1,2}|[a-j])\)|(?P<n>\d{1,2}|[a-j])\))(?=\s+\S)")

    # ------------------------------------------------------------ markers

    def markers(self, texts: Sequence[str], gap: int) -> list[Marker]:
        """Every marker of a lead's or an answer's paragraphs that may be part
        of a run, in order (``gap``: see ``enumerations.GAP``).

        A run needs a marker numbered 2 (or a closing word after markers that
        open their paragraphs), and once it holds a marker inside a paragraph
        its markers are at most ``gap`` paragraphs apart. So paragraphs are
        searched inside only around a paragraph that holds a word numbered 2
        ("second", "zweiten", "втор" ...: one search of the lower-cased text
        with the standard library's ``re``), from ``gap`` paragraphs before
        it on while markers keep coming. Paragraph-opening markers are always
        found."""
        hit = self._gate.search("\n".join(texts).lower()) is not None
        if len(texts) < 2 and not hit:
            return []  # one paragraph holds at most one marker that opens it
        opening = [self.opening(t, i) for i, t in enumerate(texts)]
        if not hit and not any(mk is not None and mk.ordinal in (0, 2) for mk in opening):
            return [mk for mk in opening if mk is not None]
        lows = [t.lower() for t in texts]
        seeds = [i for i, mk in enumerate(opening)
                 if (mk is not None and mk.ordinal in (0, 2))
                 or (hit and self._gate.search(lows[i]))]
        out: list[Marker] = []
        until, k = -1, 0
        for i, (t, first) in enumerate(zip(texts, opening)):
            while k < len(seeds) and seeds[k] < i:
                k += 1
            if i > until and not (k < len(seeds) and seeds[k] - i <= gap):
                if first is not None:
                    out.append(first)
                continue
            found = self._inside(t, lows[i], i, first)
            if found:
                until = i + gap
            out += found
        return out

    def _word_fallback(self) -> regex.Pattern[str]:
        """The word pattern for a text whose lower-cased form has another
        length ("İ"): case-insensitive, on the text itself."""
        if self._word_any is None:
            self._word_any = patterns.compile(
                rf"(?<![\w'’-])(?:{spaced_alt(self._words)})(?![\w'’-])", regex.IGNORECASE)
        return self._word_any

    # ------------------------------------------------------------ opening

    def opening(self, text: str, index: int) -> Marker | None:
        """The marker that opens ``text``, or None. (Decided by the text's
        first characters alone: kept for repeated openings, a bounded cache.)"""
        key = text[:_OPENING_KEY]
        if key not in self._openings:
            if len(self._openings) >= _OPENINGS:
                self._openings.clear()
            self._openings[key] = self._opening(text, 0)
        found = self._openings[key]
        if found is None or index == 0:
            return found
        return attrs.evolve(found, index=index)

    def _opening(self, text: str, index: int) -> Marker | None:
        head = text[:60]
        if self._any_open.match(head) is None:
            return None  # (one pattern for the common case: no marker at all)
        m = self._han_open.match(head) if self._han_open else None
        if m and not head.isascii():
            word = m.group("m")
            nxt = text[m.end() : m.end() + 1]
            if _HAN_NEEDS_PUNCT.fullmatch(word) and nxt not in _HAN_AFTER:
                return None
            if word in self.finals:
                return Marker(index, "word", 0, word)
            return Marker(index, "word", self.ordinals[word], word)
        m = self._word_open.match(head)
        if m:
            word = m.group("m")
            key = _key(word)
            after = m.group("after")
            if key in self.comma_only and (after.strip() or "?") not in ",，:：—–.":
                return None
            if key in self.finals:
                return Marker(index, "word", 0, word)
            if key in self.the_nth:
                return Marker(index, "nth", self.the_nth[key], word)
            if key in self.ordinals:
                return Marker(index, "word", self.ordinals[key], word)
        m = self._num_open.match(head)
        if m:
            return Marker(index, "number", int(m.group("p") or m.group("n")), m.group(0))
        m = self._letter_open.match(head)
        if m:
            letter = m.group("p") or m.group("n")
            return Marker(index, "letter", ord(letter) - ord("a") + 1, m.group(0))
        return None

    # ------------------------------------------------------------- inline

    def scan(self, text: str, index: int) -> list[Marker]:
        """Every marker of the paragraph ``text``, in order: the one that opens
        it and those inside it."""
        return self._inside(text, text.lower(), index, self.opening(text, index))

    def _inside(self, text: str, low: str, index: int, first: Marker | None) -> list[Marker]:
        found = [first] if first else []
        skip = len(first.text) if first else 0
        words = self._word_low.finditer(low, skip) if len(low) == len(text) else (
            self._word_fallback().finditer(text, skip))
        for m in words:
            mk = self._word(text, m.start(), m.end(), index)
            if mk:
                found.append(mk)
        if self._han_open is not None and not text.isascii():
            for m in self._han_open.finditer(text, skip):
                mk = self._han(text, m.start(), m.end(), index)
                if mk:
                    found.append(mk)
        for m in self._list_in.finditer(text, skip) if ")" in text else ():
            if _left(text, m.start()) is None:
                continue
            value = m.group("p") or m.group("n")
            if value.isdecimal():
                if text[m.end() :].lstrip()[:1].isdecimal():
                    continue
                found.append(Marker(index, "number", int(value), m.group(0), m.start(), False))
            else:
                found.append(Marker(index, "letter", ord(value) - ord("a") + 1, m.group(0),
                                    m.start(), False))
        if len(found) > 1:
            found.sort(key=lambda mk: mk.start)
            kept = [found[0]]
            for mk in found[1:]:
                if mk.start >= kept[-1].start + len(kept[-1].text):
                    kept.append(mk)
            found = kept
        return found

    def _word(self, text: str, start: int, end: int, index: int) -> Marker | None:
        key = _key(text[start:end])
        if key in self.series:
            return Marker(index, "word", self.ordinals[key], text[start:end], start, False)
        nth = self.the_nth.get(key)
        number = nth or self.ordinals.get(key)
        if number and (nth or key in self.comma_only):
            # "the first thing", "my first point": an ordinal, then a count noun
            phrase_start = start
            if not nth:
                w = word_start(text, start - 1) if text[start - 1 : start].isspace() else start
                if text[w : start - 1].casefold() in self.possessives:
                    phrase_start = w
                else:
                    phrase_start = -1
            noun_end = self._noun_after(text, end) if phrase_start >= 0 else None
            if noun_end is not None:
                right = _right(text, noun_end)
                if right in ("stop", "copula", "comma", "dash"):
                    return Marker(index, "phrase", number, text[phrase_start:noun_end],
                                  phrase_start, False, right == "stop")
                return None
        left = _left(text, start)
        if left is None:
            return None
        right = _right(text, end)
        if nth:
            ok = right in ("copula", "comma", "dash")
            return Marker(index, "nth", nth, text[start:end], start, False) if ok else None
        if key in self.finals:
            ok = right in ("comma", "dash")
            return Marker(index, "word", 0, text[start:end], start, False) if ok else None
        ok = right in ("comma", "dash") or (
            key in self.comma_only and left in ("start", "sentence")
            and right in ("stop", "copula"))
        if ok and key in self.ordinals:
            return Marker(index, "word", self.ordinals[key], text[start:end], start, False)
        return None

    def _noun_after(self, text: str, end: int) -> int | None:
        m = _NEXT_WORDS.match(text, end)
        if m is None:
            return None
        for g in (1, 2):
            word = m.group(g)
            if word and self._is_count_noun(word.casefold()):
                return int(m.end(g))
        return None

    def _is_count_noun(self, word: str) -> bool:
        """A count noun is its stem plus an ending of at most three letters:
        "aspects", "priorities", "задачи", "Gründe" - not "partners"."""
        return any(word.startswith(s) and len(word) - len(s) <= 3 for s in self.stems)

    def _han(self, text: str, start: int, end: int, index: int) -> Marker | None:
        word = text[start:end]
        if start > 0 and text[start - 1] not in _HAN_PUNCT:
            return None
        nxt = text[end : end + 1]
        if _HAN_NEEDS_PUNCT.fullmatch(word) and nxt not in _HAN_AFTER:
            return None
        if word in self.finals:
            return Marker(index, "word", 0, word, start, False) if nxt in "，,：:" else None
        return Marker(index, "word", self.ordinals[word], word, start, False)

    @classmethod
    def from_lexicon(cls) -> MarkerTable:
        return cls(ALL.ordinals, ALL.the_nth, ALL.finals, ALL.comma_ordinals,
                   ALL.first_singular | ALL.first_plural, ALL.count_nouns)


def _left(text: str, start: int, joined: bool = False) -> str | None:
    """What stands before a marker at ``start``: "start", "sentence" (after
    . ! ?), "clause" (after : ; or a dash), "comma", "joiner" ("and" after one
    of those), or None (a marker cannot stand here)."""
    i = start
    if i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == 0:
        return "start"
    c = text[i - 1]
    if c in _CLOSERS:
        j = i
        while j > 0 and text[j - 1] in _CLOSERS:
            j -= 1
        if j > 0 and text[j - 1] in _STOPS:
            return "sentence"
    if c in _STOPS:
        return "sentence"
    if c in _CLAUSE or (c == "-" and i < start and text[i - 2 : i - 1].isspace()):
        return "clause"
    if c in _COMMAS:
        return "comma"
    if joined or i == start:
        return None
    w = word_start(text, i)
    if w < i and text[w:i].casefold() in JOINERS:
        return "joiner" if _left(text, w, True) else None
    return None


def _right(text: str, end: int) -> str:
    """What follows a marker ending at ``end``: "comma" (, or :), "dash",
    "stop" (the sentence ends), "copula", or "text"."""
    c = text[end : end + 1]
    if not c:
        return "stop"
    if c in ",，:：":
        return "comma"
    if c == "." and text[end + 1 : end + 2] in ("", " ", "\u00a0"):
        return "stop"
    if _DASH_AFTER.match(text, end):
        return "dash"
    m = _NEXT_WORDS.match(text, end)
    if m and m.group(1).casefold() in COPULAS:
        return "copula"
    return "text"


def sentence_end(text: str, start: int, end: int | None = None) -> int:
    """The end of the sentence that runs on from ``start`` (``end``, or the
    paragraph's end, when no sentence mark follows before it)."""
    stop = len(text) if end is None else end
    m = _SENTENCE_END.search(text, start, stop)
    return m.end() if m else stop


def word_start(text: str, end: int) -> int:
    """Where the word that ends at ``end`` starts (``end`` when none does)."""
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_'’-"):
        i -= 1
    return i


DEFAULT = MarkerTable.from_lexicon()
