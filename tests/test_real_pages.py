"""The contract's invariants on complete real pages: every line accounted for
once, spans that slice the input, JSON that round-trips. The pages are
third-party texts kept beside the repository (``../shared/realdev``,
``../shared/realneg``), never copied into it; the tests skip without them."""

from __future__ import annotations

import pathlib

import pytest
from test_properties import CHECKS

import interviewparse

SHARED = pathlib.Path(__file__).resolve().parent.parent.parent / "shared"
PAGES = sorted([*SHARED.glob("realdev/*.txt"), *SHARED.glob("realneg/*.txt")])

pytestmark = pytest.mark.skipif(not PAGES, reason="../shared/realdev and realneg are absent")


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_invariants_on_a_real_page(path: pathlib.Path) -> None:
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    page = interviewparse.parse(text)
    for check in CHECKS:  # the properties every written page is held to
        check(text, page)
    for ex in page.exchanges:
        assert ex.answer.paragraphs, "an exchange always has an answer"
