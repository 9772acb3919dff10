"""What a new user meets in the first hour, through the API: bytes in any
Unicode form, a language the caller knows, how sure the parser is, and the
explain view. Every sentence here is invented."""

from __future__ import annotations

import pytest

import interviewparse
from interviewparse.explain import explain

PAGE = (
    "Home | Boats | Weather\n"
    "The ferry captain who never missed a crossing\n"
    "By Ilse Marten\n"
    "\n"
    "Q: How many crossings have you made?\n"
    "A: I stopped counting at ten thousand, in a storm year.\n"
    "Q: What do you remember of the first one?\n"
    "A: The smell of diesel and my father's voice, mostly.\n"
    "\n"
    "© 2024 Harbour Weekly\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le",
                                      "utf-32-be", "utf-16", "utf-8-sig"])
def test_parse_takes_bytes_in_any_unicode_form(encoding: str) -> None:
    page = interviewparse.parse(PAGE.encode(encoding))
    assert [ex.question.text for ex in page.exchanges] == [
        "How many crossings have you made?", "What do you remember of the first one?"]
    assert page.metadata.encoding.replace("-", "").startswith(
        encoding.replace("-", "").replace("sig", "")[:5])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [
    "Вопрос: Когда вы начали?\nОтвет: В девяносто восьмом году, с братом.\n",
    "问：你什么时候开始做茶的？\n答：一九九八年，一开始只有我一个人。\n",
    "Ερώτηση: Πότε ήρθατε;\nΑπάντηση: Το 1998, με τον αδελφό μου.\n",
], ids=["ru", "zh", "el"])
def test_utf16_and_utf32_without_a_bom_in_any_script(text: str, encoding: str) -> None:
    page = interviewparse.parse(text.encode(encoding))
    assert page.metadata.encoding == encoding
    same = interviewparse.parse(text)
    assert page.exchanges == same.exchanges and page.lead == same.lead


def test_bytes_parse_exactly_as_parse_bytes() -> None:
    data = PAGE.encode("utf-16-le")
    assert interviewparse.parse(data) == interviewparse.parse_bytes(data)


def test_binary_bytes_say_what_was_tried() -> None:
    with pytest.raises(interviewparse.NotTextError, match="nor UTF-16 or UTF-32"):
        interviewparse.parse(bytes(range(256)) * 8)


def test_parse_refuses_what_is_neither_text_nor_bytes() -> None:
    with pytest.raises(TypeError, match="str or bytes, not int"):
        interviewparse.parse(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or bytes, not int"):
        interviewparse.parse_html(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview])
def test_every_bytes_like_input_is_decoded(kind: type) -> None:
    page = interviewparse.parse(kind(PAGE.encode("utf-8")))
    assert [ex.question.text for ex in page.exchanges] == [
        "How many crossings have you made?", "What do you remember of the first one?"]


def test_a_known_language_is_used_as_given() -> None:
    assert interviewparse.parse(PAGE, language="PT").language == "pt"
    assert interviewparse.parse(PAGE).language == "en"
    for bad in ("Portuguese", "xx", "e", ""):
        with pytest.raises(ValueError, match="ISO 639"):
            interviewparse.parse(PAGE, language=bad)


def test_the_language_given_picks_the_lexicon() -> None:
    text = ("Pergunta: Quando começou?\nResposta: Em maio, com o meu irmão e dois barcos.\n"
            "Pergunta: E agora?\nResposta: Agora somos sete, e ainda temos os barcos.")
    page = interviewparse.parse(text, language="pt")
    assert [ex.question.text for ex in page.exchanges] == ["Quando começou?", "E agora?"]


def test_confidence_agrees_with_the_format() -> None:
    page = interviewparse.parse(PAGE)
    assert page.format == "qa-labels"
    assert page.confidence >= interviewparse.CONFIDENT
    assert page.evidence and all(isinstance(e, str) for e in page.evidence)
    prose = interviewparse.parse("The council met on Tuesday.\nIt approved the budget.\n")
    assert prose.format == "not-an-interview"
    assert prose.confidence < interviewparse.CONFIDENT
    record = page.to_dict()
    assert record["confidence"] == page.confidence
    assert interviewparse.Interview.from_dict(record) == page


def test_explain_shows_every_line_with_its_role_and_reason() -> None:
    page = interviewparse.parse(PAGE, source="ferry.txt")
    view = explain(page, PAGE, width=120)
    lines = view.splitlines()
    assert lines[0].startswith("# ferry.txt: an interview (qa-labels), language en")
    rows = {int(r.split()[0]): r for r in lines if r[:1] == " " or r[:1].isdigit()}
    # every non-blank line is there, under its number; blank ones are left out
    assert sorted(rows) == [i for i, t in enumerate(PAGE.splitlines()) if t.strip()]
    assert "furniture nav" in rows[0]
    assert "title" in rows[1]
    assert "question 0" in rows[4] and 'Q/A label "Q:"' in rows[4]
    assert "answer 1" in rows[7] and 'Q/A label "A:"' in rows[7]
    assert "furniture footer" in rows[9]
    # columns line up: the text starts at the same place on every row
    starts = {r.index(t.strip()) for i, r in rows.items()
              for t in [PAGE.splitlines()[i]] if len(t) < 40}
    assert len(starts) == 1


def test_explain_cuts_long_lines_to_the_width() -> None:
    text = "Why did you stay so long? " * 10 + "\nBecause the sea was kind to us, always.\n"
    view = explain(interviewparse.parse(text), text, width=90)
    assert all(len(r) <= 90 for r in view.splitlines() if not r.startswith("#"))
    assert "…" in view


def test_markdown_keeps_a_run_inside_one_paragraph_as_the_paragraph() -> None:
    from interviewparse.render import to_markdown

    text = ("Q: What matters most on the river?\n"
            "A: First, the weather. Second, the boat. Third, the crew.\n"
            "Q: And the map?\nA: We never had one, and we never needed it.\n")
    page = interviewparse.parse(text)
    assert [len(e.items) for e in page.enumerations] == [3]  # the JSON has the run
    md = to_markdown(page)
    assert "*A:* First, the weather. Second, the boat. Third, the crew." in md
    assert "1. " not in md and not any(line.endswith(" ") for line in md.splitlines())


@pytest.mark.parametrize(("text", "title"), [
    ("The mayor on bridges\n1 March 2024\n"
     "Mayor Lina Sorel explains the plan for the river crossing.\n"
     "Why did the city choose a new bridge?\n"
     "The old one cannot carry buses, and repairing it would cost nearly as much.\n"
     "When will work start?\nIn the autumn, once the flood season is over.\n",
     "The mayor on bridges"),
    ("Harbour Post | Culture | Sport\nA baker who starts at three\nTuesday, 9 April 2024\n\n"
     "We spent a night shift with Oskar Lind in his bakery by the docks.\n\n"
     "What time do you get up?\nHalf past two, every day but Sunday.\n\n"
     "Do you ever sleep in?\nOn my birthday, and my wife still wakes me with coffee.\n",
     "A baker who starts at three"),
], ids=["plain-page", "menu-and-weekday"])
def test_a_question_under_the_first_sentence_is_no_headline(text: str, title: str) -> None:
    page = interviewparse.parse(text)
    assert page.metadata.title == title
    assert page.exchanges and page.exchanges[0].question.text.endswith("?")


@pytest.mark.parametrize("text", [
    "Jornal da Serra\nInício | Região | Desporto | Cultura\n"
    "O ferreiro de Vilar: \"O fogo ensina paciência\"\n05/02/2024 - 09:10\n"
    "Rui Sampaio trabalha o ferro há quarenta anos numa oficina junto ao rio.\n"
    "Como começou?\nComecei aos doze anos, a ajudar o meu tio. Fiz a primeira ferradura aos "
    "catorze.\n"
    "Ainda há clientes?\nTenho mais do que consigo atender. Acho que as pessoas voltaram a querer "
    "coisas que duram.\n"
    "E o futuro da oficina?\nQuero ensinar alguém antes de parar. Estou à procura há dois anos.\n"
    "Partilhar no Facebook | Twitter\n© Jornal da Serra\n",
], ids=["pt-smith"])
def test_answers_that_drop_the_pronoun_still_speak_as_i(text: str) -> None:
    """(The Spanish page of this shape is tests/test_real_shapes2.py's almedro-es.)"""
    page = interviewparse.parse(text)
    assert page.format == "standalone-questions", page.evidence
    assert page.metadata.title == 'O ferreiro de Vilar: "O fogo ensina paciência"'
    assert len(page.exchanges) == 3
