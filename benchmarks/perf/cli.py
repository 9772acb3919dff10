"""Start-up of the command line (section ``cli``).

Wall time of ``python -m interviewparse PAGE > /dev/null`` on the design
page, against a bare ``python -c pass``: one warm-up of each, then
``Config.cli_runs`` runs of both, interleaved so that they see the same
machine load; the figures are medians in milliseconds. These runs read and
write bytecode in a temporary ``PYTHONPYCACHEPREFIX`` (``common.child_env``),
as an installed package would find its bytecode compiled, without writing
into the repository.

A third series runs the CLI with the environment as it is (about half as many
runs, at least 3); the note says whether the package's bytecode is cached
there: with ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__``, every
start compiles the package.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import interviewparse

from .common import (
    DESIGN_PAGE,
    REPO,
    T_CLI_MS,
    Config,
    Report,
    Row,
    at_most,
    child_env,
    fmt,
    wall,
)


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
        _, first = wall(cli, **quiet)  # warm-up: page cache, bytecode cache
        wall(bare, **quiet)
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
            cli_t.append(wall(cli, **quiet)[0])
            bare_t.append(wall(bare, **quiet)[0])
            if k < max(3, cfg.cli_runs // 2):
                cold_t.append(wall(cli, **as_is)[0])
    med, base = statistics.median(cli_t) * 1000, statistics.median(bare_t) * 1000
    nocache = statistics.median(cold_t) * 1000
    rep.sections["cli"] = {"page": str(DESIGN_PAGE.relative_to(REPO)), "runs": cfg.cli_runs,
                           "cli_ms": [x * 1000 for x in cli_t],
                           "python_pass_ms": [x * 1000 for x in bare_t],
                           "cli_inherited_env_ms": [x * 1000 for x in cold_t],
                           "cli_median_ms": med, "python_pass_median_ms": base,
                           "cli_inherited_env_median_ms": nocache,
                           "inherited_env_package_bytecode_cached": cached_as_is}
    rep.add(Row("CLI one page (design page), ms wall", med, "ms", fmt(med, 0),
                f"<= {T_CLI_MS:g}", at_most(med, T_CLI_MS),
                f"median of {cfg.cli_runs}, min {min(cli_t) * 1000:.0f}; bytecode cached"))
    rep.add(Row("python -c pass, ms wall", base, "ms", fmt(base, 0),
                note=f"CLI - bare python = {med - base:.0f} ms"))
    rep.add(Row("CLI one page, inherited environment, ms wall", nocache, "ms", fmt(nocache, 0),
                note=f"median of {len(cold_t)}; package bytecode "
                f"{'cached' if cached_as_is else 'NOT cached (PYTHONDONTWRITEBYTECODE)'}"))
