"""What every section shares: paths, targets, the run's ``Config``, the report
(``Row``, ``Report``, the table), the timers, and the machine description.

Timers: ``time_cycles`` times a function over a list of pages pass by pass
(process CPU time and wall time, both kept), optionally interleaved with a
companion function so that the two see the same machine load; ``wall`` times a
subprocess by wall clock, and ``child_env`` gives timed subprocesses a private
bytecode cache.
"""

from __future__ import annotations

import gc
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"
DESIGN_PAGE = CORPUS / "belta-chinese-ambassador.txt"
DEFAULT_REPORT = REPO / "benchmarks" / "report.json"
RUN_SCRIPT = REPO / "benchmarks" / "run.py"  # the entry point; memory re-invokes it
MB = 1_000_000
SECTIONS = ("throughput", "floor", "scaling", "cli", "batch", "memory")

# Targets (single core).
T_PARSE_MB_S = 20.0
T_FLOOR_RATIO = 70.0
T_JSON_MB_S = 10.0
T_SCALING_SPREAD = 1.20
T_CLI_MS = 120.0
T_JOBS_SPEEDUP = 1.7
T_PEAK_RSS_MB = 150.0
T_GROWTH_MB = 5.0

TARGETS = {"parse_mb_s": T_PARSE_MB_S, "floor_ratio": T_FLOOR_RATIO,
           "parse_json_mb_s": T_JSON_MB_S, "scaling_spread": T_SCALING_SPREAD,
           "cli_ms": T_CLI_MS, "jobs2_speedup": T_JOBS_SPEEDUP,
           "peak_rss_mb": T_PEAK_RSS_MB, "growth_mb": T_GROWTH_MB}


@dataclass
class Config:
    quick: bool
    clock: str  # "cpu" or "wall"
    # Workload sizes (bytes) and counts; --quick shrinks them.
    corpus_bytes: int
    generated_bytes: int
    generated_cycle_bytes: int
    floor_passes: int
    scale_factors: tuple[int, ...]
    scale_min_seconds: float
    cli_runs: int
    batch_pages: int
    batch_runs: int
    peak_page_bytes: int
    growth_warmup: int
    growth_pages: int

    @classmethod
    def make(cls, quick: bool, clock: str) -> Config:
        if quick:
            return cls(quick, clock, corpus_bytes=MB, generated_bytes=MB // 4,
                       generated_cycle_bytes=50_000, floor_passes=2,
                       scale_factors=(1, 10, 100), scale_min_seconds=0.2, cli_runs=5,
                       batch_pages=500, batch_runs=1, peak_page_bytes=10 * MB,
                       growth_warmup=200, growth_pages=2_000)
        return cls(quick, clock, corpus_bytes=5 * MB, generated_bytes=MB,
                   generated_cycle_bytes=100_000, floor_passes=3,
                   scale_factors=(1, 10, 100, 1000), scale_min_seconds=0.5, cli_runs=11,
                   batch_pages=2_000, batch_runs=3, peak_page_bytes=10 * MB,
                   growth_warmup=1_000, growth_pages=10_000)


# ------------------------------------------------------------------ report


@dataclass
class Row:
    metric: str
    value: float | None  # None: not measured (n/a)
    unit: str
    text: str  # the measured column as printed
    target: str = "-"
    met: bool | None = None  # None: no target, or not measured
    note: str = ""


def met_text(row: Row) -> str:
    """The ``met?`` column: yes, NO, ``-`` (no target) or n/a (not measured)."""
    if row.value is None and row.target != "-":
        return "n/a"
    return {True: "yes", False: "NO", None: "-"}[row.met]


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    sections: dict[str, Any] = field(default_factory=dict)  # raw figures, per section

    def add(self, row: Row) -> None:
        self.rows.append(row)
        met = met_text(row)
        print(f"  {row.metric}: {row.text}  (target {row.target}, met {met})"
              f"{'  ' + row.note if row.note else ''}", file=sys.stderr, flush=True)


def table(rows: list[Row]) -> str:
    head = ("metric", "measured", "target", "met?")
    body = [(r.metric, f"{r.text} {r.unit}" if r.value is not None else r.text, r.target,
             met_text(r)) for r in rows]
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(4)]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), sep, *(line(b) for b in body)])


def fmt(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}"


def at_least(value: float, target: float) -> bool:
    return value >= target


def at_most(value: float, target: float) -> bool:
    return value <= target


# ------------------------------------------------------------------ timing


@dataclass
class Timing:
    """Per-cycle times of one function over a list of pages."""

    nbytes: int  # bytes per cycle
    pages: int  # pages per cycle
    cpu: list[float]
    wall: list[float]

    def times(self, clock: str) -> list[float]:
        return self.cpu if clock == "cpu" else self.wall

    def cycle_seconds(self, clock: str) -> float:
        return statistics.median(self.times(clock))

    def mb_s(self, clock: str) -> float:
        return self.nbytes / MB / self.cycle_seconds(clock)

    def pages_s(self, clock: str) -> float:
        return self.pages / self.cycle_seconds(clock)

    def summary(self, clock: str) -> dict[str, Any]:
        return {
            "cycles": len(self.cpu),
            "bytes_per_cycle": self.nbytes,
            "pages_per_cycle": self.pages,
            "total_bytes": self.nbytes * len(self.cpu),
            "clock": clock,
            "median_cycle_s": self.cycle_seconds(clock),
            "min_cycle_s": min(self.times(clock)),
            "total_cpu_s": sum(self.cpu),
            "total_wall_s": sum(self.wall),
            "mb_per_s": self.mb_s(clock),
            "mb_per_s_total": self.nbytes * len(self.cpu) / MB / sum(self.times(clock)),
            "pages_per_s": self.pages_s(clock),
            "cycle_s": [round(x, 7) for x in self.times(clock)],
        }


def _pass(fn: Callable[[bytes], object], cycle: Sequence[bytes]) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    for data in cycle:
        fn(data)
    return time.process_time() - c0, time.perf_counter() - w0


def time_cycles(fn: Callable[[bytes], object], cycle: Sequence[bytes], cycles: int,
                companion: Callable[[bytes], object] | None = None
                ) -> tuple[Timing, Timing | None]:
    """Run ``fn`` on every page of ``cycle``, ``cycles`` times (after one
    warm-up pass), timing each pass. With ``companion``, a pass of it runs
    (timed separately) before each pass of ``fn``: interleaved, both see the
    same load on a shared machine, which keeps their ratio steady."""
    size = sum(len(d) for d in cycle)
    main = Timing(size, len(cycle), [], [])
    other = Timing(size, len(cycle), [], []) if companion else None
    for f in (companion, fn):
        if f is not None:
            _pass(f, cycle)
    gc.collect()
    for _ in range(cycles):
        if companion is not None and other is not None:
            c, w = _pass(companion, cycle)
            other.cpu.append(c)
            other.wall.append(w)
        c, w = _pass(fn, cycle)
        main.cpu.append(c)
        main.wall.append(w)
    return main, other


def wall(cmd: list[str], **kw: Any) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    """Run ``cmd`` from the repository root; its wall time and result."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, **kw)
    return time.perf_counter() - t0, proc


def child_env(pycache: str) -> dict[str, str]:
    """The environment for timed subprocesses: bytecode caches written to and
    read from ``pycache`` (a temporary folder, so nothing is written into the
    repository), whatever PYTHONDONTWRITEBYTECODE says. An installed package
    has its bytecode compiled; without a cache every start compiles every
    module of the package again."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


# ----------------------------------------------------------------- machine


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_state() -> dict[str, Any]:
    def git(*a: str) -> str:
        try:
            return subprocess.run(["git", *a], cwd=REPO, capture_output=True, text=True,
                                  timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"commit": git("rev-parse", "HEAD") or None,
            "dirty_files": len(git("status", "--porcelain").splitlines())}


def load_average() -> tuple[float, float, float] | None:
    return os.getloadavg() if hasattr(os, "getloadavg") else None


def machine() -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "cpu_affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
        else None,
        "load_average_start": load_average(),
    }
