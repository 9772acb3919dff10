"""Enumerated points: ordinal runs inside one lead or one answer.

A marker stands at the start of a paragraph (after any label or dash):
ordinal words ("First,", "Secondly", "Во-первых", "Erstens", "第一", "首先"),
"The first ... The second", numbers ("1)", "2.", "(3)") and letters
("(a)", "b)"). Words are per-language data in ``lexicon``.

Runs: a marker numbered 1 opens a run; a marker of the same family numbered
one more extends it; a closing word ("Finally", "Наконец", "最后") ends a
word run. A run needs two markers: a lone "First of all" is no enumeration.

Where a point ends (the rule, also in docs/enumerations.md): a point runs
from its marker to the paragraph before the next marker. The last point
runs to the end of its lead or answer (or to the next run) when an earlier point already spans
several paragraphs (the speaker is talking in blocks); when every earlier
point is a single paragraph (a tight list), the last point is its own
paragraph too, and what follows is the speaker's comment on the list.

An announced count ("three aspects", "три задачи", "drei Gründe", "三个方面")
is looked for in the paragraphs before the run, nearest first, then in the
question; it is recorded as printed even when it does not match the run.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .lexicon import ALL
from .model import Enumeration, Paragraph, Point


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_WORD_MARKERS = {**ALL.ordinals}
_NTH = dict(ALL.the_nth)
_FINALS = set(ALL.finals)
_COMMA_ONLY = set(ALL.comma_ordinals)
_HAN_MARKERS = {w for w in [*_WORD_MARKERS, *_FINALS] if not w.isascii() and regex.match(
    r"\p{Han}", w)}
_WORD_RE = regex.compile(
    rf"(?P<m>{_alt([*_WORD_MARKERS, *_NTH, *_FINALS])})(?P<after>\s*[—–](?=\s)|[\s,，、:：.;]|$)",
    regex.IGNORECASE,
)
_HAN_RE = regex.compile(rf"(?P<m>{_alt(sorted(_HAN_MARKERS))})")
# "第一，" is a marker, "第一次" (the first time) and "第二天" (the next day) are not
_HAN_NEEDS_PUNCT = regex.compile(r"第[一二三四五六七八九十]+")
_HAN_AFTER = "，,、：:。 是\u3000"
_NUM_RE = regex.compile(r"(?:\((?P<p>\d{1,2})\)|(?P<n>\d{1,2})[.)])(?=\s+\D)")
_LETTER_RE = regex.compile(r"(?:\((?P<p>[a-j])\)|(?P<n>[a-j])\))(?=\s)")


_ANY_MARKER = regex.compile(
    "|".join(f"(?:{p.pattern})" for p in (_HAN_RE, _WORD_RE, _NUM_RE, _LETTER_RE)),
    regex.IGNORECASE,
)


@attrs.frozen
class Marker:
    index: int  # paragraph index in its container
    family: str  # "word" | "nth" | "number" | "letter"
    ordinal: int  # 0 for a closing word ("Finally")
    text: str  # as printed, without its comma


def find_marker(text: str, index: int) -> Marker | None:
    head = text[:60]
    if _ANY_MARKER.match(head) is None:
        return None  # (one pattern for the common case: no marker at all)
    m = _HAN_RE.match(head)
    if m and not head.isascii():
        word = m.group("m")
        nxt = text[m.end() : m.end() + 1]
        if _HAN_NEEDS_PUNCT.fullmatch(word) and nxt not in _HAN_AFTER:
            return None
        if word in _FINALS:
            return Marker(index, "word", 0, word)
        return Marker(index, "word", _WORD_MARKERS[word], word)
    m = _WORD_RE.match(head)
    if m:
        word = m.group("m")
        key = word.casefold()
        after = m.group("after")
        if key in _COMMA_ONLY and (after.strip() or "?") not in ",，:：—–.":
            return None
        if key in _FINALS:
            return Marker(index, "word", 0, word)
        if key in _NTH:
            return Marker(index, "nth", _NTH[key], word)
        if key in _WORD_MARKERS:
            return Marker(index, "word", _WORD_MARKERS[key], word)
    m = _NUM_RE.match(head)
    if m:
        n = int(m.group("p") or m.group("n"))
        return Marker(index, "number", n, m.group(0))
    m = _LETTER_RE.match(head)
    if m:
        letter = m.group("p") or m.group("n")
        return Marker(index, "letter", ord(letter) - ord("a") + 1, m.group(0))
    return None


def runs(paragraphs: Sequence[Paragraph]) -> list[list[Marker]]:
    found: list[list[Marker]] = []
    cur: list[Marker] = []

    def close() -> None:
        if len(cur) >= 2:
            found.append(list(cur))
        cur.clear()

    for i, p in enumerate(paragraphs):
        mk = find_marker(p.text, i)
        if mk is None:
            continue
        if mk.ordinal == 1:
            close()
            cur.append(mk)
        elif cur and mk.family == cur[-1].family and mk.ordinal == cur[-1].ordinal + 1:
            cur.append(mk)
        elif cur and mk.ordinal == 0 and cur[-1].family in ("word", "nth"):
            cur.append(attrs.evolve(mk, ordinal=cur[-1].ordinal + 1, family=cur[-1].family))
            close()
        else:
            close()
    close()
    return found


def points(
    paragraphs: Sequence[Paragraph], run: Sequence[Marker], limit: int | None = None
) -> list[Point]:
    """The run's points; ``limit`` is the last paragraph the run may take
    (the one before the next run's first marker)."""
    out: list[Point] = []
    last = len(paragraphs) - 1 if limit is None else limit
    ends = [m.index - 1 for m in run[1:]]
    tight = all(m.index == e for m, e in zip(run, ends))
    ends.append(run[-1].index if tight else last)
    for mk, end in zip(run, ends):
        paras = paragraphs[mk.index : end + 1]
        out.append(
            Point(
                ordinal=mk.ordinal,
                marker=mk.text,
                text="\n".join(p.text for p in paras),
                span=(paras[0].span[0], paras[-1].span[1]),
                line=paras[0].line,
                end_line=paras[-1].line,
            )
        )
    return out


# -------------------------------------------------------------- announced

_NUMBER_WORDS = {k: v for k, v in ALL.number_words.items() if " " not in k}
_TOKEN = regex.compile(r"[\p{L}\p{N}'’\-]+")
_STEMS = tuple(s for s in ALL.count_nouns if s.isascii() or not regex.match(r"\p{Han}", s))
_HAN_COUNT = regex.compile(
    r"(?P<n>[两二三四五六七八九十])\s*(?:个|大|项|条|件)?\s*(?:"
    + _alt([s for s in ALL.count_nouns if regex.match(r"\p{Han}", s)])
    + ")"
)
_HAN_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
            "十": 10}


def _stem_fits(word: str) -> bool:
    """A count noun is its stem plus an ending of at most three letters:
    "aspects", "priorities", "задачи", "Gründe" - not "partners"."""
    return any(word.startswith(s) and len(word) - len(s) <= 3 for s in _STEMS)


def announced_in(text: str) -> tuple[int, str] | None:
    """The last "N things" phrase in ``text``: (N, the phrase as printed)."""
    best: tuple[int, int, str] | None = None
    toks = list(_TOKEN.finditer(text[-2000:]))
    base = max(0, len(text) - 2000)
    for i, t in enumerate(toks):
        w = t.group(0).casefold()
        n = _NUMBER_WORDS.get(w)
        if n is None and w.isdecimal() and len(w) <= 3 and 2 <= int(w) <= 20:
            n = int(w)
        if n is None:
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            nxt = toks[j].group(0).casefold()
            if nxt.startswith(_STEMS) and _stem_fits(nxt):
                pos = base + t.start()
                best = (pos, n, text[pos : base + toks[j].end()])
                break
    for m in _HAN_COUNT.finditer(text[-2000:]):
        pos = base + m.start()
        if best is None or pos > best[0]:
            best = (pos, _HAN_NUM[m.group("n")], m.group(0))
    return (best[1], best[2]) if best else None


def find(
    paragraphs: Sequence[Paragraph], exchange: int | None, question: str | None = None
) -> list[Enumeration]:
    out: list[Enumeration] = []
    if len(paragraphs) < 2:
        return out  # a run needs two markers, each opening a paragraph
    found_runs = runs(paragraphs)
    for n, run in enumerate(found_runs):
        first = run[0].index
        limit = found_runs[n + 1][0].index - 1 if n + 1 < len(found_runs) else None
        found = None
        for k in range(first, max(-1, first - 4), -1):
            text = paragraphs[k].text
            if k == first:
                continue
            found = announced_in(text)
            if found:
                break
        if found is None and question:
            found = announced_in(question)
        out.append(
            Enumeration(
                exchange=exchange,
                announced=found[0] if found else None,
                items=points(paragraphs, run, limit),
                announced_text=found[1] if found else None,
                family=run[0].family,
            )
        )
    return out
