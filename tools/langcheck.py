#!/usr/bin/env python3
"""Check the detected language of pages against what they are known to be.

    .venv/bin/python tools/langcheck.py ../shared/realdev ../shared/realneg tests/pages

For each NAME.txt of each folder the expected language is the "language"
field of NAME.gold.json when there is one, else the file name's prefix up to
its first "-" ("es-…", "pap-…"). Prints each miss and one line per folder:
right / pages. Exit status 1 when a page is missed.
"""

from __future__ import annotations

import json
import pathlib
import sys

from interviewparse import language
from interviewparse.text import decode


def expected(txt: pathlib.Path) -> str:
    gold = txt.with_name(txt.name[: -len(".txt")] + ".gold.json")
    if gold.exists():
        code = json.loads(gold.read_text(encoding="utf-8")).get("language")
        if isinstance(code, str):
            return code
    return txt.name.split("-", 1)[0]


def main(argv: list[str]) -> int:
    missed = 0
    for folder in map(pathlib.Path, argv[1:]):
        right = total = 0
        for txt in sorted(folder.glob("*.txt")):
            want = expected(txt)
            got = language.detect(decode(txt.read_bytes()).text)
            total += 1
            right += got == want
            if got != want:
                print(f"  {txt.name}: {got}, expected {want}")
        missed += total - right
        print(f"{folder}: {right}/{total}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
