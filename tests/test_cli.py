"""``python -m interviewparse`` run as a subprocess: output, exit codes,
error messages and encodings (docs/cli.md)."""

from __future__ import annotations

import codecs
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

OK, INTERNAL, USAGE, NOT_READABLE, NOT_TEXT, TOO_LARGE, OUTPUT = 0, 1, 2, 3, 4, 5, 6

# The last line of a batch on stderr (docs/cli.md, "The summary line").
SUMMARY = re.compile(
    r"interviewparse: (\d+) pages?, (\d+) interviews?, (\d+) exchanges?, (\d+) failed, "
    r"\d+\.\d s"
)

GOOD_PAGE = """\
Home | News | Culture | Interviews
Mira Kallas: “A lighthouse is a clock you can see from the sea”
10 March 2023, 09:28
By Tomas Brennan

Mira Kallas has kept the harbour light at Skerrow Point for nineteen winters.

Q: How did you become a lighthouse keeper?
A: By accident. My uncle kept the light, and I came to help him for one summer.

Q: What has changed since then?
A: Two things. First, the lamp is electric now. Secondly, the logbook lives on a laptop.

Q: Would you choose the job again?
A: Every time.

Share: Facebook
"""

# A Russian page in characters that both cp1251 and koi8-r can encode.
RUSSIAN_PAGE = """\
Главная | Общество | Интервью
Минск +4, пасмурно
Смотритель маяка Олег Зайцев: "Зимой маяк нужен больше, чем летом"
12 марта 2024, 10:15
Автор: Марина Климова

Олег Зайцев двадцать лет следит за старым маяком на озере. Мы поговорили с ним о зимних штормах.
- Олег Петрович, как вы попали на маяк?
- Случайно. Мой дядя работал здесь смотрителем, а я приехал к нему на лето и остался.
- Что изменилось за эти годы?
- Во-первых, появились новые лампы. Во-вторых, теперь всё видно на компьютере.
Поделиться: ВКонтакте, Одноклассники, Telegram
"""

MIXED_PAGE = """\
Lantern Weekly: Интервью с Олегом Зайцевым
Q: Как вы попали на маяк? How did it start?
A: Случайно — by accident. Мой дядя работал здесь.
Q: Что изменилось?
A: Всё. Everything, really.
"""

PNG_LIKE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06" + bytes(
    range(256)
)


def run(
    *args: str | os.PathLike[str],
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run the command line; no run may ever print a traceback."""
    proc = subprocess.run(
        [sys.executable, "-m", "interviewparse", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
    )
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    return proc


def one_json(proc: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(proc.stdout.decode("utf-8"))
    return data


def json_lines(proc: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    out = proc.stdout.decode("utf-8")
    assert out == "" or out.endswith("\n")
    return [json.loads(line) for line in out.splitlines()]


def error_lines(proc: subprocess.CompletedProcess[bytes]) -> list[str]:
    """The lines of stderr, less a batch's summary line."""
    lines = proc.stderr.decode("utf-8").splitlines()
    if lines and SUMMARY.fullmatch(lines[-1]):
        lines.pop()
    return lines


def summary(proc: subprocess.CompletedProcess[bytes]) -> tuple[int, ...] | None:
    """(pages, interviews, exchanges, failed) from the summary line, or
    None when there is none. Any other line that looks like one is an error."""
    lines = proc.stderr.decode("utf-8").splitlines()
    found = [m for m in map(SUMMARY.fullmatch, lines) if m]
    assert len(found) <= 1 and (not found or found[0].group(0) == lines[-1]), lines
    return tuple(map(int, found[0].groups())) if found else None


def all_text(page: dict[str, Any]) -> str:
    """Every piece of content text in a page's JSON, one per line."""
    parts = [page["metadata"]["title"] or ""]
    parts += [p["text"] for p in page["lead"] + page["trailing"]]
    for ex in page["exchanges"]:
        parts += [ex["question"]["text"], ex["answer"]["text"]]
    parts += [b["text"] for b in page["boilerplate"]]
    return "\n".join(parts)


def same_codec(a: str, b: str) -> bool:
    return codecs.lookup(a).name == codecs.lookup(b).name


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# ------------------------------------------------------------------ output


def test_good_page(tmp_path: Path) -> None:
    page = write(tmp_path / "keeper.txt", GOOD_PAGE)
    proc = run(page)
    assert proc.returncode == OK
    assert proc.stderr == b""
    assert proc.stdout.endswith(b"\n") and proc.stdout.count(b"\n") == 1
    data = one_json(proc)
    assert data["schema_version"] == "1.2"
    assert data["source"] == str(page)
    assert data["format"] == "qa-labels"
    assert [ex["question"]["text"] for ex in data["exchanges"]] == [
        "How did you become a lighthouse keeper?",
        "What has changed since then?",
        "Would you choose the job again?",
    ]
    assert data["metadata"]["encoding"] == "utf-8"
    assert data["metadata"]["published"] == "2023-03-10T09:28:00"
    # UTF-8 without escaping non-ASCII
    assert "“A lighthouse" in proc.stdout.decode("utf-8")
    assert b"\\u201c" not in proc.stdout


def test_json_matches_the_library(tmp_path: Path) -> None:
    import interviewparse

    page = write(tmp_path / "keeper.txt", GOOD_PAGE)
    proc = run(page)
    assert one_json(proc) == interviewparse.parse_file(page).to_dict()
    assert interviewparse.Interview.from_json(proc.stdout) == interviewparse.parse_file(page)


def test_dash_reads_stdin() -> None:
    proc = run("-", stdin=GOOD_PAGE.encode("utf-8"))
    assert proc.returncode == OK
    assert proc.stderr == b""
    data = one_json(proc)
    assert data["source"] == "<stdin>"
    assert len(data["exchanges"]) == 3


def test_no_arguments_reads_stdin() -> None:
    proc = run(stdin=GOOD_PAGE.encode("utf-8"))
    assert proc.returncode == OK
    assert one_json(proc)["source"] == "<stdin>"


def test_indent(tmp_path: Path) -> None:
    page = write(tmp_path / "keeper.txt", GOOD_PAGE)
    plain, indented = run(page), run("--indent", "2", page)
    assert indented.returncode == OK and indented.stderr == b""
    text = indented.stdout.decode("utf-8")
    assert text.startswith('{\n  "schema_version": "1.2",\n')
    assert one_json(indented) == one_json(plain)


def test_several_files_print_json_lines_in_order(tmp_path: Path) -> None:
    names = ["c.txt", "a.txt", "b.txt"]  # not sorted: the order given is kept
    paths = [write(tmp_path / n, GOOD_PAGE if n != "a.txt" else RUSSIAN_PAGE) for n in names]
    proc = run(*paths)
    assert proc.returncode == OK
    assert error_lines(proc) == []
    pages = json_lines(proc)
    assert [p["source"] for p in pages] == [str(p) for p in paths]
    assert [p["language"] for p in pages] == ["en", "ru", "en"]


def test_indent_is_ignored_for_json_lines(tmp_path: Path) -> None:
    a, b = write(tmp_path / "a.txt", GOOD_PAGE), write(tmp_path / "b.txt", GOOD_PAGE)
    proc = run("--indent", "2", a, b)
    assert proc.returncode == OK
    assert len(json_lines(proc)) == 2


def test_stdin_among_files(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", GOOD_PAGE)
    proc = run(a, "-", a, stdin=RUSSIAN_PAGE.encode("utf-8"))
    assert proc.returncode == OK
    assert [p["source"] for p in json_lines(proc)] == [str(a), "<stdin>", str(a)]


def test_empty_file_is_not_an_interview(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run(empty)
    assert proc.returncode == OK
    assert proc.stderr == b""
    data = one_json(proc)
    assert data["format"] == "not-an-interview"
    assert data["exchanges"] == [] and data["lead"] == [] and data["boilerplate"] == []


def test_blank_stdin_is_not_an_interview() -> None:
    proc = run("-", stdin=b"\n\r\n  \n")
    assert proc.returncode == OK
    assert one_json(proc)["format"] == "not-an-interview"


def test_version() -> None:
    import interviewparse

    proc = run("--version")
    assert proc.returncode == OK
    assert proc.stdout.decode().strip() == f"interviewparse {interviewparse.__version__}"


def test_help_lists_the_options() -> None:
    proc = run("--help")
    assert proc.returncode == OK
    out = proc.stdout.decode()
    for option in ("--indent", "--recursive", "--max-bytes", "--version"):
        assert option in out


# ------------------------------------------------------------ input errors


def assert_one_error(proc: subprocess.CompletedProcess[bytes], *fragments: str) -> str:
    lines = error_lines(proc)
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("interviewparse: error: "), line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    return line


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    proc = run(missing)
    assert proc.returncode == NOT_READABLE
    assert proc.stdout == b""
    line = assert_one_error(proc, str(missing), "no such file")
    assert line == f"interviewparse: error: {missing}: no such file"


def test_directory_is_walked_without_r(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD_PAGE)
    proc = run(tmp_path)
    assert proc.returncode == OK
    assert json.loads(proc.stdout)["source"] == str(tmp_path / "a.txt")


def test_directory_without_matching_files(tmp_path: Path) -> None:
    write(tmp_path / "a.md", GOOD_PAGE)
    proc = run(tmp_path)
    assert proc.returncode == NOT_READABLE
    assert proc.stdout == b""
    assert_one_error(proc, f"{tmp_path}: no files match '*.txt' in this directory")


def test_recursive_parses_the_txt_files_of_a_directory(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", GOOD_PAGE)
    write(tmp_path / "a.txt", RUSSIAN_PAGE)
    write(tmp_path / "notes.md", GOOD_PAGE)  # not *.txt: skipped
    (tmp_path / "img.png").write_bytes(PNG_LIKE)  # not *.txt: skipped
    sub = tmp_path / "sub"
    sub.mkdir()
    write(sub / "c.txt", GOOD_PAGE)
    proc = run("-r", tmp_path)
    assert proc.returncode == OK
    assert error_lines(proc) == []
    sources = [p["source"] for p in json_lines(proc)]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(sub / "c.txt")]
    # the long spelling, and a single file next to the directory
    other = write(tmp_path.parent / f"{tmp_path.name}-single.txt", GOOD_PAGE)
    proc = run("--recursive", sub, other)
    assert proc.returncode == OK
    assert [p["source"] for p in json_lines(proc)] == [str(sub / "c.txt"), str(other)]


def test_recursive_directory_with_one_bad_file(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD_PAGE)
    (tmp_path / "b.txt").write_bytes(PNG_LIKE)
    write(tmp_path / "c.txt", GOOD_PAGE)
    proc = run("-r", tmp_path)
    assert proc.returncode == NOT_TEXT
    assert [p["source"] for p in json_lines(proc)] == [
        str(tmp_path / "a.txt"), str(tmp_path / "c.txt"),
    ]
    assert_one_error(proc, str(tmp_path / "b.txt"))


def test_binary_data(tmp_path: Path) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(PNG_LIKE)
    proc = run(png)
    assert proc.returncode == NOT_TEXT
    assert proc.stdout == b""
    assert_one_error(proc, f"{png}: ", "binary data")


def test_binary_data_on_stdin() -> None:
    proc = run("-", stdin=PNG_LIKE)
    assert proc.returncode == NOT_TEXT
    assert proc.stdout == b""
    assert_one_error(proc, "binary data")


def test_binary_data_on_stdin_names_stdin(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD_PAGE)
    proc = run(good, "-", stdin=PNG_LIKE)
    assert proc.returncode == NOT_TEXT
    assert_one_error(proc, "<stdin>: ", "binary data")


def test_control_characters_are_not_text(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(b"Q: hello?\n" + bytes(range(1, 9)) * 20 + b"\nA: yes.\n")
    proc = run(path)
    assert proc.returncode == NOT_TEXT
    assert_one_error(proc, str(path), "control characters")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0x80, 0x100)),
        b"\xff\xfe" + b"\x00\xd8" + "abc".encode("utf-16-le"),  # lone surrogate after a BOM
        b"\xff\xfeQ\x00:\x00 \x00",  # odd length after a UTF-16 BOM
        b"\x81\x8d\x8f\x90\x9d" * 10,
        b"Q: caf\xe9?\nA: \xff\xfe\xfd\xfc \x80\x81\n",
    ],
    ids=["high-bytes", "utf16-surrogate", "utf16-truncated", "undefined-cp1252", "mixed"],
)
def test_undecodable_bytes_are_refused_or_parsed(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    proc = run(path)
    assert proc.returncode in (OK, NOT_TEXT), proc.stderr
    if proc.returncode == NOT_TEXT:
        assert proc.stdout == b""
        assert_one_error(proc, f"{path}: ")
    else:
        assert proc.stderr == b""
        page = one_json(proc)
        assert page["metadata"]["encoding"] not in (None, "utf-8")
        assert page["format"] in (
            "standalone-questions", "speaker-labels", "dash-dialogue", "qa-labels", "mixed",
            "not-an-interview",
        )


def test_utf16_bom_surrogate_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "broken16.txt"
    path.write_bytes(b"\xff\xfe" + b"\x00\xd8" + "abc".encode("utf-16-le"))
    proc = run(path)
    assert proc.returncode == NOT_TEXT
    assert_one_error(proc, "utf-16")


def test_over_max_bytes(tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", GOOD_PAGE * 3)
    size = big.stat().st_size
    assert size > 1000
    proc = run("--max-bytes", "1000", big)
    assert proc.returncode == TOO_LARGE
    assert proc.stdout == b""
    line = assert_one_error(proc, str(big), str(size), "1000", "--max-bytes")
    assert line == (
        f"interviewparse: error: {big}: {size} bytes is over the limit of 1000 (see --max-bytes)"
    )


def test_max_bytes_is_inclusive(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    size = page.stat().st_size
    assert run("--max-bytes", str(size), page).returncode == OK
    assert run("--max-bytes", str(size - 1), page).returncode == TOO_LARGE


def test_stdin_over_max_bytes() -> None:
    proc = run("--max-bytes", "1000", "-", stdin=GOOD_PAGE.encode("utf-8") * 3)
    assert proc.returncode == TOO_LARGE
    assert proc.stdout == b""
    assert_one_error(proc, "<stdin>: ", "over the limit of 1000", "--max-bytes")


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_bytes_must_be_positive(tmp_path: Path, value: str) -> None:
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    proc = run(f"--max-bytes={value}", page)
    assert proc.returncode == USAGE
    assert proc.stdout == b""
    assert error_lines(proc) == ["interviewparse: error: --max-bytes must be positive"]


@pytest.mark.parametrize(
    "args", [["--no-such-option"], ["--indent", "two"], ["--max-bytes", "lots"]]
)
def test_bad_usage(args: list[str]) -> None:
    proc = run(*args)
    assert proc.returncode == USAGE
    assert proc.stdout == b""
    assert error_lines(proc)[0].startswith("usage: interviewparse")
    assert error_lines(proc)[-1].startswith("interviewparse: error: ")


def test_double_dash_ends_the_options(tmp_path: Path) -> None:
    write(tmp_path / "-page.txt", GOOD_PAGE)
    proc = run("--", "-page.txt", cwd=tmp_path)
    assert proc.returncode == OK
    assert one_json(proc)["source"] == "-page.txt"


def test_batch_with_one_bad_file(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", GOOD_PAGE)
    missing = tmp_path / "missing.txt"
    c = write(tmp_path / "c.txt", RUSSIAN_PAGE)
    proc = run(a, missing, c)
    assert proc.returncode == NOT_READABLE
    assert [p["source"] for p in json_lines(proc)] == [str(a), str(c)]
    assert_one_error(proc, str(missing), "no such file")


def test_batch_returns_the_first_failure_status(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD_PAGE)
    png = tmp_path / "png.txt"
    png.write_bytes(PNG_LIKE)
    big = write(tmp_path / "big.txt", GOOD_PAGE * 3)
    missing = tmp_path / "missing.txt"
    proc = run("--max-bytes", "1000", good, png, big, missing, good)
    assert proc.returncode == NOT_TEXT
    assert [p["source"] for p in json_lines(proc)] == [str(good), str(good)]
    errors = error_lines(proc)
    assert len(errors) == 3
    assert all(e.startswith("interviewparse: error: ") for e in errors)
    assert [str(png) in errors[0], str(big) in errors[1], str(missing) in errors[2]] == [True] * 3
    proc = run("--max-bytes", "1000", missing, png, good)
    assert proc.returncode == NOT_READABLE


# --------------------------------------------------------------- encodings


def test_utf8_bom_is_removed_and_spans_index_the_text_without_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + GOOD_PAGE.encode("utf-8"))
    proc = run(path)
    assert proc.returncode == OK
    page = one_json(proc)
    assert page["metadata"]["encoding"] == "utf-8"
    assert page["metadata"]["title"].startswith("Mira Kallas")
    for ex in page["exchanges"]:
        for para in ex["answer"]["paragraphs"]:
            start, end = para["span"]
            assert GOOD_PAGE[start:end] == para["text"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "utf16.txt"
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    path.write_bytes(bom + MIXED_PAGE.encode(encoding))
    proc = run(path)
    assert proc.returncode == OK
    assert proc.stderr == b""
    page = one_json(proc)
    assert same_codec(page["metadata"]["encoding"], encoding)
    assert page["metadata"]["title"] == "Lantern Weekly: Интервью с Олегом Зайцевым"
    assert [ex["question"]["text"] for ex in page["exchanges"]] == [
        "Как вы попали на маяк? How did it start?",
        "Что изменилось?",
    ]
    assert page["exchanges"][0]["answer"]["text"] == (
        "Случайно — by accident. Мой дядя работал здесь."
    )
    for ex in page["exchanges"]:
        for para in ex["question"]["paragraphs"] + ex["answer"]["paragraphs"]:
            start, end = para["span"]
            assert MIXED_PAGE[start:end] == para["text"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(MIXED_PAGE.encode(encoding))
    proc = run(path)
    assert proc.returncode == 0, proc.stderr
    page = json.loads(proc.stdout)
    assert page["metadata"]["encoding"] == encoding
    assert page == json.loads(run(write(tmp_path / "utf8.txt", MIXED_PAGE, "utf-8")).stdout) | {
        "source": str(path), "metadata": page["metadata"]}


def test_binary_data_says_what_was_tried(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 16)
    proc = run(path)
    assert proc.returncode == NOT_TEXT
    assert_one_error(proc, "nor UTF-16 or UTF-32 without a byte order mark")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_single_byte_cyrillic(tmp_path: Path, encoding: str, via: str) -> None:
    data = RUSSIAN_PAGE.encode(encoding)
    if via == "file":
        proc = run(write(tmp_path / f"page-{encoding}.txt", RUSSIAN_PAGE, encoding))
    else:
        proc = run("-", stdin=data)
    assert proc.returncode == OK
    assert proc.stderr == b""
    page = one_json(proc)
    assert same_codec(page["metadata"]["encoding"], encoding), page["metadata"]["encoding"]
    assert page["language"] == "ru"
    assert page["metadata"]["title"] == (
        'Смотритель маяка Олег Зайцев: "Зимой маяк нужен больше, чем летом"'
    )
    assert page["metadata"]["published"] == "2024-03-12T10:15:00"
    assert [ex["question"]["text"] for ex in page["exchanges"]] == [
        "Олег Петрович, как вы попали на маяк?",
        "Что изменилось за эти годы?",
    ]
    text = all_text(page)
    assert "Случайно. Мой дядя работал здесь смотрителем" in text
    assert "всё видно на компьютере" in text
    # no mojibake: every letter is Cyrillic or Latin
    letters = {ch for ch in text if ch.isalpha()}
    assert all("\u0400" <= ch <= "\u04ff" or ch.isascii() for ch in letters), letters


def test_short_koi8r_page(tmp_path: Path) -> None:
    text = "Как вы попали на маяк?\nСлучайно.\n"
    proc = run(write(tmp_path / "short.txt", text, "koi8-r"))
    assert proc.returncode == OK
    page = one_json(proc)
    assert same_codec(page["metadata"]["encoding"], "koi8-r"), page["metadata"]["encoding"]
    assert "Как вы попали на маяк?" in all_text(page)


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    page = write(tmp_path / "ru.txt", RUSSIAN_PAGE)
    proc = run(page, env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == OK, proc.stderr
    assert one_json(proc)["language"] == "ru"


def test_no_traceback_on_any_failure(tmp_path: Path) -> None:
    """One run with every kind of bad input; ``run`` checks stderr."""
    png = tmp_path / "png.txt"
    png.write_bytes(PNG_LIKE)
    big = write(tmp_path / "big.txt", GOOD_PAGE * 3)
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = run("--max-bytes", "1000", tmp_path / "missing.txt", empty, png, big)
    assert proc.returncode == NOT_READABLE
    assert len(error_lines(proc)) == 4
    assert proc.stdout == b""


# ---------------------------------------------------------- summary line


def test_summary_line_after_a_batch(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD_PAGE)
    ru = write(tmp_path / "ru.txt", RUSSIAN_PAGE)
    empty = write(tmp_path / "empty.txt", "")  # parsed, but not an interview
    missing = tmp_path / "missing.txt"
    proc = run(good, missing, ru, empty)
    assert proc.returncode == NOT_READABLE
    pages = json_lines(proc)
    exchanges = sum(len(p["exchanges"]) for p in pages)
    assert exchanges == 5
    assert summary(proc) == (4, 2, exchanges, 1)
    assert error_lines(proc) == [f"interviewparse: error: {missing}: no such file"]
    last = proc.stderr.decode("utf-8").splitlines()[-1]
    assert re.fullmatch(r"interviewparse: 4 pages, 2 interviews, 5 exchanges, 1 failed, "
                        r"\d+\.\d s", last)


def test_summary_line_singular_and_quiet(tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    write(folder / "page.txt", GOOD_PAGE)
    proc = run(folder)  # a directory is a batch, even with one page in it
    assert proc.returncode == OK
    assert one_json(proc)["source"] == str(folder / "page.txt")  # still one object
    last = proc.stderr.decode("utf-8").splitlines()
    assert len(last) == 1
    assert re.fullmatch(r"interviewparse: 1 page, 1 interview, 3 exchanges, 0 failed, "
                        r"\d+\.\d s", last[0])
    quiet = run("--quiet", folder, folder / "page.txt", tmp_path / "missing.txt")
    assert summary(quiet) is None
    assert error_lines(quiet) == [f"interviewparse: error: {tmp_path / 'missing.txt'}: "
                                  "no such file"]


@pytest.mark.parametrize("how", ["file", "stdin", "missing"])
def test_no_summary_line_for_one_page(tmp_path: Path, how: str) -> None:
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    if how == "file":
        proc = run(page)
    elif how == "stdin":
        proc = run(stdin=GOOD_PAGE.encode("utf-8"))
    else:
        proc = run(tmp_path / "missing.txt")
    assert summary(proc) is None
    assert len(error_lines(proc)) == (how == "missing")


def test_summary_counts_skipped_pages_as_pages(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD_PAGE)
    empty = write(tmp_path / "empty.txt", "")
    proc = run("--skip-non-interviews", good, empty)
    assert proc.returncode == OK
    assert [p["source"] for p in json_lines(proc)] == [str(good)]
    assert summary(proc) == (2, 1, 3, 0)


# --------------------------------------------------- output that cannot be written


def test_output_names_a_file(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    target = write(tmp_path / "out.json", "keep me")
    proc = run("--output", target, page, page)
    assert proc.returncode == OUTPUT
    assert proc.stdout == b""
    assert error_lines(proc) == [
        f"interviewparse: error: --output {target}: is a file, not a directory"
    ]
    assert summary(proc) is None  # the run stopped before any page
    assert target.read_text() == "keep me"


def test_output_under_a_file(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    blocker = write(tmp_path / "blocker", "a file")
    proc = run("-o", blocker / "out", page)
    assert proc.returncode == OUTPUT
    assert error_lines(proc) == [
        f"interviewparse: error: --output {blocker / 'out'}: cannot create the directory: "
        "not a directory"
    ]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs POSIX permissions that bind (not root)")
def test_output_with_an_unwritable_parent(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        proc = run("-o", locked / "out", page)
    finally:
        locked.chmod(0o700)
    assert proc.returncode == OUTPUT
    assert_one_error(proc, f"--output {locked / 'out'}: cannot create the directory: ",
                     "permission denied")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux /sys")
def test_output_on_a_read_only_file_system(tmp_path: Path) -> None:
    """/sys refuses new folders even to root."""
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    target = Path("/sys/interviewparse-test/out")
    if target.parent.exists():
        pytest.skip("someone made the folder")
    proc = run("-o", target, page)
    assert proc.returncode == OUTPUT
    assert_one_error(proc, f"--output {target}: cannot create the directory: ")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("what", ["one", "batch", "csv", "schema", "version", "help"])
def test_standard_output_full(tmp_path: Path, what: str) -> None:
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    args: list[str | Path] = {
        "one": [page], "batch": [page, page, page], "csv": ["--format", "csv", page, page],
        "schema": ["--schema"], "version": ["--version"], "help": ["--help"],
    }[what]
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "interviewparse", *map(str, args)],
            stdin=subprocess.DEVNULL, stdout=full, stderr=subprocess.PIPE, timeout=120,
        )
    assert proc.stderr.decode("utf-8").splitlines() == [
        "interviewparse: error: standard output: no space left on device"
    ]
    assert proc.returncode == OUTPUT


def test_reader_goes_away(tmp_path: Path) -> None:
    """``... | head -1``: the first line arrives, then the pipe closes; the
    rest of the run stops without a word, status 0."""
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    line_size = len(run(page).stdout)
    copies = 2 * (1 << 20) // line_size  # far more than a pipe holds
    for jobs in ("1", "2"):
        child = subprocess.Popen(
            [sys.executable, "-m", "interviewparse", "--jobs", jobs, *[str(page)] * copies],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stderr is not None
        first = child.stdout.readline()
        child.stdout.close()
        err = child.stderr.read()
        assert child.wait(timeout=120) == OK
        assert json.loads(first)["source"] == str(page)
        assert err == b"", err.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a shell")
def test_head_in_a_shell_pipeline(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", GOOD_PAGE)
    bad = tmp_path / "missing.txt"
    names = " ".join([str(page)] * 400)
    script = (f'"{sys.executable}" -m interviewparse {bad} {names} | head -1 >/dev/null;'
              ' echo "status ${PIPESTATUS[0]}"')
    proc = subprocess.run(["bash", "-c", script], capture_output=True, timeout=120)
    # the failure before the pipe closed is reported, and its status kept
    assert proc.stderr.decode("utf-8").splitlines() == [
        f"interviewparse: error: {bad}: no such file"
    ]
    assert proc.stdout == f"status {NOT_READABLE}\n".encode()


# ------------------------------------------------------------ standard input


def run_with_terminal_stdin(
    *args: str, typed: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    """Run with standard input on a pseudo-terminal, typing ``typed``."""
    import pty

    master, slave = pty.openpty()
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "interviewparse", *args],
            stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        os.close(slave)
        if typed:
            os.write(master, typed)
        out, err = child.communicate(timeout=60)
    finally:
        os.close(master)
    assert b"Traceback" not in err, err.decode("utf-8", "replace")
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


@pytest.mark.skipif(sys.platform == "win32", reason="no pseudo-terminals on Windows")
def test_no_arguments_on_a_terminal_is_a_usage_error() -> None:
    proc = run_with_terminal_stdin()
    assert proc.returncode == USAGE
    assert proc.stdout == b""
    lines = error_lines(proc)
    assert lines[0].startswith("usage: interviewparse")
    assert lines[-1] == ("interviewparse: error: no input: name files or directories, "
                         "or '-' to read standard input")


@pytest.mark.skipif(sys.platform == "win32", reason="no pseudo-terminals on Windows")
def test_dash_still_reads_a_terminal() -> None:
    typed = b"Q: Do you type your interviews?\nA: Always.\n\x04"  # the page, then Ctrl-D
    proc = run_with_terminal_stdin("-", typed=typed)
    assert proc.returncode == OK, proc.stderr
    page = one_json(proc)
    assert page["source"] == "<stdin>"
    assert [ex["answer"]["text"] for ex in page["exchanges"]] == ["Always."]

