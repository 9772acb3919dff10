"""Performance report for ``interviewparse``: one table, one JSON file.

Sections (``--only`` takes a comma-separated subset):

* ``throughput``: ``parse()`` over the corpus workload (the pages of
  ``tests/corpus`` repeated until the total is >= 5 MB, each page parsed on its
  own), in MB/s and pages/s; the same with ``to_json()``; ``parse()`` over
  generated interviews of a few shapes.
* ``floor``: ``bytes.decode`` + ``splitlines()`` + one precompiled ``regex``
  search per line over the same page lists. ``parse`` time / floor time is the
  headline figure.
* ``scaling``: one ~5 KB page repeated 1x, 10x, 100x, 1000x in one text;
  seconds per MB must stay flat.
* ``cli``: wall time of ``python -m interviewparse PAGE`` (the design page)
  against ``python -c pass``.
* ``batch``: 2,000 pages through ``python -m interviewparse DIR --jobs N
  --quiet`` with N = 1 and 2.
* ``memory``: peak RSS parsing a 10 MB page; RSS growth over 10,000 pages
  parsed in one process after a 1,000-page warm-up (both in a subprocess).

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
import gc
import json
import math
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import regex

import interviewparse

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
DESIGN_PAGE = CORPUS / "belta-chinese-ambassador.txt"
DEFAULT_REPORT = REPO / "benchmarks" / "report.json"
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

# The floor's per-line pattern, as the issues define the floor: a question
# mark at the end of the line. (Until 2026-12-07 the floor also looked for a
# speaker label at the start, a slower pattern: ratios before then are about
# 2.5 times smaller than by this floor.)
FLOOR_PATTERN = regex.compile(r"\?\s*$")


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


@dataclass
class Row:
    metric: str
    value: float | None  # None: not measured (n/a)
    unit: str
    text: str  # the measured column as printed
    target: str = "-"
    met: bool | None = None  # None: no target, or not measured
    note: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    sections: dict[str, Any] = field(default_factory=dict)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        met = _met(row)
        print(f"  {row.metric}: {row.text}  (target {row.target}, met {met})"
              f"{'  ' + row.note if row.note else ''}", file=sys.stderr, flush=True)


def _fmt(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}"


def at_least(value: float, target: float) -> bool:
    return value >= target


def at_most(value: float, target: float) -> bool:
    return value <= target


# --------------------------------------------------------------- workloads


def load_corpus(folder: Path = CORPUS) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]


def cycles_for(cycle: Sequence[bytes], total: int) -> int:
    """Whole passes over ``cycle`` needed to reach ``total`` bytes."""
    size = sum(len(d) for d in cycle)
    return max(1, math.ceil(total / size))


# Synthetic interviews, adapted from bench.py's generators (seeded random text)
# but shaped like whole pages: header, title, lead, exchanges, footer.


def _vocab(words: str) -> tuple[str, ...]:
    return tuple(words.split())


_EN = _vocab(
    "the of and to in we is that for it with as on this was are our by not be at from have "
    "more will year people work new first time country city region school farm plant market "
    "price government project water energy road health children teachers doctors engineers "
    "family future question answer plan money budget support change growth problem solution "
    "many some every most few other same own important difficult possible local national "
    "build open close start finish grow keep bring visit meet help need want think know say "
    "already still never always often again together today tomorrow yesterday month week"
)
_RU = _vocab(
    "и в на с по для не что это как мы год люди работа новый город район школа хозяйство "
    "техника урожай цена рынок проект вода энергия дорога здоровье дети учителя врачи "
    "будущее вопрос ответ план деньги бюджет поддержка рост задача решение много каждый "
    "важный сложный местный строить открыть начать закончить помогать думать знать уже "
    "ещё всегда часто сегодня завтра месяц неделя область страна министр предприятие"
)
_HAN = "我们国家城市发展合作经济人民工作问题今年企业市场项目教育农业技术未来政府支持重要时间学校"
_ASK = {
    "en": ("How do you assess", "What do you think about", "Why did you choose", "How will your",
           "What is your view of", "Do you expect", "When will you", "How does your team see"),
    "ru": ("Как вы оцениваете", "Что вы думаете о том, как", "Почему вы выбрали",
           "Какие задачи вы ставите, когда", "Когда вы планируете"),
}
_FIRST = ("Anna", "Boris", "Maria", "Jonas", "Elena", "Pavel", "Sofia", "Marco", "Ingrid", "Omar")
_LAST = ("Petrova", "Lind", "Halvorsen", "Ilves", "Novak", "Kovacs", "Berg", "Moreau", "Tamm")
SHAPES = ("qa-labels", "speaker-labels", "standalone-questions", "dash-ru", "zh-qa")


def _sentence(rng: random.Random, lang: str, end: str, lo: int = 6, hi: int = 22) -> str:
    n = rng.randint(lo, hi)
    if lang == "zh":
        chars = [rng.choice(_HAN) for _ in range(n * 2)]
        if n > 8:
            chars.insert(n, "，")
        return "".join(chars) + ("？" if end == "?" else "。")
    vocab = _RU if lang == "ru" else _EN
    words = [rng.choice(vocab) for _ in range(n)]
    if n > 8 and rng.random() < 0.4:
        words[n // 2] += ","
    text = " ".join(words)
    return text[0].upper() + text[1:] + end


def _paragraph(rng: random.Random, lang: str, lo: int = 1, hi: int = 4) -> str:
    sep = "" if lang == "zh" else " "
    return sep.join(_sentence(rng, lang, ".") for _ in range(rng.randint(lo, hi)))


_MARKERS = {
    "en": ("First, ", "Second, ", "Third, "),
    "ru": ("Во-первых, ", "Во-вторых, ", "В-третьих, "),
    "zh": ("第一，", "第二，", "第三，"),
}
_READ_ALSO = {"en": "Read also: ", "ru": "Читайте также: ", "zh": "相关阅读："}


def interview(shape: str, rng: random.Random, min_bytes: int = 0) -> str:
    """One synthetic interview page of ``shape`` (at least ``min_bytes``)."""
    lang = "ru" if shape == "dash-ru" else "zh" if shape == "zh-qa" else "en"
    asker = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    guest = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    day, hour, minute = rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59)
    date = {
        "en": f"{day:02d}.10.2023, {hour:02d}:{minute:02d}",
        "ru": f"{day} июня 2023, {hour:02d}:{minute:02d}",
        "zh": f"2023年6月{day}日 {hour:02d}:{minute:02d}",
    }[lang]
    out = ["Economy | Regions" if lang == "en" else "Экономика" if lang == "ru" else "经济",
           date, "", _sentence(rng, lang, "", 5, 10), "", _paragraph(rng, lang, 2, 3), ""]

    def q_line(q: str) -> str:
        return {"qa-labels": f"Q: {q}", "speaker-labels": f"{asker}: {q}",
                "standalone-questions": q, "dash-ru": f"— {q}", "zh-qa": f"问：{q}"}[shape]

    def a_line(a: str) -> str:
        return {"qa-labels": f"A: {a}", "speaker-labels": f"{guest}: {a}",
                "standalone-questions": a, "dash-ru": f"— {a}", "zh-qa": f"答：{a}"}[shape]

    exchanges = rng.randint(5, 10)
    size = 0
    i = 0
    while i < exchanges or size < min_bytes:
        i += 1
        q = _sentence(rng, lang, "?", 4, 12)
        if lang != "zh":
            q = f"{rng.choice(_ASK[lang])} {q[0].lower()}{q[1:]}"
        if rng.random() < 0.2:
            q = _sentence(rng, lang, ".") + ("" if lang == "zh" else " ") + q
        block = [q_line(q), "", a_line(_paragraph(rng, lang)), ""]
        if rng.random() < 0.15:  # an enumeration on its own lines
            block += [m + _paragraph(rng, lang, 1, 2) for m in _MARKERS[lang]] + [""]
        for _ in range(rng.randint(0, 2)):
            block += [_paragraph(rng, lang), ""]
        if rng.random() < 0.1:
            block += [_READ_ALSO[lang] + _sentence(rng, lang, "", 4, 8), ""]
        out += block
        size += sum(len(s.encode("utf-8")) + 1 for s in block)
    out.append("© 2023 Weekend Magazine")
    return "\n".join(out) + "\n"


def generated_cycle(shape: str, total: int, seed: int = 1) -> list[bytes]:
    """Distinct generated pages of ``shape`` totalling about ``total`` bytes."""
    rng = random.Random(f"{shape}-{seed}")
    pages: list[bytes] = []
    size = 0
    while size < total:
        data = interview(shape, rng).encode("utf-8")
        pages.append(data)
        size += len(data)
    return pages


def scaling_page() -> str:
    """The page the scaling section repeats: a ~5 KB Q/A interview."""
    return interview("qa-labels", random.Random("scaling"), min_bytes=4_600)


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


# ---------------------------------------------------------------- sections


def section_throughput(cfg: Config, rep: Report, corpus: list[bytes]) -> None:
    n = cycles_for(corpus, cfg.corpus_bytes)
    out: dict[str, Any] = {"corpus_pages": len(corpus), "corpus_bytes": sum(map(len, corpus))}
    t, floor = time_cycles(do_parse, corpus, n, companion=do_floor)
    out["parse"] = t.summary(cfg.clock)
    out["floor_interleaved"] = floor.summary(cfg.clock) if floor else None
    mb = t.mb_s(cfg.clock)
    rep.add(Row("parse() corpus, MB/s", mb, "MB/s", _fmt(mb), f">= {T_PARSE_MB_S:g}",
                at_least(mb, T_PARSE_MB_S),
                f"{t.nbytes * n / MB:.2f} MB, {t.pages * n} pages"))
    rep.add(Row("parse() corpus, pages/s", t.pages_s(cfg.clock), "pages/s",
                _fmt(t.pages_s(cfg.clock), 0)))
    t, _ = time_cycles(do_parse_json, corpus, n)
    out["parse_json"] = t.summary(cfg.clock)
    mb = t.mb_s(cfg.clock)
    rep.add(Row("parse() + to_json() corpus, MB/s", mb, "MB/s", _fmt(mb),
                f">= {T_JSON_MB_S:g}", at_least(mb, T_JSON_MB_S)))
    gen: dict[str, Any] = {}
    for shape in SHAPES:
        cycle = generated_cycle(shape, cfg.generated_cycle_bytes)
        t, floor = time_cycles(do_parse, cycle, cycles_for(cycle, cfg.generated_bytes),
                               companion=do_floor)
        gen[shape] = t.summary(cfg.clock)
        gen[shape]["floor_interleaved"] = floor.summary(cfg.clock) if floor else None
        mb = t.mb_s(cfg.clock)
        rep.add(Row(f"parse() generated {shape}, MB/s", mb, "MB/s", _fmt(mb),
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
        rep.add(Row(name, mb, "MB/s", _fmt(mb), note="standalone passes"))
        rep.add(Row("parse() / floor time (HEADLINE)", None, "x", "n/a", f"<= {T_FLOOR_RATIO:g}",
                    note="needs the throughput section"))
        return
    floor = thr["floor_interleaved"]
    out["corpus"] = floor
    rep.add(Row(name, floor["mb_per_s"], "MB/s", _fmt(floor["mb_per_s"]),
                note=f"interleaved with parse(); standalone {t.mb_s(cfg.clock):.1f}"))
    ratio = thr["parse"]["median_cycle_s"] / floor["median_cycle_s"]
    per_cycle = [p / f for p, f in zip(thr["parse"]["cycle_s"], floor["cycle_s"])]
    out["ratio"] = ratio
    out["ratio_median_per_cycle"] = statistics.median(per_cycle)
    out["ratio_vs_standalone"] = thr["parse"]["median_cycle_s"] / t.cycle_seconds(cfg.clock)
    rep.add(Row("parse() / floor time (HEADLINE)", ratio, "x", _fmt(ratio, 1),
                f"<= {T_FLOOR_RATIO:g}", at_most(ratio, T_FLOOR_RATIO),
                f"median per pass {out['ratio_median_per_cycle']:.1f}"))
    ratios = {s: g["median_cycle_s"] / g["floor_interleaved"]["median_cycle_s"]
              for s, g in thr["generated"].items()}
    out["generated_ratios"] = ratios
    for shape, r in ratios.items():
        rep.add(Row(f"parse() / floor, generated {shape}", r, "x", _fmt(r, 1)))


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
    rep.add(Row("scaling, same page: max/min s/MB", same["spread"], "x", _fmt(same["spread"]),
                f"<= {T_SCALING_SPREAD:.2f}", at_most(same["spread"], T_SCALING_SPREAD),
                f"slowest/fastest; last step x{same['last_step']:.2f}"))
    count = max(cfg.scale_factors)
    rng = random.Random("scaling-distinct")
    others = [page] + [interview("qa-labels", rng, min_bytes=4_600) for _ in range(count - 1)]
    distinct = _scale_series(cfg, rep, "scaling, distinct pages {k}x, s/MB",
                             lambda k: "\n\n".join(others[:k]))
    rep.add(Row("scaling, distinct pages: max/min s/MB", distinct["spread"], "x",
                _fmt(distinct["spread"]),
                note=f"informational; last step x{distinct['last_step']:.2f}"))
    rep.sections["scaling"] = {"page_bytes": len(page.encode("utf-8")), "same_page": same,
                               "distinct_pages": distinct}


def _wall(cmd: list[str], **kw: Any) -> tuple[float, subprocess.CompletedProcess[bytes]]:
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


def _package_bytecode_cached() -> bool:
    """Whether a plain ``python -m interviewparse`` finds (or writes) the
    package's bytecode in its own ``__pycache__``."""
    pkg = Path(interviewparse.__file__).parent
    return (not os.environ.get("PYTHONDONTWRITEBYTECODE")
            or any((pkg / "__pycache__").glob("assemble.*.pyc")))


def section_cli(cfg: Config, rep: Report) -> None:
    py = sys.executable
    cli = [py, "-m", "interviewparse", str(DESIGN_PAGE)]
    bare = [py, "-c", "pass"]
    cached_as_is = _package_bytecode_cached()
    with tempfile.TemporaryDirectory(prefix="interviewparse-pycache-") as cache:
        quiet: dict[str, Any] = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE,
                                 "env": child_env(cache)}
        as_is: dict[str, Any] = {**quiet, "env": None}
        _, first = _wall(cli, **quiet)  # warm-up: page cache, bytecode cache
        _wall(bare, **quiet)
        if first.returncode != 0:
            err = first.stderr.decode(errors="replace").strip().splitlines()[-1:]
            rep.sections["cli"] = {"error": err, "returncode": first.returncode}
            rep.add(Row("CLI one page (design page), ms wall", None, "ms", "n/a",
                        f"<= {T_CLI_MS:g}", note=f"exit {first.returncode}: {err}"))
            return
        cli_t: list[float] = []
        bare_t: list[float] = []
        cold_t: list[float] = []
        for k in range(cfg.cli_runs):  # interleaved, so all see the same machine load
            cli_t.append(_wall(cli, **quiet)[0])
            bare_t.append(_wall(bare, **quiet)[0])
            if k < max(3, cfg.cli_runs // 2):
                cold_t.append(_wall(cli, **as_is)[0])
    med, base = statistics.median(cli_t) * 1000, statistics.median(bare_t) * 1000
    nocache = statistics.median(cold_t) * 1000
    rep.sections["cli"] = {"page": str(DESIGN_PAGE.relative_to(REPO)), "runs": cfg.cli_runs,
                           "cli_ms": [x * 1000 for x in cli_t],
                           "python_pass_ms": [x * 1000 for x in bare_t],
                           "cli_inherited_env_ms": [x * 1000 for x in cold_t],
                           "cli_median_ms": med, "python_pass_median_ms": base,
                           "cli_inherited_env_median_ms": nocache,
                           "inherited_env_package_bytecode_cached": cached_as_is}
    rep.add(Row("CLI one page (design page), ms wall", med, "ms", _fmt(med, 0),
                f"<= {T_CLI_MS:g}", at_most(med, T_CLI_MS),
                f"median of {cfg.cli_runs}, min {min(cli_t) * 1000:.0f}; bytecode cached"))
    rep.add(Row("python -c pass, ms wall", base, "ms", _fmt(base, 0),
                note=f"CLI - bare python = {med - base:.0f} ms"))
    rep.add(Row("CLI one page, inherited environment, ms wall", nocache, "ms", _fmt(nocache, 0),
                note=f"median of {len(cold_t)}; package bytecode "
                f"{'cached' if cached_as_is else 'NOT cached (PYTHONDONTWRITEBYTECODE)'}"))


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
        _wall([sys.executable, "-m", "interviewparse", str(src / f"00000-{corpus[0][0]}")],
              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)  # bytecode

        def run(jobs: int) -> tuple[float, str | None]:
            cmd = [sys.executable, "-m", "interviewparse", str(src), "--jobs", str(jobs),
                   "--quiet"]
            with open(sink, "wb") as f:
                sec, proc = _wall(cmd, stdout=f, stderr=subprocess.PIPE, env=env)
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
                    _fmt(rate, 0), note=f"{med[jobs]:.2f} s wall, median of {cfg.batch_runs}"))
    speedup = med[1] / med[2]
    out["speedup"] = speedup
    rep.add(Row("batch speedup --jobs 2 / --jobs 1", speedup, "x", _fmt(speedup),
                f">= {T_JOBS_SPEEDUP:g}", at_least(speedup, T_JOBS_SPEEDUP)))


# Memory: measured in a child process (this script with a hidden --child flag).


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


def _child(args: list[str]) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
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
                _fmt(mb, 0), f"<= {T_PEAK_RSS_MB:g}", at_most(mb, T_PEAK_RSS_MB),
                f"{peak['before']['rss_mb']:.0f} MB before parse(), "
                f"parse {peak['parse_s']:.1f} s"))
    growth = _child(["growth", str(cfg.growth_warmup), str(cfg.growth_pages)])
    out["growth"] = growth
    g = growth["growth_mb"]
    rep.add(Row(f"RSS growth over {cfg.growth_pages:,} pages, MB", g, "MB", _fmt(g, 1),
                f"<= {T_GROWTH_MB:g}", at_most(g, T_GROWTH_MB),
                f"after {cfg.growth_warmup:,} warm-up pages; "
                f"{growth['rss_after_warmup_mb']:.1f} -> {growth['rss_end_mb']:.1f} MB; "
                f"gc objects {growth['gc_objects_after_warmup']} -> "
                f"{growth['gc_objects_end']}"))


# ------------------------------------------------------------------- report


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
        "load_average_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def _met(row: Row) -> str:
    if row.value is None and row.target != "-":
        return "n/a"
    return {True: "yes", False: "NO", None: "-"}[row.met]


def table(rows: list[Row]) -> str:
    head = ("metric", "measured", "target", "met?")
    body = [(r.metric, f"{r.text} {r.unit}" if r.value is not None else r.text, r.target,
             _met(r)) for r in rows]
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(4)]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), sep, *(line(b) for b in body)])


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

    if args.child:
        kind, *rest = args.child
        if kind == "peak":
            result = child_peak(rest[0])
        elif kind == "growth":
            result = child_growth(int(rest[0]), int(rest[1]))
        else:
            ap.error(f"unknown child {kind}")
        print(json.dumps(result))
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
    info["load_average_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None

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
        "targets": {"parse_mb_s": T_PARSE_MB_S, "floor_ratio": T_FLOOR_RATIO,
                    "parse_json_mb_s": T_JSON_MB_S, "scaling_spread": T_SCALING_SPREAD,
                    "cli_ms": T_CLI_MS, "jobs2_speedup": T_JOBS_SPEEDUP,
                    "peak_rss_mb": T_PEAK_RSS_MB, "growth_mb": T_GROWTH_MB},
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
