"""Line rules: shapes of furniture that are the same wherever they stand on
a page (weather widgets, share rows, "Read also" heads, copyright lines,
cookie notices, captions, bylines, menu rows). Each rule is a name, the
kind of furniture it gives and a test of one line."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from . import cues, patterns
from .credits import (
    agency_caption,
    author_bio,
    byline,
    caps_byline,
    caption,
    credit,
    han_caption,
    post_signature,
)
from .enumerations import find_marker
from .features import features
from .lexicon import ALL
from .phrases import Keyed, alt, longest_words, starts, whole
from .role import BOILERPLATE, NOTE, Role
from .text import Line

_HEAD = 160
_WEATHER = patterns.compile(r"[+\-−–]?\d{1,2}(?:[.,]\d)?\s*°\s*[CFС]?(?![\p{L}])|°[CF]\b|[℃℉]")
_SEPARATORS = patterns.compile(r"\s+[|/>»›▸·•→⟩]\s+|\s*\|\s*|\s*[·•]\s*|\s{2,}|\u3000+")
_COPYRIGHT = patterns.compile(r"(?:©|\(c\)|copyright\b|℗)", regex.IGNORECASE)
_SHARE = starts(ALL.share)
_SUBSCRIBE = patterns.compile(
    rf"(?<![\p{{L}}])(?:{alt(ALL.subscribe)})(?![\p{{L}}])", regex.IGNORECASE
)
_WIDGET = patterns.compile(
    rf"^(?:{alt(ALL.widgets)})(?![\p{{L}}])|(?<![\p{{L}}])(?:{alt(ALL.widgets)})[\s.:：]*$",
    regex.IGNORECASE,
)
_DISCLAIMER = patterns.compile(rf"(?:{alt(ALL.disclaimers)})", regex.IGNORECASE)
_TICKER = patterns.compile(r"\d[\d.,]*\s*[▲▼↑↓%]|\b[A-Z]{3}/[A-Z]{3}\b")
_PAGE_NO = patterns.compile(
    r"[-–—]?\s*\d{1,4}\s*[-–—]?|(?:page|p\.|стр\.?|страница|seite|s\.|第)\s*\d{1,4}"
    r"(?:\s*(?:of|из|von|/|页)\s*\d{1,4})?\s*页?",
    regex.IGNORECASE,
)
_OFFER = patterns.compile(
    r"(?:\d+(?:[.,]\d+)?\s*(?:€|\$|£|руб|₽|eur|usd)|[€$£₽]\s*\d+(?:[.,]\d+)?)[^\n]{0,30}?"
    r"(?:month|monat|месяц|year|jahr|год)"
    r"|(?:month|monat|месяц|year|jahr|год)\w*\s+(?:für|for|за)\s+\d",
    regex.IGNORECASE,
)
_PROGRAMME = patterns.compile(
    r"(?<![\p{L}])(?:is|are)\s+on\s+(?:air\s+)?(?:\S+\s+){0,3}?(?:every|each|weekdays|daily"
    r"|on\s+\p{L}+days)(?![\p{L}])"
    r"|(?<![\p{L}])(?:airs|is\s+broadcast)\s+(?:every|each|weekdays|daily)(?![\p{L}])"
    r"|(?<![\p{L}])выходит\s+в\s+эфир\s+(?:каждый|каждую|по\s+будням|ежедневно)"
    r"|(?<![\p{L}])läuft\s+(?:jeden|jede|werktags|täglich)",
    regex.IGNORECASE,
)
_PRINT_EDITION = patterns.compile(
    r"(?:опубликовано|published|printed|erschienen|напечатано)\s+(?:в|in)\s+(?:№|no\.|issue|"
    r"ausgabe|номере|print)|\d{1,2}\s*版[)）]|print edition|печатная версия",
    regex.IGNORECASE,
)
_AGE = patterns.compile(r"\d{1,2}\+")
_BRACKETS = "()（）[]【】"
RELATED = starts(ALL.related)
FOOTER_PHRASE = patterns.compile(rf"(?:{alt(ALL.footer)})", regex.IGNORECASE)
_COOKIE = patterns.compile(rf"(?<![\p{{L}}])(?:{alt(ALL.cookie)})", regex.IGNORECASE)
# what a consent notice says besides "cookies"
_CONSENT = patterns.compile(
    r"(?:site|website|brows|continu|consent|accept|agree|experience|polic|settings|"
    r"сайт|соглас|использ|website|zustimm|nutzung|einverstanden|webseite|网站|同意|使用)",
    regex.IGNORECASE,
)
_FOOTER_STRONG = patterns.compile(
    r"all rights reserved|все права защищены|alle rechte vorbehalten|版权所有", regex.IGNORECASE
)
BUTTONS = whole(ALL.buttons)
# the phrase searches that run on most short lines, pre-checked (see _Keyed)
_DISCLAIMER_HEAD = patterns.compile(
    rf"[*(\[]?(?:{alt((*ALL.disclaimer_heads, *ALL.disclaimers))})\s*[:：]", regex.IGNORECASE
)
_DISCLAIMER_K = Keyed(_DISCLAIMER, longest_words(ALL.disclaimers))
_READER_CALL_K = Keyed(
    patterns.compile(rf"(?:{alt(ALL.reader_calls)})", regex.IGNORECASE),
    longest_words(ALL.reader_calls),
)
_FOOTER_PHRASE_K = Keyed(FOOTER_PHRASE, longest_words(ALL.footer))
_FOOTER_STRONG_K = Keyed(_FOOTER_STRONG, ("rights", "права", "rechte", "版权所有"))
_COOKIE_K = Keyed(_COOKIE, longest_words(ALL.cookie))
_SUBSCRIBE_K = Keyed(_SUBSCRIBE, longest_words(ALL.subscribe))
_PROGRAMME_K = Keyed(_PROGRAMME, ("every", "each", "daily", "days", "выходит", "läuft"))
_PRINT_EDITION_K = Keyed(_PRINT_EDITION, (
    "опубликовано", "published", "printed", "erschienen", "напечатано", "版", "print edition",
    "печатная версия",
))
_NAV_WORDS = patterns.compile(rf"[☰≡↑⬆▲^]?\s*(?:{alt(ALL.nav)})[\s.!:：…]*", regex.IGNORECASE)
_AD = whole(ALL.ad)
_AD_HEAD = patterns.compile(rf"(?:{alt(ALL.ad)})\s*[·:|•—–\-]\s*", regex.IGNORECASE)
_OTHER = whole(ALL.other)
_OTHER_HEAD = patterns.compile(rf"(?:{alt(ALL.tag_heads)})\s*[:：]", regex.IGNORECASE)
_SECTION_HEAD = patterns.compile(rf"(?:{alt(ALL.section_heads)})(?![\p{{L}}])", regex.IGNORECASE)
_UPDATED = starts(ALL.updated)
_NOTES = starts(ALL.notes)
_SOCIAL = patterns.compile(
    r"(?:facebook|twitter|x|telegram|vk|vkontakte|вконтакте|одноклассники|ok|whatsapp|viber|"
    r"linkedin|email|e-mail|instagram|youtube|微信|微博|qq|reddit|pinterest|threads|mastodon)",
    regex.IGNORECASE,
)


_WORD_SEPARATORS = patterns.compile(r"[\s,;·|•/]+")


def _words_of(text: str) -> list[str]:
    return [w for w in _WORD_SEPARATORS.split(text) if w]


# ------------------------------------------------------------- line rules
# Each test reads one Line and says yes or no; the table below says what
# each one needs.


def _weather(line: Line) -> bool:
    return line.words <= 10 and not line.terminal and _WEATHER.search(line.text[:_HEAD]) is not None


def _share_row(line: Line) -> bool:
    if line.size > 12 or line.terminal:
        return False
    if _SHARE.match(line.text):
        return True
    words = _words_of(line.text)
    # "Facebook   Twitter   Email", or one network alone on its line
    return len(words) >= 1 and all(_SOCIAL.fullmatch(w) for w in words)


def _subscribe(line: Line) -> bool:
    if line.size > 16 or (line.terminal and line.size > 6):
        return False
    return _SUBSCRIBE_K.search(line.text) is not None


def _widget(line: Line) -> bool:
    """Reading time, view counters, podcast durations, font-size switches."""
    text = line.text[:_HEAD].strip("[]【】()（）")
    # ("Lesezeit: 4 Min." ends in an abbreviation's stop, not a sentence's)
    return line.size <= 6 and (not line.terminal or (line.size <= 4 and line.last == ".")) and (
        _WIDGET.search(text) is not None
    )


def _reading_time(line: Line) -> bool:
    """A reading or listening time in any language: "Leitura: 6 min",
    "Lettura 4 minuti" (the lexicons' widget words need not know it)."""
    return _DURATION.match(line.text[:_HEAD].strip("[]【】()（）")) is not None


_DURATION = patterns.compile(
    r"\p{L}[\p{L} ]{0,24}[:：]?\s*\d{1,3}\s*"
    r"(?:min|mins|minutes?|minutos|minuti|minuten|minut|мин|минут[аы]?)\.?$",
    regex.IGNORECASE,
)


def _programme_note(line: Line) -> bool:
    """"Morning Call is on air weekdays from 7 to 9.": a broadcast schedule."""
    return line.size <= 25 and _PROGRAMME_K.search(line.text[:300]) is not None


def _print_edition(line: Line) -> bool:
    """"Опубликовано в № 47 от 24 ноября 2023 года", "（2024年08月12日　03版）"."""
    return line.size <= 20 and _PRINT_EDITION_K.search(line.text[:200]) is not None


def _separator(line: Line) -> bool:
    """"###", "* * *", "---": a rule or an end mark, no words."""
    return line.words == 0 and line.han == 0 and len(line.text) <= 40 and not line.text.isdigit()


def _stage_direction(line: Line) -> bool:
    """"[LAUGHS]", "[SOUND OF FOOTSTEPS]": a transcript's note in brackets."""
    t = line.text
    return line.size <= 12 and t[:1] in "[［【" and t[-1:] in "]］】" and "]" not in t[1:-1]


def _offer(line: Line) -> bool:
    """"Jetzt lesen: 1 Monat für 0,99 €", "Subscribe from £4.20 a month.": a
    subscription price."""
    if line.size > 20 or _OFFER.search(line.text) is None:
        return False
    # a sentence that states a price is text, unless it asks you to subscribe
    return (line.size <= 12 and not line.terminal) or _SUBSCRIBE_K.search(line.text) is not None


def _disclaimer(line: Line) -> bool:
    """"Not financial advice.", also a long one that opens with its head
    ("Disclaimer: ...")."""
    if _DISCLAIMER_HEAD.match(line.text[:60]) is not None:
        return True
    return line.size <= 40 and _DISCLAIMER_K.search(line.text[:400]) is not None


def _reader_call(line: Line) -> bool:
    """"Have a question for the mayor? Write to us at ...": the page asks
    its readers for questions or news."""
    if line.size > 25 or find_marker(line.text, 0) is not None:
        return False  # ("Thirdly, ... call us": a point of an answer)
    return _READER_CALL_K.search(line.text[:300]) is not None


def _ticker(line: Line) -> bool:
    """Currency and market rows: "USD/EUR 0.92 ▼ | Wheat 232.50 ▲"."""
    return line.size <= 20 and not line.terminal and len(_TICKER.findall(line.text[:400])) >= 2


def _section_head(line: Line) -> bool:
    """A sub-heading that opens a part of the interview: "Listener questions,
    answered after the show", "Вопросы читателей"."""
    return line.size <= 10 and not line.terminal and _SECTION_HEAD.match(line.text) is not None


def _page_number(line: Line) -> bool:
    """"- 3 -", "Page 3 of 12", "Стр. 3": a page break of a converted document."""
    return _PAGE_NO.fullmatch(line.text) is not None


def _age_rating(line: Line) -> bool:
    return _AGE.fullmatch(line.text) is not None


def _footer_links(line: Line) -> bool:
    """A row of site links: "Terms · Privacy · Contact"."""
    if line.size > 30:
        return False
    parts = [p.strip().casefold() for p in _SEPARATORS.split(line.text[:400]) if p.strip()]
    links = sum(1 for p in parts if p in ALL.footer_links)
    return len(parts) >= 2 and links * 2 >= len(parts)


def _related_head(line: Line) -> bool:
    m = RELATED.match(line.text)
    if m is None or line.size > 20:
        return False
    # "Read also: <headline>" or a heading; not "Popular demand made us ..."
    return not line.terminal or line.text[m.end() :].lstrip()[:1] in ":："


def _copyright(line: Line) -> bool:
    """"© 2024 ...", "All rights reserved", "Reproduction only with a link"."""
    if line.size > 30:
        return False
    head = line.text[:_HEAD]
    if _COPYRIGHT.search(head) is not None:
        return line.size <= 20 or _COPYRIGHT.match(head) is not None
    if _FOOTER_STRONG_K.search(line.text) is not None:
        return True
    return line.size <= 20 and not line.terminal and _FOOTER_PHRASE_K.search(line.text) is not None


def _cookie(line: Line) -> bool:
    if line.size > 80 or _COOKIE_K.search(line.text) is None:
        return False
    return _CONSENT.search(line.text) is not None


def _ad(line: Line) -> bool:
    if line.size <= 3 and _AD.fullmatch(line.text) is not None:
        return True
    return line.size <= 20 and _AD_HEAD.match(line.text) is not None


def _other_word(line: Line) -> bool:
    if line.size <= 4 and _OTHER.fullmatch(line.text) is not None:
        return True
    return line.size <= 20 and not line.terminal and _OTHER_HEAD.match(line.text) is not None


def _nav_word(line: Line) -> bool:
    return line.size <= 4 and _NAV_WORDS.fullmatch(line.text) is not None


def menu_row(line: Line) -> bool:
    """"Home | World | Sport", "Главная / Новости / Регионы"."""
    if line.terminal or line.size > 20:
        return False
    parts = _SEPARATORS.split(line.text[:400])
    parts = [p for p in parts if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts) and (
        len(parts) >= 3 or "|" in line.text
    )


def _updated(line: Line) -> bool:
    return line.size <= 12 and _UPDATED.match(line.text) is not None and any(
        ch.isdigit() for ch in line.text
    )


@attrs.frozen
class Rule:
    """A line rule as data: its name (which travels into the output), the
    kind of furniture it gives, its test, the line features of which it
    needs one (``features.features``), the largest line (in words) it can
    say yes to, and the role it gives (furniture, or an editor's note)."""

    name: str
    kind: str
    test: Callable[[Line], bool]
    needs: frozenset[str]
    max_size: int | None = None
    role: str = BOILERPLATE


def _rule(name: str, kind: str, test: Callable[[Line], bool], needs: str,
          max_size: int | None = None, role: str = BOILERPLATE) -> Rule:
    return Rule(name, kind, test, frozenset(needs.split()), max_size, role)


def _editor_note(line: Line) -> bool:
    """"*This interview was edited for length.*": a note, not furniture."""
    return _NOTES.match(line.text.lstrip("*_[(（ ")) is not None


LINE_RULES: tuple[Rule, ...] = (
    _rule("weather-widget", "weather", _weather, "degree"),
    _rule("widget", "other", _widget, "widgets", 6),
    _rule("widget", "other", _reading_time, "digit", 6),  # (a widget without a widget word)
    _rule("share-row", "share", _share_row, "share social", 12),
    _rule("footer-links", "footer", _footer_links, "footer_links", 30),
    _rule("han-caption", "caption", han_caption, "han", 60),
    _rule("menu-row", "nav", menu_row, "sep", 20),
    _rule("photo-caption", "caption", caption, "photo", 25),
    _rule("post-signature", "other", post_signature, "handle", 20),
    _rule("agency-caption", "caption", agency_caption, "upper", 30),
    _rule("copyright-line", "footer", _copyright, "copyright footer", 30),
    _rule("disclaimer", "other", _disclaimer, "disclaimers disclaimer_heads", 150),
    _rule("reader-call", "other", _reader_call, "reader_calls", 25),
    _rule("cookie-notice", "other", _cookie, "cookie", 80),
    _rule("subscribe-call", "subscribe", _subscribe, "subscribe", 16),
    _rule("related-head", "related", _related_head, "related", 20),
    _rule("updated-line", "other", _updated, "updated", 12),
    _rule("ticker", "other", _ticker, "digit", 20),
    _rule("age-rating", "other", _age_rating, "digit"),
    _rule("page-number", "other", _page_number, "digit"),
    _rule("separator", "other", _separator, "noword"),
    _rule("print-edition", "other", _print_edition, "print", 20),
    _rule("caps-signature", "byline", caps_byline, "upper"),
    _rule("author-bio", "byline", author_bio, "bio", 25),
    _rule("programme-note", "other", _programme_note, "programme", 25),
    _rule("stage-direction", "other", _stage_direction, "bracket", 12),
    _rule("subscription-offer", "subscribe", _offer, "offer", 20),
    _rule("byline", "byline", byline, "byline", 8),
    _rule("credit-line", "byline", credit, "credit", 8),
    _rule("nav-word", "nav", _nav_word, "nav", 4),
    _rule("ad-label", "ad", _ad, "ad", 20),
    _rule("section-label", "other", _other_word, "other tag_heads", 20),
    _rule("section-head", "other", _section_head, "section_heads", 10),
    # last: a line that fits no furniture rule and opens with a note's phrase
    _rule("editor-note", "", _editor_note, "notes", 60, NOTE),
)
_BIGGEST = max(r.max_size for r in LINE_RULES if r.max_size is not None) + 1
# the rules to try on a line, by its size (sizes past _BIGGEST share the last)
_RULES_BY_SIZE: tuple[tuple[Rule, ...], ...] = tuple(
    tuple(r for r in LINE_RULES if r.max_size is None or size <= r.max_size)
    for size in range(_BIGGEST + 1)
)


_FOOTER_LABEL_WORDS = 8


def line_rule(line: Line) -> Role | None:
    """The role line rules give the line: the first rule whose needs the
    line's features meet and whose test says yes, or None. A line that
    opens a turn ("A: No.", "— Yes.") is never furniture."""
    cue = cues.detect(line.text)
    if cue is not None and cue.kind != "speaker":
        if line.size <= _FOOTER_LABEL_WORDS and not line.question and FOOTER_PHRASE.match(
            line.text
        ):  # "P. IVA 04471230985": a footer's tax number, not an Italian "P." label
            return Role(BOILERPLATE, "footer", "copyright-line")
        return None
    found = features(line)
    if not found:
        return None
    for rule in _RULES_BY_SIZE[min(line.size, _BIGGEST)]:
        if not rule.needs.isdisjoint(found) and rule.test(line):
            return Role(rule.role, rule.kind, rule.name)
    return None
