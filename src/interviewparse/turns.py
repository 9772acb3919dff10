"""Turn segmentation: which content line opens a turn, whose turn it is, and
which paragraphs belong to it.

1. ``units``: each content line with its cue (dash, Q/A label, speaker label);
2. ``accept_cues``: page-level checks that a cue shape really is the page's
   dialogue (a one-off "Das Problem:" is prose; a dash quote with "— said
   the mayor" is a news quote);
3. ``speakers``: labels grouped into speakers ("Anna Petrova" = "A.Petrova",
   "M. Kelly (as translated)" = "M.Kelly"), each on the asking or the
   answering side;
4. ``segment``: a small state machine over the units that opens turns on
   cues, and on standalone questions where the page has no cues.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from . import cues
from .cues import Cue
from .enumerations import find_marker
from .lexicon import ALL, Lexicon
from .model import Label, Paragraph
from .roles import BARE_LABEL, CONTENT, NOTE, Role
from .text import Line, make_line, sub_line

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


def _plain(u: Unit, quoted: bool = False) -> Unit:
    return Unit(u.source, u.source, None, u.note, u.section, quoted)


# ----------------------------------------------------------- speaker identity


_NAME_SPLIT = regex.compile(r"[\s.\-]+")
_HANDLE_SHAPE = regex.compile(r"[_\d]")  # a user name: "Marnie_T", "fan2024"
_PAREN = regex.compile(r"\([^()]*\)")
_QUOTES = "\"«»„“”"


def _name_parts(label: str) -> tuple[str, str]:
    """(surname, initials) of a label, casefolded: "A.Petrova" -> ("petrova", "a");
    "AD" (initials run together) -> ("", "ad")."""
    raw = _PAREN.sub(" ", label).strip().strip(_QUOTES)
    if 2 <= len(raw) <= 3 and raw.isalpha() and raw.isupper():
        return "", raw.casefold()
    bare = raw.casefold()
    toks = [t for t in _NAME_SPLIT.split(bare) if t]
    if not toks:
        return bare, ""
    if all(len(t) == 1 for t in toks):
        return "", "".join(toks)
    if len(toks) == 1:
        return toks[0], ""
    return toks[-1], "".join(t[0] for t in toks[:-1])


def _role_side(label: str) -> str | None:
    """The side a label's role word names: "Interviewer", "BelTA
    correspondent", "Корреспондент «СБ»", "Guest"."""
    bare = _PAREN.sub(" ", label).strip().strip(_QUOTES).casefold()
    if bare in ALL.interviewer_roles or bare in ALL.question_labels:
        return QUESTION
    if bare in ALL.answer_labels:
        return ANSWER
    words = bare.split()
    if len(words) > 1 and any(w.strip(_QUOTES) in ALL.interviewer_roles for w in words):
        return QUESTION
    return None


def group_speakers(labels: Sequence[tuple[int, str]]) -> dict[str, str]:
    """Map each printed label to an identity key. ``labels`` is (position,
    label) in page order. Linear: names are indexed by surname and initials."""
    key_of: dict[str, str] = {}
    by_surname: dict[str, str] = {}
    by_initials: dict[str, str] = {}
    full_initials: dict[str, str] = {}
    for _, label in labels:
        if label in key_of:
            continue
        surname, initials = _name_parts(label)
        key = None
        if surname:
            key = by_surname.get(surname)
            if key is not None and initials:
                known = by_initials.get(key, "")
                if known and known[:1] != initials[:1]:
                    key = None
        else:  # initials only: "M.M." matches "Mikhail Myasnikovich"
            key = full_initials.get(initials)
        if key is None:
            key = label.casefold()
        key_of[label] = key
        if surname:
            by_surname.setdefault(surname, key)
            if initials:
                by_initials.setdefault(key, initials)
                full_initials.setdefault(initials + surname[:1], key)
    return key_of


# ------------------------------------------------------------- acceptance

_SAID = regex.compile(
    r"[,.!?…]\s*[—–-]\s*(?:\p{L}+\s+){0,3}?(?:" + "|".join(
        regex.escape(w) for w in sorted(ALL.said_verbs, key=len, reverse=True)
    ) + r")(?![\p{L}])"
    # the shape of a Russian attribution: "..., — спросил", "? — переспрашивает"
    r"|[,!?…]\s*[—–]\s*\p{Ll}{2,}(?:ла|ли|л|ет|ит|ют|ят|ается|ется|ится)(?![\p{L}])",
    regex.IGNORECASE,
)


def accept_cues(us: list[Unit]) -> list[Unit]:
    """Drop cues that the page as a whole does not bear out."""
    us = _accept_dashes(us)
    return _accept_speakers(us)


def _dash(u: Unit) -> bool:
    return u.cue is not None and u.cue.kind == "dash"


def _dash_list_items(us: Sequence[Unit]) -> set[int]:
    """Dash lines that are a list inside a turn, not dialogue: a block of
    adjacent dash lines right under a line ending in ":", or, on a page whose
    turns are labelled, a block of two or more that asks nothing."""
    labelled = sum(1 for u in us if u.cue is not None and u.cue.kind in ("qa", "speaker")) >= 2
    items: set[int] = set()
    i = 0
    while i < len(us):
        if not _dash(us[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(us) and _dash(us[j + 1]) and (
            us[j + 1].source.index == us[j].source.index + 1
        ):
            j += 1
        prev = us[i - 1] if i > 0 else None
        after_colon = (
            prev is not None
            and prev.source.index == us[i].source.index - 1
            and prev.source.text[-1:] in ":："
        )
        block = us[i : j + 1]
        asks = any(u.body.question for u in block)
        # list items read like items: lower-case or without a final stop
        itemish = sum(1 for u in block if u.body.text[:1].islower() or not u.body.terminal)
        if after_colon or (labelled and not asks and j > i and itemish * 2 > len(block)):
            items.update(range(i, j + 1))
        i = j + 1
    return items


def _accept_dashes(us: list[Unit]) -> list[Unit]:
    lists = _dash_list_items(us)
    if lists:
        us = [_plain(u) if k in lists else u for k, u in enumerate(us)]
    dashed = [u for u in us if u.cue is not None and u.cue.kind == "dash"]
    if not dashed:
        return us
    quotes = sum(1 for u in dashed if _SAID.search(u.body.text[:400]))
    if len(dashed) >= 3 and all(u.body.question for u in dashed):
        # every dash line asks: a list of questions (an announcement), no dialogue
        return [_plain(u) if _dash(u) else u for u in us]
    chars = Counter(u.cue.label[:1] for u in dashed if u.cue is not None)
    main = chars.most_common(1)[0][0]
    kinds = {main, *(ch for ch in chars if _two_dash_styles(dashed, main, ch))}
    news = quotes * 3 >= len(dashed)
    out = []
    for u in us:
        c = u.cue
        if c is not None and c.kind == "dash" and (
            news or c.label[:1] not in kinds or len(dashed) < 2
        ):
            # a report's quotations ("— Did you see it? — asked the judge.")
            # are not an interviewer's questions either
            u = _plain(u, quoted=news)
        out.append(u)
    return out


def _two_dash_styles(dashed: Sequence[Unit], main: str, other: str) -> bool:
    """Questions and answers printed with two dashes ("— question?" then
    "– answer"): the two kinds take turns, and the questions are the ones
    that ask. Otherwise the rarer dash marks list items, not turns."""
    seq = [u for u in dashed if u.cue is not None and u.cue.label[:1] in (main, other)]
    if other == main or sum(1 for u in seq if u.cue and u.cue.label[:1] == other) < 2:
        return False
    styles = [u.cue.label[:1] if u.cue else "" for u in seq]
    turns = sum(1 for a, b in itertools.pairwise(styles) if a != b)
    if turns * 4 < (len(seq) - 1) * 3:
        return False
    asks = {ch: sum(1 for u in seq if u.cue and u.cue.label[:1] == ch and u.body.question)
            for ch in (main, other)}
    return (asks[main] == 0) != (asks[other] == 0)


def _accept_speakers(us: list[Unit]) -> list[Unit]:
    spoken = [(i, u.cue.label) for i, u in enumerate(us) if u.cue and u.cue.kind == "speaker"]
    if not spoken:
        return us
    key_of = group_speakers(spoken)
    counts = Counter(key_of[label] for _, label in spoken)
    keep: set[int] = set()
    for i, label in spoken:
        key = key_of[label]
        named = len(_NAME_SPLIT.split(label.strip())) >= 2 or _HANDLE_SHAPE.search(label)
        cue = us[i].cue
        own = cue is not None and cue.own_line
        if counts[key] >= 2 or _role_side(label) is not None or ((named or own) and _asks(us, i)):
            keep.add(i)
    alone = [i for i, _ in spoken if (c := us[i].cue) is not None and c.own_line]
    if sum(1 for i in alone if i in keep) >= 3:
        keep.update(alone)  # a page of labels on their own lines: each one is a speaker
    if len(keep) < 2:
        keep = set()
    return [u if (u.cue is None or u.cue.kind != "speaker" or i in keep) else _plain(u)
            for i, u in enumerate(us)]


def _asks(us: Sequence[Unit], i: int) -> bool:
    """The block a label opens (to the next cue) holds a question."""
    j = i
    while j < len(us) and (j == i or us[j].cue is None):
        text = us[j].body.text
        if "?" in text or "？" in text:
            return True
        j += 1
    return False


def speaker_sides(us: Sequence[Unit]) -> dict[str, str]:
    """Side of each speaker label. Role words decide ("Interviewer",
    "Корреспондент", "Guest"). Otherwise a speaker whose turns mostly ask is
    on the asking side; of the others, the one who talks most is the
    interviewee, and others with far fewer words (a host's "Thank you, that
    is all we have time for") ask too."""
    spoken = [(i, u.cue.label) for i, u in enumerate(us) if u.cue and u.cue.kind == "speaker"]
    if not spoken:
        return {}
    key_of = group_speakers(spoken)
    asks: Counter[str] = Counter()
    total: Counter[str] = Counter()
    words: Counter[str] = Counter()
    first: dict[str, int] = {}
    forced: dict[str, str] = {}
    for i, label in spoken:
        key = key_of[label]
        total[key] += 1
        asks[key] += _asks_block(us, i)
        words[key] += _block_words(us, i)
        first.setdefault(key, i)
        side = _role_side(label)
        if side is not None:
            forced[key] = side
    score = {k: asks[k] / total[k] for k in total}
    free = [k for k in total if k not in forced]
    sides: dict[str, str] = dict(forced)
    if len(total) == 1:
        for k in free:
            sides[k] = QUESTION if score[k] >= 0.5 else ANSWER
    elif free:
        answerers = [k for k in free if score[k] < 0.5]
        if len(answerers) == len(total):  # nobody asks most of the time:
            # the one who asks most (or talks least) is the interviewer
            asker = max(answerers, key=lambda k: (score[k], -words[k], -first[k]))
            answerers.remove(asker)
        if not answerers and ANSWER not in forced.values():
            if len(free) >= 2 and all(score[k] >= 0.75 for k in free):
                answerers = []  # readers' questions with unlabelled answers
            else:  # somebody must answer: the one who asks least
                answerers = [min(free, key=lambda k: (score[k], -words[k], -first[k]))]
        main = max(answerers, key=lambda k: (words[k], -first[k])) if answerers else None
        asking = len(free) > len(answerers) or QUESTION in forced.values()
        for k in free:
            if k in answerers and (k == main or not asking or words[k] * 4 >= words[main or k]):
                sides[k] = ANSWER
            else:
                sides[k] = QUESTION
    return {label: sides[key_of[label]] for _, label in spoken}


def _block_words(us: Sequence[Unit], i: int) -> int:
    n = us[i].body.size
    j = i + 1
    while j < len(us) and us[j].cue is None:
        n += us[j].body.size
        j += 1
    return n


def _asks_block(us: Sequence[Unit], i: int) -> bool:
    """The block opened at ``i`` asks: its first or last paragraph is a question."""
    paras = [us[i].body] if not us[i].body.blank else []
    j = i + 1
    while j < len(us) and us[j].cue is None:
        paras.append(us[j].body)
        j += 1
    if not paras:
        return False
    return bool(paras[0].question or paras[-1].question)


# ------------------------------------------------------- standalone questions

_WORDS = regex.compile(r"[\p{L}'’]+")
_ADDRESS_NAME = regex.compile(
    # "Андрей Викторович," / "陈总，"
    r"(?:\p{Lu}[\p{Ll}'’\-]+\s+){0,2}\p{Lu}[\p{Ll}'’\-]*(?:вич|вна|ична|ич)\s*,"
    r"|\p{Han}{1,3}(?:总|先生|女士|老师|教授|主任|部长|书记|市长|局长|院长|经理)\s*[，,]"
)
# a sentence that opens by speaking to the interviewee: "You never did ..."
_SECOND_OPENS = regex.compile(
    r"(?:^|[.!?…。！？]\s+)(?:"
    + "|".join(regex.escape(w) for w in sorted(ALL.second_person, key=len, reverse=True))
    + r")(?![\p{L}])",
    regex.IGNORECASE,
)
# a request that opens the paragraph: "Tell us ...", "Расскажите ...", "请谈谈"
_IMPERATIVE = regex.compile(
    "(?:" + "|".join(
        regex.escape(p).replace(r"\ ", r"\s+")
        for p in sorted(ALL.imperatives, key=len, reverse=True)
    ) + r")(?![\p{L}])|(?:" + "|".join(regex.escape(p) for p in ALL.imperatives if not p.isascii()
                                       and regex.match(r"\p{Han}", p)) + ")"
)
_HAN_I = regex.compile(r"我(?!们)")  # "I", not "we"
_OTHERS_OPEN = regex.compile(
    r"(?:^|[.!?…。！？]\s*)(?:(?:"
    + "|".join(regex.escape(w) for w in sorted(ALL.others_say, key=len, reverse=True)
               if not regex.match(r"\p{Han}", w))
    + r")(?![\p{L}\-])|(?:"  # Chinese has no spaces: "很多人觉得" has no word end to look for
    + "|".join(regex.escape(w) for w in ALL.others_say if regex.match(r"\p{Han}", w))
    + "))",
    regex.IGNORECASE,
)
_REPORT_STEMS = tuple(v for v in ALL.report_verbs if not regex.match(r"\p{Han}", v))
_REPORT_HAN = tuple(v for v in ALL.report_verbs if regex.match(r"\p{Han}", v))
# what a remark says about the interviewee's own past: "You never did ..."
_ABOUT_THEM = regex.compile(
    r"(?i)\b(?:did|didn't|were|was|have|had|'ve|said|told|mentioned|wrote|began|started|spent|"
    r"became|left|joined|took|made|chose|decided|never|once|already|recently|still|used to)\b"
)
_SENTENCE_END = regex.compile(r"[.!?。！？…]\s")
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
    text = line.text
    low = text[:600].casefold()
    toks = _WORDS.findall(low)
    if line.han:
        second = any(p in low for p in ALL.second_person if not p.isascii() and len(p) == 1)
        first = _HAN_I.search(low) is not None
        plural = any(p in low for p in ALL.first_plural if not p.isascii())
    else:
        second = any(t in ALL.second_person for t in toks)
        first = any(t in ALL.first_singular for t in toks)
        plural = any(t in ALL.first_plural for t in toks)
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
        words=line.size,
    )


def _quoted_question(text: str) -> bool:
    """The final "?" closes a quotation that opened inside the paragraph."""
    if not text or text[-1] not in "”»\"'’」』":
        return False
    tail = text[-400:]
    opened = max(tail.rfind(q) for q in _QUOTE_OPEN if q != text[-1])
    return opened > 0 or (opened == -1 and text[-1] in "\"'" and tail.count(text[-1]) >= 2
                          and tail.find(text[-1]) > 0)


_LAST_SENTENCE = regex.compile(r"[.!…。！]\s+(?=\S[^.!?…。！？]*$)")


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


_FIRST_QUESTION = regex.compile(r"[^?？]{8,300}[?？]\s+")


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


_REPORTED = regex.compile(
    "(?<![\\p{L}])(?:" + "|".join(
        regex.escape(p).replace(r"\ ", r"\s+")
        for p in sorted(ALL.reported_questions, key=len, reverse=True)
    ) + ")",
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


def is_standalone_question(line: Line, lex: Lexicon) -> bool:
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
    return _question_then_aside(line, lex) or _reported_question(line, lex)


# ---------------------------------------------------------------- segment


def segment(us: Sequence[Unit], lex: Lexicon) -> list[RawTurn]:
    """Group units into turns. A cue opens a turn; a plain line continues
    the current turn, except where the page's questions are plain
    paragraphs (standalone format) or its answers are unlabelled."""
    sides = speaker_sides(us)
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
        cur = _plain_unit(turns, cur, u, ahead[idx], sides, lex)
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
    role_word = c.kind == "qa" or _role_side(c.label) is not None
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
    sides: dict[str, str],
    lex: Lexicon,
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
        elif not u.quoted and is_standalone_question(u.body, lex):
            t = RawTurn(QUESTION, "plain", None, None, [*_remark_before(cur, u, lex), u])
        elif cur is None:
            t = RawTurn(None, "plain", None, None, [u])
        else:
            cur.units.append(u)
            return cur
        turns.append(t)
        return t
    # a labelled question whose answers are unlabelled ("Oksana K.: ...?"
    # then the reply): the reply starts once the question has asked
    if (
        cur.side == QUESTION
        and not _answer_cue_ahead(nxt, sides, cur)
        and cur.units[-1].body.question  # (units after the asking one all ask too)
        and not u.body.question
    ):
        t = RawTurn(ANSWER, "plain", None, None, [u])
        turns.append(t)
        return t
    cur.units.append(u)
    return cur


def _remark_before(cur: RawTurn | None, question: Unit, lex: Lexicon) -> list[Unit]:
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
