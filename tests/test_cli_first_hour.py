"""The command line as a new user meets it: HTML in, the explain view, the
text the parser read, and how sure it is. Run as a user would, through
``python -m interviewparse``. Every sentence here is invented."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_first_hour import PAGE  # the same invented page

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "tests" / "html"

PROSE = "The council met on Tuesday.\nIt approved the budget for the harbour.\n"


def run(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "interviewparse", *map(str, args)],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True, text=True, env=env, timeout=120,
    )


def test_explain_lists_every_line_with_its_role(tmp_path: Path) -> None:
    page = tmp_path / "ferry.txt"
    page.write_text(PAGE, encoding="utf-8")
    proc = run(page, "--format", "explain")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[0].startswith(f"# {page}: an interview (qa-labels)")
    rows = [r for r in out if not r.startswith("#") and r.split()[0].isdigit()]
    assert [int(r.split()[0]) for r in rows] == [0, 1, 2, 4, 5, 6, 7, 9]
    assert "question 0" in rows[3] and "answer 1" in rows[6]


def test_min_confidence_keeps_pages_at_or_above_it(tmp_path: Path) -> None:
    (tmp_path / "a-ferry.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b-council.txt").write_text(PROSE, encoding="utf-8")
    everything = [json.loads(x) for x in run(tmp_path, "--quiet").stdout.splitlines()]
    assert len(everything) == 2
    conf = {Path(p["source"]).name: p["confidence"] for p in everything}
    assert conf["a-ferry.txt"] >= 0.5 > conf["b-council.txt"]
    kept = run(tmp_path, "--min-confidence", "0.5", "--quiet").stdout.splitlines()
    assert [Path(json.loads(x)["source"]).name for x in kept] == ["a-ferry.txt"]
    assert run(tmp_path, "--min-confidence", "0", "--quiet").stdout.count("\n") == 2
    assert run(tmp_path, "--skip-non-interviews", "--quiet").stdout.splitlines() == kept
    high = run(tmp_path, "--min-confidence", "1", "--quiet")
    assert high.returncode == 0 and high.stdout == ""


@pytest.mark.parametrize("value", ["1.5", "-0.1"])
def test_min_confidence_out_of_range_is_usage(value: str) -> None:
    proc = run("-", "--min-confidence", value, stdin=PAGE.encode())
    assert proc.returncode == 2
    assert proc.stderr.strip() == "interviewparse: error: --min-confidence must be between 0 and 1"


def test_bytes_on_stdin_in_utf16_without_a_bom() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "interviewparse", "-"], input=PAGE.encode("utf-16-le"),
        capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    page = json.loads(proc.stdout)
    assert page["metadata"]["encoding"] == "utf-16-le"
    assert len(page["exchanges"]) == 2


def test_html_page_is_derived_and_parsed(tmp_path: Path) -> None:
    pytest.importorskip("resiliparse")
    proc = run(HTML / "magazine-qa.html")
    assert proc.returncode == 0, proc.stderr
    page = json.loads(proc.stdout)
    assert page["derived_from"] == "html"
    assert [e["question"]["text"] for e in page["exchanges"]][:2] == [
        "How did you come to clocks in the first place?", "Why no electric motors?"]
    # --emit-text writes the text the spans index
    text = run(HTML / "magazine-qa.html", "--emit-text").stdout
    q = page["exchanges"][0]["question"]
    start, end = q["paragraphs"][0]["span"]
    assert text[start:end].endswith(q["text"])
    # a gzipped page, and HTML named as such on standard input
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress((HTML / "magazine-qa.html").read_bytes()))
    assert json.loads(run(gz).stdout)["exchanges"] == page["exchanges"]
    piped = subprocess.run(
        [sys.executable, "-m", "interviewparse", "-", "--input-format", "html"],
        input=(HTML / "magazine-qa.html").read_bytes(), capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, timeout=120)
    assert json.loads(piped.stdout)["exchanges"] == page["exchanges"]


def test_html_directory_with_input_format_html() -> None:
    pytest.importorskip("resiliparse")
    proc = run(HTML, "--input-format", "html", "--format", "jsonl", "--quiet")
    assert proc.returncode == 0, proc.stderr
    names = sorted(Path(json.loads(x)["source"]).name for x in proc.stdout.splitlines())
    assert names == sorted(p.name for p in HTML.glob("*.htm*"))


def test_html_without_the_extra_says_how_to_install(tmp_path: Path) -> None:
    block = tmp_path / "block"
    block.mkdir()
    (block / "resiliparse.py").write_text("raise ImportError('blocked for the test')\n")
    env = {**os.environ, "PYTHONPATH": f"{block}{os.pathsep}{ROOT / 'src'}"}
    proc = subprocess.run([sys.executable, "-m", "interviewparse", str(HTML / "magazine-qa.html")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 3
    assert "pip install 'interviewparse[html]'" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_emit_text_and_another_format_is_usage(tmp_path: Path) -> None:
    page = tmp_path / "ferry.txt"
    page.write_text(PAGE, encoding="utf-8")
    proc = run(page, "--emit-text", "--format", "markdown")
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[-1] == (
        "interviewparse: error: --emit-text is --format text: it cannot go with --format markdown")
    assert run(page, "--emit-text", "--format", "text").stdout == PAGE


def test_text_of_several_pages_goes_to_files(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    (pages / "b.txt").write_text(PROSE, encoding="cp1251")
    proc = run(pages, "--emit-text")
    assert proc.returncode == 2 and "--output DIR" in proc.stderr
    out = tmp_path / "out"
    done = run(pages, "--emit-text", "--output", out, "--skip-non-interviews")
    assert done.returncode == 0, done.stderr
    # the input is never overwritten, and the filters hold: only the interview's text
    assert sorted(p.name for p in out.iterdir()) == ["a.text.txt"]
    assert (out / "a.text.txt").read_text(encoding="utf-8") == PAGE
    assert done.stderr.splitlines()[-1].startswith("interviewparse: 2 pages, 1 interview,")


def test_a_folder_of_html_pages_gets_a_hint() -> None:
    proc = run(HTML)
    assert proc.returncode == 3
    assert "(it holds HTML pages: add --input-format html)" in proc.stderr.splitlines()[0]


def test_html_errors_name_the_file(tmp_path: Path) -> None:
    block = tmp_path / "block"
    block.mkdir()
    (block / "resiliparse.py").write_text("raise ImportError('blocked for the test')\n")
    env = {**os.environ, "PYTHONPATH": f"{block}{os.pathsep}{ROOT / 'src'}"}
    page = HTML / "magazine-qa.html"
    proc = subprocess.run([sys.executable, "-m", "interviewparse", str(page)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.stderr.startswith(f"interviewparse: error: {page}: reading HTML needs")
