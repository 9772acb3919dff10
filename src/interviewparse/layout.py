"""How the page lays out its questions, read from the page itself: numbered
questions ("1) ...", "2) ..."), a box of questions nobody answers, and
exchanges set as blocks of a question line and an answer line."""

from __future__ import annotations

from collections.abc import Sequence

from . import patterns
from .lexicon import Lexicon
from .questions import evidence, is_standalone_question
from .text import Line
from .units import Unit

# a question's own number: "1) ...", "12. ..." (a run of them numbers the questions)
_NUMBER = patterns.compile(r"(?P<n>\d{1,2})[.)]\s")
_NUMBERED_RUN = 3


_LISTED = 4
_LISTED_WORDS = 40


def _listed_question(body: Line, lex: Lexicon) -> bool:
    """A question as a list prints it: it asks, it is short, and nobody in
    it speaks as "I", or as "we" without "you" (an answer that ends asking
    does; "Can you tell us ...?" asks)."""
    if body.size > _LISTED_WORDS or not (
        body.question or (("?" in body.text or "？" in body.text) and _asks_then_aside(body.text))
    ):
        return False
    ev = evidence(body, lex)
    return not (ev.first_singular or (ev.first_plural and not ev.second_person))


_ASIDE_WORDS = 15


def _asks_then_aside(text: str) -> bool:
    """A question with a short remark after it: "Why not isolate the old?
    But the figures speak against it." """
    k = max(text.rfind("?"), text.rfind("？"))
    return k > 0 and len(text[k + 1 :].split()) <= _ASIDE_WORDS


def question_lists(us: Sequence[Unit], lex: Lexicon) -> frozenset[int]:
    """Three plain questions or more in a row with nothing between them: a
    box of the questions an episode covers, a list of readers' questions;
    nobody answers them there, and none opens a turn."""
    out: set[int] = set()
    run: list[int] = []
    for i, u in enumerate([*us, None]):
        if u is not None and u.cue is None and _listed_question(u.body, lex):
            run.append(i)
            continue
        if len(run) >= _LISTED:
            out.update(run)
        run = []
    return frozenset(out)


def numbered_questions(us: Sequence[Unit], lex: Lexicon) -> frozenset[int]:
    """Paragraphs numbered 1, 2, 3 ... in order, most of them questions: the
    page numbers its questions, and each numbered paragraph opens one, also
    a long one or one that asks without "?"."""
    found: list[tuple[int, int]] = []
    for i, u in enumerate(us):
        m = _NUMBER.match(u.source.text[:4]) if u.cue is None else None
        if m is not None:
            found.append((i, int(m.group("n"))))
    run: list[int] = []
    best: list[int] = []
    last = 0
    for i, n in found:
        if n == last + 1 or (run and last < n <= last + 2):
            run.append(i)
        elif n == 1:
            run = [i]
        else:
            continue
        last = n
        if len(run) > len(best):
            best = list(run)
    if len(best) < _NUMBERED_RUN:
        return frozenset()
    asking = sum(1 for i in best if us[i].body.question)
    return frozenset(best) if asking * 3 >= len(best) * 2 else frozenset()


_BLOCKS = 3  # question-and-answer blocks that show the page's layout
_BLOCK_QUESTION_WORDS = 60


def block_questions(us: Sequence[Unit], lex: Lexicon) -> frozenset[int]:
    """A page that sets each exchange as a block of two lines, the question
    and its answer, with space or furniture between the blocks: there, the
    first line of such a block asks even without "?" (a remark the
    interviewer makes, "Your old club leads the table."), when it is
    shorter than the line under it. The layout must show in three blocks
    at least that ask with a question, and in most of the page's blocks
    that hold a question."""
    blocks: list[list[int]] = []
    for i, u in enumerate(us):
        if blocks and u.source.index == us[blocks[-1][-1]].source.index + 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    asking = [b for b in blocks if any(us[i].body.question for i in b)]
    pairs = [b for b in asking if len(b) == 2 and _asks(us[b[0]], lex)
             and not us[b[1]].body.question]
    if len(pairs) < _BLOCKS or len(pairs) * 3 < len(asking) * 2:
        return frozenset()
    lo, hi = pairs[0][0], pairs[-1][0]
    out = set()
    for b in blocks:
        if len(b) != 2 or not lo < b[0] < hi:
            continue
        q, a = us[b[0]], us[b[1]]
        if q.cue is None and a.cue is None and not q.body.question and not a.body.question and (
            q.body.size <= _BLOCK_QUESTION_WORDS and q.body.size < a.body.size
            and q.body.terminal and not evidence(q.body, lex).first_singular
        ):
            out.add(b[0])
    return frozenset(out)


def _asks(u: Unit, lex: Lexicon) -> bool:
    return u.cue is None and is_standalone_question(u.body, lex)
