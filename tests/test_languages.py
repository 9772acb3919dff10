"""Languages: identification, dates in CLDR's locales, and the lexicons of
Spanish, French, Italian, Portuguese and Polish on small written pages.
(Every text here is written for this file.)"""

from __future__ import annotations

import datetime as dt
import importlib.util
import pathlib
import subprocess
import sys

import pytest
import regex

import interviewparse
from interviewparse import language
from interviewparse.dates import date_of, parse_date_line
from interviewparse.lexicon import ALL, LANGUAGES, cldr_calendar

ROOT = pathlib.Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- identification

SENTENCES = {
    "en": "The new ferry will carry cars and people across the bay from next spring, and the "
          "harbour master says the pier is ready for it.",
    "de": "Die neue Fähre wird ab dem nächsten Frühjahr Autos und Menschen über die Bucht "
          "bringen, und der Hafenmeister sagt, dass der Steg bereit ist.",
    "ru": "Новый паром будет перевозить машины и людей через залив уже весной, и начальник "
          "порта говорит, что причал к этому готов.",
    "be": "Новы паром будзе перавозіць машыны і людзей праз заліў ужо ўвесну, і начальнік "
          "порта кажа, што прычал да гэтага гатовы.",
    "uk": "Новий пором перевозитиме машини й людей через затоку вже навесні, і начальник "
          "порту каже, що причал до цього готовий.",
    "es": "El nuevo transbordador llevará coches y personas a través de la bahía a partir de la "
          "próxima primavera, y el capitán del puerto dice que el muelle está listo.",
    "fr": "Le nouveau bac transportera des voitures et des passagers à travers la baie dès le "
          "printemps prochain, et le capitaine du port affirme que le quai est prêt.",
    "it": "Il nuovo traghetto porterà auto e persone attraverso la baia dalla prossima "
          "primavera, e il capitano del porto dice che il molo è pronto.",
    "pt": "O novo ferry vai levar carros e pessoas através da baía a partir da próxima "
          "primavera, e o capitão do porto diz que o cais já está pronto.",
    "pl": "Nowy prom będzie przewoził samochody i ludzi przez zatokę od przyszłej wiosny, a "
          "kapitan portu mówi, że nabrzeże jest już gotowe.",
    "nl": "De nieuwe veerboot zal vanaf volgend voorjaar auto's en mensen over de baai "
          "vervoeren, en de havenmeester zegt dat de steiger klaar is.",
    "sv": "Den nya färjan ska frakta bilar och människor över viken från och med nästa vår, "
          "och hamnkaptenen säger att bryggan är redo.",
    "cs": "Nový trajekt bude od příštího jara převážet auta a lidi přes záliv a kapitán "
          "přístavu říká, že molo je připravené.",
    "tr": "Yeni feribot gelecek bahardan itibaren körfezin karşısına araba ve insan taşıyacak, "
          "liman başkanı da iskelenin hazır olduğunu söylüyor.",
    "zh": "新的渡轮将从明年春天开始运送汽车和乘客穿过海湾，港务长说码头已经准备好了。",
    "ja": "新しいフェリーは来年の春から車と人を乗せて湾を渡ります。港長は桟橋の準備ができていると言います。",
    "ko": "새 여객선은 내년 봄부터 자동차와 사람을 태우고 만을 건널 예정이며 항만장은 부두가 준비되었다고 말합니다.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SENTENCES.items()))
def test_identifies_one_sentence(code: str, text: str) -> None:
    assert language.detect(text) == code


MENU = "\n".join([
    "Home", "News", "World", "Business", "Sport", "Culture", "Weather", "Sign in", "Subscribe",
    "Home | World | Business | Politics | Technology | Science | Health | Sport | Travel",
    "We use cookies to improve your experience. Accept all | Settings",
    "Share on Facebook", "Share on Twitter", "Most read", "Related articles",
])
BODIES = {
    "es": [
        "La cooperativa de pescadores abrió ayer una lonja nueva en el puerto, después de dos "
        "años de obras que costaron más de lo previsto.",
        "Los socios dicen que ahora podrán vender el pescado directamente a los restaurantes de "
        "la comarca y cobrar antes que con los intermediarios.",
    ],
    "pl": [
        "Spółdzielnia rybacka otworzyła wczoraj w porcie nową halę targową, po dwóch latach "
        "budowy, która kosztowała więcej, niż planowano.",
        "Członkowie mówią, że teraz będą mogli sprzedawać ryby bezpośrednio restauracjom w "
        "okolicy i dostawać pieniądze szybciej niż od pośredników.",
    ],
    "de": [
        "Die Fischergenossenschaft hat gestern im Hafen eine neue Markthalle eröffnet, nach "
        "zwei Jahren Bauzeit, die mehr gekostet hat als geplant.",
        "Die Mitglieder sagen, dass sie den Fisch jetzt direkt an die Restaurants der Gegend "
        "verkaufen können und schneller bezahlt werden als über Zwischenhändler.",
    ],
}


@pytest.mark.parametrize("code", sorted(BODIES))
def test_english_menus_do_not_decide(code: str) -> None:
    page = MENU + "\n" + "\n".join(BODIES[code]) + "\n" + MENU
    assert language.detect(page) == code


def test_prose_sample_leaves_menus_out() -> None:
    page = MENU + "\n" + "\n".join(BODIES["es"])
    sample = language.prose_sample(page)
    assert "Sign in" not in sample and "Facebook" not in sample
    assert BODIES["es"][0] in sample


def test_prose_sample_is_bounded() -> None:
    line = "Ein Satz mit genug Wörtern, um als Prosa zu gelten, steht hier. "
    page = "\n".join(line * 30 for _ in range(5000))
    assert len(language.prose_sample(page)) <= language._PROSE_CHARS + language._LINE_CHARS


def test_east_slavic_letters() -> None:
    # a Belarusian page with some Russian in it, and the other way round
    be = SENTENCES["be"] + " " + SENTENCES["be"] + " Цитата: «Всё будет хорошо»."
    assert language.detect(be) == "be"
    ru = SENTENCES["ru"] + " " + SENTENCES["ru"]
    assert language.detect(ru) == "ru"


def test_short_texts() -> None:
    assert language.detect("") == "en"
    assert language.detect("Q: Why?") == "en"
    assert language.detect("— Когда?\n— Завтра.") == "ru"
    assert language.detect("P: ¿Cuándo abre el puente?\nR: En otoño, si llegan las piezas.") == "es"


@pytest.mark.parametrize("text", ["", "12345", "!!! ???", "a", "Menu", "©", "\u00a0" * 10,
                                  "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾ ᛁᛃᛇᛈ ᛉᛊᛏᛒ ᛖᛗᛚᛜ ᛞᛟ", "Ελληνικά " * 20])
def test_always_a_two_letter_code(text: str) -> None:
    code = language.detect(text)
    assert len(code) == 2 and code.isascii() and code.islower()


def test_languages_without_a_lexicon_use_the_english_tables() -> None:
    page = "V: Wanneer gaat de brug weer open?\nA: In het najaar, als de onderdelen op tijd komen."
    parsed = interviewparse.parse(page)
    assert parsed.language == "nl"
    assert len(parsed.exchanges) == 1


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return out.stdout.strip()


def test_import_does_not_load_the_model() -> None:
    loaded = _run("import sys, interviewparse; "
                  "print(sorted(m for m in ('py3langid', 'numpy', 'babel') if m in sys.modules))")
    assert loaded == "[]"


def test_script_shortcuts_do_not_load_the_model() -> None:
    loaded = _run("import sys, interviewparse; "
                  f"p = interviewparse.parse({SENTENCES['zh']!r}); "
                  "print(p.language, 'py3langid' in sys.modules)")
    assert loaded == "zh False"


# ---------------------------------------------------------------- dates

UTC1 = dt.timezone(dt.timedelta(hours=1))


def T(y: int, m: int, d: int, hh: int, mm: int, tz: dt.tzinfo | None = None) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=tz)


# (line, value, precision, prefix)
DATES: list[tuple[str, dt.date, str, str | None]] = [
    ("12 de marzo de 2024", dt.date(2024, 3, 12), "day", None),
    ("martes, 12 de marzo de 2024 - 10:35", T(2024, 3, 12, 10, 35), "minute", None),
    ("Publicado el 12 de marzo de 2024 a las 10:35 horas", T(2024, 3, 12, 10, 35), "minute",
     "published"),
    ("Actualizado: 12 mar. 2024 - 10:35 CET", T(2024, 3, 12, 10, 35, UTC1), "minute", "updated"),
    ("12 mars 2024 à 10h35", T(2024, 3, 12, 10, 35), "minute", None),
    ("12 mars 2024 à 10 h 35", T(2024, 3, 12, 10, 35), "minute", None),
    ("Publié le 12/03/2024 à 10:35", T(2024, 3, 12, 10, 35), "minute", "published"),
    ("Mis à jour le 14/03/2024 à 11h02", T(2024, 3, 14, 11, 2), "minute", "updated"),
    ("12 FÉVR. 2024", dt.date(2024, 2, 12), "day", None),
    ("12 fevrier 2024", dt.date(2024, 2, 12), "day", None),
    ("12 marzo 2024 ore 10:35", T(2024, 3, 12, 10, 35), "minute", None),
    ("Aggiornato il 12 marzo 2024 alle 10:35", T(2024, 3, 12, 10, 35), "minute", "updated"),
    ("martedì 12 marzo 2024", dt.date(2024, 3, 12), "day", None),
    ("12/03/2024 às 10h35", T(2024, 3, 12, 10, 35), "minute", None),
    ("12 de março de 2024", dt.date(2024, 3, 12), "day", None),
    ("Atualizado em 12/03/2024 às 10h35", T(2024, 3, 12, 10, 35), "minute", "updated"),
    ("terça-feira, 12 de março de 2024", dt.date(2024, 3, 12), "day", None),
    ("12 marca 2024, 10:35", T(2024, 3, 12, 10, 35), "minute", None),
    ("12 marzec 2024", dt.date(2024, 3, 12), "day", None),
    ("wtorek, 12 marca 2024 r.", dt.date(2024, 3, 12), "day", None),
    ("12.03.2024, 10:35", T(2024, 3, 12, 10, 35), "minute", None),
    ("Aktualizacja: 12.03.2024, 10:35", T(2024, 3, 12, 10, 35), "minute", "updated"),
    ("12 listopada 2024", dt.date(2024, 11, 12), "day", None),  # Polish: November
    ("12. listopada 2024.", dt.date(2024, 10, 12), "day", None),  # Croatian: October
    ("12. března 2024 v 10:35", T(2024, 3, 12, 10, 35), "minute", None),
    ("12. 3. 2024", dt.date(2024, 3, 12), "day", None),
    ("2024. március 12. 10:35", T(2024, 3, 12, 10, 35), "minute", None),
    ("2024. 03. 12.", dt.date(2024, 3, 12), "day", None),
    ("12 Μαρτίου 2024, 10:35", T(2024, 3, 12, 10, 35), "minute", None),
    ("12 ΜΑΡΤΙΟΥ 2024", dt.date(2024, 3, 12), "day", None),
    ("12 Mart 2024 Salı", dt.date(2024, 3, 12), "day", None),
    ("12 MAYIS 2024", dt.date(2024, 5, 12), "day", None),
    ("12 d’abril de 2024", dt.date(2024, 4, 12), "day", None),
    ("tirsdag den 12. marts 2024", dt.date(2024, 3, 12), "day", None),
    ("12.3.2024 klo 10.35", T(2024, 3, 12, 10, 35), "minute", None),
    ("Selasa, 12 Mar 2024 10:35 WIB", T(2024, 3, 12, 10, 35, dt.timezone(dt.timedelta(hours=7))),
     "minute", None),
    ("12 март 2024 г.", dt.date(2024, 3, 12), "day", None),
    ("12 maart 2024", dt.date(2024, 3, 12), "day", None),
    # what pages print around the date
    ("Publié le 3 novembre 2023 à 16h20 Lecture 4 min.", T(2023, 11, 3, 16, 20), "minute",
     "published"),
    ("publié le 5/12/2020 à 20:15 , mis à jour à 21:40", T(2020, 12, 5, 20, 15), "minute",
     "published"),
    ("18 de enero 2021, actualizado a las 11:05 a. m.", dt.date(2021, 1, 18), "day", None),
    ("Pubblicato il 7 Maggio 2021 Ultima modifica 8 Maggio 2021 09:10", dt.date(2021, 5, 7), "day",
     "published"),
    ("/ jueves 3 de junio de 2021", dt.date(2021, 6, 3), "day", None),
    ("Lena Vogt / Oktober 25 2023", dt.date(2023, 10, 25), "day", None),
    ("postado em 14/06/2022 07:30 / atualizado em 14/06/2022 08:00", T(2022, 6, 14, 7, 30),
     "minute", "published"),
]


@pytest.mark.parametrize(("line", "value", "precision", "prefix"), DATES)
def test_dates_in_other_locales(line: str, value: dt.date, precision: str,
                                prefix: str | None) -> None:
    found = date_of(line)
    assert found is not None, line
    assert (found.value, found.precision, found.prefix) == (value, precision, prefix)


@pytest.mark.parametrize("line", ["On 12 March 2024", "la 12 martie 2024 la ora 10"])
def test_words_before_a_date_are_no_weekday(line: str) -> None:
    found = parse_date_line(line)
    assert found is None or not found.weekday


def test_lexicon_updated_words_are_date_prefixes() -> None:
    for word in ("actualizado", "mis à jour", "aggiornato", "atualizado", "aktualizacja"):
        assert word in ALL.updated
        found = parse_date_line(f"{word.capitalize()}: 12.03.2024")
        assert found is not None and found.prefix == "updated", word


def _gen_calendar() -> object:
    spec = importlib.util.spec_from_file_location("gen_calendar", ROOT / "tools/gen_calendar.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cldr_module_is_regenerated_unchanged() -> None:
    babel = pytest.importorskip("babel")
    if babel.__version__ != cldr_calendar.BABEL_VERSION:
        pytest.skip(f"generated with Babel {cldr_calendar.BABEL_VERSION}, "
                    f"Babel {babel.__version__} installed")
    gen: object = _gen_calendar()
    text = (ROOT / "src/interviewparse/lexicon/cldr_calendar.py").read_text(encoding="utf-8")
    assert gen.render() == text  # type: ignore[attr-defined]


def test_babel_dates_of_every_locale_parse() -> None:
    """The long, medium and full date formats of every locale of every
    language in the CLDR tables read back as the date printed (a month-first
    numeric date is read day-first and flagged ambiguous)."""
    pytest.importorskip("babel")
    from babel.dates import format_date

    gen: object = _gen_calendar()
    bad = []
    days = [dt.date(2024, 3, 12), dt.date(2023, 11, 5), dt.date(2024, 8, 30)]
    for code in cldr_calendar.LANGUAGES:
        for ident in gen.locales(code):  # type: ignore[attr-defined]
            if regex.search(r"_(?:Dsrt|Shaw)|^zh_Latn", ident):
                continue  # Deseret and Shavian English, Chinese in Latin letters
            for day in days:
                for width in ("long", "medium", "full"):
                    text = format_date(day, width, locale=ident)
                    found = date_of(text)
                    if found is None or (found.value != day and not found.ambiguous):
                        bad.append((ident, width, text))
    assert bad == []


# ---------------------------------------------------------------- written pages

PAGES = {
    "es": """Inicio | Cultura | Sociedad | Deportes
Lunes, 11 de marzo de 2024
"El puerto necesita más árboles que grúas"
Publicado el 11/03/2024 a las 09:15
Actualizado: 11/03/2024 - 12:40
Por Marta Quintana
La bióloga Elena Ruiz dirige desde hace tres años el vivero municipal del puerto y acaba de plantar su árbol número cuatrocientos.
P. ¿Cuándo empezó a plantar árboles en el muelle?
R. En 2019, con veinte olmos que nadie quería. Hoy tenemos más de cuatrocientos y casi todos han sobrevivido.
P. ¿Qué especies resisten mejor el viento y la sal?
R. Los tarays y los pinos piñoneros. Los plátanos sufren mucho en verano, así que ya no los plantamos cerca del agua.
P. Cuéntenos cómo eligen los lugares.
R. Miramos el suelo, la sombra de las naves y el paso de los camiones. Después hablamos con los estibadores.
Te puede interesar: El mercado de abastos abrirá también por la tarde
Compartir
Todos los derechos reservados
""",
    "fr": """Accueil
Mardi 12 mars 2024
Le boulanger qui chauffe son four au marc de café
Publié le 12/03/2024 à 10h35
Mis à jour le 12/03/2024 à 11h02
Propos recueillis par Julien Marchand
Depuis l'automne, Paul Girard récupère le marc de café des bistrots du quartier pour alimenter le four de sa boulangerie.
Question : D'où vous est venue cette idée ?
Réponse : D'un client ingénieur qui fabriquait des bûches de marc dans son garage. J'ai voulu essayer pendant une semaine.
Question : Le goût du pain a-t-il changé ?
Réponse : Pas du tout. La chaleur est simplement plus régulière, et la croûte dore plus lentement.
Question : Expliquez-nous comment vous le collectez.
Réponse : Un cycliste passe chaque matin avec une remorque. Huit cafés nous donnent leurs seaux.
À lire aussi : Le marché couvert rouvre ses portes samedi
Partager
Tous droits réservés
""",
    "it": """Home | Cronaca | Cultura
La sarta che ripara le vele dei pescatori
12 marzo 2024 ore 10:35
Aggiornato il 12 marzo 2024 alle 18:20
di Chiara Benedetti
Da quarant'anni Anna Ferri cuce e ripara le vele delle barche del porto vecchio, nel laboratorio che fu di suo padre.
D: Quante vele ripara in un anno?
R: Più di duecento. In primavera il lavoro raddoppia, perché tutti vogliono uscire in mare nello stesso momento.
D: Ci racconti come ha imparato il mestiere.
R: Guardando mio padre, seduta su uno sgabello. A dodici anni cucivo già gli orli.
D: Che cosa è cambiato con i tessuti sintetici?
R: Si lavora più in fretta, ma il filo deve essere diverso e gli aghi si rompono più spesso.
Leggi anche: Il faro riapre ai visitatori a Pasqua
Condividi
Tutti i diritti riservati
""",
    "pt": """Início | Cidades | Cultura
Terça-feira, 12 de março de 2024
O bibliotecário que leva livros de barco às ilhas
Publicado em 12/03/2024 às 10h35
Atualizado em 12/03/2024 às 15h10
Por Ana Beatriz Costa
Há seis anos, Rui Mendes navega todas as semanas entre as ilhas da baía com uma biblioteca montada num barco de pesca.
Pergunta: Como começou o projeto?
Resposta: Com duas caixas de livros doados pela escola. Hoje levamos mais de mil títulos a bordo.
Pergunta: O que os leitores das ilhas pedem mais?
Resposta: Romances policiais e livros de receitas. As crianças querem banda desenhada.
Pergunta: Conte-nos como é um dia de viagem.
Resposta: Saímos às seis da manhã, paramos em quatro ilhas e voltamos ao pôr do sol.
Leia também: Festival de música regressa ao cais em abril
Compartilhar
Todos os direitos reservados
""",
    "pl": """Strona główna | Kraj | Kultura
Wtorek, 12 marca 2024
Zegarmistrz, który naprawia zegary na wieżach kościołów
12 marca 2024, 10:35
Aktualizacja: 12.03.2024, 14:20
Rozmawiała Katarzyna Wójcik
Od trzydziestu lat Tomasz Nowak jeździ po całym województwie i naprawia stare zegary na wieżach kościołów i ratuszy.
Pytanie: Ile zegarów naprawił pan w zeszłym roku?
Odpowiedź: Czternaście. Najstarszy miał ponad dwieście lat i trzeba było dorobić mu kilka kół zębatych.
Pytanie: Proszę opowiedzieć, jak wygląda taka naprawa.
Odpowiedź: Najpierw rozbieramy mechanizm na wieży, potem przewozimy części do warsztatu. Całość trwa zwykle miesiąc.
Pytanie: Czy zostało jeszcze wielu zegarmistrzów wieżowych?
Odpowiedź: W Polsce może kilkunastu. Uczę teraz syna, żeby ten zawód nie zniknął.
Czytaj także: Muzeum kolei otwiera nową wystawę
Udostępnij
Wszelkie prawa zastrzeżone
""",
}

# (labels, first question, published, byline names the interviewer)
EXPECTED = {
    "es": (("P", "R"), "¿Cuándo empezó a plantar árboles en el muelle?", T(2024, 3, 11, 9, 15),
           False),
    "fr": (("Question", "Réponse"), "D'où vous est venue cette idée ?", T(2024, 3, 12, 10, 35),
           True),
    "it": (("D", "R"), "Quante vele ripara in un anno?", T(2024, 3, 12, 10, 35), False),
    "pt": (("Pergunta", "Resposta"), "Como começou o projeto?", T(2024, 3, 12, 10, 35), False),
    "pl": (("Pytanie", "Odpowiedź"), "Ile zegarów naprawił pan w zeszłym roku?",
           T(2024, 3, 12, 10, 35), True),
}


@pytest.mark.parametrize("code", sorted(PAGES))
def test_written_page(code: str) -> None:
    text = PAGES[code]
    labels, first, published, interviewer = EXPECTED[code]
    page = interviewparse.parse(text)
    assert page.language == code
    assert page.format == "qa-labels"
    assert len(page.exchanges) == 3
    assert page.exchanges[0].question.text == first
    for ex in page.exchanges:
        assert (ex.question.speaker, ex.answer.speaker) == labels
        assert ex.answer.text and ex.question.text
    assert page.metadata.published == published
    assert page.metadata.published_precision == "minute"
    lines = text.splitlines()
    kinds = {b.line: b.kind for b in page.boilerplate}
    updated = next(i for i, ln in enumerate(lines) if ln.split()[0].lower() in (
        "actualizado:", "mis", "aggiornato", "atualizado", "aktualizacja:"))
    assert kinds[updated] == "other"  # the update time is not the publication time
    related = len(lines) - 3
    assert (kinds[related], kinds[related + 1], kinds[related + 2]) == (
        "related", "share", "footer")
    assert page.metadata.byline is not None
    assert (page.metadata.interviewer is not None) == interviewer
    assert interviewparse.coverage(page, text) == []


def test_el_pais_labels_with_a_dot() -> None:
    page = interviewparse.parse(PAGES["es"])
    assert [ex.question.label.text for ex in page.exchanges if ex.question.label] == ["P."] * 3


def test_every_new_lexicon_is_registered() -> None:
    for code in ("es", "fr", "it", "pt", "pl"):
        lex = LANGUAGES[code]
        assert lex.code == code
        assert lex.question_labels and lex.answer_labels and lex.interviewer_roles
        assert lex.second_person and lex.first_singular and lex.imperatives
        assert set(lex.question_labels) <= set(ALL.question_labels)


@pytest.mark.parametrize("word", ["je", "eu", "ja", "nas", "os", "dos", "due", "voi"])
def test_words_of_other_languages_stay_out_of_the_union(word: str) -> None:
    """German "je" and "ja", the English "EU", Portuguese "os", "dos",
    "nas", English "due" and Finnish "voi" are no pronouns or numbers on
    every page; English "my" is no "we"."""
    assert word not in ALL.first_singular | ALL.first_plural | ALL.second_person
    assert word not in ALL.number_words
    assert "my" not in ALL.first_plural


@pytest.mark.parametrize(("code", "opening"), [
    ("es", "Cuéntenos"), ("fr", "Racontez-nous"), ("it", "Ci racconti"), ("pt", "Conte-nos"),
    ("pl", "Proszę opowiedzieć"),
])
def test_requests_are_questions(code: str, opening: str) -> None:
    rest = {"es": "cómo empezó todo.", "fr": "comment tout a commencé.",
            "it": "come è cominciato tutto.", "pt": "como tudo começou.",
            "pl": "jak to się wszystko zaczęło."}[code]
    answer = {"es": "Empezó con una barca vieja y muchas ganas de trabajar en el puerto.",
              "fr": "Tout a commencé avec une vieille barque et beaucoup d'envie de travailler.",
              "it": "È cominciato con una vecchia barca e tanta voglia di lavorare al porto.",
              "pt": "Começou com um barco velho e muita vontade de trabalhar no porto.",
              "pl": "Zaczęło się od starej łodzi i wielkiej ochoty do pracy w porcie."}[code]
    question = {"es": "¿Y qué pasó después con la barca?",
                "fr": "Et qu'est devenue la barque ensuite ?",
                "it": "E che cosa è successo poi alla barca?",
                "pt": "E o que aconteceu depois com o barco?",
                "pl": "A co się potem stało z łodzią?"}[code]
    page = interviewparse.parse(
        f"{opening} {rest}\n\n{answer}\n\n{question}\n\n{answer}\n")
    assert [ex.question.text for ex in page.exchanges] == [f"{opening} {rest}", question]


ENUMERATIONS = {
    "es": ("Hay tres razones.", "En primer lugar, el agua.", "En segundo lugar, la tierra.",
           "tres razones"),
    "fr": ("Il y a trois raisons.", "Premièrement, l'eau.", "Deuxièmement, la terre.",
           "trois raisons"),
    "it": ("Ci sono tre motivi.", "In primo luogo, l'acqua.", "In secondo luogo, la terra.",
           "tre motivi"),
    "pt": ("Há três razões.", "Em primeiro lugar, a água.", "Em segundo lugar, a terra.",
           "três razões"),
    "pl": ("Są trzy powody.", "Po pierwsze, woda.", "Po drugie, ziemia.", "trzy powody"),
}


@pytest.mark.parametrize("code", sorted(ENUMERATIONS))
def test_enumerations(code: str) -> None:
    head, first, second, count = ENUMERATIONS[code]
    page = interviewparse.parse(f"Q: ?\nA: {head}\n{first}\n{second}\n")
    assert len(page.enumerations) == 1
    run = page.enumerations[0]
    assert [p.ordinal for p in run.items] == [1, 2]
    assert (run.announced, run.announced_text) == (3, count)


@pytest.mark.parametrize("opening", ["Secondo me", "Segundo o ministro", "Primo ministro"])
def test_a_bare_ordinal_needs_its_comma(opening: str) -> None:
    page = interviewparse.parse(f"Q: ?\nA: Uno.\n{opening} tutto va bene.\n{opening} no.\n")
    assert page.enumerations == []
