"""Which language a page is in: script where it is sure, else a model.

Script decides where that is cheap and sure: Hangul is Korean, kana
Japanese, Han without kana Chinese. Every other page is identified by
py3langid's model (about 140 languages, shipped inside its package) on a
bounded sample of the page: its longest lines that read like prose, 2000
characters (menus, share rows and footers are short rows of short items,
and stay out). Any ISO 639-1 code may come out.

The model costs about 0.6 s and 80 MB to load, so it is loaded at the first
page that needs it, never at import (``preload`` loads it on purpose).

Belarusian, Russian and Ukrainian are close: letters only one of them has
("ў"; "ї"/"є" without "ы") settle a page the model reads as one of the
three. A text too short for the model (a few words) is read as before, by
the function words of the languages with a lexicon.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import regex

from . import patterns
from .lexicon import LANGUAGES

_TOKEN = patterns.compile(r"\p{L}+")
_SAMPLE = 8000  # characters of the page's head read for its script
_SCAN = 200_000  # characters of the page's head read for prose lines
# The model reads this much prose at most (its time grows with the text:
# about 0.5 ms per 1000 characters; 2000 identify every page of the test
# sets and the real page sets as well as 4000 do)
_PROSE_CHARS = 2000
_VOTE_CHARS = 1200  # of the sample, for the function-word vote (a clear vote is clear early)
_LINE_CHARS = 1000  # of one line at most
_MIN_WORDS = 6  # a prose line has at least this many words
_MIN_LETTERS = 20  # fewer letters than this: too little for the model
# In a close call (the scores are log-probabilities) a language with a
# lexicon wins over the model's first choice: "Q: Why?" is English, not
# Nigerian Pidgin.
_MARGIN = 5.0
_HAN = patterns.compile(r"\p{Han}+")
_KANA = patterns.compile(r"[\p{Hiragana}\p{Katakana}]+")
_HANGUL = patterns.compile(r"\p{Hangul}+")
_CYRILLIC = patterns.compile(r"\p{Cyrillic}+")
_LATIN = patterns.compile(r"\p{Latin}+")
_LETTER = patterns.compile(r"\p{L}")
_ROW_MARKS = ("|", "·", "•", "»", "›")

# The model's labels that are not ISO 639-1 codes: their macrolanguage's
# code where there is one; the others are passed over for the next label.
_MACRO = {
    "arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "sdh": "ku",
    "gug": "gn", "hbo": "he", "grc": "el", "kik": "ki", "fuv": "ff",
}
_EAST_SLAVIC = ("ru", "be", "uk")
_LATIN_LEXICONS = tuple(c for c in LANGUAGES if c not in (*_EAST_SLAVIC, "zh"))

_STOPWORDS = {code: frozenset(lex.stopwords) for code, lex in LANGUAGES.items()}


def _own_words(candidates: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each candidate's function words that no other candidate has."""
    return {
        c: _STOPWORDS[c].difference(*(_STOPWORDS[o] for o in candidates if o != c))
        for c in candidates
    }


_OWN = {group: _own_words(group) for group in (_EAST_SLAVIC, _LATIN_LEXICONS)}

_lock = threading.Lock()
_rank: Callable[[str], Sequence[tuple[str, float]]] | None = None


def _model() -> Callable[[str], Sequence[tuple[str, float]]]:
    """py3langid's ``rank``, its model loaded (once, at the first call)."""
    global _rank
    if _rank is None:
        with _lock:
            if _rank is None:
                from py3langid import langid

                identifier: Any = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
                _rank = identifier.rank
    return _rank


def preload() -> None:
    """Load the model now (a batch that forks workers shares one copy)."""
    _model()


def _nearly_ascii(text: str) -> bool:
    """Fewer than one character in fifty is outside ASCII (counted by the
    bytes they add in UTF-8: a cheap look before counting scripts)."""
    return (len(text.encode("utf-8", "surrogatepass")) - len(text)) * _ASCII_SHARE < len(text)


_ASCII_SHARE = 50


def _count(script: regex.Pattern[str], sample: str) -> int:
    """How many characters of ``sample`` are in the script (matched as
    runs: one match per word, not per character)."""
    return sum(map(len, script.findall(sample)))


def prose_sample(text: str) -> str:
    """The page's longest lines that read like prose, 2000 characters: at least
    six words, not a row of menu items; else its longest lines."""
    raw = text[:_SCAN].splitlines()
    prose = [s for s in (ln.strip() for ln in raw if len(ln) >= _PROSE_MIN) if _prose(s)]
    picked = _longest(prose or [s for s in (ln.strip() for ln in raw) if s])
    return "\n".join(picked)


_PROSE_MIN = 30  # characters of a prose line at least


def _prose(line: str) -> bool:
    if len(line) < _PROSE_MIN:
        return False
    words = line[:_LINE_CHARS].split()
    if len(words) < _MIN_WORDS or sum(line.count(m) for m in _ROW_MARKS) >= 3:
        return False
    return sum(map(len, words)) < 15 * len(words)  # not a row of links or a code dump


def _longest(lines: list[str]) -> list[str]:
    out: list[str] = []
    total = 0
    for ln in sorted(lines, key=len, reverse=True):
        if total >= _PROSE_CHARS:
            break
        out.append(ln[:_LINE_CHARS])
        total += len(out[-1])
    return out


def _by_stopwords(low: str, candidates: tuple[str, ...]) -> str:
    return _stopword_vote(low, candidates)[0]


def _stopword_vote(low: str, candidates: tuple[str, ...]) -> tuple[str, bool]:
    """The language whose function words the sample uses most, and whether
    the vote is clear: its words are a seventh of the sample's words (a
    fifth in Cyrillic), and its
    own words (those no other candidate has: not the "a" or "в" that close
    languages share) three times those of the next language (a page in a
    language without a lexicon, or a close call, goes to the model)."""
    tokens = _TOKEN.findall(low)
    words = Counter(tokens)
    scores = sorted(  # (stable: a tie goes to the earlier candidate)
        ((sum(map(words.__getitem__, _STOPWORDS[c].intersection(words))), c) for c in candidates),
        key=lambda sc: -sc[0],
    )
    best_score, best = scores[0]
    own = _OWN[candidates]
    mine = sum(map(words.__getitem__, own[best].intersection(words)))
    theirs = max(
        (sum(map(words.__getitem__, own[c].intersection(words))) for c in candidates if c != best),
        default=0,
    )
    share = _CLEAR_SHARE
    if candidates == _EAST_SLAVIC and not (best == "ru" and _russian_letters(low)):
        share = _CLEAR_SHARE_CYRILLIC
    clear = best_score * share >= len(tokens) and mine >= _CLEAR_RATIO * max(theirs, 1)
    return best, clear and len(tokens) >= _CLEAR_TOKENS


_CLEAR_SHARE = 7
# Bulgarian, Serbian, Macedonian ... have no lexicon here and share much of
# Russian's function words: a Cyrillic page needs a larger share of them,
# unless its letters are Russian only
_CLEAR_SHARE_CYRILLIC = 5
_CLEAR_RATIO = 3
_CLEAR_TOKENS = 60


def _russian_letters(low: str) -> bool:
    """"ы" or "э", and no letter of another Cyrillic alphabet ("і", "ў",
    "ї", "ј", "ә" ...): Russian, not Bulgarian, Belarusian or Kazakh."""
    return ("ы" in low or "э" in low) and _OTHER_CYRILLIC.search(low) is None


_OTHER_CYRILLIC = patterns.compile(r"[іїєґўјљњђћќѓѕџәғқңөұүһҗҙҡҫ]")


def _by_model(sample: str) -> str | None:
    """The model's language for the sample: its first label with an ISO
    639-1 code, or a language with a lexicon that scores nearly as well."""
    top: tuple[str, float] | None = None
    for label, score in _model()(sample):
        code = label if len(label) == 2 else _MACRO.get(label)
        if code is None:
            continue
        if top is None:
            if code in LANGUAGES:
                return code
            top = (code, score)
        elif score < top[1] - _MARGIN:
            break
        elif code in LANGUAGES:
            return code
    return top[0] if top is not None else None


def _east_slavic(code: str, low: str) -> str:
    if low.count("ў") >= 2:
        return "be"
    if low.count("ї") + low.count("є") >= 2 and low.count("ы") == 0:
        return "uk"
    return code


# The two-letter codes of ISO 639-1: what ``parse(..., language=...)`` accepts.
ISO_639_1 = frozenset({
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg",
    "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv",
    "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi",
    "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
    "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja",
    "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw",
    "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml",
    "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
    "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro",
    "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr",
    "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr",
    "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
    "yo", "za", "zh", "zu",
})


def detect(text: str) -> str:
    """The ISO 639-1 code of the page's language."""
    head = text[:_SAMPLE]
    near = _nearly_ascii(head)
    if near:  # (other scripts decide only at a share of the text)
        han = kana = hangul = cyr = 0
    else:
        han = _count(_HAN, head)
        kana = _count(_KANA, head)
        hangul = _count(_HANGUL, head)
        cyr = _count(_CYRILLIC, head)
    latin = len(head) if near else _count(_LATIN, head)
    if hangul > max(han, cyr, latin) // 2 and hangul > 20:
        return "ko"
    if kana > 20 and kana * 4 > han:
        return "ja"
    if han > (cyr + latin) // 3 and han > 10:
        return "zh"
    sample = prose_sample(text)
    low = sample.casefold()
    code = None
    script = _CYRILLIC if cyr > latin else _LATIN
    candidates = _EAST_SLAVIC if cyr > latin else _LATIN_LEXICONS
    voted, clear = _stopword_vote(low[:_VOTE_CHARS], candidates)
    # (the model costs a millisecond a page; most pages need no second opinion)
    if clear and (
        (script is _LATIN and _nearly_ascii(sample))
        or _count(script, sample) * 10 >= len(_LETTER.findall(sample)) * 9
    ):
        code = voted
    elif len(_LETTER.findall(sample[:200])) >= _MIN_LETTERS:
        code = _by_model(sample)
    if code is None:
        if cyr > latin:
            code = _by_stopwords(low, _EAST_SLAVIC)
        else:
            code = _by_stopwords(low, _LATIN_LEXICONS)
    if code in _EAST_SLAVIC:
        code = _east_slavic(code, low)
    return code
