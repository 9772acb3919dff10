"""The page's own scheme of dialogue: which cue shapes really mark turns
here (a one-off "Das Problem:" is prose; a dash quote with "— said the
mayor" is a news quote), which plain questions open turns, and each
speaker's side (``speakers.py``)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from . import patterns
from .cues import SPACE
from .layout import block_questions, numbered_questions, question_lists
from .lexicon import ALL, Lexicon
from .questions import is_standalone_question
from .speakers import after_plain_question, group_speakers, role_side, speaker_sides
from .text import Line
from .units import ANSWER, QUESTION, Unit, labelled, plain

_NAME_WORDS = patterns.compile(r"[\s.]+")  # (a hyphen joins one word: "Coronavirus-Update")
_HANDLE_SHAPE = patterns.compile(r"[_\d]")  # a user name: "Marnie_T", "fan2024"

# ------------------------------------------------------------- acceptance

_SAID = patterns.compile(
    r"[,.!?…]\s*[—–-]\s*(?:\p{L}+\s+){0,3}?(?:" + "|".join(
        re.escape(w) for w in sorted(ALL.said_verbs, key=lambda w: (-len(w), w))
    ) + r")(?![\p{L}])"
    # the shape of a Russian attribution: "..., — спросил", "? — переспрашивает"
    r"|[,!?…]\s*[—–]\s*\p{Ll}{2,}(?:ла|ли|л|ет|ит|ют|ят|ается|ется|ится)(?![\p{L}])",
    regex.IGNORECASE,
)


def accept_cues(us: list[Unit], lex: Lexicon) -> list[Unit]:
    """Drop cues that the page as a whole does not bear out, and add the
    labels that the page's own habits show (initials glued to the text)."""
    us = _accept_dashes(us)
    us = _initials(us, lex)
    us = _inventory(us)
    us = _titled_labels(us)
    return _accept_speakers(us, lex)


# a label with a title before the name: "President of China Media Group Shen Haixiong:"
_TITLED = patterns.compile(
    rf"(?P<label>\p{{Lu}}[^:：\n]{{2,100}}?){SPACE}*(?P<punct>[:：]){SPACE}+(?=\S)"
)
_TITLE_WORDS = 12


def _titled_labels(us: list[Unit]) -> list[Unit]:
    """A speaker's label with a title before the name, printed once
    ("President of Russia Vladimir Putin:"), where the page goes on with
    the name alone ("Vladimir Putin:", twice or more): the same speaker's
    label, too long for the label shapes."""
    known = Counter(u.cue.label for u in us if u.cue is not None and u.cue.kind == "speaker")
    names = [k for k, n in known.items() if n >= 2 and len(k) >= _MIN_NAME]
    if not names:
        return us
    out = list(us)
    for i, u in enumerate(us):
        if u.cue is not None or not _colon(u.source.text[:120]):
            continue
        m = _TITLED.match(u.source.text[:120])
        if m is None or len(m.group("label").split()) > _TITLE_WORDS:
            continue
        label = m.group("label")
        if any(label.endswith(name) and label[-len(name) - 1 : -len(name)].isspace()
               for name in names):
            out[i] = labelled(u, label, m.end(), m.end("punct"))
    return out


_MIN_NAME = 5  # characters of a name another label may end with


def _colon(head: str) -> bool:
    return ":" in head or "：" in head


# what opens a paragraph before a colon: "Gesundheit heute: ...", "Radio one: ..."
_OPENER = patterns.compile(
    rf"(?P<label>\p{{Lu}}[\p{{L}}\p{{N}}'’&.\- ]{{1,38}}?){SPACE}*(?P<punct>[:：]){SPACE}+(?=\S)"
)
_OPENER_REPEAT = 3
_OPENER_WORDS = 4


def _inventory(us: list[Unit]) -> list[Unit]:
    """Labels the lexicon's shapes miss ("Gesundheit heute:", an outlet's
    name in lower case words), found in the page's own inventory: a string
    of a few words that opens three paragraphs or more before a colon, each
    time followed by a turn under another label (it alternates with the
    page's speakers)."""
    found = [
        (i, m) for i, u in enumerate(us)
        if u.cue is None and _colon(u.source.text[:60])
        and (m := _OPENER.match(u.source.text[:60])) is not None
        and len(m.group("label").split()) <= _OPENER_WORDS
    ]
    counts = Counter(m.group("label") for _, m in found)
    found = [(i, m) for i, m in found if counts[m.group("label")] >= _OPENER_REPEAT]
    if not found:
        return us
    at = {i for i, _ in found}
    out = list(us)
    took = [
        (i, m) for i, m in found
        if i + 1 < len(us) and (c := us[i + 1].cue) is not None and c.kind == "speaker"
        and i + 1 not in at
    ]
    if len(took) * 3 < len(found) * 2 or len(took) < _OPENER_REPEAT:
        return us
    for i, m in found:
        out[i] = labelled(us[i], m.group("label"), m.end(), m.end("punct"))
    return out


# initials that open a paragraph, then the turn's text: "AD She was all in."
_INITIALS = patterns.compile(r"(?P<label>\p{Lu}{2,3})[ \t]+(?=[\p{Lu}(\"“„«'‘])")
_INITIALS_REPEAT = 3


def _initials(us: list[Unit], lex: Lexicon) -> list[Unit]:
    """Speakers named by their initials without a colon ("AD", "OW"): each
    set of initials opens three paragraphs or more, and they answer, right
    under a plain question or under each other. An acronym that opens a
    few paragraphs of a report does neither."""
    found = [
        (i, m) for i, u in enumerate(us)
        if u.cue is None and (m := _INITIALS.match(u.source.text[:8])) is not None
    ]
    counts = Counter(m.group("label") for _, m in found)
    found = [(i, m) for i, m in found if counts[m.group("label")] >= _INITIALS_REPEAT]
    if not found:
        return us
    at = {i for i, _ in found}
    answering = sum(
        1 for i, _ in found
        if i - 1 in at or after_plain_question(us, i, lex)
    )
    if answering * 2 < len(found):
        return us
    out = list(us)
    for i, m in found:
        out[i] = labelled(us[i], m.group("label"), m.end(), len(m.group("label")))
    return out


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
        us = [plain(u) if k in lists else u for k, u in enumerate(us)]
    dashed = [u for u in us if u.cue is not None and u.cue.kind == "dash"]
    if not dashed:
        return us
    quotes = sum(1 for u in dashed if _SAID.search(u.body.text[:400]))
    if len(dashed) >= 3 and all(u.body.question for u in dashed):
        # every dash line asks: a list of questions (an announcement), no dialogue
        return [plain(u) if _dash(u) else u for u in us]
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
            u = plain(u, quoted=news)
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


def _accept_speakers(us: list[Unit], lex: Lexicon) -> list[Unit]:
    spoken = [(i, u.cue.label) for i, u in enumerate(us) if u.cue and u.cue.kind == "speaker"]
    if not spoken:
        return us
    key_of = group_speakers(spoken)
    counts = Counter(key_of[label] for _, label in spoken)
    # a speaker says something: some turn of theirs is a sentence, or its text
    # stands under a label printed alone (box headings "Podcast: Update" repeat too)
    speaks = {
        key_of[label] for i, label in spoken
        if _says_something(us[i].body) or us[i].body.question or _own_line(us[i])
    }
    keep: set[int] = set()
    for i, label in spoken:
        key = key_of[label]
        named = len(_NAME_WORDS.split(label.strip())) >= 2 or _HANDLE_SHAPE.search(label)
        if (counts[key] >= 2 and key in speaks) or role_side(label) is not None or (
            named and _asks(us, i) and key in speaks
        ):
            keep.add(i)
    alone = [i for i, _ in spoken if (c := us[i].cue) is not None and c.own_line]
    if sum(1 for i in alone if i in keep) >= 3:
        keep.update(alone)  # a page of labels on their own lines: each one is a speaker
    if len(keep) < 2:
        keep = set()
    keep |= _exchange_labels(us, spoken, key_of, lex)
    return [u if (u.cue is None or u.cue.kind != "speaker" or i in keep) else plain(u)
            for i, u in enumerate(us)]


def _exchange_labels(
    us: Sequence[Unit], spoken: Sequence[tuple[int, str]], key_of: dict[str, str], lex: Lexicon
) -> set[int]:
    """Labels that the page prints once or twice but that frame an exchange:
    an asking label right above a different, answering one ("AZ: ...?" /
    "PAULO SERGIO: ..."), or an answering label right under a plain
    question ("Was war der Grund?" / "Alfred Kieser: ..."). Pages often
    label only their first exchange."""
    out: set[int] = set()
    for n, (i, label) in enumerate(spoken):
        if n + 1 < len(spoken):
            j, other = spoken[n + 1]
            if (
                j <= i + 2
                and key_of[other] != key_of[label]
                and any(u.body.question for u in us[i:j])
                and (us[i].body.question or _says_something(us[i].body))
                and (_says_something(us[j].body) or _own_line(us[j]))
                and sum(u.body.size for u in us[i:j]) <= _QUESTION_WORDS
            ):
                out |= {i, j}
        body = us[i].body
        if _says_something(body) and after_plain_question(us, i, lex):
            out.add(i)
    return out


_QUESTION_WORDS = 70  # the longest question turn (in words) an exchange label may open
_SENTENCE_WORDS = 12


def _own_line(u: Unit) -> bool:
    return u.cue is not None and u.cue.own_line


def _says_something(body: Line) -> bool:
    """The text after a label is a sentence that does not ask: a turn's
    answer, not a box's heading ("Podcast: Weekly update")."""
    return not body.question and (body.terminal or body.size >= _SENTENCE_WORDS)


def _asks(us: Sequence[Unit], i: int) -> bool:
    """The block a label opens (to the next cue) holds a question."""
    j = i
    while j < len(us) and (j == i or us[j].cue is None):
        text = us[j].body.text
        if "?" in text or "？" in text:
            return True
        j += 1
    return False


@attrs.frozen
class Scheme:
    """What the page's accepted cues say about its dialogue. ``first`` and
    ``last`` are the units of its first and last accepted cue (the labelled
    stretch of the page; ``first > last`` when there is none); ``both_sides``
    says that inside that stretch the cues mark the asking and the answering
    turns alike, so that an unmarked paragraph there never opens a turn;
    ``before`` and ``after`` say whether plain questions open turns before
    and after it (a page that labels its first exchange only goes on with
    plain questions; a page labelled throughout asks nothing after its last
    label: a "?" in the last answer is the speaker's own);
    ``answers_only`` says that only the answering side is labelled, so that
    a plain paragraph right above an answer's label is a question."""

    sides: dict[str, str]
    first: int
    last: int
    both_sides: bool
    before: bool = True
    after: bool = True
    answers_only: bool = False
    numbered: frozenset[int] = frozenset()  # units of a run of numbered questions
    listed: frozenset[int] = frozenset()  # units of a list of questions nobody answers
    blocked: frozenset[int] = frozenset()  # units that ask as the first line of a block

    def plain_questions(self, i: int) -> bool:
        """A plain paragraph at unit ``i`` may open a question turn."""
        if i < self.first:
            return self.before
        if i > self.last:
            return self.after
        return not self.both_sides


_FEW_LABELS = 3  # labels on the first exchange or two only


def build(us: Sequence[Unit], lex: Lexicon) -> Scheme:
    sides = speaker_sides(us, lex)
    marked = [i for i, u in enumerate(us) if u.cue is not None]
    numbered = numbered_questions(us, lex)
    listed = question_lists(us, lex) - numbered
    blocked = block_questions(us, lex) - listed
    if not marked:
        return Scheme(sides, len(us), -1, False, numbered=numbered, listed=listed,
                      blocked=blocked)
    asking = answering = labelled_asking = labelled = 0
    for i in marked:
        c = us[i].cue
        assert c is not None
        side = c.side if c.kind == "qa" else sides.get(c.label) if c.kind == "speaker" else None
        asking += side != ANSWER
        answering += side != QUESTION
        if c.kind != "dash":
            labelled += 1
            labelled_asking += side != ANSWER
    both = min(asking, answering) * 2 >= max(asking, answering) > 0
    first, last = marked[0], marked[-1]
    plain_before = sum(
        1 for u in us[:first] if u.cue is None and is_standalone_question(u.body, lex)
    )
    plain_after = sum(
        1 for u in us[last + 1 :] if u.cue is None and is_standalone_question(u.body, lex)
    )
    few = len(marked) <= _FEW_LABELS
    # a sub-heading between the labelled part and plain questions: a mixed page
    part_after = any(
        u.section and u.cue is None and is_standalone_question(u.body, lex) for u in us[last + 1 :]
    )
    part_before = any(u.section for u in us[1 : first + 1])
    return Scheme(
        sides, first, last, both,
        before=few or part_before or plain_before >= 2 or plain_before * 2 >= len(marked),
        after=few or part_after or plain_after * 2 >= len(marked),
        answers_only=labelled > 0 and labelled_asking == 0,
        numbered=numbered,
        listed=listed,
        blocked=blocked,
    )
