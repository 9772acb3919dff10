"""The headline, and the page's header: menu lines above the title,
furniture between the title and the first paragraph (the publication
timestamp and the date banner: ``timestamps.py``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from . import cues, patterns
from .dates import DateMatch
from .furniture import BARE_LABEL
from .lexicon import ALL
from .phrases import LETTER_WORD, alt
from .role import (
    BOILERPLATE,
    CONTENT,
    TITLE,
    Role,
    body_like,
    headline_like,
    next_nonblank,
    open_end,
    sentences,
)
from .rules import menu_row
from .text import Line


def _letter_words(line: Line) -> int:
    return max(len(LETTER_WORD.findall(line.text[:600])), line.han // 2)


def title(
    lines: Sequence[Line],
    roles: list[Role],
    dated: Sequence[tuple[int, DateMatch]],
    body: int,
) -> list[int]:
    """The headline: of the headline-shaped lines, the one with the most
    evidence (``_title_evidence``); a kicker line right above it ("Late
    with your return?") or a wrapped second line joins it."""
    near = {i for i, m in dated}
    banner_like = {i for i, m in dated if m.weekday and m.precision == "day"}
    copies = Copies(lines)
    start = _text_start(lines, roles, copies)
    late = _LATE
    if start < 0:  # (the first question: nothing under it is the headline)
        start, late = -start - 1, -1
    best: tuple[float, int] | None = None
    for ln in lines:
        i = ln.index
        if i > start + late or not _candidate(ln, roles[i], copies):
            continue
        above = next_nonblank(lines, i, -1)
        if above is not None and (
            roles[above].rule == BARE_LABEL
            or ((cue := cues.detect(lines[above].text)) is not None and cue.own_line)
        ):
            continue  # the text under a label printed alone: a turn
        if i in near and not copies.twinned(ln):
            continue  # a date line, unless the headline printed twice has a date glued to it
        if _signature(lines, roles, i):
            continue  # "Marina Solsona Pardiñas" under the headline: its author
        if i > start and (ln.question or not (
            copies.twinned(ln) or any(j in near for j in _around(lines, i, 2))
        )):
            continue  # under the first text only a headline with its date or its copy
        score = _title_evidence(lines, roles, i, near - banner_like, copies, body)
        score -= (i > start) * 1.5
        if best is None or score > best[0]:
            best = (score, i)
    if best is None or best[0] < _MIN_TITLE:
        return []
    top = best[1]
    out = [top]
    above = top - 1
    if above >= 0 and roles[above].role == CONTENT and _kicker(lines[above]):
        out.insert(0, above)
    nxt = top + 1
    if nxt < len(lines) and roles[nxt].role == CONTENT and nxt not in near and _wraps(
        lines[top], lines[nxt]
    ):
        out.append(nxt)
    for i in out:
        roles[i] = Role(TITLE, "", "headline")
    return out


_MIN_TITLE = 0.5
_OPENING_QUOTES = "„“”«»\"'‚‘›‹「『"
_KEY_WORD = patterns.compile(r"[\p{L}\p{N}]+")


def _text_start(lines: Sequence[Line], roles: Sequence[Role], copies: Copies) -> int:
    """The first paragraph of the page's text: a paragraph with another one
    close under it (a menu may hold a sentence, a cookie notice is one); or,
    as ``-1 - index``, a Q/A label or a dashed question before it."""
    last: int | None = None  # the last paragraph seen
    for ln in lines:
        if roles[ln.index].role != CONTENT:
            continue
        cue = cues.detect(ln.text) if ln.text[:1] in _CUE_OPENERS or ":" in ln.text[:60] else None
        if cue is not None and (cue.kind == "qa" or (cue.kind == "dash" and ln.question)):
            return -ln.index - 1  # "Q: ...", "— ...?": the interview has begun
        if not _prose(ln) or ln.text.endswith(_CUT_MARKS):
            continue
        if ln.size <= _TWIN_SENTENCE_WORDS and copies.twinned(ln):
            continue  # a headline printed twice
        if last is not None and ln.index - last <= _TEXT_GAP:
            return last
        last = ln.index
    return last if last is not None else len(lines)


_TEXT_GAP = 8  # lines between two paragraphs of one text, at most
_CUE_OPENERS = "—―–-"
# a headline may stand under the first paragraph-like line (an ad-blocker
# notice, a teaser): so many lines further, with less weight
_LATE = 12


def _candidate(line: Line, role: Role, copies: Copies) -> bool:
    """A line that may be the headline: headline-shaped and not longer than
    a headline; or a whole quotation or a line printed twice, which may end
    its sentence ("Intervista allo sviluppatore di Looping.")."""
    if role.role != CONTENT and role.rule != "pull-quote":
        return False
    if line.size > _TITLE_WORDS or sentences(line):
        return False  # (a standfirst whose last sentence lost its stop)
    cue = cues.detect(line.text)
    if cue is not None and (cue.kind != "speaker" or line.question):
        return False  # a dashed or labelled question: the interview has begun
    if headline_like(line):
        return True
    return (
        line.words >= 3
        and line.last in ".!?…"
        and (
            line.text[:1] in _OPENING_QUOTES
            or (line.size <= _TWIN_SENTENCE_WORDS and copies.twinned(line))
        )
    )


_TITLE_WORDS = 25
_TWIN_SENTENCE_WORDS = 10  # a headline printed twice may end with a stop; a paragraph is longer


def _key(text: str) -> str:
    return " ".join(_KEY_WORD.findall(text.casefold()))


class Copies:
    """Headline-sized lines by key (case and punctuation aside), to tell a
    headline printed twice: the same line again nearby, the line cut short
    with "..." in a breadcrumb, or the line at the end of a nearby row that
    glues a breadcrumb or a category and a date to it ("Home News Interview
    with Ann Lee", "News | 30.10.2021 «We waited forty days»"). Keys are
    made for the lines near the candidates only, when first asked for."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.count = Counter(ln.text.casefold() for ln in lines if 2 <= ln.size <= _ROW_WORDS)
        self.at: dict[int, tuple[str, bool] | None] = {}  # line -> (key, cut short)

    def _at(self, j: int) -> tuple[str, bool] | None:
        if j not in self.at:
            ln = self.lines[j]
            self.at[j] = (
                (_key(ln.text), ln.text.endswith(_CUT_MARKS))
                if 2 <= ln.size <= _ROW_WORDS else None
            )
        return self.at[j]

    def twinned(self, line: Line) -> bool:
        i = line.index
        mine = self._at(i)
        if mine is None:
            return False
        key = mine[0]
        for j in range(max(0, i - _TWIN_GAP), min(len(self.lines), i + _TWIN_GAP + 1)):
            if j == i:
                continue
            found = self._at(j)
            if found is None or self.lines[j].text.startswith("©"):
                continue  # (the copyright line names the site, not the piece)
            other, cut = found
            if other == key:
                if self.count[line.text.casefold()] <= _TWIN_COPIES:
                    return True  # (printed more often, it is a button or a menu item)
            elif len(key) >= _MIN_TWIN_KEY and (
                (cut and len(other) >= _MIN_TWIN_KEY and other in key)
                or (not cut and len(other) > len(key) and other.endswith(key))
            ):
                return True
        return False


_ROW_WORDS = 40
_MIN_TWIN_KEY = 12  # characters of a key long enough to be found inside another line
_CUT_MARKS = ("...", "…")


def _title_evidence(
    lines: Sequence[Line],
    roles: Sequence[Role],
    i: int,
    dated: set[int],
    copies: Copies,
    body: int,
) -> float:
    """How much says that line ``i`` is the headline: it is printed twice
    (breadcrumb and heading, heading and share text), a date line stands
    next to it, a paragraph of text follows it, and it is long for a menu
    item; a short line among other short lines is a menu item."""
    ln = lines[i]
    score = min(_letter_words(ln), 8) / 6
    if copies.twinned(ln):
        score += 3
    window = _around(lines, i, 3)
    if any(j in dated and not _text_between(lines, roles, i, j) for j in window):
        score += 2
        if any(j in dated for j in window if j > i):
            score += 0.5  # a headline stands over its date more often than under it
        if any(j in dated for j in (next_nonblank(lines, i, 1), next_nonblank(lines, i, -1))):
            score += 0.5
    after = [j for j in window if j > i]
    if any(roles[j].role == CONTENT and _prose(lines[j]) for j in after):
        score += 1
    if len(after) == 3 and all("?" in lines[j].text or "？" in lines[j].text for j in after):
        score -= 2  # the heading of a box of questions ("The key questions of this episode")
    if _CLOCK.search(ln.text):
        score -= 2  # "Aired on Tuesday 16 July, 12:06": a dateline, not a headline
    if ln.question and (_ADDRESS.match(ln.text) or _ADDRESS.match(_after_label(ln.text))):
        score -= 2  # "Dr Hollander, what ...?" speaks to somebody: a question (also after a label)
    if ln.size <= 5 and _in_menu(lines, roles, i, dated):
        score -= 2
    return score


_TWIN_GAP = 12  # lines between the two copies of a headline, at most
_TWIN_COPIES = 3  # a headline may also stand in a "related" list; a button stands everywhere


# a question that opens by speaking to somebody: "Dr Hollander, ...", "Frau
# Meier, ...", "Андрей Викторович, ..."
_ADDRESS = patterns.compile(
    rf"(?i:{alt(sorted(ALL.address_forms))})\.?\s+\p{{Lu}}[\p{{L}}\-]+\s*,"
    r"|(?:\p{Lu}[\p{Ll}'’\-]+\s+){1,2}\p{Lu}[\p{Ll}'’\-]*(?:вич|вна|ична|ич)\s*,"
)


def _after_label(text: str) -> str:
    """The text after a label-like head ("Editor Ann Lee: Dr Hollander, ...")."""
    colon = text.find(": ", 0, _LABEL_CHARS)
    return text[colon + 2 :] if colon > 0 else ""


_LABEL_CHARS = 120
_CLOCK = patterns.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)(?![.,]\d)")


def _text_between(lines: Sequence[Line], roles: Sequence[Role], i: int, d: int) -> bool:
    """Text stands between the candidate ``i`` and the date line ``d``: a
    paragraph when the date is above it (the candidate is in the text), two
    when the date is below it (a standfirst may stand between headline and
    date)."""
    lo, hi = min(i, d), max(i, d)
    n = sum(
        1 for j in range(lo + 1, hi)
        if roles[j].role == CONTENT and (_prose(lines[j]) or (d < i and _sentence(lines[j])))
    )
    return n > (1 if d > i else 0)


_SENTENCE_WORDS = 6


def _sentence(line: Line) -> bool:
    """A whole sentence of the text: it ends with a stop and runs six words
    or more (under the date, it puts what follows inside the text)."""
    return line.terminal and not line.question and line.words >= _SENTENCE_WORDS


def _around(lines: Sequence[Line], i: int, n: int) -> list[int]:
    """Up to ``n`` non-blank lines on each side of line ``i``."""
    out: list[int] = []
    for step in (-1, 1):
        j: int | None = i
        for _ in range(n):
            j = next_nonblank(lines, j, step) if j is not None else None
            if j is None:
                break
            out.append(j)
    return out


def _prose(line: Line) -> bool:
    return line.terminal and (line.words >= 12 or line.han >= 24)


def _in_menu(lines: Sequence[Line], roles: Sequence[Role], i: int, dated: set[int]) -> bool:
    """Both neighbours are short lines that end without a stop: menu items
    (a byline or a date line under a short headline is none)."""
    around = [next_nonblank(lines, i, -1), next_nonblank(lines, i, 1)]
    return all(
        j is not None and lines[j].size <= 4 and not lines[j].terminal
        and roles[j].kind != "byline" and j not in dated
        for j in around
    )


def _signature(lines: Sequence[Line], roles: Sequence[Role], i: int) -> bool:
    """A bare name (two to four capitalised words) right under a longer
    headline-shaped line of text: the author's name, printed without "By"."""
    ln = lines[i]
    if ln.size < 2 or ln.size > 4 or cues.bare_label(ln.text) is None:
        return False
    above = next_nonblank(lines, i, -1)
    return (
        above is not None and roles[above].role == CONTENT and headline_like(lines[above])
        and lines[above].size > ln.size + 3
    )


def _kicker(line: Line) -> bool:
    """A line over the headline that belongs to it: a headline-shaped
    question or exclamation ("Late with your tax return?")."""
    return headline_like(line) and line.last in "?!:？！：" and not menu_row(line)


def _wraps(first: Line, second: Line) -> bool:
    """A headline broken over two lines: the second goes on in lower case
    or the first stops on a word that cannot end a headline."""
    if not open_end(first) or not open_end(second) or second.size > 25:
        return False
    head = second.text[:1]
    return head.islower() or first.text.rstrip()[-1:] in "—–-:,&"


def title_copies(
    lines: Sequence[Line], roles: list[Role], title: list[int], body: int
) -> list[int]:
    """Other lines above the text that print the headline again: a
    breadcrumb's last item, a share text. Furniture, like the rest of the
    page's header."""
    if not title:
        return []
    keys = {_key(lines[i].text) for i in title}
    out = []
    for i in range(min(body + 1, len(lines))):
        if i not in title and roles[i].role == CONTENT and _key(lines[i].text) in keys:
            roles[i] = Role(BOILERPLATE, "other", "repeated-title")
            out.append(i)
    return out


_MENU_TEASER_WORDS = 80


def header(
    lines: Sequence[Line], roles: list[Role], title: list[int], published_line: int | None
) -> None:
    """Lines above the title (and above a timestamp printed before it) that no
    rule claimed are the site's menu; lines between the title and the first
    paragraph are captions, bylines or labels of the page."""
    anchors = [*title, *([published_line] if published_line is not None else [])]
    if not anchors:
        return
    top = min(anchors)
    for i in range(top):
        if roles[i].role == CONTENT and open_end(lines[i]) and lines[i].size <= 12:
            roles[i] = Role(BOILERPLATE, "nav", "above-title")
    for i in range(top):  # a menu's teaser between its items: "Our shop Buy gifts online!"
        if roles[i].role == CONTENT and lines[i].size <= _MENU_TEASER_WORDS and all(
            j is not None and j < top and roles[j].role == BOILERPLATE and roles[j].kind == "nav"
            for j in (next_nonblank(lines, i, -1), next_nonblank(lines, i, 1))
        ):
            roles[i] = Role(BOILERPLATE, "nav", "in-menu")
    bottom = max(anchors)
    i = bottom + 1
    while i < len(lines):
        ln = lines[i]
        if not ln.blank and roles[i].role == CONTENT:
            if body_like(ln) or not open_end(ln) or cues.detect(ln.text) or sentences(ln):
                break
            kind = "caption" if ln.size >= 3 else "other"
            roles[i] = Role(BOILERPLATE, kind, "under-title")
        i += 1
