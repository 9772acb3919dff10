#!/usr/bin/env python3
"""The cheap gate on a crawl-like mix: how much faster ``is_interview`` (the
gate, then a full parse of the pages it passes) gets through a mix where
interviews are rare than a full parse of every page, and whether it loses
any interview the full parse finds.

    .venv/bin/python benchmarks/triage.py              # table on stdout
    .venv/bin/python benchmarks/triage.py --report /tmp/triage.json

The mix: the real pages that are no interviews (``../shared/realneg``, news,
shops, forums, blogs in 28 languages; without it, ``tests/notinterviews``)
and interviews at about 2% (the real development interviews,
``../shared/realdev``, else the written sets), each page read once into
memory. Times are process CPU time, best of ``--runs`` passes; the floor of
docs/performance.md (decode, ``splitlines``, one compiled regex search per
line) is measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import platform
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import regex  # noqa: E402

import interviewparse  # noqa: E402
from interviewparse.triage import shape  # noqa: E402

SHARED = ROOT.parent / "shared"
SHARE = 0.02  # interviews in the mix


def _pages(folder: pathlib.Path) -> list[pathlib.Path]:
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def mix(ordinary: bool) -> tuple[list[bytes], str]:
    negatives = _pages(SHARED / "realneg") or _pages(ROOT / "tests" / "notinterviews")
    manifest = SHARED / "realneg" / "sources.json"
    if ordinary and manifest.is_file():  # news, shops, forums, blogs: no hard negatives
        hard = {e["name"] for e in json.loads(manifest.read_text(encoding="utf-8"))
                if e.get("hard_negative")}
        negatives = [p for p in negatives if p.stem not in hard]
    pool = [p for p in _pages(SHARED / "realdev") if not p.name.startswith("neg-")]
    if not pool:
        pool = [p for d in sorted((ROOT / "tests").glob("pages*")) for p in _pages(d)]
    want = max(1, round(len(negatives) * SHARE / (1 - SHARE)))
    step = max(1, len(pool) // want)
    chosen = pool[::step][:want]
    name = f"{len(negatives)} pages that are no interviews ({negatives[0].parent.name}" \
           f"{', ordinary pages only' if ordinary else ''}) " \
           f"+ {len(chosen)} interviews ({chosen[0].parent.name})"
    return [p.read_bytes() for p in (*negatives, *chosen)], name


_FLOOR = regex.compile(r"\?\s*$")


def _floor(pages: list[bytes]) -> None:
    for data in pages:
        for line in data.decode("utf-8", errors="replace").splitlines():
            _FLOOR.search(line)


def _best(fn: object, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--report", default=None, metavar="PATH")
    ap.add_argument("--ordinary", action="store_true",
                    help="leave out realneg's hard pages (question headings, FAQs, quotes ...)")
    args = ap.parse_args()
    pages, name = mix(args.ordinary)
    texts = [d.decode("utf-8-sig", errors="replace") for d in pages]
    full = [interviewparse.parse(t).format != "not-an-interview" for t in texts]
    gated = [interviewparse.is_interview(t) for t in texts]
    passed = [shape(t) is not None for t in texts]
    lost = sum(1 for f, g in zip(full, gated) if f and not g)

    def parse_all() -> None:
        for t in texts:
            interviewparse.parse(t)

    def triage_all() -> None:
        for t in texts:
            interviewparse.is_interview(t)

    def gate_all() -> None:
        for t in texts:
            shape(t)

    t_parse = _best(parse_all, args.runs)
    t_triage = _best(triage_all, args.runs)
    t_gate = _best(gate_all, args.runs)
    t_floor = _best(lambda: _floor(pages), args.runs)
    rows = [
        ("mix", name),
        ("pages called interviews by parse()", str(sum(full))),
        ("pages the gate passes",
         f"{sum(passed)} of {len(texts)} ({sum(passed) / len(texts):.0%})"),
        ("interviews lost by the gate", str(lost)),
        ("full parse of the mix, s", f"{t_parse:.3f}"),
        ("is_interview() over the mix, s", f"{t_triage:.3f}"),
        ("the gate alone, s", f"{t_gate:.3f}"),
        ("floor (decode+splitlines+regex), s", f"{t_floor:.4f}"),
        ("speed-up of is_interview() over parse()", f"{t_parse / t_triage:.1f}x (target 10x)"),
        ("the gate / floor time", f"{t_gate / t_floor:.1f}x"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"| {'measure':{width}s} | value |\n| {'-' * width} | --- |")
    for k, v in rows:
        print(f"| {k:{width}s} | {v} |")
    if args.report:
        pathlib.Path(args.report).write_text(json.dumps({
            "machine": {"platform": platform.platform(), "python": platform.python_version()},
            "date": time.strftime("%Y-%m-%d"),
            "rows": dict(rows),
            "seconds": {"parse": t_parse, "is_interview": t_triage, "gate": t_gate,
                        "floor": t_floor},
        }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
