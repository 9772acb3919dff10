#!/usr/bin/env python3
"""Write src/interviewparse/lexicon/cldr_calendar.py: month and weekday names
from CLDR, through Babel, for every locale Babel has of each language below.

    .venv/bin/python tools/gen_calendar.py          # rewrite the module
    .venv/bin/python tools/gen_calendar.py --check  # exit 1 if it would change

Run time reads the generated module and never imports Babel (loading ~30
locales' data from Babel's pickles would cost start-up every time);
tests/test_languages.py checks that regenerating gives the same file.

For each language, the union over its locales ("es", "es_MX", "es_AR", ...)
of the wide and abbreviated month names in their format (genitive:
"marca", "марта") and stand-alone ("marzec", "март") forms, and of the wide,
abbreviated and short weekday names, lower-cased as printed (dots kept:
dates.py reads each form with and without its dot). Forms with a digit
("3月") are left to the numeric date shapes; one-letter forms ("K" for a
Hungarian Tuesday) say too little; so are forms in scripts pages do not
print these languages in (Deseret and Shavian English). Catalan's "de març" / "d'abril" keep
the name with its elided article ("d'abril") and without it ("març").
"""

from __future__ import annotations

import argparse
import pathlib
import sys

import babel
import regex
from babel import Locale, localedata

# ISO 639-1 codes; their order is the order of the generated tables.
LANGUAGES = (
    "en", "ru", "be", "uk", "de", "zh",
    "es", "fr", "it", "pt", "pl",
    "nl", "sv", "da", "nb", "nn", "no", "fi", "cs", "sk", "hu", "ro", "hr", "sl", "bg",
    "el", "tr", "id", "ca",
)
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/interviewparse/lexicon/cldr_calendar.py"
_APOSTROPHES = ("'", "’")
# the scripts pages print these languages in (not Deseret or Shavian English)
_SCRIPTS = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Han}\p{M}'’.\-]+")


def locales(language: str) -> list[str]:
    ids = localedata.locale_identifiers()
    return sorted(i for i in ids if i == language or i.startswith(language + "_"))


def _forms(name: str) -> list[str]:
    """A CLDR name as the word(s) a date prints: lower-case, no digits, no
    one-letter forms; an elided or separate article split off."""
    low = name.strip().lower()
    if not low or any(ch.isdigit() for ch in low):
        return []
    if not all(_SCRIPTS.fullmatch(part) for part in low.split()):
        return []
    out: list[str] = []
    if low.startswith("de "):  # Catalan "de març": the "de" is a date connector
        low = low[3:].strip()
    for apostrophe in _APOSTROPHES:
        if low.startswith("d" + apostrophe):  # Catalan "d’abril"
            bare = low[2:]
            out += ["d'" + bare, "d’" + bare]
            low = bare
    if " " in low:
        return []
    if len(low.rstrip(".")) >= 2:
        out.append(low)
    return out


def _names(loc: Locale, kind: str, widths: tuple[str, ...]) -> dict[str, int]:
    """form -> number (month 1..12, weekday 0..6 with Monday = 0)."""
    out: dict[str, int] = {}
    table = loc.months if kind == "months" else loc.days
    for context in ("format", "stand-alone"):
        for width in widths:
            for number, name in table.get(context, {}).get(width, {}).items():
                for form in _forms(name):
                    out.setdefault(form, number)
    return out


def tables() -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    months: dict[str, dict[str, int]] = {}
    weekdays: dict[str, dict[str, int]] = {}
    for language in LANGUAGES:
        m: dict[str, int] = {}
        w: dict[str, int] = {}
        for ident in locales(language):
            loc = Locale.parse(ident)
            for form, number in _names(loc, "months", ("wide", "abbreviated")).items():
                m.setdefault(form, number)
            for form, number in _names(loc, "days", ("wide", "abbreviated", "short")).items():
                w.setdefault(form, number)
        months[language] = dict(sorted(m.items(), key=lambda kv: (kv[1], kv[0])))
        weekdays[language] = dict(sorted(w.items(), key=lambda kv: (kv[1], kv[0])))
    return months, weekdays


def _table(name: str, doc: str, data: dict[str, dict[str, int]]) -> list[str]:
    lines = [f"# {doc}", f"{name}: dict[str, dict[str, int]] = {{"]
    for language, forms in data.items():
        lines.append(f"    {language!r}: {{")
        row: list[str] = []
        width = 8
        for form, number in forms.items():
            item = f"{form!r}: {number},"
            if row and width + len(item) + 1 > 100:
                lines.append("        " + " ".join(row))
                row, width = [], 8
            row.append(item)
            width += len(item) + 1
        if row:
            lines.append("        " + " ".join(row))
        lines.append("    },")
    lines.append("}")
    return lines


def render() -> str:
    months, weekdays = tables()
    head = [
        '"""Month and weekday names from CLDR, for dates in every locale of these',
        "languages. Generated by tools/gen_calendar.py from Babel "
        f"{babel.__version__}: do not edit.",
        '"""',
        "",
        "# fmt: off",
        f"BABEL_VERSION = {babel.__version__!r}",
        f"LANGUAGES: tuple[str, ...] = {LANGUAGES!r}",
        "",
    ]
    body = _table("MONTHS", "printed form -> month (1..12), per language", months)
    body += [""]
    body += _table("WEEKDAYS", "printed form -> weekday (Monday = 0), per language", weekdays)
    return "\n".join([*head, *body, "# fmt: on", ""])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the module would change")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} is out of date: run tools/gen_calendar.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
