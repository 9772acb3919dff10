"""Command line: ``python -m interviewparse FILE...``.

One input prints one JSON object; several inputs print JSON Lines, one
object per page, in the order given. Errors go to stderr as one line each,
and never stop the other inputs. Exit status: 0 all parsed; 2 bad usage;
3 an input is missing, a directory or unreadable; 4 an input is not text
(binary or undecodable); 5 an input is over --max-bytes; 1 an internal
error (a bug: please report it). With several failures, the first one's
status is returned.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence

from . import (
    MAX_BYTES,
    InputError,
    NotTextError,
    TooLargeError,
    __version__,
    parse_bytes,
    parse_file,
)
from .model import Interview

OK, INTERNAL, USAGE = 0, 1, 2


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="interviewparse",
        description="Parse scraped interview pages (plain text) into JSON.",
    )
    ap.add_argument("inputs", nargs="*", default=["-"], metavar="FILE",
                    help="page files ('-' or nothing: standard input)")
    ap.add_argument("--indent", type=int, default=None, metavar="N",
                    help="indent the JSON of a single page by N spaces")
    ap.add_argument("-r", "--recursive", action="store_true",
                    help="parse the *.txt files under directory inputs")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                    help=f"refuse inputs over N bytes (default {MAX_BYTES})")
    ap.add_argument("--version", action="version", version=f"interviewparse {__version__}")
    return ap.parse_args(argv)


def _expand(inputs: Sequence[str], recursive: bool) -> Iterator[str]:
    for name in inputs:
        if recursive and name != "-" and os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(".txt"):
                        yield os.path.join(root, f)
        else:
            yield name


def _read_stdin(max_bytes: int) -> Interview:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"<stdin>: over the limit of {max_bytes} bytes (see --max-bytes)")
    try:
        return parse_bytes(data, source="<stdin>")
    except NotTextError as e:
        raise NotTextError(f"<stdin>: {e}") from None


def _one(name: str, max_bytes: int) -> Interview:
    if name == "-":
        return _read_stdin(max_bytes)
    return parse_file(name, max_bytes=max_bytes)


def main(argv: Sequence[str] | None = None) -> int:
    args = _args(argv)
    if args.max_bytes <= 0:
        print("interviewparse: error: --max-bytes must be positive", file=sys.stderr)
        return USAGE
    names = list(_expand(args.inputs, args.recursive))
    single = len(names) == 1
    status = OK
    out = sys.stdout.buffer  # the JSON is UTF-8 whatever the locale says
    for name in names:
        try:
            page = _one(name, args.max_bytes)
            doc = page.to_json(indent=args.indent if single else None) + "\n"
            out.write(doc.encode("utf-8"))
        except InputError as e:
            print(f"interviewparse: error: {e}", file=sys.stderr)
            status = status or e.code
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return status
        except Exception as e:  # a bug: say so in one line, keep going
            print(f"interviewparse: internal error on {name}: {type(e).__name__}: {e}",
                  file=sys.stderr)
            status = status or INTERNAL
    out.flush()
    return status
