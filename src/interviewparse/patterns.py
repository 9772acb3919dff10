"""Compiled patterns, kept between runs.

The package compiles a few hundred patterns when it is imported, many of
them long alternations of the lexicons' phrases: about a third of a second,
which a command run on one page pays in full. ``regex`` pickles a compiled
pattern with its compiled code, and loading it back costs a small fraction
of compiling it again. So every module compiles through ``compile`` here:
the first run compiles and, at exit, writes the patterns to a cache file;
later runs load that file once and compile only what is missing from it.

- The file is keyed by the ``regex`` version, the package version and the
  Python version: any of them changing starts a new file, never a stale one.
- Pattern texts are deterministic (alternations are sorted by length, then
  alphabetically), so a run finds the patterns the last one wrote.
- The cache lives in ``$INTERVIEWPARSE_CACHE_DIR``, else
  ``$XDG_CACHE_HOME/interviewparse``, else ``~/.cache/interviewparse``.
  ``INTERVIEWPARSE_CACHE_DIR=off`` turns it off. A cache that cannot be
  read or written is no error: the patterns are compiled as without it.
- The file is a pickle: like any cache in your home directory, it is as
  trustworthy as the directory it lives in.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys

import regex

from ._version import __version__

_Key = tuple[str, int]
_cache: dict[_Key, regex.Pattern[str]] | None = None
_new = 0  # patterns compiled in this run that the file does not hold yet


def cache_file() -> str | None:
    """Where the compiled patterns are kept, or None when the cache is off.
    (Plain ``os.path``: ``pathlib`` costs a start-up a few milliseconds.)"""
    where = os.environ.get("INTERVIEWPARSE_CACHE_DIR")
    if where is not None and where.strip().lower() in ("", "0", "off", "no", "false"):
        return None
    if where:
        base = where
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = os.path.join(xdg or os.path.join(os.path.expanduser("~"), ".cache"),
                            "interviewparse")
    py = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return os.path.join(base, f"patterns-{__version__}-regex{regex.__version__}-py{py}.pickle")


def _load() -> dict[_Key, regex.Pattern[str]]:
    global _cache
    if _cache is None:
        _cache = {}
        path = cache_file()
        if path is not None:
            try:
                with open(path, "rb") as f:
                    found = pickle.load(f)
                if isinstance(found, dict):
                    _cache = found
            except Exception:  # missing, unreadable, truncated, from elsewhere: compile anew
                _cache = {}
    return _cache


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile``, through the cache."""
    global _new
    cache = _load()
    key = (pattern, flags)
    found = cache.get(key)
    if found is None:
        found = regex.compile(pattern, flags)
        cache[key] = found
        if _new == 0:
            atexit.register(save)
        _new += 1
    return found


def save() -> None:
    """Write the cache file when this run compiled patterns it lacks (at
    exit). Written whole to a temporary file and renamed, so a reader never
    sees half a file; any failure leaves the cache as it was."""
    global _new
    path = cache_file()
    if path is None or not _new or _cache is None:
        return
    try:
        import tempfile  # (only a run that compiled something new writes)

        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(_cache, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _new = 0
    except Exception:  # unwritable, full, read-only: the next run compiles again
        pass
