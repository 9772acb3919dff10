"""Enumerated points: ordinal runs inside one lead or one answer.

Markers (``markers.py``): a marker opens a paragraph ("First,", "Secondly",
"Во-первых", "Erstens", "第一", "1)", "The first", "(a)") or stands inside
one where its shape makes it a marker ("... weiß: Erstens, ... Und
zweitens, ...", "allows, firstly, ...", "is: a) ..., and b) ...", "This is
the first thing."). Words are per-language data in ``lexicon``.

Runs: a marker numbered 1 opens a run; a marker of the same family numbered
one more extends it; a closing word ("Finally", "Наконец", "最后") ends a
word run. A run needs two markers: a lone "First of all" is no enumeration.
A run whose markers all open paragraphs may have any number of paragraphs
between them, as before; once a marker inside a paragraph is part of a run,
its next marker must come within ``GAP`` paragraphs.

Where a point ends (the rule, also in docs/enumerations.md): a point runs
from its marker to the next marker of any run (a paragraph's text before an
inline marker, less a joining "and", is the end of the point before it).
The last point, when its marker opens a paragraph, runs to the end of its
lead or answer (or to the next run) when an earlier point already spans
several paragraphs (the speaker is talking in blocks); when every earlier
point is a single paragraph (a tight list), the last point is its own
paragraph too, and what follows is the speaker's comment on the list. When
the last marker stands inside its paragraph, the last point ends with its
sentence if every earlier point is one sentence of one paragraph, and with
its paragraph otherwise.

An announced count ("three aspects", "три задачи", "drei Gründe", "三个方面")
is looked for in the text before the run's first marker in its paragraph,
then in the paragraphs before the run, nearest first, then in the question;
it is recorded as printed even when it does not match the run.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from . import patterns
from .lexicon import ALL
from .markers import DEFAULT, JOINERS, Marker, MarkerTable, sentence_end, word_start
from .model import Enumeration, Paragraph, Point
from .phrases import alt, is_han

__all__ = ["GAP", "Marker", "announced_in", "find", "find_marker", "points", "runs"]

#: the most paragraphs from one marker of a run to the next once the run holds
#: a marker that stands inside a paragraph
GAP = 3

Pos = tuple[int, int]  # (paragraph index, offset in its text)


#: find_marker(text, index): the marker that opens the paragraph ``text``, or None
find_marker = DEFAULT.opening


# ------------------------------------------------------------------- runs

_WORDISH = ("word", "nth", "phrase")


@attrs.define
class _Chain:
    markers: list[Marker]
    family: str  # "phrase" until a marker of another family joins
    inline: bool  # holds a marker that stands inside a paragraph

    def fits(self, mk: Marker) -> bool:
        last = self.markers[-1]
        if mk.ordinal == 0:  # a closing word ends a word run
            ok = self.family in _WORDISH
        else:
            ok = mk.ordinal == last.ordinal + 1 and (
                mk.family == self.family
                or ("phrase" in (mk.family, self.family)
                    and mk.family in _WORDISH and self.family in _WORDISH))
        return ok and not ((self.inline or not mk.opening) and mk.index - last.index > GAP)


def chain(markers: Sequence[Marker]) -> list[list[Marker]]:
    """The runs among ``markers`` (every marker of a lead or an answer, in
    page order), ordered by their first marker."""
    found: list[list[Marker]] = []
    live: list[_Chain] = []

    def close(c: _Chain) -> None:
        live.remove(c)
        if len(c.markers) >= 2:
            found.append(c.markers)

    for mk in markers:
        for c in [c for c in live if c.inline and mk.index - c.markers[-1].index > GAP]:
            close(c)
        if mk.closes and any(c.markers[-1].ordinal == mk.ordinal and c.family in _WORDISH
                             and mk.index - c.markers[-1].index <= GAP for c in live):
            continue  # "First of all, ... That is my first point.": one point
        fits = [c for c in live if c.fits(mk)]
        if fits:
            # the chain whose last marker stands as this one does, else the latest
            c = max(fits, key=lambda c: (c.markers[-1].opening == mk.opening, live.index(c)))
            if c.family == "phrase" and mk.family != "phrase":
                c.family = mk.family
            final = mk.ordinal == 0
            if final:
                family = "word" if c.family == "phrase" else c.family
                mk = attrs.evolve(mk, ordinal=c.markers[-1].ordinal + 1, family=family)
            c.markers.append(mk)
            c.inline = c.inline or not mk.opening
            live.remove(c)
            live.append(c)
            if final:
                close(c)
            continue
        if mk.opening:
            # as before: a marker opening a paragraph that extends nothing ends
            # the run of paragraph-opening markers
            for c in [c for c in live if c.markers[-1].opening]:
                close(c)
        if mk.ordinal == 1:
            for c in [c for c in live if len(c.markers) == 1 and not c.markers[0].opening
                      and c.family == mk.family]:
                close(c)  # a lone "first" inside a paragraph gives way to the next
            live.append(_Chain([mk], mk.family, not mk.opening))
    for c in list(live):
        close(c)
    found.sort(key=lambda run: (run[0].index, run[0].start))
    return found


def runs(paragraphs: Sequence[Paragraph], table: MarkerTable = DEFAULT) -> list[list[Marker]]:
    """The runs of a lead's or an answer's paragraphs."""
    return chain(table.markers([p.text for p in paragraphs], GAP))


def family_of(run: Sequence[Marker]) -> str:
    """"word", "nth", "number" or "letter": a run of "phrase" markers only
    ("the first thing ... the second thing") counts as "nth"."""
    return next((mk.family for mk in run if mk.family != "phrase"), "nth")


# ----------------------------------------------------------------- points


def _trim(text: str, end: int) -> int:
    """``end`` moved back over spaces, commas, semicolons, dashes and a
    joining word ("and", "und", "а"): where a point stops before the next
    marker (a colon stays: it announces what follows)."""
    while True:
        e = end
        while e > 0 and (text[e - 1].isspace() or text[e - 1] in ",;—–-，；、"):
            e -= 1
        w = word_start(text, e)
        if w < e and text[w:e].casefold() in JOINERS:
            end = w
            continue
        return e


def _cut(paragraphs: Sequence[Paragraph], stop: Pos, mk: Marker) -> Pos:
    """The end of the point of ``mk`` when the next marker is at ``stop``."""
    i, off = stop
    end = _trim(paragraphs[i].text, off) if off else 0
    if i == mk.index:
        return (i, max(end, mk.start + len(mk.text)))
    if end > 0:
        return (i, end)
    return (i - 1, len(paragraphs[i - 1].text))


def _one_sentence(text: str, mk: Marker, end: int) -> bool:
    """The point of ``mk``, up to ``end`` in its paragraph, is one sentence."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return sentence_end(text, mk.start + len(mk.text), end) >= end


def points(
    paragraphs: Sequence[Paragraph], run: Sequence[Marker], bounds: Sequence[Pos] = ()
) -> list[Point]:
    """The run's points; ``bounds`` are the positions of every marker of every
    run of the container, sorted (a point never runs past the next of them;
    sorted once by the caller: an answer may hold thousands of runs)."""
    if not bounds:
        bounds = sorted((m.index, m.start) for m in run)

    def next_bound(mk: Marker) -> Pos | None:
        k = bisect.bisect_right(bounds, (mk.index, mk.start))
        return bounds[k] if k < len(bounds) else None

    ends: list[Pos] = []
    for mk in run[:-1]:
        nxt = next_bound(mk)
        assert nxt is not None
        ends.append(_cut(paragraphs, nxt, mk))
    one_paragraph = all(e[0] == mk.index for mk, e in zip(run, ends))
    last = run[-1]
    text = paragraphs[last.index].text
    if last.start == 0 and not one_paragraph:
        end: Pos = (len(paragraphs) - 1, len(paragraphs[-1].text))
    elif last.start == 0:
        end = (last.index, len(text))
    elif one_paragraph and all(
        _one_sentence(paragraphs[mk.index].text, mk, e[1]) for mk, e in zip(run, ends)
    ):
        end = (last.index, sentence_end(text, last.start + len(last.text)))
    else:
        end = (last.index, len(text))
    nxt = next_bound(last)
    if nxt is not None and nxt < end:
        end = _cut(paragraphs, nxt, last)
    ends.append(end)
    return [_point(paragraphs, mk, e) for mk, e in zip(run, ends)]


def _point(paragraphs: Sequence[Paragraph], mk: Marker, end: Pos) -> Point:
    first, (i, e) = paragraphs[mk.index], end
    if i == mk.index:
        pieces = [first.text[mk.start : e]]
    else:
        pieces = [first.text[mk.start :], *(p.text for p in paragraphs[mk.index + 1 : i]),
                  paragraphs[i].text[:e]]
    return Point(
        ordinal=mk.ordinal,
        marker=mk.text,
        text="\n".join(pieces),
        span=(first.span[0] + mk.start, paragraphs[i].span[0] + e),
        line=first.line,
        end_line=paragraphs[i].line,
    )


# -------------------------------------------------------------- announced

_NUMBER_WORDS = {k: v for k, v in ALL.number_words.items() if " " not in k}
_TOKEN = patterns.compile(r"[\p{L}\p{N}'’\-]+")
_STEMS = tuple(s for s in ALL.count_nouns if s.isascii() or not is_han(s))
_HAN_COUNT = patterns.compile(
    r"(?P<n>[两二三四五六七八九十])\s*(?:个|大|项|条|件)?\s*(?:"
    + alt([s for s in ALL.count_nouns if is_han(s)])
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
    paragraphs: Sequence[Paragraph],
    exchange: int | None,
    question: str | None = None,
    table: MarkerTable = DEFAULT,
) -> list[Enumeration]:
    """The enumerations of one lead or answer (``exchange`` is None for the
    lead); ``table`` gives the ordinal words (all languages' by default)."""
    out: list[Enumeration] = []
    found_runs = runs(paragraphs, table)
    bounds = sorted({(mk.index, mk.start) for run in found_runs for mk in run})
    for run in found_runs:
        first = run[0]
        found = announced_in(paragraphs[first.index].text[: first.start]) if first.start else None
        for k in range(first.index - 1, max(-1, first.index - 4), -1):
            if found:
                break
            found = announced_in(paragraphs[k].text)
        if found is None and question:
            found = announced_in(question)
        out.append(
            Enumeration(
                exchange=exchange,
                announced=found[0] if found else None,
                items=points(paragraphs, run, bounds),
                announced_text=found[1] if found else None,
                family=family_of(run),
            )
        )
    return out
