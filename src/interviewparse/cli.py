"""Command line: ``python -m interviewparse PATH...``.

Inputs are files, directories (walked recursively for ``--glob``, default
``*.txt``), ``-`` for standard input, and Common Crawl WET files
(``*.warc.wet``, ``*.warc.wet.gz``: one page per ``conversion`` record);
no PATH reads standard input unless it is a terminal (then: usage, status
2). One page prints one JSON object; several print JSON Lines, in input
order. ``--format`` picks markdown (for reading; in a batch each page opens
with a ``<!-- interviewparse page N: SOURCE -->`` line) or csv (one row per
exchange) instead; ``--output DIR`` writes one file per input, mirroring
the input tree; ``--jobs N`` parses in N processes, output order unchanged.
A batch (several inputs, a directory or a WET file) ends with a summary
line on stderr (pages, interviews, exchanges, failed, seconds) unless
``--quiet``.

Input errors go to stderr as one line each and never stop the other
inputs. Exit status (docs/cli.md has the table):

- 0 all parsed, or standard output's reader went away first (``| head``)
- 1 an internal error (a bug: please report it)
- 2 bad usage, or no PATH while standard input is a terminal
- 3 an input is missing, unreadable, or a directory with no matching file
- 4 an input is not text (binary or undecodable, or a corrupt WET record)
- 5 an input is over --max-bytes
- 6 the output cannot be written (``--output`` is a file or cannot be
  created, a file under it fails, standard output is full): the run stops
- 130 interrupted (Ctrl-C)

With several input failures, the first one's status (in input order) is
returned; after a closed pipe, the status so far. Output writing lives in
``clio``, the list of inputs in ``clinput``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from . import (
    CONFIDENT,
    MAX_BYTES,
    InputError,
    __version__,
    clio,
    language,
    may_be_interview,
)
from .assemble import parse as parse_text
from .clinput import Failure, Task, expand, is_wet, read_task, tasks
from .model import Interview

if TYPE_CHECKING:
    from concurrent.futures import Future

    from _typeshed import SupportsWrite

OK, INTERNAL, USAGE = 0, 1, 2
PIPE_CLOSED = OK  # not a status of its own: the run stops quietly (docs/cli.md)
FORMATS = tuple(clio.SUFFIX)  # a new format: add it there and to _render
NOT_AN_INTERVIEW = "not-an-interview"


@attrs.frozen
class Result:
    """What a worker sends back: the rendered page (``text``, or CSV
    ``rows``), or an error. ``interview``: the page's format is not
    not-an-interview; ``exchanges``: how many it has (for the summary)."""

    source: str
    out: str
    group: str | None = None
    text: str | None = None
    rows: list[list[str]] | None = None
    interview: bool = True
    exchanges: int = 0
    error: str | None = None
    code: int = OK
    skipped: bool = False  # under --skip-non-interviews / --min-confidence: not written


@attrs.frozen
class Options:
    fmt: str
    indent: int | None
    max_bytes: int
    skip_non_interviews: bool
    min_confidence: float | None = None  # keep pages at or above it
    input_format: str = "auto"  # "auto" (by file name), "text" or "html"

    def threshold(self) -> float | None:
        """The confidence a page needs to be written, if any."""
        if self.min_confidence is not None:
            return self.min_confidence
        return CONFIDENT if self.skip_non_interviews else None


class _Parser(argparse.ArgumentParser):
    """argparse, except that a failed write of ``--help`` or ``--version``
    to standard output is reported (argparse drops it silently)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if not message or id(file) != id(sys.stdout):
            super()._print_message(message, file)
            return
        with clio.stdout_errors():
            sys.stdout.write(message)
            sys.stdout.flush()


def _parser() -> argparse.ArgumentParser:
    """The options; a new one goes here, its checks in ``_args``, and what
    the workers need of it in ``Options``."""
    ap = _Parser(
        prog="interviewparse",
        description="Parse scraped interview pages (plain text) into JSON, "
        "Markdown or CSV.",
    )
    ap.add_argument("inputs", nargs="*", metavar="PATH",
                    help="page files, directories (walked recursively), WET files "
                    "(*.warc.wet[.gz]); '-' or nothing: standard input")
    ap.add_argument("--format", choices=FORMATS, default=None, dest="fmt",
                    help="json (default: one object, or JSON Lines for several pages), "
                    "jsonl (always one line per page), markdown (for reading), "
                    "csv (one row per exchange), explain (every line, its role and "
                    "why), text (the text parsed: for HTML, the text derived from it)")
    ap.add_argument("--emit-text", action="store_true",
                    help="the same as --format text: write the text the parser reads "
                    "(for HTML input, the text derived from it, which spans index)")
    ap.add_argument("--input-format", choices=("auto", "text", "html"), default="auto",
                    help="auto (default): HTML for *.html, *.htm, *.xhtml and their .gz, "
                    "text otherwise; html needs the [html] extra")
    ap.add_argument("--indent", type=int, default=None, metavar="N",
                    help="indent the JSON of a single page by N spaces")
    ap.add_argument("--glob", default=None, metavar="PATTERN",
                    help="which files to take under a directory (default: *.txt; "
                    "with --input-format html: *.htm*)")
    ap.add_argument("-r", "--recursive", action="store_true",
                    help="accepted for compatibility: directories are always walked")
    ap.add_argument("-o", "--output", metavar="DIR",
                    help="write one file per input under DIR, mirroring the input tree, "
                    "instead of printing")
    ap.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                    help="parse in N worker processes (default 1; output order is kept)")
    ap.add_argument("--skip-non-interviews", action="store_true",
                    help="drop pages whose format is not-an-interview (confidence "
                    f"under {CONFIDENT}); a cheap gate skips most without parsing them")
    ap.add_argument("--min-confidence", type=float, default=None, metavar="X",
                    help="write only pages whose confidence of being an interview is "
                    "at least X (0 to 1); --skip-non-interviews is X = "
                    f"{CONFIDENT}")
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="no progress bar and no summary line (errors are still printed)")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                    help=f"refuse pages over N bytes (default {MAX_BYTES})")
    ap.add_argument("--schema", action="store_true",
                    help="print the JSON Schema of the output and exit")
    ap.add_argument("--version", action="version", version=f"interviewparse {__version__}")
    return ap


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The parsed arguments; what argparse refuses exits with status 2
    (``SystemExit``: a usage line, then ``interviewparse: error: ...``)."""
    ap = _parser()
    args = ap.parse_args(argv)
    if not args.inputs:
        if sys.stdin is None or sys.stdin.isatty():  # nobody is going to type a page
            ap.error("no input: name files or directories, or '-' to read standard input")
        args.inputs = ["-"]
    if args.glob is None:
        args.glob = "*.htm*" if args.input_format == "html" else "*.txt"
    if args.emit_text and args.fmt not in (None, "text"):
        ap.error(f"--emit-text is --format text: it cannot go with --format {args.fmt}")
    args.fmt = "text" if args.emit_text else args.fmt or "json"
    return args


def _bad_values(args: argparse.Namespace) -> str | None:
    """What is wrong with values argparse accepted (status 2, one line)."""
    if args.max_bytes <= 0:
        return "--max-bytes must be positive"
    if args.jobs < 1:
        return "--jobs must be at least 1"
    if args.min_confidence is not None and not 0 <= args.min_confidence <= 1:
        return "--min-confidence must be between 0 and 1"
    return None


# --- parsing and rendering (runs in the workers) ---------------------------


def _render(page: Interview, opts: Options, single: bool, text: str) -> Result:
    """One page in ``opts.fmt``: ``text`` (written as it is, Markdown gets
    its page marker in a batch) or CSV ``rows``. A new format is a branch
    here and an entry in ``clio.SUFFIX``."""
    src = page.source or ""
    if opts.fmt == "csv":
        from .render import csv_rows

        return Result(src, "", rows=csv_rows(page))
    if opts.fmt == "markdown":
        from .render import to_markdown

        return Result(src, "", text=to_markdown(page))
    if opts.fmt == "text":  # the text parsed (for HTML, derived): what the spans index
        return Result(src, "", text=text if text.endswith("\n") else text + "\n")
    if opts.fmt == "explain":
        from .explain import explain

        return Result(src, "", text=explain(page, text) + ("" if single else "\n"))
    indent = opts.indent if (single and opts.fmt == "json") else None
    return Result(src, "", text=page.to_json(indent=indent) + "\n")


def work(task: Task, opts: Options, single: bool) -> Result:
    """Read, parse and render one task; never raises."""
    try:
        text, encoding, derived = read_task(task, opts.input_format, opts.max_bytes)
        threshold = opts.threshold()
        skipped = Result(task.source, task.out, task.group, interview=False, skipped=True)
        if threshold is not None and threshold >= CONFIDENT and not may_be_interview(text):
            return skipped  # no question-and-answer shape: not parsed at all (docs/crawl.md)
        page = parse_text(text, source=task.source, encoding=encoding)
        if derived is not None or (task.path is None and task.crawled is not None):
            page = attrs.evolve(page, crawled=task.crawled if task.path is None else None,
                                derived_from=derived)
        if threshold is not None and page.confidence < threshold:
            return skipped
        return attrs.evolve(_render(page, opts, single, text), out=task.out, group=task.group,
                            interview=page.format != NOT_AN_INTERVIEW,
                            exchanges=len(page.exchanges))
    except InputError as e:
        msg = str(e)
        if not msg.startswith(task.source):
            msg = f"{task.source}: {msg}"
        return Result(task.source, task.out, task.group, error=msg, code=e.code)
    except Exception as e:  # a bug: say so in one line, keep going
        return Result(task.source, task.out, task.group, code=INTERNAL,
                      error=f"internal error on {task.source}: {type(e).__name__}: {e}")


def work_chunk(chunk: list[Task | Failure], opts: Options, single: bool) -> list[Result | Failure]:
    """``work`` over a few tasks: one round trip to a worker per chunk, not
    per page (pages are small: the trip costs about as much as a parse)."""
    return [item if isinstance(item, Failure) else work(item, opts, single) for item in chunk]


_CHUNK = 8  # tasks sent to a worker at a time
_IN_FLIGHT = 4  # chunks per worker submitted ahead


def run_ordered(
    items: Iterable[Task | Failure], opts: Options, single: bool, jobs: int
) -> Generator[Result | Failure, None, None]:
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


def _schema() -> int:
    from .schema import json_schema

    clio.emit(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (argparse's
    ``--help``, ``--version`` and usage errors raise ``SystemExit``)."""
    try:
        status = _main(argv)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else OK if e.code is None else USAGE
        raise SystemExit(clio.finish_stdout(code)) from None
    except clio.ReaderGone:
        clio.silence_stdout()
        return PIPE_CLOSED
    except clio.OutputError as e:
        print(f"interviewparse: error: {e}", file=sys.stderr)
        clio.silence_stdout()
        return clio.OUTPUT
    return clio.finish_stdout(status)


def _main(argv: Sequence[str] | None) -> int:
    tally = clio.Tally()
    args = _args(argv)
    if args.schema:
        return _schema()
    bad = _bad_values(args)
    if bad is not None:
        print(f"interviewparse: error: {bad}", file=sys.stderr)
        return USAGE
    opts = Options(args.fmt, args.indent, args.max_bytes, args.skip_non_interviews,
                   args.min_confidence, args.input_format)
    paths = list(expand(args.inputs, args.glob))
    wet = any(is_wet(p) for p, _ in paths)
    single = len(paths) == 1 and not wet
    if opts.fmt == "text" and not single and args.output is None:
        print("interviewparse: error: --format text prints one page; for several, "
              "give --output DIR (a file per page)", file=sys.stderr)
        return USAGE
    batch = not single or any(p != "-" and os.path.isdir(p) for p in args.inputs)
    show = not args.quiet and len(paths) > 1 and sys.stderr.isatty()
    progress = clio.Progress(None if wet else len(paths), show)
    say = progress.say
    writer = clio.Writer(opts.fmt, args.output, say, marked=not single)
    status = OK
    results = run_ordered(tasks(args.inputs, args.glob, args.max_bytes), opts, single, args.jobs)
    try:
        writer.open()
        for res in results:
            progress.tick()
            tally.pages += 1
            if isinstance(res, Failure):
                say(f"interviewparse: error: {res.source}: {res.message}")
            elif res.error is not None:
                prefix = "" if res.code == INTERNAL else "error: "
                say(f"interviewparse: {prefix}{res.error}")
            else:
                tally.interviews += res.interview
                tally.exchanges += res.exchanges
                if not res.skipped:
                    writer.write(res)
                continue
            tally.failed += 1
            status = status or res.code
        writer.close()
    except KeyboardInterrupt:
        return 130
    except clio.ReaderGone:  # | head: stop quietly
        clio.silence_stdout()
        return status or PIPE_CLOSED
    except clio.OutputError as e:
        progress.close()
        say(f"interviewparse: error: {e}")
        if args.output is None:
            clio.silence_stdout()
        return clio.OUTPUT
    finally:
        progress.close()
        results.close()  # a pool of --jobs workers is shut down here
    if batch and not args.quiet:
        say(tally.line())
    return status
