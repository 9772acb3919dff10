"""Why each line went where: the ``--format explain`` view.

Every non-blank line of the page, in order, with its number (as the JSON's
``line``: counted from 0), the role it got and what decided it, in columns a
person can read in a terminal::

    line  role                    why                 text
       0  furniture nav           menu-row            News | Harbour | Weather
       3  title                   headline            Harbour pilot: "Fog is the enemy"
       9  question 0              label "Courier:"    What is the hardest part?
      10  answer 0                label "M.Lind:"     Fog, every time.

Boilerplate names its kind and the rule that classified it; metadata lines
name their rule; a turn names its label or dash, or, when it has none, what
shows it asks ("?", a request) or that it answers the question above it. A
head tells the page's format, language, confidence and the verdict's
evidence. Blank lines are left out (``blank=True`` marks them).
"""

from __future__ import annotations

import shutil

from .model import Interview, Label, Paragraph, Turn

_ROLE = 22
_WHY = 26
_MIN_TEXT = 20


def explain(page: Interview, text: str, *, width: int | None = None,
            blank: bool = False) -> str:
    """The explain view of ``page``, parsed from ``text`` (the same text:
    the view prints its lines). ``width``: the terminal's columns (default:
    the terminal's, else 100); a longer line's text is cut with "…"."""
    rows = _rows(page)
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns
    lines = text.splitlines()
    number = max(4, len(str(max(len(lines) - 1, 0))))
    room = max(_MIN_TEXT, width - number - _ROLE - _WHY - 6)
    out = _head(page)
    out.append(f"{'line':>{number}}  {'role':<{_ROLE}}  {'why':<{_WHY}}  text")
    for i, raw in enumerate(lines):
        body = raw.strip()
        if not body and not blank:
            continue
        role, why = rows.get(i, ("blank", "") if not body else ("(none)", ""))
        out.append(
            f"{i:>{number}}  {_cut(role, _ROLE):<{_ROLE}}  {_cut(why, _WHY):<{_WHY}}  "
            f"{_cut(body, room)}".rstrip()
        )
    return "\n".join(out) + "\n"


def _head(page: Interview) -> list[str]:
    said = "an interview" if page.format != "not-an-interview" else "not an interview"
    head = [
        f"# {page.source or '<text>'}: {said} ({page.format}), language {page.language}, "
        f"confidence {page.confidence:.3f}",
    ]
    head += [f"#   evidence: {e}" for e in page.evidence]
    md = page.metadata
    facts = [
        ("title", md.title), ("published", md.published_text), ("byline", md.byline),
        ("interviewer", md.interviewer), ("interviewee", md.interviewee),
    ]
    head += [f"#   {name}: {value}" for name, value in facts if value]
    return head


def _rows(page: Interview) -> dict[int, tuple[str, str]]:
    rows: dict[int, tuple[str, str]] = {}
    for b in page.boilerplate:
        rows[b.line] = (f"furniture {b.kind}", b.rule)
    for m in page.metadata.lines:
        rows[m.line] = (m.kind, m.rule or m.kind)
    for p in page.lead:
        rows.setdefault(p.line, ("lead", _lead_why(page)))
    for ex in page.exchanges:
        _turn(rows, ex.question, f"question {ex.index}", ex.answer.paragraphs == [])
        _turn(rows, ex.answer, f"answer {ex.index}", False)
    for p in page.trailing:
        rows.setdefault(p.line, ("trailing", "after the interview"))
    return rows


def _lead_why(page: Interview) -> str:
    if page.format == "not-an-interview":
        return "the page's text"
    return "before the first question"


def _turn(rows: dict[int, tuple[str, str]], turn: Turn, role: str, unanswered: bool) -> None:
    marks = {lab.line: lab for lab in turn.labels}
    if turn.label is not None:
        marks.setdefault(turn.label.line, turn.label)
    for mark in marks.values():
        if mark.own_line:
            rows[mark.line] = (f"{role} label", _label_why(mark))
    for n, p in enumerate(turn.paragraphs):
        lab = marks.get(p.line)
        if lab is not None and not lab.own_line:
            why = _label_why(lab)
        elif n:
            why = "continues the turn"
        elif turn.role == "question":
            why = _asks(p) + (", no answer" if unanswered else "")
        else:
            why = "follows the question" if not marks else _label_why(next(iter(marks.values())))
        rows[p.line] = (role, why)


def _label_why(lab: Label) -> str:
    if lab.kind == "dash":
        return f"dialogue dash {lab.text}"
    kind = "Q/A label" if lab.kind == "qa" else "label"
    return f'{kind} "{lab.text}"'


def _asks(p: Paragraph) -> str:
    tail = p.text.rstrip(" \"'”»’)…")
    if tail.endswith(("?", "？")) or "?" in p.text[-3:]:
        return "asks: ends in ?"
    if "?" in p.text or "？" in p.text:
        return "asks: holds a ?"
    return "no ?: its place in turns"


def _cut(text: str, room: int) -> str:
    return text if len(text) <= room else text[: max(1, room - 1)] + "…"
