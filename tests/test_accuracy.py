"""The accuracy gate: the parser is scored against the gold files shipped in
tests/corpus (the project's development corpus) and tests/pages (pages
written for the test suite), and a figure below its floor fails the suite.
Floors only go up: raise them when a change improves a figure."""

from __future__ import annotations

import pathlib

import pytest
from scoring import score_dir

HERE = pathlib.Path(__file__).parent

# figure -> floor, over all pages of the set ("ALL") and per format
CORPUS_FLOORS = {
    "ALL": {"pair": 0.98, "question": 0.99, "boilerplate": 0.99, "enumeration": 0.99,
            "title": 1.0, "published": 1.0, "speaker": 0.99, "content_kept": 1.0},
    "standalone-questions": {"pair": 0.95, "content_kept": 1.0},
    "speaker-labels": {"pair": 0.95},
    "qa-labels": {"pair": 0.95},
    "dash-dialogue": {"pair": 0.95},
    "mixed": {"pair": 0.90},
    "not-an-interview": {"pair": 1.0},
}
# boilerplate_leaked is a rate of failures: it has a ceiling, not a floor
LEAK_CEILING = 0.0


def _check(folder: pathlib.Path, floors: dict[str, dict[str, float]]) -> None:
    figures, misses = score_dir(folder)
    low = [
        f"{fmt} {fig} {figures[fmt][fig]:.3f} < {floor}"
        for fmt, fl in floors.items()
        for fig, floor in fl.items()
        if fmt in figures and figures[fmt][fig] < floor - 1e-9
    ]
    if figures["ALL"]["boilerplate_leaked"] > LEAK_CEILING:
        low.append(f"boilerplate_leaked {figures['ALL']['boilerplate_leaked']:.3f}")
    assert not low, "; ".join(low) + "\n" + "\n".join(misses)


def test_corpus_floors() -> None:
    folder = HERE / "corpus"
    if not any(folder.glob("*.gold.json")):
        pytest.skip("tests/corpus is missing")
    _check(folder, CORPUS_FLOORS)
