"""Atheris fuzz harness for ``interviewparse.parse`` and ``parse_bytes``.

    python fuzz/fuzz_parse.py fuzz/seeds -max_total_time=600

Each input is fed twice: as text (UTF-8, errors="replace") to ``parse``, which
must never raise, and as raw bytes to ``parse_bytes``, which may raise only
``interviewparse.InputError``. On both results these invariants must hold
(an AssertionError is raised otherwise, which libFuzzer reports as a crash):

* ``coverage(i, text) == []``: every non-blank line is accounted for;
* ``overclaimed(i) == []``: no line is claimed twice;
* every Paragraph / BoilerplateLine ``span`` slices the text to its ``.text``;
* ``Interview.from_json(i.to_json()) == i``.

Replay one input without fuzzing: ``python fuzz/fuzz_parse.py FILE``.

To keep a campaign going past a known finding, ``FUZZ_IGNORE`` takes a
comma-separated list of finding kinds to skip: ``coverage``, ``overclaimed``,
``span``, ``roundtrip``, or ``exception:Type@file:line`` (as printed in the
``Violation``/exception report). Unset, every violation is a crash.
"""

from __future__ import annotations

import os
import sys
import traceback

import atheris

with atheris.instrument_imports():
    import interviewparse
    from interviewparse.text import decode as _decode


def _paragraphs(i: interviewparse.Interview):
    yield from (("lead", p) for p in i.lead)
    yield from (("trailing", p) for p in i.trailing)
    for ex in i.exchanges:
        yield from ((f"exchange {ex.index} question", p) for p in ex.question.paragraphs)
        yield from ((f"exchange {ex.index} answer", p) for p in ex.answer.paragraphs)
    yield from (("boilerplate", b) for b in i.boilerplate)


IGNORE = {k.strip() for k in os.environ.get("FUZZ_IGNORE", "").split(",") if k.strip()}


class Violation(AssertionError):
    """An invariant does not hold; ``kind`` names which."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"[{kind}] {detail}")
        self.kind = kind


def _fail(kind: str, detail: str) -> None:
    if kind not in IGNORE:
        raise Violation(kind, detail)


def check(i: interviewparse.Interview, text: str, how: str) -> None:
    missing = interviewparse.coverage(i, text)
    if missing:
        _fail("coverage", f"{how}: unclaimed lines {missing[:10]}")
    twice = interviewparse.overclaimed(i)
    if twice:
        _fail("overclaimed", f"{how}: lines claimed twice {twice[:10]}")
    for where, p in _paragraphs(i):
        a, b = p.span
        if text[a:b] != p.text:
            _fail("span", f"{how}: {where} {type(p).__name__} line {p.line} span {p.span}: "
                  f"text[span]={text[a:b]!r} != .text={p.text!r}")
            break
    back = interviewparse.Interview.from_json(i.to_json())
    if back != i:
        _fail("roundtrip", f"{how}: Interview.from_json(i.to_json()) != i")


def _exception_kind(e: BaseException) -> str:
    frame = traceback.extract_tb(e.__traceback__)[-1]
    return f"exception:{type(e).__name__}@{os.path.basename(frame.filename)}:{frame.lineno}"


def _guard(call, *args):  # type: ignore[no-untyped-def]
    try:
        return call(*args)
    except (Violation, interviewparse.InputError):
        raise
    except Exception as e:
        if _exception_kind(e) in IGNORE:
            return None
        raise


def TestOneInput(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    i = _guard(interviewparse.parse, text)
    if i is not None:
        _guard(check, i, text, "parse(str)")
    try:
        j = _guard(interviewparse.parse_bytes, data)
    except interviewparse.InputError:
        return
    if j is not None:
        _guard(check, j, _decode(data).text, "parse_bytes")


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
