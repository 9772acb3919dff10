"""Pairing turns into exchanges; the lead, the trailing notes and the page's
format.

- Turns before the first question are the lead.
- A question turn opens an exchange; further question turns before any
  answer join it (an interviewer's remark, then the question); answer turns
  up to the next question are its answer.
- Editor's notes at the end of the last answer are trailing content.
- Each exchange has a format (from the cues of its two turns); the page's
  format is the one that holds at least three quarters of the exchanges,
  else "mixed". Whether the page is an interview at all is the verdict's
  (``verdict.py``): evidence weighed over the exchanges, not a count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from . import region, verdict
from .lexicon import Lexicon
from .model import Exchange, Paragraph, Turn
from .role import BOILERPLATE, Role
from .text import Line
from .units import ANSWER, QUESTION, RawTurn, Unit

NOT_AN_INTERVIEW = "not-an-interview"


@attrs.frozen
class Paired:
    lead: list[Paragraph]
    exchanges: list[Exchange]
    trailing: list[Paragraph]
    format: str
    verdict: verdict.Verdict
    features: dict[str, float]  # the verdict's, by name


def _joined_text(u: Unit) -> Line:
    """A line of a turn joined onto the turn before it: a speaker's label
    printed inside the line stays in its text ("Auerbach: ..." after
    "Weltermann: ..." in one answer says who speaks); only the turn's own
    first label is dropped."""
    c = u.cue
    if c is not None and c.kind in ("speaker", "qa") and not c.own_line:
        return u.source
    return u.body


def build_turn(raws: Sequence[RawTurn], role: str) -> Turn:
    bodies = [u.body for u in raws[0].units]
    for r in raws[1:]:
        bodies += [_joined_text(u) for u in r.units]
    paras = [Paragraph(b.text, b.index, (b.start, b.end)) for b in bodies if b.text]
    units = [u for r in raws for u in r.units]
    first = raws[0]
    label = first.label
    if label is not None:
        start, line = label.span[0], label.line
    elif units:
        start, line = units[0].body.start, units[0].body.index
    else:
        start, line = 0, 0
    labels = [r.label for r in raws if r.label is not None]
    # (a label printed alone may be all a joined turn has left: the span holds it)
    end = max([paras[-1].span[1] if paras else start, *(lab.span[1] for lab in labels)])
    start = min([start, *(lab.span[0] for lab in labels)])
    return Turn(
        speaker=first.speaker,
        paragraphs=paras,
        text="\n".join([p.text for p in paras]),
        span=(start, end),
        line=line,
        label=label,
        role=role,
        labels=labels,
    )


def _empty_answer(question: Turn) -> Turn:
    end = question.span[1]
    return Turn(None, [], "", (end, end), question.line, None, "answer")


def pair(
    turns: Sequence[RawTurn], roles: list[Role], lex: Lexicon, title: Line | None = None
) -> Paired:
    """Exchanges from turns; ``title`` (the headline) may name an interview,
    as the lead may."""
    lead_units: list[Unit] = []
    groups: list[tuple[list[RawTurn], list[RawTurn]]] = []
    for t in turns:
        if t.side == QUESTION:
            if groups and not groups[-1][1]:
                groups[-1][0].append(t)
            else:
                groups.append(([t], []))
        elif not groups:
            lead_units.extend(t.units)
        else:
            groups[-1][1].append(t)
    before = list(roles)
    every = [u for t in turns for u in t.units]  # (trimming below shortens turns)
    lead_units += region.open_start(groups)
    walled: list[tuple[list[RawTurn], list[RawTurn]]] = []
    trailing_units = region.close(groups, roles, lex, walled)
    answered = [(qs, ans) for qs, ans in groups if ans]
    bare = not trailing_units and _bare(lead_units, answered, roles)
    weighed = [(qs, ans) for qs, ans in walled if ans] if walled else answered
    features = verdict.page_features(weighed, lex, lead_units, bare, title)
    said = verdict.judge(features)
    fmt = page_format(groups, said)
    if fmt == NOT_AN_INTERVIEW and said.interview:  # what it weighed lies past the region
        said = verdict.Verdict(False, 0.0, ("no answered exchange in the interview's region",))
    if fmt == NOT_AN_INTERVIEW:  # the whole text is the lead, labels and all
        roles[:] = before
        return Paired([_whole(u) for u in every], [], [], fmt, said, features)
    exchanges: list[Exchange] = []
    for qs, ans in groups:
        q = build_turn(qs, "question")
        a = build_turn(ans, "answer") if ans and any(r.units for r in ans) else _empty_answer(q)
        exchanges.append(Exchange(len(exchanges), q, a))
    # before the first question a label opens no exchange: keep lines whole
    lead = [_whole(u) for u in lead_units]
    trailing = [_whole(u) for u in trailing_units]
    return Paired(lead, exchanges, trailing, fmt, said, features)


def _bare(
    lead: Sequence[Unit], groups: Sequence[tuple[list[RawTurn], list[RawTurn]]],
    roles: Sequence[Role],
) -> bool:
    """A title at most before the exchanges, and no furniture around them
    (inside an answer, an ad or a "Read also" line may stand)."""
    if sum(1 for u in lead if not u.body.blank) > 1 or not groups or not groups[-1][1]:
        return False
    first = groups[0][0][0].units[0].source.index
    last = groups[-1][1][-1].units[-1].source.index
    return not any(
        r.role == BOILERPLATE for r in (*roles[:first], *roles[last + 1:])
    )


def _whole(u: Unit) -> Paragraph:
    s = u.source
    return Paragraph(s.text, s.index, s.span)


def exchange_format(qs: Sequence[RawTurn], ans: Sequence[RawTurn]) -> str:
    q = qs[0]
    a = ans[0] if ans else None
    sides = [q, *([a] if a is not None else [])]
    if any(t.kind == "speaker" and not t.role_word for t in sides):
        return "speaker-labels"
    if any(t.kind in ("qa", "speaker") for t in sides):
        return "qa-labels"
    if q.kind == "dash":
        return "dash-dialogue"
    return "standalone-questions"


def page_format(
    groups: Sequence[tuple[list[RawTurn], list[RawTurn]]], said: verdict.Verdict
) -> str:
    answered = [(qs, ans) for qs, ans in groups if ans]
    if not answered or not said.interview:
        return NOT_AN_INTERVIEW
    counts = Counter(exchange_format(qs, ans) for qs, ans in answered)
    fmt, n = max(counts.items(), key=lambda kv: kv[1])  # (most_common imports heapq)
    if n * 4 >= 3 * len(answered):
        return fmt
    return "mixed"


__all__ = ["ANSWER", "NOT_AN_INTERVIEW", "QUESTION", "Paired", "build_turn", "pair"]
