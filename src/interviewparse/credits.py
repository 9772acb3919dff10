"""Line rules of who made the page and its pictures: bylines ("By Ann
Lee", "Das Gespräch führte ..."), credit lines, an author's bio, a
signature in capitals, photo captions and credits ("Photo: ...", a
caption ending in its agency's name), and the signature of an embedded
social post. Each is a test of one line; the table that runs them is
``rules.LINE_RULES``."""

from __future__ import annotations

import regex

from . import patterns
from .lexicon import ALL
from .phrases import Keyed, alt, longest_words
from .text import Line

_HEAD = 160  # characters of a line that rules read (as rules.py)
_BRACKETS = "()（）[]【】"

_HAN_CAPTION = patterns.compile(
    r"^(?:图为|图：|图:|资料图)|(?:摄|摄影)\s*$|(?:记者|通讯员)\s*\S{1,4}\s*摄"
    r"|[（(][^（）()]{0,12}(?:供图|摄|图片)[)）]\s*$"  # "……（受访者供图）"
)

# (the verbs in any case, the name after them capitalised: a global
# IGNORECASE would let \p{Lu} match any letter)
_CREDIT = patterns.compile(
    r"(?<![\p{L}])(?i:провел|провела|провёл|вела|подготовил|подготовила|подготовили|падрыхтаваў|падрыхтавала|записал|"
    r"записала|запісаў|запісала|compiled by|prepared by|aufgezeichnet von)\s+\p{Lu}"
)

_BIO = patterns.compile(
    r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}\s+(?:is|was)\s+(?:a|an|the|our)\s+"
    r"(?:[\p{L}'’\-]+\s+){0,3}(?:editor|writer|reporter|correspondent|journalist|columnist|"
    r"contributor|photographer|author|producer|presenter)(?![\p{L}])"
    # "... is a retired district nurse and writes for the Courier every Tuesday."
    r"|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}\s+(?:is|was)\s+[^.!?]{0,80}?"
    r"\bwrites\s+(?:for|a\s+(?:weekly\s+|monthly\s+|regular\s+)?column)"
)

_CAPS_NAME = patterns.compile(r"\p{Lu}\p{Ll}+\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?")

_PHOTO_WORD = patterns.compile(
    rf"(?<![\p{{L}}])(?:{alt(ALL.photo)})(?![\p{{L}}])", regex.IGNORECASE
)

_PHOTO_CREDIT = patterns.compile(
    rf"(?<![\p{{L}}])(?:{alt(ALL.photo)})\s*(?:[:：]|(?i:by|courtesy|from|из|von)\b"
    r"|(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$)"  # "Фота Сяргея Дзятлава" at the end
    r"|[^()\n]{1,40}\)\s*$"  # "(Foto S. Colabianchi)" closing the caption
    r"|(?-i:\s+\p{Lu}\.(?:\s?\p{Lu}\.){0,2})\s*$)",  # "... Photo M. E." (initials)
    regex.IGNORECASE,
)

# a credit line: "Photo: Ann Lee", "Фото: Дмитрий Азаров"
CREDIT_OPENS = patterns.compile(rf"(?:{alt(ALL.photo)})\s*[:：]", regex.IGNORECASE)

_PHOTO_CREDIT_K = Keyed(_PHOTO_CREDIT, longest_words(ALL.photo))

_PHOTO_WORD_K = Keyed(_PHOTO_WORD, longest_words(ALL.photo))

_BYLINE = patterns.compile(rf"(?i:{alt(ALL.byline)})\s*[:：]?\s*(?=[\p{{Lu}}\p{{Han}}])")

def author_bio(line: Line) -> bool:
    """"Jonah Pilbeam is a contributing editor of Meridian Quarterly."."""
    return line.size <= 25 and _BIO.match(line.text) is not None

def caps_byline(line: Line) -> bool:
    """"Анна ВЕДЕРНИКОВА": a signature with the surname in capitals."""
    return _CAPS_NAME.fullmatch(line.text) is not None

def han_caption(line: Line) -> bool:
    """"图为……", "……记者 周启航 摄": a Chinese photo caption."""
    return line.han > 0 and line.size <= 60 and _HAN_CAPTION.search(line.text) is not None

def credit(line: Line) -> bool:
    """"Анлайн-канферэнцыю падрыхтавала Марына Лось": a credit line."""
    return line.size <= 8 and not line.terminal and _CREDIT.search(line.text) is not None

def caption(line: Line) -> bool:
    if line.size > 25 or line.question:
        return False
    credit = _PHOTO_CREDIT_K.search(line.text[: _HEAD * 2])
    if credit is not None:
        # "Photo: Riva Films", "... the morning run. (Foto Ivo Brambati)";
        # "I keep a photo from that trip." is a sentence
        found = credit.group(0)
        closing = credit.end() >= len(line.text[: _HEAD * 2].rstrip())  # the credit ends it
        return not line.terminal or ":" in found or "：" in found or found.endswith(")") or (
            closing and found[-1:] == "." and found[-2:-1].isupper()
        )
    return line.size <= 8 and not line.terminal and _PHOTO_WORD_K.search(line.text) is not None

# a caption that ends with its agency's name in capitals: "... last week. EFE"
_AGENCY_TAIL = patterns.compile(r"\S[.!]\s+\p{Lu}{2,}(?:[/\- ]\p{Lu}{2,}){0,2}$")

def agency_caption(line: Line) -> bool:
    return (
        not line.question
        and line.words >= 5
        and _AGENCY_TAIL.search(line.text[-40:]) is not None
    )

# the signature of a post embedded from a social network: "— Ann Lee
# (@annlee) March 3, 2024", "A post shared by Ann (@annlee) on ..."
POST_HANDLE = patterns.compile(r"\(@[\w.]{1,30}\)")

def post_signature(line: Line) -> bool:
    return POST_HANDLE.search(line.text) is not None

def byline(line: Line) -> bool:
    text = line.text
    if text[:1] in _BRACKETS and text[-1:] in _BRACKETS:
        text = text[1:-1].strip()
    if text.endswith(".") and text[-2:-1].isalpha():
        text = text[:-1]  # "Das Gespräch führte Peter Hanselmann."
    if line.size > 8 or (line.terminal and not text[-1:].isalpha()):
        return False
    m = _BYLINE.match(text)
    if not m:
        return False
    rest = text[m.end() :]
    return bool(rest) and (line.han > 0 or all(w[:1].isupper() for w in rest.split()[:2]))
