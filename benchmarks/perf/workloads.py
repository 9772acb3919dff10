"""The texts the sections parse: the corpus pages and synthetic interviews.

The corpus is every ``tests/corpus/*.txt`` page as bytes. The synthetic
interviews are adapted from bench.py's seeded generators, but shaped like
whole pages: a header, a date line, a title, a lead, 5-10 exchanges (with an
occasional enumeration and "Read also" line), a footer. ``SHAPES`` names the
ways the exchanges are marked: Q:/A: labels, named speakers, unlabelled
question paragraphs, Russian dash dialogue, Chinese 问：/答：. The same seed
gives the same page, so every run parses the same text.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from pathlib import Path

from .common import CORPUS


def load_corpus(folder: Path = CORPUS) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]


def cycles_for(cycle: Sequence[bytes], total: int) -> int:
    """Whole passes over ``cycle`` needed to reach ``total`` bytes."""
    size = sum(len(d) for d in cycle)
    return max(1, math.ceil(total / size))


def _vocab(words: str) -> tuple[str, ...]:
    return tuple(words.split())


_EN = _vocab(
    "the of and to in we is that for it with as on this was are our by not be at from have "
    "more will year people work new first time country city region school farm plant market "
    "price government project water energy road health children teachers doctors engineers "
    "family future question answer plan money budget support change growth problem solution "
    "many some every most few other same own important difficult possible local national "
    "build open close start finish grow keep bring visit meet help need want think know say "
    "already still never always often again together today tomorrow yesterday month week"
)
_RU = _vocab(
    "и в на с по для не что это как мы год люди работа новый город район школа хозяйство "
    "техника урожай цена рынок проект вода энергия дорога здоровье дети учителя врачи "
    "будущее вопрос ответ план деньги бюджет поддержка рост задача решение много каждый "
    "важный сложный местный строить открыть начать закончить помогать думать знать уже "
    "ещё всегда часто сегодня завтра месяц неделя область страна министр предприятие"
)
_HAN = "我们国家城市发展合作经济人民工作问题今年企业市场项目教育农业技术未来政府支持重要时间学校"
_ASK = {
    "en": ("How do you assess", "What do you think about", "Why did you choose", "How will your",
           "What is your view of", "Do you expect", "When will you", "How does your team see"),
    "ru": ("Как вы оцениваете", "Что вы думаете о том, как", "Почему вы выбрали",
           "Какие задачи вы ставите, когда", "Когда вы планируете"),
}
_FIRST = ("Anna", "Boris", "Maria", "Jonas", "Elena", "Pavel", "Sofia", "Marco", "Ingrid", "Omar")
_LAST = ("Petrova", "Lind", "Halvorsen", "Ilves", "Novak", "Kovacs", "Berg", "Moreau", "Tamm")
SHAPES = ("qa-labels", "speaker-labels", "standalone-questions", "dash-ru", "zh-qa")


def _sentence(rng: random.Random, lang: str, end: str, lo: int = 6, hi: int = 22) -> str:
    n = rng.randint(lo, hi)
    if lang == "zh":
        chars = [rng.choice(_HAN) for _ in range(n * 2)]
        if n > 8:
            chars.insert(n, "，")
        return "".join(chars) + ("？" if end == "?" else "。")
    vocab = _RU if lang == "ru" else _EN
    words = [rng.choice(vocab) for _ in range(n)]
    if n > 8 and rng.random() < 0.4:
        words[n // 2] += ","
    text = " ".join(words)
    return text[0].upper() + text[1:] + end


def _paragraph(rng: random.Random, lang: str, lo: int = 1, hi: int = 4) -> str:
    sep = "" if lang == "zh" else " "
    return sep.join(_sentence(rng, lang, ".") for _ in range(rng.randint(lo, hi)))


_MARKERS = {
    "en": ("First, ", "Second, ", "Third, "),
    "ru": ("Во-первых, ", "Во-вторых, ", "В-третьих, "),
    "zh": ("第一，", "第二，", "第三，"),
}
_READ_ALSO = {"en": "Read also: ", "ru": "Читайте также: ", "zh": "相关阅读："}


def interview(shape: str, rng: random.Random, min_bytes: int = 0) -> str:
    """One synthetic interview page of ``shape`` (at least ``min_bytes``)."""
    lang = "ru" if shape == "dash-ru" else "zh" if shape == "zh-qa" else "en"
    asker = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    guest = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    day, hour, minute = rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59)
    date = {
        "en": f"{day:02d}.10.2023, {hour:02d}:{minute:02d}",
        "ru": f"{day} июня 2023, {hour:02d}:{minute:02d}",
        "zh": f"2023年6月{day}日 {hour:02d}:{minute:02d}",
    }[lang]
    out = ["Economy | Regions" if lang == "en" else "Экономика" if lang == "ru" else "经济",
           date, "", _sentence(rng, lang, "", 5, 10), "", _paragraph(rng, lang, 2, 3), ""]

    def q_line(q: str) -> str:
        return {"qa-labels": f"Q: {q}", "speaker-labels": f"{asker}: {q}",
                "standalone-questions": q, "dash-ru": f"— {q}", "zh-qa": f"问：{q}"}[shape]

    def a_line(a: str) -> str:
        return {"qa-labels": f"A: {a}", "speaker-labels": f"{guest}: {a}",
                "standalone-questions": a, "dash-ru": f"— {a}", "zh-qa": f"答：{a}"}[shape]

    exchanges = rng.randint(5, 10)
    size = 0
    i = 0
    while i < exchanges or size < min_bytes:
        i += 1
        q = _sentence(rng, lang, "?", 4, 12)
        if lang != "zh":
            q = f"{rng.choice(_ASK[lang])} {q[0].lower()}{q[1:]}"
        if rng.random() < 0.2:
            q = _sentence(rng, lang, ".") + ("" if lang == "zh" else " ") + q
        block = [q_line(q), "", a_line(_paragraph(rng, lang)), ""]
        if rng.random() < 0.15:  # an enumeration on its own lines
            block += [m + _paragraph(rng, lang, 1, 2) for m in _MARKERS[lang]] + [""]
        for _ in range(rng.randint(0, 2)):
            block += [_paragraph(rng, lang), ""]
        if rng.random() < 0.1:
            block += [_READ_ALSO[lang] + _sentence(rng, lang, "", 4, 8), ""]
        out += block
        size += sum(len(s.encode("utf-8")) + 1 for s in block)
    out.append("© 2023 Weekend Magazine")
    return "\n".join(out) + "\n"


def generated_cycle(shape: str, total: int, seed: int = 1) -> list[bytes]:
    """Distinct generated pages of ``shape`` totalling about ``total`` bytes."""
    rng = random.Random(f"{shape}-{seed}")
    pages: list[bytes] = []
    size = 0
    while size < total:
        data = interview(shape, rng).encode("utf-8")
        pages.append(data)
        size += len(data)
    return pages
