"""Where the interview ends.

On a complete page the last answer is followed by the rest of the page:
a note about the interview, then related links, readers' comments, forms
and footers, much of it written in sentences. Boxes that interrupt a turn
inside the interview (a caption, a "Read also" link) are followed by more
of the turn; after the last answer nothing is. So the last answer ends at
its first break: a line of furniture between two of its paragraphs, a line
that is not a sentence (a heading, a link), or a closing thank-you by the
interviewer. What follows the break is trailing when it is a note about
the interview, and furniture otherwise.

A question turn that nobody answers at the end of the page is no
exchange: a closing remark ("Thank you for your time.") is trailing, an
unanswered question (a comment prompt) is furniture.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import patterns
from .lexicon import Lexicon
from .notes import about_piece, info_note, is_closing_thanks, note, season_note
from .role import BLANK, BOILERPLATE, Role
from .text import Line
from .units import RawTurn, Unit

Group = tuple[list[RawTurn], list[RawTurn]]

AFTER = "after-interview"
UNANSWERED = "unanswered-question"
JUNK = "no-answer-text"

_SENTENCE_WORDS = 12  # a line this long reads as text even without a final stop


def _sentence(line: Line) -> bool:
    """Ends as a sentence, or runs as long as one with its commas (a menu
    glued into one line has none)."""
    return line.terminal or (line.size >= _SENTENCE_WORDS and _PAUSE.search(line.text) is not None)


_PAUSE = patterns.compile(r"[,;:，、；]")


# furniture that a page sets inside a turn, one line of it: an ad slot, a
# "Read also: ..." link, a caption
_INLINE_KINDS = frozenset({"ad", "related", "caption"})


def _interrupted(roles: Sequence[Role], a: int, b: int) -> bool:
    """Furniture stands between lines ``a`` and ``b``, other than one line
    of the kinds a page sets inside a turn or a photo's box."""
    between = [roles[j] for j in range(a + 1, b) if roles[j].role != BLANK]
    if not any(r.role == BOILERPLATE for r in between):
        return False
    if len(between) == 1:
        return between[0].kind not in _INLINE_KINDS
    # a photo box: the credit or caption, then its buttons and headline
    return not (
        len(between) <= _PHOTO_BOX
        and (between[0].kind == "caption" or between[0].rule == "copyright-line")
    )


_PHOTO_BOX = 3


def close(
    groups: list[Group], roles: list[Role], lex: Lexicon, walled: list[Group] | None = None
) -> list[Unit]:
    """Cut the interview's end: returns the trailing units, drops the units
    after them into the page's furniture (``roles`` is updated), and removes
    from ``groups`` what ends the page without being an exchange: question
    turns nobody answers, and questions whose "answer" is no text at all
    (a sign-up prompt over a list of links). When a wall of furniture cuts
    the interview short, ``walled`` receives the exchanges as they were
    before the cut: the page's evidence is read on them (a comment thread
    is no interview for being cut short)."""
    trailing = _close_end(groups, roles, lex)
    if _wall(groups, roles, walled if walled is not None else []):
        _drop(trailing, roles, AFTER)
        trailing = _close_end(groups, roles, lex)
    return trailing


def _close_end(groups: list[Group], roles: list[Role], lex: Lexicon) -> list[Unit]:
    trailing: list[Unit] = []
    if groups and not any(r.units for r in groups[-1][1]):
        qs, _ = groups.pop()
        units = [u for r in qs for u in r.units]
        if any(u.body.question for u in units):
            _drop(units, roles, UNANSWERED)
        else:
            trailing = units
    while groups:
        answer = groups[-1][1]
        units = [u for r in answer for u in r.units]
        cut = _break(units, roles)
        if cut > 1 and (info_note(units[cut - 1], lex) or season_note(units[cut - 1], lex)):
            cut -= 1  # a practical note that ends the page's text: "Tickets at ..."
        if not _marked(groups[-1]) and (
            not answered(units[:cut]) or _signed_off(groups, roles, lex)
            or _apart(groups[-1], roles)
        ):
            qs, _ = groups.pop()
            _drop([*(u for r in qs for u in r.units), *units, *trailing], roles, JUNK)
            trailing = []
            continue
        if cut < len(units):
            rest = units[cut:]
            k = 0
            while k < len(rest) and (
                note(rest[k], lex) or (k == 0 and is_closing_thanks(rest[k].body))
                or (k == len(rest) - 1 and season_note(rest[k], lex))
            ):
                k += 1
            _drop(rest[k:], roles, AFTER)
            trailing = rest[:k] + trailing
            _keep(answer, cut)
        break
    return trailing


_WALL = 5  # lines of furniture in a row, of two kinds or more, that end a page's text


def _wall(groups: list[Group], roles: list[Role], walled: list[Group]) -> bool:
    """A wall of furniture after the first answer has begun (a disclaimer,
    the editor's name, a comment box, a "More" list: five lines or more in
    a row, of two kinds or more) ends the interview when nothing after it
    is marked as a turn the way turns before it are: what follows is the
    page's teasers and comments (or a box of readers' questions with labels
    of its own), not more exchanges."""
    seq = [(g, side, r, u) for g, (qs, ans) in enumerate(groups)
           for side, turns in ((0, qs), (1, ans)) for r in turns for u in r.units]
    straddled = _straddled(seq)
    for k in range(1, len(seq)):
        a, b = seq[k - 1][3].source.index, seq[k][3].source.index
        if b - a <= _WALL or (seq[k - 1][0], seq[k - 1][1]) == (0, 0):
            continue
        between = [roles[j] for j in range(a + 1, b) if roles[j].role != BLANK]
        if len(between) < _WALL or any(r.role != BOILERPLATE for r in between):
            continue
        if len({r.kind for r in between}) < 2:
            continue
        if straddled[k]:
            continue  # a turn after the wall is marked as turns before it are
        after = seq[k:]
        _drop([u for *_, u in after], roles, AFTER)
        g, side = seq[k][0], seq[k][1]
        cut_at = seq[k][3]
        walled.extend(([_copy(r) for r in qs], [_copy(r) for r in ans]) for qs, ans in groups)
        del groups[g + 1 :]
        turns = groups[g][side]
        for r in turns:
            if cut_at in r.units:
                del r.units[r.units.index(cut_at) :]
        if side == 1:
            groups[g][1][:] = [r for r in groups[g][1] if r.units]
        else:
            groups[g][0][:] = [r for r in groups[g][0] if r.units]
            groups[g][1].clear()
            if not any(r.units for r in groups[g][0]):
                del groups[g]
        return True
    return False


def _straddled(seq: Sequence[tuple[int, int, RawTurn, Unit]]) -> list[bool]:
    """For each position k: some marked turn at k or after it is marked as a
    turn before k is (one pass: each mark's first and last position)."""
    first: dict[tuple[str, str | None], int] = {}
    last: dict[tuple[str, str | None], int] = {}
    for k, (_, _, r, _) in enumerate(seq):
        if r.kind != "plain":
            first.setdefault(_mark(r), k)
            last[_mark(r)] = k
    delta = [0] * (len(seq) + 2)
    for mark, a in first.items():
        delta[a + 1] += 1
        delta[last[mark] + 1] -= 1
    out, open_marks = [], 0
    for k in range(len(seq)):
        open_marks += delta[k]
        out.append(open_marks > 0)
    return out


def _copy(r: RawTurn) -> RawTurn:
    return RawTurn(r.side, r.kind, r.speaker, r.label, list(r.units), r.role_word)


def _mark(r: RawTurn) -> tuple[str, str | None]:
    """How a turn is marked: its cue's kind and its speaker label."""
    return (r.kind, r.speaker.casefold() if r.kind == "speaker" and r.speaker else None)


_GAP = 4  # lines of furniture between two exchanges that end an interview


def _apart(group: Group, roles: Sequence[Role]) -> bool:
    """Furniture stands between the question and its answer (a prompt at
    the page's foot, "Do you have a tip? Here's how.", over a sign-up box)."""
    q = [u for r in group[0] for u in r.units]
    a = [u for r in group[1] for u in r.units]
    return bool(q and a) and _interrupted(roles, q[-1].source.index, a[0].source.index)


def _signed_off(groups: Sequence[Group], roles: Sequence[Role], lex: Lexicon) -> bool:
    """The last (plain) exchange comes after the interview has ended: the
    answer before it closes with a note about the piece or a thank-you, or
    a block of furniture stands between them (a teaser under "More on this
    subject" asks, and the next teaser "answers")."""
    if len(groups) < 2:
        return False
    before = [u for r in groups[-2][1] for u in r.units]
    if not before:
        return False
    question = groups[-1][0][0].units[0].source.index
    end = before[-1].source.index
    notes = [u for u in before[1:] if note(u, lex) or is_closing_thanks(u.body)]
    furniture = sum(1 for j in range(end + 1, question) if roles[j].role == BOILERPLATE)
    return bool(notes) or furniture >= _GAP


def open_start(groups: list[Group]) -> list[Unit]:
    """Question turns before the interview whose "answer" is no text (a
    "Forgot your password?" over a menu): removed from ``groups``; their
    units are returned for the lead."""
    out: list[Unit] = []
    while groups:
        qs, ans = groups[0]
        if _marked(groups[0]) or answered([u for r in ans for u in r.units]):
            break
        groups.pop(0)
        out += [u for r in (*qs, *ans) for u in r.units]
    return out


def answered(units: Sequence[Unit]) -> bool:
    """Some paragraph of an answer is a sentence that does not ask: answers
    are text (a list of questions answers nothing)."""
    return any(not u.body.blank and answered_line(u.body) for u in units)


def answered_line(line: Line) -> bool:
    """The line is a sentence that does not ask, and is not cut short."""
    return _sentence(line) and not line.question and not _cut(line)


def _cut(line: Line) -> bool:
    """A teaser cut short by the page ("... vers la projection de…"): a
    headline in a list, not an answer's text."""
    return line.text.endswith(("…", "..."))


def _marked(group: Group) -> bool:
    """A label or dash opens one of the exchange's turns."""
    return any(r.kind != "plain" for r in (*group[0], *group[1]))


def _break(units: Sequence[Unit], roles: Sequence[Role]) -> int:
    """The first unit of the last answer that is no longer part of it."""
    for k in range(1, len(units)):
        u, prev = units[k], units[k - 1]
        if u.cue is not None and u.cue.own_line:
            continue  # a label printed alone: its text follows
        if prev.cue is not None and prev.cue.own_line and prev.body.blank:
            continue
        if _interrupted(roles, prev.source.index, u.source.index):
            return k
        if u.note or is_closing_thanks(u.body) or about_piece(u):
            return k
        if u.cue is None and not _sentence(u.body):
            return k
    return len(units)


def _keep(answer: list[RawTurn], n: int) -> None:
    """Keep the first ``n`` units of the answer's turns."""
    for r in answer:
        if n <= 0:
            r.units.clear()
        elif len(r.units) > n:
            del r.units[n:]
            n = 0
        else:
            n -= len(r.units)
    answer[:] = [r for r in answer if r.units]


def _drop(units: Sequence[Unit], roles: list[Role], rule: str) -> None:
    for u in units:
        roles[u.source.index] = Role(BOILERPLATE, "other", rule)
