"""Views of an ``Interview`` for people and spreadsheets: Markdown and CSV.

JSON is the full record (``Interview.to_json``); these views keep what a
reader wants: the title, the date, the questions in bold with their answers,
enumerated points as numbered lists, and one CSV row per exchange.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from . import patterns
from .model import Interview, Paragraph, Point, Turn

CSV_COLUMNS = (
    "source",
    "index",
    "interviewer",
    "question",
    "interviewee",
    "answer",
    "published",
    "title",
)
"""The columns of ``--format csv``, one row per exchange."""

_INLINE = patterns.compile(r"([\\`*_\[\]<>|])")
# what would open a block of its own at the start of a Markdown line
_BLOCK_START = patterns.compile(r"^(\s*)(#|>|[-+*](?=\s)|=+\s*$)")
_NUMBERED = patterns.compile(r"^(\s*\d{1,9})(?=[.)](?:\s|$))")  # "1. " opens a list: "1\. "


def _escape(text: str) -> str:
    """Escape ``text`` so it renders as itself inside a Markdown paragraph."""
    text = _INLINE.sub(r"\\\1", text)
    text = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    escaped: str = _NUMBERED.sub(r"\1\\", text)
    return escaped


def _points_by_line(page: Interview) -> dict[int, tuple[int, Point]]:
    """The point that starts on each line, with its position in its list;
    a run whose points share a paragraph's line ("First, ... Second, ..."
    in one paragraph) stays the paragraph it is, not a list."""
    starts: dict[int, tuple[int, Point]] = {}
    for en in page.enumerations:
        if len({pt.line for pt in en.items}) < len(en.items):
            continue
        for n, pt in enumerate(en.items, 1):
            starts.setdefault(pt.line, (n, pt))
    return starts


def _turn_blocks(
    turn: Turn, starts: dict[int, tuple[int, Point]], question: bool
) -> Iterator[str]:
    """Markdown blocks for one turn: paragraphs, or numbered list items
    where enumerated points start, their later paragraphs indented under
    the item."""
    speaker = f"{_escape(turn.speaker)}: " if turn.speaker else ""
    open_point: Point | None = None
    for i, para in enumerate(turn.paragraphs):
        lead = speaker if i == 0 else ""
        if open_point is not None and para.line <= open_point.end_line:
            yield "   " + _escape(para.text)
            continue
        open_point = None
        started = starts.get(para.line)
        if started is not None and not question:
            n, pt = started
            tail = _tail(para, pt)
            before = para.text[: len(para.text) - len(tail)].strip()
            if before or lead:
                yield (_speaker(lead) + _escape(before)).rstrip()
            yield f"{n}. " + _escape(tail)
            open_point = pt
            continue
        if question:
            yield f"**{lead}{_escape(para.text.strip())}**"
        else:
            yield _speaker(lead) + _escape(para.text)


def _speaker(lead: str) -> str:
    return f"*{lead.strip()}* " if lead else ""


def _tail(para: Paragraph, pt: Point) -> str:
    """The part of ``para`` from the point's marker on."""
    offset = max(0, pt.span[0] - para.span[0])
    return para.text[offset:]


def to_markdown(page: Interview) -> str:
    """A reading view: title, date, lead, then each question in bold with
    its answer, enumerated points as numbered lists, trailing notes."""
    md = page.metadata
    out: list[str] = [f"# {_escape(md.title or page.source or 'Untitled page')}"]
    facts: list[str] = []
    when = md.published or md.page_date
    if when is not None:
        facts.append(when.isoformat())
    for label, value in (
        ("by", md.byline),
        ("interviewer", md.interviewer),
        ("interviewee", md.interviewee),
    ):
        if value:
            facts.append(f"{label} {value}")
    if page.source and md.title:
        facts.append(page.source)
    if facts:
        out.append("*" + _escape(" · ".join(facts)) + "*")
    out.extend(_escape(p.text) for p in page.lead)
    starts = _points_by_line(page)
    for ex in page.exchanges:
        out.extend(_turn_blocks(ex.question, starts, question=True))
        out.extend(_join_items(_turn_blocks(ex.answer, starts, question=False)))
    if page.trailing:
        out.append("---")
        out.extend(_escape(p.text) for p in page.trailing)
    return "\n\n".join(out) + "\n"


def _join_items(blocks: Iterable[str]) -> Iterator[str]:
    """Keep a numbered item and its indented paragraphs in one block, so
    the list reads as one list."""
    pending: list[str] = []
    for block in blocks:
        if block.startswith("   ") and pending:
            pending.append(block)
            continue
        if pending:
            yield "\n\n".join(pending)
        pending = [block]
    if pending:
        yield "\n\n".join(pending)


def csv_rows(page: Interview) -> list[list[str]]:
    """One row per exchange, in ``CSV_COLUMNS`` order."""
    md = page.metadata
    published = md.published.isoformat() if md.published is not None else ""
    rows = []
    for ex in page.exchanges:
        rows.append(
            [
                page.source or "",
                str(ex.index),
                ex.question.speaker or md.interviewer or "",
                ex.question.text,
                ex.answer.speaker or md.interviewee or "",
                ex.answer.text,
                published,
                md.title or "",
            ]
        )
    return rows


def to_csv(rows: Iterable[Iterable[str]], header: bool = True) -> str:
    """CSV text (RFC 4180, ``\\r\\n`` line ends) for ``rows``."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    if header:
        writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return buf.getvalue()
