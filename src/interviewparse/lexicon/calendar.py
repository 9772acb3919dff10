"""Calendar words as pages print them: months, weekdays, date-line prefixes.

Pure data, no logic and no imports from the package.  Every entry is
lower-cased (``str.lower()``); consumers look words up after lower-casing
them.  Tables keyed by language use ISO 639-1 codes.  Month tables list both
the nominative and the genitive ("март" / "марта") where a language inflects
the month in dates, and abbreviations with and without their dot.
"""

from __future__ import annotations

# Compact tables read better than one entry per line.
# fmt: off

# --------------------------------------------------------------------------
# Months: printed form -> month number (1..12)
# --------------------------------------------------------------------------

MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "jan.": 1,
        "february": 2, "feb": 2, "feb.": 2, "febr": 2, "febr.": 2,
        "march": 3, "mar": 3, "mar.": 3,
        "april": 4, "apr": 4, "apr.": 4,
        "may": 5,
        "june": 6, "jun": 6, "jun.": 6,
        "july": 7, "jul": 7, "jul.": 7,
        "august": 8, "aug": 8, "aug.": 8,
        "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
        "october": 10, "oct": 10, "oct.": 10,
        "november": 11, "nov": 11, "nov.": 11,
        "december": 12, "dec": 12, "dec.": 12,
    },
    "ru": {
        "январь": 1, "января": 1, "янв": 1, "янв.": 1,
        "февраль": 2, "февраля": 2, "фев": 2, "фев.": 2, "февр": 2, "февр.": 2,
        "март": 3, "марта": 3, "мар": 3, "мар.": 3,
        "апрель": 4, "апреля": 4, "апр": 4, "апр.": 4,
        "май": 5, "мая": 5,
        "июнь": 6, "июня": 6, "июн": 6, "июн.": 6,
        "июль": 7, "июля": 7, "июл": 7, "июл.": 7,
        "август": 8, "августа": 8, "авг": 8, "авг.": 8,
        "сентябрь": 9, "сентября": 9, "сен": 9, "сен.": 9, "сент": 9, "сент.": 9,
        "октябрь": 10, "октября": 10, "окт": 10, "окт.": 10,
        "ноябрь": 11, "ноября": 11, "ноя": 11, "ноя.": 11, "нояб": 11, "нояб.": 11,
        "декабрь": 12, "декабря": 12, "дек": 12, "дек.": 12,
    },
    "be": {
        "студзень": 1, "студзеня": 1, "студз": 1, "студз.": 1,
        "люты": 2, "лютага": 2, "лют": 2, "лют.": 2,
        "сакавік": 3, "сакавіка": 3, "сак": 3, "сак.": 3,
        "красавік": 4, "красавіка": 4, "крас": 4, "крас.": 4,
        "май": 5, "мая": 5,
        "чэрвень": 6, "чэрвеня": 6, "чэрв": 6, "чэрв.": 6,
        "ліпень": 7, "ліпеня": 7, "ліп": 7, "ліп.": 7,
        "жнівень": 8, "жніўня": 8, "жн": 8, "жн.": 8,
        "верасень": 9, "верасня": 9, "вер": 9, "вер.": 9,
        "кастрычнік": 10, "кастрычніка": 10, "кастр": 10, "кастр.": 10,
        "лістапад": 11, "лістапада": 11, "ліст": 11, "ліст.": 11,
        "снежань": 12, "снежня": 12, "снеж": 12, "снеж.": 12,
    },
    "uk": {
        "січень": 1, "січня": 1, "січ": 1, "січ.": 1,
        "лютий": 2, "лютого": 2,
        "березень": 3, "березня": 3, "бер": 3, "бер.": 3,
        "квітень": 4, "квітня": 4, "квіт": 4, "квіт.": 4,
        "травень": 5, "травня": 5, "трав": 5, "трав.": 5,
        "червень": 6, "червня": 6, "черв": 6, "черв.": 6,
        "липень": 7, "липня": 7, "лип": 7, "лип.": 7,
        "серпень": 8, "серпня": 8, "серп": 8, "серп.": 8,
        "вересень": 9, "вересня": 9, "вер": 9, "вер.": 9,
        "жовтень": 10, "жовтня": 10, "жовт": 10, "жовт.": 10,
        "листопад": 11, "листопада": 11, "лист": 11, "лист.": 11,
        "грудень": 12, "грудня": 12, "груд": 12, "груд.": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "jaenner": 1, "jan": 1, "jan.": 1,
        "februar": 2, "feber": 2, "feb": 2, "feb.": 2, "febr": 2, "febr.": 2,
        "märz": 3, "maerz": 3, "mär": 3, "mär.": 3, "mrz": 3, "mrz.": 3,
        "april": 4, "apr": 4, "apr.": 4,
        "mai": 5,
        "juni": 6, "jun": 6, "jun.": 6,
        "juli": 7, "jul": 7, "jul.": 7,
        "august": 8, "aug": 8, "aug.": 8,
        "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
        "oktober": 10, "okt": 10, "okt.": 10,
        "november": 11, "nov": 11, "nov.": 11,
        "dezember": 12, "dez": 12, "dez.": 12,
    },
    "fr": {
        "janvier": 1, "janv": 1, "janv.": 1,
        "février": 2, "fevrier": 2, "févr": 2, "févr.": 2, "fevr": 2, "fevr.": 2,
        "mars": 3,
        "avril": 4, "avr": 4, "avr.": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7, "juil": 7, "juil.": 7,
        "août": 8, "aout": 8,
        "septembre": 9, "sept": 9, "sept.": 9,
        "octobre": 10, "oct": 10, "oct.": 10,
        "novembre": 11, "nov": 11, "nov.": 11,
        "décembre": 12, "decembre": 12, "déc": 12, "déc.": 12, "dec": 12, "dec.": 12,
    },
    "es": {
        "enero": 1, "ene": 1, "ene.": 1,
        "febrero": 2, "feb": 2, "feb.": 2,
        "marzo": 3, "mar": 3, "mar.": 3,
        "abril": 4, "abr": 4, "abr.": 4,
        "mayo": 5, "may": 5,
        "junio": 6, "jun": 6, "jun.": 6,
        "julio": 7, "jul": 7, "jul.": 7,
        "agosto": 8, "ago": 8, "ago.": 8,
        "septiembre": 9, "setiembre": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
        "octubre": 10, "oct": 10, "oct.": 10,
        "noviembre": 11, "nov": 11, "nov.": 11,
        "diciembre": 12, "dic": 12, "dic.": 12,
    },
    "it": {
        "gennaio": 1, "gen": 1, "gen.": 1,
        "febbraio": 2, "feb": 2, "feb.": 2, "febb": 2, "febb.": 2,
        "marzo": 3, "mar": 3, "mar.": 3,
        "aprile": 4, "apr": 4, "apr.": 4,
        "maggio": 5, "mag": 5, "mag.": 5,
        "giugno": 6, "giu": 6, "giu.": 6,
        "luglio": 7, "lug": 7, "lug.": 7,
        "agosto": 8, "ago": 8, "ago.": 8,
        "settembre": 9, "set": 9, "set.": 9, "sett": 9, "sett.": 9,
        "ottobre": 10, "ott": 10, "ott.": 10,
        "novembre": 11, "nov": 11, "nov.": 11,
        "dicembre": 12, "dic": 12, "dic.": 12,
    },
    "pt": {
        "janeiro": 1, "jan": 1, "jan.": 1,
        "fevereiro": 2, "fev": 2, "fev.": 2,
        "março": 3, "marco": 3, "mar": 3, "mar.": 3,
        "abril": 4, "abr": 4, "abr.": 4,
        "maio": 5, "mai": 5, "mai.": 5,
        "junho": 6, "jun": 6, "jun.": 6,
        "julho": 7, "jul": 7, "jul.": 7,
        "agosto": 8, "ago": 8, "ago.": 8,
        "setembro": 9, "set": 9, "set.": 9,
        "outubro": 10, "out": 10, "out.": 10,
        "novembro": 11, "nov": 11, "nov.": 11,
        "dezembro": 12, "dez": 12, "dez.": 12,
    },
    "pl": {
        "styczeń": 1, "stycznia": 1, "sty": 1, "sty.": 1,
        "luty": 2, "lutego": 2, "lut": 2, "lut.": 2,
        "marzec": 3, "marca": 3, "mar": 3, "mar.": 3,
        "kwiecień": 4, "kwietnia": 4, "kwi": 4, "kwi.": 4,
        "maj": 5, "maja": 5,
        "czerwiec": 6, "czerwca": 6, "cze": 6, "cze.": 6,
        "lipiec": 7, "lipca": 7, "lip": 7, "lip.": 7,
        "sierpień": 8, "sierpnia": 8, "sie": 8, "sie.": 8,
        "wrzesień": 9, "września": 9, "wrz": 9, "wrz.": 9,
        "październik": 10, "października": 10, "paź": 10, "paź.": 10,
        "listopad": 11, "listopada": 11, "lis": 11, "lis.": 11,
        "grudzień": 12, "grudnia": 12, "gru": 12, "gru.": 12,
    },
    "cs": {
        "leden": 1, "ledna": 1,
        "únor": 2, "února": 2,
        "březen": 3, "března": 3,
        "duben": 4, "dubna": 4,
        "květen": 5, "května": 5,
        "červen": 6, "června": 6,
        "červenec": 7, "července": 7,
        "srpen": 8, "srpna": 8,
        "září": 9,
        "říjen": 10, "října": 10,
        "listopad": 11, "listopadu": 11,
        "prosinec": 12, "prosince": 12,
    },
    "nl": {
        "januari": 1, "jan": 1, "jan.": 1,
        "februari": 2, "feb": 2, "feb.": 2,
        "maart": 3, "mrt": 3, "mrt.": 3,
        "april": 4, "apr": 4, "apr.": 4,
        "mei": 5,
        "juni": 6, "jun": 6, "jun.": 6,
        "juli": 7, "jul": 7, "jul.": 7,
        "augustus": 8, "aug": 8, "aug.": 8,
        "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
        "oktober": 10, "okt": 10, "okt.": 10,
        "november": 11, "nov": 11, "nov.": 11,
        "december": 12, "dec": 12, "dec.": 12,
    },
    "tr": {
        "ocak": 1,
        "şubat": 2, "subat": 2,
        "mart": 3,
        "nisan": 4,
        "mayıs": 5, "mayis": 5,
        "haziran": 6,
        "temmuz": 7,
        "ağustos": 8, "agustos": 8,
        "eylül": 9, "eylul": 9,
        "ekim": 10,
        "kasım": 11, "kasim": 11,
        "aralık": 12, "aralik": 12,
    },
    "zh": {
        "一月": 1, "二月": 2, "三月": 3, "四月": 4, "五月": 5, "六月": 6,
        "七月": 7, "八月": 8, "九月": 9, "十月": 10, "十一月": 11, "十二月": 12,
    },
}

# --------------------------------------------------------------------------
# Weekdays: every printed form, full and short
# --------------------------------------------------------------------------

WEEKDAYS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "monday", "mon", "mon.",
        "tuesday", "tue", "tue.", "tues", "tues.",
        "wednesday", "wed", "wed.",
        "thursday", "thu", "thu.", "thur", "thur.", "thurs", "thurs.",
        "friday", "fri", "fri.",
        "saturday", "sat", "sat.",
        "sunday", "sun", "sun.",
    }),
    "ru": frozenset({
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "пн", "вт", "ср", "чт", "пт", "сб", "вс",
        "пн.", "вт.", "ср.", "чт.", "пт.", "сб.", "вс.",
    }),
    "be": frozenset({
        "панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота", "нядзеля",
        "пн", "аўт", "ср", "чц", "пт", "сб", "нд",
    }),
    "uk": frozenset({
        "понеділок", "вівторок", "середа", "четвер",
        "пʼятниця", "п'ятниця", "п’ятниця", "субота", "неділя",
        "пн", "вт", "ср", "чт", "пт", "сб", "нд",
    }),
    "de": frozenset({
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonnabend", "sonntag",
        "mo", "di", "mi", "do", "fr", "sa", "so",
        "mo.", "di.", "mi.", "do.", "fr.", "sa.", "so.",
    }),
    "fr": frozenset({
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
        "lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.",
    }),
    "es": frozenset({
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes",
        "sábado", "sabado", "domingo",
        "lun", "mar", "mié", "mie", "jue", "vie", "sáb", "sab", "dom",
    }),
    "it": frozenset({
        "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi",
        "giovedì", "giovedi", "venerdì", "venerdi", "sabato", "domenica",
        "lun", "mar", "mer", "gio", "ven", "sab", "dom",
    }),
    "pt": frozenset({
        "segunda-feira", "terça-feira", "terca-feira", "quarta-feira",
        "quinta-feira", "sexta-feira", "segunda", "terça", "terca", "quarta",
        "quinta", "sexta", "sábado", "sabado", "domingo",
        "seg", "ter", "qua", "qui", "sex", "sáb", "sab", "dom",
    }),
    "pl": frozenset({
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "pon", "wt", "śr", "czw", "pt", "sob", "niedz", "ndz",
    }),
    "cs": frozenset({
        "pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle",
        "po", "út", "st", "čt", "pá", "so", "ne",
    }),
    "nl": frozenset({
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "ma", "di", "wo", "do", "vr", "za", "zo",
    }),
    "tr": frozenset({
        "pazartesi", "salı", "sali", "çarşamba", "carsamba", "perşembe", "persembe",
        "cuma", "cumartesi", "pazar",
    }),
    "zh": frozenset({
        "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
        "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天",
        "礼拜一", "礼拜二", "礼拜三", "礼拜四", "礼拜五", "礼拜六", "礼拜日", "礼拜天",
        "週一", "週二", "週三", "週四", "週五", "週六", "週日",
    }),
    "ja": frozenset({
        "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日",
        "月", "火", "水", "木", "金", "土", "日",
    }),
}

# --------------------------------------------------------------------------
# Prefix words of date lines
# --------------------------------------------------------------------------

# "Today: Monday, 11 December 2023" -- the page's date banner.
TODAY_PREFIXES: frozenset[str] = frozenset({
    "today", "today is",
    "сегодня",
    "сёння", "сення",
    "сьогодні",
    "heute",
    "aujourd'hui", "aujourd’hui",
    "hoy",
    "oggi",
    "hoje",
    "dziś", "dzisiaj",
    "dnes",
    "vandaag",
    "bugün",
    "今天", "今日",
})

# "Published: 2 September 2023, 12:00"
PUBLISHED_PREFIXES: frozenset[str] = frozenset({
    "published", "first published", "posted", "date", "dated", "publication date",
    "date published", "released",
    "опубликовано", "опубликован", "опубликована", "дата публикации", "дата",
    "размещено", "добавлено",
    "апублікавана", "апублікаваны", "дата публікацыі",
    "опубліковано", "дата публікації",
    "veröffentlicht", "veroeffentlicht", "erstellt", "erschienen", "publiziert",
    "stand", "datum",
    "publié", "publie", "mis en ligne", "date de publication",
    "publicado", "fecha", "fecha de publicación",
    "pubblicato", "data di pubblicazione", "data",
    "opublikowano", "data publikacji",
    "publikováno", "zveřejněno",
    "gepubliceerd",
    "yayınlanma", "yayın tarihi",
    "发布时间", "发布日期", "发表时间", "发表日期", "发表于", "发布于", "发稿时间",
    "时间", "日期", "發佈時間", "發布時間", "時間",
    "公開日", "投稿日",
})

# "Updated: 2 September 2023, 15:35"
UPDATED_PREFIXES: frozenset[str] = frozenset({
    "updated", "last updated", "modified", "last modified", "edited", "last edited",
    "обновлено", "обновлен", "обновлён", "изменено", "дата обновления",
    "абноўлена", "абноўлены",
    "оновлено",
    "aktualisiert", "zuletzt aktualisiert", "geändert", "zuletzt geändert",
    "mis à jour", "mis a jour", "modifié", "modifie",
    "actualizado", "última actualización", "ultima actualizacion",
    "aggiornato", "ultimo aggiornamento",
    "atualizado",
    "zaktualizowano", "aktualizacja",
    "aktualizováno",
    "bijgewerkt", "laatst bijgewerkt",
    "güncellendi", "güncelleme",
    "更新", "更新时间", "更新于", "更新日期", "更新時間", "更新日",
})

# Small words between a prefix and the date: "Published on", "Veröffentlicht am".
PREFIX_CONNECTORS: frozenset[str] = frozenset({
    "on", "at", "am", "le", "il", "el", "em", "op", "w", "dnia", "dne",
})

# Icon alt texts a text extractor leaves in front of a date banner.
ICON_WORDS: frozenset[str] = frozenset({
    "flag", "флаг", "сцяг", "прапор", "flagge", "drapeau", "bandera", "bandiera", "flaga",
    "calendar", "календарь", "kalender", "clock", "icon",
})

# --------------------------------------------------------------------------
# Words around the parts of a date
# --------------------------------------------------------------------------

# "10th March", "1er mars"
DAY_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th", "er"})

# "10 de marzo de 2023", "the 10th of March"
DATE_CONNECTORS: frozenset[str] = frozenset({"de", "del", "of"})

# "2 июня 2023 г.", "10 marca 2023 r."
YEAR_SUFFIXES: frozenset[str] = frozenset({
    "г.", "г", "года", "год", "гг.", "р.", "р", "року", "рік", "roku", "r.", "r",
})

# Words between the date and its time: "um 09:28", "в 09:28", "at 9:28".
TIME_CONNECTORS: frozenset[str] = frozenset({
    "at", "um", "в", "ў", "о", "à", "a las", "a la", "alle", "ore", "às", "o", "om",
    "kl.", "kl", "klo", "godz.", "godz", "saat", "@",
})

# Words after a time that are not a time zone: "16:45 Uhr", "10:15 ч."
TIME_SUFFIXES: frozenset[str] = frozenset({
    "uhr", "h", "hs", "hrs", "hrs.", "ч", "ч.", "час", "час.", "год.", "godz.", "óra",
})

# Time-zone names a page prints after a time -> offset in minutes, or None
# where the name does not pin one offset ("CST", "IST").
TIME_ZONES: dict[str, int | None] = {
    "utc": 0, "gmt": 0, "uct": 0, "wet": 0,
    "bst": 60, "cet": 60, "mez": 60, "west": 60,
    "cest": 120, "mesz": 120, "eet": 120, "oez": 120,
    "eest": 180, "oesz": 180, "msk": 180, "мск": 180, "msk.": 180,
    "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420,
    "cst": None, "ist": None, "ast": None,
    "北京时间": 480, "北京時間": 480, "jst": 540, "kst": 540,
}

# Morning / afternoon markers.  Latin forms are also matched with the dots and
# spaces removed ("a. m." -> "am").
AM_FORMS: frozenset[str] = frozenset({"am", "a.m.", "a. m.", "a.m", "上午", "午前", "早上"})
PM_FORMS: frozenset[str] = frozenset({"pm", "p.m.", "p. m.", "p.m", "下午", "午後", "晚上"})

# --------------------------------------------------------------------------
# What may follow a date on its line
# --------------------------------------------------------------------------

# Characters that open a trailing part: "10 March 2023 | Anna Petrova".
TAIL_SEPARATORS: str = "|｜·•—–-/\\／"

# Words that open a trailing part without a separator: "10 March 2023 By X".
TAIL_WORDS: frozenset[str] = frozenset({
    "by", "von", "par", "por", "di", "door", "автор", "аўтар",
    "source", "источник", "крыніца", "quelle", "来源", "來源",
})
# fmt: on


# --------------------------------------------------------------------------
# Weekday numbers (Monday = 0), for telling "Thu, 11/09/2023" apart: the
# weekday printed beside an ambiguous numeric date decides its order.
# --------------------------------------------------------------------------

_WEEKDAY_ROWS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon", "понедельник", "пн", "montag", "mo", "панядзелак", "понеділок", "星期一", "周一"),
    ("tuesday", "tue", "tues", "вторник", "вт", "dienstag", "di", "аўторак", "вівторок", "星期二", "周二"),
    ("wednesday", "wed", "среда", "ср", "mittwoch", "mi", "серада", "середа", "星期三", "周三"),
    ("thursday", "thu", "thur", "thurs", "четверг", "чт", "donnerstag", "do", "чацвер", "четвер",
     "星期四", "周四"),
    ("friday", "fri", "пятница", "пт", "freitag", "fr", "пятніца", "п'ятниця", "星期五", "周五"),
    ("saturday", "sat", "суббота", "сб", "samstag", "sa", "субота", "星期六", "周六"),
    ("sunday", "sun", "воскресенье", "вс", "sonntag", "so", "нядзеля", "неділя", "星期日", "星期天",
     "周日"),
)
WEEKDAY_INDEX: dict[str, int] = {w: i for i, row in enumerate(_WEEKDAY_ROWS) for w in row}
