"""The Spark job in local[2] over WET files built from the corpus pages (one
of them with a damaged record): the tables it writes hold exactly the rows
one machine computes with the same library calls."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_wet import corpus_entries, gold_counts, single_machine, write_wet

from interviewparse.spark import EXCHANGE_COLUMNS, PAGE_COLUMNS, main, rows_from_wet

pytest.importorskip("warcio")
pytest.importorskip("pyspark")

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent

# quick to start, small, quiet: a test session, not a tuned one
SPARK_CONF = {
    "spark.ui.enabled": "false",
    "spark.sql.shuffle.partitions": "2",
    "spark.default.parallelism": "2",
    # every WET file its own task, however small
    "spark.files.openCostInBytes": "1",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    # a short job: the JVM's quick JIT tier and a simple GC start faster
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
}


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers run this interpreter
    builder = SparkSession.builder.master("local[2]").appName("interviewparse-test")
    for key, value in SPARK_CONF.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = saved


@pytest.fixture(scope="module")
def wet_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The corpus in two WET files, one gzip with a damaged record, one
    uncompressed; and a file the input glob must not take."""
    folder = tmp_path_factory.mktemp("segment")
    entries = corpus_entries()
    half = len(entries) // 2
    first = folder / "CC-TEST-00000.warc.wet.gz"
    second = folder / "CC-TEST-00001.warc.wet"
    write_wet(first, entries[:half], corrupt_at=half // 2)
    write_wet(second, entries[half:], gz=False)
    (folder / "notes.txt").write_text("not a WET file\n")
    return [first, second]


def _glob(wet_files: list[Path]) -> str:
    return str(wet_files[0].parent / "*.warc.wet*")


def _expected(
    wet_files: list[Path], skip_non_interviews: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    pages: list[dict[str, Any]] = []
    exchanges: list[dict[str, Any]] = []
    errors: list[str] = []
    for path in wet_files:
        for page, rows in rows_from_wet(
            path, skip_non_interviews=skip_non_interviews, on_error=errors.append
        ):
            pages.append(page)
            exchanges.extend(rows)
    return pages, exchanges, errors


def _sorted_pages(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: r["source"])


def _sorted_exchanges(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["source"], r["index"]))


def test_rows_from_wet_are_the_single_machine_results(wet_files: list[Path]) -> None:
    pages, exchanges, errors = _expected(wet_files, skip_non_interviews=True)
    interviews, n_exchanges = gold_counts()
    assert len(pages) == interviews
    assert len(exchanges) == n_exchanges == sum(p["n_exchanges"] for p in pages)
    assert len(errors) == 1 and errors[0].startswith("offset ")
    docs = [d for path in wet_files for d in single_machine(path, skip_non_interviews=True)]
    assert [json.loads(p["json"]) for p in pages] == docs
    for page, doc in zip(pages, docs):
        assert list(page) == [name for name, _ in PAGE_COLUMNS]
        assert page["source"] == doc["source"] and page["crawled"] == doc["crawled"]
        assert page["title"] == doc["metadata"]["title"]
        assert page["published"] == doc["metadata"]["published"]
    assert all(list(ex) == [name for name, _ in EXCHANGE_COLUMNS] for ex in exchanges)
    # the same from the bytes of the files
    from_bytes = [
        row
        for path in wet_files
        for row in rows_from_wet(path.read_bytes(), skip_non_interviews=True)
    ]
    assert [p for p, _ in from_bytes] == pages


def test_job_writes_parquet_tables(
    spark: Any, wet_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    # one task per WET file
    assert spark.sparkContext.binaryFiles(_glob(wet_files), 1 << 16).getNumPartitions() == 2
    status = main(["--input", _glob(wet_files), "--output", str(out), "--skip-non-interviews"])
    assert status == 0
    interviews, n_exchanges = gold_counts()
    summary = capsys.readouterr().err
    assert f"{interviews} interviews, {n_exchanges} exchanges, 1 records skipped" in summary

    pages = spark.read.parquet(str(out / "pages"))
    exchanges = spark.read.parquet(str(out / "exchanges"))
    assert pages.columns == [name for name, _ in PAGE_COLUMNS]
    assert exchanges.columns == [name for name, _ in EXCHANGE_COLUMNS]
    assert dict(pages.dtypes)["n_exchanges"] == "int"
    got_pages = [r.asDict() for r in pages.collect()]
    got_exchanges = [r.asDict() for r in exchanges.collect()]
    assert len(got_pages) == interviews
    assert len(got_exchanges) == n_exchanges

    want_pages, want_exchanges, _ = _expected(wet_files, skip_non_interviews=True)
    assert _sorted_pages(got_pages) == _sorted_pages(want_pages)
    assert _sorted_exchanges(got_exchanges) == _sorted_exchanges(want_exchanges)

    # an existing output is refused unless --overwrite
    with pytest.raises(Exception, match=r"(?i)already exists"):
        main(["--input", _glob(wet_files), "--output", str(out)])


def _read_jsonl(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for part in sorted(folder.glob("part-*")):
        rows.extend(json.loads(line) for line in part.read_text("utf-8").splitlines())
    return rows


def test_job_writes_json_lines_of_every_page(
    spark: Any, wet_files: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    argv = ["--input", str(wet_files[0]), "--input", str(wet_files[1]), "--output", str(out)]
    assert main([*argv, "--output-format", "jsonl", "--overwrite"]) == 0
    got_pages = _read_jsonl(out / "pages")
    got_exchanges = _read_jsonl(out / "exchanges")
    want_pages, want_exchanges, _ = _expected(wet_files, skip_non_interviews=False)
    assert len(got_pages) == len(corpus_entries())
    assert _sorted_pages(got_pages) == _sorted_pages(want_pages)
    assert _sorted_exchanges(got_exchanges) == _sorted_exchanges(want_exchanges)
    interviews, _ = gold_counts()
    assert sum(p["format"] != "not-an-interview" for p in got_pages) == interviews


def test_python_m_interviewparse_spark(wet_files: list[Path], tmp_path: Path) -> None:
    """The command line as documented, in its own process and Spark."""
    out = tmp_path / "out"
    conf = [arg for key, value in SPARK_CONF.items() for arg in ("--conf", f"{key}={value}")]
    env = {k: v for k, v in os.environ.items() if k != "PYSPARK_PYTHON"}
    env["PYTHONPATH"] = str(REPO / "src")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "interviewparse.spark",
            "--master",
            "local[2]",
            *conf,
            "--input",
            _glob(wet_files),
            "--output",
            str(out),
            "--output-format",
            "json",
            "--skip-non-interviews",
        ],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-3000:]
    interviews, n_exchanges = gold_counts()
    assert len(_read_jsonl(out / "pages")) == interviews
    assert len(_read_jsonl(out / "exchanges")) == n_exchanges
    assert b"damaged gzip data" in done.stderr  # the executors' report of the bad record
