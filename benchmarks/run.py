"""Performance report for ``interviewparse``: one table, one JSON file.

Sections (``--only`` takes a comma-separated subset), each measured by a
module of ``benchmarks/perf/`` whose docstring says how:

* ``throughput`` (``perf/throughput.py``): ``parse()`` over the corpus
  workload (the pages of ``tests/corpus`` repeated until the total is >= 5 MB,
  each page parsed on its own), in MB/s and pages/s; the same with
  ``to_json()``; ``parse()`` over generated interviews of a few shapes.
* ``floor`` (``perf/throughput.py``): ``bytes.decode`` + ``splitlines()`` +
  one precompiled ``regex`` search per line over the same page lists.
  ``parse`` time / floor time is the headline figure.
* ``scaling`` (``perf/scaling.py``): one ~6 KB page repeated 1x, 10x, 100x,
  1000x in one text; seconds per MB must stay flat.
* ``cli`` (``perf/cli.py``): wall time of ``python -m interviewparse PAGE``
  (the design page) against ``python -c pass``.
* ``batch`` (``perf/batch.py``): 2,000 pages through ``python -m
  interviewparse DIR --jobs N --quiet`` with N = 1 and 2.
* ``memory`` (``perf/memory.py``): peak RSS parsing a 10 MB page; RSS growth
  over 10,000 pages parsed in one process after a 1,000-page warm-up (both in
  a subprocess: this script with the hidden ``--child`` option).

MB = 10**6 bytes of UTF-8. In-process times are process CPU time by default
(``--wall`` for wall clock; both are saved in the report); subprocess figures
(cli, batch) are wall clock.

Usage::

    .venv/bin/python benchmarks/run.py                 # full run, a few minutes
    .venv/bin/python benchmarks/run.py --quick         # ~1 MB workloads, ~1 min
    .venv/bin/python benchmarks/run.py --only throughput,floor
    .venv/bin/python benchmarks/run.py --report /tmp/report.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from perf.batch import section_batch
from perf.cli import section_cli
from perf.common import (
    CORPUS,
    DEFAULT_REPORT,
    REPO,
    SECTIONS,
    TARGETS,
    Config,
    Report,
    git_state,
    load_average,
    machine,
    table,
)
from perf.memory import CHILDREN, run_child, section_memory
from perf.scaling import section_scaling
from perf.throughput import section_floor, section_throughput
from perf.workloads import load_corpus

import interviewparse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="~1 MB workloads and fewer runs, for a fast check")
    ap.add_argument("--only", default="",
                    help=f"comma-separated sections to run ({','.join(SECTIONS)})")
    ap.add_argument("--report", type=Path, default=DEFAULT_REPORT,
                    help=f"JSON report path (default {DEFAULT_REPORT.relative_to(REPO)})")
    ap.add_argument("--wall", action="store_true",
                    help="time in-process work by wall clock instead of CPU time")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:  # perf/memory.py runs its measurements in this script's children
        kind, *rest = args.child
        if kind not in CHILDREN:
            ap.error(f"unknown child {kind}")
        print(json.dumps(run_child(kind, rest)))
        return 0

    only = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    unknown = [s for s in only if s not in SECTIONS]
    if unknown:
        ap.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    cfg = Config.make(args.quick, "wall" if args.wall else "cpu")
    named = load_corpus()
    if not named:
        print(f"no *.txt pages in {CORPUS}", file=sys.stderr)
        return 2
    corpus = [d for _, d in named]
    started = time.perf_counter()
    date = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    info = machine()
    print(f"interviewparse {interviewparse.__version__}, Python {info['python']}, "
          f"{info['cpu_model']} x{info['cpu_count']}, clock={cfg.clock}"
          f"{', quick' if cfg.quick else ''}", file=sys.stderr)
    rep = Report()
    runners: dict[str, Callable[[], None]] = {
        "throughput": lambda: section_throughput(cfg, rep, corpus),
        "floor": lambda: section_floor(cfg, rep, corpus),
        "scaling": lambda: section_scaling(cfg, rep),
        "cli": lambda: section_cli(cfg, rep),
        "batch": lambda: section_batch(cfg, rep, named),
        "memory": lambda: section_memory(cfg, rep, corpus),
    }
    timings: dict[str, float] = {}
    for name in SECTIONS:  # fixed order: the floor ratio needs throughput first
        if name in only:
            print(f"[{name}]", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            runners[name]()
            timings[name] = time.perf_counter() - t0
    elapsed = time.perf_counter() - started
    info["load_average_end"] = load_average()

    print(table(rep.rows))
    missed = [r.metric for r in rep.rows if r.met is False]
    judged = [r for r in rep.rows if r.met is not None]
    unmeasured = [r for r in rep.rows if r.value is None and r.target != "-"]
    print(f"\n{len(judged) - len(missed)} of {len(judged)} targets met"
          f"{f', {len(unmeasured)} n/a' if unmeasured else ''}"
          f"{' (missed: ' + '; '.join(missed) + ')' if missed else ''}; "
          f"{elapsed:.0f} s; clock={cfg.clock}{'; QUICK run' if cfg.quick else ''}", flush=True)
    report = {
        "date": date,
        "machine": info,
        "interviewparse": {"version": interviewparse.__version__, **git_state()},
        "options": {"quick": cfg.quick, "clock": cfg.clock, "sections": only,
                    "config": asdict(cfg)},
        "targets": dict(TARGETS),
        "headline_floor_ratio": rep.sections.get("floor", {}).get("ratio"),
        "rows": [asdict(r) for r in rep.rows],
        "sections": rep.sections,
        "section_seconds": timings,
        "elapsed_s": elapsed,
    }
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                           encoding="utf-8")
    print(f"report: {args.report}", file=sys.stderr)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
