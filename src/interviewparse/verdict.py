"""Is the page an interview? Evidence, not a count.

Each exchange the earlier stages found is weighed on what it shows of a
conversation: the asking turn asks ("?", a request, a question passed on),
it is as short as a question, the answer is text, the question speaks to
the other person ("you", "Mr Lee,", "Tell us ..."), the answer speaks as
"I" or "we", and labels or dashes mark the turns. The page is an interview
when most of its exchanges ask and are answered, and what they say bears
out a conversation:

- turns labelled with the roles "Q:" / "A:" (or "Frage:", "Вопрос:", "问：")
  are an interview by themselves (a ministry's FAQ counts);
- turns marked by names or dashes need some of the conversation's voice:
  questions that speak to the other person, or answers in the first person;
- plain questions need more of it: an explainer's question headings speak
  to nobody and its answers report, a forum's related questions go
  unanswered, a review's rhetorical questions are the writer's own.

The verdict names the evidence that decided it, and gives a confidence.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .lexicon import Lexicon
from .questions import evidence, is_request
from .region import answered
from .units import RawTurn, Unit

Group = tuple[list[RawTurn], list[RawTurn]]

_QUESTION_WORDS = 80  # a question turn is no longer than a long paragraph
_QUESTION_PARAGRAPHS = 3
_VOICE_WORDS = 15  # an answer that speaks as "I" is more than a teaser's line
_SOME_ASK = 0.25
_TALKS = 2  # the answering side speaks twice as many words as the asking side


@attrs.frozen
class Evidence:
    """What one exchange shows of a conversation."""

    asks: bool  # the question turn asks: "?", a request, a question passed on
    short: bool  # it is as short as a question
    text: bool  # the answer holds a sentence
    addresses: bool  # the question speaks to the other person
    voice: bool  # the answer speaks as "I" or "we"
    marks: str  # "role" (Q:/A:), "named" (speaker labels), "dash" or ""
    question_words: int = 0
    answer_words: int = 0


@attrs.frozen
class Verdict:
    interview: bool
    confidence: float
    evidence: tuple[str, ...]


def weigh(group: Group, lex: Lexicon) -> Evidence:
    qs, ans = group
    q_units = [u for r in qs for u in r.units if not u.body.blank]
    a_units = [u for r in ans for u in r.units]
    q_ev = [evidence(u.body, lex) for u in q_units]
    a_ev = [evidence(u.body, lex) for u in a_units if not u.body.blank]
    asks = any(_asks(u, lex) for u in q_units)
    short = len(q_units) <= _QUESTION_PARAGRAPHS and sum(e.words for e in q_ev) <= _QUESTION_WORDS
    return Evidence(
        asks=asks or any(r.role_word for r in qs),
        short=short,
        text=answered(a_units),
        addresses=any(e.second_person or e.address or e.imperative for e in q_ev),
        voice=any(e.first_singular or e.first_plural for e in a_ev)
        and sum(e.words for e in a_ev) >= _VOICE_WORDS,
        marks=_marks(qs, ans),
        question_words=sum(e.words for e in q_ev),
        answer_words=sum(e.words for e in a_ev),
    )


def _asks(u: Unit, lex: Lexicon) -> bool:
    text = u.body.text
    return "?" in text or "？" in text or is_request(u.body, lex)


def _marks(qs: Sequence[RawTurn], ans: Sequence[RawTurn]) -> str:
    turns = [*qs[:1], *ans[:1]]
    if any(t.kind == "qa" or (t.kind == "speaker" and t.role_word) for t in turns):
        return "role"
    if any(t.kind == "speaker" for t in turns):
        return "named"
    if any(t.kind == "dash" for t in turns):
        return "dash"
    return ""


_SURVEY_QUESTIONS = 3


def _put_to_several(groups: Sequence[Group]) -> int:
    """How many questions the page asks more than once, each time with a
    different answer: a survey of several people ("the same six questions
    to seven investors"), not a widget printed twice."""
    answers: dict[str, set[str]] = {}
    for qs, ans in groups:
        said = [u.body for r in ans for u in r.units]
        if not any(b.terminal and not b.question and b.size >= _STATEMENT for b in said):
            continue  # (a list of linked questions answers nothing)
        q = " ".join(u.body.text for r in qs for u in r.units)
        answers.setdefault(q, set()).add(" ".join(b.text for b in said))
    return sum(1 for got in answers.values() if len(got) >= 2)


_STATEMENT = 8  # words of a sentence that answers


def decide(groups: Sequence[Group], lex: Lexicon) -> Verdict:
    """The page's verdict from its exchanges (answered ones only)."""
    evs = [weigh(g, lex) for g in groups if any(r.units for r in g[1])]
    n = len(evs)
    if n == 0:
        return Verdict(False, 0.0, ("no exchange",))
    good = sum(e.asks and e.text and (e.short or e.marks != "") for e in evs) / n
    role = sum(e.marks == "role" for e in evs) / n
    marked = sum(e.marks in ("named", "dash") for e in evs) / n
    addresses = sum(e.addresses for e in evs) / n
    voice = sum(e.voice for e in evs) / n
    said = [f"{n} exchanges", f"asked and answered {good:.2f}", f"addressed {addresses:.2f}",
            f"first person {voice:.2f}"]
    confidence = round(min(1.0, good * (0.5 + 0.5 * max(role, min(1.0, addresses + voice)))), 3)
    asks = sum(e.asks for e in evs) / n
    talks = sum(e.answer_words for e in evs) >= _TALKS * sum(e.question_words for e in evs)
    if good < 0.5 and not (asks >= _SOME_ASK and talks and good >= _SOME_ASK):
        # (an interviewer's follow-ups may be remarks, but then the other
        # side does the talking: a transcript of two people telling their
        # stories has neither)
        return Verdict(False, confidence, (*said, "most questions do not ask or go unanswered"))
    if role >= 0.5:
        return Verdict(True, max(confidence, 0.9), (*said, "Q/A labels"))
    if marked >= 0.5:
        return Verdict(True, confidence, (*said, "labelled turns"))
    if _put_to_several(groups) >= _SURVEY_QUESTIONS:
        return Verdict(True, confidence, (*said, "the same questions put to several people"))
    ok = (addresses >= 0.25 and voice >= 0.25) or addresses >= 0.5 or (voice >= 0.6 and n >= 3)
    return Verdict(ok, confidence, (*said, "plain questions" + ("" if ok else ", no voice")))
