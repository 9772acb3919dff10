"""Every input the fuzzer or a bug report found is kept in fuzz/regressions
and must parse losslessly, with spans that slice the input, and round-trip."""

from __future__ import annotations

import contextlib
import pathlib

import pytest

import interviewparse
from interviewparse import Interview

CASES = sorted((pathlib.Path(__file__).parent.parent / "fuzz" / "regressions").glob("*"))


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_regression_input(path: pathlib.Path) -> None:
    data = path.read_bytes()
    text = data.decode("utf-8", errors="replace")
    page = interviewparse.parse(text)
    assert interviewparse.coverage(page, text) == []
    assert interviewparse.overclaimed(page) == []
    for p in [*page.lead, *page.trailing]:
        assert text[p.span[0] : p.span[1]] == p.text
    for ex in page.exchanges:
        for turn in (ex.question, ex.answer):
            for p in turn.paragraphs:
                assert text[p.span[0] : p.span[1]] == p.text
    for b in page.boilerplate:
        assert text[b.span[0] : b.span[1]] == b.text
    assert Interview.from_json(page.to_json()) == page
    # refusing bytes that are not text is fine; crashing is not
    with contextlib.suppress(interviewparse.InputError):
        interviewparse.parse_bytes(data)
