"""The cheap gate in front of the parser (``triage.may_be_interview``) and
``is_interview``: the gate never drops a page the full parse calls an
interview, on every page set, and it rejects pages with no question and
answer shape at all. Every sentence here is invented."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest
from hypothesis import given
from test_properties import pages as generated_pages

import interviewparse
from interviewparse.triage import shape

HERE = pathlib.Path(__file__).parent
SHARED = HERE.parent.parent / "shared"
SETS = sorted(
    [HERE / "corpus", HERE / "notinterviews", *HERE.glob("pages*"),
     SHARED / "realdev", SHARED / "realneg"]
)
PAGES = [p for d in SETS if d.is_dir() for p in sorted(d.glob("*.txt"))]


def _text(path: pathlib.Path) -> str:
    return path.read_bytes().decode("utf-8-sig", errors="replace")


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_the_gate_keeps_every_interview_the_parser_finds(path: pathlib.Path) -> None:
    text = _text(path)
    found = interviewparse.parse(text).format != "not-an-interview"
    if found:
        assert interviewparse.may_be_interview(text), "the gate drops an interview"
    assert interviewparse.is_interview(text) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: Is the ferry running?\nA: Twice a day since May.", "qa-label"),
        ("Frage\nWie alt ist die Mühle?\nAntwort\nDreihundert Jahre, sagen die Akten.", "qa-label"),
        ("Ann Lee: Why did you come back to Lindvik?\nTom Berg: The sea, mostly, and my mother.\n"
         "Ann Lee: And the bakery?\nTom Berg: That came later, by accident, in a wet spring.",
         "speaker-labels"),
        ("INTERVIEWER\nWhat does a good harvest look like?\nPETRA NOLL\n"
         "Dry weeks in August and no hail at all.\nINTERVIEWER\nAnd a bad one?\nPETRA NOLL\n"
         "Rain on the day we start, every single time.", "speaker-labels"),
        ("— Где вы учились?\n— В Гомеле, потом в Минске.\n— А почему вернулись?\n"
         "— Здесь мой дом и моя работа.", "marked-exchange"),
        ("Why did you close the mill?\nWe sold the land to a builder in 1998.\n"
         "Who bought the wheel?\nA museum in the next valley, for almost nothing.",
         "plain-exchanges"),
        ("An interview with the last ferryman of Ostrov.\nHow long have you worked the crossing?\n"
         "Forty-one years this autumn, man and boy.", "announced-exchange"),
    ],
    ids=["qa", "qa-own-line", "speakers", "speakers-own-line", "dashes", "plain", "announced"],
)
def test_shapes_the_gate_passes(text: str, expected: str) -> None:
    assert shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Home | News | Sport\nThe council met on Tuesday.\nIt approved the new budget for the "
        "harbour and the school.\nWeather: dry, 18 degrees.\n© 2024 Harbour Post",
        "Menu\nShop\nCart\nOur new winter boots are here.\nWaterproof leather, warm lining, "
        "and a sole that grips on ice.\nAdd to basket\nDelivery in three days.",
        "Is it worth it? Probably.\n",  # one question line and no answer of any length
        "",
        # questions nobody in the page is asked: no "you", no "I" or "we" answering
        "Why did the mill close?\nThe owners sold the land to a builder in 1998.\n"
        "Who bought the wheel?\nA museum in the next valley, for almost nothing.",
        # a widget's one question printed over each teaser
        "Sponsored\nWhy did you hide this box?\nOur recipes for a cold week, chosen for you.\n"
        "Sponsored\nWhy did you hide this box?\nWe tested six kettles so you need not.",
        # questions in quotation marks: a story's dialogue, reported
        "\u201cWhere did you put the keys?\u201d she asked.\n"
        "I had left them in the boat, as always.\n\u201cAnd the map?\u201d\n"
        "We never had a map, I told her then.",
        # a letter alone on a line (an index, a grade) is no "Q" label
        "Index\nF\nFerries\nFishing\nG\nGardens",
        # two labels, one asking, but the other never answers in a sentence
        "Poll: Is the new bridge worth it?\nResults: 40 yes\nPoll: Should buses run at night?\n"
        "Results: 55 yes",
    ],
    ids=["news", "shop", "lone-question", "empty", "nobody-asked", "widget-question",
         "quoted-dialogue", "lone-letter", "labels-without-answers"],
)
def test_pages_without_a_shape_are_rejected(text: str) -> None:
    assert shape(text) is None
    assert not interviewparse.is_interview(text)


def test_skip_non_interviews_skips_unparsed_pages(tmp_path: pathlib.Path) -> None:
    news = tmp_path / "news.txt"
    news.write_text("Home | News\nThe council met on Tuesday and approved the budget.\n",
                    encoding="utf-8")
    talk = tmp_path / "talk.txt"
    talk.write_text("Q: Is the ferry running?\nA: Twice a day since May.\n"
                    "Q: And in winter?\nA: Only on Sundays, if the ice allows.\n",
                    encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "interviewparse", "--skip-non-interviews", str(news), str(talk)],
        capture_output=True, text=True, check=False,
    )
    assert out.returncode == 0, out.stderr
    lines = [ln for ln in out.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1 and '"qa-labels"' in lines[0]


# the property on generated pages: every shape and language of the written
# strategies, with noise (test_properties.py)
@given(generated_pages)
def test_the_gate_keeps_generated_interviews(text: str) -> None:
    if interviewparse.parse(text).format != "not-an-interview":
        assert interviewparse.may_be_interview(text)
