"""Who the speakers are and on which side each speaks: "Anna Petrova" =
"A.Petrova", "M. Kelly (as translated)" = "M.Kelly"; a role word decides a
side, else what each speaker's turns do (ask, or talk at length)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from . import patterns
from .lexicon import ALL, Lexicon
from .questions import is_standalone_question
from .units import ANSWER, QUESTION, Unit

# (a hyphen joins a double name, "Mallory-Pike", "Jean-Pierre"; "J.-P." is initials)
_NAME_SPLIT = patterns.compile(r"[\s.]+-?")
_PAREN = patterns.compile(r"\([^()]*\)")
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


def role_side(label: str) -> str | None:
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
    titled = _titled(labels)
    for _, printed in labels:
        if printed in key_of:
            continue
        label = titled.get(printed, printed)  # "President of Russia Vladimir Putin" is Putin
        if label in key_of:
            key_of[printed] = key_of[label]
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
        key_of[label] = key_of[printed] = key
        if surname:
            by_surname.setdefault(surname, key)
            if initials:
                by_initials.setdefault(key, initials)
                full_initials.setdefault(initials + surname[:1], key)
    return key_of


def _titled(labels: Sequence[tuple[int, str]]) -> dict[str, str]:
    """Labels that put a title before another label of the page: the name's
    label, by the label printed with the title ("President of Russia
    Vladimir Putin" -> "Vladimir Putin"; at least two words of a name)."""
    names = {label for _, label in labels if len(label.split()) >= 2}
    out: dict[str, str] = {}
    for label in names:
        words = label.split()
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:])
            if tail in names:
                out[label] = tail
                break
    return out


def after_plain_question(us: Sequence[Unit], i: int, lex: Lexicon) -> bool:
    """The unit above ``i`` is an unlabelled question (not the text under a
    label printed on its own line)."""
    if i < 1 or us[i - 1].cue is not None:
        return False
    owner = us[i - 2].cue if i >= 2 else None
    if owner is not None and owner.own_line:
        return False
    return is_standalone_question(us[i - 1].body, lex)


def speaker_sides(us: Sequence[Unit], lex: Lexicon) -> dict[str, str]:
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
    # label blocks right under a plain question: where a third of them
    # are, the questions are unlabelled and every label may answer
    after_plain = 0
    answering: Counter[str] = Counter()  # blocks of a label right under a plain question
    for i, label in spoken:
        key = key_of[label]
        total[key] += 1
        under = after_plain_question(us, i, lex)
        after_plain += under
        answering[key] += under
        asks[key] += _asks_block(us, i)
        words[key] += _block_words(us, i)
        first.setdefault(key, i)
        side = role_side(label)
        if side is not None:
            forced[key] = side
    score = {k: asks[k] / total[k] for k in total}
    free = [k for k in total if k not in forced]
    sides: dict[str, str] = dict(forced)
    if after_plain * 3 >= len(spoken):  # the questions are plain: every label answers
        for k in free:  # but one that only ever asks, never under a question, asks
            sides[k] = QUESTION if score[k] == 1 and not answering[k] else ANSWER
    elif len(total) == 1:
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
