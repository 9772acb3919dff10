"""The compiled-pattern cache (``patterns.py``): a later run loads what the
first one wrote, pattern texts do not change from run to run, and a cache
that is off, unreadable or unwritable changes nothing but the time."""

from __future__ import annotations

import os
import pathlib
import pickle
import subprocess
import sys

import pytest

PAGE = "Q: Is the ferry running?\nA: Twice a day since May.\nQ: And in winter?\nA: On Sundays.\n"


def _run(env_dir: str, seed: str = "0", stdin: str = PAGE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVIEWPARSE_CACHE_DIR": env_dir, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-m", "interviewparse", "-"], input=stdin,
                          capture_output=True, text=True, env=env, check=False)


def _cache_files(folder: pathlib.Path) -> list[pathlib.Path]:
    return sorted(folder.glob("patterns-*.pickle"))


def test_a_later_run_loads_the_patterns_the_first_wrote(tmp_path: pathlib.Path) -> None:
    first = _run(str(tmp_path), seed="1")
    assert first.returncode == 0, first.stderr
    files = _cache_files(tmp_path)
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    second = _run(str(tmp_path), seed="2")  # another hash seed: the same pattern texts
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout
    assert files[0].stat().st_mtime_ns == stamp, "the second run compiled patterns anew"
    with files[0].open("rb") as f:
        assert len(pickle.load(f)) > 50


def test_a_damaged_cache_is_compiled_anew(tmp_path: pathlib.Path) -> None:
    reference = _run("off")
    _run(str(tmp_path))
    [file] = _cache_files(tmp_path)
    file.write_bytes(b"not a pickle at all")
    out = _run(str(tmp_path))
    assert out.returncode == 0 and out.stderr == ""
    assert out.stdout == reference.stdout


@pytest.mark.parametrize("kind", ["a-file", "off"])
def test_no_cache_is_no_error(tmp_path: pathlib.Path, kind: str) -> None:
    reference = _run("off")
    if kind == "a-file":  # the cache "directory" is a file: nothing can be written there
        blocker = tmp_path / "blocker"
        blocker.write_text("x", encoding="utf-8")
        where = str(blocker / "cache")
    else:
        where = "off"
    out = _run(where)
    assert out.returncode == 0 and out.stderr == ""
    assert out.stdout == reference.stdout
