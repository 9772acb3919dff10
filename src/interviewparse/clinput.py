"""Input side of the command line (``cli``): the pages a run parses, in
input order. Files, directories walked for ``--glob``, ``-`` for standard
input, and WET files, one page per record; what cannot even be read
becomes a ``Failure`` with its exit status."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterator, Sequence

import attrs

from . import InputError, NotTextError, TooLargeError, read_file
from .clio import reason
from .htmltext import is_html_name
from .text import DecodeError, decode


@attrs.frozen
class Task:
    """One page to parse: a file, standard input's bytes, or a WET record.
    ``out`` is the relative output path under ``--output`` (no suffix)."""

    source: str
    out: str
    path: str | None = None
    data: bytes | None = None
    crawled: str | None = None
    group: str | None = None  # a WET record: the output name of its file


@attrs.frozen
class Failure:
    """An input that failed before it became a task (a missing path, a
    corrupt WET record)."""

    source: str
    message: str
    code: int



def _out_name(path: str) -> str:
    """``path`` as a relative output name without its suffix."""
    rel = os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)
    if rel.startswith(os.pardir):
        rel = os.path.basename(path)
    stem = rel
    for suffix in (".warc.wet.gz", ".warc.wet", ".txt"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return stem or "page"


def _walk(root: str, pattern: str) -> Iterator[str]:
    """Files under ``root`` whose name matches ``pattern``, sorted: a
    folder's own files first, then its subfolders."""
    for top, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if fnmatch.fnmatch(name, pattern):
                yield os.path.join(top, name)


def is_wet(name: str) -> bool:
    low = name.lower()
    return low.endswith(".warc.wet") or low.endswith(".warc.wet.gz")


def expand(inputs: Sequence[str], pattern: str) -> Iterator[tuple[str, str]]:
    """(path, output name) for every input, directories expanded. Output
    names of files under a directory are relative to it."""
    for name in inputs:
        if name != "-" and os.path.isdir(name):
            found = False
            for path in _walk(name, pattern):
                found = True
                yield path, _out_name(os.path.relpath(path, name))
            if not found:
                yield name, ""  # reported as an error: nothing to parse there
        else:
            yield name, "stdin" if name == "-" else _out_name(name)


def _wet_tasks(path: str, out: str, max_bytes: int) -> Iterator[Task | Failure]:
    from .wet import WetError, iter_wet

    try:
        for n, item in enumerate(iter_wet(path, max_bytes=max_bytes)):
            if isinstance(item, WetError):
                yield Failure(path, item.message, NotTextError.code)
            else:
                yield Task(item.uri, f"{out}-{n}", data=item.data, crawled=item.date,
                           group=out)
    except ImportError as e:
        yield Failure(path, str(e), InputError.code)
    except OSError as e:
        yield Failure(path, e.strerror or str(e), InputError.code)


def tasks(inputs: Sequence[str], pattern: str, max_bytes: int) -> Iterator[Task | Failure]:
    """Every page to parse, in input order, streamed (a WET file's records
    are read as they are needed)."""
    for path, out in expand(inputs, pattern):
        if not out:
            yield Failure(path, f"no files match {pattern!r} in this directory"
                          + _html_hint(path, pattern), InputError.code)
        elif path == "-":
            try:
                data = sys.stdin.buffer.read(max_bytes + 1)
            except OSError as e:
                yield Failure("<stdin>", reason(e), InputError.code)
                continue
            if len(data) > max_bytes:
                yield Failure("<stdin>", f"over the limit of {max_bytes} bytes "
                              "(see --max-bytes)", TooLargeError.code)
            else:
                yield Task("<stdin>", out, data=data)
        elif is_wet(path) and os.path.isfile(path):
            yield from _wet_tasks(path, out, max_bytes)
        else:
            yield Task(path, out, path=path)


def _html_hint(folder: str, pattern: str) -> str:
    """A hint when the folder holds HTML pages the pattern left out."""
    if pattern != "*.txt":
        return ""
    for _, _, files in os.walk(folder):
        if any(f.lower().endswith((".html", ".htm", ".html.gz", ".htm.gz")) for f in files):
            return " (it holds HTML pages: add --input-format html)"
    return ""


def read_task(task: Task, input_format: str, max_bytes: int) -> tuple[str, str | None, str | None]:
    """The task's text, the encoding its bytes were read in, and what it was
    derived from ("html", or None for a text page). ``input_format``: "auto"
    (HTML by the file's name), "text" or "html"."""
    if input_format == "html" or (
        input_format == "auto" and is_html_name(task.path or task.source)
    ):
        from .htmltext import converted, read_html

        if task.path is not None:
            text, encoding = read_html(task.path, max_bytes=max_bytes)
        else:
            text, encoding = converted(_task_bytes(task, max_bytes))
        return text, encoding, "html"
    try:
        decoded = decode(_task_bytes(task, max_bytes))
    except DecodeError as e:
        raise NotTextError(str(e)) from None  # (the caller names the input)
    return decoded.text, decoded.encoding, None


def _task_bytes(task: Task, max_bytes: int) -> bytes:
    if task.path is not None:
        return read_file(task.path, max_bytes=max_bytes)
    data = task.data or b""
    if len(data) > max_bytes:
        raise TooLargeError(f"{len(data)} bytes is over the limit of "
                            f"{max_bytes} (see --max-bytes)")
    return data
