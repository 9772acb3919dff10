"""German."""

from . import Lexicon

LEXICON = Lexicon(
    code="de",
    stopwords="der die das und ist nicht ein eine zu den mit von sich auf für im dem des "
    "wir sie es auch an werden aus bei noch nach wie aber oder wenn haben".split(),
    question_labels=["frage", "f"],
    answer_labels=["antwort"],
    interviewer_roles=["interviewer", "interviewerin", "reporter", "reporterin", "moderator",
                       "moderatorin", "redaktion", "frage", "journalist", "journalistin"],
    address_forms="herr frau dr. dr doktor professor professorin prof. prof".split(),
    second_person="sie ihnen ihr ihre ihren ihrem ihrer ihres du dich dir dein deine euch euer".split(),
    first_singular="ich mich mir mein meine meinen meinem meiner".split(),
    question_words="was wie warum wieso weshalb wann wo wohin woher welche welcher welches wer "
    "wen wem wessen ist sind hat haben wird werden kann können könnte sollte gibt "
    "würden müssen".split(),
    imperatives=["erklären sie", "erzählen sie", "beschreiben sie", "sagen sie", "schildern sie",
                 "nennen sie", "verraten sie"],
    said_verbs="sagte sagt erklärte betonte ergänzte meinte berichtete".split(),
    ordinals={
        "erstens": 1, "zweitens": 2, "drittens": 3, "viertens": 4, "fünftens": 5,
        "sechstens": 6, "zum ersten": 1, "zum zweiten": 2, "zum dritten": 3,
        "zunächst": 1,
    },
    finals=["schließlich", "zuletzt", "und schließlich", "last but not least"],
    number_words={"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
                  "acht": 8, "neun": 9, "zehn": 10},
    count_nouns=["gründ", "grund", "aspekt", "punkt", "ziel", "schritt", "phase", "prioritä", "bereich",
                 "aufgabe", "problem", "frage", "faktor", "dinge", "säule", "regel", "stufe",
                 "etappe", "richtung", "lektion", "herausforderung", "maßnahme", "vorteil"],
    nav=["startseite", "alle nachrichten", "menü", "suche", "anmelden", "home"],
    share=["teilen", "artikel teilen", "drucken", "per e-mail"],
    subscribe=["abonnieren", "newsletter abonnieren", "folgen sie uns"],
    related=["lesen sie auch", "mehr zum thema", "auch interessant", "das könnte sie auch",
             "weitere nachrichten", "neueste nachrichten", "aktuelle nachrichten", "verwandte"],
    footer=["alle rechte vorbehalten", "impressum", "datenschutz", "kontakt"],
    cookie=["cookie", "cookies"],
    buttons=["akzeptieren", "alle akzeptieren", "zustimmen", "einverstanden", "ablehnen",
             "schließen", "einstellungen"],
    photo=["foto", "fotos", "bild", "archivbild", "archivfoto", "video"],
    byline=["von", "das gespräch führte", "das interview führte", "interview", "text",
            "autor", "autorin"],
    updated=["aktualisiert", "zuletzt aktualisiert", "geändert"],
    ad=["anzeige", "werbung", "gesponsert"],
    other=["blitz", "leserfragen", "kurz gefragt", "transkript", "kommentare", "schlagworte"],
    notes=["das interview wurde gekürzt", "das gespräch wurde gekürzt", "anmerkung der redaktion"],
)
