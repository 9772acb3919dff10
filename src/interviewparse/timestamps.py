"""The page's date lines, the date banner among them (the site's date in
its header) and the publication timestamp (the date line nearest the
headline; an "Updated" time is furniture)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .datelines import bare_time, line_date, with_time
from .dates import DateMatch
from .role import BOILERPLATE, CONTENT, PUBLISHED, Role, headline_like, next_nonblank
from .text import Line


def date_lines(lines: Sequence[Line], roles: list[Role]) -> list[tuple[int, DateMatch]]:
    """The page's date lines (short lines that give a date)."""
    found: list[tuple[int, DateMatch]] = []
    for ln in lines:
        i = ln.index
        if ln.blank or ln.size > 16 or roles[i].role not in (CONTENT, BOILERPLATE):
            continue
        if roles[i].role == BOILERPLATE and roles[i].rule not in (
            "updated-line", "menu-row", "widget", "byline"
        ):
            continue
        m = line_date(ln.text)
        if m is not None:
            found.append((i, m))
    return found


def banners(
    found: Sequence[tuple[int, DateMatch]],
    lines: Sequence[Line],
    roles: list[Role],
    title: Sequence[int],
    body: int,
) -> tuple[list[tuple[int, DateMatch]], dt.date | None]:
    """The date banner among the date lines ("Today:", or a weekday date in
    the header above the headline), which becomes furniture; the other
    date lines, and the banner's day."""
    banner: dt.date | None = None
    top = title[0] if title else len(lines)
    for i, m in found:
        if m.prefix == "today" or (
            m.weekday and m.precision == "day" and i < top
            and not _under_headline(lines, roles, i, body)
        ):
            roles[i] = Role(BOILERPLATE, "date-banner", "date-banner")
            if banner is None:
                banner = _day(m.value)
    return [(i, m) for i, m in found if roles[i].kind != "date-banner"], banner


_NEAR_TITLE = 6  # lines between the title and its timestamp, at most


def publication(
    found: Sequence[tuple[int, DateMatch]],
    lines: Sequence[Line],
    roles: list[Role],
    title: Sequence[int],
    body: int,
    banner: dt.date | None,
) -> tuple[DateMatch | None, list[int]]:
    """The publication timestamp and its lines: the date line nearest the
    headline (after it first), else the first one above the text, else one
    below it; a time printed alone on the line next to it joins it. Other
    date lines ("Updated: ...", a comment's date) are furniture."""
    def rank(im: tuple[int, DateMatch]) -> tuple[int, int, int]:
        i = im[0]
        if title:
            gap = i - title[-1] if i > title[-1] else title[0] - i
            if gap <= _NEAR_TITLE:
                return (0, gap, 0 if i > title[-1] else 1)
        return (1, int(i >= body), i)

    published: DateMatch | None = None
    published_line: int | None = None
    for i, m in sorted(found, key=rank):
        if m.prefix == "updated" or roles[i].rule == "updated-line":
            roles[i] = Role(BOILERPLATE, "other", "updated-line")
            continue
        if published is None and (banner is None or _day(m.value) <= banner):
            published, published_line = m, i
            if i not in title:  # (a date glued into the headline stays its line)
                roles[i] = Role(PUBLISHED, "", "timestamp")
        elif i in title:
            continue
        elif published is None:
            roles[i] = Role(BOILERPLATE, "other", "impossible-date")
        else:
            roles[i] = Role(BOILERPLATE, "other", "extra-date")
    if published is None or published_line is None:
        return None, []
    out = [published_line]
    for step in (1, -1):
        j = next_nonblank(lines, published_line, step)
        if j is None or roles[j].role != CONTENT:
            continue
        time = bare_time(lines[j])
        if time is not None and published.precision == "day":
            published = with_time(published, time)
            roles[j] = Role(PUBLISHED, "", "timestamp-time")
            out.append(j)
            break
    return published, sorted(out)


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
