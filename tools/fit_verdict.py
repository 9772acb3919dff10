#!/usr/bin/env python3
"""Fit the interview verdict's weights (``verdict.BIAS``, ``WEIGHTS``,
``THRESHOLD``) and print them, with how they do on pages kept out of the fit.

    .venv/bin/python tools/fit_verdict.py            # fit, check, print
    .venv/bin/python tools/fit_verdict.py --check    # check the weights in verdict.py

The fit reads pages whose answer is known: every written test set with gold
files (``tests/corpus``, ``tests/pages`` ... but the newest, ``pages11``,
which is kept out to check the fit), the written pages that are no
interviews (``tests/notinterviews``), and the real development pages
(``../shared/realdev``, when present). The real pages that are no
interviews (``../shared/realneg``) are never fitted on: they measure it.

Logistic regression on the features of ``verdict.page_features``, by
gradient descent with an L2 penalty, the two classes weighed so that a lost
interview costs ``POSITIVE_WEIGHT`` times as much as a page wrongly called
one: the threshold stays at 0.5 (an interview when more likely one than
not) and the class weights carry the costs. Pages with no exchange at all,
or a single plain one, take no part (the verdict decides them without the
weights).
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from interviewparse import verdict  # noqa: E402
from interviewparse.assemble import verdict_features  # noqa: E402
from interviewparse.text import decode  # noqa: E402

SHARED = ROOT.parent / "shared"
HELD_OUT_SET = "pages11"
POSITIVE_WEIGHT = 0.8  # a lost interview costs this much, a false one the rest
L2 = 1.0
STEPS = 6000
RATE = 0.5


def _text(path: pathlib.Path) -> str:
    return decode(path.read_bytes()).text


def _gold_pages(folder: pathlib.Path) -> list[tuple[str, int, dict[str, float]]]:
    out = []
    for gold in sorted(folder.glob("*.gold.json")):
        page = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
        label = int(json.loads(gold.read_text(encoding="utf-8"))["format"] != "not-an-interview")
        out.append((f"{folder.name}/{page.stem}", label, verdict_features(_text(page))))
    return out


def _plain_pages(folder: pathlib.Path, label: int) -> list[tuple[str, int, dict[str, float]]]:
    return [(f"{folder.name}/{p.stem}", label, verdict_features(_text(p)))
            for p in sorted(folder.glob("*.txt"))]


def data() -> dict[str, list[tuple[str, int, dict[str, float]]]]:
    fit: list[tuple[str, int, dict[str, float]]] = []
    for folder in sorted((ROOT / "tests").iterdir()):
        if folder.is_dir() and folder.name != HELD_OUT_SET and any(folder.glob("*.gold.json")):
            fit += _gold_pages(folder)
    fit += _plain_pages(ROOT / "tests" / "notinterviews", 0)
    if (SHARED / "realdev").is_dir():
        fit += _gold_pages(SHARED / "realdev")
    sets = {"fit": fit, HELD_OUT_SET: _gold_pages(ROOT / "tests" / HELD_OUT_SET)}
    if (SHARED / "realneg").is_dir():
        sets["realneg"] = _plain_pages(SHARED / "realneg", 0)
    return sets


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit(rows: list[tuple[str, int, dict[str, float]]]) -> tuple[float, dict[str, float]]:
    names = list(verdict.FEATURES)
    rows = [r for r in rows if r[2] and not r[2].get(verdict.LONE)]  # the rest is decided
    xs = [[f[n] for n in names] for _, _, f in rows]
    ys = [y for _, y, _ in rows]
    pos = sum(ys)
    cw = [POSITIVE_WEIGHT / pos if y else (1 - POSITIVE_WEIGHT) / (len(ys) - pos) for y in ys]
    bias, w = 0.0, [0.0] * len(names)
    for _ in range(STEPS):
        gb, gw = 0.0, [0.0] * len(names)
        for x, y, c in zip(xs, ys, cw):
            err = (_sigmoid(bias + sum(a * b for a, b in zip(w, x))) - y) * c
            gb += err
            for k, v in enumerate(x):
                gw[k] += err * v
        bias -= RATE * gb
        w = [wk - RATE * (gk + L2 * wk / len(ys)) for wk, gk in zip(w, gw)]
    return bias, dict(zip(names, w))


def score(f: dict[str, float], bias: float, weights: dict[str, float]) -> float:
    return verdict.judge(f, bias, weights).confidence


def report(sets: dict[str, list[tuple[str, int, dict[str, float]]]], bias: float,
           weights: dict[str, float], thr: float) -> None:
    for name, rows in sets.items():
        pos = [(n, f) for n, y, f in rows if y]
        neg = [(n, f) for n, y, f in rows if not y]
        kept = sum(1 for _, f in pos if f and score(f, bias, weights) >= thr)
        called = [n for n, f in neg if f and score(f, bias, weights) >= thr]
        print(f"{name}: interviews kept {kept}/{len(pos)}, others called {len(called)}/{len(neg)}"
              + (f": {' '.join(called)}" if called else ""))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="report the weights in verdict.py")
    args = ap.parse_args()
    sets = data()
    if args.check:
        report(sets, verdict.BIAS, verdict.WEIGHTS, verdict.THRESHOLD)
        return 0
    bias, weights = fit(sets["fit"])
    thr = 0.5
    report(sets, bias, weights, thr)
    print(f"BIAS = {bias:.3f}")
    print("WEIGHTS: dict[str, float] = {")
    for n, v in weights.items():
        print(f'    "{n}": {v:.3f},')
    print("}")
    print(f"THRESHOLD = {thr}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
