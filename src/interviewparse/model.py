"""The output objects of CONTRACT.md: frozen attrs classes, nothing else.

Every element that comes from the page carries ``line`` (0-based index into
``text.splitlines()``) and ``span`` (``(start, end)`` str offsets, end
exclusive) so that any output can be traced back to its source.
"""

from __future__ import annotations

import datetime as dt

import attrs

SCHEMA_VERSION = "1.2"
"""The version of the output's schema this package writes, in every
record's ``schema_version`` (rules in docs/schema.md)."""

Span = tuple[int, int]

FORMATS = (
    "standalone-questions",
    "speaker-labels",
    "dash-dialogue",
    "qa-labels",
    "mixed",
    "not-an-interview",
)

BOILERPLATE_KINDS = (
    "nav",
    "date-banner",
    "weather",
    "caption",
    "share",
    "subscribe",
    "related",
    "footer",
    "ad",
    "byline",
    "other",
)


@attrs.frozen
class Paragraph:
    """One non-blank source line of content; ``text[span]`` slices the input."""

    text: str
    line: int
    span: Span


@attrs.frozen
class Label:
    """What opens a turn and is not part of its text: a speaker label
    ("V.Makei:"), a Q/A label ("Q:") or a dialogue dash ("—"), as printed.
    ``own_line`` is true when the label stands alone on its line."""

    kind: str  # "speaker" | "qa" | "dash"
    text: str
    line: int
    span: Span
    own_line: bool = False


@attrs.frozen
class Turn:
    """One side's turn. ``text`` is the paragraphs joined by "\\n"; it never
    includes the label. ``span`` runs from the label (or first paragraph) to
    the end of the last paragraph; ``line`` is its first line."""

    speaker: str | None
    paragraphs: list[Paragraph]
    text: str
    span: Span
    line: int
    label: Label | None = None
    role: str = "question"  # "question" | "answer"
    # every label of the turn: more than one when consecutive turns of one
    # side were joined (a remark, then the question)
    labels: list[Label] = attrs.Factory(list)


@attrs.frozen
class Exchange:
    """A question and its answer; ``index`` counts exchanges from 0 in page
    order."""

    index: int
    question: Turn
    answer: Turn


@attrs.frozen
class Point:
    """One enumerated point: from its marker to the next marker (see
    docs/enumerations.md for where the last point ends). ``text`` is the
    point's paragraphs joined by "\\n", starting at the marker."""

    ordinal: int
    marker: str
    text: str
    span: Span
    line: int
    end_line: int


@attrs.frozen
class Enumeration:
    """A run of enumerated points ("First ... Secondly ...", "1) 2)").
    ``exchange`` is the index of the exchange it is in (None in the lead),
    ``announced`` the count the text gave beforehand ("three aspects": 3) if
    any, ``family`` the kind of markers; see docs/enumerations.md."""

    exchange: int | None
    announced: int | None
    items: list[Point]
    announced_text: str | None = None
    family: str = ""


@attrs.frozen
class BoilerplateLine:
    """A line of page furniture, kept aside with its kind and the rule that
    classified it."""

    kind: str
    text: str
    line: int
    span: Span
    rule: str = ""


@attrs.frozen
class MetaLine:
    """A source line consumed as metadata (the title, the timestamp)."""

    kind: str  # "title" | "published"
    text: str
    line: int
    span: Span
    rule: str = ""


@attrs.frozen
class Dateline:
    """"MINSK, 7 May (BelTA) –": the opening of the first content paragraph."""

    text: str
    place: str
    date_text: str | None
    agency: str | None
    line: int
    span: Span


@attrs.frozen
class Metadata:
    """What the page says about itself: title, publication time, dateline,
    captions, byline and the two parties, the input's encoding, and the
    source lines consumed as metadata."""

    title: str | None = None
    published: dt.datetime | dt.date | None = None
    published_precision: str | None = None  # "second" | "minute" | "day"
    published_ambiguous: bool = False
    published_text: str | None = None
    page_date: dt.date | None = None
    dateline: Dateline | None = None
    captions: list[str] = attrs.Factory(list)
    byline: str | None = None
    interviewer: str | None = None
    interviewee: str | None = None
    encoding: str | None = None
    lines: list[MetaLine] = attrs.Factory(list)


@attrs.frozen
class Interview:
    """The result of parsing one page: its metadata, the lead before the
    first question, the exchanges, the trailing text, the enumerations and
    the page furniture. docs/output.md describes every field."""

    schema_version: str
    source: str | None
    language: str
    format: str
    metadata: Metadata
    lead: list[Paragraph]
    exchanges: list[Exchange]
    trailing: list[Paragraph]
    enumerations: list[Enumeration]
    boilerplate: list[BoilerplateLine]
    #: When a web crawler fetched the page (a WET record's WARC-Date, ISO 8601),
    #: where the input says; added in schema 1.1.
    crawled: str | None = None
    confidence: float = 0.0
    """How sure the parser is that the page is an interview, 0 to 1 (the
    verdict's probability; a page is called one at ``CONFIDENT`` and above);
    added in schema 1.2."""
    evidence: list[str] = attrs.field(factory=list)
    """What weighed most in that verdict, strongest first, each as
    "feature value (signed weight)"; added in schema 1.2."""
    derived_from: str | None = None
    """What the text was derived from when it was not given as text:
    ``"html"`` for a page read through the ``[html]`` extra (its spans index
    the derived text, which ``--emit-text`` writes); added in schema 1.2."""

    def to_dict(self) -> dict[str, object]:
        """The record as plain JSON-ready values (the shape the JSON Schema
        describes)."""
        from .serialize import to_dict

        return to_dict(self)

    def to_json(self, indent: int | None = None) -> str:
        """The record as JSON text; ``indent`` as for ``json.dumps``."""
        from .serialize import to_json

        return to_json(self, indent=indent)

    @classmethod
    def from_json(cls, s: str | bytes) -> Interview:
        """Rebuild an ``Interview`` from the text ``to_json`` wrote."""
        from .serialize import from_json

        return from_json(s)

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> Interview:
        """Rebuild an ``Interview`` from the value ``to_dict`` returned."""
        from .serialize import from_dict

        return from_dict(d)
