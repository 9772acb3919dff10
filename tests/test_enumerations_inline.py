"""Enumerations whose markers stand inside a paragraph (docs/enumerations.md).

Every sentence in this file is invented for it; places and people are
fictional. Spanish, French, Italian, Portuguese and Polish ordinals are
passed in as literal tables (``MarkerTable``), so these tests do not depend
on those languages' lexicons.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import interviewparse
from interviewparse import enumerations
from interviewparse.markers import DEFAULT, MarkerTable
from interviewparse.model import Enumeration, Paragraph
from interviewparse.text import split_lines


def page_of(*texts: str) -> tuple[str, list[Paragraph]]:
    """A page made of ``texts`` separated by blank lines (the k-th text on
    line 2k), and its paragraphs."""
    page = "\n\n".join(texts)
    return page, [Paragraph(ln.text, ln.index, ln.span) for ln in split_lines(page)
                  if not ln.blank]


def markers(enums: list[Enumeration]) -> list[list[str]]:
    return [[p.marker for p in e.items] for e in enums]


def find(*texts: str, table: MarkerTable = DEFAULT) -> list[Enumeration]:
    page, ps = page_of(*texts)
    enums = enumerations.find(ps, 0, table=table)
    for e in enums:  # the invariants of docs/output.md
        assert [p.ordinal for p in e.items] == list(range(1, len(e.items) + 1))
        for p in e.items:
            assert p.text.startswith(p.marker)
            assert page[p.span[0] : p.span[0] + len(p.marker)] == p.marker
            if p.line == p.end_line:
                assert page[p.span[0] : p.span[1]] == p.text
    return enums


# ============================================================ one paragraph


def test_german_run_in_one_paragraph() -> None:
    text = ("Man weiß nur eines: Erstens, das Geld reicht nicht. Und zweitens, die Zeit "
            "drängt. Und drittens, das Dach ist alt. Was daraus folgt, ist offen.")
    page, ps = page_of(text)
    (e,) = enumerations.find(ps, 3)
    assert e.exchange == 3
    assert e.family == "word"
    assert [(p.ordinal, p.marker, p.line, p.end_line) for p in e.items] == [
        (1, "Erstens", 0, 0), (2, "zweitens", 0, 0), (3, "drittens", 0, 0)]
    # a point stops before the next marker, less its "Und"; every point is one
    # sentence, so the last one ends with its sentence, not with the paragraph
    assert [p.text for p in e.items] == [
        "Erstens, das Geld reicht nicht.", "zweitens, die Zeit drängt.",
        "drittens, das Dach ist alt."]
    for p in e.items:
        assert page[p.span[0] : p.span[1]] == p.text
    assert e.items[0].span == (text.index("Erstens"), text.index(" Und zweitens"))


def test_english_firstly_secondly_inside_a_sentence() -> None:
    (e,) = find("The new bypass allows, firstly, to save an hour on the way to town. And "
                "secondly, it keeps the lorries out of the village.")
    assert [p.marker for p in e.items] == ["firstly", "secondly"]
    assert e.items[0].text == "firstly, to save an hour on the way to town."
    assert e.items[1].text == "secondly, it keeps the lorries out of the village."


def test_russian_vo_pervykh_a_vo_vtorykh() -> None:
    (e,) = find("Новый мост позволит, во-первых, сократить дорогу до рынка. А во-вторых, "
                "даст работу жителям посёлка.")
    assert [(p.ordinal, p.marker) for p in e.items] == [(1, "во-первых"), (2, "во-вторых")]
    assert e.items[0].text == "во-первых, сократить дорогу до рынка."


def test_series_words_need_no_comma() -> None:
    (e,) = find("Der Plan scheiterte, weil die Kosten erstens zu hoch waren und weil zweitens "
                "niemand im Dorf ihn wollte.")
    assert [p.marker for p in e.items] == ["erstens", "zweitens"]
    assert e.items[1].text == "zweitens niemand im Dorf ihn wollte."


def test_letters_after_a_colon_and_and() -> None:
    (e,) = find("Our old survey says the harbour is: a) too small for the new ferries, and b) "
                "should be dredged before the winter.")
    assert e.family == "letter"
    assert [(p.ordinal, p.marker) for p in e.items] == [(1, "a)"), (2, "b)")]
    assert e.items[0].text == "a) too small for the new ferries"
    assert e.items[1].text == "b) should be dredged before the winter."


def test_numbers_after_a_colon_and_commas() -> None:
    (e,) = find("We need three things: 1) a boat, 2) a crew, and 3) fair weather. The rest "
                "is luck.")
    assert e.family == "number"
    assert [p.marker for p in e.items] == ["1)", "2)", "3)"]
    assert [p.text for p in e.items] == ["1) a boat", "2) a crew", "3) fair weather."]
    assert (e.announced, e.announced_text) == (3, "three things")


def test_first_of_all_then_secondly_then_finally() -> None:
    (e,) = find("Some say the mill is closing. First of all, it is not. Secondly, it will hire "
                "ten people next month. And finally, the new owner lives here.")
    assert [(p.ordinal, p.marker) for p in e.items] == [
        (1, "First of all"), (2, "Secondly"), (3, "And finally")]


def test_chinese_yi_shi_er_shi_inline() -> None:
    (e,) = find("我们的合作体现在三个方面：一是修好村里的路，二是建一所学校，三是办一家诊所。")
    assert [p.marker for p in e.items] == ["一是", "二是", "三是"]
    assert [p.text for p in e.items] == ["一是修好村里的路", "二是建一所学校", "三是办一家诊所。"]
    assert (e.announced, e.announced_text) == (3, "三个方面")


def test_chinese_shouxian_qici_zuihou_inline() -> None:
    (e,) = find("这件事我们做了三步。首先，清理河道。其次，种树。最后，修步道。")
    assert [p.marker for p in e.items] == ["首先", "其次", "最后"]


def test_announced_count_before_the_marker_in_its_paragraph() -> None:
    (e,) = find("There are two reasons for it: firstly, the cost, and secondly, the noise.")
    assert (e.announced, e.announced_text) == (2, "two reasons")
    assert [p.text for p in e.items] == ["firstly, the cost", "secondly, the noise."]


# ======================================================= where the last point ends


def test_last_inline_point_ends_with_its_sentence_in_a_tight_run() -> None:
    (e,) = find("Erstens, der Bus fährt selten. Zweitens, er ist teuer. Das weiß hier jeder.")
    assert e.items[-1].text == "Zweitens, er ist teuer."


def test_last_inline_point_ends_with_its_paragraph_after_longer_points() -> None:
    (e,) = find("Firstly, the roof leaks. It leaks badly in March. Secondly, the door sticks. "
                "Nobody has fixed it since the autumn.",
                "We asked the council twice.")
    assert e.items[0].text == "Firstly, the roof leaks. It leaks badly in March."
    assert e.items[1].text == ("Secondly, the door sticks. Nobody has fixed it since the "
                               "autumn.")
    assert (e.items[1].line, e.items[1].end_line) == (0, 0)


# ========================================= inline and paragraph-opening markers


def test_first_inline_then_second_and_third_open_paragraphs() -> None:
    texts = (
        "What are the tasks? First is how to keep the school open. It has forty pupils.",
        "The mayor agrees with us on this.",
        "Second, the bus must run in winter.",
        "Third, the clinic needs a nurse.",
        "That is the plan for the year.",
    )
    page, ps = page_of(*texts)
    (e,) = enumerations.find(ps, 0)
    assert [(p.ordinal, p.marker, p.line, p.end_line) for p in e.items] == [
        (1, "First", 0, 2), (2, "Second", 4, 4), (3, "Third", 6, 8)]
    assert e.items[0].text == ("First is how to keep the school open. It has forty pupils.\n"
                               "The mayor agrees with us on this.")
    assert e.items[0].span == (page.index("First is"), page.index(" on this.") + 9)
    # the first point spans two paragraphs: blocks, so the last runs to the end
    assert e.items[2].text == "Third, the clinic needs a nurse.\nThat is the plan for the year."


def test_phrase_first_marker_the_first_thing_then_second() -> None:
    enums = find("The ferry is old and it is slow. This is the first thing.",
                 "Second. The pier needs a new roof before the storms.")
    assert markers(enums) == [["the first thing", "Second"]]
    assert enums[0].family == "word"
    assert enums[0].items[0].text == "the first thing."


def test_phrase_first_marker_my_first_point_then_second() -> None:
    enums = find("We will not raise the fares this year. That is my first point.",
                 "Second, the night bus stays.")
    assert markers(enums) == [["my first point", "Second"]]


def test_a_restated_first_point_is_one_point() -> None:
    enums = find("First of all, we keep the library open. That is my first point.",
                 "Second, we open it on Sundays too.")
    assert markers(enums) == [["First of all", "Second"]]


def test_the_first_was_then_the_second() -> None:
    enums = find("Of the topics we discussed, the first was the harbour fees.",
                 "The second matter was the fishing quota.")
    assert markers(enums) == [["the first", "The second"]]
    assert enums[0].family == "nth"


def test_inline_runs_need_their_markers_within_a_few_paragraphs() -> None:
    far = ("What comes first? First is the roof.", "It is old.", "It leaks.", "It is cold.",
           "It is dark.", "Second, the door.")
    assert find(*far) == []
    # paragraph-opening runs keep their markers as far apart as they like
    assert markers(find("First, the roof.", "It is old.", "It leaks.", "It is cold.",
                        "It is dark.", "Second, the door.")) == [["First", "Second"]]


def test_a_run_inside_a_point_of_another_run() -> None:
    enums = find("First, the money.",
                 "Second, the people: firstly, the drivers, and secondly, the nurses.",
                 "Third, the time.")
    assert markers(enums) == [["First", "Second", "Third"], ["firstly", "secondly"]]
    outer, inner = enums
    # the outer point stops where the inner run starts: points never overlap
    assert outer.items[1].text == "Second, the people:"
    assert inner.items[0].text == "firstly, the drivers"
    spans = sorted(p.span for e in enums for p in e.items)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


# ================================================================ negatives


@pytest.mark.parametrize(
    "texts",
    [
        ("It was the first time I saw the sea, and the second time I was not afraid.",),
        ("In the first half we slept, in the second half we scored twice.",),
        ("Zum ersten Mal war ich 2010 hier, zum zweiten Mal erst gestern.",),
        ("Я первый раз в этом городе, второй раз приеду летом.",),
        ("First of all, thank you for coming.", "We have a lot to discuss today."),
        ("Read the notes in 1) and the rules in 2) before you sign.",),
        ("We shipped version 1.2 in May and version 2.0 in June.",),
        ("Keep the rules. 1. Come early. 2. Leave late.",),
        ("He came second, and his brother came first, as usual.",),
        ("Wait a second, please. I will be there in a second, he said.",),
        ("第一次来这里是十年前，第二天我们就开始修路了。",),
        ("The first thing I noticed was the smell. The second thing I noticed was the cold.",),
    ],
    ids=["the-first-time", "second-half", "zum-ersten-mal", "pervyi-raz", "lone-first-of-all",
         "in-2-cases", "version-1.2", "1.-inside-prose", "came-second", "a-second",
         "diyici", "the-first-thing-I"],
)
def test_no_run(texts: tuple[str, ...]) -> None:
    assert find(*texts) == []


# =========================================== other languages, literal tables

ES = MarkerTable({"primero": 1, "segundo": 2, "en primer lugar": 1, "en segundo lugar": 2},
                 comma_ordinals=["primero", "segundo"], finals=["por último"])
FR = MarkerTable({"premièrement": 1, "deuxièmement": 2, "troisièmement": 3},
                 finals=["enfin"])
IT = MarkerTable({"primo": 1, "secondo": 2, "terzo": 3, "in primo luogo": 1,
                  "in secondo luogo": 2}, comma_ordinals=["primo", "secondo", "terzo"])
PT = MarkerTable({"primeiro": 1, "segundo": 2, "em primeiro lugar": 1, "em segundo lugar": 2},
                 comma_ordinals=["primeiro", "segundo"])
PL = MarkerTable({"po pierwsze": 1, "po drugie": 2, "po trzecie": 3})


def test_spanish_en_primer_lugar_y_en_segundo_lugar() -> None:
    (e,) = find("El proyecto tiene dos problemas: en primer lugar, es caro, y en segundo "
                "lugar, llega tarde.", table=ES)
    assert [p.marker for p in e.items] == ["en primer lugar", "en segundo lugar"]
    assert e.items[0].text == "en primer lugar, es caro"


def test_french_premierement_deuxiemement_et_enfin() -> None:
    (e,) = find("Le port a besoin de trois choses : premièrement, un quai neuf ; "
                "deuxièmement, une grue ; et enfin, des bras.", table=FR)
    assert [(p.ordinal, p.marker) for p in e.items] == [
        (1, "premièrement"), (2, "deuxièmement"), (3, "enfin")]
    assert e.items[0].text == "premièrement, un quai neuf"


def test_italian_in_primo_luogo_and_secondo_me() -> None:
    (e,) = find("Il piano ha due difetti. In primo luogo, costa troppo. In secondo luogo, "
                "arriva tardi.", table=IT)
    assert [p.marker for p in e.items] == ["In primo luogo", "In secondo luogo"]
    assert find("Secondo me il porto è piccolo, e secondo il sindaco è grande. Primo, lo "
                "dico io.", table=IT) == []


def test_portuguese_em_primeiro_lugar_and_segundo_ele() -> None:
    (e,) = find("Em primeiro lugar, o porto é pequeno. Em segundo lugar, a estrada é má.",
                table=PT)
    assert [p.marker for p in e.items] == ["Em primeiro lugar", "Em segundo lugar"]
    assert find("Primeiro, fomos ao porto. Segundo ele, o barco é novo.", table=PT) == []


def test_polish_po_pierwsze_po_drugie() -> None:
    (e,) = find("Plan ma dwie wady. Po pierwsze, jest drogi. Po drugie, jest spóźniony.",
                table=PL)
    assert [p.marker for p in e.items] == ["Po pierwsze", "Po drugie"]
    assert e.items[1].text == "Po drugie, jest spóźniony."


# ================================================================ the pipeline


def test_inline_run_in_a_parsed_interview() -> None:
    text = (
        "Q: Why did the village vote against the quarry?\n\n"
        "A: Because people know two things: firstly, the trucks would pass the school, and "
        "secondly, the spring would dry up. Nobody wanted that.\n\n"
        "Q: Will they vote again?\n\n"
        "A: Not this year.\n"
    )
    page = interviewparse.parse(text)
    (e,) = page.enumerations
    assert e.exchange == 0
    assert (e.announced, e.announced_text) == (2, "two things")
    assert [p.marker for p in e.items] == ["firstly", "secondly"]
    assert [text[p.span[0] : p.span[1]] for p in e.items] == [p.text for p in e.items]
    assert e.items[1].text == "secondly, the spring would dry up."


# ================================================================ properties

_PIECES = ["First,", "Second,", "Second.", "Third,", "firstly,", "secondly", "Erstens,",
           "und zweitens,", "drittens", "a)", "b)", "c)", "1)", "2)", "(3)", "the first was",
           "The second", "This is the first thing.", "my first point.", "First of all,",
           "Finally,", "and", "weil", ":", ";", ".", ",", "?", "the harbour", "is old",
           "во-первых,", "А во-вторых,", "一是", "，二是", "首先，", "。其次，", "最后，", "。",
           "\u00a0", "“", "”"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join), min_size=1,
                max_size=6))
def test_points_are_ordered_and_start_at_their_markers(texts: list[str]) -> None:
    texts = [t for t in texts if t.strip()]
    page, ps = page_of(*texts)
    enums = enumerations.find(ps, 0)
    for e in enums:
        assert len(e.items) >= 2
        assert [p.ordinal for p in e.items] == list(range(1, len(e.items) + 1))
        for p in e.items:
            assert p.text.startswith(p.marker)
            assert page[p.span[0] : p.span[0] + len(p.marker)] == p.marker
            assert p.span[0] < p.span[1]
            assert p.line <= p.end_line
    spans = sorted(p.span for e in enums for p in e.items)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    firsts = [e.items[0].span for e in enums]
    assert firsts == sorted(firsts)
