"""The contract's invariants on complete real pages: every line accounted for
once, spans that slice the input, JSON that round-trips. The pages are
third-party texts kept beside the repository (``../shared/realdev``,
``../shared/realneg``), never copied into it; the tests skip without them."""

from __future__ import annotations

import pathlib

import pytest

import interviewparse
from interviewparse import Interview

SHARED = pathlib.Path(__file__).resolve().parent.parent.parent / "shared"
PAGES = sorted([*SHARED.glob("realdev/*.txt"), *SHARED.glob("realneg/*.txt")])

pytestmark = pytest.mark.skipif(not PAGES, reason="../shared/realdev and realneg are absent")


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_invariants_on_a_real_page(path: pathlib.Path) -> None:
    page = interviewparse.parse_file(path)
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    assert interviewparse.coverage(page, text) == []
    assert interviewparse.overclaimed(page) == []
    for p in [*page.lead, *page.trailing]:
        assert text[p.span[0] : p.span[1]] == p.text
    for ex in page.exchanges:
        assert ex.answer.paragraphs, "an exchange always has an answer"
        for turn in (ex.question, ex.answer):
            for p in turn.paragraphs:
                assert text[p.span[0] : p.span[1]] == p.text
    for b in page.boilerplate:
        assert text[b.span[0] : b.span[1]] == b.text
    assert Interview.from_json(page.to_json()) == page
