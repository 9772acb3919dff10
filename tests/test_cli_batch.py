"""The batch command line on a folder of corpus pages: directory walking,
--glob, stdin among files, --output, --jobs, --quiet, the progress bar and
the summary line, --skip-non-interviews, --format markdown|csv (and the
markers between Markdown pages), --schema, --version, usage errors. Most
runs are in-process (``cli.main`` with capsysbinary); the ones where the
process matters (stdin, --jobs, exit status of argparse, a
terminal) are subprocesses."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import interviewparse
from interviewparse import cli, clio
from interviewparse.render import to_markdown

OK, USAGE, NOT_READABLE, NOT_TEXT = 0, 2, 3, 4
CORPUS = Path(__file__).parent / "corpus"
HEADER = ["source", "index", "interviewer", "question", "interviewee", "answer", "published",
          "title"]
SUMMARY = re.compile(
    r"interviewparse: (\d+) pages?, (\d+) interviews?, (\d+) exchanges?, (\d+) failed, "
    r"\d+\.\d s"
)
MARKER = re.compile(r"<!-- interviewparse page (\d+): (.*) -->")
BAD_BYTES = b"Q: Is this a page?\n\x00\x00\x00\x00A: No, it is a blob.\n" + bytes(range(32)) * 4

# A page of our own whose answers carry Markdown syntax.
MARKUP_PAGE = """\
Tide Notes: a talk with a harbour pilot
12 May 2024

Q: What do you carry on every job?
A: A notebook where I mark the *stars* and the _under_ currents by hand.

Q: How do you keep your notes in order?
A: I use headings.
# This line begins with a hash mark.
1. This line begins with a number and a dot.
Then I close the book [and] go home <early>.

Q: Anything else?
A: Nothing else.
"""

# A page of our own whose answers carry quotes, commas and two paragraphs.
QUOTES_PAGE = """\
Orchard Weekly: the cider maker of Lower Fenwick
3 October 2022

Q: What does your grandmother say about the harvest?
A: She says "pick late, press early", and she is usually right.
We still argue about it, though.

Q: And the name of the cider?
A: "Old Gate, Dry" - with the comma, always.
"""


# ------------------------------------------------------------------ helpers


@dataclass
class Batch:
    """A folder of pages; ``order`` is every ``*.txt`` in walk order."""

    root: Path
    order: list[Path]
    bad: Path
    md: list[Path]

    @property
    def good(self) -> list[Path]:
        return [p for p in self.order if p != self.bad]

    @property
    def bad_line(self) -> str:
        return (f"interviewparse: error: {self.bad}: binary data (NUL bytes), not a text "
                "page (nor UTF-16 or UTF-32 without a byte order mark)")


def copy(src: str, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(CORPUS / f"{src}.txt", dest)
    return dest


def make_batch(root: Path) -> Batch:
    """Top-level files around ``bad.txt`` (a name sorting after ``sub/``
    among them), then ``sub/`` and ``sub/deeper/``; two ``.md`` pages."""
    order = [
        copy("en-beekeeper-hyphen-short", root / "a-beekeeper.txt"),
        copy("zh-tea-cooperative-qa-labels", root / "a-tea.txt"),
        root / "bad.txt",
        copy("en-news-observatory-short", root / "c-observatory.txt"),
        copy("ru-biathlete-en-dash", root / "zz-biathlete.txt"),
        copy("de-baker-outlet-label", root / "sub" / "baker.txt"),
        copy("en-forecaster-question-answer-own-line", root / "sub" / "forecaster.txt"),
        copy("en-architect-nbsp-curly", root / "sub" / "deeper" / "architect.txt"),
    ]
    (root / "bad.txt").write_bytes(BAD_BYTES)
    md = [
        copy("en-chef-en-dash-readalso", root / "notes.md"),
        copy("en-glaciologist-first-of-all", root / "sub" / "other.md"),
    ]
    return Batch(root, order, root / "bad.txt", md)


@pytest.fixture
def batch(tmp_path: Path) -> Batch:
    return make_batch(tmp_path / "batch")


def run(*args: str | os.PathLike[str], stdin: bytes = b"",
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """The command line as a subprocess; no run may print a traceback."""
    proc = subprocess.run(
        [sys.executable, "-m", "interviewparse", *map(str, args)],
        input=stdin, capture_output=True, env={**os.environ, **(env or {})}, timeout=120,
    )
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    return proc


def split_summary(lines: list[str]) -> tuple[list[str], str | None]:
    """stderr's lines less the summary line, and the summary line (the
    last one of a batch) or None."""
    if lines and SUMMARY.fullmatch(lines[-1]):
        return lines[:-1], lines[-1]
    return lines, None


def stderr_of(proc: subprocess.CompletedProcess[bytes]) -> tuple[list[str], str | None]:
    return split_summary(proc.stderr.decode("utf-8").splitlines())


def counts(line: str | None) -> tuple[int, ...]:
    """(pages, interviews, exchanges, failed) of a summary line."""
    assert line is not None
    m = SUMMARY.fullmatch(line)
    assert m, line
    return tuple(map(int, m.groups()))


@dataclass
class Ran:
    code: int
    out: bytes
    err: list[str]  # stderr's lines, less the summary line
    summary: str | None

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")


def call(cap: pytest.CaptureFixture[bytes], *args: str | os.PathLike[str]) -> Ran:
    """``cli.main`` in-process, its stdout and stderr captured."""
    code = cli.main([str(a) for a in args])
    out, err = cap.readouterr()
    text = err.decode("utf-8")
    assert "Traceback" not in text, text
    return Ran(code, out, *split_summary(text.splitlines()))


def json_lines(out: bytes) -> list[dict[str, Any]]:
    text = out.decode("utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def csv_table(out: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))


def parsed(path: Path) -> interviewparse.Interview:
    return interviewparse.parse_file(path)


def files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def screen(raw: bytes) -> list[str]:
    """What a terminal shows for ``raw``: a carriage return moves back to
    column 0 and later characters overwrite earlier ones."""
    lines = []
    for line in raw.decode("utf-8", "replace").replace("\r\n", "\n").split("\n"):
        cells: list[str] = []
        col = 0
        for ch in line:
            if ch == "\r":
                col = 0
                continue
            if col < len(cells):
                cells[col] = ch
            else:
                cells.append(ch)
            col += 1
        lines.append("".join(cells).rstrip())
    return lines


# ----------------------------------------------------- inputs and ordering


def test_directory_walk_order_and_bad_file_in_the_middle(batch: Batch) -> None:
    proc = run(batch.root)
    assert proc.returncode == NOT_TEXT
    pages = json_lines(proc.stdout)
    # a folder's own files in name order (zz- before sub/), then subfolders, depth first
    assert [p["source"] for p in pages] == [str(p) for p in batch.good]
    assert batch.order.index(batch.bad) not in (0, len(batch.order) - 1)
    # not a terminal: one line per failure, then the summary line (no bar)
    errors, last = stderr_of(proc)
    assert errors == [batch.bad_line]
    assert counts(last) == (len(batch.order), len(batch.good) - 1, sum(
        len(p["exchanges"]) for p in pages), 1)  # one good page is not an interview
    for page, path in zip(pages, batch.good):
        assert page == parsed(path).to_dict()


def test_glob_picks_other_files(batch: Batch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    ran = call(capsysbinary, "--glob", "*.md", batch.root)
    assert ran.code == OK and ran.err == []
    assert [p["source"] for p in json_lines(ran.out)] == [str(p) for p in batch.md]
    # a directory with a single match prints one JSON object, indented on request
    ran = call(capsysbinary, "--glob", "*.md", "--indent", "2", batch.root / "sub")
    assert ran.code == OK
    assert ran.text.startswith('{\n  "schema_version": ')
    assert json.loads(ran.out)["source"] == str(batch.md[1])


def test_stdin_among_files_keeps_input_order(batch: Batch) -> None:
    first, last = batch.good[0], batch.good[-1]
    stdin = (CORPUS / "en-weightlifter-em-dash.txt").read_bytes()
    proc = run(first, "-", batch.root / "sub", last, stdin=stdin)
    assert proc.returncode == OK and stderr_of(proc)[0] == []
    pages = json_lines(proc.stdout)
    sub = [p for p in batch.good if "sub" in p.parts]
    assert [p["source"] for p in pages] == [str(first), "<stdin>", *map(str, sub), str(last)]
    stdin_page = interviewparse.parse_bytes(stdin, source="<stdin>")
    assert pages[1] == stdin_page.to_dict()


def test_one_input_prints_one_object(
    batch: Batch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    page = batch.good[0]
    plain = call(capsysbinary, page)
    assert plain.code == OK and plain.err == []
    assert plain.out.count(b"\n") == 1
    assert json.loads(plain.out) == parsed(page).to_dict()
    indented = call(capsysbinary, "--indent", "2", page)
    assert indented.text.startswith('{\n  "schema_version": ')
    assert indented.out.count(b"\n") > 10
    assert interviewparse.Interview.from_json(indented.out) == parsed(page)


def test_jsonl_with_one_input_is_one_line(
    batch: Batch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    ran = call(capsysbinary, "--format", "jsonl", "--indent", "2", batch.good[0])
    assert ran.code == OK
    assert ran.out.endswith(b"\n") and ran.out.count(b"\n") == 1
    assert json_lines(ran.out)[0]["source"] == str(batch.good[0])


def test_several_inputs_print_json_lines_with_source(
    batch: Batch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    given = [batch.good[3], batch.good[0], batch.good[3]]  # order as given, repeats kept
    ran = call(capsysbinary, "--indent", "2", *given)
    assert ran.code == OK
    assert [p["source"] for p in json_lines(ran.out)] == [str(p) for p in given]


# ------------------------------------------------------------------ --output


def test_output_dir_mirrors_the_tree(
    batch: Batch, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    out = tmp_path / "out"
    ran = call(capsysbinary, "--output", out, batch.root)
    assert ran.code == NOT_TEXT
    assert ran.out == b""
    assert ran.err == [batch.bad_line]
    expected = {p.relative_to(batch.root).with_suffix(".json").as_posix(): p for p in batch.good}
    assert files_under(out) == sorted(expected)
    assert "sub/deeper/architect.json" in expected
    for rel, src in expected.items():
        assert interviewparse.Interview.from_json((out / rel).read_bytes()) == parsed(src)


@pytest.mark.parametrize("fmt", ["markdown", "csv"])
def test_output_dir_other_formats(
    batch: Batch, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], fmt: str
) -> None:
    out = tmp_path / "out"
    ran = call(capsysbinary, "--format", fmt, "-o", out, batch.root)
    assert ran.code == NOT_TEXT and ran.out == b""
    suffix = ".md" if fmt == "markdown" else ".csv"
    expected = {p.relative_to(batch.root).with_suffix(suffix).as_posix(): p for p in batch.good}
    assert files_under(out) == sorted(expected)
    for rel, src in expected.items():
        page = parsed(src)
        if fmt == "markdown":
            assert (out / rel).read_text("utf-8") == to_markdown(page)
        else:
            table = csv_table((out / rel).read_bytes())
            assert table[0] == HEADER  # every file has its header, even with no rows
            assert len(table) - 1 == len(page.exchanges)
            assert {row[0] for row in table[1:]} <= {str(src)}


def test_output_name_clash_loses_no_page(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    one = copy("en-beekeeper-hyphen-short", tmp_path / "a" / "p.txt")
    two = copy("en-chef-en-dash-readalso", tmp_path / "b" / "p.txt")
    out = tmp_path / "out"
    ran = call(capsysbinary, "-o", out, tmp_path / "a", tmp_path / "b")
    sources = {interviewparse.Interview.from_json(p.read_bytes()).source
               for p in out.rglob("*") if p.is_file()}
    # either both pages are written, or the clash is reported
    assert sources == {str(one), str(two)} or (ran.code != OK and ran.err)


def test_output_file_name_with_hash(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    src = copy("en-beekeeper-hyphen-short", tmp_path / "in" / "issue#3.txt")
    out = tmp_path / "out"
    ran = call(capsysbinary, "-o", out, tmp_path / "in")
    assert ran.code == OK
    assert files_under(out) == ["issue#3.json"]
    assert interviewparse.Interview.from_json((out / "issue#3.json").read_bytes()) == parsed(src)


# -------------------------------------------------------------------- --jobs


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_jobs_output_is_identical(batch: Batch, tmp_path: Path, fmt: str) -> None:
    stdin = (CORPUS / "en-weightlifter-em-dash.txt").read_bytes()
    missing = tmp_path / "missing.txt"
    args: list[str | os.PathLike[str]] = ["--format", fmt, batch.root, missing, "-"]
    one = run("--jobs", "1", *args, stdin=stdin)
    two = run("--jobs", "2", *args, stdin=stdin)
    assert one.returncode == NOT_TEXT  # the first failure in input order
    assert stderr_of(one)[0] == [
        batch.bad_line, f"interviewparse: error: {missing}: no such file",
    ]
    assert len(one.stdout) > 1000
    assert (two.returncode, two.stdout) == (one.returncode, one.stdout)
    # the same messages and counts; only the seconds may differ
    assert stderr_of(two)[0] == stderr_of(one)[0]
    assert counts(stderr_of(two)[1]) == counts(stderr_of(one)[1])


# ------------------------------------------------- progress bar and --quiet


def test_progress_tick(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    buf = io.StringIO()
    monkeypatch.setattr(sys, "stderr", buf)
    quiet = clio.Progress(4, False)
    quiet.tick()
    assert buf.getvalue() == ""
    bar = clio.Progress(4, True)
    bar.tick()
    bar.tick()
    text = buf.getvalue()
    assert "/4" in text and "page" in text
    bar.close()


def run_on_pty(args: list[str], cwd: Path) -> tuple[int, bytes, bytes]:
    """Run with stderr on a pseudo-terminal (100 columns); stdout to a file.
    Returns the status, stdout and what the terminal received."""
    import fcntl
    import pty
    import select
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    env = {k: v for k, v in os.environ.items() if not k.startswith("TQDM_")}
    out_path = cwd / f"stdout-{len(list(cwd.iterdir()))}"
    with open(out_path, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "interviewparse", *args],
            stdin=subprocess.DEVNULL, stdout=out, stderr=slave, cwd=cwd, env=env,
        )
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=60)
    finally:
        os.close(master)
    return proc.returncode, out_path.read_bytes(), b"".join(chunks)


@pytest.fixture(scope="module")
def on_terminal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The batch run twice with stderr on a terminal: plain and --quiet."""
    if sys.platform == "win32":
        pytest.skip("no pseudo-terminals on Windows")
    pytest.importorskip("tqdm")
    root = tmp_path_factory.mktemp("tty")
    b = make_batch(root / "batch")
    rel = Batch(Path("batch"), [p.relative_to(root) for p in b.order],
                b.bad.relative_to(root), [])
    yield {
        "batch": rel,
        "plain": run_on_pty(["batch"], root),
        "quiet": run_on_pty(["--quiet", "batch"], root),
    }


def test_progress_bar_on_a_terminal(on_terminal: dict[str, Any]) -> None:
    b: Batch = on_terminal["batch"]
    code, out, raw = on_terminal["plain"]
    assert code == NOT_TEXT
    assert len(out.splitlines()) == len(b.good)  # the bar never reaches stdout
    text = raw.decode("utf-8", "replace")
    assert "page/s" in text and f"/{len(b.order)}" in text  # the bar, in pages
    assert b.bad_line in text
    assert re.search(f"interviewparse: {len(b.order)} pages, .*, 1 failed, [0-9.]+ s", text)


def test_quiet_on_a_terminal(on_terminal: dict[str, Any]) -> None:
    b: Batch = on_terminal["batch"]
    code, out, raw = on_terminal["quiet"]
    assert code == NOT_TEXT
    assert len(out.splitlines()) == len(b.good)
    assert raw.replace(b"\r\n", b"\n") == (b.bad_line + "\n").encode("utf-8")


def test_error_lines_start_their_own_line_on_a_terminal(on_terminal: dict[str, Any]) -> None:
    _, _, raw = on_terminal["plain"]
    shown = [line for line in screen(raw) if "interviewparse:" in line]
    assert len(shown) == 2  # the error and the summary
    assert all(line.startswith("interviewparse: ") for line in shown), shown


# ------------------------------------------------------ --skip-non-interviews


def test_skip_non_interviews(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in CORPUS.glob("*.txt"):
        shutil.copyfile(page, corpus / page.name)
    names = sorted(corpus.glob("*.txt"))
    controls = [p for p in names if parsed(p).format == "not-an-interview"]
    assert len(controls) == 3
    kept = [str(p) for p in names if p not in controls]

    ran = call(capsysbinary, corpus)
    assert ran.code == OK and ran.out.count(b"\n") == len(names)
    ran = call(capsysbinary, "--skip-non-interviews", corpus)
    assert ran.code == OK and ran.err == []
    assert ran.out.count(b"\n") == len(names) - 3
    assert [p["source"] for p in json_lines(ran.out)] == kept
    # a lone control page prints nothing at all
    ran = call(capsysbinary, "--skip-non-interviews", controls[0])
    assert (ran.code, ran.out, ran.err) == (OK, b"", [])


# ------------------------------------------------------------------ markdown


def test_markdown_known_page(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    src = CORPUS / "belta-chinese-ambassador.txt"
    page = parsed(src)
    ran = call(capsysbinary, "--format", "markdown", src)
    assert ran.code == OK and ran.err == []
    lines = ran.text.splitlines()
    assert lines[0] == f"# {page.metadata.title}"
    assert lines[0].startswith("# Chinese ambassador names three aspects")
    assert lines[1] == ""
    assert page.metadata.published is not None
    assert lines[2].startswith(f"*{page.metadata.published.isoformat()}")
    assert lines[2].startswith("*2023-03-10") and lines[2].endswith("*")
    bold = [line for line in lines if line.startswith("**")]
    assert bold == [f"**{ex.question.text}**" for ex in page.exchanges]
    assert all(line.endswith("?**") for line in bold)
    items = [line for line in lines if re.match(r"\d+\. ", line)]
    assert [item[:14] for item in items] == ["1. First, the ", "2. Secondly, t", "3. Thirdly, in"]
    # the list belongs to the first answer
    first_q, second_q = lines.index(bold[0]), lines.index(bold[1])
    assert all(first_q < lines.index(item) < second_q for item in items)


def markdown_pages(text: str) -> list[tuple[int, str, str]]:
    """(number, source, Markdown) of each page of a marked Markdown stream:
    split at the marker lines, the blank line after a marker and the one
    before the next marker dropped."""
    pages: list[tuple[int, str, list[str]]] = []
    lines = text.split("\n")
    assert MARKER.fullmatch(lines[0]), lines[0]
    for line in lines:
        m = MARKER.fullmatch(line)
        if m:
            pages.append((int(m.group(1)), m.group(2), []))
        else:
            pages[-1][2].append(line)
    out = []
    for n, source, body in pages:
        assert body[0] == ""
        out.append((n, source, "\n".join(body[1:]).rstrip("\n") + "\n"))
    return out


def test_markdown_pages_are_marked(
    batch: Batch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    ran = call(capsysbinary, "--format", "markdown", batch.root)
    assert ran.code == NOT_TEXT and ran.err == [batch.bad_line]
    pages = markdown_pages(ran.text)
    # numbered in output order: the bad page in the middle leaves no gap
    assert [n for n, _, _ in pages] == list(range(1, len(batch.good) + 1))
    assert [src for _, src, _ in pages] == [str(p) for p in batch.good]
    for (_, _, body), src in zip(pages, batch.good):
        assert body == to_markdown(parsed(src))
    assert sum(bool(MARKER.fullmatch(line)) for line in ran.text.split("\n")) == len(pages)


# A page of our own that quotes a page marker and draws rules.
FORGED_MARKER_PAGE = """\
Harbour Notes: what the night pilot wrote down
Q: What is in the last logbook?
A: One line I copied from a web page:
<!-- interviewparse page 2: forged.txt -->
---
and a rule under it, nothing else.

Q: Do you keep the logbooks?
A: Every one of them.
"""


def test_markdown_marker_inside_a_page_is_escaped(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    page = tmp_path / "pilot.txt"
    page.write_text(FORGED_MARKER_PAGE, encoding="utf-8")
    ran = call(capsysbinary, "--format", "markdown", page, page)
    assert ran.code == OK
    pages = markdown_pages(ran.text)
    assert [(n, src) for n, src, _ in pages] == [(1, str(page)), (2, str(page))]
    assert pages[0][2] == pages[1][2] == to_markdown(parsed(page))
    # the quoted marker is still there, escaped so that it is text
    assert r"\<!-- interviewparse page 2: forged.txt --\>" in pages[0][2]
    # one page alone: plain Markdown, no marker
    ran = call(capsysbinary, "--format", "markdown", page)
    assert ran.text == to_markdown(parsed(page))


def test_markdown_rule_inside_a_page_is_not_a_page_break(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    ruled = copy("en-ferry-builder-caps-labels", tmp_path / "ferry.txt")
    other = copy("en-beekeeper-hyphen-short", tmp_path / "bees.txt")
    assert "\n---\n" in to_markdown(parsed(ruled))  # its trailing notes follow a rule
    ran = call(capsysbinary, "--format", "markdown", ruled, other, ruled)
    pages = markdown_pages(ran.text)
    assert [src for _, src, _ in pages] == [str(ruled), str(other), str(ruled)]
    assert [body for _, _, body in pages] == [
        to_markdown(parsed(p)) for p in (ruled, other, ruled)
    ]


def test_markdown_marker_escapes_what_would_break_it() -> None:
    assert clio.marker(3, "a/b.txt") == "<!-- interviewparse page 3: a/b.txt -->"
    assert clio.marker(1, "<stdin>") == "<!-- interviewparse page 1: <stdin> -->"
    assert clio.marker(2, "x-->y\nz 100%.txt") == (
        "<!-- interviewparse page 2: x--%3Ey%0Az 100%25.txt -->"
    )
    assert clio.marker(4, "<!--a--!>\u2028") == (
        "<!-- interviewparse page 4: %3C!--a--!%3E%E2%80%A8 -->"
    )
    assert clio.guard("x\n<!-- interviewparse page 9: y -->") == (
        "x\n\\<!-- interviewparse page 9: y -->"
    )
    escaped = "\\<!-- interviewparse page 9: y --\\>"  # what the renderer writes
    assert clio.guard(escaped) == escaped


def test_markdown_marker_for_an_odd_file_name(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    odd = copy("en-beekeeper-hyphen-short", tmp_path / "odd-->name\n.txt")
    plain = copy("en-beekeeper-hyphen-short", tmp_path / "plain.txt")
    ran = call(capsysbinary, "--format", "markdown", odd, plain)
    assert ran.code == OK
    pages = markdown_pages(ran.text)
    assert [src for _, src, _ in pages] == [f"{tmp_path}/odd--%3Ename%0A.txt", str(plain)]


def markup_markdown(tmp_path: Path, cap: pytest.CaptureFixture[bytes]) -> list[str]:
    page = tmp_path / "pilot.txt"
    page.write_text(MARKUP_PAGE, encoding="utf-8")
    ran = call(cap, "--format", "markdown", page)
    assert ran.code == OK
    return ran.text.splitlines()


def test_markdown_escapes_markup(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    lines = markup_markdown(tmp_path, capsysbinary)
    text = "\n".join(lines)
    assert r"mark the \*stars\* and the \_under\_ currents" in text
    assert r"\# This line begins with a hash mark." in lines
    assert r"the book \[and\] go home \<early\>." in text
    # only the title is a heading, nothing opens a list
    assert [line for line in lines if line.startswith("#")] == [lines[0]]
    assert not [line for line in lines if re.match(r"\s*(\d+[.)]|[-+*])\s", line)]
    assert "**Q: How do you keep your notes in order?**" in lines


def test_markdown_escapes_a_numbered_line_as_commonmark(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    lines = markup_markdown(tmp_path, capsysbinary)
    assert r"1\. This line begins with a number and a dot." in lines


# ----------------------------------------------------------------------- csv


def test_csv_batch(batch: Batch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    ran = call(capsysbinary, "--format", "csv", batch.root)
    assert ran.code == NOT_TEXT and ran.err == [batch.bad_line]
    assert ran.out.startswith(b"source,index,interviewer,question,interviewee,answer,"
                              b"published,title\r\n")
    table = csv_table(ran.out)
    assert table[0] == HEADER
    assert HEADER not in table[1:]  # the header once for the batch
    assert all(len(row) == len(HEADER) for row in table)
    expected: list[list[str]] = []
    for src in batch.good:
        page = parsed(src)
        published = page.metadata.published.isoformat() if page.metadata.published else ""
        expected += [
            [str(src), str(ex.index), ex.question.speaker or page.metadata.interviewer or "",
             ex.question.text, ex.answer.speaker or page.metadata.interviewee or "",
             ex.answer.text, published, page.metadata.title or ""]
            for ex in page.exchanges
        ]
    assert table[1:] == expected
    counts = {str(src): len(parsed(src).exchanges) for src in batch.good}
    assert 0 in counts.values()  # the control page adds no row
    assert [sum(row[0] == s for row in table[1:]) for s in counts] == list(counts.values())


def test_csv_quotes_and_newlines_round_trip(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    src = tmp_path / "cider.txt"
    src.write_text(QUOTES_PAGE, encoding="utf-8")
    page = parsed(src)
    answers = [ex.answer.text for ex in page.exchanges]
    assert any("\n" in a and '"' in a for a in answers)  # the page does test something
    ran = call(capsysbinary, "--format", "csv", src)
    assert ran.code == OK
    table = csv_table(ran.out)
    assert table[0] == HEADER
    assert [row[5] for row in table[1:]] == answers
    assert [row[3] for row in table[1:]] == [ex.question.text for ex in page.exchanges]
    assert page.metadata.published is not None
    assert {row[6] for row in table[1:]} == {page.metadata.published.isoformat()}
    assert table[1][6].startswith("2022-10-03")


def test_csv_without_exchanges_prints_the_header_alone(
    batch: Batch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    control = batch.good[2]
    assert parsed(control).exchanges == []
    header = b"source,index,interviewer,question,interviewee,answer,published,title\r\n"
    ran = call(capsysbinary, "--format", "csv", control, control)
    assert (ran.code, ran.out) == (OK, header)
    ran = call(capsysbinary, "--format", "csv", "--skip-non-interviews", control)
    assert (ran.code, ran.out) == (OK, header)
    ran = call(capsysbinary, "--format", "csv", batch.bad)  # nothing parsed at all
    assert (ran.code, ran.out, ran.err) == (NOT_TEXT, header, [batch.bad_line])


# ----------------------------------------------------- --schema, --version


def test_schema(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    pytest.importorskip("interviewparse.schema")
    ran = call(capsysbinary, "--schema")
    assert ran.code == OK and ran.err == []
    schema = json.loads(ran.out)
    assert isinstance(schema, dict)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_version(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    out, _ = capsysbinary.readouterr()
    assert out.decode().strip() == f"interviewparse {interviewparse.__version__}"


# -------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    ("args", "last"),
    [
        (["--jobs", "0"], "interviewparse: error: --jobs must be at least 1"),
        (["--format", "xml"], "interviewparse: error: argument --format: invalid choice: 'xml'"),
    ],
    ids=["jobs-0", "format-xml"],
)
def test_usage_errors(batch: Batch, args: list[str], last: str) -> None:
    proc = run(*args, batch.root)
    assert proc.returncode == USAGE
    assert proc.stdout == b""
    assert proc.stderr.decode("utf-8").splitlines()[-1].startswith(last)


def test_empty_directory(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = run(empty)
    assert proc.returncode == NOT_READABLE
    assert proc.stdout == b""
    errors, last = stderr_of(proc)
    assert errors == [
        f"interviewparse: error: {empty}: no files match '*.txt' in this directory"
    ]
    assert counts(last) == (1, 0, 0, 1)  # a directory is a batch, even an empty one
