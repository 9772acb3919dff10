"""The headline, the publication timestamp and the date banner, and the
page's header: menu lines above the title, furniture between the title and
the first paragraph."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from . import cues
from .dates import DateMatch, date_of
from .role import (
    BOILERPLATE,
    CONTENT,
    PUBLISHED,
    TITLE,
    Role,
    body_like,
    headline_like,
    next_nonblank,
    open_end,
)
from .rules import LETTER_WORD, menu_row
from .text import Line


def dates(
    lines: Sequence[Line], roles: list[Role], body: int
) -> tuple[DateMatch | None, int | None, dt.date | None]:
    """Find date lines: the banner (a weekday, or "Today:"), the publication
    timestamp (the first other date line, above the text if there is one),
    and later date lines ("Updated: ...") as furniture."""
    found: list[tuple[int, DateMatch]] = []
    for ln in lines:
        i = ln.index
        if ln.blank or ln.size > 16 or roles[i].role not in (CONTENT, BOILERPLATE):
            continue
        if roles[i].role == BOILERPLATE and roles[i].rule not in (
            "updated-line", "menu-row", "widget", "byline"
        ):
            continue
        m = date_of(ln.text)
        if m is not None:
            found.append((i, m))
    banner: dt.date | None = None
    for i, m in found:
        if m.prefix == "today" or (
            m.weekday and m.precision == "day" and not _under_headline(lines, roles, i, body)
        ):
            roles[i] = Role(BOILERPLATE, "date-banner", "date-banner")
            if banner is None:
                banner = _day(m.value)
    published: DateMatch | None = None
    published_line: int | None = None
    candidates = [(i, m) for i, m in found if roles[i].kind != "date-banner"]
    # prefer a timestamp above the text; fall back to one below it
    candidates.sort(key=lambda im: (im[0] >= body, im[0]))
    for i, m in candidates:
        if m.prefix == "updated" or roles[i].rule == "updated-line":
            roles[i] = Role(BOILERPLATE, "other", "updated-line")
            continue
        if published is None and (banner is None or _day(m.value) <= banner):
            published, published_line = m, i
            roles[i] = Role(PUBLISHED, "", "timestamp")
        elif published is None:
            roles[i] = Role(BOILERPLATE, "other", "impossible-date")
        else:
            roles[i] = Role(BOILERPLATE, "other", "extra-date")
    return published, published_line, banner


def _under_headline(lines: Sequence[Line], roles: list[Role], i: int, body: int) -> bool:
    """A dated line right under a headline-shaped line of text is the
    article's date ("Thursday 14th November 2024" under the title), not the
    site's date banner, which stands among the header's furniture: a menu
    row below it means the header is not over yet."""
    above = next_nonblank(lines, i, -1)
    if (
        above is None
        or roles[above].role != CONTENT
        or not headline_like(lines[above])
        or next_nonblank(lines, above, -1) is None
    ):
        return False
    return not any(roles[j].kind == "nav" for j in range(i + 1, min(body, len(lines))))


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _letter_words(line: Line) -> int:
    return max(len(LETTER_WORD.findall(line.text[:600])), line.han // 2)


def title(
    lines: Sequence[Line], roles: list[Role], published_line: int | None, body: int
) -> list[int]:
    """The headline: of the headline-shaped lines next to the timestamp (the
    first one after it and the nearest one before it, furniture skipped),
    the longer; with no timestamp, the last one above the first paragraph.
    A kicker line right above it ("Late with your return?") or a wrapped
    second line joins it."""

    def free(i: int | None) -> bool:
        return i is not None and roles[i].role == CONTENT and headline_like(lines[i])

    def skip(i: int | None, step: int) -> int | None:
        while i is not None and roles[i].role == BOILERPLATE:
            i = next_nonblank(lines, i, step)
        return i

    title: int | None = None
    if published_line is not None and any(
        roles[i].role == CONTENT and lines[i].terminal and not lines[i].question
        and lines[i].size >= 8
        for i in range(body, published_line)
    ):  # (a headline may ask: "Who decided we should walk home in the dark?")
        published_line = None  # printed under the text: no neighbour is the headline
    if published_line is not None:
        after = skip(next_nonblank(lines, published_line, 1), 1)
        before = skip(next_nonblank(lines, published_line, -1), -1)
        options = [i for i in (after, before) if free(i) and i is not None]
        if after in options and lines[after].question and before in options:
            options.remove(after)
        if options:
            title = max(options, key=lambda i: (_letter_words(lines[i]), i > published_line))
    if title is None:
        limit = body if published_line is None else min(body, published_line + 1)
        for i in range(min(limit, len(lines)) - 1, -1, -1):
            if free(i):
                title = i
                break
    if title is None:
        return []
    out = [title]
    above = title - 1
    if above >= 0 and roles[above].role == CONTENT and _kicker(lines[above]):
        out.insert(0, above)
    nxt = title + 1
    if nxt < len(lines) and roles[nxt].role == CONTENT and _wraps(lines[title], lines[nxt]):
        out.append(nxt)
    for i in out:
        roles[i] = Role(TITLE, "", "headline")
    return out


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
    """Other lines above the text that print the headline again."""
    if not title:
        return []
    keys = {lines[i].text.casefold() for i in title}
    out = []
    for i in range(min(body + 1, len(lines))):
        if i not in title and roles[i].role == CONTENT and lines[i].text.casefold() in keys:
            roles[i] = Role(TITLE, "copy", "repeated-title")
            out.append(i)
    return out


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
    bottom = max(anchors)
    i = bottom + 1
    while i < len(lines):
        ln = lines[i]
        if not ln.blank and roles[i].role == CONTENT:
            if body_like(ln) or not open_end(ln) or cues.detect(ln.text):
                break
            kind = "caption" if ln.size >= 3 else "other"
            roles[i] = Role(BOILERPLATE, kind, "under-title")
        i += 1
