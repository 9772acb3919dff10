"""The units the turn stages work on: each content line with the cue that
opens it (dash, Q/A label, speaker label) and the text after the cue; and
the raw turns that segmentation builds from them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from . import cues
from .cues import Cue
from .furniture import BARE_LABEL
from .model import Label, Paragraph
from .role import CONTENT, NOTE, Role
from .text import Line, sub_line

QUESTION = "question"
ANSWER = "answer"


class Unit(NamedTuple):
    """One content line: its cue (if accepted) and the text after the cue."""

    source: Line
    body: Line  # the text after the cue; blank for a label on its own line
    cue: Cue | None
    note: bool = False
    section: bool = False  # a sub-heading stands between this line and the one before
    quoted: bool = False  # a dash line read as a quotation in a report, not a turn

    @property
    def label(self) -> Label | None:
        c = self.cue
        if c is None:
            return None
        s = self.source
        return Label(c.kind, s.text[: c.label_end], s.index, (s.start, s.start + c.label_end),
                     c.own_line)

    def paragraph(self) -> Paragraph:
        b = self.body
        return Paragraph(b.text, b.index, b.span)


@attrs.define(eq=False)
class RawTurn:
    side: str | None  # QUESTION | ANSWER | None (lead)
    kind: str  # "dash" | "qa" | "speaker" | "plain"
    speaker: str | None
    label: Label | None
    units: list[Unit] = attrs.Factory(list)
    role_word: bool = False  # the label is a role ("Interviewer", "Q"), not a name



# ------------------------------------------------------------------ units


SECTION_RULES = frozenset({"subheading", "section-head", "section-label"})


def units(lines: Sequence[Line], roles: Sequence[Role]) -> list[Unit]:
    out: list[Unit] = []
    section = False
    for ln in lines:
        r = roles[ln.index]
        if r.rule in SECTION_RULES:
            section = True
        if r.role not in (CONTENT, NOTE):
            continue
        cue = cues.detect(ln.text) if r.role == CONTENT else None
        if cue is None and r.rule == BARE_LABEL:
            cue = cues.bare_label(ln.text)
        body = sub_line(ln, cue.end) if cue is not None else ln
        out.append(Unit(ln, body, cue, r.role == NOTE, section and bool(out)))
        section = False
    return out


def plain(u: Unit, quoted: bool = False) -> Unit:
    return Unit(u.source, u.source, None, u.note, u.section, quoted)


def labelled(u: Unit, label: str, end: int, label_end: int) -> Unit:
    """``u`` opened by a speaker's label the page's scheme found (``end``:
    where the turn's own text starts; ``label_end``: where the printed
    label ends)."""
    cue = Cue("speaker", label, None, end, label_end, False)
    return Unit(u.source, sub_line(u.source, end), cue, u.note, u.section)


# ----------------------------------------------------------- speaker identity
