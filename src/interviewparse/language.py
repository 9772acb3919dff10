"""Which language a page is in: script first, then function words.

Script decides Chinese (Han without kana), Japanese (kana) and Korean
(Hangul). Cyrillic pages are told apart by letters only some languages
have (Belarusian "ў", Ukrainian "ї"/"є") and by function words; Latin pages
by function words from each language's ``stopwords`` table.
"""

from __future__ import annotations

from collections import Counter

import regex

from .lexicon import LANGUAGES

_TOKEN = regex.compile(r"\p{L}+")
_SAMPLE = 20000
_HAN = regex.compile(r"\p{Han}+")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]+")
_HANGUL = regex.compile(r"\p{Hangul}+")
_CYRILLIC = regex.compile(r"\p{Cyrillic}+")
_LATIN = regex.compile(r"\p{Latin}+")


_STOPWORDS = {code: frozenset(lex.stopwords) for code, lex in LANGUAGES.items()}


def _count(script: regex.Pattern[str], sample: str) -> int:
    """How many characters of ``sample`` are in the script (matched as
    runs: one match per word, not per character)."""
    return sum(map(len, script.findall(sample)))


def detect(text: str) -> str:
    sample = text[:_SAMPLE]
    if sample.isascii():
        han = kana = hangul = cyr = 0
    else:
        han = _count(_HAN, sample)
        kana = _count(_KANA, sample)
        hangul = _count(_HANGUL, sample)
        cyr = _count(_CYRILLIC, sample)
    latin = _count(_LATIN, sample)
    if hangul > max(han, cyr, latin) // 2 and hangul > 20:
        return "ko"
    if kana > 20 and kana * 4 > han:
        return "ja"
    if han > (cyr + latin) // 3 and han > 10:
        return "zh"
    low = sample.casefold()
    words = Counter(_TOKEN.findall(low))
    candidates: tuple[str, ...]
    if cyr > latin:
        candidates = ("ru", "be", "uk")
        if low.count("ў") >= 2:
            return "be"
        if low.count("ї") + low.count("є") >= 2 and low.count("ы") == 0:
            return "uk"
    else:
        candidates = tuple(c for c in LANGUAGES if c not in ("ru", "be", "uk", "zh"))
    best, best_score = candidates[0], -1
    for code in candidates:
        stop = _STOPWORDS[code]
        score = sum(map(words.__getitem__, stop.intersection(words)))
        if score > best_score:
            best, best_score = code, score
    return best
