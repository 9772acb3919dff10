"""The documentation's code runs: every ```python block of docs/*.md and
README.md is executed (one test per block, id ``file:line``), the
``python -m interviewparse`` commands of the ```sh blocks in the CLI,
quick-start and recipe pages are run and must exit with status 0, and every
relative link points to a file (and heading) that exists.

Conventions for the docs:

- A ```python block runs on its own, in a fresh namespace, with the
  repository root as the working directory. A block that imports pandas is
  skipped when pandas is not installed.
- A ```sh block in one of ``SH_PAGES`` whose commands all start with
  ``python -m interviewparse`` is run with the shell, in a scratch directory
  where the repository's files are visible under their usual names, so that
  output files land outside the repository. ``python`` is replaced by the
  interpreter running the tests. A block mixing such commands with others
  fails: split it, or fence what cannot run as ```text.
- ```sh blocks elsewhere, and ```text, ```console, ```json ... are not run.
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import re
import shlex
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import NamedTuple

import attrs
import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]
SH_PAGES = {"docs/cli.md", "docs/quickstart.md", "docs/recipes.md"}
CLI = "python -m interviewparse"

# Blocks known not to run, keyed by (page, a string in the block), with the
# error they raise: a block that stops raising it fails, so a fixed block
# fails here until its entry is removed.
KNOWN_BROKEN: dict[tuple[str, str], tuple[type[BaseException], str]] = {}

_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)")


class Block(NamedTuple):
    page: str  # path relative to the repository root, "/"-separated
    line: int  # 1-based line of the opening fence
    lang: str
    code: str

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"


def _rel(path: pathlib.Path) -> str:
    return path.relative_to(ROOT).as_posix()


def blocks(path: pathlib.Path) -> list[Block]:
    """The fenced code blocks of a Markdown file."""
    found: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, start = m.group("fence"), i
        body: list[str] = []
        i += 1
        while i < len(lines):
            close = lines[i].strip()
            if close.startswith(fence[0] * len(fence)) and not close.strip(fence[0]):
                break
            body.append(lines[i])
            i += 1
        lang = m.group("info").lower()
        found.append(Block(_rel(path), start + 1, lang, "\n".join(body) + "\n"))
        i += 1
    return found


ALL_BLOCKS = [b for page in PAGES if page.exists() for b in blocks(page)]
PYTHON_BLOCKS = [b for b in ALL_BLOCKS if b.lang in ("python", "py")]


def commands(code: str) -> list[str]:
    """The shell commands of a block: continuation lines joined, comments
    and blank lines dropped."""
    out: list[str] = []
    pending = ""
    for raw in code.splitlines():
        line = raw.rstrip()
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        out.append((pending + line).strip())
        pending = ""
    if pending.strip():
        out.append(pending.strip())
    return out


SH_BLOCKS = [
    b
    for b in ALL_BLOCKS
    if b.lang in ("sh", "bash", "shell")
    and b.page in SH_PAGES
    and any(c.startswith(CLI) for c in commands(b.code))
]


def _has_module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[b.id for b in PYTHON_BLOCKS])
def test_python_block(block: Block, monkeypatch: pytest.MonkeyPatch) -> None:
    # pad with blank lines so a traceback names the Markdown file's own line
    source = "\n" * block.line + block.code
    code = compile(source, str(ROOT / block.page), "exec")  # syntax checked even if skipped
    if re.search(r"^\s*(import|from)\s+pandas\b", block.code, re.M) and not _has_module(
        "pandas"
    ):
        pytest.skip("pandas is not installed")
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "path", [*sys.path])  # a block may add to it
    namespace = {"__name__": "__main__", "__file__": str(ROOT / block.page)}
    for (page, marker), (error, why) in KNOWN_BROKEN.items():
        if page == block.page and marker in block.code:
            with pytest.raises(error):
                exec(code, namespace)
            pytest.xfail(why)
    exec(code, namespace)


def sandbox(folder: pathlib.Path) -> pathlib.Path:
    """Make ``folder`` a scratch directory in which the repository's
    top-level files and folders appear as symbolic links."""
    for entry in ROOT.iterdir():
        if entry.name.startswith("."):  # .git, .venv, caches
            continue
        (folder / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    return folder


def run_block(block: Block, folder: pathlib.Path) -> str | None:
    """Run a block's commands one after another in ``folder``; the first
    failure as a message, or None."""
    cmds = commands(block.code)
    others = [c for c in cmds if not c.startswith(CLI)]
    if others:
        return (
            f"{block.id}: a block of runnable commands holds other commands too {others}; "
            "split it or fence the other commands as ```text"
        )
    sandbox(folder)
    python = shlex.quote(sys.executable)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    for cmd in cmds:
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", python + cmd[len("python") :]],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=120,
        )
        if done.returncode != 0:
            return (
                f"{block.id}: `{cmd}` exited with {done.returncode}\n"
                + done.stderr.decode("utf-8", "replace")[-2000:]
            )
    return None


@pytest.fixture(scope="session", autouse=True)
def sh_results(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[str | None]]]:
    """The selected shell blocks, started on a thread pool when the first
    test of this file runs, so that they overlap with the other tests."""
    wanted = [
        item.callspec.params["block"]
        for item in request.session.items
        if getattr(item, "originalname", None) == "test_sh_block" and hasattr(item, "callspec")
    ]
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        yield {
            b.id: pool.submit(run_block, b, tmp_path_factory.mktemp("sh")) for b in wanted
        }


@pytest.mark.parametrize("block", SH_BLOCKS, ids=[b.id for b in SH_BLOCKS])
def test_sh_block(block: Block, sh_results: dict[str, Future[str | None]]) -> None:
    failure = sh_results[block.id].result()
    assert failure is None, failure


# --- links ------------------------------------------------------------------

_LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_INLINE_CODE = re.compile(r"(`+).*?\1", re.S)
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")


def _prose(path: pathlib.Path, code_spans: bool = False) -> str:
    """The file's text without fenced blocks, and without code spans unless
    ``code_spans``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    spans = [(b.line - 1, b.line + b.code.count("\n")) for b in blocks(path)]
    kept = [ln for i, ln in enumerate(lines) if not any(a <= i <= z for a, z in spans)]
    text = "\n".join(kept)
    return text if code_spans else _INLINE_CODE.sub("", text)


def slug(heading: str) -> str:
    """The anchor a code host gives a heading: lower case, punctuation
    dropped, spaces to hyphens."""
    text = re.sub(r"`|\*\*|__|\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
    kept = "".join(
        ch for ch in text if ch in " -_" or unicodedata.category(ch)[0] in "LNM"
    )
    return kept.replace(" ", "-")


def anchors(path: pathlib.Path) -> set[str]:
    seen: dict[str, int] = {}
    out: set[str] = set()
    for line in _prose(path, code_spans=True).splitlines():
        m = _HEADING.match(line)
        if not m:
            continue
        base = slug(m.group(1))
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f"{base}-{n}")
    return out


def links(path: pathlib.Path) -> list[str]:
    text = _prose(path)
    return [m.group(1) for m in _LINK.finditer(text)] + _REF.findall(text)


@pytest.mark.parametrize("page", PAGES, ids=[_rel(p) for p in PAGES])
def test_relative_links(page: pathlib.Path) -> None:
    broken = []
    for target in links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):  # https:, mailto: ...
            continue
        where, _, anchor = target.partition("#")
        dest = (page.parent / where).resolve() if where else page
        if not dest.exists():
            broken.append(f"{target}: no such file")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            broken.append(f"{target}: no heading with the anchor #{anchor}")
    assert not broken, f"{_rel(page)}: " + "; ".join(broken)


# --- coverage of the docs ------------------------------------------------------


def test_index_lists_every_page() -> None:
    index = DOCS / "index.md"
    listed = {pathlib.PurePosixPath(t.partition("#")[0]).name for t in links(index)}
    missing = [p.name for p in DOCS.glob("*.md") if p.name != "index.md" and p.name not in listed]
    assert not missing, f"docs/index.md does not link to {missing}"


def test_output_reference_names_every_field() -> None:
    from interviewparse import model

    text = (DOCS / "output.md").read_text(encoding="utf-8")
    classes = [
        model.Interview, model.Metadata, model.Dateline, model.MetaLine, model.Paragraph,
        model.Turn, model.Label, model.Exchange, model.Enumeration, model.Point,
        model.BoilerplateLine,
    ]
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in classes
        for field in attrs.fields(cls)
        if f"`{field.name}`" not in text
    ]
    assert not missing, f"docs/output.md does not describe {missing}"
