"""Batch runs of the command line over a folder (section ``batch``).

``Config.batch_pages`` corpus pages (2,000; 500 with ``--quick``) are copied
into a temporary folder and run through ``python -m interviewparse DIR --jobs N
--quiet > out.jsonl`` with N = 1 and 2, alternating, ``Config.batch_runs``
times each (wall clock, after one warm-up start that compiles the bytecode
into a temporary cache). Reported: pages per second for each N (median) and
the speedup, median time with ``--jobs 1`` / median time with ``--jobs 2``.

A run counts only if it exits 0 and writes one output line per page; if not
(the CLI refuses the flags, or the output is short), the rows say ``n/a`` and
the note gives the reason.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .common import T_JOBS_SPEEDUP, Config, Report, Row, at_least, child_env, fmt, wall


def section_batch(cfg: Config, rep: Report, corpus: list[tuple[str, bytes]]) -> None:
    out: dict[str, Any] = {"pages": cfg.batch_pages}
    rep.sections["batch"] = out
    with tempfile.TemporaryDirectory(prefix="interviewparse-batch-") as tmp:
        src = Path(tmp) / "pages"
        src.mkdir()
        size = 0
        for i in range(cfg.batch_pages):
            name, data = corpus[i % len(corpus)]
            (src / f"{i:05d}-{name}").write_bytes(data)
            size += len(data)
        out["bytes"] = size
        sink = Path(tmp) / "out.jsonl"
        env = child_env(str(Path(tmp) / "pycache"))
        wall([sys.executable, "-m", "interviewparse", str(src / f"00000-{corpus[0][0]}")],
             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)  # bytecode

        def run(jobs: int) -> tuple[float, str | None]:
            cmd = [sys.executable, "-m", "interviewparse", str(src), "--jobs", str(jobs),
                   "--quiet"]
            with open(sink, "wb") as f:
                sec, proc = wall(cmd, stdout=f, stderr=subprocess.PIPE, env=env)
            with open(sink, "rb") as f:
                lines = sum(1 for _ in f)
            if proc.returncode != 0 or lines != cfg.batch_pages:
                err = proc.stderr.decode(errors="replace").strip().splitlines()
                return sec, (f"exit {proc.returncode}, {lines} of {cfg.batch_pages} pages "
                             f"output: {err[-1][:120] if err else ''}")
            return sec, None

        times: dict[int, list[float]] = {1: [], 2: []}
        problem = None
        for _ in range(cfg.batch_runs):
            for jobs in (1, 2):
                sec, problem = run(jobs)
                if problem:
                    break
                times[jobs].append(sec)
            if problem:
                break
    if problem:
        out["error"] = problem
        for jobs in (1, 2):
            rep.add(Row(f"batch {cfg.batch_pages} pages --jobs {jobs}, pages/s", None,
                        "pages/s", "n/a", note=problem if jobs == 1 else ""))
        rep.add(Row("batch speedup --jobs 2 / --jobs 1", None, "x", "n/a",
                    f">= {T_JOBS_SPEEDUP:g}"))
        return
    med = {j: statistics.median(t) for j, t in times.items()}
    out.update({"seconds": times, "median_s": med,
                "pages_per_s": {j: cfg.batch_pages / s for j, s in med.items()}})
    for jobs in (1, 2):
        rate = cfg.batch_pages / med[jobs]
        rep.add(Row(f"batch {cfg.batch_pages} pages --jobs {jobs}, pages/s", rate, "pages/s",
                    fmt(rate, 0), note=f"{med[jobs]:.2f} s wall, median of {cfg.batch_runs}"))
    speedup = med[1] / med[2]
    out["speedup"] = speedup
    rep.add(Row("batch speedup --jobs 2 / --jobs 1", speedup, "x", fmt(speedup),
                f">= {T_JOBS_SPEEDUP:g}", at_least(speedup, T_JOBS_SPEEDUP)))
