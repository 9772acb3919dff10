"""Turn segmentation: a small state machine over the units that opens turns
on the cues the page's scheme accepts, and on standalone questions where
the page has no cues, and gathers the paragraphs of each turn."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon
from .questions import is_standalone_question, remark_before
from .scheme import Scheme
from .speakers import role_side
from .units import ANSWER, QUESTION, RawTurn, Unit


def segment(us: Sequence[Unit], scheme: Scheme, lex: Lexicon) -> list[RawTurn]:
    """Group units into turns. A cue opens a turn; a plain line continues
    the current turn, except where the page's questions are plain
    paragraphs (standalone format) or its answers are unlabelled."""
    sides = scheme.sides
    ahead = _next_cues(us)
    turns: list[RawTurn] = []
    cur: RawTurn | None = None
    pending: Unit | None = None  # a label alone on its line
    for idx, u in enumerate(us):
        if u.cue is not None and u.cue.own_line:
            if pending is not None:
                cur = _open(turns, pending, sides, cur)
            pending = u
            continue
        if pending is not None:
            cur = _open(turns, pending, sides, cur)
            pending = None
            cur.units.append(u)
            continue
        if u.cue is not None:
            cur = _open(turns, u, sides, cur)
            continue
        if u.section and cur is not None and cur.side == ANSWER:
            cur = None  # a new part of the page: its questions may be plain
        following = us[idx + 1] if idx + 1 < len(us) else None
        cur = _plain_unit(turns, cur, u, ahead[idx], following, scheme, lex, idx)
    if pending is not None:
        cur = _open(turns, pending, sides, cur)
    _unanswered_last_question(turns)
    return turns


def _unanswered_last_question(turns: list[RawTurn]) -> None:
    """A plain question that ends the page with nothing after it is how the
    last answer ends ("... and who would say no to that?"), not a question."""
    if len(turns) >= 2:
        last, prev = turns[-1], turns[-2]
        if last.side == QUESTION and last.kind == "plain" and prev.side == ANSWER and (
            prev.kind == "plain"
        ):
            prev.units.extend(last.units)
            turns.pop()


def _side_of(u: Unit, sides: dict[str, str], cur: RawTurn | None) -> str:
    c = u.cue
    assert c is not None
    if c.kind == "qa":
        return c.side or QUESTION
    if c.kind == "speaker":
        return sides.get(c.label, ANSWER)
    # a dash answers an open question and asks otherwise
    return ANSWER if cur is not None and cur.side == QUESTION else QUESTION


def _open(turns: list[RawTurn], u: Unit, sides: dict[str, str], cur: RawTurn | None) -> RawTurn:
    c = u.cue
    assert c is not None
    side = _side_of(u, sides, cur)
    if side == ANSWER and cur is not None and cur.side != QUESTION:
        _split_unlabelled_question(turns, cur)
    speaker = c.label if c.kind in ("speaker", "qa") else None
    role_word = c.kind == "qa" or role_side(c.label) is not None
    t = RawTurn(side, c.kind, speaker, u.label, [u], role_word)
    turns.append(t)
    return t


def _split_unlabelled_question(turns: list[RawTurn], cur: RawTurn) -> None:
    """An "Answer:" after unlabelled text: the question is the run of
    paragraphs that ends the text and asks."""
    k = len(cur.units)
    while k > 0 and (cur.units[k - 1].body.question) and cur.units[k - 1].cue is None:
        k -= 1
    if k == len(cur.units) or (k == 0 and cur.label is not None):
        return
    if k == 0:  # the whole turn asks: it is the question
        cur.side, cur.kind, cur.speaker, cur.role_word = QUESTION, "plain", None, False
        return
    moved = cur.units[k:]
    del cur.units[k:]
    turns.append(RawTurn(QUESTION, "plain", None, None, moved))


def _plain_unit(
    turns: list[RawTurn],
    cur: RawTurn | None,
    u: Unit,
    nxt: Unit | None,
    us_next: Unit | None,
    scheme: Scheme,
    lex: Lexicon,
    idx: int,
) -> RawTurn:
    if u.note:
        if cur is None:
            cur = RawTurn(None, "plain", None, None)
            turns.append(cur)
        cur.units.append(u)
        return cur
    if cur is None or cur.kind == "plain":
        if cur is not None and cur.side == QUESTION:
            t = RawTurn(ANSWER, "plain", None, None, [u])
        elif not u.quoted and idx not in scheme.listed and (idx in scheme.numbered or (
            idx in scheme.blocked) or (
            scheme.plain_questions(idx) and is_standalone_question(u.body, lex)
        )):
            t = RawTurn(QUESTION, "plain", None, None, [*remark_before(cur, u, lex), u])
        elif cur is None:
            t = RawTurn(None, "plain", None, None, [u])
        else:
            cur.units.append(u)
            return cur
        turns.append(t)
        return t
    if (
        cur.side == ANSWER
        and not u.quoted
        and idx not in scheme.listed
        and (
            (scheme.plain_questions(idx) and is_standalone_question(u.body, lex))
            or idx in scheme.blocked
            or (scheme.answers_only and _under_answer_label(us_next, scheme, u))
        )
    ):  # where the page marks only one side, or no longer marks turns at all
        t = RawTurn(QUESTION, "plain", None, None, [*remark_before(cur, u, lex), u])
        turns.append(t)
        return t
    # a labelled question whose answers are unlabelled ("Oksana K.: ...?"
    # then the reply): the reply starts once the question has asked
    if (
        cur.side == QUESTION
        and not _answer_cue_ahead(nxt, scheme.sides, cur)
        and cur.units[-1].body.question  # (units after the asking one all ask too)
        and not u.body.question
    ):
        t = RawTurn(ANSWER, "plain", None, None, [u])
        turns.append(t)
        return t
    cur.units.append(u)
    return cur


_QUESTION_WORDS = 60


def _under_answer_label(following: Unit | None, scheme: Scheme, u: Unit) -> bool:
    """On a page that labels its answers only, a short plain paragraph right
    above an answer's label is the question it answers, with or without a
    question mark ("It probably also helped that you wanted to be a
    doctor!" / "AD Absolutely.")."""
    if following is None or following.cue is None or following.cue.kind == "dash":
        return False
    c = following.cue
    side = c.side if c.kind == "qa" else scheme.sides.get(c.label)
    return side == ANSWER and u.body.size <= _QUESTION_WORDS and not u.body.blank


def _next_cues(us: Sequence[Unit]) -> list[Unit | None]:
    """For each unit, the next unit after it that has a cue (one pass)."""
    out: list[Unit | None] = [None] * len(us)
    nxt: Unit | None = None
    for i in range(len(us) - 1, -1, -1):
        out[i] = nxt
        if us[i].cue is not None:
            nxt = us[i]
    return out


def _answer_cue_ahead(nxt: Unit | None, sides: dict[str, str], cur: RawTurn) -> bool:
    """The next cue opens an answer: text before it still belongs to the question."""
    if nxt is None or nxt.cue is None:
        return False
    c = nxt.cue
    if c.kind == "qa":
        return c.side == ANSWER
    if c.kind == "speaker":
        return sides.get(c.label) == ANSWER
    return cur.kind == "dash"
