"""Shapes the third written set (tests/pages13) showed, each tested again on
a page of another invented site. Every sentence here is invented."""

from __future__ import annotations

import interviewparse

RELATED_EN = """\
Northfield Courier
News | Sport | Life
The ferry pilot who reads the fog
12 June 2024
Mara Quist has guided ferries across the sound for twenty years.

What does fog sound like from the bridge?
Mara Quist: Like cotton wool. You hear your own engine twice, once from the water and once from the cliffs.

READ MORE
Harbour board approves new pontoon for the summer season
Why are fewer ferries crossing the sound on Sundays than they did last summer?
Lifeboat crew rescues two kayakers off the north point

Do you ever refuse to sail?
Mara Quist: Twice in twenty years. Both times the passengers were angry and both times the sea proved me right.
"""

CAPTION_EN = """\
The Dales Weekly
Home | Farming | Events
A shepherd who still walks the fells
3 May 2024

How many sheep do you keep now?
Four hundred ewes, and every one of them knows the way home better than my dog.
Tom Ashby with his flock above Kettlewell on a wet morning in April. (Photo Jane Rigg)
What will happen to the farm after you?
My niece wants it. She is better with the accounts than I ever was, and the sheep like her.
"""


def test_a_question_headline_in_a_related_box_is_no_question() -> None:
    page = interviewparse.parse(RELATED_EN)
    assert [ex.question.text for ex in page.exchanges] == [
        "What does fog sound like from the bridge?", "Do you ever refuse to sail?"]
    related = {b.line for b in page.boilerplate if b.kind == "related"}
    assert {9, 10, 11, 12} <= related


def test_a_caption_closed_by_its_credit_in_brackets() -> None:
    page = interviewparse.parse(CAPTION_EN)
    assert len(page.exchanges) == 2
    assert page.exchanges[0].answer.text.startswith("Four hundred ewes")
    assert "Tom Ashby" not in page.exchanges[0].answer.text
    assert any(b.line == 7 and b.kind == "caption" for b in page.boilerplate)


DONATIONS_EN = """\
Riverside Gazette
News | People | Sport
The choir that sings in hospital wards
4 October 2024
Every Thursday the Larkfield Singers visit the children's ward.

How did you start visiting the ward?
My daughter spent a month on that ward in 2019. I brought my guitar one evening and the nurses asked me to come back.
What do the children ask you for most?
Anything with animal noises. We have a song about a goat that has been requested four hundred times.

Donations to the Larkfield Singers can be made through the choir's page on the hospital charity website.
© Riverside Gazette
"""


def test_a_closing_note_on_how_to_give_is_trailing() -> None:
    page = interviewparse.parse(DONATIONS_EN)
    assert len(page.exchanges) == 2
    assert page.exchanges[1].answer.text.endswith("four hundred times.")
    assert [p.line for p in page.trailing] == [11]


OUTLET_FIRST_IT = """\
Corriere della Valle
Home | Cronaca | Sport
Il casaro di Pian del Lupo
7 marzo 2024
Elio Marchetti produce formaggio in alpeggio da quarant'anni.

Corriere della Valle: Come ha cominciato a fare il formaggio?
Elio Marchetti: Da bambino, guardando mio nonno. Mi faceva girare le forme e io mi sentivo importante.
Quante forme fa in un'estate?
Elio Marchetti: Circa seicento, se il tempo è buono e le mucche sono tranquille.
Chi comprerà il suo formaggio tra dieci anni?
Elio Marchetti: Spero i figli di chi lo compra oggi. Il sapore di un alpeggio non si copia.
"""


def test_the_outlet_labels_only_its_first_question() -> None:
    page = interviewparse.parse(OUTLET_FIRST_IT)
    assert [ex.question.text for ex in page.exchanges] == [
        "Come ha cominciato a fare il formaggio?", "Quante forme fa in un'estate?",
        "Chi comprerà il suo formaggio tra dieci anni?"]
    assert page.exchanges[0].question.speaker == "Corriere della Valle"
    assert {ex.answer.speaker for ex in page.exchanges} == {"Elio Marchetti"}


TRANSCRIPT_EN = """\
Valley Radio
Programmes | Podcasts | Schedule
Morning Call: the beekeeper of Hollin Lane
Episode 41 · 2 May 2024

Jo Marsh: Good morning. You keep forty hives in a town garden. How did that start?
Aled Price: With one swarm in my chimney, twelve years ago. I called a beekeeper and ended up as his apprentice.
Jo Marsh: Do the neighbours mind?
Aled Price: They did until the first jar of honey arrived on their doorstep. Now they ask when the next one is due.
Jo Marsh: Aled Price, thank you.
Aled Price: Thank you for having me.

This episode was recorded in the studio on 30 April with a listener audience.
"""


def test_a_note_about_the_episode_after_a_transcript_is_trailing() -> None:
    page = interviewparse.parse(TRANSCRIPT_EN)
    assert page.format == "speaker-labels"
    assert page.exchanges[-1].answer.text == "Thank you for having me."
    assert [p.line for p in page.trailing] == [12]


NBSP_FR = (
    "Le Courrier du Lac\n"
    "Accueil | Région | Culture\n"
    "Le passeur du lac d'Aiguebelle\n"
    "Publié le 04/06/2024\n"
    "Marc Vallon fait traverser le lac depuis trente ans.\n"
    "\n"
    "Le Courrier du Lac\u00a0: Combien de traversées faites-vous par jour\u00a0?\n"
    "Marc\u00a0Vallon\u00a0: Six en été, deux en hiver. Il faut trois choses pour tenir. "
    "D'abord, un bon moteur. Ensuite, de la patience avec les touristes. Enfin, un café "
    "chaud dans la cabine.\n"
    "Le Courrier du Lac\u00a0: Et le brouillard\u00a0?\n"
    "Vallon\u00a0: Je le connais mieux que ma femme, dit-elle souvent.\n"
)


def test_french_labels_with_a_no_break_space_before_the_colon() -> None:
    page = interviewparse.parse(NBSP_FR)
    assert [ex.question.text for ex in page.exchanges] == [
        "Combien de traversées faites-vous par jour\u00a0?", "Et le brouillard\u00a0?"]
    assert [" ".join(ex.answer.speaker.split()) for ex in page.exchanges] == [
        "Marc Vallon", "Vallon"]
    assert [[it.marker for it in en.items] for en in page.enumerations] == [
        ["D'abord", "Ensuite", "Enfin"]]


HEADER_IT = """\
Il Mattino di Valsorda
Cronaca | Sport | Cultura
Il fornaio che non chiude mai, nemmeno a Ferragosto
Lucia Bernardi
Pubblicato il 3 agosto 2024 alle ore 06:15
Lettura 4 minuti

Da quarant'anni Aldo Ferri accende il forno alle tre di notte.

Non si stanca mai di alzarsi così presto?
Mai. Quando sento l'odore del pane mi sveglio del tutto, e alle sei ho già voglia di parlare con i clienti.
Che cosa le chiedono di più?
Il pane di segale. Lo faccio come mio padre, con il lievito madre che ha cinquant'anni.
"""


def test_the_header_of_a_page_whose_author_is_a_bare_name() -> None:
    page = interviewparse.parse(HEADER_IT)
    md = page.metadata
    assert md.title == "Il fornaio che non chiude mai, nemmeno a Ferragosto"
    assert md.published is not None and md.published.isoformat() == "2024-08-03T06:15:00"
    assert any(b.line == 5 and b.rule == "widget" for b in page.boilerplate)


NOTES_FR = """\
La Gazette du Causse
Accueil | Région | Sorties
La bergère du causse Méjean
12/06/2024
Depuis vingt ans, Odile Ferrand garde trois cents brebis sur le plateau.

Qu'est-ce qui vous a amenée ici ?
Un été de remplacement, en 2004. Je devais rester deux mois, je ne suis jamais repartie.
Odile Ferrand et ses brebis au-dessus de Hures-la-Parade, un soir de mai. Photo J. K.
Vous pensez transmettre le troupeau ?
Ma nièce apprend le métier avec moi depuis l'automne. Elle a déjà plus de patience que moi.

Des visites de la bergerie sont proposées chaque samedi matin. Inscription en mairie de Hures.
© La Gazette du Causse
P. IVA 01234560789
"""


def test_a_credit_in_initials_a_visit_note_and_a_tax_number() -> None:
    page = interviewparse.parse(NOTES_FR)
    assert [ex.question.text for ex in page.exchanges] == [
        "Qu'est-ce qui vous a amenée ici ?", "Vous pensez transmettre le troupeau ?"]
    assert any(b.line == 8 and b.kind == "caption" for b in page.boilerplate)
    assert [p.line for p in page.trailing] == [12]
    assert any(b.line == 14 and b.kind == "footer" for b in page.boilerplate)


MENU_DATE_EN = """\
Harbour News
Home | Boats | Sport
The last net maker
3 May 2024
Ruth Evans has mended nets on the quay since 1971.

How did you learn the work?
From my aunt. She gave me a needle and a torn net and said I could go home when it was whole.
Do you still enjoy it?
Most days. On a cold morning I would rather be indoors, but then the boats come in and I forget.
"""


def test_a_short_headline_between_the_menu_and_its_date() -> None:
    for page, title in ((NOTES_FR, "La bergère du causse Méjean"),
                        (MENU_DATE_EN, "The last net maker")):
        assert interviewparse.parse(page).metadata.title == title
