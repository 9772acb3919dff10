"""Output side of the command line (``cli``): where rendered pages go
(standard output, or one file per input under ``--output``), the markers
between Markdown pages, the progress bar, the summary line, and what
happens when writing fails.

Writing problems are raised as ``OutputError`` (one line, exit status
``OUTPUT``) or ``ReaderGone`` (standard output's reader went away); ``cli.main``
turns them into a message and an exit status. docs/cli.md describes it all.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from .cli import Result

#: Exit status when the output cannot be written.
OUTPUT = 6

#: The file suffix of each ``--format`` under ``--output``; its keys are
#: the formats the command line offers.
SUFFIX = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "csv": ".csv",
          "explain": ".explain.txt", "text": ".text.txt"}

_MARKER = "<!-- interviewparse page "
# a marker's opening not already escaped by the Markdown renderer
_UNESCAPED_MARKER = re.compile(r"(?<!\\)" + re.escape(_MARKER))
# what may not occur inside an HTML comment, and its percent-encoded form
_COMMENT_BREAKERS = (("<!--", "%3C!--"), ("-->", "--%3E"), ("--!>", "--!%3E"))


class OutputError(Exception):
    """The output cannot be written; the message is one line, without the
    ``interviewparse: error:`` prefix."""


class ReaderGone(Exception):
    """Standard output's reader closed the pipe (``| head -1``)."""


def reason(e: OSError) -> str:
    """The operating system's description of ``e`` in lower case, like the
    input errors' ``no such file``."""
    text = e.strerror or str(e)
    return text[:1].lower() + text[1:]


def marker(n: int, source: str) -> str:
    """The line that opens the ``n``-th page of a Markdown stream: an HTML
    comment naming the page's source. Characters that could end the comment
    or the line are percent-encoded: line breaks and other unprintable
    characters, the ``<`` or ``>`` of ``<!--``, ``-->`` and ``--!>``, and
    ``%`` itself."""
    from urllib.parse import quote  # (only a batch's Markdown markers need it)

    safe = "".join(quote(ch, safe="") if ch == "%" or not ch.isprintable() else ch
                   for ch in source)
    for seq, escaped in _COMMENT_BREAKERS:
        safe = safe.replace(seq, escaped)
    return f"{_MARKER}{n}: {safe} -->"


def guard(text: str) -> str:
    """``text`` with any marker opening escaped, so only real markers start
    with ``<!-- interviewparse page``. The renderer already escapes every
    ``<`` of page text; this keeps the guarantee if that ever changes."""
    return _UNESCAPED_MARKER.sub(lambda m: "\\" + m.group(0), text)


class Writer:
    """Where results go: standard output, or one file per input under
    ``output``. ``marked``: standard output carries several pages, so
    Markdown pages get a marker line each."""

    def __init__(
        self, fmt: str, output: str | None, say: Callable[[str], None], marked: bool
    ) -> None:
        self.fmt = fmt
        self.output = output
        self.say = say
        self.marked = marked
        self.stdout: IO[bytes] = sys.stdout.buffer  # UTF-8 whatever the locale says
        self.printed = 0  # pages written to standard output
        self.wet_files: dict[str, tuple[IO[bytes], str]] = {}
        self.wet_pages: dict[str, int] = {}
        self.used: set[str] = set()

    def open(self) -> None:
        """Check the output folder, creating it if needed, before any page
        is parsed."""
        out = self.output
        if out is None:
            return
        if os.path.exists(out) and not os.path.isdir(out):
            raise OutputError(f"--output {out}: is a file, not a directory")
        try:
            os.makedirs(out, exist_ok=True)
        except OSError as e:
            raise OutputError(f"--output {out}: cannot create the directory: {reason(e)}") from None
        if not os.access(out, os.W_OK | os.X_OK):
            raise OutputError(f"--output {out}: permission denied")

    def write(self, res: Result) -> None:
        if self.output is None:
            self.printed += 1
            self._print(self._body(res, self.printed, self.marked))
        elif res.group is not None:  # a WET record: all of a file's pages in one file
            self._wet_write(res, res.group)
        else:
            path = self._new_path(res.out, SUFFIX[self.fmt])
            try:
                with open(path, "wb") as f:
                    f.write(self._body(res, 1, False).encode("utf-8"))
            except OSError as e:
                raise OutputError(f"{path}: cannot write: {reason(e)}") from None

    def _print(self, text: str) -> None:
        with stdout_errors():
            self.stdout.write(text.encode("utf-8"))

    def _new_path(self, stem: str, suffix: str) -> str:
        """A path under the output folder no other input of this run took:
        two inputs with one relative name (a/p.txt and b/p.txt given as
        folders) get p.json and p-2.json, and the second is reported."""
        assert self.output is not None
        name, n = stem + suffix, 1
        while os.path.normcase(name) in self.used:
            n += 1
            name = f"{stem}-{n}{suffix}"
        if n > 1:
            self.say(f"interviewparse: note: {stem}{suffix} is taken by an earlier input; "
                     f"writing {name}")
        self.used.add(os.path.normcase(name))
        path = os.path.join(self.output, name)
        try:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        except OSError as e:
            raise OutputError(f"{path}: cannot write: {reason(e)}") from None
        return path

    def _wet_write(self, res: Result, stem: str) -> None:
        entry = self.wet_files.get(stem)
        if entry is None:
            suffix = ".jsonl" if self.fmt in ("json", "jsonl") else SUFFIX[self.fmt]
            path = self._new_path(stem, suffix)
            try:
                entry = self.wet_files[stem] = (open(path, "wb"), path)  # noqa: SIM115 closed in close()
            except OSError as e:
                raise OutputError(f"{path}: cannot write: {reason(e)}") from None
        n = self.wet_pages[stem] = self.wet_pages.get(stem, 0) + 1
        f, path = entry
        try:
            f.write(self._body(res, n, True).encode("utf-8"))
        except OSError as e:
            raise OutputError(f"{path}: cannot write: {reason(e)}") from None

    def _body(self, res: Result, n: int, marked: bool) -> str:
        """The ``n``-th page of a stream (a CSV header goes before the
        first; with ``marked``, a Markdown page opens with its marker)."""
        if res.rows is not None:
            from .render import to_csv

            return to_csv(res.rows, header=n == 1)
        text = res.text or ""
        if self.fmt == "markdown" and marked:
            text = f"{marker(n, res.source)}\n\n{guard(text)}"
            return text if n == 1 else "\n" + text
        return text

    def close(self) -> None:
        """Close the files and flush standard output (with the CSV header
        alone when no page had a row)."""
        failed: OutputError | None = None
        for f, path in self.wet_files.values():
            try:
                f.close()
            except OSError as e:
                failed = failed or OutputError(f"{path}: cannot write: {reason(e)}")
        self.wet_files.clear()
        if failed is not None:
            raise failed
        if self.output is None:
            if self.fmt == "csv" and not self.printed:
                from .render import to_csv

                self._print(to_csv([]))  # the header alone
            with stdout_errors():
                self.stdout.flush()


@contextlib.contextmanager
def stdout_errors() -> Iterator[None]:
    """Turn a failed write to standard output into ``ReaderGone`` (broken
    pipe) or ``OutputError`` (anything else: a full disk, an I/O error)."""
    try:
        yield
    except BrokenPipeError:
        raise ReaderGone from None
    except OSError as e:
        raise OutputError(f"standard output: {reason(e)}") from None


def emit(text: str) -> None:
    """Write ``text`` to standard output in UTF-8 and flush it."""
    with stdout_errors():
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()


def finish_stdout(status: int) -> int:
    """Flush standard output at the very end (``--schema``, ``--help`` and
    ``--version`` print through ``sys.stdout``); a failure is reported once
    here rather than by the interpreter at exit. Returns the exit status."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except OSError as e:
        print(f"interviewparse: error: standard output: {reason(e)}", file=sys.stderr)
        silence_stdout()
        return OUTPUT
    return status


def silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's
    last flush of what is still buffered neither fails nor complains."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


# --- on standard error -----------------------------------------------------


@attrs.define
class Tally:
    """What a batch did, for the summary line."""

    pages: int = 0
    interviews: int = 0
    exchanges: int = 0
    failed: int = 0
    start: float = attrs.field(factory=time.monotonic)

    def line(self) -> str:
        seconds = time.monotonic() - self.start
        return (f"interviewparse: {_count(self.pages, 'page')}, "
                f"{_count(self.interviews, 'interview')}, "
                f"{_count(self.exchanges, 'exchange')}, {self.failed} failed, "
                f"{seconds:.1f} s")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class Progress:
    """A progress bar on a terminal's stderr (tqdm), or nothing. Messages
    go through it, so a line never lands in the middle of the bar."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(total=total, unit="page", file=sys.stderr, leave=False)

    def tick(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
