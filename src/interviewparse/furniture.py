"""Page passes that find furniture by where lines stand and what they repeat:
"Read also" lists, cookie buttons, gallery captions, readers' comments,
menu lines and teasers printed twice, sub-headings and captions between
paragraphs, the page's tail, embeds, and speaker labels printed alone on
their lines (pull quotes: ``quotes.py``)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from . import cues, patterns
from .credits import CREDIT_OPENS, POST_HANDLE
from .dates import date_of
from .lexicon import ALL
from .phrases import ABOUT_PIECE, LIST_ITEM, REQUEST_SENTENCE, alt
from .role import BOILERPLATE, CONTENT, NOTE, Role, next_nonblank, open_end, sentences
from .rules import BUTTONS, FOOTER_PHRASE, RELATED
from .text import Line

_COMMENT_HEAD = patterns.compile(
    rf"(?:{alt(ALL.comment_heads)})\s*(?:[(\[（]\s*\d+\s*[)\]）]|\d+)?\s*[:：]?",
    regex.IGNORECASE,
)


def comments_head(lines: Sequence[Line], body: int) -> int | None:
    """The line of a "Comments (12)" heading below the first paragraph."""
    return next(
        (ln.index for ln in lines[body + 1 :]
         if not ln.blank and ln.size <= 5 and _COMMENT_HEAD.fullmatch(ln.text)),
        None,
    )


def comments(lines: Sequence[Line], roles: list[Role], body: int) -> None:
    """Readers' comments under the text: from a "Comments (12)" heading
    below the first paragraph to the end of the page, what is not already
    furniture is the comments' text, not the page's."""
    start = comments_head(lines, body)
    if start is None:
        return
    if roles[start].role == CONTENT:
        roles[start] = Role(BOILERPLATE, "other", "comments-head")
    for ln in lines[start + 1 :]:
        if roles[ln.index].role in (CONTENT, NOTE):
            roles[ln.index] = Role(BOILERPLATE, "other", "comment")


# what a line taken for a colonless label may have been called before
_BARE_MAY_OVERRIDE = frozenset({
    "subheading", "under-title", "above-title", "open-line-caption", "page-tail", "byline",
    "caps-signature", "nav-word", "section-label", "section-head",
})
BARE_LABEL = "bare-label"


def bare_labels(lines: Sequence[Line], roles: list[Role]) -> None:
    """Speaker labels printed alone on their line without a colon ("Petra
    Noll" / "INTERVIEWER" above each turn). A name-shaped line is such a
    label only when the page shows at least two of them, each at least
    twice, mostly taking turns, and each right above a paragraph of text;
    otherwise they are sub-headings."""
    found: list[tuple[int, str]] = []
    for ln in lines:
        r = roles[ln.index]
        if ln.blank or ln.terminal or ln.question or ln.size > 4:
            continue
        if not (r.role == CONTENT or (r.role == BOILERPLATE and (
                r.rule in _BARE_MAY_OVERRIDE or r.rule.startswith("repeated-")))):
            continue
        if cues.detect(ln.text) is not None or cues.bare_label(ln.text) is None:
            continue
        nxt = next_nonblank(lines, ln.index, 1)
        if nxt is None or roles[nxt].role != CONTENT or lines[nxt].size < 3:
            continue
        found.append((ln.index, ln.text.casefold()))
    counts: dict[str, int] = {}
    for _, key in found:
        counts[key] = counts.get(key, 0) + 1
    kept = [(i, key) for i, key in found if counts[key] >= 2]
    if len({key for _, key in kept}) < 2 or len(kept) < 4:
        return
    turns = sum(1 for (_, a), (_, b) in itertools.pairwise(kept) if a != b)
    if turns * 4 < (len(kept) - 1) * 3:
        return  # the same line over and over: a repeated heading, not a dialogue
    for i, _ in kept:
        roles[i] = Role(CONTENT, "", BARE_LABEL)


def related_lists(lines: Sequence[Line], roles: list[Role], body: int) -> None:
    """A "Read also:" head with nothing after it owns the list below it,
    down to a blank line or a line that reads like a paragraph."""
    for i, ln in enumerate(lines):
        r = roles[i]
        if r.rule != "related-head":
            continue
        m = RELATED.match(ln.text)
        rest = ln.text[m.end() :] if m else ""
        if m is None or _COLON_TEXT.search(rest):
            continue  # "Read also: <headline>" is a one-line related item
        if i < body:
            continue  # a "Latest news" link in the header owns nothing
        j = i + 1
        while j < len(lines) and not lines[j].blank:
            nxt = lines[j]
            cue = cues.detect(nxt.text)
            if roles[j].role != CONTENT or nxt.size > 20 or (cue and cue.kind != "speaker"):
                break
            if date_of(nxt.text) is not None:
                break
            if nxt.terminal and nxt.size > 12 and not _listed_question(lines, roles, j):
                break
            roles[j] = Role(BOILERPLATE, "related", "related-list")
            j += 1


def _listed_question(lines: Sequence[Line], roles: Sequence[Role], j: int) -> bool:
    """A headline shaped as a question inside the list: the line right under
    it (no blank between) is another item, short and no sentence of text."""
    if not lines[j].question or j + 1 >= len(lines):
        return False
    nxt = lines[j + 1]
    return (
        not nxt.blank and roles[j + 1].role == CONTENT and nxt.size <= 20
        and not nxt.question and not (nxt.terminal and nxt.size > 12)
        and cues.detect(nxt.text) is None
    )


_COLON_TEXT = patterns.compile(r"[:：]\s*\S")


def buttons(lines: Sequence[Line], roles: list[Role]) -> None:
    """"Accept" right after a cookie notice is a button of that notice."""
    for i in range(len(lines)):
        if roles[i].rule != "cookie-notice":
            continue
        j = i + 1
        while j < len(lines) and j <= i + 3:
            nxt = lines[j]
            if not nxt.blank:
                if roles[j].role == CONTENT and nxt.size <= 3 and BUTTONS.fullmatch(nxt.text):
                    roles[j] = Role(BOILERPLATE, "other", "cookie-button")
                else:
                    break
            j += 1


def credited_captions(lines: Sequence[Line], roles: list[Role]) -> None:
    """A photo's credit printed on its own line ("Photo: Ann Lee", "Фото:
    ...") under a line that is printed again, again over a credit: a
    gallery's caption, not a headline (a credit alone under a headline or a
    paragraph credits a photo that has no caption)."""
    over: dict[str, list[int]] = {}
    for ln in lines:
        if roles[ln.index].rule != "photo-caption" or not CREDIT_OPENS.match(ln.text):
            continue
        above = next_nonblank(lines, ln.index, -1)
        if above is None or roles[above].role != CONTENT:
            continue
        cap = lines[above]
        if cap.question or cap.size > _CAPTION_WORDS or cues.detect(cap.text) is not None:
            continue
        over.setdefault(cap.text, []).append(above)
    for found in over.values():
        if len(found) >= 2:
            for i in found:
                roles[i] = Role(BOILERPLATE, "caption", "over-credit")


_CAPTION_WORDS = 40


def zones(
    lines: Sequence[Line],
    roles: list[Role],
    title: list[int],
    published_line: int | None,
    body: int,
) -> None:
    """Short open lines after the last paragraph are the page's footer;
    open lines between paragraphs are sub-headings or captions."""
    last = len(lines) - 1
    while last > body:  # the text itself is never the footer
        ln = lines[last]
        if not ln.blank and roles[last].role == CONTENT:
            if open_end(ln) and not cues.detect(ln.text) and (
                ln.size <= 8 or (ln.size <= 16 and _after_furniture(lines, roles, last))
            ):  # (an address line under the sponsors' row is longer than a link)
                roles[last] = Role(BOILERPLATE, "footer", "page-tail")
            elif _footer_sentence(lines, roles, last):
                roles[last] = Role(BOILERPLATE, "footer", "page-tail-notice")
            else:
                break
        last -= 1
    start = max([*title, published_line if published_line is not None else -1, -1]) + 1
    for i in range(start, last):
        ln = lines[i]
        if ln.blank or roles[i].role != CONTENT or not open_end(ln):
            continue
        if cues.detect(ln.text) or LIST_ITEM.match(ln.text) or _in_block(lines, i) or sentences(ln):
            continue
        if "?" in ln.text or "？" in ln.text or REQUEST_SENTENCE.search(ln.text[:600]):
            continue  # a question, or a request ("Describe a normal day"), never a caption
        if ABOUT_PIECE.search(ln.text[:300].lower()):
            continue  # a note about the piece ("The full interview is here: ...")
        above = next_nonblank(lines, i, -1)
        if above is not None and roles[above].role == CONTENT and lines[above].question:
            continue  # right under a question: a short answer ("Eight months")
        if ln.size >= 5:
            roles[i] = Role(BOILERPLATE, "caption", "open-line-caption")
        elif ln.size >= 1 and ln.words <= 4:
            roles[i] = Role(BOILERPLATE, "other", "subheading")


def _after_furniture(lines: Sequence[Line], roles: list[Role], i: int) -> bool:
    above = next_nonblank(lines, i, -1)
    return above is not None and roles[above].role == BOILERPLATE


def _footer_sentence(lines: Sequence[Line], roles: list[Role], i: int) -> bool:
    """A site notice written as a sentence ("Reproduction only with a link
    to the source.") under other furniture at the end of the page."""
    above = next_nonblank(lines, i, -1)
    return (
        above is not None
        and roles[above].role == BOILERPLATE
        and lines[i].size <= 30
        and FOOTER_PHRASE.search(lines[i].text[:400]) is not None
    )


def _in_block(lines: Sequence[Line], i: int) -> bool:
    """The line sits inside a run of lines with no blank between them and
    its neighbours are not furniture-shaped: a list or a wrapped paragraph."""
    before = i > 0 and not lines[i - 1].blank
    after = i + 1 < len(lines) and not lines[i + 1].blank
    if not (before or after):
        return False
    # in pages without blank lines every line has neighbours: look at shape
    prev = lines[i - 1] if before else None
    nxt = lines[i + 1] if after else None
    return (prev is not None and prev.last in ":：,，") or (
        nxt is not None and nxt.text[:1].islower()
    )


def repeats(lines: Sequence[Line], roles: list[Role]) -> None:
    """A furniture line printed twice makes its twin furniture of the same
    kind; a short line that is no sentence and stands three times or more
    on the page is a button or a widget's label ("Go to the photo bank",
    "download video"), unless it labels turns."""
    seen: dict[str, Role] = {}
    counts: dict[str, int] = {}
    for ln in lines:
        r = roles[ln.index]
        key = ln.text.casefold()
        if r.role == BOILERPLATE:
            seen.setdefault(key, r)
        if not ln.blank and ln.size <= _FORM_WORDS:
            counts[key] = counts.get(key, 0) + 1
    for ln in lines:
        if roles[ln.index].role == CONTENT and ln.size <= _FORM_WORDS:
            twin = seen.get(ln.text.casefold()) if ln.size <= 12 else None
            if twin is not None and twin.kind in ("nav", "caption", "related", "other", "share"):
                roles[ln.index] = Role(BOILERPLATE, twin.kind, "repeated-" + twin.rule)
            elif (
                counts.get(ln.text.casefold(), 0) >= _BUTTON_REPEATS
                # a button's label; or a form's sentence ("Thanks for signing up!"),
                # not a short reply an interview may give thrice ("Yes.")
                and not ln.question
                and (ln.size > _REPLY_WORDS or not ln.terminal)
                and roles[ln.index].rule != BARE_LABEL
                and cues.detect(ln.text) is None
            ):
                roles[ln.index] = Role(BOILERPLATE, "other", "repeated-line")
    _teasers_twice(lines, roles)


def _teasers_twice(lines: Sequence[Line], roles: list[Role]) -> None:
    """A headline printed twice in a row (a teaser's picture text and its
    link: "Air Defender: Drills for the emergency" twice) is a teaser of
    another page."""
    prev: Line | None = None
    for ln in lines:
        if ln.blank:
            continue
        if (
            prev is not None and ln.text == prev.text
            and roles[ln.index].role == CONTENT and roles[prev.index].role == CONTENT
            and _TEASER_WORDS[0] <= ln.size <= _TEASER_WORDS[1]
            and not (ln.terminal and not ln.question)
            and roles[ln.index].rule != BARE_LABEL
        ):
            for i in (prev.index, ln.index):
                roles[i] = Role(BOILERPLATE, "related", "teaser-twice")
        prev = ln


_TEASER_WORDS = (2, 20)


_BUTTON_WORDS = 6
_BUTTON_REPEATS = 3
_FORM_WORDS = 20
_REPLY_WORDS = 3


def embeds(lines: Sequence[Line], roles: list[Role], start: int) -> None:
    """Below the headline (line ``start`` on), a headline or caption printed
    right under a line of furniture, with no blank line between, belongs to
    that box: "© Agency / Name" / "Go to the photo bank" / "Minister opens
    the new theatre" / "“We know everyone involved”". A post embedded from
    a social network, signed "— Name (@handle) date" under its text: the
    text is the post's, not the page's."""
    for ln in lines[max(start, 1) :]:
        i = ln.index
        if ln.text[:1] in "—–-" and ln.size <= 20 and POST_HANDLE.search(ln.text):
            if roles[i].role in (CONTENT, BOILERPLATE):
                roles[i] = Role(BOILERPLATE, "other", "post-signature")
            above_text = next_nonblank(lines, i, -1)
            if above_text is not None and roles[above_text].role == CONTENT:
                roles[above_text] = Role(BOILERPLATE, "other", "embedded-post")
            continue
        if roles[i].role != CONTENT or ln.size > _EMBED_WORDS or not open_end(ln):
            continue
        above = roles[i - 1]
        cue = cues.detect(ln.text)
        if (
            above.role == BOILERPLATE
            and above.kind != "date-banner"
            # ("Name: a headline" under a photo box; a dash or Q/A turn is a turn)
            and (cue is None or (cue.kind == "speaker" and not ln.question))
        ):
            roles[i] = Role(BOILERPLATE, "related", "embed-headline")


_EMBED_WORDS = 25

