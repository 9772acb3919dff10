"""Spark job: parse every page of a set of Common Crawl WET files.

    python -m interviewparse.spark --input 'crawl/*.warc.wet.gz' --output out/

Each WET file is read whole by one task (``SparkContext.binaryFiles``, so
any Hadoop file system works: ``file:``, ``hdfs:``, ``s3a:``, EMR's ``s3:``,
``gs:``) and its records are parsed one after another, so a task holds one
file's bytes and one page at a time. The job writes two tables under
``--output``:

- ``pages/``: one row per page (``PAGE_COLUMNS``), with the page's full JSON
  in the ``json`` column;
- ``exchanges/``: one row per question/answer exchange (``EXCHANGE_COLUMNS``),
  joined to its page by ``source``.

Corrupt records and pages that cannot be parsed are skipped, reported on
the executors' stderr and counted in the summary line.

The module imports pyspark only inside :func:`main` and :func:`run`:
:func:`rows_from_wet` runs without it and computes the very rows the job
writes (tests compare the two).
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

import attrs

# absolute imports: spark-submit may run this file as a script
from interviewparse import MAX_BYTES, InputError, __version__
from interviewparse.model import Interview
from interviewparse.wet import WetError, iter_wet, parse_record

NOT_AN_INTERVIEW = "not-an-interview"

#: (name, Spark SQL type) of the pages table, in column order.
PAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "string"),
    ("crawled", "string"),
    ("language", "string"),
    ("format", "string"),
    ("title", "string"),
    ("published", "string"),
    ("interviewer", "string"),
    ("interviewee", "string"),
    ("n_exchanges", "int"),
    ("json", "string"),
)

#: (name, Spark SQL type) of the exchanges table, in column order.
EXCHANGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "string"),
    ("index", "int"),
    ("question_speaker", "string"),
    ("question", "string"),
    ("answer_speaker", "string"),
    ("answer", "string"),
    ("published", "string"),
    ("title", "string"),
)

PageRow = dict[str, Any]
ExchangeRow = dict[str, Any]


def page_rows(page: Interview) -> tuple[PageRow, list[ExchangeRow]]:
    """The pages-table row and the exchanges-table rows of one page."""
    md = page.metadata
    published = None if md.published is None else md.published.isoformat()
    row: PageRow = {
        "source": page.source,
        "crawled": page.crawled,
        "language": page.language,
        "format": page.format,
        "title": md.title,
        "published": published,
        "interviewer": md.interviewer,
        "interviewee": md.interviewee,
        "n_exchanges": len(page.exchanges),
        "json": page.to_json(),
    }
    exchanges: list[ExchangeRow] = [
        {
            "source": page.source,
            "index": ex.index,
            "question_speaker": ex.question.speaker,
            "question": ex.question.text,
            "answer_speaker": ex.answer.speaker,
            "answer": ex.answer.text,
            "published": published,
            "title": md.title,
        }
        for ex in page.exchanges
    ]
    return row, exchanges


def rows_from_wet(
    path_or_bytes: str | os.PathLike[str] | bytes | IO[bytes],
    *,
    skip_non_interviews: bool = False,
    max_bytes: int = MAX_BYTES,
    on_error: Callable[[str], None] | None = None,
) -> Iterator[tuple[PageRow, list[ExchangeRow]]]:
    """Parse every record of one WET file (a path, its bytes or an open
    binary file) and yield ``(page_row, exchange_rows)`` per page, in file
    order: exactly the rows the Spark job writes for that file.

    A corrupt record, a record over ``max_bytes``, binary data and any
    unexpected exception on one page are passed to ``on_error`` as a
    one-line message and skipped."""
    source: str | os.PathLike[str] | IO[bytes]
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    report = on_error or (lambda _message: None)
    for item in iter_wet(source, max_bytes=max_bytes):
        if isinstance(item, WetError):
            report(item.message)
            continue
        try:
            page = parse_record(item, max_bytes)
        except InputError as e:
            report(str(e))
            continue
        except Exception as e:  # a bug on one page must not fail the whole job
            report(f"internal error on {item.uri}: {type(e).__name__}: {e}")
            continue
        if skip_non_interviews and page.format == NOT_AN_INTERVIEW:
            continue
        yield page_rows(page)


# --- the job -------------------------------------------------------------------


def _pyspark(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            "the Spark job needs pyspark and warcio: pip install 'interviewparse[spark]'"
        ) from None


@attrs.frozen
class _ParseFile:
    """The executors' work: one ``(path, bytes)`` of ``binaryFiles`` to
    ``(page_tuple, [exchange_tuple, ...])`` items. Counts go to the
    accumulators (a retried task counts twice)."""

    skip_non_interviews: bool
    max_bytes: int
    errors: Any
    pages: Any
    exchanges: Any

    def __call__(self, item: tuple[str, bytes]) -> Iterator[tuple[tuple[Any, ...], list[Any]]]:
        path, data = item

        def report(message: str) -> None:
            self.errors.add(1)
            print(f"interviewparse: error: {path}: {message}", file=sys.stderr)

        rows = rows_from_wet(
            data,
            skip_non_interviews=self.skip_non_interviews,
            max_bytes=self.max_bytes,
            on_error=report,
        )
        for page, exchanges in rows:
            self.pages.add(1)
            self.exchanges.add(len(exchanges))
            yield (
                tuple(page[c] for c, _ in PAGE_COLUMNS),
                [tuple(ex[c] for c, _ in EXCHANGE_COLUMNS) for ex in exchanges],
            )


def _first(item: tuple[Any, Any]) -> Any:
    return item[0]


def _second(item: tuple[Any, Any]) -> Any:
    return item[1]


@attrs.frozen
class JobStats:
    pages: int
    exchanges: int
    errors: int


def _schema(columns: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)


def run(
    spark: Any,
    inputs: Sequence[str],
    output: str,
    *,
    output_format: str = "parquet",
    skip_non_interviews: bool = False,
    max_bytes: int = MAX_BYTES,
    min_partitions: int | None = None,
    overwrite: bool = False,
) -> JobStats:
    """Run the job on an existing SparkSession: parse the WET files matched
    by ``inputs`` (paths or globs, any Hadoop file system) and write
    ``output``/pages and ``output``/exchanges as Parquet or JSON Lines
    (``output_format`` "parquet", "json" or "jsonl")."""
    storage = _pyspark("pyspark").StorageLevel
    sc = spark.sparkContext
    errors, pages, exchanges = sc.accumulator(0), sc.accumulator(0), sc.accumulator(0)
    files = sc.binaryFiles(",".join(inputs), min_partitions or 1 << 16)
    work = _ParseFile(skip_non_interviews, max_bytes, errors, pages, exchanges)
    parsed = files.flatMap(work).persist(storage.MEMORY_AND_DISK)
    try:
        tables = {
            "pages": spark.createDataFrame(parsed.map(_first), _schema(PAGE_COLUMNS)),
            "exchanges": spark.createDataFrame(parsed.flatMap(_second), _schema(EXCHANGE_COLUMNS)),
        }
        for name, frame in tables.items():
            writer = frame.write.mode("overwrite" if overwrite else "errorifexists")
            target = output.rstrip("/") + "/" + name
            if output_format == "parquet":
                writer.parquet(target)
            else:  # JSON Lines, null values written out
                writer.option("ignoreNullFields", "false").json(target)
    finally:
        parsed.unpersist()
    return JobStats(pages.value, exchanges.value, errors.value)


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m interviewparse.spark",
        description="Parse the pages of Common Crawl WET files on Spark and write "
        "a pages table and an exchanges table.",
    )
    ap.add_argument(
        "--input",
        action="append",
        required=True,
        metavar="PATH_OR_GLOB",
        help="WET files (*.warc.wet.gz, *.warc.wet): a path, a directory or a "
        "glob on any Hadoop file system; repeat for more",
    )
    ap.add_argument(
        "--output", required=True, metavar="DIR", help="where to write pages/ and exchanges/"
    )
    ap.add_argument(
        "--output-format",
        choices=("parquet", "json", "jsonl"),
        default="parquet",
        help="parquet (default) or JSON Lines (json and jsonl are the same)",
    )
    ap.add_argument(
        "--skip-non-interviews",
        action="store_true",
        help="keep only pages whose format is not not-an-interview",
    )
    ap.add_argument(
        "--max-bytes",
        type=int,
        default=MAX_BYTES,
        metavar="N",
        help=f"skip records over N bytes (default {MAX_BYTES})",
    )
    ap.add_argument(
        "--min-partitions",
        type=int,
        default=None,
        metavar="N",
        help="passed to binaryFiles (default: one task per WET file, small "
        "files grouped up to spark.files.openCostInBytes)",
    )
    ap.add_argument(
        "--overwrite", action="store_true", help="replace the tables if --output already holds them"
    )
    ap.add_argument(
        "--master",
        default=None,
        help="Spark master URL (default: whatever spark-submit or the "
        "Spark configuration says, else local[*])",
    )
    ap.add_argument(
        "--conf",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a Spark setting, for runs without spark-submit; repeatable",
    )
    ap.add_argument("--version", action="version", version=f"interviewparse {__version__}")
    args = ap.parse_args(argv)
    if args.max_bytes <= 0:
        ap.error("--max-bytes must be positive")
    if args.min_partitions is not None and args.min_partitions <= 0:
        ap.error("--min-partitions must be positive")
    for kv in args.conf:
        if "=" not in kv:
            ap.error(f"--conf takes KEY=VALUE, not {kv!r}")
    return args


def _worker_python(master: str | None) -> None:
    """When this process starts Spark itself in local mode (not under
    spark-submit), run the Python workers with this interpreter rather than
    whatever ``python3`` is first on PATH, unless PYSPARK_PYTHON says."""
    if "PYSPARK_PYTHON" in os.environ or "PYSPARK_GATEWAY_PORT" in os.environ:
        return
    if master is None or master.startswith("local"):
        os.environ["PYSPARK_PYTHON"] = sys.executable


def main(argv: Sequence[str] | None = None) -> int:
    args = _args(argv)
    try:
        sql = _pyspark("pyspark.sql")
        _pyspark("warcio")
    except ImportError as e:
        print(f"interviewparse: error: {e}", file=sys.stderr)
        return 3
    _worker_python(args.master)
    existing = sql.SparkSession.getActiveSession()
    builder = sql.SparkSession.builder.appName("interviewparse")
    if args.master:
        builder = builder.master(args.master)
    for kv in args.conf:
        key, value = kv.split("=", 1)
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    try:
        stats = run(
            spark,
            args.input,
            args.output,
            output_format=args.output_format,
            skip_non_interviews=args.skip_non_interviews,
            max_bytes=args.max_bytes,
            min_partitions=args.min_partitions,
            overwrite=args.overwrite,
        )
    finally:
        if existing is None:
            spark.stop()
    kept = "interviews" if args.skip_non_interviews else "pages"
    print(
        f"interviewparse: {stats.pages} {kept}, {stats.exchanges} exchanges, "
        f"{stats.errors} records skipped; tables in {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    # import the module by its package name, so that what Spark ships to the
    # executors is interviewparse.spark and not this __main__
    from interviewparse.spark import main as _main

    sys.exit(_main())
