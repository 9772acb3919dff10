"""Line roles: boilerplate (with its kind and the rule that fired), the
title, the publication timestamp, editor's notes, and content.

The stage runs in passes over the page's lines:

1. line rules (``rules``): shapes of furniture that are the same wherever
   they stand;
2. furniture found by position and repetition (``furniture``): related
   lists, buttons, pull quotes;
3. dates, the title and the header (``headline``);
4. zones, repeats, comments and colonless labels (``furniture``).

Every remaining non-blank line is content. Rules never look at a line's
length alone: a short line is furniture only where its position and shape
say so, and a line that opens a turn ("A: No.") is always content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from .dates import DateMatch
from .furniture import (
    BARE_LABEL,
    bare_labels,
    buttons,
    comments,
    comments_head,
    credited_captions,
    embeds,
    related_lists,
    repeats,
    zones,
)
from .headline import header, title, title_copies
from .quotes import pull_quotes
from .role import (
    BLANK,
    BLANK_ROLE,
    BOILERPLATE,
    CONTENT,
    CONTENT_ROLE,
    NOTE,
    PUBLISHED,
    TITLE,
    Role,
    first_body,
)
from .rules import line_rule
from .text import Line
from .timestamps import banners, date_lines, publication


@attrs.frozen
class Classified:
    roles: list[Role]
    title_lines: list[int]  # the headline, one line or two
    title_copies: list[int]  # the headline printed again above the text
    published: DateMatch | None
    published_line: int | None
    page_date: dt.date | None
    published_lines: list[int]  # the timestamp's line, and a time printed alone next to it


def classify(lines: Sequence[Line]) -> Classified:
    # (two shared values: a page may have a million lines)
    roles: list[Role] = [BLANK_ROLE if ln.blank else CONTENT_ROLE for ln in lines]
    seen: dict[str, Role | None] = {}  # line rules read one line: a repeated line is decided once
    for ln in lines:
        if not ln.blank:
            if ln.text in seen:
                role = seen[ln.text]
            else:
                role = seen[ln.text] = line_rule(ln)
            if role is not None:
                roles[ln.index] = role
    # the first line of text only moves down as lines become furniture:
    # each later search starts where the last one stopped
    body = first_body(lines, roles)
    related_lists(lines, roles, body)
    buttons(lines, roles)
    credited_captions(lines, roles)
    pull_quotes(lines, roles, body)
    body = first_body(lines, roles, body)
    bare_labels(lines, roles)  # (the title is never a labelled turn's text)
    dated = date_lines(lines, roles)
    title_lines = title(lines, roles, dated, body)
    dated, page_date = banners(dated, lines, roles, title_lines, body)
    under = comments_head(lines, max([body, *title_lines]))
    if under is not None:  # a reader's comment's date is no date of the page
        for i, _ in dated:
            if i > under:
                roles[i] = Role(BOILERPLATE, "other", "comment-date")
        dated = [(i, m) for i, m in dated if i < under]
    published, published_lines = publication(dated, lines, roles, title_lines, body, page_date)
    published_line = next((i for i in published_lines if roles[i].rule != "timestamp-time"),
                          published_lines[0] if published_lines else None)
    copies = title_copies(lines, roles, title_lines, first_body(lines, roles, body))
    header(lines, roles, title_lines, published_line)
    zones(lines, roles, title_lines, published_line, first_body(lines, roles, body))
    repeats(lines, roles)
    embeds(lines, roles, max(title_lines, default=0))
    comments(lines, roles, first_body(lines, roles, body))
    bare_labels(lines, roles)
    return Classified(
        roles, title_lines, copies, published, published_line, page_date, published_lines
    )



__all__ = [
    "BARE_LABEL", "BLANK", "BOILERPLATE", "CONTENT", "NOTE", "PUBLISHED", "TITLE", "Classified",
    "Role", "classify",
]
