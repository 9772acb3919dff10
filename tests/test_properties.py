"""Property tests of the invariants in CONTRACT.md.

The pages are built from interview-shaped pieces (titles, timestamps, Q/A
labels, speaker labels, dialogue dashes, questions, enumeration markers, page
furniture) mixed with arbitrary Unicode text, joined by every line separator
``str.splitlines()`` knows. Every sentence and word here is invented. The
same checks also run on every page of the test corpora.

Profiles: ``CI=1`` runs 300 examples per property ("ci"); otherwise 60
("dev").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

import interviewparse
from interviewparse import Interview, parse
from interviewparse.model import BOILERPLATE_KINDS, FORMATS

settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# ------------------------------------------------------------------ pieces

SEPARATORS = [
    "\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85",
]
EDGE = "\ufeff\u200b\u200c\u200d\u2060"  # what a line's edges may also carry

WORDS = {
    "en": ["harbour", "kettle", "winter", "the", "a", "of", "we", "you", "orchard",
           "maps", "nobody", "quietly", "bridge", "season", "to", "and", "was", "it",
           "rebuilt", "lantern", "figures", "small", "village", "late", "plan"],
    "ru": ["мы", "вы", "зима", "мост", "город", "тихо", "работа", "сезон", "и", "в",
           "не", "план", "люди", "фонарь", "сад", "поздно", "новый", "берег"],
    "de": ["wir", "Sie", "Brücke", "Winter", "und", "nicht", "Garten", "Straße",
           "später", "Öfen", "groß", "Plan", "über", "Laterne"],
    "zh": ["我们", "冬天", "桥梁", "城市", "计划", "工作", "时候", "问题", "发展", "合作"],
    "el": ["γέφυρα", "χειμώνας", "και", "σχέδιο", "πόλη"],
    "ar": ["جسر", "شتاء", "مدينة", "خطة"],
    "misc": ["naïve", "façade", "😀", "Ⅻ", "½", "ﬁnal", "e\u0301", "\u00a0", "ß", "İ"],
}
FIRST_NAMES = ["Mira", "Tomas", "Ilse", "Oren", "Vera", "Pavel", "Анна", "Ігар", "Gert",
               "Lena", "Олег", "Jo"]
SURNAMES = ["Kallas", "Brennan", "Sorokina", "Vandermeer", "Oyelaran", "Петрова",
            "Зайцаў", "Haug", "de Wit", "O'Neill", "Smith-Lowe"]
MONTHS = ["January", "March", "May", "July", "October", "December", "марта", "мая",
          "März", "Oktober"]
MARKERS = [
    ["First,", "Secondly,", "Thirdly,", "Finally,"],
    ["First,", "Second,", "Third,", "Fourth,"],
    ["1)", "2)", "3)", "4)"],
    ["1.", "2.", "3.", "4."],
    ["(a)", "(b)", "(c)", "(d)"],
    ["Во-первых,", "Во-вторых,", "В-третьих,", "Наконец,"],
    ["Erstens", "Zweitens", "Drittens", "Schließlich"],
    ["首先，", "其次，", "第三，", "最后，"],
]
DASHES = ["—", "–", "-", "--", "―"]
FURNITURE = [
    "Share: Facebook", "Share on X · Share on Facebook · Copy link", "Subscribe to our newsletter",
    "© 2023 Lantern Press. All rights reserved.", "Read also: Kettles of the harbour",
    "Photo: archive", "Advertisement", "Tags: winter, bridges", "Минск +3 °C, облачно",
    "Читайте также: Новый мост", "Поделиться: ВКонтакте", "Werbung", "Cookies akzeptieren",
    "Related articles", "Sign in", "Menu",
]

lang = st.sampled_from(sorted(WORDS))


def _sentence(language: str, seed: int, end: str) -> str:
    # Words are picked by a seeded generator: two draws per sentence keep
    # page generation cheap, and the seed still shrinks towards short ones.
    rnd = random.Random(seed)
    words = WORDS[language]
    text = " ".join(rnd.choice(words) for _ in range(1 + seed % 12))
    return text[:1].upper() + text[1:] + end


def sentence(end: str = ".") -> st.SearchStrategy[str]:
    return st.builds(_sentence, lang, st.integers(0, 2**16), st.just(end))


question = st.one_of(
    sentence(end="?"),
    sentence(end="?").map(lambda s: "How do you see " + s[0].lower() + s[1:]),
    sentence(end="？"),
    sentence(end="?»"),
)
name = st.builds(lambda f, s: f"{f} {s}", st.sampled_from(FIRST_NAMES), st.sampled_from(SURNAMES))
timestamp = st.one_of(
    st.builds(lambda d, m, y, h, mi: f"{d} {m} {y}, {h:02d}:{mi:02d}",
              st.integers(1, 31), st.sampled_from(MONTHS), st.integers(1990, 2035),
              st.integers(0, 23), st.integers(0, 59)),
    st.builds(lambda d, mo, y, h, mi: f"{d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}",
              st.integers(1, 31), st.integers(1, 12), st.integers(1990, 2035),
              st.integers(0, 24), st.integers(0, 60)),
    st.builds(lambda y, mo, d: f"{y}-{mo:02d}-{d:02d}",
              st.integers(1, 9999), st.integers(0, 13), st.integers(0, 32)),
    st.builds(lambda m, d, y: f"Published: {m} {d}, {y}",
              st.sampled_from(MONTHS), st.integers(1, 31), st.integers(1990, 2035)),
)
title = st.one_of(
    sentence(end=""),
    st.builds(lambda n, s: f"{n}: “{s}”", name, sentence(end="")),
    st.builds(lambda n, s: f"{n}: «{s}»", name, sentence(end="")),
)
menu_row = st.lists(st.sampled_from(WORDS["en"] + WORDS["ru"] + ["News", "Sport"]),
                    min_size=2, max_size=7).map(" | ".join)
furniture = st.one_of(st.sampled_from(FURNITURE), menu_row)
dateline = st.sampled_from([
    "MINSK, 7 May (BelTA) –", "HARBOURTON, 3 March (Lantern News) —", "BERLIN, 12. März -",
    "МИНСК, 7 мая (БЕЛТА) –", "OSLO (LW) —", "VILNIUS, 2 June –",
])
note = st.sampled_from([
    "Editor's note: this interview has been edited for length and clarity.",
    "(This interview was conducted in Norwegian and translated from the original.)",
    "The transcript has been edited.",
])
paragraph = st.lists(sentence(), min_size=1, max_size=3).map(" ".join)
long_line = st.one_of(
    st.builds(lambda s, n: " ".join([s] * n), sentence(), st.integers(200, 1500)),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "я", "字", " ", "—", "?"]),
              st.integers(2000, 30000)),
)
anything = st.text(max_size=60)  # all of Unicode, separators included


# How each style prints the asker's and the answerer's turn: a prefix, or
# a label on its own line ("{q}" / "{a}": the two speakers' names).
STYLES = {
    "qa": ("Q: ", "A: "),
    "qa-dot": ("Q. ", "A. "),
    "qa-own-line": ("Q:\n", "A:\n"),
    "ru-qa": ("Вопрос: ", "Ответ: "),
    "de-qa": ("Frage: ", "Antwort: "),
    "zh-qa": ("问：", "答："),
    "speaker": ("{q}: ", "{a}: "),
    "speaker-own-line": ("{q}\n", "{a}\n"),
    "speaker-role": ("Interviewer: ", "{a}: "),
    "speaker-paren": ("{q} (host): ", "{a} (guest): "),
    "speaker-quoted": ("«Lantern Weekly»: ", "{a}: "),
    "han-speaker": ("记者：", "王小明："),
    "dash": ("— ", "{dash} "),
    "standalone": ("", ""),
}


def turn_lines(prefix: str, paras: list[str]) -> list[str]:
    """A turn's lines: the prefix opens the first paragraph (or stands on
    its own line when it ends with a newline)."""
    if not paras:
        return []
    return f"{prefix}{paras[0]}".split("\n") + paras[1:]


@st.composite
def interview_page(draw: st.DrawFn) -> list[str]:
    """The lines of a page shaped like a scraped interview."""
    lines: list[str] = draw(st.lists(furniture, max_size=4))
    if draw(st.booleans()):
        lines.append(draw(title))
    if draw(st.booleans()):
        lines.append(draw(timestamp))
    lead = draw(st.lists(paragraph, max_size=2))
    if lead and draw(st.booleans()):
        lead[0] = draw(dateline) + " " + lead[0]
    lines += lead
    asker, answerer = draw(name), draw(name)
    page_style = draw(st.sampled_from(sorted(STYLES)))
    for _ in range(draw(st.integers(0, 6))):
        style = page_style if draw(st.integers(0, 5)) else draw(st.sampled_from(sorted(STYLES)))
        dash = draw(st.sampled_from(DASHES))
        q_prefix, a_prefix = (
            p.format(q=asker, a=answerer, dash=dash) for p in STYLES[style]
        )
        asked = [draw(question)]
        if draw(st.integers(0, 5)) == 0:  # a remark, then the question
            asked.insert(0, draw(paragraph))
        lines += turn_lines(q_prefix, asked)
        paras = draw(st.lists(paragraph, min_size=draw(st.integers(0, 1)), max_size=3))
        if draw(st.integers(0, 3)) == 0:
            markers = draw(st.sampled_from(MARKERS))
            n = draw(st.integers(1, 4))
            paras.append("There are three things to say about it.")
            for mk in markers[:n]:
                paras.append(f"{mk} {draw(paragraph)}")
                if draw(st.booleans()):
                    paras.append(draw(paragraph))
        lines += turn_lines(a_prefix, paras)
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(furniture))
    lines += draw(st.lists(st.one_of(furniture, paragraph, note), max_size=3))
    return lines


def noisy(lines: list[str], draw: st.DrawFn) -> list[str]:
    """Insert blank lines, arbitrary text and edge whitespace here and there
    (where: by a seeded generator, which keeps generation cheap)."""
    junk = draw(st.lists(anything, max_size=3))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    out: list[str] = []
    for ln in lines:
        k = rnd.randrange(12)
        if k == 0 and junk:
            out.append(junk.pop())
        elif k == 1:
            out.append(rnd.choice(["", " ", "\t", "\u00a0", "\u200b", "\ufeff", "\u3000"]))
        elif k == 2:
            ln = ln.replace(" ", "\u00a0")
        elif k == 3:
            ln = rnd.choice([" ", "\t", "\u00a0", "\u3000", "\ufeff"]) + ln + " "
        out.append(ln)
    return out + junk


@st.composite
def join(draw: st.DrawFn, lines: list[str]) -> str:
    """Join lines with one separator, or a mix of all of them (chosen by a
    seeded generator), sometimes with blank lines between, sometimes with a
    BOM in front and no final line end."""
    main = draw(st.sampled_from(SEPARATORS))
    mode = draw(st.sampled_from(["one", "mixed", "blank-lines"]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    parts = []
    for ln in lines:
        if mode == "one":
            sep = main
        elif mode == "mixed":
            sep = rnd.choice(SEPARATORS)
        else:
            sep = main * rnd.choice([1, 1, 2, 3])
        parts.append(ln + sep)
    text = "".join(parts)
    if draw(st.booleans()):
        text = text.rstrip("".join(SEPARATORS))  # no final line end
    if draw(st.integers(0, 3)) == 0:
        text = "\ufeff" + text
    return text


@st.composite
def shaped_pages(draw: st.DrawFn) -> str:
    lines = draw(interview_page())
    if draw(st.booleans()):
        lines = noisy(lines, draw)
    return draw(join(lines))


any_line = st.one_of(
    title, timestamp, furniture, paragraph, question, anything,
    st.builds(lambda s: f"Q: {s}", question), st.builds(lambda s: f"A: {s}", paragraph),
    st.builds(lambda n, s: f"{n}: {s}", name, paragraph), name,
    st.builds(lambda d, s: f"{d} {s}", st.sampled_from(DASHES), paragraph),
    st.builds(lambda m, s: f"{m} {s}", st.sampled_from([m for r in MARKERS for m in r]),
              paragraph),
    st.sampled_from(["", " ", "\u00a0", "Q:", "A:", "—", "1)", "First,"]),
)


@st.composite
def soup_pages(draw: st.DrawFn) -> str:
    """Interview-shaped lines in any order, a long line now and then."""
    lines = draw(st.lists(any_line, max_size=25))
    if draw(st.integers(0, 9)) == 0:
        lines.insert(draw(st.integers(0, len(lines))), draw(long_line))
    return draw(join(lines))


arbitrary = st.one_of(
    st.text(),  # all of Unicode but lone surrogates
    st.text(st.characters(exclude_categories=())),  # lone surrogates too
    st.lists(st.sampled_from([*SEPARATORS, "\ufeff", "\u00a0", " ", "Q", "A", ":", "?", "—",
                              "x", "я", "1", ")", ",", ".", "First"])).map("".join),
)
# Interview-shaped pages twice as often as the others.
pages = st.one_of(shaped_pages(), shaped_pages(), soup_pages(), arbitrary)

SAMPLE = (
    "Home | News | Sport | Culture\n"
    "Mira Kallas: “Lanterns are a kind of map”\n"
    "10 March 2023, 09:28\n"
    "\n"
    "The harbour lantern maker talked to us about winter.\n"
    "Q: How did you start?\r\n"
    "A: There are three reasons.\u2028"
    "First, the harbour was dark.\u2029"
    "Secondly, nobody else would do it.\x85"
    "Finally, I like kettles.\n"
    "Tomas Brennan: And what comes next?\n"
    "Mira Kallas: A bridge.\x0b"
    "— Really?\x0c"
    "— Really.\x1c"
    "Share: Facebook\n"
)

# ------------------------------------------------------------------ helpers


@functools.lru_cache(maxsize=4)
def line_starts(text: str) -> tuple[list[str], list[int]]:
    """``text.splitlines()`` and the offset where each line starts."""
    lines, starts, pos = [], [], 0
    for raw in text.splitlines(keepends=True):
        lines.append(raw.splitlines()[0])
        starts.append(pos)
        pos += len(raw)
    return lines, starts


def blank(line: str) -> bool:
    return all(ch.isspace() or ch in EDGE for ch in line)


def line_of(text: str, span: tuple[int, int]) -> int:
    """The index of the splitlines() line that contains ``span`` (-1: none)."""
    lines, starts = line_starts(text)
    s, e = span
    i = bisect.bisect_right(starts, s) - 1
    if i >= 0 and e <= starts[i] + len(lines[i]):
        return i
    return -1


def paragraphs_of(i: Interview) -> list[interviewparse.Paragraph]:
    out = list(i.lead) + list(i.trailing)
    for ex in i.exchanges:
        out += ex.question.paragraphs + ex.answer.paragraphs
    return out


def turns_of(i: Interview) -> list[interviewparse.Turn]:
    return [t for ex in i.exchanges for t in (ex.question, ex.answer)]


def labels_of(t: interviewparse.Turn) -> list[interviewparse.Label]:
    """Every label of a turn: a question may join several labelled turns
    (a remark, then the question)."""
    labels = list(getattr(t, "labels", []))
    if t.label is not None and t.label not in labels:
        labels.insert(0, t.label)
    return labels


def increasing(spans: list[tuple[int, int]]) -> bool:
    return all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


# ------------------------------------------------------------------ checks
# Each check takes the input and its parse; the properties below run them on
# generated pages, ``test_properties_hold_on_the_real_pages`` on the corpora.


def check_is_an_interview(text: str, i: Interview) -> None:
    assert isinstance(i, Interview)
    assert i.schema_version == "1.2"
    assert len(i.language) == 2 and i.language.isascii() and i.language.islower()
    assert all(b.kind in BOILERPLATE_KINDS for b in i.boilerplate)


def check_lossless(text: str, i: Interview) -> None:
    lines, _ = line_starts(text)
    assert interviewparse.coverage(i, text) == []
    assert interviewparse.overclaimed(i) == []
    # The same, counted independently on str.splitlines().
    claimed: list[int] = [m.line for m in i.metadata.lines]
    claimed += [b.line for b in i.boilerplate]
    claimed += [p.line for p in paragraphs_of(i)]
    claimed += [lab.line for t in turns_of(i) for lab in labels_of(t) if lab.own_line]
    nonblank = [n for n, ln in enumerate(lines) if not blank(ln)]
    assert sorted(claimed) == nonblank


def check_spans(text: str, i: Interview) -> None:
    elements = [*paragraphs_of(i), *i.boilerplate, *i.metadata.lines]
    for el in elements:
        s, e = el.span
        assert 0 <= s < e <= len(text), el
        assert text[s:e] == el.text, el
        assert line_of(text, el.span) == el.line, el
    dl = i.metadata.dateline
    if dl is not None:
        assert text[dl.span[0] : dl.span[1]] == dl.text
        assert line_of(text, dl.span) == dl.line
    for t in turns_of(i):
        for lab in labels_of(t):
            s, e = lab.span
            assert text[s:e] == lab.text, lab
            assert line_of(text, lab.span) == lab.line, lab


def check_turns(text: str, i: Interview) -> None:
    for t in turns_of(i):
        s, e = t.span
        assert 0 <= s <= e <= len(text)
        assert t.text == "\n".join(p.text for p in t.paragraphs)
        for p in t.paragraphs:
            assert s <= p.span[0] and p.span[1] <= e, (t.span, p.span)
        for lab in labels_of(t):
            assert s <= lab.span[0] and lab.span[1] <= e, (t.span, lab.span)
        if t.label is not None:
            assert t.span[0] == t.label.span[0]
            if t.paragraphs:
                assert t.label.span[1] <= t.paragraphs[0].span[0]
        assert increasing([lab.span for lab in labels_of(t)])
        if t.paragraphs or t.label is not None:
            assert line_of(text, (s, s)) == t.line


def check_points(text: str, i: Interview) -> None:
    for en in i.enumerations:
        assert len(en.items) >= 2
        assert [p.ordinal for p in en.items] == list(range(1, len(en.items) + 1))
        assert en.exchange is None or 0 <= en.exchange < len(i.exchanges)
        for p in en.items:
            s, e = p.span
            assert 0 <= s < e <= len(text)
            assert p.marker and p.text.startswith(p.marker), p
            assert text[s : s + len(p.marker)] == p.marker, p
            assert line_of(text, (s, s)) == p.line
            assert line_of(text, (e, e)) == p.end_line


def check_order(text: str, i: Interview) -> None:
    assert [ex.index for ex in i.exchanges] == list(range(len(i.exchanges)))
    sequence = [p.span for p in i.lead]
    for ex in i.exchanges:
        sequence += [p.span for p in ex.question.paragraphs + ex.answer.paragraphs]
        if ex.answer.paragraphs:
            assert ex.question.span[1] <= ex.answer.span[0]
    sequence += [p.span for p in i.trailing]
    assert increasing(sequence)
    assert increasing([ex.question.span for ex in i.exchanges])
    assert increasing([b.span for b in i.boilerplate])
    assert increasing([m.span for m in i.metadata.lines])
    for en in i.enumerations:
        assert increasing([p.span for p in en.items])
    assert increasing([en.items[0].span for en in i.enumerations])


def check_deterministic_and_round_trip(text: str, i: Interview) -> None:
    again = parse(text, source=i.source)
    assert again == i
    out = i.to_json()
    assert out == again.to_json()
    assert Interview.from_json(out) == i
    assert Interview.from_dict(i.to_dict()) == i
    data = json.loads(out)
    for key in ("schema_version", "source", "language", "format", "metadata", "lead",
                "exchanges", "trailing", "enumerations", "boilerplate"):
        assert key in data


def check_format(text: str, i: Interview) -> None:
    assert i.format in FORMATS
    if i.format == "not-an-interview":
        assert i.exchanges == []
        assert i.enumerations == [] or all(e.exchange is None for e in i.enumerations)
    else:
        assert i.exchanges


CHECKS = [
    check_is_an_interview, check_lossless, check_spans, check_turns, check_points, check_order,
    check_deterministic_and_round_trip, check_format,
]

# --------------------------------------------------------------- properties


@given(pages)
@example(SAMPLE)
@example("")
@example("\ufeff")
@example("\ud800Q: ?\nA: \udfff")
def test_parse_never_raises_and_is_an_interview(text: str) -> None:
    i = parse(text, source="page.txt")
    assert i.source == "page.txt"
    check_is_an_interview(text, i)


@given(pages)
@example(SAMPLE)
def test_every_nonblank_line_accounted_for_once(text: str) -> None:
    check_lossless(text, parse(text))


def test_editor_note_on_a_page_that_is_not_an_interview_is_kept() -> None:
    text = "Why?\nBecause.\nEditor's note: x"
    i = parse(text)
    assert i.format == "not-an-interview"
    assert interviewparse.coverage(i, text) == []
    assert [p.text for p in i.lead] == ["Why?", "Because.", "Editor's note: x"]


@given(pages)
@example(SAMPLE)
def test_spans_slice_the_input_on_their_line(text: str) -> None:
    check_spans(text, parse(text))


@given(pages)
@example(SAMPLE)
@example(  # a label alone on its line whose text turned out to be the next question
    "\ufeff— خطة.\nخطة?\nMira Kallas\nجسر جسر جسر.\nخطة?\nMira Brennan\nخطة. شتاء جسر.\n"
    "Mira Kallas\nجسر جسر جسر?\nMira Brennan\nThere are three things to say about it.\n"
    "First, خطة.\nShare: Facebook\n"
)
def test_turn_spans_contain_their_parts(text: str) -> None:
    check_turns(text, parse(text))


@given(pages)
@example(SAMPLE)
def test_points_start_at_their_marker(text: str) -> None:
    check_points(text, parse(text))


@given(pages)
@example(SAMPLE)
def test_page_order(text: str) -> None:
    check_order(text, parse(text))


@given(pages)
@example(SAMPLE)
def test_deterministic_and_json_round_trip(text: str) -> None:
    check_deterministic_and_round_trip(text, parse(text, source="x"))


@given(pages)
@example(SAMPLE)
def test_format(text: str) -> None:
    check_format(text, parse(text))


REAL_PAGES = sorted(Path(__file__).parent.glob("*/*.txt"))


def mixed_line_ends(text: str) -> str:
    """The page with a BOM in front and its line ends cycling through every
    separator."""
    lines = text.splitlines()
    return "\ufeff" + "".join(
        ln + SEPARATORS[k % len(SEPARATORS)] for k, ln in enumerate(lines)
    )


@pytest.mark.parametrize("path", REAL_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_properties_hold_on_the_real_pages(path: Path) -> None:
    """Every property, on every page of the test corpora, as given and with
    mixed line ends."""
    text = path.read_text(encoding="utf-8-sig")
    for variant in (text, mixed_line_ends(text)):
        i = parse(variant)
        for check in CHECKS:
            check(variant, i)


def test_sample_is_an_interview() -> None:
    """The hand-written sample (an @example of every property) parses as an
    interview with an enumeration and furniture."""
    i = parse(SAMPLE)
    assert i.format != "not-an-interview"
    assert len(i.exchanges) >= 2
    assert i.enumerations
    assert i.boilerplate


REACHED = (
    *(f for f in FORMATS if f != "not-an-interview"),
    "enumeration", "trailing", "dateline", "two labels", "page furniture", "title", "published",
)


def test_shaped_pages_reach_every_path() -> None:
    """The page strategy is not vacuous: among a few hundred pages there are
    interviews of every format, enumerations, trailing notes, datelines,
    questions joined from two labelled turns, furniture, titles and
    timestamps."""
    seen: set[str] = set()

    def everything_seen(text: str) -> bool:
        i = parse(text)
        seen.add(i.format)
        facts = {
            "enumeration": bool(i.enumerations),
            "trailing": bool(i.trailing),
            "dateline": i.metadata.dateline is not None,
            "two labels": any(len(labels_of(t)) > 1 for t in turns_of(i)),
            "page furniture": bool(i.boilerplate),
            "title": i.metadata.title is not None,
            "published": i.metadata.published is not None,
        }
        seen.update(k for k, v in facts.items() if v)
        return seen.issuperset(REACHED)

    try:
        find(shaped_pages(), everything_seen,
             settings=settings(max_examples=1500, database=None, phases=[Phase.generate]))
    except NoSuchExample:
        pytest.fail(f"never reached: {sorted(set(REACHED) - seen)}")
