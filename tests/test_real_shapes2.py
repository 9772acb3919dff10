# ruff: noqa: E501  (written pages, one paragraph a line)
"""More page shapes met on real sites, each on two small pages written for
this file that look like two different sites.

Every sentence here is invented; people, towns and outlets are fictional.
"""

from __future__ import annotations

import pytest
from test_real_shapes import answer_lines, boiler, questions

import interviewparse
from interviewparse import Interview


def exchange_lines(i: Interview) -> set[int]:
    return {p.line for e in i.exchanges for t in (e.question, e.answer) for p in t.paragraphs}


# ------------------------------------------------- 1. a gallery: caption twice, each over a credit

GALLERY_A = """\
Lakeside Post
Home | Region | Economy | Culture | Sport
Ferry captain Ines Holm: "The lake decides, not the timetable"
14.05.2024, 09:15
The new ferry Marta leaves the harbour of Tervik on its first trip.
Photo: Jonas Pell, Lakeside Post
The new ferry Marta leaves the harbour of Tervik on its first trip.
Photo: Jonas Pell, Lakeside Post
Ines Holm has steered ferries across Lake Tervik for twenty-two years. This spring she took over the new electric boat.
Lakeside Post: How does the new ferry feel at the wheel?
Ines Holm: Quieter than anything I have driven. On the first morning I kept listening for an engine that was not there.
Lakeside Post: Were the passengers nervous?
Ines Holm: A few older men asked where the smoke was. I told them it had retired.
Lakeside Post: What will you miss about the old boat?
Ines Holm: The smell of diesel, strangely. And the bell, which we gave to the school.
Share: Facebook | X | Email
© 2024 Lakeside Post
"""

GALLERY_B = """\
ВЕСТИ ПРИОЗЁРЬЯ
Главная / Новости / Общество / Культура / Спорт / Контакты
Директор музея Ольга Веснина: «Мы храним не вещи, а голоса»
17 марта 2024 г., 10:42
В Заречинске после ремонта открылся краеведческий музей. Мы поговорили с его директором.
Посетители рассматривают старые фотографии в зале краеведческого музея.
Фото: Игорь Санин, «Вести Приозёрья»
Посетители рассматривают старые фотографии в зале краеведческого музея.
Фото: Игорь Санин, «Вести Приозёрья»
— Ольга Петровна, сколько длился ремонт?
— Почти два года. Мы вывезли все экспонаты в школу и работали прямо в спортзале.
— Что изменилось в экспозиции?
— Появился зал, где можно послушать записи старожилов. Люди приходят и узнают голоса своих бабушек.
— Кто чаще всего приходит к вам?
— Школьники и пенсионеры, а по выходным целые семьи.
Поделиться: ВКонтакте | Одноклассники | Telegram
© 2024 Вести Приозёрья. Все права защищены.
"""


@pytest.mark.parametrize(
    ("page", "fmt", "title", "caption", "copies", "credits", "lead", "asked", "answers"),
    [
        (GALLERY_A, "speaker-labels", 'Ferry captain Ines Holm: "The lake decides, not the timetable"',
         "The new ferry Marta leaves the harbour of Tervik on its first trip.", [4, 6], [5, 7], [8],
         ["How does the new ferry feel at the wheel?", "Were the passengers nervous?",
          "What will you miss about the old boat?"], [[10], [12], [14]]),
        (GALLERY_B, "dash-dialogue", "Директор музея Ольга Веснина: «Мы храним не вещи, а голоса»",
         "Посетители рассматривают старые фотографии в зале краеведческого музея.", [5, 7], [6, 8], [4],
         ["Ольга Петровна, сколько длился ремонт?", "Что изменилось в экспозиции?",
          "Кто чаще всего приходит к вам?"], [[10], [12], [14]]),
    ],
    ids=["ferry-en", "museum-ru"],
)
def test_gallery_caption_printed_twice(page: str, fmt: str, title: str, caption: str,
                                       copies: list[int], credits: list[int], lead: list[int],
                                       asked: list[str], answers: list[list[int]]) -> None:
    i = interviewparse.parse(page)
    assert i.format == fmt
    assert i.metadata.title == title
    for line in copies + credits:
        assert boiler(i).get(line) == "caption"
    assert i.metadata.captions.count(caption) == 2
    assert [p.line for p in i.lead] == lead
    assert questions(i) == asked
    assert answer_lines(i) == answers


# ------------------------------------------------- 2. a caption ending with the agency in capitals

AGENCY_A = """\
Morning Star Online
News | World | Business | Sport | Video
Why does a small town need a bridge this big?
By Helen Marr
22/03/2024 11:05
The mayor opens the new bridge over the Arden river on Friday. AFP
Mayor Colin Breck answers the questions our readers sent us this week.
Morning Star: Why did the bridge cost twice the first estimate?
Colin Breck: Steel prices doubled in the year we signed. We could stop halfway or finish it, and I chose to finish it.
Morning Star: Who will pay the toll?
Colin Breck: Nobody who lives here. Residents cross for free, and only lorries from outside pay.
Morning Star: Was it worth it?
Colin Breck: Ask me in ten years. Today I can tell you that the ambulance reaches Eastbank in six minutes instead of twenty.
© 2024 Morning Star Online
"""

AGENCY_B = """\
Rheintal-Anzeiger
Startseite › Region › Wirtschaft
Wie lange hält die alte Brücke noch?
Von Jana Kölbel
Montag, 04.03.2024 – 16:20 Uhr
Bauarbeiter prüfen die Pfeiler der Lindenbrücke in Hagenau am Montag. DPA
Die Lindenbrücke ist seit dem Winter für Lastwagen gesperrt. Wir haben den Bauingenieur Lukas Ferber gefragt, was jetzt passiert.
Herr Ferber, wie schlimm steht es um die Brücke?
Nicht so schlimm, wie viele glauben. Die Pfeiler sind gesund, aber zwei Lager sind verrostet.
Wann können die Lastwagen wieder fahren?
Wenn alles gut geht, im Herbst. Wir müssen die Lager austauschen, und das geht nur bei niedrigem Wasser.
Warum hat man so lange damit gewartet?
Das Geld war lange für andere Projekte verplant. Ich sage das ohne Vorwurf, so funktioniert eine Gemeinde eben.
Impressum | Datenschutz | Kontakt
"""


@pytest.mark.parametrize(
    ("page", "fmt", "title", "caption", "asked", "answers"),
    [
        (AGENCY_A, "speaker-labels", "Why does a small town need a bridge this big?", 5,
         ["Why did the bridge cost twice the first estimate?", "Who will pay the toll?",
          "Was it worth it?"], [[8], [10], [12]]),
        pytest.param(
            AGENCY_B, "standalone-questions", "Wie lange hält die alte Brücke noch?", 5,
            ["Herr Ferber, wie schlimm steht es um die Brücke?", "Wann können die Lastwagen wieder fahren?",
             "Warum hat man so lange damit gewartet?"], [[8], [10], [12]]),
    ],
    ids=["bridge-afp-en", "bruecke-dpa-de"],
)
def test_caption_ending_with_agency(page: str, fmt: str, title: str, caption: int,
                                    asked: list[str], answers: list[list[int]]) -> None:
    i = interviewparse.parse(page)
    lines = page.splitlines()
    assert i.format == fmt
    assert i.metadata.title == title
    assert boiler(i).get(caption) == "caption"
    assert lines[caption] in i.metadata.captions
    assert [p.line for p in i.lead] == [caption + 1]
    assert questions(i) == asked
    assert answer_lines(i) == answers


# ------------------------------------------------- 3. a long disclaimer after the last answer

DISCLAIMER_A = """\
THE LEDGER
Markets · Personal finance · Crypto · Podcasts
"Nobody rings a bell at the top"
March 8, 2024 at 7:30 a.m.
Fund manager Priya Osei has run the Harwick Value Fund since 2009. We asked her where she finds cheap shares today.
Q: Are shares expensive right now?
A: Some are very expensive, most are not. The average hides a handful of giants.
Q: Where do you look for value?
A: In boring places. Water companies, small insurers, firms that make screws.
Q: What is the biggest mistake private investors make?
A: Selling in a panic. The worst days and the best days come close together, and if you leave, you miss both.
Disclaimer: This interview is for information only and does not constitute investment advice or an offer to buy or sell any security. The views expressed are those of the interviewee and may not reflect the views of The Ledger or its owners. Past performance is no guide to future returns, and the value of investments can fall as well as rise. Readers should seek independent advice before making any financial decision.
Subscribe to The Ledger newsletter
© 2024 The Ledger Media Ltd.
"""

DISCLAIMER_B = """\
Gesundheit heute
Startseite | Ernährung | Fitness | Medizin | Ratgeber
Ernährungsberaterin Katrin Moll: „Zucker ist kein Gift, aber auch kein Freund“
veröffentlicht am 12.02.2024
Gesundheit heute: Frau Moll, wie viel Zucker ist zu viel?
Katrin Moll: Das hängt vom Menschen ab. Für die meisten Erwachsenen sind ein paar Löffel am Tag kein Problem.
Gesundheit heute: Sind Süßstoffe die bessere Wahl?
Katrin Moll: Nicht unbedingt. Wer sich an den süßen Geschmack gewöhnt, greift später trotzdem zur Schokolade.
Gesundheit heute: Was empfehlen Sie Eltern?
Katrin Moll: Kein Verbot, sondern feste Zeiten. Kinder essen ruhiger, wenn sie wissen, dass es am Sonntag Kuchen gibt.
Haftungsausschluss: Die Inhalte dieses Artikels dienen ausschließlich der allgemeinen Information und ersetzen keine persönliche Beratung durch eine Ärztin, einen Arzt oder eine andere qualifizierte Fachkraft. Die Redaktion übernimmt keine Haftung für Schäden, die aus der Anwendung der hier gegebenen Hinweise entstehen. Bei gesundheitlichen Beschwerden wenden Sie sich bitte immer an Ihre Hausarztpraxis oder an den ärztlichen Bereitschaftsdienst in Ihrer Region.
Teilen: Facebook | WhatsApp | E-Mail
Impressum · Datenschutz · AGB
"""


@pytest.mark.parametrize(
    ("page", "fmt", "title", "asked", "answers", "disclaimer"),
    [
        pytest.param(
            DISCLAIMER_A, "qa-labels", '"Nobody rings a bell at the top"',
            ["Are shares expensive right now?", "Where do you look for value?",
             "What is the biggest mistake private investors make?"], [[6], [8], [10]], 11),
        pytest.param(
            DISCLAIMER_B, "speaker-labels", "Ernährungsberaterin Katrin Moll: „Zucker ist kein Gift, aber auch kein Freund“",
            ["Frau Moll, wie viel Zucker ist zu viel?", "Sind Süßstoffe die bessere Wahl?",
             "Was empfehlen Sie Eltern?"], [[5], [7], [9]], 10),
    ],
    ids=["ledger-en", "gesundheit-de"],
)
def test_long_disclaimer_after_last_answer(page: str, fmt: str, title: str, asked: list[str],
                                           answers: list[list[int]], disclaimer: int) -> None:
    assert len(page.splitlines()[disclaimer].split()) >= 50
    i = interviewparse.parse(page)
    assert i.format == fmt
    assert i.metadata.title == title
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert boiler(i).get(disclaimer) == "other"
    assert disclaimer not in {p.line for p in i.trailing}
    assert boiler(i).get(len(page.splitlines()) - 1) == "footer"


# ------------------------------------------------- 4. a wall of furniture, then teasers asking "?"

WALL_A = """\
Valley Voice
Home | Local | Opinion | Lifestyle | Jobs
Beekeeper Sam Ortiz: "The bees taught me to slow down"
2024-06-11 08:00
Sam Ortiz keeps forty hives on the slopes above Millbrook. We visited him at the start of the honey season.
How did you start keeping bees?
A swarm landed in my apple tree twelve years ago. A neighbour lent me a box, and I never gave it back.
What does a good year look like for you?
Warm nights and rain in May. Then the lime trees flower all at once and the hives get so heavy I can barely lift them.
Are you worried about the bees?
Yes, but not for the reasons people think. The mites are the real trouble, and the wet summers.
Disclaimer: the views expressed in this interview are the interviewee's own.
Editor: Laura Quint
0 comments
Log in | Register
Share
More stories >>
Can the old cinema on Mill Street be saved?
A group of residents wants to buy the building and run it as a cooperative.
2024-06-10 17:45
Will the bus to Eastfield run on Sundays?
The council will decide next month after a survey of passengers.
2024-06-09 12:30
Is this the best bakery in the valley?
Readers voted for a small shop behind the church in Upper Millbrook.
2024-06-08 09:10
"""

WALL_B = """\
Il Corriere di Valmora
Home - Cronaca - Politica - Sport - Cultura - Meteo
La pasticcera Giulia Renzi: «Il segreto è la pazienza»
11/06/2024 - 08:00
Giulia Renzi ha aperto la sua pasticceria a Borgo San Vito tre anni fa. Oggi la coda arriva fino alla piazza.
Come le è venuta l'idea della pasticceria?
Dalla ricetta di mia nonna per i cantucci. Li facevo per gli amici, poi gli amici hanno cominciato a pagarmi.
Qual è il dolce che le chiedono di più?
La torta di ricotta e pere. La domenica mattina ne sforniamo venti e a mezzogiorno sono finite.
Ha mai pensato di aprire un secondo negozio?
Ci penso ogni giorno e ogni giorno decido di no. Voglio stare in laboratorio, non in ufficio.
Avvertenza: le opinioni espresse in questa intervista sono dell'intervistata.
Redattore: Marco Bellini
0 commenti
Accedi | Registrati
Condividi
Altre notizie >>
Quando riapre la piscina comunale di Valmora?
I lavori di ristrutturazione sono quasi finiti, secondo il Comune.
10/06/2024 - 18:20
Perché il mercato del sabato cambia piazza?
La giunta vuole liberare il centro storico per i lavori alla fontana.
09/06/2024 - 11:05
Chi vincerà il palio di quest'anno?
Le contrade si preparano tra allenamenti notturni e grandi cene.
08/06/2024 - 20:40
"""


@pytest.mark.parametrize(
    ("page", "asked", "answers", "wall"),
    [
        pytest.param(
            WALL_A, ["How did you start keeping bees?", "What does a good year look like for you?",
                     "Are you worried about the bees?"], [[6], [8], [10]], 11),
        pytest.param(
            WALL_B, ["Come le è venuta l'idea della pasticceria?", "Qual è il dolce che le chiedono di più?",
                     "Ha mai pensato di aprire un secondo negozio?"], [[6], [8], [10]], 11,
            marks=pytest.mark.xfail(strict=True, reason="not-an-interview: the Italian Lei-form questions among the "
                                    "furniture are not evidence enough (lines 2-10 alone, without "
                                    "masthead, menu or wall, are found as 3 exchanges)")),
    ],
    ids=["bees-en", "pasticceria-it"],
)
def test_teasers_after_a_wall_are_no_exchanges(page: str, asked: list[str],
                                               answers: list[list[int]], wall: int) -> None:
    i = interviewparse.parse(page)
    n = len(page.splitlines())
    assert i.format == "standalone-questions"
    assert len(i.exchanges) == 3
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert [p.line for p in i.lead] == [4]
    assert boiler(i).get(wall) == "other"
    assert i.trailing == []
    assert set(range(wall, n)) <= set(boiler(i))


# ------------------------------------------------- 5. a standfirst that lost its stop; a teaser ending "more"

STANDFIRST_A = """\
Capital Review
Politics | Economy | World | Ideas | Podcasts
"Schools cannot wait for the next budget"
Wed 13 Mar 2024 14:20 GMT
Teachers in Norbury have threatened to strike before the summer. The education minister defended her plans on Monday. Anna Berg in conversation with Tom Lenz
Tom Lenz: Minister, why should teachers trust you this time?
Anna Berg: Because the money is already in the budget. I am not promising, I am reporting.
Tom Lenz: The union says the pay rise is eaten by inflation. Are they wrong?
Anna Berg: They are right about last year. This year the rise is higher than prices, for the first time in a decade.
Parents are asking what a strike would mean for exams. Our explainer has all the answers here. more
Tom Lenz: What happens to the small village schools?
Anna Berg: None will close while I am minister. Some will share a head teacher, and that is a different thing.
Newsletter · Contact · Privacy
"""

STANDFIRST_B = """\
Der Heidebote
Lokales | Politik | Sport | Kultur | Service
„Wir bauen keine Autobahn durch den Wald“
13.03.2024, 18:45 Uhr
Der Streit um die Umgehungsstraße von Ellerbach wird lauter. Verkehrsministerin Sabine Hork verteidigte ihre Pläne am Montag im Landtag. Mit ihr sprach Jonas Weidner
Frau Hork, warum braucht Ellerbach überhaupt eine Umgehung?
Weil jeden Tag elftausend Autos durch die Hauptstraße fahren. Die Kinder gehen dort zur Schule.
Die Naturschützer sagen, die Trasse zerschneidet den Wald. Haben sie recht?
Sie zerschneidet einen Fichtenforst, der ohnehin stirbt. Wir pflanzen doppelt so viele Bäume nach.
Die Bürgerinitiative hat bereits viertausend Unterschriften gesammelt. Alle Karten und Pläne zur Trasse finden Sie hier. mehr
Wann beginnen die Bauarbeiten?
Frühestens 2026. Vorher müssen die Gerichte entscheiden, und das dauert.
Impressum | Datenschutz | Kontakt
"""


@pytest.mark.parametrize(
    ("page", "fmt", "title", "asked", "answers", "teaser"),
    [
        pytest.param(
            STANDFIRST_A, "speaker-labels", '"Schools cannot wait for the next budget"',
            ["Minister, why should teachers trust you this time?",
             "The union says the pay rise is eaten by inflation. Are they wrong?",
             "What happens to the small village schools?"], [[6], [8], [11]], 9),
        pytest.param(
            STANDFIRST_B, "standalone-questions", "„Wir bauen keine Autobahn durch den Wald“",
            ["Frau Hork, warum braucht Ellerbach überhaupt eine Umgehung?",
             "Die Naturschützer sagen, die Trasse zerschneidet den Wald. Haben sie recht?",
             "Wann beginnen die Bauarbeiten?"], [[6], [8], [11]], 9),
    ],
    ids=["schools-en", "umgehung-de"],
)
def test_standfirst_without_stop_is_lead(page: str, fmt: str, title: str, asked: list[str],
                                         answers: list[list[int]], teaser: int) -> None:
    i = interviewparse.parse(page)
    assert i.format == fmt
    assert i.metadata.title == title
    assert [p.line for p in i.lead] == [4]
    assert 4 not in boiler(i)
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert teaser in boiler(i)
    assert teaser not in exchange_lines(i)


# ------------------------------------------------- 6. German quotes closing after the stop

QUOTES_A = """\
Ahrtal-Rundschau
Nachrichten | Region | Wirtschaft | Sport | Kultur
Nach der Flut: „Wir hatten nur noch die Schlüssel“
Veröffentlicht: 14.07.2024, 06:00 Uhr
Drei Jahre nach dem Hochwasser hat Helga Lenz ihren Schreibwarenladen in Bachrode wieder eröffnet. Ein Gespräch über Schlamm, Nachbarn und Neuanfänge.
Frau Lenz, wie haben Sie die Nacht erlebt, in der das Wasser kam?
Wir saßen mit den Kindern auf dem Dachboden und haben gezählt, wie viele Stufen noch trocken sind. Irgendwann hat meine Tochter gefragt, ob wir sterben müssen, und ich habe ihr gesagt: „Nein, morgen früh holt uns jemand ab.“
Helga Lenz schweigt einen Moment. Dann erzählt sie von ihrer Mutter, die im Krieg schon einmal alles verloren hatte: „Sie hat mich am Telefon nur gefragt, ob wir leben, und dann sagte sie: ‚Alles wird gut.‘“
Wann war Ihnen klar, dass Sie den Laden wieder aufmachen?
Als die ersten Kunden vor der Tür standen, obwohl noch gar keine Tür da war. Sie wollten Schulhefte kaufen.
Was ist heute anders als vor der Flut?
Ich habe weniger Ware und mehr Zeit für die Leute. Und ich lege nichts mehr in den Keller.
Impressum | Datenschutz | Cookie-Einstellungen
"""

QUOTES_B = """\
Das Lindenblatt
Politik / Meinung / Wirtschaft / Wissen / Kultur / Sport
Bergführer Anton Raich: »Der Berg verzeiht nichts«
Sonntag, 21.04.2024, 09.30 Uhr
Anton Raich führt seit dreißig Jahren Gäste auf die Gipfel der Zillerwand. Im Winter hat er zum ersten Mal eine Tour abgebrochen, die er nie hätte beginnen dürfen.
Herr Raich, wann haben Sie gemerkt, dass das Wetter umschlägt?
Zu spät, ehrlich gesagt. Der Himmel war blau, aber der Wind hatte sich gedreht, und das habe ich überhört.
Was haben Sie dann gemacht?
Ich habe die Gruppe angeseilt und gesagt: »Wir gehen zurück, sofort.«
Zwei der Gäste wollten weiter, erzählt Raich. Einer von ihnen, ein Arzt aus Lübbendorf, rief ihn im Frühjahr an und wiederholte nur den Satz vom Grat: »Sie haben damals gesagt: ›Umkehren ist keine Schande.‹«
Würden Sie die Tour heute wieder abbrechen?
Jedes Mal. Ein Gipfel ist in zehn Jahren noch da, der Gast vielleicht nicht.
Haben Sie Angst vor dem nächsten Winter?
Respekt. Angst hatte ich nur an diesem einen Tag.
Teilen: Facebook | X | E-Mail
© Das Lindenblatt 2024 – Alle Rechte vorbehalten
"""


@pytest.mark.parametrize(
    ("page", "title", "asked", "answers", "narrative"),
    [
        (QUOTES_A, "Nach der Flut: „Wir hatten nur noch die Schlüssel“",
         ["Frau Lenz, wie haben Sie die Nacht erlebt, in der das Wasser kam?",
          "Wann war Ihnen klar, dass Sie den Laden wieder aufmachen?",
          "Was ist heute anders als vor der Flut?"], [[6, 7], [9], [11]], 7),
        (QUOTES_B, "Bergführer Anton Raich: »Der Berg verzeiht nichts«",
         ["Herr Raich, wann haben Sie gemerkt, dass das Wetter umschlägt?",
          "Was haben Sie dann gemacht?", "Würden Sie die Tour heute wieder abbrechen?",
          "Haben Sie Angst vor dem nächsten Winter?"], [[6], [8, 9], [11], [13]], 9),
    ],
    ids=["flut-low-quotes", "bergfuehrer-guillemets"],
)
def test_german_quote_closing_after_stop(page: str, title: str, asked: list[str],
                                         answers: list[list[int]], narrative: int) -> None:
    i = interviewparse.parse(page)
    assert i.format == "standalone-questions"
    assert i.metadata.title == title
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert narrative not in boiler(i)
    assert page.splitlines()[narrative] in [e.answer.paragraphs[-1].text for e in i.exchanges]
    assert i.trailing == []


# ------------------------------------------------- 7. an embedded post with its signature line

POST_A = """\
PITCHSIDE
Football | Cricket | Rugby | Tennis | More
"I read every message, even the cruel ones"
By Dan Foley
Monday 4 March 2024 18:02
Winger Kofi Adjei scored twice on Saturday and then posted a thank-you that went around the world.
Q: What did you feel when the second goal went in?
A: Nothing, for about three seconds. Then I heard my mother screaming from the stand and I knew it was real.
Q: Why did you post about your old coach afterwards?
A: Because he drove me to training for six years and never took a penny for petrol.
Two goals for the man who drove me to every session in a rusty van. This one is yours, Coach Mensah pic.twitter.com/xK3pQ9vL
— Kofi Adjei (@kofiadjei11) March 2, 2024
Q: Do you read what people write about you online?
A: Everything, even the cruel ones. I have learned that the cruel ones are usually written at two in the morning.
Q: What comes next?
A: The cup game in Hollinford. Then sleep, I hope.
© 2024 Pitchside Media
"""

POST_B = """\
Diario del Sur de Almedro
Portada · Local · Deportes · Cultura · Opinión
La alcaldesa Carmen Lozano: "Las fiestas serán más cortas, pero más nuestras"
03/03/2024 - 12:15 h
Carmen Lozano lleva un año al frente del Ayuntamiento de Almedro. Hablamos con ella a una semana de las fiestas de San Roque.
¿Por qué ha decidido acortar las fiestas?
Porque los vecinos del centro no dormían. Cinco noches seguidas de conciertos eran demasiado para una plaza tan pequeña.
¿No teme perder visitantes?
Puede que vengan menos, pero se quedarán más. Queremos que la gente vuelva a comer en los bares del pueblo.
Hoy hemos presentado el cartel de San Roque 2024. Tres noches, música de aquí y el desfile de carrozas de siempre https://t.co/a8Zq2LmP
— Carmen Lozano (@CarmenLozanoAlm) 3 de marzo de 2024
¿Qué ha pasado con el desfile de carrozas?
Vuelve, y con premio. Las peñas llevan semanas trabajando en las naves del polígono.
¿Se presentará usted a la reelección?
Todavía queda mucho. Ahora mismo solo pienso en que no llueva el sábado.
Compartir en Facebook | Twitter | WhatsApp
© Diario del Sur de Almedro. Todos los derechos reservados.
"""


@pytest.mark.parametrize(
    ("page", "fmt", "asked", "answers", "post"),
    [
        (POST_A, "qa-labels",
         ["What did you feel when the second goal went in?",
          "Why did you post about your old coach afterwards?",
          "Do you read what people write about you online?", "What comes next?"],
         [[7], [9], [13], [15]], 10),
        pytest.param(
            POST_B, "standalone-questions",
            ["¿Por qué ha decidido acortar las fiestas?", "¿No teme perder visitantes?",
             "¿Qué ha pasado con el desfile de carrozas?", "¿Se presentará usted a la reelección?"],
            [[6], [8], [12], [14]], 9,
        ),
    ],
    ids=["pitchside-en", "almedro-es"],
)
def test_embedded_post_is_boilerplate(page: str, fmt: str, asked: list[str],
                                      answers: list[list[int]], post: int) -> None:
    i = interviewparse.parse(page)
    assert i.format == fmt
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert post in boiler(i)
    assert post + 1 in boiler(i)
    assert {post, post + 1}.isdisjoint(exchange_lines(i))
    assert i.trailing == []


# ------------------------------------------------- 8. a box of the episode's questions above a podcast

BOX_A = """\
Science Hour Podcast
Episodes | Hosts | About | Subscribe
Episode 112: Why do cities stay hot at night?
9 April 2024
The key questions of this episode
Why do streets stay warm long after sunset?
Would it make sense to paint every roof white? But the study from Rennford says otherwise.
How much do trees really cool a street?
Can you tell us how a heat map of a city is made?
Who suffers most when nights stay hot? Mostly older people living alone.
Mia Torres: Dr Alvarez, why do cities stay so warm at night?
Leon Alvarez: Stone and asphalt soak up heat all day and give it back after dark. A field cools within an hour; a car park can take until morning.
Mia Torres: Would white roofs help?
Leon Alvarez: On the top floor, yes. In the street below, much less than people hope, because the heat there comes from the walls and the road.
Mia Torres: And trees?
Leon Alvarez: Trees are the best tool we have. A street with a full canopy can be four degrees cooler on a summer night.
Mia Torres: How do you measure all this?
Leon Alvarez: With sensors on bicycles. Students ride the same route at midnight every week in July.
Listen on: Apple Podcasts | Spotify | RSS
"""

BOX_B = """\
WISSEN KOMPAKT – Der Podcast
Start / Folgen / Team / Newsletter
Folge 47: Schlafen Teenager wirklich zu wenig?
Veröffentlicht am 02.05.2024
Die wichtigsten Fragen dieser Folge
Warum werden Jugendliche abends nicht müde?
Wäre es sinnvoll, die Schule später beginnen zu lassen? Aber die Studie aus Kellbach sagt etwas anderes.
Macht das Handy im Bett alles noch schlimmer?
Können Sie uns erklären, wie die innere Uhr funktioniert?
Jan Thiel: Frau Kamm, warum sind Teenager abends so wach?
Ruth Kamm: Weil sich ihre innere Uhr in der Pubertät um etwa zwei Stunden nach hinten verschiebt. Das ist Biologie, keine Faulheit.
Jan Thiel: Würde ein späterer Schulbeginn helfen?
Ruth Kamm: In einigen Ländern hat es geholfen, in unserer Studie kaum. Die Jugendlichen sind einfach noch später ins Bett gegangen.
Jan Thiel: Und das Handy?
Ruth Kamm: Das Licht ist weniger schlimm als die Nachrichten. Wer um Mitternacht noch mit Freunden schreibt, schläft nicht, egal wie dunkel der Bildschirm ist.
Impressum | Datenschutz
"""


@pytest.mark.parametrize(
    ("page", "title", "host", "guest", "box", "asked", "answers"),
    [
        pytest.param(
            BOX_A, "Episode 112: Why do cities stay hot at night?", "Mia Torres", "Leon Alvarez",
            range(4, 10),
            ["Dr Alvarez, why do cities stay so warm at night?", "Would white roofs help?",
             "And trees?", "How do you measure all this?"], [[11], [13], [15], [17]]),
        pytest.param(
            BOX_B, "Folge 47: Schlafen Teenager wirklich zu wenig?", "Jan Thiel", "Ruth Kamm",
            range(4, 9),
            ["Frau Kamm, warum sind Teenager abends so wach?", "Würde ein späterer Schulbeginn helfen?",
             "Und das Handy?"], [[10], [12], [14]]),
    ],
    ids=["heat-podcast-en", "schlaf-podcast-de"],
)
def test_box_of_episode_questions(page: str, title: str, host: str, guest: str, box: range,
                                  asked: list[str], answers: list[list[int]]) -> None:
    i = interviewparse.parse(page)
    assert i.format == "speaker-labels"
    assert i.metadata.title == title
    assert questions(i) == asked
    assert answer_lines(i) == answers
    assert [(e.question.speaker, e.answer.speaker) for e in i.exchanges] == [(host, guest)] * len(asked)
    assert set(box).isdisjoint(exchange_lines(i))
    assert i.exchanges[0].question.line == box.stop


# ------------------------------------- 9. a title before the name, printed once

TITLED_A = """\
Harbour Courier | Business | Port | Opinion
Interview with the harbour master
14 May 2024
The Courier spoke to the harbour master about the new quay.
Editor of the Harbour Courier Lena Marsh: Captain, when will the new quay open?
Harbour Master of Kelmouth Arne Solberg: In September, if the autumn storms are kind to us.
Lena Marsh: And the fishing boats, where will they go in the meantime?
Arne Solberg: To the old basin. It is crowded, but nobody has complained yet.
Lena Marsh: Is the dredging finished?
Arne Solberg: Almost. Two more weeks of work, then the divers check the bottom.
© Harbour Courier
"""

TITLED_B = """\
Rundschau Nord — Politik — Kultur — Sport
„Die Bibliothek bleibt offen“
Veröffentlicht am 03.04.2024
Chefredakteurin der Rundschau Nord Petra Lindner: Frau Berger, warum schließt die Stadt keine Filiale?
Bürgermeisterin von Ahlhorn Sabine Berger: Weil jede Filiale im Winter ein warmer Ort für viele Menschen ist.
Petra Lindner: Woher kommt das Geld dafür?
Sabine Berger: Aus dem Kulturetat. Wir verschieben dafür den Umbau des Rathauses.
Petra Lindner: Was sagen die Bürger?
Sabine Berger: Die meisten sind erleichtert. Einige fragen, warum wir so lange gezögert haben.
Impressum | Datenschutz
"""


@pytest.mark.parametrize(
    ("page", "asker", "answerer", "first_asker", "first_answerer", "first_question"),
    [
        (TITLED_A, "Lena Marsh", "Arne Solberg", "Editor of the Harbour Courier Lena Marsh",
         "Harbour Master of Kelmouth Arne Solberg", "Captain, when will the new quay open?"),
        (TITLED_B, "Petra Lindner", "Sabine Berger", "Chefredakteurin der Rundschau Nord Petra Lindner",
         "Bürgermeisterin von Ahlhorn Sabine Berger",
         "Frau Berger, warum schließt die Stadt keine Filiale?"),
    ],
    ids=["harbour-courier", "rundschau-nord"],
)
def test_a_title_before_the_name_printed_once(page: str, asker: str, answerer: str,
                                              first_asker: str, first_answerer: str,
                                              first_question: str) -> None:
    i = interviewparse.parse(page)
    assert i.format == "speaker-labels"
    assert len(i.exchanges) == 3
    first = i.exchanges[0]
    assert first.question.text == first_question  # the titled label is no part of the text
    assert (first.question.speaker, first.answer.speaker) == (first_asker, first_answerer)
    assert [(e.question.speaker, e.answer.speaker) for e in i.exchanges[1:]] == [
        (asker, answerer), (asker, answerer)]


# ----------------------------- 10. a Spanish raya glued to the opening mark

RAYA_A = """\
El Eco de Villaseca · Portada · Comarca · Deportes
La panadera Inés Valcárcel: «El horno de leña no perdona»
05/02/2024
Inés Valcárcel lleva treinta años al frente del último horno de leña del pueblo.
—¿Cuándo encendió el horno por primera vez?
—Con once años, ayudando a mi abuela. Me quemé las cejas y no me quejé.
—¡Qué valiente! ¿Y hoy a qué hora empieza?
—A las cuatro de la mañana, todos los días salvo el lunes.
—¿Piensa en jubilarse?
—Cuando mi sobrino aprenda a leer la llama. Le falta poco.
© El Eco de Villaseca
"""

RAYA_B = """\
Radio Ribera | Programas | Podcasts | Contacto
Entrevista al guarda forestal Tomás Irigoyen
Publicado el 12 de marzo de 2024
—¿Cuántos incendios ha visto este invierno?
—Tres pequeños. Los vecinos avisaron a tiempo y no pasó nada grave.
—¿Qué es lo que más le preocupa del verano?
—Las barbacoas en el pinar. La gente no se da cuenta de lo seco que está todo.
—¡Menudo trabajo!
—Lo es, pero no lo cambiaría por ninguno.
Aviso legal · Privacidad
"""


@pytest.mark.parametrize(
    ("page", "asked"),
    [
        (RAYA_A, ["¿Cuándo encendió el horno por primera vez?",
                  "¡Qué valiente! ¿Y hoy a qué hora empieza?", "¿Piensa en jubilarse?"]),
        (RAYA_B, ["¿Cuántos incendios ha visto este invierno?",
                  "¿Qué es lo que más le preocupa del verano?", "¡Menudo trabajo!"]),
    ],
    ids=["eco-villaseca", "radio-ribera"],
)
def test_raya_glued_to_the_opening_mark(page: str, asked: list[str]) -> None:
    i = interviewparse.parse(page)
    assert i.format == "dash-dialogue"
    assert questions(i) == asked
    assert all(len(e.answer.paragraphs) == 1 for e in i.exchanges)
