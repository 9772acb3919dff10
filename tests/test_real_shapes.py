# ruff: noqa: E501  (written pages, one paragraph a line)
"""Page shapes met on real sites, each on two small pages written for this
file that look like two different sites.

Every sentence here is invented; people, towns and outlets are fictional.
"""

from __future__ import annotations

import datetime as dt

import pytest

import interviewparse
from interviewparse import Interview


def boiler(i: Interview) -> dict[int, str]:
    return {b.line: b.kind for b in i.boilerplate}


def answer_lines(i: Interview) -> list[list[int]]:
    return [[p.line for p in e.answer.paragraphs] for e in i.exchanges]


def questions(i: Interview) -> list[str]:
    return [e.question.text for e in i.exchanges]


# ------------------------------------------------- 1. outlet and surname labels

OUTLET_A = """\
Home | News | Culture | Sport | Contact
Mara Olsen: "We rebuilt the mill with our own hands"
12 April 2024
Harbour Weekly: When did you first see the old mill?
Mara Olsen: I was nine. My grandfather walked me up the hill and told me the wheel had not turned since the war.
Harbour Weekly: Why did you decide to buy it?
Olsen: We had no bakery left in Lindvik, and I thought a mill without flour was a sad thing. So we borrowed money from half the village.
Harbour Weekly: What was the hardest part?
Olsen: The flood in the second spring. We lost the new floor and I nearly gave up.
Then the neighbours came with buckets and shovels, and by June we were milling again.
© 2024 Harbour Weekly. All rights reserved.
"""

OUTLET_B = """\
THE COURIER
Politics   Business   Arts   Opinion
"I never planned to run a theatre"
Published 5 November 2023
THE COURIER: How did the Riverside Theatre find you?
Tomas Brandt: By accident, really. I came to fix the lights for one evening and stayed for eleven years.
THE COURIER: What did the town think of your first season?
Brandt: They were polite, which is worse than angry. We played to forty people a night.
THE COURIER: Would you ever leave?
Brandt: Only if the roof falls in, and we have just repaired the roof.
About us · Privacy policy · Advertise
"""


@pytest.mark.parametrize(
    ("page", "outlet", "full", "short", "asked", "answers", "footer"),
    [
        (OUTLET_A, "Harbour Weekly", "Mara Olsen", "Olsen",
         ["When did you first see the old mill?", "Why did you decide to buy it?",
          "What was the hardest part?"], [[4], [6], [8, 9]], 10),
        (OUTLET_B, "THE COURIER", "Tomas Brandt", "Brandt",
         ["How did the Riverside Theatre find you?",
          "What did the town think of your first season?", "Would you ever leave?"],
         [[5], [7], [9]], 10),
    ],
    ids=["harbour-weekly", "courier"],
)
def test_outlet_asks_and_surname_answers(page: str, outlet: str, full: str, short: str,
                                         asked: list[str], answers: list[list[int]],
                                         footer: int) -> None:
    i = interviewparse.parse(page)
    assert i.format == "speaker-labels"
    assert questions(i) == asked
    assert [e.question.speaker for e in i.exchanges] == [outlet] * 3
    assert [e.answer.speaker for e in i.exchanges] == [full, short, short]
    assert answer_lines(i) == answers
    assert not any(e.answer.text.startswith((full, short)) for e in i.exchanges)
    assert (i.metadata.interviewer, i.metadata.interviewee) == (outlet, full)
    assert boiler(i)[0] == "nav"
    assert boiler(i)[footer] == "footer"


# ------------------------------------------------- 2. initials glued to the text

INITIALS_A = """\
Menu
Food & Drink | Travel | People
The cheesemaker of Hollin Cross
Interview by Ruth Cale
8 June 2024
For thirty years Martin Kell has made one cheese in one barn. Ruth Cale went to find out why.
RC Where did you learn the trade?
MK From my aunt. She kept six goats and a very bad temper, and I learned more from the temper than from the goats.
RC Why only one cheese?
MK Because we do it well. Every time we tried a second one, the first one suffered.
My wife says I am stubborn. I say the cows are stubborn and I only follow them.
RC What would you tell a young cheesemaker?
MK Be patient. I waited four years before anyone outside the valley bought a wheel.
Newsletter | Privacy | Terms
"""

INITIALS_B = """\
Home › Business › Small firms
TECH & TOOLS
"We started in a garage, like everyone says"
Published 21 February 2025
Tessa Jordan runs a small bicycle workshop in Eastmere. We met her between two repairs.
AB How did the workshop begin?
TJ We started in a garage behind my mother's house. I had two wrenches and one customer, my brother.
AB Who comes to you now?
TJ Students, mostly, and a few old men who have ridden the same bike since 1970. I like them best.
AB What breaks most often?
TJ Chains and patience. We fix the chains for free if you bring cake.
Contact us | Imprint
"""


@pytest.mark.parametrize(
    ("page", "asker", "answerer", "asked", "answers", "first"),
    [
        (INITIALS_A, "RC", "MK",
         ["Where did you learn the trade?", "Why only one cheese?",
          "What would you tell a young cheesemaker?"], [[7], [9, 10], [12]], "From my aunt."),
        (INITIALS_B, "AB", "TJ",
         ["How did the workshop begin?", "Who comes to you now?", "What breaks most often?"],
         [[6], [8], [10]], "We started in a garage"),
    ],
    ids=["cheesemaker", "bicycles"],
)
def test_initials_without_colon(page: str, asker: str, answerer: str, asked: list[str],
                                answers: list[list[int]], first: str) -> None:
    i = interviewparse.parse(page)
    assert i.format == "speaker-labels"
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert i.exchanges[0].answer.text.startswith(first)
    for e in i.exchanges:
        assert (e.question.speaker, e.answer.speaker) == (asker, answerer)
        assert not e.answer.text.startswith(answerer)
        assert not e.question.text.startswith(asker)


# ------------------------------------------------- 3. numbered questions

NUMBERED_A = """\
Kestrel Valley Gazette
News | Schools | Letters | Events
Five questions for the new head teacher
3 September 2024
Olivia Marsh takes over Brookfield Primary this week. We sent her five questions.
1) Why did you want to come to Brookfield?
I grew up two streets away and I still remember the smell of the library. When the post was advertised, I applied the same evening.
2) What will change first?
We will open the playground before school so that working parents can drop their children early.
3) What worries you?
The roof, honestly. We have buckets in two classrooms when it rains hard.
© Kestrel Valley Gazette 2024
"""

NUMBERED_B = """\
RUNNING NOTES
Races   Training   Gear   Podcast

Ten minutes with ultra-runner Paul Eze

Posted on 17 January 2025

1) How did you start running?

I started at forty, after my doctor told me to lose weight. I ran to the end of the street and had to sit down.

2) What is the longest race you have finished?

A hundred and sixty kilometres across the moors. I cried twice and ate eleven bananas.

3) Any advice for beginners?

Walk the hills. Nobody will think less of you, and you will still be running at the end.

Share this: Facebook | X | Email
"""


@pytest.mark.parametrize(
    ("page", "asked", "answers"),
    [
        (NUMBERED_A, ["1) Why did you want to come to Brookfield?", "2) What will change first?",
                      "3) What worries you?"], [[6], [8], [10]]),
        (NUMBERED_B, ["1) How did you start running?",
                      "2) What is the longest race you have finished?",
                      "3) Any advice for beginners?"], [[9], [13], [17]]),
    ],
    ids=["head-teacher", "ultra-runner"],
)
def test_numbered_questions(page: str, asked: list[str], answers: list[list[int]]) -> None:
    i = interviewparse.parse(page)
    assert i.format == "standalone-questions"
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert all(e.question.speaker is None for e in i.exchanges)


# ------------------------------------------------- 4. requests in the alternation

REQUEST_A = """\
Northfield Herald
Local | Farming | Weather | Obituaries
"The first winter nearly broke us"
10 December 2023
Anna and Piet Vos moved from the city to a sheep farm above Carrow five years ago.
Herald: Why did you leave the city?
Anna Vos: We were tired of the traffic and we wanted our children to see where food comes from.
Herald: Tell us about the first winter.
Anna Vos: It snowed for six weeks. We lost the power twice and I learned to milk by torchlight.
Herald: Describe an ordinary day on the farm now.
Anna Vos: We are up at five, the dogs first, then the sheep, then coffee. The children feed the hens before school.
Privacy policy | Contact us
"""

REQUEST_B = """\
CITY LIGHTS MAGAZINE
Music  |  Film  |  Books  |  Events
Jazz at the Blue Anchor: "We play for whoever walks in"
Friday, 2 August 2024
Q: How long has the band played at the Blue Anchor?
A: Twelve years this autumn. We started with three people in the audience, and one of them was the barman.
Q: Walk us through a typical Saturday night.
A: We meet at seven, argue about the set list, and then ignore it completely. I call the tunes from the piano.
Q: Finally, describe the Blue Anchor to someone who has never been.
A: It is small, warm and a little too loud. We would not change any of it.
© City Lights Magazine
"""


@pytest.mark.parametrize(
    ("page", "fmt", "asked", "answers"),
    [
        (REQUEST_A, "speaker-labels",
         ["Why did you leave the city?", "Tell us about the first winter.",
          "Describe an ordinary day on the farm now."], [[6], [8], [10]]),
        (REQUEST_B, "qa-labels",
         ["How long has the band played at the Blue Anchor?",
          "Walk us through a typical Saturday night.",
          "Finally, describe the Blue Anchor to someone who has never been."], [[5], [7], [9]]),
    ],
    ids=["sheep-farm", "jazz-club"],
)
def test_requests_without_question_mark(page: str, fmt: str, asked: list[str],
                                        answers: list[list[int]]) -> None:
    i = interviewparse.parse(page)
    assert i.format == fmt
    assert questions(i) == asked
    assert answer_lines(i) == answers


# ------------------------------------------------- 5. related block and comments

COMMENTS_A = """\
Westbay Echo
Home | News | Sport | Business | Comment
"We fish less, but we fish better"
Published 22 March 2024, 11:15
Harbour master Ines Duarte on quotas, storms and the young crews of Westbay.
Echo: How many boats still go out from Westbay?
Duarte: Fourteen, down from forty when I started. But we land better fish and we waste far less.
Echo: Are the young people staying?
Duarte: More than I expected. We trained six new deckhands last year and five of them are still here.
Echo: What keeps you in the job?
Duarte: The mornings. I open the harbour office at five and watch the boats come home.
Related articles
New lifeboat station opens at Westbay
Comments (2)
Gwen Tully: Lovely piece. My father fished out of Westbay for thirty years.
Sam R: The harbour wall has needed fixing since 2010, glad it is finally happening.
Old Salt: Ines is the best harbour master we have had.
"""

COMMENTS_B = """\
GREEN THUMB DAILY
Gardens · Allotments · Recipes · Shop
Interview: the rose grower of Millbridge
By Hannah Ferris | 6 July 2024
Q: How did you start growing roses?
A: My grandmother left me forty bushes and a notebook. I kept them alive out of guilt at first, and then out of love.
Q: What is the biggest mistake beginners make?
A: They water too much. I tell everyone to leave the hose in the shed for a week and see what happens.
Q: Which rose is your favourite?
A: An old pink climber with no name. We found it on a ruined wall near the church.
You might also like
How to save seeds from your tomatoes
3 comments
Daisy — 8 July 2024
Is the pink climber for sale anywhere? I would love a cutting.
Hannah Ferris — 8 July 2024
Daisy, the nursery in Millbridge sells them in spring. I bought two last year.
"""


@pytest.mark.parametrize(
    ("page", "answers", "related", "comments"),
    [
        (COMMENTS_A, [[6], [8], [10]], [11, 12], [13, 14, 15, 16]),
        (COMMENTS_B, [[5], [7], [9]], [10, 11], [12, 13, 14, 15, 16]),
    ],
    ids=["harbour", "roses"],
)
def test_furniture_ends_the_interview(page: str, answers: list[list[int]], related: list[int],
                                      comments: list[int]) -> None:
    i = interviewparse.parse(page)
    assert len(i.exchanges) == 3
    assert answer_lines(i) == answers
    kinds = boiler(i)
    assert [kinds.get(n) for n in related] == ["related"] * len(related)
    assert all(n in kinds for n in comments)
    assert i.trailing == []


# ------------------------------------------------- 6. pull quote between exchanges

PULL_A = """\
Dalebury Times
News | Arts | Food | Property
Sculptor Lena Roos: "Stone tells you when to stop"
19 October 2024
Lena Roos has carved the war memorial for her home town. We visited her studio above the quarry.
How long did the memorial take?
Almost two years. I spent the first six months only drawing, because I was afraid to touch the stone.
The quarry gave us the block for nothing. Stone tells you when to stop, and this one stopped me many times.
"Stone tells you when to stop, and this one stopped me many times."
Whose names are on it?
Ninety-one men and four women from the town. We checked every name with their families.
What are you working on now?
A bench for the school playground. It is smaller, and I am glad of it.
© Dalebury Times 2024 | Privacy | Contact
"""

PULL_B = """\
METRO SCIENCE
Space | Health | Climate | Tech
"We listen to the ice"
Published 30 January 2025
Glaciologist Arjun Mehta spent a winter on the Solberg ice cap.
Metro Science: What were you looking for up there?
Mehta: Cracks, mostly. We put microphones into the ice and listened to it move at night.
It sounds like a house settling, only much louder. You get used to it after a week, and then you miss it at home.
“You get used to it after a week, and then you miss it at home.”
Metro Science: How cold did it get?
Mehta: Minus forty-two on the worst night. We slept in our boots.
Metro Science: Would you go back?
Mehta: Next winter, if the funding comes through.
Terms of use | Privacy policy
"""


@pytest.mark.parametrize(
    ("page", "title", "quote", "answers"),
    [
        (PULL_A, 'Sculptor Lena Roos: "Stone tells you when to stop"', 8, [[6, 7], [10], [12]]),
        (PULL_B, '"We listen to the ice"', 8, [[6, 7], [10], [12]]),
    ],
    ids=["sculptor", "ice"],
)
def test_pull_quote_is_boilerplate(page: str, title: str, quote: int,
                                   answers: list[list[int]]) -> None:
    i = interviewparse.parse(page)
    assert i.metadata.title == title
    assert len(i.exchanges) == 3
    assert answer_lines(i) == answers
    assert boiler(i).get(quote) == "other"
    assert i.trailing == []


# ------------------------------------------------- 7. headline printed twice

TWICE_A = """\
Eastmoor Post
News | Sport | What's On | Jobs
A night shift with the last lamplighter of Eastmoor
A night shift with the last lamplighter of Eastmoor
14 February 2024
Every evening Colm Reddy lights the forty gas lamps of the old town by hand.
Post: How did you get the job?
Reddy: I answered an advert in 1989. They wanted someone with a ladder and no fear of heights, and I had both.
Post: Do people still notice the lamps?
Reddy: The tourists do. The locals only notice when one goes out, and then they phone me at midnight.
Post: What happens when you retire?
Reddy: The council says the lamps stay. I am training my nephew, and he is better on the ladder than I am.
© Eastmoor Post | Contact us
"""

TWICE_B = """\
Home > Culture > Books > The librarian who reads to prisoners
The librarian who reads to prisoners
Wednesday 9 October 2024
Interview: Samuel Okafor
Q: How did the reading group in Harlow prison begin?
A: A warden asked me for books in 2019. I brought twenty, and I stayed to read one aloud because nobody wanted to start.
Q: What do the men choose to read?
A: Adventure, mostly, and poetry, which surprised me. We read the same poem three weeks in a row once.
Q: What do you need now?
A: More volunteers and more large-print books. We have plenty of goodwill.
Share | Print | Email
"""


@pytest.mark.parametrize(
    ("page", "title", "copies", "first"),
    [
        (TWICE_A, "A night shift with the last lamplighter of Eastmoor", {2, 3}, 6),
        (TWICE_B, "The librarian who reads to prisoners", {0, 1}, 4),
    ],
    ids=["lamplighter", "breadcrumb"],
)
def test_headline_printed_twice(page: str, title: str, copies: set[int], first: int) -> None:
    i = interviewparse.parse(page)
    assert i.metadata.title == title
    (head,) = [m.line for m in i.metadata.lines if m.kind == "title"]
    assert head in copies
    (copy,) = copies - {head}
    assert copy in boiler(i)
    assert len(i.exchanges) == 3
    assert i.exchanges[0].question.line == first
    assert all(p.line not in copies for p in i.lead)


# ------------------------------------------------- 8. glued date lines

GLUED_A = """\
Riverside Chronicle
News | Business | Sport | Opinion
"We opened the first repair café in the county"
14 May 2024 | 09:30
Retired engineer Gordon Pike fixes toasters, lamps and radios for free every Saturday.
Chronicle: Why a repair café?
Pike: Because I was tired of seeing good kettles in skips. Most of them only need a new fuse.
Chronicle: What can you not fix?
Pike: Printers. We have given up on printers.
Chronicle: Who helps you?
Pike: Six volunteers, and my wife, who runs the tea urn and keeps us all in order.
© 2024 Riverside Chronicle
"""

GLUED_B = """\
OPEN ROAD
Cars · Bikes · Travel · Reviews
Meet the woman who drives the night bus to Carrick
By Ann Lee, 3 March 2025
For eleven years Dora Finch has driven the last bus out of the city.
Q: What is the night route like?
A: Quiet until midnight, then everyone at once. I know most of my regulars by name.
Q: Have you ever been frightened?
A: Once, in a snowstorm on the moor road. We waited three hours for the plough and I sang to the passengers.
Q: What do you do on your nights off?
A: I sleep, mostly. My husband says I am the only person he knows who has breakfast at four in the afternoon.
Follow us on Facebook and Instagram
"""


@pytest.mark.parametrize(
    ("page", "published"),
    [(GLUED_A, dt.datetime(2024, 5, 14, 9, 30)), (GLUED_B, dt.date(2025, 3, 3))],
    ids=["pipe-time", "byline-date"],
)
def test_date_glued_to_time_or_byline(page: str, published: dt.date) -> None:
    i = interviewparse.parse(page)
    assert i.metadata.published == published
    assert type(i.metadata.published) is type(published)
    assert [m.line for m in i.metadata.lines if m.kind == "published"] == [3]
    assert [p.line for p in i.lead] == [4]
    assert len(i.exchanges) == 3


# ------------------------------------------------- 9. pages that are no interview

EXPLAINER_A = """\
Home | Money | Housing | Energy
Heat pumps explained: what you need to know before you buy
Updated 4 November 2024
What is a heat pump?
A heat pump moves warmth from the air or the ground into a house. It works like a fridge in reverse.
Most models sold in the county are air-source pumps, which sit outside in a metal box.
How much does one cost?
Prices for a typical three-bedroom house range from eight to twelve thousand pounds, including fitting.
Grants of up to five thousand pounds are available from the council until the end of next year.
Does it work in cold weather?
Modern pumps keep working at minus fifteen degrees, although they become less efficient as it gets colder.
Installers recommend larger radiators in older houses so that the water can run cooler.
© Valley Money Guide 2024
"""

EXPLAINER_B = """\
GARDEN HELP DESK
Plants · Pests · Tools · Ask an expert
Box tree moth: a guide for gardeners
Published 2 May 2024
Where did the moth come from?
The box tree moth arrived in Europe in plant shipments around 2007. It has since spread to most of the lowlands.
The caterpillars feed on box hedges and can strip a plant in a few weeks.
How can you spot it?
Look for webbing inside the hedge and for green caterpillars with black stripes.
Brown patches appear in late spring and again in late summer, when a second generation hatches.
What can be done?
Picking the caterpillars off by hand works for small hedges. Pheromone traps show when the adults fly.
Some gardeners replace box with yew or holly, which the moth does not eat.
Newsletter | Privacy | Contact
"""

TEASERS_A = """\
THE DAILY LANTERN
World · Nation · Science · Sport
Today's top stories
Will the Carrow bridge be finished before winter?
Engineers say the final span is three weeks behind schedule.
Can the town keep its last cinema open?
Volunteers plan a weekend of films to raise money for the roof.
Who will replace the retiring mayor?
Three candidates have put their names forward so far.
Privacy | Terms | Cookies
"""

TEASERS_B = """\
Sport | Football | Cricket | Rugby | Tennis
Latest from the ground
Can Redford United survive the drop?
Three games left and four points from safety.
Is this the end for the county's veteran bowler?
A shoulder injury has kept him out since April.
Should the stadium get a new roof?
Fans have signed a petition, but the council is not convinced.
© 2024 Kingsmoor Sport
"""

FOOT_A = """\
Harwick Mercury
News | Sport | Community | Contact
New footbridge opens over the Harwick canal
12 August 2024
A new footbridge over the Harwick canal opened on Saturday, ending a two-mile walk for families on the east bank.
The bridge cost four hundred thousand pounds and was paid for by the council and a local building society.
Work on a second crossing near the lock is expected to begin next spring.
Do you have a story for us?
Write to news@harwickmercury.example or call the newsdesk on 01234 567890.
© Harwick Mercury 2024
"""

FOOT_B = """\
Lowfield Today
Home | Local | Schools | Weather
School choir wins regional title
By Megan Holt, 27 June 2024
The choir of St Anne's Primary in Lowfield has won the regional schools competition for the first time.
Thirty-two pupils sang three songs, including a piece written by their music teacher.
Have you got a story from your school?
Send it with a photo to schools@lowfieldtoday.example and we will be in touch.
Terms | Privacy | Cookies
"""


@pytest.mark.parametrize(
    "page",
    [EXPLAINER_A, EXPLAINER_B, TEASERS_A, TEASERS_B, FOOT_A, FOOT_B],
    ids=["explainer-heat-pumps", "explainer-moth", "teasers-news", "teasers-sport",
         "foot-story-tip", "foot-school-story"],
)
def test_not_an_interview(page: str) -> None:
    i = interviewparse.parse(page)
    assert i.format == "not-an-interview"
    assert i.exchanges == []


# ------------------------------------------------- 10. a bare Q/A text

BARE_EN = """\
Q: When does the swimming pool in Ashby reopen?
A: On the first of June. We have replaced the tiles and the heating, and I think the water has never been so warm.
Q: Will prices go up?
A: Only for adults, by fifty pence. Children still swim for free on Sundays.
"""

BARE_DE = """\
Frage: Warum haben Sie die Bäckerei in Lindenau übernommen?

Antwort: Weil sonst niemand sie wollte. Mein Vater hat hier vierzig Jahre gebacken, und ich wollte nicht, dass die Öfen kalt werden.

Frage: Was backen Sie am liebsten?

Antwort: Roggenbrot mit Kümmel. Wir verkaufen jeden Morgen achtzig Laibe davon.
"""


@pytest.mark.parametrize(
    ("page", "asked", "answers"),
    [
        (BARE_EN, ["When does the swimming pool in Ashby reopen?", "Will prices go up?"],
         [[1], [3]]),
        (BARE_DE, ["Warum haben Sie die Bäckerei in Lindenau übernommen?",
                   "Was backen Sie am liebsten?"], [[2], [6]]),
    ],
    ids=["pool", "baeckerei"],
)
def test_two_qa_exchanges_alone(page: str, asked: list[str], answers: list[list[int]]) -> None:
    i = interviewparse.parse(page)
    assert i.format == "qa-labels"
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert (i.lead, i.trailing, i.boilerplate) == ([], [], [])
    assert i.exchanges[0].answer.text.startswith(("On the first", "Weil sonst"))
