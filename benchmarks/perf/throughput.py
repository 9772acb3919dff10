"""Throughput of ``parse()`` and its ratio to a floor (sections ``throughput``
and ``floor``).

``throughput``: the corpus workload is the pages of ``tests/corpus`` repeated
in whole passes until the total reaches ``Config.corpus_bytes`` (5 MB; 1 MB
with ``--quick``), each page decoded and parsed on its own. After one warm-up
pass every pass is timed; MB/s and pages/s come from the median pass. The
same workload is timed with ``parse(...).to_json()``, and ``parse()`` alone
over distinct generated pages of each shape in ``workloads.SHAPES``.

``floor``: the bare minimum of reading every line once: ``bytes.decode``,
``splitlines()`` and one precompiled ``regex`` search per line
(``FLOOR_PATTERN``). A floor pass runs before every parse pass of the
throughput section (interleaved, so both see the same machine load), and the
headline is median parse pass time / median floor pass time. The floor
section also runs standalone floor passes, kept in the report; run without
the throughput section, it can only give those.
"""

from __future__ import annotations

import statistics
from typing import Any

import regex

import interviewparse

from .common import (
    MB,
    T_FLOOR_RATIO,
    T_JSON_MB_S,
    T_PARSE_MB_S,
    Config,
    Report,
    Row,
    Timing,
    at_least,
    at_most,
    fmt,
    time_cycles,
)
from .workloads import SHAPES, cycles_for, generated_cycle

# The floor's per-line pattern, as the issues define the floor: a question
# mark at the end of the line. (Until 2026-12-07 the floor also looked for a
# speaker label at the start, a slower pattern: ratios before then are about
# 2.5 times smaller than by this floor.)
FLOOR_PATTERN = regex.compile(r"\?\s*$")


def do_parse(data: bytes) -> object:
    return interviewparse.parse(data.decode("utf-8"))


def do_parse_json(data: bytes) -> object:
    return interviewparse.parse(data.decode("utf-8")).to_json()


def do_floor(data: bytes) -> object:
    search = FLOOR_PATTERN.search
    hits = 0
    for line in data.decode("utf-8").splitlines():
        if search(line):
            hits += 1
    return hits


def section_throughput(cfg: Config, rep: Report, corpus: list[bytes]) -> None:
    n = cycles_for(corpus, cfg.corpus_bytes)
    out: dict[str, Any] = {"corpus_pages": len(corpus), "corpus_bytes": sum(map(len, corpus))}
    t, floor = time_cycles(do_parse, corpus, n, companion=do_floor)
    out["parse"] = t.summary(cfg.clock)
    out["floor_interleaved"] = floor.summary(cfg.clock) if floor else None
    mb = t.mb_s(cfg.clock)
    rep.add(Row("parse() corpus, MB/s", mb, "MB/s", fmt(mb), f">= {T_PARSE_MB_S:g}",
                at_least(mb, T_PARSE_MB_S),
                f"{t.nbytes * n / MB:.2f} MB, {t.pages * n} pages"))
    rep.add(Row("parse() corpus, pages/s", t.pages_s(cfg.clock), "pages/s",
                fmt(t.pages_s(cfg.clock), 0)))
    t, _ = time_cycles(do_parse_json, corpus, n)
    out["parse_json"] = t.summary(cfg.clock)
    mb = t.mb_s(cfg.clock)
    rep.add(Row("parse() + to_json() corpus, MB/s", mb, "MB/s", fmt(mb),
                f">= {T_JSON_MB_S:g}", at_least(mb, T_JSON_MB_S)))
    gen: dict[str, Any] = {}
    for shape in SHAPES:
        cycle = generated_cycle(shape, cfg.generated_cycle_bytes)
        t, floor = time_cycles(do_parse, cycle, cycles_for(cycle, cfg.generated_bytes),
                               companion=do_floor)
        gen[shape] = t.summary(cfg.clock)
        gen[shape]["floor_interleaved"] = floor.summary(cfg.clock) if floor else None
        mb = t.mb_s(cfg.clock)
        rep.add(Row(f"parse() generated {shape}, MB/s", mb, "MB/s", fmt(mb),
                    note=f"{t.pages_s(cfg.clock):.0f} pages/s"))
    out["generated"] = gen
    rep.sections["throughput"] = out


def section_floor(cfg: Config, rep: Report, corpus: list[bytes]) -> None:
    """The floor over the same page lists. With the throughput section, the
    figures come from floor passes interleaved with the parse passes (same
    machine load); the standalone passes here are kept in the report."""
    n = cycles_for(corpus, cfg.corpus_bytes)
    alone = [time_cycles(do_floor, corpus, n)[0] for _ in range(cfg.floor_passes)]
    t = Timing(alone[0].nbytes, alone[0].pages,
               [c for x in alone for c in x.cpu], [w for x in alone for w in x.wall])
    out: dict[str, Any] = {"pattern": FLOOR_PATTERN.pattern,
                           "standalone": {"passes": cfg.floor_passes,
                                          "corpus": t.summary(cfg.clock)}}
    rep.sections["floor"] = out
    thr = rep.sections.get("throughput")
    name = "floor (decode+splitlines+regex) corpus, MB/s"
    if thr is None:
        mb = t.mb_s(cfg.clock)
        rep.add(Row(name, mb, "MB/s", fmt(mb), note="standalone passes"))
        rep.add(Row("parse() / floor time (HEADLINE)", None, "x", "n/a", f"<= {T_FLOOR_RATIO:g}",
                    note="needs the throughput section"))
        return
    floor = thr["floor_interleaved"]
    out["corpus"] = floor
    rep.add(Row(name, floor["mb_per_s"], "MB/s", fmt(floor["mb_per_s"]),
                note=f"interleaved with parse(); standalone {t.mb_s(cfg.clock):.1f}"))
    ratio = thr["parse"]["median_cycle_s"] / floor["median_cycle_s"]
    per_cycle = [p / f for p, f in zip(thr["parse"]["cycle_s"], floor["cycle_s"])]
    out["ratio"] = ratio
    out["ratio_median_per_cycle"] = statistics.median(per_cycle)
    out["ratio_vs_standalone"] = thr["parse"]["median_cycle_s"] / t.cycle_seconds(cfg.clock)
    rep.add(Row("parse() / floor time (HEADLINE)", ratio, "x", fmt(ratio, 1),
                f"<= {T_FLOOR_RATIO:g}", at_most(ratio, T_FLOOR_RATIO),
                f"median per pass {out['ratio_median_per_cycle']:.1f}"))
    ratios = {s: g["median_cycle_s"] / g["floor_interleaved"]["median_cycle_s"]
              for s, g in thr["generated"].items()}
    out["generated_ratios"] = ratios
    for shape, r in ratios.items():
        rep.add(Row(f"parse() / floor, generated {shape}", r, "x", fmt(r, 1)))
