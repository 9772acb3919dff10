"""Pull quotes: a line inside the text that repeats words printed elsewhere
on the page (a whole quotation, or a paragraph printed twice whose first
copy is a teaser), or that retells an answer nearby in other words. Page
furniture, found before the title (a quoted headline above the text is
the title, not a pull quote)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import cues
from .phrases import PHRASE_WORD
from .role import BOILERPLATE, CONTENT, Role, next_nonblank
from .text import Line

_OPENERS = "“«„\"‘'「『”"

_CLOSERS_Q = "”»“\"’'」』"

_MAX_PULL_QUOTES = 50

def pull_quotes(lines: Sequence[Line], roles: list[Role], body: int) -> None:
    """A line inside the text (a quoted headline above it is the title)
    that is a whole quotation repeating words printed elsewhere on the
    page is a pull quote: page furniture. The quotation may end a sentence
    where the text goes on ("... with pigeons." of "... with pigeons, and")."""
    _copied_paragraphs(lines, roles, body)
    found = [
        ln for ln in lines[body:]
        if roles[ln.index].role == CONTENT and 4 <= ln.size <= _PULL_WORDS
        and ln.text[:1] in _OPENERS and ln.text[-1:] in _CLOSERS_Q
    ][:_MAX_PULL_QUOTES]
    quotes = [(ln, _plain(ln.text[1:-1].strip().rstrip(".!…。！"))) for ln in found]
    quotes = [(ln, inner) for ln, inner in quotes if len(inner) >= 20]
    if not quotes:
        return
    counts = _counts_in(
        (ln.text for ln in lines if roles[ln.index].role == CONTENT), [q for _, q in quotes]
    )
    for (ln, inner), n in zip(quotes, counts):
        if n >= 2 or _retold_nearby(lines, roles, ln.index, inner):
            roles[ln.index] = Role(BOILERPLATE, "other", "pull-quote")
            _credit_under(lines, roles, ln.index)


def _credit_under(lines: Sequence[Line], roles: list[Role], i: int) -> None:
    """The speaker's name printed under a pull quote ("— Agnes Moor",
    "Anna Lee, mayor"): the quote's credit, furniture with it."""
    j = next_nonblank(lines, i, 1)
    if j is None or roles[j].role != CONTENT:
        return
    ln = lines[j]
    text = ln.text.lstrip("—–-― ").strip()
    if ln.terminal or not text or ln.size > _CREDIT_WORDS or not text[0].isupper():
        return
    if cues.detect(ln.text) is not None and ln.text[:1] not in "—–-―":
        return  # a labelled turn ("Anna Lee: Yes.")
    if all(w[:1].isupper() or not w[:1].isalpha() for w in text.split()[:2]):
        roles[j] = Role(BOILERPLATE, "other", "pull-quote-credit")


_CREDIT_WORDS = 6

_COPY_WORDS = 12  # a paragraph this long is printed twice only as a teaser

def _copied_paragraphs(lines: Sequence[Line], roles: list[Role], body: int) -> None:
    """A paragraph printed twice in the text, word for word (the first copy
    may stop short): the first copy is a teaser set above the place where
    the paragraph stands, a pull quote without quotation marks. Questions
    put to several people in turn repeat on purpose, and so may an answer
    given twice: a whole copy right under a question or a request is an
    answer (a teaser cut short never is)."""
    later: dict[str, list[str]] = {}  # later paragraphs by their first words
    for ln in reversed(lines[body:]):
        if roles[ln.index].role != CONTENT or ln.size < _COPY_WORDS or ln.question:
            continue
        head = ln.text[:_HEAD_CHARS]
        text = ln.text.rstrip(". …")
        copies = [t for t in later.get(head, ()) if t.startswith(text)]
        if copies and cues.detect(ln.text) is None and (
            any(len(t) > len(ln.text) for t in copies) or not _answers(lines, ln.index)
        ):
            roles[ln.index] = Role(BOILERPLATE, "other", "pull-quote-copy")
        later.setdefault(head, []).append(ln.text)

_HEAD_CHARS = 40

def _answers(lines: Sequence[Line], i: int) -> bool:
    """The line stands right under a question or a short line (a request):
    it answers it."""
    j = next_nonblank(lines, i, -1)
    return j is not None and (lines[j].question or lines[j].size <= _ASKING_WORDS)

_ASKING_WORDS = 25

_PULL_WORDS = 80  # a pull quote is a sentence or three

_NEAR = 60  # lines on each side where the words of a retold pull quote are looked for

def _retold_nearby(lines: Sequence[Line], roles: list[Role], i: int, inner: str) -> bool:
    """The quotation retells a paragraph next to it in other words ("A map
    that pretends it made no choices is the one ..." beside "The danger is
    a map that pretends it made no choices. That is the one ..."): nine in
    ten of its words are in one paragraph within a few lines."""
    words = set(PHRASE_WORD.findall(inner))
    if len(words) < 6:
        return False
    opening = " ".join(PHRASE_WORD.findall(inner)[:_OPENING_WORDS])
    window: list[tuple[set[str], str]] = []  # the last paragraphs (a quote may join a few)
    for j in range(max(0, i - _NEAR), min(len(lines), i + _NEAR + 1)):
        if j == i or lines[j].blank:
            continue
        if roles[j].role != CONTENT:
            window = []
            continue
        plain = " ".join(PHRASE_WORD.findall(_plain(lines[j].text[:2000])))
        near = set(plain.split())
        if len(words & near) * 10 >= len(words) * 9:
            return True
        window = [*window[-(_JOINED - 1) :], (near, plain)]
        if len(window) > 1 and any(opening in p for _, p in window):
            joined = set().union(*(w for w, _ in window))
            if len(words & joined) * 10 >= len(words) * 9:
                return True
    return False

_OPENING_WORDS = 5  # a quote that joins paragraphs starts as one of them does

_JOINED = 3

_COUNT_CHUNK = 1 << 20

# quotation marks differ between a pull quote and its source (« » inside
# „ “): they are left out when the two are compared
_NO_QUOTES = str.maketrans("", "", "\"'«»„“”‘’‚‹›「」『』")

def _plain(text: str) -> str:
    return text.casefold().translate(_NO_QUOTES)

def _counts_in(texts: Iterable[str], needles: Sequence[str]) -> list[int]:
    """How often each needle occurs in the texts, casefolded and without
    quotation marks (``_plain``: the needles must be so too). The texts are
    read in chunks of about a megabyte, joined by newlines (no needle holds
    one, so no match is lost at a chunk's edge): a 10 MB page costs one
    chunk of memory here, not two copies of itself."""
    counts = [0] * len(needles)
    chunk: list[str] = []
    size = 0

    def flush() -> None:
        body = _plain("\n".join(chunk))
        for i, needle in enumerate(needles):
            counts[i] += body.count(needle)

    for text in texts:
        chunk.append(text)
        size += len(text)
        if size >= _COUNT_CHUNK:
            flush()
            chunk, size = [], 0
    if chunk:
        flush()
    return counts
