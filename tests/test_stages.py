"""Unit tests per pipeline stage, on short pages and lines written here.

Every sentence in this file is invented for it; people and outlets are
fictional.
"""

from __future__ import annotations

import codecs
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import interviewparse
from interviewparse import cues, enumerations, language, metadata, questions, roles, scheme, text
from interviewparse.lexicon import LANGUAGES
from interviewparse.model import Paragraph
from interviewparse.text import Line, make_line, split_lines

EN = LANGUAGES["en"]


def paragraphs(*texts: str) -> list[Paragraph]:
    """Paragraphs of a page made of ``texts`` separated by blank lines, so
    that the k-th text sits on line 2k."""
    page = "\n\n".join(texts)
    return [Paragraph(ln.text, ln.index, ln.span) for ln in split_lines(page) if not ln.blank]


def line(s: str) -> Line:
    return make_line(0, 0, s)


# =================================================================== text


SEPARATORS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
              "\x85"]


@pytest.mark.parametrize("sep", SEPARATORS, ids=[repr(s) for s in SEPARATORS])
def test_split_lines_matches_splitlines(sep: str) -> None:
    page = sep.join(["Kettles boil", "", "  the porch light  ", "", "", "last one"]) + sep
    lines = split_lines(page)
    reference = page.splitlines()
    assert len(lines) == len(reference) == 6
    assert [ln.index for ln in lines] == list(range(6))
    assert [ln.text for ln in lines] == [r.strip() for r in reference]
    assert [ln.blank for ln in lines] == [False, True, False, True, True, False]
    for ln in lines:
        assert page[ln.start : ln.end] == ln.text
    porch = lines[2]
    assert porch.text == "the porch light"
    assert porch.span == (page.index("the porch"), page.index("the porch") + len("the porch light"))


def test_split_lines_mixed_line_ends() -> None:
    page = "one\r\ntwo\rthree\nfour\r\r\nfive"
    assert [ln.text for ln in split_lines(page)] == page.splitlines()
    assert len(split_lines(page)) == 6  # "\r\r\n" is two line ends, "\r\n" one


@pytest.mark.parametrize("page", ["", "\n", "a", "a\n", "a\n\n", "\n\na", "a\r\n\r\n"])
def test_split_lines_count_at_edges(page: str) -> None:
    assert len(split_lines(page)) == len(page.splitlines())


def test_split_lines_bom_is_edge_whitespace() -> None:
    page = "\ufeffHarbour news\nSecond line"
    first, second = split_lines(page)
    assert first.text == "Harbour news"
    assert first.span == (1, 13)
    assert page[first.start : first.end] == "Harbour news"
    assert second.span == (14, 25)


def test_split_lines_nbsp() -> None:
    page = "Ten\u00a0kilometres of road\n\u00a0\n\u00a0 padded words\u00a0\n"
    lines = split_lines(page)
    assert len(lines) == 3
    assert lines[0].text == "Ten\u00a0kilometres of road"  # inner NBSP kept
    assert lines[0].words == 4
    assert lines[1].blank  # a line holding only a NBSP is blank
    assert lines[2].text == "padded words"
    assert page[lines[2].start : lines[2].end] == "padded words"


def test_line_facts() -> None:
    q = line("Is the ferry late again?")
    assert q.question and q.terminal and q.words == 5 and q.last == "?"
    quoted = line("He said \u201cnever again.\u201d")
    assert quoted.last == "." and quoted.terminal and not quoted.question
    zh = line("渡轮今天晚点了吗？")
    assert zh.question and zh.han == 8 and zh.size == 4
    head = line("Harbour pilots on strike")
    assert not head.terminal and head.words == 4


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab .?\t\n\r\x0b\x0c\x1c\x85\u2028\u2029\ufeff\u00a0")),
               max_size=40))
def test_split_lines_property(page: str) -> None:
    lines = split_lines(page)
    reference = page.splitlines()
    assert len(lines) == len(reference)
    for ln, raw in zip(lines, reference, strict=True):
        assert page[ln.start : ln.end] == ln.text
        assert ln.text in raw
        assert ln.text == ln.text.strip()


# ----------------------------------------------------------------- decode

RUSSIAN = (
    "Весной в нашем районе откроется новая библиотека. Директор рассказала, что в ней "
    "будет читальный зал на сорок мест, детский уголок и большой архив местной газеты. "
    "Жители давно просили об этом, и теперь строители обещают закончить работы к июню. "
    "Вопросы о режиме работы можно задать по телефону.\n"
)


def test_decode_utf8() -> None:
    d = text.decode("Café on the pier, naïve façade.".encode())
    assert d.text == "Café on the pier, naïve façade."
    assert d.encoding == "utf-8"
    assert not d.guessed


def test_decode_utf8_bom_is_removed() -> None:
    d = text.decode(codecs.BOM_UTF8 + "Pier café".encode())
    assert d.text == "Pier café"
    assert d.encoding == "utf-8"
    assert not d.guessed


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ],
)
def test_decode_utf16_bom(bom: bytes, codec: str, name: str) -> None:
    page = "Вопрос: Когда откроется мост?\nОтвет: Осенью."
    d = text.decode(bom + page.encode(codec))
    assert d.text == page
    assert d.encoding == name
    assert not d.guessed


def test_decode_cp1251_russian_is_guessed() -> None:
    data = (RUSSIAN * 2).encode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    d = text.decode(data)
    assert d.text == RUSSIAN * 2
    assert d.guessed
    assert d.encoding.replace("-", "").replace("_", "").lower() in {"cp1251", "windows1251"}


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # NUL bytes
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13" * 4,  # controls, no NUL
        codecs.BOM_UTF8 + b"\xff\xfe\xfd broken",  # not UTF-8 after its BOM
    ],
    ids=["all-bytes", "png", "controls", "bad-utf8-after-bom"],
)
def test_decode_binary_raises(data: bytes) -> None:
    with pytest.raises(text.DecodeError):
        text.decode(data)


# =================================================================== cues

# (line, kind, label as printed without colon, side, the turn's own text)
CUES = [
    ("— Where did you grow up?", "dash", "—", None, "Where did you grow up?"),
    ("– In a fishing village.", "dash", "–", None, "In a fishing village."),
    ("- Really? So far north?", "dash", "-", None, "Really? So far north?"),
    ("Q: Why did you stay?", "qa", "Q", "question", "Why did you stay?"),
    ("A. Because of the sea.", "qa", "A", "answer", "Because of the sea."),
    ("Question: And the winters?", "qa", "Question", "question", "And the winters?"),
    ("Вопрос: Когда начнётся сезон?", "qa", "Вопрос", "question", "Когда начнётся сезон?"),
    ("Frage: Wann beginnt die Saison?", "qa", "Frage", "question", "Wann beginnt die Saison?"),
    ("问：渡轮什么时候开？", "qa", "问", "question", "渡轮什么时候开？"),
    ("V.Makei: We agree on the route.", "speaker", "V.Makei", None, "We agree on the route."),
    ("M.M.: Thank you.", "speaker", "M.M.", None, "Thank you."),
    ('"Belarus 1": What comes next?', "speaker", '"Belarus 1"', None, "What comes next?"),
    ("«Беларусь 1»: Что дальше?", "speaker", "«Беларусь 1»", None, "Что дальше?"),
    ("INTERVIEWER: Good morning.", "speaker", "INTERVIEWER", None, "Good morning."),
    ("M. Kelly (as translated): I paint at dawn.", "speaker", "M. Kelly (as translated)", None,
     "I paint at dawn."),
]


@pytest.mark.parametrize(("s", "kind", "label", "side", "body"), CUES, ids=[c[0] for c in CUES])
def test_cue_detect(s: str, kind: str, label: str, side: str | None, body: str) -> None:
    cue = cues.detect(s)
    assert cue is not None
    assert (cue.kind, cue.label, cue.side) == (kind, label, side)
    assert s[cue.end :] == body
    assert not cue.own_line
    if kind != "dash":  # the printed label ends at its colon (or a Q/A label's dot)
        printed = s[: cue.label_end]
        assert printed.startswith(label)
        assert printed[len(label) :].strip() in {":", "：", "."}


@pytest.mark.parametrize(
    ("s", "kind", "label"),
    [("Anna Petrova:", "speaker", "Anna Petrova"), ("Q:", "qa", "Q"),
     ("Answer:", "qa", "Answer")],
)
def test_cue_own_line(s: str, kind: str, label: str) -> None:
    cue = cues.detect(s)
    assert cue is not None
    assert (cue.kind, cue.label, cue.own_line) == (kind, label, True)
    assert cue.label_end == len(s)


@pytest.mark.parametrize(
    "s",
    [
        "Read also: Lake levels keep falling",
        "Most said: no change at all",
        "First, winter: it came early this year.",
        "-5°C",
        "—",
        "a: lower-case single letters are no label",
        "Photo: Pavel Dunin",
        "Note: the bridge stays closed",
        "The port reopened on Monday.",
    ],
)
def test_cue_non_cues(s: str) -> None:
    assert cues.detect(s) is None


# ================================================================== turns


@pytest.mark.parametrize(
    ("full", "short", "other"),
    [
        ("Anna Petrova", "A.Petrova", "Oleg Sidorov"),
        ("M. Kelly (as translated)", "M.Kelly", "Radio Nord"),
        ("Наталья Корнеева", "Н.Корнеева", "Иван Лунев"),
        ("Marta Mirska", "M.M.", "Tomas Brook"),
    ],
)
def test_group_speakers_unifies_a_name(full: str, short: str, other: str) -> None:
    key = scheme.group_speakers([(0, full), (1, other), (2, short), (3, other)])
    assert key[full] == key[short]
    assert key[other] != key[full]
    assert set(key) == {full, short, other}


def test_group_speakers_keeps_different_initials_apart() -> None:
    key = scheme.group_speakers([(0, "Anna Petrova"), (1, "B.Petrova")])
    assert key["Anna Petrova"] != key["B.Petrova"]


@pytest.mark.parametrize(
    ("s", "lang", "expected"),
    [
        ("How long have you kept bees on this hill?", "en", True),
        ("Dr Lund, what changed after the flood?", "en", True),
        ("What does the new bridge mean for the town?", "en", True),
        ("And the harbour?", "en", True),
        ("Did I ever think I would stay here for twenty years?", "en", False),  # rhetorical
        ("Was I afraid at first? Of course I was.", "en", False),
        ("Tell us about the first season on the island.", "en", True),  # imperative
        ("Describe the moment the ice gave way.", "en", True),
        ("My neighbour once asked me: \u201cWhy keep bees in the city?\u201d", "en", False),
        ('He asked me, "Why would anyone keep bees here?"', "en", False),
        ("I went to the shore every morning.", "en", False),
        ("Расскажите о ваших планах на лето.", "ru", True),
        ("Как вы оцениваете урожай?", "ru", True),
        ("Почему я согласился?", "ru", False),
        ("Erklären Sie uns bitte den Plan.", "de", True),
        ("您怎么看今年的收成？", "zh", True),
    ],
)
def test_is_standalone_question(s: str, lang: str, expected: bool) -> None:
    assert questions.is_standalone_question(line(s), LANGUAGES[lang]) is expected


def test_a_long_paragraph_ending_in_a_question_is_no_question() -> None:
    s = " ".join(["We rebuilt the pier board by board."] * 12) + " Who else would have done it?"
    assert not questions.is_standalone_question(line(s), EN)


def test_speaker_labels_switch_from_full_to_short_names() -> None:
    page = (
        "Anna Petrova:\nWhy did you open the shop in a village?\n\n"
        "Oleg Sidorov:\nRent is low, and people here still repair things.\n\n"
        "A.Petrova:\nWho are your customers?\n\n"
        "O.Sidorov:\nFarmers, mostly, and a few summer residents."
    )
    p = interviewparse.parse(page)
    assert p.format == "speaker-labels"
    assert [(e.question.speaker, e.answer.speaker) for e in p.exchanges] == [
        ("Anna Petrova", "Oleg Sidorov"), ("A.Petrova", "O.Sidorov")]
    assert [e.question.text for e in p.exchanges] == [
        "Why did you open the shop in a village?", "Who are your customers?"]
    assert all(e.question.label is not None and e.question.label.own_line for e in p.exchanges)
    assert (p.metadata.interviewer, p.metadata.interviewee) == ("Anna Petrova", "Oleg Sidorov")
    assert interviewparse.coverage(p, page) == []
    assert interviewparse.overclaimed(p) == []


def test_dash_dialogue_turns() -> None:
    page = ("— Where did you learn to lift?\n— In a school gym, with a bar my uncle welded.\n"
            "— Was it heavy?\n— Heavier than me, at first.")
    p = interviewparse.parse(page)
    assert p.format == "dash-dialogue"
    assert [(e.question.text, e.answer.text) for e in p.exchanges] == [
        ("Where did you learn to lift?", "In a school gym, with a bar my uncle welded."),
        ("Was it heavy?", "Heavier than me, at first."),
    ]
    q = p.exchanges[0].question
    assert q.speaker is None
    assert q.label is not None and q.label.kind == "dash" and q.label.span[0] == 0
    assert q.span == (0, len("— Where did you learn to lift?"))
    assert q.paragraphs[0].span == (2, len("— Where did you learn to lift?"))


def test_dash_label_is_the_dash_as_printed() -> None:
    page = "— Was it heavy?\n— Heavier than me, at first.\n— And now?\n— Now it is a warm-up."
    q = interviewparse.parse(page).exchanges[0].question
    assert q.label is not None
    assert (q.label.text, q.label.span) == ("—", (0, 1))


# ================================================================== roles

ROLE_PAGE = [
    ("Home | Regions | Economy | Sport", "boilerplate", "nav"),
    ("Tuesday, 14 May 2024", "boilerplate", "date-banner"),
    ("Lakeside +7°C", "boilerplate", "weather"),
    ("All news", "boilerplate", "nav"),
    ("14 May 2024, 11:05", "published", ""),
    ("", "blank", ""),
    ("Orchard keeper explains why the old pear trees stay", "title", ""),
    ("", "blank", ""),
    ("By Marta Kowalczyk", "boilerplate", "byline"),
    ("Photo: Pavel Dunin", "boilerplate", "caption"),
    ("", "blank", ""),
    ("Mrs Vass, why did you refuse to cut down the old pear trees?", "content", ""),
    ("", "blank", ""),
    ("Because they still give fruit every second year, and the bees depend on them.",
     "content", ""),
    ("", "blank", ""),
    ("How many trees are left in the orchard now?", "content", ""),
    ("", "blank", ""),
    ("Forty-two, and we planted nine young ones last autumn along the fence.", "content", ""),
    ("", "blank", ""),
    ("Will you sell the pears this year?", "content", ""),
    ("", "blank", ""),
    ("I will give most of them to the school kitchen, as I have done since I retired.",
     "content", ""),
    ("", "blank", ""),
    ("Share: Facebook Twitter", "boilerplate", "share"),
    ("Subscribe to our weekly garden letter", "boilerplate", "subscribe"),
    ("Read also:", "boilerplate", "related"),
    ("Frost damage in the northern valleys", "boilerplate", "related"),
    ("New cider press opens in the old mill", "boilerplate", "related"),
    ("", "blank", ""),
    ("We use cookies to improve your experience on this site.", "boilerplate", "other"),
    ("Accept", "boilerplate", "other"),
    ("© 2024 Valley Courier. All rights reserved.", "boilerplate", "footer"),
]


def test_roles_classify_page() -> None:
    page = "\n".join(t for t, _, _ in ROLE_PAGE)
    found = roles.classify(split_lines(page))
    assert [(r.role, r.kind) for r in found.roles] == [(role, kind) for _, role, kind in ROLE_PAGE]
    by_line = {i: r.rule for i, r in enumerate(found.roles)}
    assert by_line[26] == by_line[27] == "related-list"
    assert by_line[30] == "cookie-button"
    assert found.title_lines == [6]
    assert found.published_line == 4
    assert found.published is not None
    assert found.published.value == dt.datetime(2024, 5, 14, 11, 5)
    assert found.page_date == dt.date(2024, 5, 14)


def test_roles_page_parses() -> None:
    page = "\n".join(t for t, _, _ in ROLE_PAGE)
    p = interviewparse.parse(page)
    assert p.format == "standalone-questions"
    assert [e.question.line for e in p.exchanges] == [11, 15, 19]
    assert [[x.line for x in e.answer.paragraphs] for e in p.exchanges] == [[13], [17], [21]]
    assert p.metadata.title == ROLE_PAGE[6][0]
    assert p.metadata.byline == "Marta Kowalczyk"
    assert p.metadata.captions == ["Photo: Pavel Dunin"]
    assert p.metadata.page_date == dt.date(2024, 5, 14)
    assert interviewparse.coverage(p, page) == []
    assert interviewparse.overclaimed(p) == []


# A two-exchange page whose first answer is one sentence; the sentence must
# stay the answer however furniture-like its first word is.
HARBOUR = """12 May 2024, 10:00

Harbour pilot talks about thirty years on the water

Captain Rowe, how did you start working as a pilot?

{answer}

What was the hardest night you remember?

A storm in 1998, when two ships lost their anchors at the same time and we had only one tug.
"""


@pytest.mark.parametrize(
    "answer",
    [
        "By pure chance, really.",
        "More or less by accident.",
        "Home was a cabin on the quay.",
        "Video was not a thing then.",
        "Menu of the day: fish, fish and fish.",
        "First, I failed the exam. Twice.",
        "It was -5°C that night, and the deck froze.",
        "Print was all we had back then.",
        "Share the load, my first captain always said.",
        "Popular demand made us open a second office.",
        "Read more books than manuals, I tell the young pilots.",
        "Related work came later.",
        "Sailors can always contact us by radio.",
        "The newspapers wrote about us after the rescue.",
        "We baked cookies for the crews every Friday.",
        "I still keep a photo from that first trip.",
    ],
)
def test_answer_sentences_are_not_furniture(answer: str) -> None:
    page = HARBOUR.format(answer=answer)
    p = interviewparse.parse(page)
    assert p.format == "standalone-questions"
    assert len(p.exchanges) == 2
    assert [x.text for x in p.exchanges[0].answer.paragraphs] == [answer]
    assert all(b.text != answer for b in p.boilerplate)


def test_read_also_inside_an_answer_is_related() -> None:
    page = (
        "Mr Holm, why did the ferry stop running?\n\n"
        "The engine failed in March, and the spare parts come from far away.\n\n"
        "Read also: Island school gets a new roof\n\n"
        "We hope to sail again by midsummer.\n\n"
        "Will the fares go up?\n\n"
        "Slightly, to pay for the repair."
    )
    p = interviewparse.parse(page)
    assert [(b.line, b.kind) for b in p.boilerplate] == [(4, "related")]
    assert [[x.line for x in e.answer.paragraphs] for e in p.exchanges] == [[2, 6], [10]]


# ============================================================ enumerations


def _summary(enums: list[interviewparse.Enumeration]) -> list[tuple[object, ...]]:
    return [
        (e.announced, [(p.ordinal, p.marker, p.line, p.end_line) for p in e.items])
        for e in enums
    ]


def test_enum_first_secondly_thirdly_tight_list() -> None:
    ps = paragraphs(
        "We chose three aspects to work on.",
        "First, the roads need repair before winter.",
        "Secondly, the school roof leaks.",
        "Thirdly, the clinic needs a second doctor.",
        "That is all I can promise for now.",
    )
    enums = enumerations.find(ps, 4)
    assert _summary(enums) == [
        (3, [(1, "First", 2, 2), (2, "Secondly", 4, 4), (3, "Thirdly", 6, 6)]),
    ]
    e = enums[0]
    assert e.exchange == 4
    assert e.announced_text == "three aspects"
    # a tight list: the last point is its own paragraph, the comment is not in it
    assert e.items[2].text == "Thirdly, the clinic needs a second doctor."
    assert e.items[2].span == ps[3].span


def test_enum_points_span_several_paragraphs() -> None:
    ps = paragraphs(
        "Firstly, we cleaned the old barn.",
        "It took the whole of April.",
        "Finally, we painted it red.",
        "The neighbours still talk about the colour.",
    )
    (e,) = enumerations.find(ps, None)
    assert e.exchange is None
    assert e.announced is None
    assert [(p.ordinal, p.marker, p.line, p.end_line) for p in e.items] == [
        (1, "Firstly", 0, 2), (2, "Finally", 4, 6)]
    # the first point spans two paragraphs, so the last runs to the end
    assert e.items[0].text == "Firstly, we cleaned the old barn.\nIt took the whole of April."
    assert e.items[0].span == (ps[0].span[0], ps[1].span[1])
    assert e.items[1].text == (
        "Finally, we painted it red.\nThe neighbours still talk about the colour.")


def test_enum_firstly_secondly_finally() -> None:
    ps = paragraphs("Firstly, the goats.", "Secondly, the geese.", "Finally, the old horse.")
    assert _summary(enumerations.find(ps, 0)) == [
        (None, [(1, "Firstly", 0, 0), (2, "Secondly", 2, 2), (3, "Finally", 4, 4)])]


def test_enum_numbers() -> None:
    ps = paragraphs(
        "Here are the rules of the yard.",
        "1) Arrive before eight.",
        "2) Bring your own boots.",
        "3) Never feed the goats.",
        "Everyone follows them.",
    )
    (e,) = enumerations.find(ps, 1)
    assert e.family == "number"
    assert [(p.ordinal, p.marker, p.line, p.end_line) for p in e.items] == [
        (1, "1)", 2, 2), (2, "2)", 4, 4), (3, "3)", 6, 6)]


def test_enum_russian() -> None:
    ps = paragraphs(
        "У нас три задачи на этот год.",
        "Во-первых, отремонтировать дорогу к ферме.",
        "Во-вторых, открыть новую школу.",
        "В-третьих, построить мост через реку.",
    )
    assert _summary(enumerations.find(ps, 0)) == [
        (3, [(1, "Во-первых", 2, 2), (2, "Во-вторых", 4, 4), (3, "В-третьих", 6, 6)])]


def test_enum_german_without_commas() -> None:
    ps = paragraphs(
        "Es gibt drei Gründe dafür.",
        "Erstens fehlt das Geld.",
        "Zweitens fehlt die Zeit.",
        "Drittens fehlt der Wille.",
    )
    assert _summary(enumerations.find(ps, 0)) == [
        (3, [(1, "Erstens", 2, 2), (2, "Zweitens", 4, 4), (3, "Drittens", 6, 6)])]


def test_enum_chinese_diyi() -> None:
    ps = paragraphs("我们的工作有三个方面。", "第一，修好村里的路。", "第二，建一所新学校。",
                    "第三，开一家小医院。")
    assert _summary(enumerations.find(ps, 0)) == [
        (3, [(1, "第一", 2, 2), (2, "第二", 4, 4), (3, "第三", 6, 6)])]


def test_enum_chinese_shouxian() -> None:
    ps = paragraphs("首先，我们清理了河道。", "其次，我们在岸边种了树。", "最后，我们修了步道。")
    assert _summary(enumerations.find(ps, 0)) == [
        (None, [(1, "首先", 0, 0), (2, "其次", 2, 2), (3, "最后", 4, 4)])]


def test_enum_the_first_the_second() -> None:
    ps = paragraphs(
        "There are two changes this year.",
        "The first is the new timetable for the buses.",
        "The second is the price of a monthly ticket.",
    )
    (e,) = enumerations.find(ps, 0)
    assert e.family == "nth"
    assert (e.announced, [(p.ordinal, p.marker) for p in e.items]) == (
        2, [(1, "The first"), (2, "The second")])


def test_enum_first_of_all_then_secondly() -> None:
    ps = paragraphs("First of all, the water must be clean.", "Secondly, the pump must be quiet.")
    assert [[p.marker for p in e.items] for e in enumerations.find(ps, 0)] == [
        ["First of all", "Secondly"]]


@pytest.mark.parametrize(
    "texts",
    [
        ("First of all, I want to thank the volunteers.", "They worked all night."),
        ("The harvest was late.", "Finally, the rain stopped."),
        ("Прежде всего, спасибо читателям.", "Они нам очень помогают."),
        ("First prize went to a girl from the next village.", "Second place was ours."),
    ],
    ids=["lone-first-of-all", "lone-finally", "lone-prezhde-vsego", "first-prize"],
)
def test_enum_no_run(texts: tuple[str, ...]) -> None:
    assert enumerations.find(paragraphs(*texts), 0) == []


def test_enum_announced_from_the_question() -> None:
    ps = paragraphs("First, the water.", "Second, the pumps.")
    (e,) = enumerations.find(ps, 2, "What are the three main problems this summer?")
    assert e.announced == 3
    assert e.announced_text == "three main problems"


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("I see three aspects here.", 3),
        ("Перед нами три задачи.", 3),
        ("Dafür gibt es drei Gründe.", 3),
        ("这项工作包括三个方面。", 3),
        ("We looked at five reasons, then at two options.", 2),  # the last phrase counts
        ("There is no count in this sentence at all.", None),
    ],
)
def test_announced_in(s: str, expected: int | None) -> None:
    found = enumerations.announced_in(s)
    assert (found[0] if found else None) == expected
    if found:
        assert found[1] in s


def test_enum_first_class_is_no_marker() -> None:
    ps = paragraphs("First-class seats sold out within an hour.",
                    "Second-class seats are still on sale at the station.")
    assert enumerations.find(ps, 0) == []


def test_enum_diyici_is_no_marker() -> None:
    ps = paragraphs("第一次来到这个村子是在十年前。", "第二天我们就开始修路了。")
    assert enumerations.find(ps, 0) == []


def test_enum_partners_is_no_announced_count() -> None:
    ps = paragraphs("Our bakery has two partners in the next town.",
                    "First, they deliver the flour.", "Second, they sell our bread.")
    (e,) = enumerations.find(ps, 0)
    assert e.announced is None


# ================================================================ language


@pytest.mark.parametrize(
    ("s", "code"),
    [
        ("The new ferry will carry cars and people across the bay from next spring, and the "
         "port is ready for it.", "en"),
        ("Новый паром будет перевозить машины и людей через залив уже весной, и порт к этому "
         "готов.", "ru"),
        ("Новы паром будзе перавозіць машыны і людзей праз заліў ужо ўвесну, і порт да гэтага "
         "гатовы.", "be"),
        ("Die neue Fähre wird ab dem nächsten Frühjahr Autos und Menschen über die Bucht "
         "bringen, und der Hafen ist bereit.", "de"),
        ("新的渡轮将从明年春天开始运送汽车和乘客穿过海湾，港口已经做好了准备。", "zh"),
    ],
)
def test_language_detect(s: str, code: str) -> None:
    assert language.detect(s) == code


def test_language_of_a_parsed_page() -> None:
    page = "Вопрос: Когда откроется мост?\nОтвет: Осенью, если поставщики не подведут."
    assert interviewparse.parse(page).language == "ru"


# ================================================================ metadata


def _para(s: str, at: int = 100, line_no: int = 3) -> Paragraph:
    return Paragraph(s, line_no, (at, at + len(s)))


def test_dateline_belta() -> None:
    d = metadata.dateline(_para("MINSK, 7 May (BelTA) – The park will plant forty thousand oaks."))
    assert d is not None
    assert (d.text, d.place, d.date_text, d.agency) == (
        "MINSK, 7 May (BelTA) –", "MINSK", "7 May", "BelTA")
    assert (d.line, d.span) == (3, (100, 100 + len("MINSK, 7 May (BelTA) –")))


def test_dateline_russian_and_without_agency() -> None:
    d = metadata.dateline(_para("МИНСК, 7 мая (БЕЛТА) – Работы начались утром."))
    assert d is not None and (d.place, d.date_text, d.agency) == ("МИНСК", "7 мая", "БЕЛТА")
    d = metadata.dateline(_para("GRODNO, 3 March – Work began at dawn."))
    assert d is not None and (d.place, d.date_text, d.agency) == ("GRODNO", "3 March", None)


@pytest.mark.parametrize(
    "s",
    ["Minsk, 7 May – a sentence in lower case.", "We went to MINSK, 7 May – a trip.",
     "The park will plant forty thousand oaks."],
)
def test_no_dateline(s: str) -> None:
    assert metadata.dateline(_para(s)) is None


def test_dateline_agency_without_date() -> None:
    d = metadata.dateline(_para("MINSK (BelTA) – The park will plant forty thousand oaks."))
    assert d is not None
    assert (d.place, d.date_text, d.agency) == ("MINSK", None, "BelTA")


def test_dateline_in_a_parsed_page() -> None:
    page = (
        "7 May 2024, 12:30\n\n"
        "Forester explains the new planting plan for the national park\n\n"
        "MINSK, 7 May (BelTA) – The park will plant forty thousand oaks this spring, its chief "
        "forester told reporters.\n\n"
        "Mr Vasilevsky, why oaks and not pines?\n\n"
        "Oaks survive dry summers better, and the soil in the south of the park suits them.\n\n"
        "How long will the planting take?\n\n"
        "About six weeks, if the weather holds.\n"
    )
    p = interviewparse.parse(page)
    d = p.metadata.dateline
    assert d is not None
    assert (d.place, d.date_text, d.agency, d.line) == ("MINSK", "7 May", "BelTA", 4)
    assert page[d.span[0] : d.span[1]] == d.text == "MINSK, 7 May (BelTA) –"
    assert [x.line for x in p.lead] == [4]
    assert [e.question.line for e in p.exchanges] == [6, 10]
    assert p.metadata.published == dt.datetime(2024, 5, 7, 12, 30)


# ------------------------------------------------ labels without a colon

_BARE_PAGE = """Allotment season opens early this year

{a}
How did the winter treat the allotments?

{b}
Better than we feared. Only two sheds lost their roofs, and the pipes held.

{a}
What will you plant first?

{b}
Broad beans, as always. They do not mind the cold and they feed the soil.

{a}
Any advice for newcomers?

{b}
Start small. One bed done well teaches more than five beds done badly.
"""


@pytest.mark.parametrize(("a", "b"), [("Interviewer", "Petra Noll"), ("INTERVIEWER", "PETRA NOLL")])
def test_colonless_labels_on_their_own_line(a: str, b: str) -> None:
    text = _BARE_PAGE.format(a=a, b=b)
    page = interviewparse.parse(text)
    assert page.format == "speaker-labels"
    assert [(ex.question.speaker, ex.answer.speaker) for ex in page.exchanges] == [(a, b)] * 3
    assert [ex.question.text for ex in page.exchanges] == [
        "How did the winter treat the allotments?",
        "What will you plant first?",
        "Any advice for newcomers?",
    ]
    assert all(ex.question.label is not None and ex.question.label.own_line
               for ex in page.exchanges)
    assert interviewparse.coverage(page, text) == []
    assert interviewparse.overclaimed(page) == []


def test_distinct_subheadings_are_not_labels() -> None:
    """Each heading once: sub-headings of an article, not speakers."""
    text = _BARE_PAGE.format(a="Winter Damage", b="Spring Plans").replace(
        "\nWinter Damage\nWhat will", "\nSoil Care\nWhat will"
    ).replace("\nWinter Damage\nAny advice", "\nNew Members\nAny advice")
    page = interviewparse.parse(text)
    assert all(ex.question.label is None for ex in page.exchanges)
    assert all(ex.answer.speaker is None for ex in page.exchanges)


@pytest.mark.parametrize(
    ("paragraph", "asks"),
    [
        ("People send you seeds in the post. Tell us about the strangest parcel", True),
        ("Пане Остапе, у якому стані ви знайшли міст? Чесно.", True),
        ("What happens to the traffic meanwhile? People complain about the detour.", True),
        ("Why? Because the river rose overnight.", False),  # the answer asks itself
        ("Did I expect that? Not at all, I was sure we would lose.", False),
        ("I told them: explain it to me. Nobody could.", False),
    ],
)
def test_standalone_question_shapes(paragraph: str, asks: bool) -> None:
    lex = LANGUAGES[language.detect(paragraph)]
    assert questions.is_standalone_question(make_line(0, 0, paragraph), lex) is asks


@pytest.mark.parametrize(
    ("line", "kind", "label", "body"),
    [
        ("**Q:** How long will it take?", "qa", "**Q", "How long will it take?"),
        ("**A:** About eleven years.", "qa", "**A", "About eleven years."),
        ("**Anna Lee**: We start in May.", "speaker", "**Anna Lee**", "We start in May."),
        ("__Q:__ Why?", "qa", "__Q", "Why?"),
    ],
)
def test_labels_in_markdown_emphasis(line: str, kind: str, label: str, body: str) -> None:
    cue = cues.detect(line)
    assert cue is not None and (cue.kind, cue.label) == (kind, label)
    assert line[cue.end :] == body


def test_bold_text_that_is_no_label() -> None:
    assert cues.detect("**Bold claims** need evidence.") is None
    assert cues.detect("**Note:** the office is closed.") is None


def test_dash_dialogue_in_two_dash_styles() -> None:
    """Questions with an em dash, answers with an en dash."""
    text = (
        "— Скільки їжаків ви виходили цього року?\n– Сорок два, і ще шість зимують у нас.\n"
        "— Чим їх годувати не можна?\n– Молоком. Від нього їм погано.\n"
        "— Як допомогти восени?\n– Залиште в саду купу листя.\n"
    )
    page = interviewparse.parse(text)
    assert page.format == "dash-dialogue"
    assert [ex.question.text for ex in page.exchanges] == [
        "Скільки їжаків ви виходили цього року?", "Чим їх годувати не можна?",
        "Як допомогти восени?",
    ]
    assert [ex.answer.label.text for ex in page.exchanges if ex.answer.label] == ["–"] * 3


def test_a_rarer_dash_that_lists_items_stays_text() -> None:
    text = (
        "— Що потрібно взяти?\n— Ось що:\n– рукавиці,\n– ліхтарик,\n"
        "— А ще?\n— Терпіння.\n"
    )
    page = interviewparse.parse(text)
    assert len(page.exchanges) == 2


def test_quotations_in_a_report_are_not_questions() -> None:
    text = (
        "Суд над петухом перенесли\n\n"
        "Главным свидетелем стал сосед обеих сторон, Денис Вальков.\n\n"
        "— Вы сами видели, как петух перелетел забор? — спросила судья.\n\n"
        "— Видел, — ответил свидетель. — Два раза.\n\n"
        "— Когда это было?\n\n"
        "— В июле, точно не помню.\n\n"
        "— То есть точную дату вы назвать не можете?\n\n"
        "Свидетель признал, что не может. Следующее заседание назначено на 10 декабря.\n"
    )
    page = interviewparse.parse(text)
    assert page.format == "not-an-interview"
    assert page.exchanges == []


@pytest.mark.parametrize(
    ("paragraph", "asks"),
    [
        ("Ray from Tillby wants to know why the toilets by the memorial are locked.", True),
        ("Слушательница из Заречья спрашивает, когда отремонтируют дорогу.", True),
        ("My daughter asks why the sky is blue, and I never know what to say.", False),
        ("Everyone asks whether it is safe. It is, if you wear a helmet.", False),
    ],
)
def test_reported_questions(paragraph: str, asks: bool) -> None:
    lex = LANGUAGES[language.detect(paragraph)]
    assert questions.is_standalone_question(make_line(0, 0, paragraph), lex) is asks


def test_a_label_before_only_an_address_opens_no_turn() -> None:
    assert cues.detect("Редакция: info@sportregion.example") is None
    assert cues.detect("Contact: https://example.org/contact") is None
    cue = cues.detect("Редакция: Какие планы на сезон?")
    assert cue is not None and cue.kind == "speaker"
