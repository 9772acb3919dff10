"""Language knowledge, one module per language, as data.

Each language module defines ``LEXICON``, a :class:`Lexicon`. Adding a
language means adding a module here and its name to ``_MODULES``. Stages read
either one language's table (``LANGUAGES["ru"]``) or the union over all
languages (``ALL``), which is what line rules use: a Russian page may carry an
English share row, and month names never collide across languages in a way
that matters here.

Phrases are lower-case; matching is case-insensitive. A phrase list means
"the line (or paragraph) starts with one of these", unless its field says
otherwise.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

import attrs


def _fs(items: Iterable[str] = ()) -> frozenset[str]:
    return frozenset(s.lower() for s in items)


def _tuple(items: Iterable[str] = ()) -> tuple[str, ...]:
    return tuple(s.lower() for s in items)


@attrs.frozen
class Lexicon:
    code: str
    # language identification: frequent function words
    stopwords: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    # Q/A labels as printed before ":" (without it): "q", "question", "вопрос"
    question_labels: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    answer_labels: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # speaker labels that always name the interviewer's side
    interviewer_roles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # words that open an address to the interviewee: "mr", "madam", "herr"
    address_forms: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    # pronouns: second person (evidence for a question), first person singular
    second_person: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    first_singular: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    first_plural: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    # subjects that open a sentence reporting what other people think or say
    # ("Many readers ...", "Многие ..."): an interviewer's remark before a question
    others_say: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # stems of the verbs such a sentence uses: "say", "think", "complain", "считают"
    report_verbs: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # words that open a question sentence
    question_words: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    # phrases that open an imperative question ("tell us about ...")
    imperatives: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # verbs of a quote's attribution after a dash ("— ..., — said the mayor")
    said_verbs: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    # enumeration markers: printed form (lower-case) -> ordinal; "family" groups
    ordinals: dict[str, int] = attrs.Factory(dict)
    the_nth: dict[str, int] = attrs.Factory(dict)  # "the first" ... (own family)
    finals: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # "finally"
    # markers that need a comma/colon after them to count ("first," not "first prize")
    comma_ordinals: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    number_words: dict[str, int] = attrs.Factory(dict)
    count_nouns: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # stems
    # boilerplate phrases by kind: line starts with (or equals) one of these
    nav: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    share: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    subscribe: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    related: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    footer: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # anywhere in a short line
    # items of a footer link row ("Terms · Privacy · Contact"): whole segments
    footer_links: frozenset[str] = attrs.field(default=frozenset(), converter=_fs)
    # furniture found anywhere in a short open line ("Reading time", "views")
    widgets: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    disclaimers: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # anywhere
    # the head of a disclaimer, before its colon: "Disclaimer: ..."
    disclaimer_heads: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # a polite word that may stand before a request: "Please describe ...", "Bitte nennen Sie ..."
    please: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # a call to readers to send their questions or news, anywhere in a short line
    reader_calls: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # the heading of the readers' comments under a page ("Comments (12)")
    comment_heads: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # a question reported rather than asked: "Ray wants to know why ..."
    reported_questions: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    cookie: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # anywhere
    buttons: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # whole line
    photo: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # word anywhere
    byline: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # "by", "von"
    updated: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    ad: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    other: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # whole line
    # heads of a furniture list: "Tags: ...", "Темы: ..."
    tag_heads: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # sub-headings that open a new part of the interview ("Listener questions")
    section_heads: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # editor's notes
    # practical details of an editor's closing note ("Admission is free")
    info_words: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # phrases that speak of the piece itself, anywhere in a short note after
    # the interview ("this interview", "dieser Artikel", "впервые опубликовано")
    about_piece: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # words that open a thank-you, and the nouns a closing thank-you names
    # ("Thank you for the interview", "Danke, Vreni, für das Gespräch")
    thanks: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    interview_nouns: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


_MODULES = ("en", "ru", "be", "uk", "de", "zh", "es", "fr", "it", "pt", "pl")


def _load() -> dict[str, Lexicon]:
    out: dict[str, Lexicon] = {}
    for name in _MODULES:
        mod = importlib.import_module(f"{__name__}.{name}")
        lex: Lexicon = mod.LEXICON
        out[lex.code] = lex
    return out


LANGUAGES: dict[str, Lexicon] = _load()


def _union_tuple(field: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for lex in LANGUAGES.values():
        for item in getattr(lex, field):
            seen[item] = None
    # longest first, so that alternations prefer the longer phrase
    return tuple(sorted(seen, key=lambda s: (-len(s), s)))


def _union_set(field: str) -> frozenset[str]:
    out: set[str] = set()
    for lex in LANGUAGES.values():
        out |= getattr(lex, field)
    return frozenset(out)


def _union_dict(field: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for lex in LANGUAGES.values():
        out.update(getattr(lex, field))
    return out


ALL = Lexicon(
    code="*",
    stopwords=_union_set("stopwords"),
    question_labels=_union_tuple("question_labels"),
    answer_labels=_union_tuple("answer_labels"),
    interviewer_roles=_union_tuple("interviewer_roles"),
    address_forms=_union_set("address_forms"),
    second_person=_union_set("second_person"),
    first_singular=_union_set("first_singular"),
    first_plural=_union_set("first_plural"),
    others_say=_union_tuple("others_say"),
    report_verbs=_union_tuple("report_verbs"),
    question_words=_union_set("question_words"),
    imperatives=_union_tuple("imperatives"),
    said_verbs=_union_set("said_verbs"),
    ordinals=_union_dict("ordinals"),
    the_nth=_union_dict("the_nth"),
    finals=_union_tuple("finals"),
    comma_ordinals=_union_set("comma_ordinals"),
    number_words=_union_dict("number_words"),
    count_nouns=_union_tuple("count_nouns"),
    nav=_union_tuple("nav"),
    share=_union_tuple("share"),
    subscribe=_union_tuple("subscribe"),
    related=_union_tuple("related"),
    footer=_union_tuple("footer"),
    footer_links=_union_set("footer_links"),
    widgets=_union_tuple("widgets"),
    disclaimers=_union_tuple("disclaimers"),
    please=_union_tuple("please"),
    disclaimer_heads=_union_tuple("disclaimer_heads"),
    reader_calls=_union_tuple("reader_calls"),
    comment_heads=_union_tuple("comment_heads"),
    reported_questions=_union_tuple("reported_questions"),
    cookie=_union_tuple("cookie"),
    buttons=_union_tuple("buttons"),
    photo=_union_tuple("photo"),
    byline=_union_tuple("byline"),
    updated=_union_tuple("updated"),
    ad=_union_tuple("ad"),
    other=_union_tuple("other"),
    tag_heads=_union_tuple("tag_heads"),
    section_heads=_union_tuple("section_heads"),
    notes=_union_tuple("notes"),
    info_words=_union_tuple("info_words"),
    about_piece=_union_tuple("about_piece"),
    thanks=_union_tuple("thanks"),
    interview_nouns=_union_tuple("interview_nouns"),
)

__all__ = ["ALL", "LANGUAGES", "Lexicon"]
