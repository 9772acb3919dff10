"""What a paragraph says about who speaks it and to whom: the evidence that
makes an unlabelled paragraph an interviewer's question (a final "?", a
request, an address, "you"), and the remark that may open a two-paragraph
question."""

from __future__ import annotations

import functools
import re

import attrs
import regex

from . import patterns
from .enumerations import find_marker
from .lexicon import ALL, Lexicon
from .phrases import is_han, spaced_alt
from .text import Line, make_line
from .units import ANSWER, RawTurn, Unit

_WORDS = patterns.compile(r"[\p{L}'’]+")
_ADDRESS_NAME = patterns.compile(
    # "Андрей Викторович," / "陈总，"
    r"(?:\p{Lu}[\p{Ll}'’\-]+\s+){0,2}\p{Lu}[\p{Ll}'’\-]*(?:вич|вна|ична|ич)\s*,"
    r"|\p{Han}{1,3}(?:总|先生|女士|老师|教授|主任|部长|书记|市长|局长|院长|经理)\s*[，,]"
)
# a sentence that opens by speaking to the interviewee: "You never did ..."
_SECOND_OPENS = patterns.compile(
    r"(?:^|[.!?…。！？]\s+)(?:"
    + "|".join(re.escape(w) for w in sorted(ALL.second_person, key=lambda w: (-len(w), w)))
    + r")(?![\p{L}])",
    regex.IGNORECASE,
)
# a request that opens the paragraph: "Tell us ...", "Расскажите ...", "请谈谈"
_IMPERATIVE = patterns.compile(
    "(?:(?:" + "|".join(re.escape(p) for p in ALL.please) + r"),?\s+)?"
    "(?:" + spaced_alt(ALL.imperatives) + r")(?![\p{L}])"
    "|(?:" + "|".join(re.escape(p) for p in ALL.imperatives
                      if not p.isascii() and is_han(p)) + ")"
)
_HAN_I = patterns.compile(r"我(?!们)")  # "I", not "we"
_OTHERS_OPEN = patterns.compile(
    r"(?:^|[.!?…。！？]\s*)(?:(?:"
    + "|".join(re.escape(w) for w in sorted(ALL.others_say, key=lambda w: (-len(w), w))
               if not is_han(w))
    + r")(?![\p{L}\-])|(?:"  # Chinese has no spaces: "很多人觉得" has no word end to look for
    + "|".join(re.escape(w) for w in ALL.others_say if is_han(w))
    + "))",
    regex.IGNORECASE,
)
_REPORT_STEMS = tuple(v for v in ALL.report_verbs if not is_han(v))
_REPORT_HAN = tuple(v for v in ALL.report_verbs if is_han(v))
# what a remark says about the interviewee's own past: "You never did ..."
_ABOUT_THEM = patterns.compile(
    r"(?i)\b(?:did|didn't|were|was|have|had|'ve|said|told|mentioned|wrote|began|started|spent|"
    r"became|left|joined|took|made|chose|decided|never|once|already|recently|still|used to)\b"
)
_SENTENCE_END = patterns.compile(r"[.!?。！？…]\s")
_QUOTE_OPEN = "“«„\"‘'「『"


@attrs.frozen
class QuestionEvidence:
    """What a paragraph says about who speaks it and to whom."""

    imperative: bool
    second_person: bool
    first_singular: bool
    first_plural: bool
    address: bool
    words: int


def evidence(line: Line, lex: Lexicon) -> QuestionEvidence:
    """What the paragraph says about who speaks it and to whom (the words of
    every language: a page quotes more than one). Stages ask about the same
    paragraph more than once: cached for the page (``assemble.parse``
    clears the cache before and after)."""
    return _evidence(line.text, line.han, line.size)


def text_evidence(text: str, han: int, size: int) -> QuestionEvidence:
    """``evidence`` for a text that is no ``Line`` (the triage gate's lines)."""
    return _evidence(text, han, size)


@functools.lru_cache(maxsize=4096)
def _evidence(text: str, han: int, size: int) -> QuestionEvidence:
    low = text[:600].casefold()
    toks = _WORDS.findall(low)
    if han:
        second = any(p in low for p in _HAN_SECOND)
        first = _HAN_I.search(low) is not None
        plural = any(p in low for p in _HAN_PLURAL)
    else:
        second = not ALL.second_person.isdisjoint(toks)
        first = not ALL.first_singular.isdisjoint(toks)
        plural = not ALL.first_plural.isdisjoint(toks)
    imperative = _IMPERATIVE.match(low) is not None
    address = (bool(toks) and toks[0] in ALL.address_forms and "," in text[:60]) or bool(
        _ADDRESS_NAME.match(text[:60])
    )
    return QuestionEvidence(
        imperative=imperative,
        second_person=second,
        first_singular=first,
        first_plural=plural,
        address=address,
        words=size,
    )


def evidence_cache_clear() -> None:
    _evidence.cache_clear()
    _STANDALONE.clear()


_HAN_SECOND = tuple(p for p in ALL.second_person if not p.isascii() and len(p) == 1)
_HAN_PLURAL = tuple(p for p in ALL.first_plural if not p.isascii())


def _quoted_question(text: str) -> bool:
    """The final "?" closes a quotation that opened inside the paragraph."""
    if not text or text[-1] not in "”»\"'’」』":
        return False
    tail = text[-400:]
    opened = max(tail.rfind(q) for q in _QUOTE_OPEN if q != text[-1])
    return opened > 0 or (opened == -1 and text[-1] in "\"'" and tail.count(text[-1]) >= 2
                          and tail.find(text[-1]) > 0)


_LAST_SENTENCE = patterns.compile(r"[.!…。！]\s+(?=\S[^.!?…。！？]*$)")


def _closing_request(line: Line, lex: Lexicon) -> bool:
    """A short paragraph whose last sentence is a request: "People send you
    seeds in the post. Tell us about the strangest parcel" (no "I": an
    answer's "I said: explain it to me." is the speaker's)."""
    if line.size > 40 or line.question:
        return False
    cut = _LAST_SENTENCE.search(line.text[-300:])
    if cut is None:
        return False
    last = line.text[-300:][cut.end() :].casefold()
    return _IMPERATIVE.match(last) is not None and not evidence(line, lex).first_singular


_FIRST_QUESTION = patterns.compile(r"[^?？]{8,300}[?？]\s+")


def _question_then_aside(line: Line, lex: Lexicon) -> bool:
    """A question followed by a short aside: "Pane Ostape, in what state did
    you find the bridge? Honestly." / "What happens to the traffic? People
    complain about the detour." The question speaks to "you" (or the aside
    reports what others say), and nobody says "I": an answer that opens
    with its own "Why? Because ..." is not one."""
    if line.size > 40 or line.question or ("?" not in line.text and "？" not in line.text):
        return False
    m = _FIRST_QUESTION.match(line.text)
    if m is None:
        return False
    aside = line.text[m.end() :]
    if not aside or len(_WORDS.findall(aside)) > 10 or "?" in aside or "？" in aside:
        return False
    ev = evidence(line, lex)
    if ev.first_singular:
        return False
    asked = make_line(line.index, line.start, line.text[: m.end()].rstrip())
    q = evidence(asked, lex)
    if q.words < 3:
        return False
    return q.second_person or q.address or _reports_others(
        make_line(line.index, line.start + m.end(), aside)
    )


_REPORTED = patterns.compile(
    "(?<![\\p{L}])(?:" + spaced_alt(ALL.reported_questions) + ")",
    regex.IGNORECASE,
)


def _reported_question(line: Line, lex: Lexicon) -> bool:
    """One sentence that passes on somebody's question: "Ray from Tillby
    wants to know why the toilets have been locked." (no "I": "My daughter
    asks why ..." is an answer's story)."""
    if line.size > 40 or _SENTENCE_END.search(line.text[:-1]) is not None:
        return False
    if _REPORTED.search(line.text[:300]) is None:
        return False
    ev = evidence(line, lex)
    return not (ev.first_singular or ev.first_plural)


_CLAUSE = patterns.compile(r"[,;]\s+")


def _clause_request(line: Line, lex: Lexicon) -> bool:
    """A request in a later clause of a paragraph that speaks to the other
    person: "Anna, you were fined in April, tell us what happened." (not
    spoken as "I")."""
    if line.size > 40 or line.question:
        return False
    low = line.text[:300].casefold()
    if not any(_IMPERATIVE.match(low, m.end()) for m in _CLAUSE.finditer(low)):
        return False
    ev = evidence(line, lex)
    return (ev.second_person or ev.address) and not ev.first_singular


def is_request(line: Line, lex: Lexicon) -> bool:
    """The paragraph asks without a question mark: a request ("Tell us
    about the plant.", also as its last sentence) or a question passed on
    ("Ray wants to know why ...")."""
    return (
        _IMPERATIVE.match(line.text[:80].casefold()) is not None
        or _closing_request(line, lex)
        or _reported_question(line, lex)
    )


def is_standalone_question(line: Line, lex: Lexicon) -> bool:
    """See ``_standalone``; asked more than once of a paragraph (the scheme,
    the layout and the turns each ask), and a page may repeat one: the
    answer is kept for the page by the paragraph's text, which decides it
    (``evidence_cache_clear`` empties it)."""
    if line.size > 70:
        return False
    key = (line.text, lex.code)
    found = _STANDALONE.get(key)
    if found is None:
        if len(_STANDALONE) >= _STANDALONE_SIZE:
            _STANDALONE.clear()
        found = _STANDALONE[key] = _standalone(line, lex)
    return found


_STANDALONE: dict[tuple[str, str], bool] = {}
_STANDALONE_SIZE = 4096


def _standalone(line: Line, lex: Lexicon) -> bool:
    """An interviewer's paragraph in a page without labels or dashes. More
    than the final "?": a rhetorical "Did I expect that?" is first person
    with no "you"; a quoted question is somebody else's; a long paragraph
    ending in "?" is an answer's flourish. Without a final "?": a request
    ("Tell us about the plant."), also as the last sentence, a question
    with a short aside after it ("... the bridge? Honestly."), or a question
    passed on ("Ray wants to know why ...")."""
    if line.size > 70:
        return False
    if line.question:
        if _quoted_question(line.text):
            return False
        # "Did I expect that?" is the speaker musing; "My dog ate a mushroom.
        # What should I do?" is a reader asking: only a lone first-person
        # sentence is rhetorical
        lone = line.size <= 15 and _SENTENCE_END.search(line.text[:-1]) is None
        if not lone:
            return True
        ev = evidence(line, lex)
        return not (ev.first_singular and not (ev.second_person or ev.address))
    if _IMPERATIVE.match(line.text[:80].casefold()) or _closing_request(line, lex):
        # a request: "Tell us about the plant." / "Describe a normal day" (stop lost)
        return line.size <= 40 and (line.last in ".!:：。！" or not line.terminal)
    if _trailing_off(line, lex) or _clause_request(line, lex):
        return True
    return _question_then_aside(line, lex) or _reported_question(line, lex)


_TRAILING_WORDS = 25
_TRAILING_MIN_WORDS = 3


def _trailing_off(line: Line, lex: Lexicon) -> bool:
    """A short remark left open for the other person to finish: "Especially
    when they are in intensive care …" (not spoken as "I")."""
    if not line.text.endswith("…") or line.text.startswith("…"):
        return False
    if not _TRAILING_MIN_WORDS <= line.size <= _TRAILING_WORDS:
        return False
    return not evidence(line, lex).first_singular


# ---------------------------------------------------------------- segment


def remark_before(cur: RawTurn | None, question: Unit, lex: Lexicon) -> list[Unit]:
    """An interviewer's remark that opens a two-paragraph question: the
    answer's last paragraph, when it is short, asks nothing, is not spoken
    as "I", and either speaks to "you" and not as "we" ("You never stopped
    performing."), or reports what other people say and is followed by a
    short question that leans on it ("Many readers wrote to us that ... /
    Can you understand the anger?"), or speaks of "you" anywhere before a
    question of a few words ("Last year the town bought ... you drove your
    own car. / What changed?")."""
    if cur is None or cur.side != ANSWER or len(cur.units) < 2:
        return []
    last = cur.units[-1]
    if last.cue is not None or last.note or last.body.question or last.body.size > 40:
        return []
    ev = evidence(last.body, lex)
    if ev.first_singular or find_marker(last.body.text, 0) is not None:
        return []  # spoken as "I", or a point of the answer's list ("Secondly, ...")
    if _speaks_to_you(last.body.text, ev):
        cur.units.pop()
        return [last]
    if "?" in last.body.text or "？" in last.body.text:
        return []  # "Many ask: is it harmful? No. ...": the answer asks and answers itself
    if (question.body.size <= 12 and _reports_others(last.body)) or (
        ev.second_person and not ev.first_plural and question.body.size <= 6
    ):
        cur.units.pop()
        return [last]
    return []


def _speaks_to_you(text: str, ev: QuestionEvidence) -> bool:
    """A sentence that opens with "you" and no "we" in the paragraph; an
    English "you" must also tell of the person's past ("You never did ..."):
    it is often anyone ("You are listening to the metal.")."""
    opens = _SECOND_OPENS.search(text[:600])
    if opens is None or ev.first_plural:
        return False
    if opens.group(0).strip(" .!?…。！？").casefold() in ("you", "your"):
        return _ABOUT_THEM.search(text[opens.end() : opens.end() + 200]) is not None
    return True


def _reports_others(line: Line) -> bool:
    """A sentence that opens with other people ("Many readers", "Многие",
    "很多人") and a verb of saying or thinking in the paragraph."""
    text = line.text[:600]
    if _OTHERS_OPEN.search(text) is None:
        return False
    low = text.casefold()
    if line.han:
        return any(v in low for v in _REPORT_HAN)
    return any(t.startswith(_REPORT_STEMS) for t in _WORDS.findall(low))

