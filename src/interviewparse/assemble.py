"""The pipeline, in the order a page is read."""

from __future__ import annotations

import datetime as dt
import gc

import attrs

from . import (
    cues,
    enumerations,
    exchanges,
    language,
    metadata,
    questions,
    roles,
    scheme,
    turns,
    units,
)
from .dates import DateMatch
from .lexicon import LANGUAGES
from .model import (
    SCHEMA_VERSION,
    BoilerplateLine,
    Enumeration,
    Interview,
    Metadata,
    MetaLine,
    Paragraph,
)
from .text import Line, line_facts, split_lines


def parse(
    text: str, *, source: str | None = None, encoding: str | None = None,
    lang: str | None = None,
) -> Interview:
    """Parse one page's text (in ``lang`` when the caller knows it, else in
    the language detected). Never raises for any ``str``."""
    _clear_caches()
    collecting = gc.isenabled()
    gc.disable()  # a page builds many small objects and no cycles: no GC passes meanwhile
    try:
        return _parse(text, source, encoding, lang)
    finally:
        if collecting:
            gc.enable()
        _clear_caches()  # the caches hold one page's lines, no more


def _clear_caches() -> None:
    cues.detect.cache_clear()
    questions.evidence_cache_clear()
    line_facts.cache_clear()


def _pair(lines: list[Line], lang: str) -> tuple[roles.Classified, exchanges.Paired]:
    """Line roles, turns and exchanges: the stages up to the verdict."""
    lex = LANGUAGES.get(lang, LANGUAGES["en"])
    found = roles.classify(lines)
    us = scheme.accept_cues(units.units(lines, found.roles), lex)
    line_facts.cache_clear()  # no new lines after this: free the cache before the big stages
    sc = scheme.build(us, lex)
    segments = turns.segment(us, sc, lex)
    cues.detect.cache_clear()
    title = lines[found.title_lines[0]] if found.title_lines else None
    paired = exchanges.pair(segments, found.roles, lex, title)
    return found, _question_box(paired, {us[i].source.index for i in sc.listed}, found.roles)


def _question_box(
    paired: exchanges.Paired, listed: set[int], found: list[roles.Role]
) -> exchanges.Paired:
    """Above an interview, a box of the questions it covers, which nobody
    answers there, is the page's furniture, not its lead."""
    if not listed or not paired.exchanges:
        return paired
    box = [p for p in paired.lead if p.line in listed]
    if not box:
        return paired
    for p in box:
        found[p.line] = roles.Role(roles.BOILERPLATE, "other", "question-box")
    return attrs.evolve(paired, lead=[p for p in paired.lead if p.line not in listed])


def verdict_features(text: str) -> dict[str, float]:
    """The features the interview verdict weighs for a page (for fitting
    its weights: ``tools/fit_verdict.py``)."""
    _clear_caches()
    try:
        return _pair(split_lines(text), language.detect(text))[1].features
    finally:
        _clear_caches()


def _parse(text: str, source: str | None, encoding: str | None, known: str | None) -> Interview:
    lines = split_lines(text)
    lang = known or language.detect(text)
    found, paired = _pair(lines, lang)
    boiler = _boilerplate(lines, found.roles)
    enums = _enumerations(paired)
    return Interview(
        schema_version=SCHEMA_VERSION,
        source=source,
        language=lang,
        format=paired.format,
        metadata=_metadata(lines, found, boiler, paired, encoding),
        lead=paired.lead,
        exchanges=paired.exchanges,
        trailing=paired.trailing,
        enumerations=enums,
        boilerplate=boiler,
        confidence=paired.verdict.confidence,
        evidence=list(paired.verdict.evidence),
    )


def _boilerplate(lines: list[Line], found: list[roles.Role]) -> list[BoilerplateLine]:
    return [
        BoilerplateLine(r.kind, ln.text, ln.index, ln.span, r.rule)
        for ln, r in zip(lines, found)
        if r.role == roles.BOILERPLATE
    ]


def _enumerations(paired: exchanges.Paired) -> list[Enumeration]:
    out = enumerations.find(paired.lead, None)
    for ex in paired.exchanges:
        out += enumerations.find(ex.answer.paragraphs, ex.index, ex.question.text)
    return out


def _first_paragraph(paired: exchanges.Paired) -> Paragraph | None:
    if paired.lead:
        return paired.lead[0]
    if paired.exchanges and paired.exchanges[0].question.paragraphs:
        return paired.exchanges[0].question.paragraphs[0]
    return None


def _published(m: DateMatch | None) -> tuple[dt.datetime | dt.date | None, str | None, bool]:
    if m is None:
        return None, None, False
    return m.value, m.precision, m.ambiguous


def _metadata(
    lines: list[Line],
    found: roles.Classified,
    boiler: list[BoilerplateLine],
    paired: exchanges.Paired,
    encoding: str | None,
) -> Metadata:
    meta_lines = [
        MetaLine("title", lines[i].text, i, lines[i].span, "headline") for i in found.title_lines
    ]
    for i in found.published_lines:
        if i not in found.title_lines:
            ln = lines[i]
            rule = "timestamp" if i == found.published_line else "timestamp-time"
            meta_lines.append(MetaLine("published", ln.text, ln.index, ln.span, rule))
    meta_lines.sort(key=lambda m: m.line)
    title = " ".join(lines[i].text for i in found.title_lines) or None
    line = metadata.dateline(_first_paragraph(paired))
    published = found.published or metadata.dateline_date(line, found.page_date)
    value, precision, ambiguous = _published(published)
    by, by_asks = metadata.byline(boiler)
    asker, answerer = metadata.people(paired.exchanges, title, by, by_asks)
    return Metadata(
        title=title,
        published=value,
        published_precision=precision,
        published_ambiguous=ambiguous,
        published_text=lines[found.published_line].text if found.published_line is not None
        else (line.date_text if line is not None and value is not None else None),
        page_date=found.page_date,
        dateline=line,
        captions=[b.text for b in boiler if b.kind == "caption"],
        byline=by,
        interviewer=asker,
        interviewee=answerer,
        encoding=encoding,
        lines=meta_lines,
    )
