"""Scaling of ``parse()`` with the size of one text (section ``scaling``).

The spec's series: one ~6 KB generated Q/A page (``scaling_page``) repeated
N = 1, 10, 100, 1000 times in one text (1, 10, 100 with ``--quick``), a blank
line between copies, one ``parse()`` call per text. Each size is timed by the
median of at least 3 runs and ``Config.scale_min_seconds`` in all (a run over
10 s ends it); the figure is seconds per MB, which must stay flat: the target
is on the spread (slowest / fastest s/MB).

``parse`` caches line facts and cues for the duration of a call, so identical
copies hit those caches and bigger texts get cheaper per MB. A second series
built from N distinct pages of the same shape and size (the first is the
repeated page) shows the growth without that effect; its spread is
informational.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import interviewparse

from .common import MB, T_SCALING_SPREAD, Config, Report, Row, at_most, fmt
from .workloads import interview


def scaling_page() -> str:
    """The page the scaling section repeats: a ~6 KB Q/A interview."""
    return interview("qa-labels", random.Random("scaling"), min_bytes=4_600)


def _time_one(text: str, min_seconds: float, clock: str) -> tuple[float, int]:
    """Median seconds of ``parse(text)``: at least 3 runs and ``min_seconds``
    in all (at most 50 runs; a single run over 10 s ends it)."""
    runs: list[float] = []
    spent = 0.0
    interviewparse.parse(text[:20_000])  # warm-up
    while len(runs) < 50:
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        interviewparse.parse(text)
        dt_ = time.process_time() - c0 if clock == "cpu" else time.perf_counter() - w0
        runs.append(dt_)
        spent += dt_
        if (len(runs) >= 3 and spent >= min_seconds) or spent > 10:
            break
    return statistics.median(runs), len(runs)


def _scale_series(cfg: Config, rep: Report, label: str,
                  build: Callable[[int], str]) -> dict[str, Any]:
    points: list[dict[str, Any]] = []
    for k in cfg.scale_factors:
        text = build(k)
        size = len(text.encode("utf-8"))
        sec, runs = _time_one(text, cfg.scale_min_seconds, cfg.clock)
        per_mb = sec / (size / MB)
        points.append({"factor": k, "bytes": size, "lines": text.count("\n") + 1,
                       "seconds": sec, "runs": runs, "s_per_mb": per_mb})
        rep.add(Row(label.format(k=k), per_mb, "s/MB", f"{per_mb:.3f}",
                    note=f"{size / MB:.3f} MB, median of {runs}"))
        del text
    per_mb_all = [p["s_per_mb"] for p in points]
    last = points[-1]["s_per_mb"] / points[-2]["s_per_mb"] if len(points) > 1 else None
    return {"points": points, "spread": max(per_mb_all) / min(per_mb_all),
            "last_step": last}


def section_scaling(cfg: Config, rep: Report) -> None:
    """The spec's series repeats one page; ``parse`` caches line facts and cues
    per call, so identical copies hit the caches and larger texts get cheaper
    per MB. A second series of distinct pages (same shape, same size) shows
    the growth without that effect."""
    page = scaling_page()
    same = _scale_series(cfg, rep, "scaling, same page {k}x, s/MB",
                         lambda k: "\n\n".join([page] * k))
    rep.add(Row("scaling, same page: max/min s/MB", same["spread"], "x", fmt(same["spread"]),
                f"<= {T_SCALING_SPREAD:.2f}", at_most(same["spread"], T_SCALING_SPREAD),
                f"slowest/fastest; last step x{same['last_step']:.2f}"))
    count = max(cfg.scale_factors)
    rng = random.Random("scaling-distinct")
    others = [page] + [interview("qa-labels", rng, min_bytes=4_600) for _ in range(count - 1)]
    distinct = _scale_series(cfg, rep, "scaling, distinct pages {k}x, s/MB",
                             lambda k: "\n\n".join(others[:k]))
    rep.add(Row("scaling, distinct pages: max/min s/MB", distinct["spread"], "x",
                fmt(distinct["spread"]),
                note=f"informational; last step x{distinct['last_step']:.2f}"))
    rep.sections["scaling"] = {"page_bytes": len(page.encode("utf-8")), "same_page": same,
                               "distinct_pages": distinct}
