"""Metadata and typed boilerplate on whole pages written for these tests:
every boilerplate kind with the rule that gave it, the impossible-date
guard, titles without a timestamp / printed twice / over two lines, and
furniture in the middle of an interview that must not split an exchange."""

from __future__ import annotations

import datetime as dt

import pytest

import interviewparse
from interviewparse import Interview

PAGE = """\
News | Regions | Culture | Sport
Flag Tuesday, 14 May 2024
Rivertown Light rain +9°C
All news
13 May 2024, 16:40

Harbour pilot Edgar Sund: “The river is never the same twice”

Photo: Port of Rivertown
By Marta Lindqvist

RIVERTOWN, 13 May (Northwire) – Edgar Sund has guided ships up the river for thirty years. We asked him about fog, tugs and the new locks.

Captain Sund, what is the hardest part of the job?

Fog. Radar helps, but the river bends every few hundred metres.

Advertisement

The worst nights are in November, when the fog sits on the water until noon.

Did the new locks change your work?

Yes.

Read also: Dredging of the outer channel starts in June

They cut the waiting time in half. A ship that used to wait six hours now waits three.

How much longer will you guide ships?

I will stay until my son has his own licence. He has been sailing with me since spring.

Share: Facebook Twitter Telegram
Subscribe to our newsletter
Read also:
Ferry timetable changes for the summer
New bridge lights switched on
© 2024 Rivertown Courier. All rights reserved.
We use cookies to improve your experience on our site.
Accept
"""


@pytest.fixture(scope="module")
def page() -> Interview:
    return interviewparse.parse(PAGE)


def _kinds(page: Interview) -> dict[str, tuple[str, str]]:
    return {b.text: (b.kind, b.rule) for b in page.boilerplate}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("News | Regions | Culture | Sport", "nav"),
        ("Flag Tuesday, 14 May 2024", "date-banner"),
        ("Rivertown Light rain +9°C", "weather"),
        ("All news", "nav"),
        ("Photo: Port of Rivertown", "caption"),
        ("By Marta Lindqvist", "byline"),
        ("Advertisement", "ad"),
        ("Read also: Dredging of the outer channel starts in June", "related"),
        ("Share: Facebook Twitter Telegram", "share"),
        ("Subscribe to our newsletter", "subscribe"),
        ("Read also:", "related"),
        ("Ferry timetable changes for the summer", "related"),
        ("New bridge lights switched on", "related"),
        ("© 2024 Rivertown Courier. All rights reserved.", "footer"),
        ("We use cookies to improve your experience on our site.", "other"),
        ("Accept", "other"),
    ],
)
def test_every_kind_with_its_rule(page: Interview, text: str, kind: str) -> None:
    got = _kinds(page)
    assert text in got, f"{text!r} is not boilerplate"
    assert got[text][0] == kind
    assert got[text][1]  # the rule that classified it travels with it


def test_metadata(page: Interview) -> None:
    md = page.metadata
    assert md.title == "Harbour pilot Edgar Sund: “The river is never the same twice”"
    assert md.published == dt.datetime(2024, 5, 13, 16, 40)
    assert md.published_precision == "minute"
    assert md.page_date == dt.date(2024, 5, 14)
    assert md.captions == ["Photo: Port of Rivertown"]
    assert md.byline == "Marta Lindqvist"
    assert md.dateline is not None
    assert (md.dateline.place, md.dateline.date_text, md.dateline.agency) == (
        "RIVERTOWN", "13 May", "Northwire")
    assert [m.kind for m in md.lines] == ["published", "title"]


def test_furniture_inside_answers_does_not_split_them(page: Interview) -> None:
    assert page.format == "standalone-questions"
    assert [ex.question.text for ex in page.exchanges] == [
        "Captain Sund, what is the hardest part of the job?",
        "Did the new locks change your work?",
        "How much longer will you guide ships?",
    ]
    first, second, _ = (ex.answer for ex in page.exchanges)
    assert len(first.paragraphs) == 2  # around the "Advertisement" line
    assert second.paragraphs[0].text == "Yes."  # a one-word answer stays
    assert len(second.paragraphs) == 2  # around the "Read also" line
    assert interviewparse.coverage(page, PAGE) == []


def test_impossible_publication_date_is_never_reported() -> None:
    text = (
        "Wednesday, 3 April 2024\n"
        "17 April 2024, 10:00\n"
        "Mayor on the spring fair\n\n"
        "Mr Mayor, when does the fair open?\n\n"
        "On Saturday, at ten.\n\n"
        "Will you be there?\n\n"
        "Of course I will.\n"
    )
    page = interviewparse.parse(text)
    assert page.metadata.page_date == dt.date(2024, 4, 3)
    assert page.metadata.published is None
    later = [b for b in page.boilerplate if b.text == "17 April 2024, 10:00"]
    assert later and later[0].rule == "impossible-date"


def test_date_only_and_ambiguous_timestamps() -> None:
    page = interviewparse.parse("Flood plan approved\n03/04/2024\n\nThe council met.\n")
    assert page.metadata.published == dt.date(2024, 4, 3)  # day first
    assert page.metadata.published_precision == "day"
    assert page.metadata.published_ambiguous
    page = interviewparse.parse("Flood plan approved\nThu, 04/11/2024 - 09:05\n\nText.\n")
    assert page.metadata.published == dt.datetime(2024, 4, 11, 9, 5)  # the weekday decides


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("10 March 2023, 09:28", dt.datetime(2023, 3, 10, 9, 28)),
        ("March 10, 2023 9:28 AM", dt.datetime(2023, 3, 10, 9, 28)),
        ("2023-03-10 09:28", dt.datetime(2023, 3, 10, 9, 28)),
        ("10.03.2023 09:28", dt.datetime(2023, 3, 10, 9, 28)),
        ("Posted: 20.10.2022 10:17:00", dt.datetime(2022, 10, 20, 10, 17)),
        ("10 марта 2023, 09:28", dt.datetime(2023, 3, 10, 9, 28)),
        ("10. März 2023", dt.date(2023, 3, 10)),
        ("2023年3月10日", dt.date(2023, 3, 10)),
        ("12.11.23, 08:00", dt.datetime(2023, 11, 12, 8, 0)),
        ("17.04.2024 | 15:55", dt.datetime(2024, 4, 17, 15, 55)),
        ("Posted by river_fan on Tue Jan 16, 2024 10:02 am", dt.datetime(2024, 1, 16, 10, 2)),
    ],
)
def test_timestamp_shapes_on_a_page(stamp: str, expected: dt.date) -> None:
    text = f"Culture\n{stamp}\nPainter Ola Berg on colour\n\nMs Berg, why blue?\n\nIt calms me.\n"
    md = interviewparse.parse(text).metadata
    value = md.published
    if isinstance(value, dt.datetime):
        value = value.replace(second=0, tzinfo=None)
    assert value == expected
    assert md.title == "Painter Ola Berg on colour"


def test_title_without_timestamp_printed_twice() -> None:
    text = (
        "Menu\nSearch\n"
        "Night trains return to the north line\n"
        "Night trains return to the north line\n\n"
        "The first sleeper train in ten years left the capital on Friday evening.\n"
    )
    page = interviewparse.parse(text)
    assert page.metadata.title == "Night trains return to the north line"
    # the headline's line is metadata; its copy is furniture, as real pages' gold reads it
    assert [m.line for m in page.metadata.lines] == [2]
    assert [(b.line, b.rule) for b in page.boilerplate if b.line == 3] == [(3, "repeated-title")]
    assert page.metadata.published is None


def test_title_wrapped_over_two_lines() -> None:
    text = (
        "10 May 2024\n"
        "A long headline about the harbour that the site\n"
        "wraps onto a second line\n\n"
        "The harbour board met on Thursday and agreed the budget.\n"
    )
    page = interviewparse.parse(text)
    assert page.metadata.title == (
        "A long headline about the harbour that the site wraps onto a second line")
    assert [m.line for m in page.metadata.lines] == [0, 1, 2]


def test_interviewer_and_interviewee_from_labels_and_byline() -> None:
    text = (
        "Interview by Petra Holm\n\n"
        "Anna Berg: How did the season go?\n"
        "Jon Dahl: Better than we feared.\n"
        "A.Berg: And next year?\n"
        "J.Dahl: Two new boats.\n"
    )
    md = interviewparse.parse(text).metadata
    assert (md.interviewer, md.interviewee) == ("Anna Berg", "Jon Dahl")
    assert md.byline == "Petra Holm"


@pytest.mark.parametrize(
    ("headline", "interviewee"),
    [
        ("Садовник Павел Зуев: «Яблоням нужен ветер»", "Павел Зуев"),
        ("Иван Петрович Зуев: «Яблоням нужен ветер»", "Иван Петрович Зуев"),
        ("Агроном Ганна Мікалаеўна Лось: «Жыта ўзышло»", "Ганна Мікалаеўна Лось"),
        ('Harbour pilot Marta Lind: "Fog is the enemy"', "Marta Lind"),
        ('Mary Anne Smith: "We kept the lights on"', "Mary Anne Smith"),
    ],
)
def test_interviewee_from_headline_drops_a_job_title(headline: str, interviewee: str) -> None:
    page = interviewparse.parse(headline + "\n\n— Как дела?\n— Хорошо.\n— А урожай?\n— Будет.")
    assert page.metadata.title == headline
    assert page.metadata.interviewee == interviewee


def test_credit_verb_needs_a_capitalised_name_after_it() -> None:
    """"провел прямую линию" is a headline, not a credit line ("Беседу
    провел Иван Лось")."""
    text = (
        "Районная газета\n\nГлава района провел прямую линию с жителями\n"
        "Дата публикации: 12.03.2024 17:30\n\n— Когда починят дорогу?\n— Летом.\n"
        "— А автобус?\n— Уже ходит.\n\nБеседу провел Иван Лось\n"
    )
    page = interviewparse.parse(text)
    assert page.metadata.title == "Глава района провел прямую линию с жителями"
    assert [b.text for b in page.boilerplate if b.rule == "credit-line"] == [
        "Беседу провел Иван Лось"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Have a question for the harbour master? Write to us at letters@example.org.",
        "Маєте своє запитання? Пишіть нам у Viber або на пошту редакції.",
        "Есть вопрос к мэру? Присылайте свои вопросы на почту редакции.",
    ],
)
def test_reader_call_is_furniture(line: str) -> None:
    text = f"Q: When does the ferry leave?\nA: At nine.\nQ: And back?\nA: At five.\n\n{line}\n"
    page = interviewparse.parse(text)
    assert [(b.text, b.kind) for b in page.boilerplate] == [(line, "other")]
    assert page.boilerplate[0].rule in ("reader-call", "disclaimer")
    assert page.exchanges[-1].answer.text == "At five."


def test_published_from_the_dateline_in_the_banners_year() -> None:
    text = (
        "Wednesday, 6 March 2024\n\nBridge works end in June\n\n"
        "HOLMWICK, 4 March (Riverside Agency) – The old bridge reopens in summer.\n\n"
        "What state was the bridge in?\nBetter than we feared.\n\n"
        "When will it open?\nIn June, if the weather holds.\n"
    )
    page = interviewparse.parse(text)
    assert page.metadata.page_date == dt.date(2024, 3, 6)
    assert page.metadata.published == dt.date(2024, 3, 4)
    assert page.metadata.published_precision == "day"
    assert page.metadata.published_text == "4 March"
    december = text.replace("4 March", "28 December")  # the banner's year before
    assert interviewparse.parse(december).metadata.published == dt.date(2023, 12, 28)


def test_readers_comments_are_furniture() -> None:
    text = (
        "Q: How many bikes did you mend this year?\n"
        "A: Around four hundred, and most of them twice.\n\n"
        "Q: What breaks most?\nA: Gears. Always the gears.\n\n"
        "Comments (3)\nmarsh_rider\n2 May 2024, 10:02\n"
        "Great people. They fixed my chain for nothing.\nReply · Like (4)\n"
        "Does anyone know if they open on Sundays?\n"
    )
    page = interviewparse.parse(text)
    assert [ex.answer.text for ex in page.exchanges] == [
        "Around four hundred, and most of them twice.", "Gears. Always the gears."
    ]
    kinds = {b.text: (b.kind, b.rule) for b in page.boilerplate}
    assert kinds["Great people. They fixed my chain for nothing."] == ("other", "comment")
    assert kinds["Does anyone know if they open on Sundays?"] == ("other", "comment")
    assert page.trailing == [] and interviewparse.coverage(page, text) == []


def test_question_headline_over_a_byline_row_with_the_date() -> None:
    text = (
        "The Harbour Courier\nNews  Opinion  Sport\n\n"
        "Who decided the ferry should stop at nine?\n"
        "By Ines Harrow · 5 November 2024, 08:00\n"
        "Ines Harrow is a retired pilot and writes for the Courier every Tuesday.\n\n"
        "From January the last ferry leaves at nine. Nobody asked the night shift.\n"
    )
    page = interviewparse.parse(text)
    assert page.metadata.title == "Who decided the ferry should stop at nine?"
    assert page.metadata.published == dt.datetime(2024, 11, 5, 8, 0)
    bio = "Ines Harrow is a retired pilot and writes for the Courier every Tuesday."
    assert [(b.kind, b.rule) for b in page.boilerplate if b.text == bio] == [
        ("byline", "author-bio")
    ]


def test_weekday_date_under_the_headline_is_the_publication_date() -> None:
    text = (
        "STAINMOOR TOWN FC\nHome\nFixtures\n\nFirst Team News\n"
        "\"I want to be the reason we keep clean sheets\"\nThursday 14th November 2024\n\n"
        "Our new goalkeeper joined on Monday from a rival club.\n\n"
        "Q: How does it feel?\nA: Like coming home.\nQ: And the fans?\nA: Loud, which I love.\n"
    )
    page = interviewparse.parse(text)
    assert page.metadata.title == "\"I want to be the reason we keep clean sheets\""
    assert page.metadata.published == dt.date(2024, 11, 14)
    assert page.metadata.page_date is None


def test_practical_note_in_the_organisations_voice_is_trailing() -> None:
    text = (
        "Q: What keeps you going?\nA: The volunteers, every Saturday.\n"
        "Q: And next year?\nA: A second pantry, if the council agrees.\n\n"
        "If you or someone you know needs food support, call our helpline on "
        "0300 555 0199 (Monday to Friday, 9am to 4pm).\n"
    )
    page = interviewparse.parse(text)
    assert page.exchanges[-1].answer.text == "A second pantry, if the council agrees."
    assert [p.text[:20] for p in page.trailing] == ["If you or someone yo"]
