"""Line roles: boilerplate (with its kind and the rule that fired), the
title, the publication timestamp, editor's notes, and content.

The stage runs in passes over one :class:`Page`:

1. line rules: shapes of furniture that are the same wherever they stand
   (weather widgets, share rows, "Read also" blocks, copyright lines, cookie
   notices, captions, bylines, menu rows);
2. dates: the publication timestamp, the page's date banner, other date lines;
3. the title: the headline next to the timestamp, or above the first
   paragraph when there is none;
4. zones: menu lines above the title, unlabelled furniture between the title
   and the first paragraph, short lines after the last paragraph, and
   sub-headings and captions between paragraphs.

Every remaining non-blank line is content. Rules never look at a line's
length alone: a short line is furniture only where its position and shape
say so, and a line that opens a turn ("A: No.") is always content.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import attrs
import regex

from . import cues
from .dates import DateMatch, date_of
from .enumerations import find_marker
from .lexicon import ALL
from .text import Line

BLANK = "blank"
CONTENT = "content"
BOILERPLATE = "boilerplate"
TITLE = "title"
PUBLISHED = "published"
NOTE = "note"  # an editor's note: content that belongs to no turn


class Role(NamedTuple):
    role: str
    kind: str = ""  # boilerplate kind
    rule: str = ""


_BLANK_ROLE = Role(BLANK)
_CONTENT_ROLE = Role(CONTENT)


@attrs.frozen
class Classified:
    roles: list[Role]
    title_lines: list[int]  # the headline, one line or two
    title_copies: list[int]  # the headline printed again above the text
    published: DateMatch | None
    published_line: int | None
    page_date: dt.date | None


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _bounded(words: Sequence[str]) -> str:
    """An alternation of whole words: a word must not run on into another,
    except a Chinese phrase, which has no spaces to end it ("更多新闻")."""
    han = [w for w in words if regex.search(r"\p{Han}$", w)]
    other = [w for w in words if w not in han]
    parts = [rf"(?:{_alt(other)})(?![\p{{L}}\p{{N}}])"] if other else []
    if han:
        parts.append(rf"(?:{_alt(han)})")
    return "|".join(parts) or "(?!)"


def _starts(words: Sequence[str]) -> regex.Pattern[str]:
    """A line that starts with one of ``words`` as whole words."""
    return regex.compile(rf"(?:{_bounded(words)})", regex.IGNORECASE)


def _whole(words: Sequence[str]) -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alt(words)})[\s.!:：]*", regex.IGNORECASE)


class _Keyed:
    """``pattern.search`` behind an exact pre-check. Every match of the
    pattern holds one of ``keys`` (for a phrase list, the longest word of
    some phrase), so a text whose casefolded form contains none of them is
    refused without running the pattern. This buys about 4x on the long
    case-insensitive alternations below, which the engine otherwise tries at
    every position of every line."""

    __slots__ = ("keys", "pattern")

    def __init__(self, pattern: regex.Pattern[str], keys: Sequence[str]) -> None:
        self.pattern = pattern
        self.keys = tuple(sorted({k.casefold() for k in keys}))

    def search(self, text: str) -> regex.Match[str] | None:
        low = text.casefold()
        for key in self.keys:
            if key in low:
                return self.pattern.search(text)
        return None


_PHRASE_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _longest_words(phrases: Sequence[str]) -> list[str]:
    """The key of each phrase for ``_Keyed``: its longest word."""
    return [max(_PHRASE_WORD.findall(p) or [p], key=len) for p in phrases]


_HEAD = 160
_WEATHER = regex.compile(r"[+\-−–]?\d{1,2}(?:[.,]\d)?\s*°\s*[CFС]?(?![\p{L}])|°[CF]\b|[℃℉]")
_SEPARATORS = regex.compile(r"\s+[|/>»›▸·•]\s+|\s*\|\s*|\s*[·•]\s*|\s{2,}|\u3000+")
_COPYRIGHT = regex.compile(r"(?:©|\(c\)|copyright\b|℗)", regex.IGNORECASE)
_SHARE = _starts(ALL.share)
_SUBSCRIBE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alt(ALL.subscribe)})(?![\p{{L}}])", regex.IGNORECASE
)
_WIDGET = regex.compile(
    rf"^(?:{_alt(ALL.widgets)})(?![\p{{L}}])|(?<![\p{{L}}])(?:{_alt(ALL.widgets)})[\s.:：]*$",
    regex.IGNORECASE,
)
_DISCLAIMER = regex.compile(rf"(?:{_alt(ALL.disclaimers)})", regex.IGNORECASE)
_TICKER = regex.compile(r"\d[\d.,]*\s*[▲▼↑↓%]|\b[A-Z]{3}/[A-Z]{3}\b")
_PAGE_NO = regex.compile(
    r"[-–—]?\s*\d{1,4}\s*[-–—]?|(?:page|p\.|стр\.?|страница|seite|s\.|第)\s*\d{1,4}"
    r"(?:\s*(?:of|из|von|/|页)\s*\d{1,4})?\s*页?",
    regex.IGNORECASE,
)
_HAN_CAPTION = regex.compile(
    r"^(?:图为|图：|图:|资料图)|(?:摄|摄影)\s*$|(?:记者|通讯员)\s*\S{1,4}\s*摄"
    r"|[（(][^（）()]{0,12}(?:供图|摄|图片)[)）]\s*$"  # "……（受访者供图）"
)
# (the verbs in any case, the name after them capitalised: a global
# IGNORECASE would let \p{Lu} match any letter)
_CREDIT = regex.compile(
    r"(?<![\p{L}])(?i:провел|провела|провёл|вела|подготовил|подготовила|подготовили|падрыхтаваў|падрыхтавала|записал|"
    r"записала|запісаў|запісала|compiled by|prepared by|aufgezeichnet von)\s+\p{Lu}"
)
_OFFER = regex.compile(
    r"(?:\d+(?:[.,]\d+)?\s*(?:€|\$|£|руб|₽|eur|usd)|[€$£₽]\s*\d+(?:[.,]\d+)?)[^\n]{0,30}?"
    r"(?:month|monat|месяц|year|jahr|год)"
    r"|(?:month|monat|месяц|year|jahr|год)\w*\s+(?:für|for|за)\s+\d",
    regex.IGNORECASE,
)
_BIO = regex.compile(
    r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}\s+(?:is|was)\s+(?:a|an|the|our)\s+"
    r"(?:[\p{L}'’\-]+\s+){0,3}(?:editor|writer|reporter|correspondent|journalist|columnist|"
    r"contributor|photographer|author|producer|presenter)(?![\p{L}])"
    # "... is a retired district nurse and writes for the Courier every Tuesday."
    r"|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}\s+(?:is|was)\s+[^.!?]{0,80}?"
    r"\bwrites\s+(?:for|a\s+(?:weekly\s+|monthly\s+|regular\s+)?column)"
)
_PROGRAMME = regex.compile(
    r"(?:is|are)\s+on\s+(?:air\s+)?(?:\S+\s+){0,3}?(?:every|each|weekdays|daily|on\s+\p{L}+days)"
    r"(?![\p{L}])|(?:airs|is\s+broadcast)\s+(?:every|each|weekdays|daily)(?![\p{L}])"
    r"|выходит\s+в\s+эфир\s+(?:каждый|каждую|по\s+будням|ежедневно)"
    r"|läuft\s+(?:jeden|jede|werktags|täglich)",
    regex.IGNORECASE,
)
_PRINT_EDITION = regex.compile(
    r"(?:опубликовано|published|printed|erschienen|напечатано)\s+(?:в|in)\s+(?:№|no\.|issue|"
    r"ausgabe|номере|print)|\d{1,2}\s*版[)）]|print edition|печатная версия",
    regex.IGNORECASE,
)
_CAPS_NAME = regex.compile(r"\p{Lu}\p{Ll}+\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?")
_AGE = regex.compile(r"\d{1,2}\+")
_BRACKETS = "()（）[]【】"
_RELATED = _starts(ALL.related)
_FOOTER_PHRASE = regex.compile(rf"(?:{_alt(ALL.footer)})", regex.IGNORECASE)
_COOKIE = regex.compile(rf"(?<![\p{{L}}])(?:{_alt(ALL.cookie)})", regex.IGNORECASE)
# what a consent notice says besides "cookies"
_CONSENT = regex.compile(
    r"(?:site|website|brows|continu|consent|accept|agree|experience|polic|settings|"
    r"сайт|соглас|использ|website|zustimm|nutzung|einverstanden|webseite|网站|同意|使用)",
    regex.IGNORECASE,
)
_FOOTER_STRONG = regex.compile(
    r"all rights reserved|все права защищены|alle rechte vorbehalten|版权所有", regex.IGNORECASE
)
_BUTTONS = _whole(ALL.buttons)
# the phrase searches that run on most short lines, pre-checked (see _Keyed)
_DISCLAIMER_K = _Keyed(_DISCLAIMER, _longest_words(ALL.disclaimers))
_READER_CALL_K = _Keyed(
    regex.compile(rf"(?:{_alt(ALL.reader_calls)})", regex.IGNORECASE),
    _longest_words(ALL.reader_calls),
)
_FOOTER_PHRASE_K = _Keyed(_FOOTER_PHRASE, _longest_words(ALL.footer))
_FOOTER_STRONG_K = _Keyed(_FOOTER_STRONG, ("rights", "права", "rechte", "版权所有"))
_COOKIE_K = _Keyed(_COOKIE, _longest_words(ALL.cookie))
_SUBSCRIBE_K = _Keyed(_SUBSCRIBE, _longest_words(ALL.subscribe))
_PROGRAMME_K = _Keyed(_PROGRAMME, ("every", "each", "daily", "days", "выходит", "läuft"))
_PRINT_EDITION_K = _Keyed(_PRINT_EDITION, (
    "опубликовано", "published", "printed", "erschienen", "напечатано", "版", "print edition",
    "печатная версия",
))
_NAV_WORDS = regex.compile(rf"[☰≡↑⬆▲^]?\s*(?:{_alt(ALL.nav)})[\s.!:：…]*", regex.IGNORECASE)
_AD = _whole(ALL.ad)
_AD_HEAD = regex.compile(rf"(?:{_alt(ALL.ad)})\s*[·:|•—–\-]\s*", regex.IGNORECASE)
_OTHER = _whole(ALL.other)
_OTHER_HEAD = regex.compile(rf"(?:{_alt(ALL.tag_heads)})\s*[:：]", regex.IGNORECASE)
_SECTION_HEAD = regex.compile(rf"(?:{_alt(ALL.section_heads)})(?![\p{{L}}])", regex.IGNORECASE)
_UPDATED = _starts(ALL.updated)
_NOTES = _starts(ALL.notes)
_PHOTO_WORD = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alt(ALL.photo)})(?![\p{{L}}])", regex.IGNORECASE
)
_PHOTO_CREDIT = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alt(ALL.photo)})\s*(?:[:：]|(?i:by|courtesy|from|из|von)\b"
    r"|(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$))",  # "Фота Сяргея Дзятлава" at the end
    regex.IGNORECASE,
)
_PHOTO_CREDIT_K = _Keyed(_PHOTO_CREDIT, _longest_words(ALL.photo))
_PHOTO_WORD_K = _Keyed(_PHOTO_WORD, _longest_words(ALL.photo))
_BYLINE = regex.compile(rf"(?i:{_alt(ALL.byline)})\s*[:：]?\s*(?=[\p{{Lu}}\p{{Han}}])")
_SOCIAL = regex.compile(
    r"(?:facebook|twitter|x|telegram|vk|vkontakte|вконтакте|одноклассники|ok|whatsapp|viber|"
    r"linkedin|email|e-mail|instagram|youtube|微信|微博|qq|reddit|pinterest|threads|mastodon)",
    regex.IGNORECASE,
)
_LETTER_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_LIST_ITEM = regex.compile(r"(?:\d{1,2}[.)]|\(\d{1,2}\)|[•·*▪●]|\([a-z]\)|[a-z]\))\s", regex.I)


_WORD_SEPARATORS = regex.compile(r"[\s,;·|•/]+")


def _words_of(text: str) -> list[str]:
    return [w for w in _WORD_SEPARATORS.split(text) if w]


# ------------------------------------------------------------- line rules
# Each rule: (name, kind, test). A test reads one Line and says yes or no.

LineRule = tuple[str, str, Callable[[Line], bool]]


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


def _author_bio(line: Line) -> bool:
    """"Jonah Pilbeam is a contributing editor of Meridian Quarterly."."""
    return line.size <= 25 and _BIO.match(line.text) is not None


def _programme_note(line: Line) -> bool:
    """"Morning Call is on air weekdays from 7 to 9.": a broadcast schedule."""
    return line.size <= 25 and _PROGRAMME_K.search(line.text[:300]) is not None


def _print_edition(line: Line) -> bool:
    """"Опубликовано в № 47 от 24 ноября 2023 года", "（2024年08月12日　03版）"."""
    return line.size <= 20 and _PRINT_EDITION_K.search(line.text[:200]) is not None


def _caps_byline(line: Line) -> bool:
    """"Анна ВЕДЕРНИКОВА": a signature with the surname in capitals."""
    return _CAPS_NAME.fullmatch(line.text) is not None


def _separator(line: Line) -> bool:
    """"###", "* * *", "---": a rule or an end mark, no words."""
    return line.words == 0 and line.han == 0 and len(line.text) <= 40 and not line.text.isdigit()


def _stage_direction(line: Line) -> bool:
    """"[LAUGHS]", "[SOUND OF FOOTSTEPS]": a transcript's note in brackets."""
    t = line.text
    return line.size <= 12 and t[:1] in "[［【" and t[-1:] in "]］】" and "]" not in t[1:-1]


def _han_caption(line: Line) -> bool:
    """"图为……", "……记者 周启航 摄": a Chinese photo caption."""
    return line.han > 0 and line.size <= 60 and _HAN_CAPTION.search(line.text) is not None


def _credit(line: Line) -> bool:
    """"Анлайн-канферэнцыю падрыхтавала Марына Лось": a credit line."""
    return line.size <= 8 and not line.terminal and _CREDIT.search(line.text) is not None


def _offer(line: Line) -> bool:
    """"Jetzt lesen: 1 Monat für 0,99 €", "Subscribe from £4.20 a month.": a
    subscription price."""
    if line.size > 20 or _OFFER.search(line.text) is None:
        return False
    # a sentence that states a price is text, unless it asks you to subscribe
    return (line.size <= 12 and not line.terminal) or _SUBSCRIBE_K.search(line.text) is not None


def _disclaimer(line: Line) -> bool:
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
    m = _RELATED.match(line.text)
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


def _menu_row(line: Line) -> bool:
    """"Home | World | Sport", "Главная / Новости / Регионы"."""
    if line.terminal or line.size > 20:
        return False
    parts = _SEPARATORS.split(line.text[:400])
    parts = [p for p in parts if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts) and (
        len(parts) >= 3 or "|" in line.text
    )


def _caption(line: Line) -> bool:
    if line.size > 25 or line.question:
        return False
    credit = _PHOTO_CREDIT_K.search(line.text[: _HEAD * 2])
    if credit is not None:
        # "Photo: Riva Films"; "I keep a photo from that trip." is a sentence
        return not line.terminal or ":" in credit.group(0) or "：" in credit.group(0)
    return line.size <= 8 and not line.terminal and _PHOTO_WORD_K.search(line.text) is not None


def _byline(line: Line) -> bool:
    text = line.text
    if text[:1] in _BRACKETS and text[-1:] in _BRACKETS:
        text = text[1:-1].strip()
    if line.size > 8 or (line.terminal and not text[-1:].isalpha()):
        return False
    m = _BYLINE.match(text)
    if not m:
        return False
    rest = text[m.end() :]
    return bool(rest) and (line.han > 0 or all(w[:1].isupper() for w in rest.split()[:2]))


def _updated(line: Line) -> bool:
    return line.size <= 12 and _UPDATED.match(line.text) is not None and any(
        ch.isdigit() for ch in line.text
    )


LINE_RULES: tuple[LineRule, ...] = (
    ("weather-widget", "weather", _weather),
    ("widget", "other", _widget),
    ("share-row", "share", _share_row),
    ("footer-links", "footer", _footer_links),
    ("han-caption", "caption", _han_caption),
    ("menu-row", "nav", _menu_row),
    ("photo-caption", "caption", _caption),
    ("copyright-line", "footer", _copyright),
    ("disclaimer", "other", _disclaimer),
    ("reader-call", "other", _reader_call),
    ("cookie-notice", "other", _cookie),
    ("subscribe-call", "subscribe", _subscribe),
    ("related-head", "related", _related_head),
    ("updated-line", "other", _updated),
    ("ticker", "other", _ticker),
    ("age-rating", "other", _age_rating),
    ("page-number", "other", _page_number),
    ("separator", "other", _separator),
    ("print-edition", "other", _print_edition),
    ("caps-signature", "byline", _caps_byline),
    ("author-bio", "byline", _author_bio),
    ("programme-note", "other", _programme_note),
    ("stage-direction", "other", _stage_direction),
    ("subscription-offer", "subscribe", _offer),
    ("byline", "byline", _byline),
    ("credit-line", "byline", _credit),
    ("nav-word", "nav", _nav_word),
    ("ad-label", "ad", _ad),
    ("section-label", "other", _other_word),
    ("section-head", "other", _section_head),
)
# The largest ``line.size`` at which each rule can say yes (its own first
# test), or None. ``_line_rule`` skips a rule above it without calling it:
# most lines of text are longer than most furniture, and a call per rule
# per line was a tenth of the parse.
_MAX_SIZE: dict[str, int | None] = {
    "weather-widget": None, "widget": 6, "share-row": 12, "footer-links": 30,
    "han-caption": 60, "menu-row": 20, "photo-caption": 25, "copyright-line": 30,
    "disclaimer": 40, "reader-call": 25, "cookie-notice": 80, "subscribe-call": 16,
    "related-head": 20,
    "updated-line": 12, "ticker": 20, "age-rating": None, "page-number": None,
    "separator": None, "print-edition": 20, "caps-signature": None, "author-bio": 25,
    "programme-note": 25, "stage-direction": 12, "subscription-offer": 20, "byline": 8,
    "credit-line": 8, "nav-word": 4, "ad-label": 20, "section-label": 20, "section-head": 10,
}
_BIGGEST = max(n for n in _MAX_SIZE.values() if n is not None) + 1
# the rules to try on a line, by its size (sizes past _BIGGEST share the last)
_RULES_BY_SIZE: tuple[tuple[LineRule, ...], ...] = tuple(
    tuple(r for r in LINE_RULES if (m := _MAX_SIZE[r[0]]) is None or size <= m)
    for size in range(_BIGGEST + 1)
)


# Every line rule needs one of these: a word of some furniture phrase, or a
# character furniture is made of. A line with neither skips the rules (most
# lines of a page's text do; this keeps the cost per line low).
_KEYWORDS = frozenset(
    w
    for field in ("nav", "share", "subscribe", "related", "footer", "cookie", "buttons", "photo",
                  "byline", "updated", "ad", "other", "notes", "widgets", "disclaimers",
                  "tag_heads", "section_heads", "footer_links", "reader_calls")
    for phrase in getattr(ALL, field)
    for w in regex.findall(r"[\p{L}\p{N}]+", phrase)
) | frozenset((
    # share-row networks, page numbers, bios, programme notes, credit verbs
    "facebook", "twitter", "x", "telegram", "vk", "vkontakte", "вконтакте", "одноклассники",
    "ok", "whatsapp", "viber", "linkedin", "email", "e", "mail", "instagram", "youtube",
    "reddit", "pinterest", "threads", "mastodon", "copyright", "c", "page", "p", "стр",
    "страница", "seite", "s", "is", "was", "air", "airs", "broadcast", "every", "weekdays",
    "daily", "выходит", "läuft", "провел", "провела", "провёл", "вела", "подготовил",
    "подготовила", "подготовили", "падрыхтаваў", "падрыхтавала", "записал", "записала",
    "запісаў", "запісала", "aufgezeichnet", "compiled", "prepared",
))
_FURNITURE_CHARS = regex.compile(
    r"[\d°℃℉|/>»›▸·•©℗\[\]【】()（）#*=_~☰≡↑⬆▲▼^@+€$£₽]|\s{2,}|\u3000|\p{Lu}{2}"
)
_KEYWORD = regex.compile(r"[\p{L}\p{N}]+")


def _may_be_furniture(line: Line) -> bool:
    if line.han or line.words == 0 or _FURNITURE_CHARS.search(line.text[:400]):
        return True
    return any(w in _KEYWORDS for w in _KEYWORD.findall(line.text[:400].casefold()))


def _line_rule(line: Line) -> Role | None:
    cue = cues.detect(line.text)
    if cue is not None and cue.kind != "speaker":
        return None  # a line that opens a turn ("A: No.", "— Yes.") is content
    if not _may_be_furniture(line):
        return None
    for name, kind, test in _RULES_BY_SIZE[min(line.size, _BIGGEST)]:
        if test(line):
            return Role(BOILERPLATE, kind, name)
    if _NOTES.match(line.text.lstrip("*_[(（ ")) and line.size <= 60:  # "*This interview ...*"
        return Role(NOTE, "", "editor-note")
    return None


# ---------------------------------------------------------------- passes


def classify(lines: Sequence[Line]) -> Classified:
    roles: list[Role] = [_BLANK_ROLE if ln.blank else _CONTENT_ROLE for ln in lines]
    seen: dict[str, Role | None] = {}  # line rules read one line: a repeated line is decided once
    for ln in lines:
        if not ln.blank:
            if ln.text in seen:
                role = seen[ln.text]
            else:
                role = seen[ln.text] = _line_rule(ln)
            if role is not None:
                roles[ln.index] = role
    # the first line of text only moves down as lines become furniture:
    # each later search starts where the last one stopped
    body = _first_body(lines, roles)
    _related_lists(lines, roles, body)
    _buttons(lines, roles)
    _pull_quotes(lines, roles, body)
    body = _first_body(lines, roles, body)
    published, published_line, page_date = _dates(lines, roles, body)
    title_lines = _title(lines, roles, published_line, body)
    copies = _title_copies(lines, roles, title_lines, _first_body(lines, roles, body))
    _header(lines, roles, title_lines + copies, published_line)
    _zones(lines, roles, title_lines, published_line, _first_body(lines, roles, body))
    _repeats(lines, roles)
    _comments(lines, roles, _first_body(lines, roles, body))
    _bare_labels(lines, roles)
    return Classified(roles, title_lines, copies, published, published_line, page_date)


_COMMENT_HEAD = regex.compile(
    rf"(?:{_alt(ALL.comment_heads)})\s*(?:[(\[（]\s*\d+\s*[)\]）]|\d+)?\s*[:：]?",
    regex.IGNORECASE,
)


def _comments(lines: Sequence[Line], roles: list[Role], body: int) -> None:
    """Readers' comments under the text: from a "Comments (12)" heading
    below the first paragraph to the end of the page, what is not already
    furniture is the comments' text, not the page's."""
    start = next(
        (ln.index for ln in lines[body + 1 :]
         if not ln.blank and ln.size <= 5 and _COMMENT_HEAD.fullmatch(ln.text)),
        None,
    )
    if start is None:
        return
    if roles[start].role == CONTENT:
        roles[start] = Role(BOILERPLATE, "other", "comments-head")
    for ln in lines[start + 1 :]:
        if roles[ln.index].role in (CONTENT, NOTE):
            roles[ln.index] = Role(BOILERPLATE, "other", "comment")


# what a line taken for a colonless label may have been called before
_BARE_MAY_OVERRIDE = frozenset({
    "subheading", "under-title", "above-title", "open-line-caption", "page-tail", "byline",
    "caps-signature", "nav-word", "section-label", "section-head",
})
BARE_LABEL = "bare-label"


def _bare_labels(lines: Sequence[Line], roles: list[Role]) -> None:
    """Speaker labels printed alone on their line without a colon ("Petra
    Noll" / "INTERVIEWER" above each turn). A name-shaped line is such a
    label only when the page shows at least two of them, each at least
    twice, mostly taking turns, and each right above a paragraph of text;
    otherwise they are sub-headings."""
    found: list[tuple[int, str]] = []
    for ln in lines:
        r = roles[ln.index]
        if ln.blank or ln.terminal or ln.question or ln.size > 4:
            continue
        if not (r.role == CONTENT or (r.role == BOILERPLATE and (
                r.rule in _BARE_MAY_OVERRIDE or r.rule.startswith("repeated-")))):
            continue
        if cues.detect(ln.text) is not None or cues.bare_label(ln.text) is None:
            continue
        nxt = _next_nonblank(lines, ln.index, 1)
        if nxt is None or roles[nxt].role != CONTENT or lines[nxt].size < 3:
            continue
        found.append((ln.index, ln.text.casefold()))
    counts: dict[str, int] = {}
    for _, key in found:
        counts[key] = counts.get(key, 0) + 1
    kept = [(i, key) for i, key in found if counts[key] >= 2]
    if len({key for _, key in kept}) < 2 or len(kept) < 4:
        return
    turns = sum(1 for (_, a), (_, b) in itertools.pairwise(kept) if a != b)
    if turns * 4 < (len(kept) - 1) * 3:
        return  # the same line over and over: a repeated heading, not a dialogue
    for i, _ in kept:
        roles[i] = Role(CONTENT, "", BARE_LABEL)


def _related_lists(lines: Sequence[Line], roles: list[Role], body: int) -> None:
    """A "Read also:" head with nothing after it owns the list below it,
    down to a blank line or a line that reads like a paragraph."""
    for i, ln in enumerate(lines):
        r = roles[i]
        if r.rule != "related-head":
            continue
        m = _RELATED.match(ln.text)
        rest = ln.text[m.end() :] if m else ""
        if m is None or _COLON_TEXT.search(rest):
            continue  # "Read also: <headline>" is a one-line related item
        if i < body:
            continue  # a "Latest news" link in the header owns nothing
        j = i + 1
        while j < len(lines) and not lines[j].blank:
            nxt = lines[j]
            cue = cues.detect(nxt.text)
            if roles[j].role != CONTENT or nxt.size > 20 or (cue and cue.kind != "speaker"):
                break
            if date_of(nxt.text) is not None:
                break
            if nxt.terminal and nxt.size > 12:
                break
            roles[j] = Role(BOILERPLATE, "related", "related-list")
            j += 1


_COLON_TEXT = regex.compile(r"[:：]\s*\S")
_OPENERS = "“«„\"‘'「『"
_CLOSERS_Q = "”»“\"’'」』"
_MAX_PULL_QUOTES = 50


def _pull_quotes(lines: Sequence[Line], roles: list[Role], body: int) -> None:
    """A line inside the text (a quoted headline above it is the title)
    that is a whole quotation repeating words printed elsewhere on the
    page is a pull quote: page furniture. The quotation may end a sentence
    where the text goes on ("... with pigeons." of "... with pigeons, and")."""
    found = [
        ln for ln in lines[body:]
        if roles[ln.index].role == CONTENT and 4 <= ln.size <= 40
        and ln.text[:1] in _OPENERS and ln.text[-1:] in _CLOSERS_Q
    ][:_MAX_PULL_QUOTES]
    quotes = [(ln, _plain(ln.text[1:-1].strip().rstrip(".!…。！"))) for ln in found]
    quotes = [(ln, inner) for ln, inner in quotes if len(inner) >= 20]
    if not quotes:
        return
    counts = _counts_in(
        (ln.text for ln in lines if roles[ln.index].role == CONTENT), [q for _, q in quotes]
    )
    for (ln, inner), n in zip(quotes, counts):
        if n >= 2 or _retold_nearby(lines, roles, ln.index, inner):
            roles[ln.index] = Role(BOILERPLATE, "other", "pull-quote")


_NEAR = 4  # lines on each side where the words of a retold pull quote are looked for


def _retold_nearby(lines: Sequence[Line], roles: list[Role], i: int, inner: str) -> bool:
    """The quotation retells a paragraph next to it in other words ("A map
    that pretends it made no choices is the one ..." beside "The danger is
    a map that pretends it made no choices. That is the one ..."): nine in
    ten of its words are in one paragraph within a few lines."""
    words = set(_PHRASE_WORD.findall(inner))
    if len(words) < 6:
        return False
    for j in range(max(0, i - _NEAR), min(len(lines), i + _NEAR + 1)):
        if j == i or lines[j].blank or roles[j].role != CONTENT or lines[j].size < len(words):
            continue
        near = set(_PHRASE_WORD.findall(_plain(lines[j].text[:2000])))
        if len(words & near) * 10 >= len(words) * 9:
            return True
    return False


_COUNT_CHUNK = 1 << 20
# quotation marks differ between a pull quote and its source (« » inside
# „ “): they are left out when the two are compared
_NO_QUOTES = str.maketrans("", "", "\"'«»„“”‘’‚‹›「」『』")


def _plain(text: str) -> str:
    return text.casefold().translate(_NO_QUOTES)


def _counts_in(texts: Iterable[str], needles: Sequence[str]) -> list[int]:
    """How often each needle occurs in the texts, casefolded and without
    quotation marks (``_plain``: the needles must be so too). The texts are
    read in chunks of about a megabyte, joined by newlines (no needle holds
    one, so no match is lost at a chunk's edge): a 10 MB page costs one
    chunk of memory here, not two copies of itself."""
    counts = [0] * len(needles)
    chunk: list[str] = []
    size = 0

    def flush() -> None:
        body = _plain("\n".join(chunk))
        for i, needle in enumerate(needles):
            counts[i] += body.count(needle)

    for text in texts:
        chunk.append(text)
        size += len(text)
        if size >= _COUNT_CHUNK:
            flush()
            chunk, size = [], 0
    if chunk:
        flush()
    return counts


def _buttons(lines: Sequence[Line], roles: list[Role]) -> None:
    """"Accept" right after a cookie notice is a button of that notice."""
    for i in range(len(lines)):
        if roles[i].rule != "cookie-notice":
            continue
        j = i + 1
        while j < len(lines) and j <= i + 3:
            nxt = lines[j]
            if not nxt.blank:
                if roles[j].role == CONTENT and nxt.size <= 3 and _BUTTONS.fullmatch(nxt.text):
                    roles[j] = Role(BOILERPLATE, "other", "cookie-button")
                else:
                    break
            j += 1


def _open_end(line: Line) -> bool:
    """The line ends without a sentence's final mark (a headline, a caption,
    a menu item), and not with a mark that announces more (":", ",")."""
    return not line.terminal and line.last not in ":：,，-—–"


def _body_like(line: Line) -> bool:
    """A line that reads like the page's text rather than its furniture."""
    cue = cues.detect(line.text)
    if cue is not None and cue.kind in ("dash", "qa"):
        return True
    if line.question:
        return True
    return line.terminal and (line.words >= 5 or line.han >= 12)


def _first_body(lines: Sequence[Line], roles: list[Role], start: int = 0) -> int:
    """The first content line that reads like the page's text."""
    for i in range(start, len(lines)):
        if roles[i].role == CONTENT and _body_like(lines[i]):
            return i
    return len(lines)


def _dates(
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


# a sentence that is a request, first or later: "... in the post. Tell us about ..."
_REQUEST_SENTENCE = regex.compile(
    rf"(?:^|[.!…。！]\s+)(?:{_alt(ALL.imperatives)})(?![\p{{L}}])", regex.IGNORECASE
)


def _under_headline(lines: Sequence[Line], roles: list[Role], i: int, body: int) -> bool:
    """A dated line right under a headline-shaped line of text is the
    article's date ("Thursday 14th November 2024" under the title), not the
    site's date banner, which stands among the header's furniture: a menu
    row below it means the header is not over yet."""
    above = _next_nonblank(lines, i, -1)
    if (
        above is None
        or roles[above].role != CONTENT
        or not _headline_like(lines[above])
        or _next_nonblank(lines, above, -1) is None
    ):
        return False
    return not any(roles[j].kind == "nav" for j in range(i + 1, min(body, len(lines))))


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _headline_like(line: Line) -> bool:
    if line.blank or line.size > 40 or (line.last in ".:;,，。：；" and line.last != "…"):
        return False
    if line.words < 3 and line.han < 6:
        return False
    cue = cues.detect(line.text)
    return not (cue is not None and (cue.kind in ("dash", "qa") or cue.own_line))


def _next_nonblank(lines: Sequence[Line], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines):
        if not lines[j].blank:
            return j
        j += step
    return None


def _letter_words(line: Line) -> int:
    return max(len(_LETTER_WORD.findall(line.text[:600])), line.han // 2)


def _title(
    lines: Sequence[Line], roles: list[Role], published_line: int | None, body: int
) -> list[int]:
    """The headline: of the headline-shaped lines next to the timestamp (the
    first one after it and the nearest one before it, furniture skipped),
    the longer; with no timestamp, the last one above the first paragraph.
    A kicker line right above it ("Late with your return?") or a wrapped
    second line joins it."""

    def free(i: int | None) -> bool:
        return i is not None and roles[i].role == CONTENT and _headline_like(lines[i])

    def skip(i: int | None, step: int) -> int | None:
        while i is not None and roles[i].role == BOILERPLATE:
            i = _next_nonblank(lines, i, step)
        return i

    title: int | None = None
    if published_line is not None and any(
        roles[i].role == CONTENT and lines[i].terminal and not lines[i].question
        and lines[i].size >= 8
        for i in range(body, published_line)
    ):  # (a headline may ask: "Who decided we should walk home in the dark?")
        published_line = None  # printed under the text: no neighbour is the headline
    if published_line is not None:
        after = skip(_next_nonblank(lines, published_line, 1), 1)
        before = skip(_next_nonblank(lines, published_line, -1), -1)
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
    return _headline_like(line) and line.last in "?!:？！：" and not _menu_row(line)


def _wraps(first: Line, second: Line) -> bool:
    """A headline broken over two lines: the second goes on in lower case
    or the first stops on a word that cannot end a headline."""
    if not _open_end(first) or not _open_end(second) or second.size > 25:
        return False
    head = second.text[:1]
    return head.islower() or first.text.rstrip()[-1:] in "—–-:,&"


def _title_copies(
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


def _header(
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
        if roles[i].role == CONTENT and _open_end(lines[i]) and lines[i].size <= 12:
            roles[i] = Role(BOILERPLATE, "nav", "above-title")
    bottom = max(anchors)
    i = bottom + 1
    while i < len(lines):
        ln = lines[i]
        if not ln.blank and roles[i].role == CONTENT:
            if _body_like(ln) or not _open_end(ln) or cues.detect(ln.text):
                break
            kind = "caption" if ln.size >= 3 else "other"
            roles[i] = Role(BOILERPLATE, kind, "under-title")
        i += 1


def _zones(
    lines: Sequence[Line],
    roles: list[Role],
    title: list[int],
    published_line: int | None,
    body: int,
) -> None:
    """Short open lines after the last paragraph are the page's footer;
    open lines between paragraphs are sub-headings or captions."""
    last = len(lines) - 1
    while last > body:  # the text itself is never the footer
        ln = lines[last]
        if not ln.blank and roles[last].role == CONTENT:
            if _open_end(ln) and not cues.detect(ln.text) and (
                ln.size <= 8 or (ln.size <= 16 and _after_furniture(lines, roles, last))
            ):  # (an address line under the sponsors' row is longer than a link)
                roles[last] = Role(BOILERPLATE, "footer", "page-tail")
            elif _footer_sentence(lines, roles, last):
                roles[last] = Role(BOILERPLATE, "footer", "page-tail-notice")
            else:
                break
        last -= 1
    start = max([*title, published_line if published_line is not None else -1, -1]) + 1
    for i in range(start, last):
        ln = lines[i]
        if ln.blank or roles[i].role != CONTENT or not _open_end(ln):
            continue
        if cues.detect(ln.text) or _LIST_ITEM.match(ln.text) or _in_block(lines, i):
            continue
        if "?" in ln.text or "？" in ln.text or _REQUEST_SENTENCE.search(ln.text[:600]):
            continue  # a question, or a request ("Describe a normal day"), never a caption
        if ln.size >= 5:
            roles[i] = Role(BOILERPLATE, "caption", "open-line-caption")
        elif ln.size >= 1 and ln.words <= 4:
            roles[i] = Role(BOILERPLATE, "other", "subheading")


def _after_furniture(lines: Sequence[Line], roles: list[Role], i: int) -> bool:
    above = _next_nonblank(lines, i, -1)
    return above is not None and roles[above].role == BOILERPLATE


def _footer_sentence(lines: Sequence[Line], roles: list[Role], i: int) -> bool:
    """A site notice written as a sentence ("Reproduction only with a link
    to the source.") under other furniture at the end of the page."""
    above = _next_nonblank(lines, i, -1)
    return (
        above is not None
        and roles[above].role == BOILERPLATE
        and lines[i].size <= 30
        and _FOOTER_PHRASE.search(lines[i].text[:400]) is not None
    )


def _in_block(lines: Sequence[Line], i: int) -> bool:
    """The line sits inside a run of lines with no blank between them and
    its neighbours are not furniture-shaped: a list or a wrapped paragraph."""
    before = i > 0 and not lines[i - 1].blank
    after = i + 1 < len(lines) and not lines[i + 1].blank
    if not (before or after):
        return False
    # in pages without blank lines every line has neighbours: look at shape
    prev = lines[i - 1] if before else None
    nxt = lines[i + 1] if after else None
    return (prev is not None and prev.last in ":：,，") or (
        nxt is not None and nxt.text[:1].islower()
    )


def _repeats(lines: Sequence[Line], roles: list[Role]) -> None:
    """A furniture line printed twice makes its twin furniture of the same kind."""
    seen: dict[str, Role] = {}
    for ln in lines:
        r = roles[ln.index]
        if r.role == BOILERPLATE:
            seen.setdefault(ln.text.casefold(), r)
    for ln in lines:
        if roles[ln.index].role == CONTENT and ln.size <= 12:
            twin = seen.get(ln.text.casefold())
            if twin is not None and twin.kind in ("nav", "caption", "related", "other", "share"):
                roles[ln.index] = Role(BOILERPLATE, twin.kind, "repeated-" + twin.rule)
