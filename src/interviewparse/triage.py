"""A cheap gate in front of the parser, for crawls where interviews are rare.

``may_be_interview`` reads the page's lines once, without classifying them,
and says whether the page shows any question-and-answer shape at all:

- a Q/A label ("Q:", "Frage:", "Вопрос:", or the word alone on its line);
- speaker labels: two different labels that open lines (or stand alone on
  them) twice each ("Anna Lee: ...", "INTERVIEWER");
- dialogue dashes: two dashed lines, one of them asking;
- plain exchanges: a line that asks ("?", a request) followed by a line
  that is a sentence, twice; or once, on a page that names an interview.

A page with none of these cannot come out of ``parse`` as an interview: every
exchange the parser accepts is marked by a label or a dash, or asks and is
answered by text, and a single plain exchange counts only when the page
announces an interview. The gate errs towards passing pages: it must never
drop an interview the full parse finds (``tests/test_triage.py`` holds it to
that on every page set). Its cost is a few times that of reading the lines.
"""

from __future__ import annotations

import itertools
from collections import Counter

from . import cues, patterns
from .lexicon import ALL
from .notes import INTERVIEW_NOUNS
from .phrases import alt
from .questions import text_evidence
from .text import EDGE_CHARS

_ASKS = patterns.compile(r"[?？¿](?:[^?？.!。！]{0,80})$|[?？]\s*\S{0,3}$")
_WIDE = patterns.compile(r"[\u1100-\U0010ffff]")  # no CJK script comes before Hangul's letters
_HAN = patterns.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_DASH = patterns.compile(r"(?:[—―–]|--?)\s*\S")
# a label before a colon: a few words, or CJK characters ("记者：")
_LABEL = patterns.compile(r"(?P<label>[^\s:：][^:：\n]{0,40}?)\s*(?::(?:\s|$)|：)")
_QA_DOT = patterns.compile(r"(?P<w>[^\W\d_]{1,12})\.\s")
_QA_WORDS = {w.casefold() for w in (*ALL.question_labels, *ALL.answer_labels)}
# (matched on lower-cased text: a case-blind alternation is many times slower)
_REQUEST = patterns.compile(rf"(?:{alt(w.lower() for w in ALL.imperatives)})(?![\p{{L}}])")
_DASHES = "—―–-"
_QUOTES = "\"“«„'‘»”"  # a question in quotation marks is reported, not asked here
_LABEL_WORDS = 5
_SENTENCE_END = frozenset(".!?…。！？;；\"'”’‘»«“›‹)]》」』）")
_SENTENCE_WORDS = 12
_PAUSE = patterns.compile(r"[,;:，、；]")
_ANSWER_WORDS = 4  # words of a line that answers (a CJK character counts half)
_QUESTION_WORDS = 120
_OWN_LINE_WORDS = 3  # a label alone on its line ("Interviewer", "Frage")
_FURNITURE_WORDS = 12  # an open line this short between a question and its answer


def may_be_interview(text: str) -> bool:
    """Whether the page shows a question-and-answer shape at all (see the
    module's docstring). False means ``parse`` would find no interview."""
    return shape(text) is not None


def shape(text: str) -> str | None:
    """The question-and-answer shape the page shows first, or None."""
    order: list[str] = []  # the labels that open turns, in order
    askers: set[str] = set()  # labels whose turn asks
    tellers: Counter[str] = Counter()  # labels' turns that do not ask
    dashes = dash_asks = plain = spoken = 0
    asked_line = ""
    questions: set[str] = set()  # the lines that asked and were answered
    asking = False  # the last line of text asks
    asked_marked = False  # ... and opened with a dash
    asked_label: str | None = None  # ... and opened with this label
    pairs: list[tuple[str, str]] = []  # a label's question, another label's answer
    alone: str | None = None  # the last line was a label alone ("Interviewer")
    for raw in text.splitlines():
        line = raw.strip(EDGE_CHARS)  # (as the parser strips a line: a BOM too)
        if not line:
            continue
        head = line[:60]
        size = _size(line)
        marked = False  # the line opens with a dash (a label is weighed at the end)
        label: str | None = None
        if alone is not None and alone in _QA_WORDS and (_asks(line) or _sentence(line, size)):
            return "qa-label"  # "Q" alone on its line, the question under it
        if alone is not None and size >= _ANSWER_WORDS and _sentence(line, size):
            order.append(alone)  # a label alone on its line, a sentence under it
            if _asks(line) or _requests(line):
                askers.add(alone)
            else:
                tellers[alone] += 1
            label = alone
        alone = None
        if head[0] in _DASHES and _DASH.match(head):
            dashes += 1
            dash_asks += "?" in line or "？" in line
            marked = True
        dot = _QA_DOT.match(head) if "." in head[1:14] else None
        if dot is not None and dot.group("w").casefold() in _QA_WORDS:
            return "qa-label"  # "Q. ...", "A. ..."
        m = _LABEL.match(head) if (":" in head or "：" in head) else None
        if m is not None:
            label = m.group("label").strip("*_ ").casefold()
            if label in _QA_WORDS or label.rstrip("0123456789 ") in _QA_WORDS:
                return "qa-label"
            if len(label.split()) <= _LABEL_WORDS:
                if not line[m.end() :].strip():
                    alone = label  # "Anna Lee:" alone: its text is on the next line
                    continue
                if _asks(line) or (
                    _size(line[m.end() :]) >= _ANSWER_WORDS and _sentence(line, size)
                ):
                    order.append(label)
                    if _asks(line) or _requests(line[m.end() :].lstrip()):
                        askers.add(label)
                    else:
                        tellers[label] += 1
            else:
                label = None
        elif size <= _OWN_LINE_WORDS and line[-1:].isalnum():
            low = line.strip("*_ ").casefold()
            alone = low
        asks = _asks(line)
        if asking and not asks and _sentence(line, size):
            if marked or asked_marked:
                return "marked-exchange"  # "— Why?" / "Because." or "Why?" / "— Because."
            if label is not None and label != asked_label and _speaker_cue(line):
                pairs.append((asked_label or "", label))  # "Ann: Why?" / "Tom: Because."
            if size >= _ANSWER_WORDS and not _requests(line):
                plain += 1
                questions.add(asked_line)
                spoken += _conversation(asked_line, line)
        elif asking and not asks and size < _FURNITURE_WORDS:
            continue  # a caption or a button between the question and its answer
        asking = size <= _QUESTION_WORDS and line[0] not in _QUOTES and (
            asks or (size <= 40 and _requests(line))
        )
        asked_marked = asking and marked
        asked_label = label if asking else None
        asked_line = line if asking else ""
    if dashes >= 2 and dash_asks:
        return "dashes"
    if askers and _alternate(order, askers, tellers):
        return "speaker-labels"
    if pairs:
        return "labelled-exchange"  # one exchange whose answer opens with a label
    if len(questions) >= 2 and spoken:
        return "plain-exchanges"
    low = text[:200_000].lower() if plain == 1 else ""
    if plain == 1 and any(noun in low for noun in INTERVIEW_NOUNS):
        return "announced-exchange"
    return None


def _alternate(order: list[str], askers: set[str], tellers: Counter[str]) -> bool:
    """Two labels take turns, one asking and the other answering: a label
    whose turn asks hands over to another label and takes the turn back
    from it, each opens two turns or more, and the other's turns tell
    (twice or more, they do not ask)."""
    counts = Counter(order)
    steps = Counter(itertools.pairwise(order))
    return any(
        counts[a] >= 2 and tellers[b] >= 2 and steps[(b, a)]
        for (a, b) in steps if a != b and a in askers
    )


def _conversation(question: str, answer: str) -> bool:
    """The question speaks to someone ("you", a name and a comma, a request)
    or the answer speaks as "I" or "we": what the parser's verdict weighs."""
    q = text_evidence(question, len(_HAN.findall(question[:600])), _size(question))
    a = text_evidence(answer, len(_HAN.findall(answer[:600])), _size(answer))
    return (q.second_person or q.address or q.imperative or a.first_singular
            or a.first_plural)


def _size(line: str) -> int:
    """Words, a CJK character counting half (as the parser's line size)."""
    words = len(line[:2000].split())
    if line.isascii() or _WIDE.search(line, 0, 2000) is None:
        return words
    han = len(_HAN.findall(line[:2000]))
    return words + han // 2 if han else words


def _speaker_cue(line: str) -> bool:
    """The parser's own cue reader sees a label at the line's start (so an
    "Updated: ..." or "Photo: ..." line answers nothing)."""
    cue = cues.detect(line)
    return cue is not None and cue.kind in ("speaker", "qa")


def _sentence(line: str, size: int) -> bool:
    """Ends as a sentence, or runs as long as one with its commas (as the
    parser's answers must: ``region.answered``)."""
    return line[-1:] in _SENTENCE_END or (
        size >= _SENTENCE_WORDS and _PAUSE.search(line) is not None
    )


def _asks(line: str) -> bool:
    return ("?" in line or "？" in line) and _ASKS.search(line[-200:]) is not None


def _requests(line: str) -> bool:
    return _REQUEST.match(line[:80].lower()) is not None
