"""Is the page an interview? Evidence, not a count.

Each exchange the earlier stages found is weighed on what it shows of a
conversation (``Evidence``): the asking turn asks ("?", a request, a
question passed on), it is as short as a question, the answer is text, the
question speaks to the other person ("you", "Mr Lee,", "Tell us ..."), the
answer speaks as "I" or "we", labels or dashes mark the turns. The page's
features (``page_features``) are the shares of its exchanges that show
each of these, and a few facts of the whole page: how many exchanges, how
much more the answering side says, the same questions put to several
people, questions printed in quotation marks (a story's dialogue), the
same question and answer printed again (a widget).

The verdict combines the features with weights fitted on pages whose
answer is known (``tools/fit_verdict.py``: the written test sets, the
written pages that are no interviews, and the real development pages; the
real pages that are no interviews stay out of the fit, to measure it). It
names the features that weighed most, and gives the probability as its
confidence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import attrs

from . import patterns
from .lexicon import Lexicon
from .notes import names_interview
from .questions import evidence, is_request
from .region import answered, answered_line
from .text import Line
from .units import RawTurn, Unit

Group = tuple[list[RawTurn], list[RawTurn]]

_QUESTION_WORDS = 80  # a question turn is no longer than a long paragraph
_QUESTION_PARAGRAPHS = 3
_VOICE_WORDS = 8  # an answer that speaks as "I" is more than a teaser's line
_ANSWER_READ = 2  # paragraphs of an answer read for who speaks in it
_QUOTES = "\"“«„'‘»”"


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
    quoted: bool = False  # the question is a quotation: a character's line
    asker_first: bool = False  # the asking side speaks as "I" (tells its own story)
    reader: bool = False  # the answer speaks to "you" and never as "I"/"we"
    paragraphs: int = 0  # of the answer
    lead_in: bool = False  # the question states something before it asks
    prose: float = 0.0  # share of the answer's paragraphs that are sentences


@attrs.frozen
class Verdict:
    interview: bool
    confidence: float
    evidence: tuple[str, ...]


def weigh(group: Group, lex: Lexicon) -> Evidence:
    qs, ans = group
    q_units = [u for r in qs for u in r.units if not u.body.blank]
    a_units = [u for r in ans for u in r.units]
    said = [u.body for u in a_units if not u.body.blank]
    q_ev = [evidence(u.body, lex) for u in q_units]
    a_ev = [evidence(b, lex) for b in said[:_ANSWER_READ]]  # who speaks shows early
    asks = any(_asks(u, lex) for u in q_units)
    short = len(q_units) <= _QUESTION_PARAGRAPHS and sum(e.words for e in q_ev) <= _QUESTION_WORDS
    speaks = any(e.first_singular or e.first_plural for e in a_ev)
    # a question in quotation marks is someone's line reported, not asked here
    quoted = bool(q_units) and q_units[0].body.text[:1] in _QUOTES
    return Evidence(
        asks=(asks and not quoted) or any(r.role_word for r in qs),
        short=short,
        text=answered(a_units),
        addresses=any(e.second_person or e.address or e.imperative for e in q_ev),
        voice=speaks and sum(b.size for b in said) >= _VOICE_WORDS,
        marks=_marks(qs, ans),
        question_words=sum(e.words for e in q_ev),
        answer_words=sum(b.size for b in said),
        quoted=quoted,
        asker_first=any(e.first_singular for e in q_ev),
        reader=not speaks and any(e.second_person for e in a_ev),
        paragraphs=len(said),
        lead_in=_leads_in(" ".join(u.body.text for u in q_units)),
        prose=sum(map(_prose, said)) / max(1, len(said)),
    )


_STATED = patterns.compile(r"[^?？]\p{L}[.!。！](?:\s|$)")


def _leads_in(question: str) -> bool:
    """A sentence that states something comes before the question mark: "The
    gap is six million. Where will the money come from?" (an explainer's
    heading asks in one breath)."""
    end = question.rfind("?")
    if end < 0:
        end = question.rfind("？")
    return end > 0 and _STATED.search(question, 0, end) is not None


def _prose(line: Line) -> bool:
    """A paragraph that ends as a sentence does (a menu glued into one
    line does not)."""
    return line.terminal and answered_line(line)


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


# what each feature says, for the verdict's evidence
FEATURES: dict[str, str] = {
    "asked_and_answered": "questions that ask and are answered",
    "asks": "questions that ask",
    "role_labels": "Q/A role labels",
    "name_labels": "speaker labels",
    "dashes": "dialogue dashes",
    "addressed": "questions that speak to the other person",
    "first_person": "answers in the first person",
    "conversation": "questions to 'you' answered as 'I'",
    "answers_talk": "answers longer than questions",
    "exchanges": "exchanges that ask and are answered (log)",
    "survey": "the same questions put to several people",
    "quoted": "questions in quotation marks",
    "repeated": "the same question and answer printed again",
    "short_answers": "answers of a few words",
    "asker_first": "questions in the first person",
    "reader_answers": "answers that speak to the reader",
    "long_answers": "answer paragraphs (log)",
    "announced": "the headline or the lead names an interview",
    "prose": "answer paragraphs that are sentences",
    "impersonal": "unmarked questions that speak to nobody",
    "lead_in": "questions that state something, then ask",
}


def page_features(
    groups: Sequence[Group], lex: Lexicon, lead: Sequence[Unit] = (), bare: bool = False,
    title: Line | None = None,
) -> dict[str, float]:
    """The page's features (``FEATURES``) from its answered exchanges and
    the text before them; ``bare``: the text holds nothing else (no
    furniture, a title at most). A page of thousands of exchanges is
    weighed on ``_WEIGHED`` of them spread evenly over it (its shares are
    the same; the count of exchanges is scaled back up)."""
    answered_groups = [g for g in groups if any(r.units for r in g[1])]
    step = -(-len(answered_groups) // _WEIGHED) if answered_groups else 1
    evs = [weigh(g, lex) for g in answered_groups[::step]]
    n = len(evs)
    if n == 0:
        return {}

    def share(flags: Sequence[bool]) -> float:
        return sum(flags) / n

    texts = [
        (" ".join(u.body.text for r in qs for u in r.units),
         " ".join(u.body.text for r in ans for u in r.units))
        for qs, ans in answered_groups
    ]
    twice = Counter(texts)
    q_words = sum(e.question_words for e in evs)
    a_words = sum(e.answer_words for e in evs)
    paragraphs = sorted(e.paragraphs for e in evs)[n // 2]
    announced = any(_names_interview(u.body) for u in lead[-_LEAD_UNITS:]) or (
        title is not None and _names_interview(title)
    )
    return {
        "asked_and_answered": share([e.asks and e.text and (e.short or e.marks != "")
                                     for e in evs]),
        "asks": share([e.asks for e in evs]),
        "role_labels": share([e.marks == "role" for e in evs]),
        "name_labels": share([e.marks == "named" for e in evs]),
        "dashes": share([e.marks == "dash" and e.asks for e in evs]),
        "addressed": share([e.addresses for e in evs]),
        "first_person": share([e.voice for e in evs]),
        "conversation": share([e.addresses and e.voice for e in evs]),
        "answers_talk": max(-2.0, min(2.0, math.log((a_words + 1) / (q_words + 1)))),
        "exchanges": math.log(1 + sum(e.asks and e.text for e in evs) * step),
        "survey": float(_put_to_several(groups) >= _SURVEY_QUESTIONS),
        "quoted": share([e.quoted for e in evs]),
        "repeated": sum(c for c in twice.values() if c > 1) / len(answered_groups),
        "short_answers": share([e.answer_words < _FEW_WORDS for e in evs]),
        "asker_first": share([e.asker_first for e in evs]),
        "reader_answers": share([e.reader for e in evs]),
        "long_answers": math.log(max(1, paragraphs)),
        "announced": float(announced),
        # one plain exchange nobody announced shows no alternation: no evidence
        LONE: float(n == 1 and evs[0].marks == "" and not announced),
        BARE: float(bare),
        SIDES: float(_sides_kept(answered_groups)),
        "prose": sum(e.prose for e in evs) / n,
        "impersonal": share([e.marks == "" and not e.addresses for e in evs]),
        "lead_in": share([e.lead_in for e in evs]),
    }


_WEIGHED = 200  # exchanges weighed at most: a page's shares show in them
_LEAD_WORDS = 4  # a menu's "Interviews" names no interview
_LEAD_UNITS = 12  # the headline, standfirst and intro just before the first question


def _names_interview(line: Line) -> bool:
    return line.size >= _LEAD_WORDS and names_interview(line.text)


_FEW_WORDS = 8
# fitted by tools/fit_verdict.py (see its docstring for the data and the method)
BIAS = -5.609
WEIGHTS: dict[str, float] = {
    "asked_and_answered": 0.989,
    "asks": 0.771,
    "role_labels": 1.390,
    "name_labels": -0.000,
    "dashes": 0.795,
    "addressed": 0.547,
    "first_person": 2.045,
    "conversation": 1.139,
    "answers_talk": 1.943,
    "exchanges": 1.173,
    "survey": 0.089,
    "quoted": -0.619,
    "repeated": 0.000,
    "short_answers": -0.487,
    "asker_first": -0.161,
    "reader_answers": -0.503,
    "long_answers": -1.912,
    "announced": 0.952,
    "prose": 0.778,
    "impersonal": -2.933,
    "lead_in": 0.795,
}
THRESHOLD = 0.5


def judge(
    features: dict[str, float], bias: float = BIAS, weights: dict[str, float] | None = None
) -> Verdict:
    """The verdict on a page's features (``bias`` and ``weights``: the
    fitted ones unless given, as ``tools/fit_verdict.py`` does)."""
    if not features:
        return Verdict(False, 0.0, ("no exchange",))
    if features.get(LONE):
        return Verdict(False, 0.0, (_LONE_SAYS,))
    weights = WEIGHTS if weights is None else weights
    parts = {name: weights.get(name, 0.0) * value for name, value in features.items()}
    z = bias + sum(parts.values())
    confidence = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
    top = sorted(parts, key=lambda name: -abs(parts[name]))[:_SAID]
    said = tuple(f"{FEATURES[name]} {features[name]:.2f} ({parts[name]:+.1f})" for name in top)
    if confidence < THRESHOLD and features["asked_and_answered"] >= _MOST:
        for name, least, says in _DECISIVE:
            if features.get(name, 0.0) >= least:
                return Verdict(True, THRESHOLD, (says, *said))
    return Verdict(confidence >= THRESHOLD, round(confidence, 3), said)


def _sides_kept(groups: Sequence[Group]) -> bool:
    """Every exchange opens with speaker labels, and no label that asks
    ever answers: one or two interviewers, the others answer (a play's
    characters ask each other, and so do the voices of a transcript)."""
    asking: set[str] = set()
    answering: set[str] = set()
    for qs, ans in groups:
        if not qs or not ans or qs[0].speaker is None or ans[0].speaker is None:
            return False
        asking.add(qs[0].speaker.casefold())
        answering.add(ans[0].speaker.casefold())
    return len(groups) >= 2 and len(asking) <= 2 and not asking & answering


_SAID = 3
LONE = "lone"
_LONE_SAYS = "a single exchange, unmarked and unannounced: no turns alternate"
SIDES = "sides"
BARE = "bare"
_MOST = 0.5
# evidence that decides a short page the weights find too thin, when most of
# its questions ask and are answered: (feature, its least value, what it says)
_DECISIVE = (
    # "Q:"/"A:", "Вопрос:"/"Ответ:" open most exchanges: the page says what it is
    ("role_labels", _MOST, "question and answer labels on most exchanges"),
    # speaker labels whose asking voices never answer (``_sides_kept``)
    (SIDES, 1.0, "speaker labels keep their sides: the same voices ask, the others answer"),
    # no menu, no lead, no article around them: a conversation handed over
    (BARE, 1.0, "the text holds nothing but its exchanges"),
)
