"""Performance benchmark for ``interviewparse.parse``.

Measures, in-process (imports done, one warm-up pass, best of N passes):

* the corpus: every ``*.txt`` page of a corpus folder, as ms/page and s/MB;
* adversarial inputs (classes of shapes that could make a rule super-linear),
  each at a ladder of sizes up to ~1 MB, as s/MB, the ratio to the corpus
  s/MB and the growth factor from the second-largest to the largest size
  (4.0 = linear, 16.0 = quadratic);
* peak memory (tracemalloc) per MB of input for the worst class;
* ``python -c "import interviewparse"`` start-up time (subprocess, best of 5).

MB means 10**6 bytes of UTF-8.  Parse times are process CPU time (``--wall``
for wall-clock time); start-up is wall-clock time.  Exits 1 when a class is slower than
``--max-ratio`` (default 3) times the corpus per MB, unless ``--no-fail``.

Usage::

    python benchmarks/bench.py                 # full run (a few minutes)
    python benchmarks/bench.py --quick         # sizes / 4, fewer passes
    python benchmarks/bench.py --json out.json # also save the figures
    python benchmarks/bench.py --only qa-lines,ordinal-runs
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import random
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import interviewparse

REPO = Path(__file__).resolve().parent.parent
MB = 1_000_000
# Parse times are the process's CPU time: parsing is single-threaded, and CPU
# time is much less disturbed than wall time by other work on a shared machine
# (``--wall`` switches to time.perf_counter).
CLOCK = time.process_time


# ------------------------------------------------------------------ corpus


def default_corpus() -> Path:
    own = REPO / "tests" / "corpus"
    if any(own.glob("*.txt")):
        return own
    return REPO.parent / "shared" / "corpus"


def load_corpus(folder: Path) -> list[tuple[str, str]]:
    pages = []
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        try:
            text = interviewparse.decode(data).text  # type: ignore[attr-defined]
        except Exception:
            text = data.decode("utf-8", errors="replace")
        pages.append((path.name, text))
    return pages


def nbytes(text: str) -> int:
    return len(text.encode("utf-8", errors="surrogatepass"))


def time_corpus(pages: list[tuple[str, str]], passes: int) -> dict[str, float]:
    for _, text in pages:  # warm-up pass
        interviewparse.parse(text)
    best = math.inf
    for _ in range(passes):
        gc.collect()
        t0 = CLOCK()
        for _, text in pages:
            interviewparse.parse(text)
        best = min(best, CLOCK() - t0)
    size = sum(nbytes(t) for _, t in pages)
    return {
        "pages": len(pages),
        "bytes": size,
        "seconds": best,
        "ms_per_page": best / len(pages) * 1000,
        "s_per_mb": best / (size / MB),
    }


# ---------------------------------------------------------- adversarial


def _repeat(unit: str, prefix: str = "", suffix: str = "") -> Callable[[int], str]:
    """``unit`` repeated to about ``size`` bytes (count proportional to size)."""
    ub = nbytes(unit)

    def build(size: int) -> str:
        return prefix + unit * max(1, round(size / ub)) + suffix

    return build


def _random(token: Callable[[random.Random], str], sep: str, end: str = "") -> Callable[[int], str]:
    """Seeded random tokens joined by ``sep`` to about ``size`` bytes."""

    def build(size: int) -> str:
        rng = random.Random(size)
        out: list[str] = []
        total = 0
        while total < size:
            tok = token(rng) + sep
            out.append(tok)
            total += nbytes(tok)
        return "".join(out) + end

    return build


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 9)))


def _name(rng: random.Random) -> str:
    return _word(rng).capitalize() + "x " + _word(rng).capitalize() + "y"


def _short_line(rng: random.Random) -> str:
    return _word(rng)


def _speaker_line(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{_name(rng)}: Is it {_word(rng)}?"
    return f"{_name(rng)}: {_word(rng)}."


def _words_line(rng: random.Random) -> str:
    w = _word(rng)
    r = rng.random()
    return w + ("," if r < 0.05 else "." if r < 0.1 else "?" if r < 0.12 else "")


def _corpus_pages(pages: list[tuple[str, str]]) -> Callable[[int], str]:
    def build(size: int) -> str:
        out: list[str] = []
        total = 0
        i = 0
        while total < size and pages:
            text = pages[i % len(pages)][1].lstrip("\ufeff") + "\n\n"
            out.append(text)
            total += nbytes(text)
            i += 1
        return "".join(out)

    return build


def classes(pages: list[tuple[str, str]]) -> list[tuple[str, str, Callable[[int], str]]]:
    """(name, what it tests, builder(size_in_bytes) -> str)."""
    return [
        ("qmarks", '"?" * N: one line, every char a question mark', _repeat("?")),
        ("colons", '":" * N: one line of label punctuation', _repeat(":")),
        ("em-dashes", '"—" * N: one line of dialogue dashes', _repeat("—")),
        ("hyphen-space", '"- " * N: dash cue followed by more dashes', _repeat("- ")),
        ("one-line-words", "a single line of random words (no newline)",
         _random(_words_line, " ", ".")),
        ("qa-lines", '"Q: a?" / "A: b." alternating short lines', _repeat("Q: a?\nA: b.\n")),
        ("short-word-lines", "random short words, one per line", _random(_short_line, "\n")),
        ("nested-quotes", '"«“„" repeated on one line (speaker _QUOTED)', _repeat("«“„")),
        ("first-markers", '"First, " repeated on one line (enumeration words)',
         _repeat("First, ")),
        ("ordinal-runs", 'one answer of "First, a. / b. / Second, c." paragraphs',
         _repeat("First, a.\nb.\nSecond, c.\n", "Q: Why so?\nA: Well.\n")),
        ("digits-dots", '"10.03.2023 " repeated on one line (dates)', _repeat("10.03.2023 ")),
        ("date-lines", '"10.03.2023, 13:40" lines (date parser per line)',
         _repeat("10.03.2023, 13:40\n")),
        ("label-like", '"A. B. C. D. E.:" lines (speaker token initials)',
         _repeat("A. B. C. D. E.:\n")),
        ("blank-lines", '"\\n" * N', _repeat("\n", "Q: a?\n", "A: b.\n")),
        ("spaces-line", "one line of N spaces then a word (line stripping)",
         _repeat(" ", "", "x")),
        ("closers-line", '"»)" * N on one line (last-mark scan)', _repeat("»)", "a")),
        ("read-also", '"Read also:" lines (related-list scan)', _repeat("Read also:\n")),
        ("read-also-list", '"Read also:" then many short lines',
         _repeat("short item\n", "Read also:\n")),
        ("open-parens", '"(" * N on one line (bracket patterns)', _repeat("(")),
        ("repeated-pages", "corpus pages concatenated", _corpus_pages(pages)),
        ("dash-dialogue", '"— Why?" / "— Because." lines', _repeat("— Why?\n— Because.\n")),
        ("speaker-pair", "two named speakers alternating",
         _repeat("Anna Petrova: Why?\nBoris Lind: Because.\n")),
        ("unique-speakers", "a new random speaker label on every line",
         _random(_speaker_line, "\n")),
        ("unanswered-questions", '"x?" / "y?" / "A: z." (unlabelled-question split)',
         _repeat("x?\ny?\nA: z.\n")),
        ("question-tail", '"Q: x?" then plain lines (200-line cue look-ahead)',
         _repeat("b.\n", "Q: x?\n")),
        ("zh-qa", "问/答 labels with Han text", _repeat("问：你好吗？\n答：很好。\n")),
        ("ru-dashes", "Cyrillic dash dialogue", _repeat("— Как дела?\n— Хорошо.\n")),
        ("long-answer-line", "Q: then one ~size-long answer line",
         _random(_words_line, " ", "\n")),
    ]


SUPERLINEAR = 6.0  # growth per 4x size above which a class is flagged


def _growth(a: dict[str, float], b: dict[str, float]) -> float:
    """Time ratio for an exact 4x size step (4.0 = linear, 16.0 = quadratic)."""
    return (b["seconds"] / a["seconds"]) * 4 / (b["size"] / a["size"])


def _run_once(text: str) -> float:
    gc.collect()
    t0 = CLOCK()
    interviewparse.parse(text)
    return CLOCK() - t0


def time_class(
    build: Callable[[int], str], sizes: list[int], passes: int, budget: float
) -> dict[str, object]:
    interviewparse.parse(build(4096))  # warm-up
    points: list[dict[str, float]] = []
    skipped: list[int] = []
    for k, size in enumerate(sizes):
        if points:
            last = points[-1]
            growth = last["seconds"] / points[-2]["seconds"] if len(points) > 1 else 4.0
            # before a 4x bigger input, predict its time from the growth so far
            factor = 16.0 if growth > 6 else max(4.0, growth)
            predicted = last["seconds"] * factor
            if predicted > budget:
                skipped = sizes[k:]
                break
        text = build(size)
        b = nbytes(text)
        best = math.inf
        spent = 0.0
        runs = 0
        # best of ``passes``; fast inputs get more passes (up to 20, ~0.5 s)
        # so that their growth factor is not timer noise
        while runs < passes or (spent < 0.5 and runs < 20):
            t = _run_once(text)
            best = min(best, t)
            spent += t
            runs += 1
            if spent > budget:
                break
        lines = len(text.splitlines()) or 1
        points.append({"size": b, "lines": lines, "seconds": best, "s_per_mb": best / (b / MB),
                       "us_per_line": best / lines * 1e6})
        del text
    out: dict[str, object] = {"points": points, "skipped_sizes": skipped}
    out["growth"] = _growth(points[-2], points[-1]) if len(points) >= 2 else None
    g = out["growth"]
    out["confirm"] = None
    if g is not None and g > SUPERLINEAR and not skipped and points[-1]["seconds"] * 16 < budget:
        # a step above 6 can be timer noise or the CPU cache (the 1 MB copies of
        # a line no longer fit): one more 4x step says whether it persists
        text = build(sizes[-1] * 4)
        b = nbytes(text)
        t = min(_run_once(text) for _ in range(2))
        big = {"size": b, "lines": len(text.splitlines()) or 1, "seconds": t,
               "s_per_mb": t / (b / MB), "us_per_line": 0.0}
        del text
        out["confirm"] = {"size": b, "seconds": t, "growth": _growth(points[-1], big)}
    top = points[-1]
    if skipped:
        # extrapolate to the largest size with the observed growth per 4x
        g = max(4.0, out["growth"] or 4.0)
        steps = math.log(sizes[-1] / top["size"], 4)
        est = top["seconds"] * g**steps
        out["s_per_mb"] = est / (sizes[-1] / MB)
        out["extrapolated"] = True
    else:
        out["s_per_mb"] = top["s_per_mb"]
        out["extrapolated"] = False
    return out


def peak_memory(build: Callable[[int], str], size: int) -> dict[str, float]:
    text = build(size)
    b = nbytes(text)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    interviewparse.parse(text)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return {"size": b, "peak_bytes": peak, "peak_mb_per_input_mb": (peak / MB) / (b / MB)}


def startup(runs: int = 5) -> dict[str, float]:
    def best(code: str) -> float:
        t = math.inf
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            t = min(t, time.perf_counter() - t0)
        return t

    bare = best("pass")
    imp = best("import interviewparse")
    return {"python_s": bare, "import_s": imp, "import_minus_python_s": imp - bare}


# ------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="sizes / 4 and fewer passes")
    ap.add_argument("--json", metavar="OUT", help="save the figures as JSON")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="folder of *.txt pages (default: tests/corpus, else ../shared/corpus)")
    ap.add_argument("--passes", type=int, default=None,
                    help="best of N passes (default: corpus 20, classes 3; --quick: 5, 1)")
    ap.add_argument("--max-ratio", type=float, default=3.0,
                    help="fail when a class is slower than this times corpus s/MB")
    ap.add_argument("--budget", type=float, default=60.0,
                    help="seconds: skip (and extrapolate) a size predicted to take longer")
    ap.add_argument("--only", default="", help="comma-separated class names")
    ap.add_argument("--no-fail", action="store_true", help="report only, exit 0")
    ap.add_argument("--no-memory", action="store_true")
    ap.add_argument("--no-startup", action="store_true")
    ap.add_argument("--wall", action="store_true", help="time parses by wall clock, not CPU")
    args = ap.parse_args(argv)
    if args.wall:
        global CLOCK
        CLOCK = time.perf_counter

    folder = args.corpus or default_corpus()
    pages = load_corpus(folder)
    if not pages:
        print(f"no *.txt pages in {folder}", file=sys.stderr)
        return 2
    corpus_passes = args.passes or (5 if args.quick else 20)
    class_passes = args.passes or (1 if args.quick else 3)
    top = MB // 4 if args.quick else MB
    sizes = [top // 16, top // 4, top]

    print(f"interviewparse {interviewparse.__version__}  Python {platform.python_version()}  "
          f"{platform.machine()}  clock={'wall' if args.wall else 'cpu'}  corpus={folder}")
    corpus = time_corpus(pages, corpus_passes)
    corpus["lines"] = sum(len(t.splitlines()) for _, t in pages)
    corpus["us_per_line"] = corpus["seconds"] / corpus["lines"] * 1e6
    print(f"corpus: {corpus['pages']} pages, {corpus['bytes']} bytes, {corpus['lines']} lines, "
          f"{corpus['us_per_line']:.1f} us/line, "
          f"{corpus['ms_per_page']:.2f} ms/page, {corpus['s_per_mb']:.3f} s/MB "
          f"(best of {corpus_passes})\n")

    only = {s.strip() for s in args.only.split(",") if s.strip()}
    results: dict[str, dict[str, object]] = {}
    limit = args.max_ratio * corpus["s_per_mb"]
    hdr = (f"{'class':22s} {'size':>9s} {'lines':>8s} {'us/line':>8s} {'s/MB':>8s} {'ratio':>7s} "
           f"{'growth':>7s}  "
           f"{'status':s}")
    print(hdr)
    print("-" * len(hdr))
    builders = {}
    for name, what, build in classes(pages):
        if only and name not in only:
            continue
        builders[name] = build
        r = time_class(build, sizes, class_passes, args.budget)
        r["what"] = what
        r["ratio"] = r["s_per_mb"] / corpus["s_per_mb"]  # type: ignore[operator]
        results[name] = r
        pts = r["points"]
        size = pts[-1]["size"]  # type: ignore[index]
        g = r["growth"]
        status = "SLOW" if r["s_per_mb"] > limit else "ok"  # type: ignore[operator]
        confirm = r["confirm"]
        if confirm is not None:
            g2 = confirm["growth"]  # type: ignore[index]
            size4 = confirm["size"] / MB  # type: ignore[index]
            if g2 > SUPERLINEAR:
                status += f" super-linear (x{g2:.1f} again to {size4:.2f} MB)"
            else:
                status += f" (x{g2:.1f} from {sizes[-1] / MB:g} to {size4:.2f} MB: linear)"
        elif g is not None and g > SUPERLINEAR:  # type: ignore[operator]
            status += " super-linear"
        if r["extrapolated"]:
            status += f" (extrapolated to {sizes[-1] / MB:g} MB)"
        r["status"] = status
        print(f"{name:22s} {size / MB:8.3f}M {pts[-1]['lines']:8d} "  # type: ignore[index]
              f"{pts[-1]['us_per_line']:8.1f} {r['s_per_mb']:8.3f} {r['ratio']:7.2f} "  # type: ignore[index]
              f"{(f'{g:.2f}' if g is not None else '-'):>7s}  {status}", flush=True)

    mem = None
    if results and not args.no_memory:
        worst = max(results, key=lambda n: results[n]["ratio"])  # type: ignore[arg-type,return-value]
        msize = results[worst]["points"][-1]["size"]  # type: ignore[index]
        mem = {"class": worst, **peak_memory(builders[worst], msize)}
        print(f"\npeak memory, worst class {worst}: {mem['peak_bytes'] / MB:.1f} MB for "
              f"{mem['size'] / MB:.3f} MB input = {mem['peak_mb_per_input_mb']:.1f} MB per MB")
    st = None
    if not args.no_startup:
        st = startup()
        print(f"start-up: python -c 'import interviewparse' {st['import_s'] * 1000:.0f} ms "
              f"(bare python {st['python_s'] * 1000:.0f} ms, import itself "
              f"{st['import_minus_python_s'] * 1000:.0f} ms), best of 5")

    slow = [n for n, r in results.items() if r["s_per_mb"] > limit]  # type: ignore[operator]
    print(f"\ntarget: every class <= {args.max_ratio:g}x corpus s/MB "
          f"({limit:.3f} s/MB): {'FAIL ' + ', '.join(slow) if slow else 'ok'}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "quick": args.quick,
            "clock": "wall" if args.wall else "cpu",
            "corpus_dir": str(folder),
            "corpus": corpus,
            "classes": results,
            "memory": mem,
            "startup": st,
            "max_ratio": args.max_ratio,
            "slow": slow,
        }, indent=2, ensure_ascii=False))
    return 1 if slow and not args.no_fail else 0


if __name__ == "__main__":
    sys.exit(main())
