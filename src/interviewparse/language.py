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


def detect(text: str) -> str:
    sample = text[:_SAMPLE]
    han = len(regex.findall(r"\p{Han}", sample))
    kana = len(regex.findall(r"[\p{Hiragana}\p{Katakana}]", sample))
    hangul = len(regex.findall(r"\p{Hangul}", sample))
    cyr = len(regex.findall(r"\p{Cyrillic}", sample))
    latin = len(regex.findall(r"\p{Latin}", sample))
    if hangul > max(han, cyr, latin) // 2 and hangul > 20:
        return "ko"
    if kana > 20 and kana * 4 > han:
        return "ja"
    if han > (cyr + latin) // 3 and han > 10:
        return "zh"
    words = Counter(w.casefold() for w in _TOKEN.findall(sample))
    candidates: tuple[str, ...]
    if cyr > latin:
        candidates = ("ru", "be", "uk")
        low = sample.casefold()
        if low.count("ў") >= 2:
            return "be"
        if low.count("ї") + low.count("є") >= 2 and low.count("ы") == 0:
            return "uk"
    else:
        candidates = tuple(c for c in LANGUAGES if c not in ("ru", "be", "uk", "zh"))
    best, best_score = candidates[0], -1
    for code in candidates:
        stop = LANGUAGES[code].stopwords
        score = sum(n for w, n in words.items() if w in stop)
        if score > best_score:
            best, best_score = code, score
    return best
