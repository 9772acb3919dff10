"""The documentation site: ``mkdocs build --strict`` passes, and the API
reference under docs/api/ documents every public name.

The build needs the ``docs`` extra (mkdocs, mkdocstrings with its Python
handler) and is skipped without it; the coverage check only reads the
pages. Links from docs/*.md to files outside docs/ (README.md, tests/,
benchmarks/, fuzz/) cannot resolve on the site, so mkdocs.yml reports
missing link targets at INFO level; the build test accepts only those and
fails on any other link the site cannot resolve. tests/test_docs.py checks
the same links in the repository.
"""

from __future__ import annotations

import importlib
import importlib.util
import pathlib
import re
import subprocess
import sys
import types

import pytest

import interviewparse

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
API = DOCS / "api"

# ``::: identifier`` opens an autodoc block, at the start of a line
_DIRECTIVE = re.compile(r"^:::\s+(\S+)\s*$", re.M)
_NOT_FOUND = re.compile(
    r"Doc file '(?P<page>[^']+)' contains a link '(?P<url>[^']+)', "
    r"but the target .*?is not found among documentation files"
)


def _missing(*modules: str) -> list[str]:
    """The modules that cannot be imported (a dotted name whose parent is
    missing too: ``find_spec`` raises for it rather than answer None)."""
    out = []
    for m in modules:
        try:
            found = importlib.util.find_spec(m)
        except ImportError:
            found = None
        if found is None:
            out.append(m)
    return out


def directives() -> set[str]:
    """Every identifier a ``:::`` directive of the docs names."""
    found: set[str] = set()
    for page in DOCS.rglob("*.md"):
        found.update(_DIRECTIVE.findall(page.read_text(encoding="utf-8")))
    return found


def _module(identifier: str) -> types.ModuleType | None:
    try:
        return importlib.import_module(identifier)
    except ImportError:
        return None


def _own_public(module: types.ModuleType) -> set[str]:
    """The names a module directive documents: the module's ``__all__``, or
    else its public names defined there (not imported into it)."""
    listed = getattr(module, "__all__", None)
    if listed is not None:
        return set(listed)
    return {
        name
        for name, obj in vars(module).items()
        if not name.startswith("_")
        and not isinstance(obj, types.ModuleType)
        and getattr(obj, "__module__", module.__name__) == module.__name__
    }


def covered(name: str, package: str, found: set[str]) -> bool:
    """Whether ``package.name`` is documented: named by a directive, or a
    public name of a module that a directive documents whole."""
    if f"{package}.{name}" in found:
        return True
    value = getattr(importlib.import_module(package), name, None)
    for identifier in found:
        module = _module(identifier)
        if (
            module is not None
            and name in _own_public(module)
            and (module.__name__ == package or getattr(module, name, None) is value)
        ):
            return True
    return False


def test_api_reference_covers_all() -> None:
    found = directives()
    missing = [n for n in interviewparse.__all__ if not covered(n, "interviewparse", found)]
    assert not missing, f"no ::: directive in docs/ documents interviewparse.{missing}"


def test_api_reference_covers_render() -> None:
    from interviewparse import render

    found = directives()
    missing = [n for n in _own_public(render) if not covered(n, render.__name__, found)]
    assert not missing, f"no ::: directive in docs/ documents interviewparse.render.{missing}"


def test_directives_name_the_package() -> None:
    # a directive for another package, or a typo'd root, would document
    # something else or fail only at build time
    stray = sorted(d for d in directives() if d.split(".")[0] != "interviewparse")
    assert not stray, f"::: directives outside interviewparse: {stray}"


def test_every_api_page_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = [p.relative_to(DOCS).as_posix() for p in sorted(API.glob("*.md"))]
    assert pages, "docs/api/ has no pages"
    missing = [p for p in pages if not re.search(rf":\s*{re.escape(p)}\s*$", config, re.M)]
    assert not missing, f"mkdocs.yml's nav does not list {missing}"


@pytest.mark.skipif(
    bool(_missing("mkdocs", "mkdocstrings", "mkdocstrings_handlers.python")),
    reason="needs the docs extra: pip install -e '.[docs]'",
)
def test_mkdocs_build_strict(tmp_path: pathlib.Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=600,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, (
        f"mkdocs build --strict exited with {done.returncode}\n{log[-4000:]}"
    )
    assert (tmp_path / "site" / "api" / "index.html").exists()

    docs = DOCS.resolve()
    wrong = []
    for m in _NOT_FOUND.finditer(log):
        where = m["url"].partition("#")[0]
        target = ((DOCS / m["page"]).parent / where).resolve()
        if target.is_relative_to(docs) or not target.exists():
            wrong.append(f"{m['page']}: {m['url']}")
    assert not wrong, "links the site cannot resolve: " + "; ".join(wrong)
