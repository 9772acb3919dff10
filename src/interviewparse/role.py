"""What each line of a page is: the roles the classification passes give
(content, furniture with its kind and rule, the title, the timestamp, an
editor's note), and the small facts about lines that several passes read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from . import cues, patterns
from .text import Line

BLANK = "blank"
CONTENT = "content"
BOILERPLATE = "boilerplate"
TITLE = "title"
PUBLISHED = "published"
NOTE = "note"  # an editor's note: content that belongs to no turn


class Role(NamedTuple):
    role: str
    kind: str = ""  # boilerplate kind
    rule: str = ""


BLANK_ROLE = Role(BLANK)
CONTENT_ROLE = Role(CONTENT)


def open_end(line: Line) -> bool:
    """The line ends without a sentence's final mark (a headline, a caption,
    a menu item), and not with a mark that announces more (":", ",")."""
    return not line.terminal and line.last not in ":：,，-—–"


_SENTENCE_BREAK = patterns.compile(r"\p{Ll}[.!?]\s+\p{Lu}")


def sentences(line: Line) -> bool:
    """Text of sentences whose last words lost their stop ("... the
    minister said. Anna Lee in conversation with Tom Berg"): not a caption,
    unless its tail is a link's word or two ("... many questions. more")."""
    if line.size < 20 or len(_SENTENCE_BREAK.findall(line.text[:600])) < 2:
        return False
    tail = _LAST_STOP.split(line.text[-300:])[-1]
    return len(tail.split()) >= 3


_LAST_STOP = patterns.compile(r"[.!?…]\s+")


def body_like(line: Line) -> bool:
    """A line that reads like the page's text rather than its furniture."""
    cue = cues.detect(line.text)
    if cue is not None and cue.kind in ("dash", "qa"):
        return True
    if line.question:
        return True
    return line.terminal and (line.words >= 5 or line.han >= 12)


def first_body(lines: Sequence[Line], roles: list[Role], start: int = 0) -> int:
    """The first content line that reads like the page's text."""
    for i in range(start, len(lines)):
        if roles[i].role == CONTENT and body_like(lines[i]):
            return i
    return len(lines)


def headline_like(line: Line) -> bool:
    if line.blank or line.size > 40 or (line.last in ".:;,，。：；" and line.last != "…"):
        return False
    if line.words < 3 and line.han < 6:
        return False
    cue = cues.detect(line.text)
    return not (cue is not None and (cue.kind in ("dash", "qa") or cue.own_line))


def next_nonblank(lines: Sequence[Line], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines):
        if not lines[j].blank:
            return j
        j += step
    return None
