"""Memory of ``parse()`` (section ``memory``), measured in child processes.

Peak: the corpus pages are concatenated (byte-order marks removed, a blank
line between them) into one text of ``Config.peak_page_bytes`` (10 MB),
written to a temporary file; a child process reads it and runs ``parse()``
once. The figure is the child's VmHWM from ``/proc/self/status``
(``ru_maxrss`` elsewhere): the absolute peak of the process, interpreter,
modules and input text included; the note gives the RSS before ``parse()``.

Growth: a child parses ``Config.growth_warmup`` pages as a warm-up, then
``Config.growth_pages`` more, alternating corpus pages with distinct generated
ones (so a cache keyed by text cannot hide). The figure is VmRSS after the
warm-up vs after the last page, each read after ``gc.collect()``; the report
also has the RSS at every tenth of the way and the count of objects tracked
by the GC before and after.

Each child is ``benchmarks/run.py --child KIND ARGS...`` (a hidden option of
the entry point, which calls ``run_child`` here and prints its result as one
JSON object on stdout), so that its peak is its own.
"""

from __future__ import annotations

import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import interviewparse

from .common import (
    MB,
    REPO,
    RUN_SCRIPT,
    T_GROWTH_MB,
    T_PEAK_RSS_MB,
    Config,
    Report,
    Row,
    at_most,
    fmt,
)
from .workloads import SHAPES, interview, load_corpus

CHILDREN = ("peak", "growth")


def _status_mb(key: str) -> float:
    """A field of /proc/self/status in MB (VmRSS, VmHWM); ru_maxrss elsewhere."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------- in the child process


def child_peak(path: str) -> dict[str, Any]:
    text = Path(path).read_text(encoding="utf-8")
    gc.collect()
    before = {"rss_mb": _status_mb("VmRSS"), "hwm_mb": _status_mb("VmHWM")}
    t0 = time.perf_counter()
    page = interviewparse.parse(text)
    sec = time.perf_counter() - t0
    return {"input_bytes": len(text.encode("utf-8")), "parse_s": sec,
            "exchanges": len(page.exchanges), "before": before,
            "peak_rss_mb": _status_mb("VmHWM"),
            "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def growth_pages(corpus: list[bytes]) -> Callable[[int], str]:
    """Page i: a corpus page (even i) or a distinct generated page (odd i)."""

    def page(i: int) -> str:
        if i % 2 == 0:
            return corpus[(i // 2) % len(corpus)].decode("utf-8")
        return interview(SHAPES[(i // 2) % len(SHAPES)], random.Random(i))

    return page


def child_growth(warmup: int, more: int) -> dict[str, Any]:
    page = growth_pages([d for _, d in load_corpus()])
    for i in range(warmup):
        interviewparse.parse(page(i))
    gc.collect()
    start = _status_mb("VmRSS")
    objects0 = len(gc.get_objects())
    checkpoints: list[tuple[int, float]] = []
    step = max(1, more // 10)
    t0 = time.perf_counter()
    for j in range(1, more + 1):
        interviewparse.parse(page(warmup + j))
        if j % step == 0 or j == more:
            gc.collect()
            checkpoints.append((j, _status_mb("VmRSS")))
    end = checkpoints[-1][1]
    return {"warmup_pages": warmup, "pages": more, "rss_after_warmup_mb": start,
            "rss_end_mb": end, "growth_mb": end - start, "checkpoints": checkpoints,
            "gc_objects_after_warmup": objects0, "gc_objects_end": len(gc.get_objects()),
            "seconds": time.perf_counter() - t0, "peak_rss_mb": _status_mb("VmHWM")}


def run_child(kind: str, args: list[str]) -> dict[str, Any]:
    """The work of ``run.py --child KIND ARGS...`` (``kind`` in ``CHILDREN``)."""
    if kind == "peak":
        return child_peak(args[0])
    if kind == "growth":
        return child_growth(int(args[0]), int(args[1]))
    raise ValueError(f"unknown child {kind}")


# ------------------------------------------------------ in the parent process


def _child(args: list[str]) -> dict[str, Any]:
    cmd = [sys.executable, str(RUN_SCRIPT), "--child", *args]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"child {args[0]} failed: {proc.stderr.strip()[-500:]}")
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def section_memory(cfg: Config, rep: Report, corpus: list[bytes]) -> None:
    out: dict[str, Any] = {}
    rep.sections["memory"] = out
    with tempfile.TemporaryDirectory(prefix="interviewparse-mem-") as tmp:
        path = Path(tmp) / "big.txt"
        parts: list[bytes] = []
        size = 0
        i = 0
        while size < cfg.peak_page_bytes:  # corpus pages, one after another
            data = corpus[i % len(corpus)].removeprefix(b"\xef\xbb\xbf") + b"\n\n"
            parts.append(data)
            size += len(data)
            i += 1
        path.write_bytes(b"".join(parts))
        del parts
        peak = _child(["peak", str(path)])
    out["peak"] = peak
    mb = peak["peak_rss_mb"]
    rep.add(Row(f"peak RSS parsing a {peak['input_bytes'] / MB:.0f} MB page, MB", mb, "MB",
                fmt(mb, 0), f"<= {T_PEAK_RSS_MB:g}", at_most(mb, T_PEAK_RSS_MB),
                f"{peak['before']['rss_mb']:.0f} MB before parse(), "
                f"parse {peak['parse_s']:.1f} s"))
    growth = _child(["growth", str(cfg.growth_warmup), str(cfg.growth_pages)])
    out["growth"] = growth
    g = growth["growth_mb"]
    rep.add(Row(f"RSS growth over {cfg.growth_pages:,} pages, MB", g, "MB", fmt(g, 1),
                f"<= {T_GROWTH_MB:g}", at_most(g, T_GROWTH_MB),
                f"after {cfg.growth_warmup:,} warm-up pages; "
                f"{growth['rss_after_warmup_mb']:.1f} -> {growth['rss_end_mb']:.1f} MB; "
                f"gc objects {growth['gc_objects_after_warmup']} -> "
                f"{growth['gc_objects_end']}"))
