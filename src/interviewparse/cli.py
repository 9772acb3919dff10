"""Command line: ``python -m interviewparse PATH...``.

Inputs are files, directories (walked recursively for ``--glob``, default
``*.txt``), ``-`` for standard input, and Common Crawl WET files
(``*.warc.wet``, ``*.warc.wet.gz``: one page per ``conversion`` record).
One page prints one JSON object; several print JSON Lines, in input order.
``--format`` picks markdown (for reading) or csv (one row per exchange)
instead; ``--output DIR`` writes one file per input, mirroring the input
tree; ``--jobs N`` parses in N processes, output order unchanged.

Errors go to stderr as one line each and never stop the other inputs.
Exit status: 0 all parsed; 2 bad usage; 3 an input is missing,
unreadable, or a directory with no matching file; 4 an input is not text
(binary or undecodable, or a corrupt WET record); 5 an input is over
--max-bytes; 1 an internal error (a bug: please report it). With several
failures, the first one's status (in input order) is returned.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

import attrs

from . import (
    MAX_BYTES,
    InputError,
    NotTextError,
    TooLargeError,
    __version__,
    language,
    may_be_interview,
    parse_bytes,
    parse_file,
    read_file,
)
from .assemble import parse as parse_text
from .model import Interview
from .text import DecodeError, decode

if TYPE_CHECKING:
    from concurrent.futures import Future

OK, INTERNAL, USAGE = 0, 1, 2
FORMATS = ("json", "jsonl", "markdown", "csv")
_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "csv": ".csv"}
NOT_AN_INTERVIEW = "not-an-interview"


# --- what to parse --------------------------------------------------------


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


@attrs.frozen
class Result:
    """What a worker sends back: the rendered page, or an error."""

    source: str
    out: str
    group: str | None = None
    text: str | None = None
    rows: list[list[str]] | None = None
    interview: bool = True
    error: str | None = None
    code: int = OK


@attrs.frozen
class Options:
    fmt: str
    indent: int | None
    max_bytes: int
    skip_non_interviews: bool


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="interviewparse",
        description="Parse scraped interview pages (plain text) into JSON, "
        "Markdown or CSV.",
    )
    ap.add_argument("inputs", nargs="*", default=["-"], metavar="PATH",
                    help="page files, directories (walked recursively), WET files "
                    "(*.warc.wet[.gz]); '-' or nothing: standard input")
    ap.add_argument("--format", choices=FORMATS, default="json", dest="fmt",
                    help="json (default: one object, or JSON Lines for several pages), "
                    "jsonl (always one line per page), markdown (for reading), "
                    "csv (one row per exchange)")
    ap.add_argument("--indent", type=int, default=None, metavar="N",
                    help="indent the JSON of a single page by N spaces")
    ap.add_argument("--glob", default="*.txt", metavar="PATTERN",
                    help="which files to take under a directory (default: *.txt)")
    ap.add_argument("-r", "--recursive", action="store_true",
                    help="accepted for compatibility: directories are always walked")
    ap.add_argument("-o", "--output", metavar="DIR",
                    help="write one file per input under DIR, mirroring the input tree, "
                    "instead of printing")
    ap.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                    help="parse in N worker processes (default 1; output order is kept)")
    ap.add_argument("--skip-non-interviews", action="store_true",
                    help="drop pages whose format is not-an-interview")
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="no progress bar and no summary line (errors are still printed)")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                    help=f"refuse pages over N bytes (default {MAX_BYTES})")
    ap.add_argument("--schema", action="store_true",
                    help="print the JSON Schema of the output and exit")
    ap.add_argument("--version", action="version", version=f"interviewparse {__version__}")
    return ap.parse_args(argv)


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


def _is_wet(name: str) -> bool:
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
            yield Failure(path, f"no files match {pattern!r} in this directory",
                          InputError.code)
        elif path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Failure("<stdin>", f"over the limit of {max_bytes} bytes "
                              "(see --max-bytes)", TooLargeError.code)
            else:
                yield Task("<stdin>", out, data=data)
        elif _is_wet(path) and os.path.isfile(path):
            yield from _wet_tasks(path, out, max_bytes)
        else:
            yield Task(path, out, path=path)


# --- parsing and rendering (runs in the workers) ---------------------------


def _render(page: Interview, opts: Options, single: bool) -> Result:
    src = page.source or ""
    if opts.fmt == "csv":
        from .render import csv_rows

        return Result(src, "", rows=csv_rows(page))
    if opts.fmt == "markdown":
        from .render import to_markdown

        return Result(src, "", text=to_markdown(page))
    indent = opts.indent if (single and opts.fmt == "json") else None
    return Result(src, "", text=page.to_json(indent=indent) + "\n")


def work(task: Task, opts: Options, single: bool) -> Result:
    """Parse and render one task; never raises."""
    try:
        if opts.skip_non_interviews:
            triaged = _triaged(task, opts)
            if triaged is None:  # no question-and-answer shape: not parsed at all
                return Result(task.source, task.out, task.group, interview=False)
            page = triaged
        elif task.path is not None:
            page = parse_file(task.path, max_bytes=opts.max_bytes)
        else:
            page = parse_bytes(_task_bytes(task, opts), source=task.source)
        if task.path is None and task.crawled is not None:
            page = attrs.evolve(page, crawled=task.crawled)
        if page.format == NOT_AN_INTERVIEW and opts.skip_non_interviews:
            return Result(task.source, task.out, task.group, interview=False)
        return attrs.evolve(_render(page, opts, single), out=task.out, group=task.group)
    except InputError as e:
        msg = str(e)
        if task.path is None and not msg.startswith(task.source):
            msg = f"{task.source}: {msg}"
        return Result(task.source, task.out, task.group, error=msg, code=e.code)
    except Exception as e:  # a bug: say so in one line, keep going
        return Result(task.source, task.out, task.group, code=INTERNAL,
                      error=f"internal error on {task.source}: {type(e).__name__}: {e}")


def _task_bytes(task: Task, opts: Options) -> bytes:
    if task.path is not None:
        return read_file(task.path, max_bytes=opts.max_bytes)
    data = task.data or b""
    if len(data) > opts.max_bytes:
        raise TooLargeError(f"{len(data)} bytes is over the limit of "
                            f"{opts.max_bytes} (see --max-bytes)")
    return data


def _triaged(task: Task, opts: Options) -> Interview | None:
    """The page parsed, or None when the cheap gate finds no question-and-
    answer shape in it (``--skip-non-interviews``: such a page is skipped
    without parsing; docs/crawl.md)."""
    data = _task_bytes(task, opts)
    try:
        decoded = decode(data)
    except DecodeError as e:
        where = task.path if task.path is not None else None
        raise NotTextError(f"{where}: {e}" if where else str(e)) from None
    if not may_be_interview(decoded.text):
        return None
    return parse_text(decoded.text, source=task.source, encoding=decoded.encoding)


def work_chunk(chunk: list[Task | Failure], opts: Options, single: bool) -> list[Result | Failure]:
    """``work`` over a few tasks: one round trip to a worker per chunk, not
    per page (pages are small: the trip costs about as much as a parse)."""
    return [item if isinstance(item, Failure) else work(item, opts, single) for item in chunk]


_CHUNK = 8  # tasks sent to a worker at a time
_IN_FLIGHT = 4  # chunks per worker submitted ahead


def run_ordered(
    items: Iterable[Task | Failure], opts: Options, single: bool, jobs: int
) -> Iterator[Result | Failure]:
    """Results in input order. With ``jobs`` > 1, a bounded window of chunks
    of tasks is in flight at once, so memory stays flat over any number of
    inputs."""
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, Failure) else work(item, opts, single)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # only batches need it

    if multiprocessing.get_start_method() == "fork":
        language.preload()  # forked workers share one copy of the model
    window: deque[Future[list[Result | Failure]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for chunk in _chunks(items, _CHUNK):
            window.append(pool.submit(work_chunk, chunk, opts, single))
            while len(window) > jobs * _IN_FLIGHT:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _chunks(items: Iterable[Task | Failure], size: int) -> Iterator[list[Task | Failure]]:
    chunk: list[Task | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- output ----------------------------------------------------------------


class Sink:
    """Where results go: standard output, or one file per input."""

    def __init__(self, opts: Options, output: str | None, say: Callable[[str], None]) -> None:
        self.opts = opts
        self.output = output
        self.say = say
        self.stdout = sys.stdout.buffer  # UTF-8 whatever the locale says
        self.header_done = False
        self.wet_files: dict[str, IO[bytes]] = {}
        self.used: set[str] = set()

    def write(self, res: Result) -> None:
        if self.output is None:
            self.stdout.write(self._body(res, header=not self.header_done).encode("utf-8"))
            self.header_done = True
            return
        if res.group is not None:  # a WET record: all of a file's pages in one file
            self._wet_write(res, res.group)
            return
        with open(self._new_path(res.out, _SUFFIX[self.opts.fmt]), "wb") as f:
            f.write(self._body(res, header=True).encode("utf-8"))

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
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        return path

    def _wet_write(self, res: Result, stem: str) -> None:
        fmt = self.opts.fmt
        f = self.wet_files.get(stem)
        first = f is None
        if f is None:
            suffix = ".jsonl" if fmt in ("json", "jsonl") else _SUFFIX[fmt]
            f = self.wet_files[stem] = open(  # noqa: SIM115 closed in close()
                self._new_path(stem, suffix), "wb"
            )
        f.write(self._body(res, header=first).encode("utf-8"))

    def _body(self, res: Result, header: bool) -> str:
        """One page's output; ``header`` is true for the first page of a
        stream (the CSV header goes before it, a Markdown rule after it)."""
        if res.rows is not None:
            from .render import to_csv

            return to_csv(res.rows, header=header)
        text = res.text or ""
        if self.opts.fmt == "markdown" and not header:
            return "\n---\n\n" + text
        return text

    def close(self) -> None:
        for f in self.wet_files.values():
            f.close()
        if self.output is None:
            if self.opts.fmt == "csv" and not self.header_done:
                from .render import to_csv

                self.stdout.write(to_csv([]).encode("utf-8"))  # the header alone
            self.stdout.flush()


def _progress(total: int | None, enabled: bool) -> Callable[[], None]:
    """A tick function: a progress bar on a terminal's stderr, else nothing."""
    return _Progress(total, enabled).tick


class _Progress:
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


def _schema() -> int:
    from .schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _args(argv)
    if args.schema:
        return _schema()
    if args.max_bytes <= 0:
        print("interviewparse: error: --max-bytes must be positive", file=sys.stderr)
        return USAGE
    if args.jobs < 1:
        print("interviewparse: error: --jobs must be at least 1", file=sys.stderr)
        return USAGE
    opts = Options(args.fmt, args.indent, args.max_bytes, args.skip_non_interviews)
    paths = list(expand(args.inputs, args.glob))
    single = len(paths) == 1 and not any(_is_wet(p) for p, _ in paths)
    show = not args.quiet and len(paths) > 1 and sys.stderr.isatty()
    progress = _Progress(len(paths) if not any(_is_wet(p) for p, _ in paths) else None, show)
    say = progress.say
    sink = Sink(opts, args.output, say)
    status, failed, done = OK, 0, 0
    try:
        items = tasks(args.inputs, args.glob, args.max_bytes)
        for res in run_ordered(items, opts, single, args.jobs):
            progress.tick()
            done += 1
            if isinstance(res, Failure):
                say(f"interviewparse: error: {res.source}: {res.message}")
                code = res.code
            elif res.error is not None:
                prefix = "" if res.code == INTERNAL else "error: "
                say(f"interviewparse: {prefix}{res.error}")
                code = res.code
            else:
                if res.interview:
                    sink.write(res)
                continue
            failed += 1
            status = status or code
        sink.close()
        progress.close()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return status
    if failed and show:  # on a terminal; piped stderr gets one line per failure only
        say(f"interviewparse: {failed} of {done} inputs failed")
    return status


def _silence_stdout() -> None:
    """After the reader went away, point stdout at /dev/null so the
    interpreter's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
