"""In-process scoring of parses against gold files (GOLD_FORMAT.md), with
the same figures as the project's evaluation script: pair / question /
boilerplate / enumeration F1, title, published, speaker, content kept,
boilerplate leaked. Used by the accuracy gate (test_accuracy.py) and by
``python tests/scoring.py DIR`` for a quick table."""

from __future__ import annotations

import json
import pathlib
import sys
import unicodedata
from collections import Counter, defaultdict
from typing import Any

import regex

import interviewparse

_NONWORD = regex.compile(r"[\W_]+")
_DASH = regex.compile(r"^\s*[-–—]+\s*")
_QA = regex.compile(
    r"^\s*(?:q|a|question|answer|вопрос|ответ|frage|antwort|问|答)\s*[:：.]\s*", regex.I
)


def key(text: str | None) -> str:
    return _NONWORD.sub("", unicodedata.normalize("NFKC", text or "").casefold())


def strip_label(text: str, label: str | None) -> str:
    text = text.lstrip("\ufeff")
    if label:
        m = regex.match(r"^\s*" + regex.escape(label) + r"\s*[:：.]\s*", text)
        if m:
            return text[m.end() :]
    m = _QA.match(text)
    if m:
        return text[m.end() :]
    return _DASH.sub("", text, count=1)


class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: list[Any], pred: list[Any]) -> None:
        g, p = Counter(gold), Counter(pred)
        tp = sum((g & p).values())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp

    def value(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return 1.0 if d == 0 else 2 * self.tp / d


class Ratio:
    def __init__(self) -> None:
        self.hit = self.total = 0

    def add(self, ok: bool) -> None:
        self.hit += int(ok)
        self.total += 1

    def value(self) -> float:
        return 1.0 if not self.total else self.hit / self.total


FIGURES = ("pair", "question", "boilerplate", "enumeration", "title", "published",
           "speaker", "content_kept", "boilerplate_leaked")


def new_stats() -> dict[str, PRF | Ratio]:
    return {"pair": PRF(), "question": PRF(), "boilerplate": PRF(), "enumeration": PRF(),
            "title": Ratio(), "published": Ratio(), "speaker": Ratio(),
            "content_kept": Ratio(), "boilerplate_leaked": Ratio()}


def _gold_view(gold: dict[str, Any], lines: list[str]) -> dict[str, Any]:
    def join(idx: list[int]) -> str:
        return "\n".join(lines[i] for i in idx)

    g: dict[str, Any] = {"questions": [], "pairs": [], "speakers": []}
    for ex in gold["exchanges"]:
        q = key(strip_label(join(ex["question_lines"]), ex.get("interviewer")))
        a = key(strip_label(join(ex["answer_lines"]), ex.get("interviewee")))
        g["questions"].append(q)
        g["pairs"].append((q, a))
        g["speakers"].append((ex.get("interviewer"), ex.get("interviewee")))
    g["boilerplate"] = [key(lines[i]) for i, _ in gold["boilerplate"]]
    content = [(i, None) for i in gold["lead_lines"]]
    for ex in gold["exchanges"]:
        content += [(i, ex.get("interviewer")) for i in ex["question_lines"]]
        content += [(i, ex.get("interviewee")) for i in ex["answer_lines"]]
    content += [(i, None) for i in gold["trailing_lines"]]
    g["content_lines"] = [key(strip_label(lines[i], label)) for i, label in content]
    g["content"] = "|".join(g["content_lines"])
    t = gold["metadata"].get("title_line")
    g["title"] = key(lines[t]) if t is not None else None
    g["published"] = gold["metadata"].get("published")
    g["enums"] = [(en["exchange"], n, key(m)) for en in gold["enumerations"]
                  for n, m in enumerate(en["markers"], 1)]
    return g


def _pred_view(out: dict[str, Any]) -> dict[str, Any]:
    p: dict[str, Any] = {"questions": [], "pairs": [], "speakers": []}
    pieces = [x["text"] for x in out["lead"]]
    for ex in out["exchanges"]:
        q, a = ex["question"], ex["answer"]
        at = "\n".join(x["text"] for x in a["paragraphs"])
        p["questions"].append(key(q["text"]))
        p["pairs"].append((key(q["text"]), key(at)))
        p["speakers"].append((q["speaker"], a["speaker"]))
        pieces.append(q["text"])
        pieces += [x["text"] for x in a["paragraphs"]]
    pieces += [x["text"] for x in out["trailing"]]
    p["content"] = "|".join(key(x) for x in pieces)
    p["boilerplate"] = [key(b["text"]) for b in out["boilerplate"]]
    md = out["metadata"]
    p["title"] = key(md["title"]) if md["title"] else None
    p["published"] = md["published"]
    p["enums"] = [(en["exchange"], it["ordinal"], key(it["marker"]))
                  for en in out["enumerations"] for it in en["items"]]
    return p


def score_page(stats: dict[str, Any], g: dict[str, Any], p: dict[str, Any]) -> None:
    stats["question"].add(g["questions"], p["questions"])
    stats["pair"].add(g["pairs"], p["pairs"])
    stats["boilerplate"].add([b for b in g["boilerplate"] if b],
                             [b for b in p["boilerplate"] if b])
    stats["enumeration"].add(g["enums"], p["enums"])
    if g["title"] is not None or p["title"]:
        stats["title"].add(p["title"] == g["title"])
    if g["published"] or p["published"]:
        want = g["published"] or ""
        stats["published"].add(bool(want) and str(p["published"] or "")[:16] == want[:16])
    predpairs = dict(zip(p["pairs"], p["speakers"]))
    for pair, spk in zip(g["pairs"], g["speakers"]):
        if any(spk):
            got = predpairs.get(pair)
            stats["speaker"].add(got is not None and tuple(got) == tuple(spk))
    for c in g["content_lines"]:
        if c:
            stats["content_kept"].add(c in p["content"])
    for b in g["boilerplate"]:
        if len(b) >= 6:
            stats["boilerplate_leaked"].add(p["content"].count(b) > g["content"].count(b))


def score_dir(folder: pathlib.Path) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Figures over all pages ("ALL") and per format, and the pages whose
    pairs differ from gold."""
    total = new_stats()
    by_format: dict[str, dict[str, Any]] = defaultdict(new_stats)
    misses = []
    for gp in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        page = folder / (gp.name[: -len(".gold.json")] + ".txt")
        lines = page.read_bytes().decode("utf-8-sig", errors="replace").splitlines()
        out = interviewparse.parse_file(page).to_dict()
        g, p = _gold_view(gold, lines), _pred_view(out)
        for st in (total, by_format[gold["format"]]):
            score_page(st, g, p)
        if Counter(g["pairs"]) != Counter(p["pairs"]) or gold["format"] != out["format"]:
            misses.append(f"{page.name}: format {out['format']} (gold {gold['format']}), "
                          f"{len(p['pairs'])} pairs (gold {len(g['pairs'])})")
    figures = {"ALL": {k: v.value() for k, v in total.items()}}
    for fmt, st in sorted(by_format.items()):
        figures[fmt] = {k: v.value() for k, v in st.items()}
    return figures, misses


def main(argv: list[str]) -> int:
    folder = pathlib.Path(argv[1] if len(argv) > 1 else pathlib.Path(__file__).parent / "corpus")
    figures, misses = score_dir(folder)
    print(f"{'':22s}" + " ".join(f"{c[:9]:>9s}" for c in FIGURES))
    for name, fig in figures.items():
        print(f"{name:22s}" + " ".join(f"{fig[c]:9.3f}" for c in FIGURES))
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
