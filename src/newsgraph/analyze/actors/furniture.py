"""Page furniture: lines of a news page that are no part of the story (a share bar's "Facebook",
"Twitter", a tag list, a "Related: ..." link headline). A body or group named only there is no
actor of the article, nor anyone named only in links to other stories; a person named only on a
short line (a byline) is left alone. The label of a note of the editors ("Editor's note: ...",
"Correction: ...") names nobody either, the person it seems to name included.
"""
from __future__ import annotations

import re

from newsgraph.nlp.text import text_of

#: labels that open a line linking to another story ("Related: ...", "Read more: ...")
LINK_LABELS = ("related", "read more", "read also", "also read", "see also", "more", "recommended", "watch",
               "listen", "read next", "more on this", "trending", "popular", "latest", "most read")
#: labels that open a note of the editors, not of the story's people ("Editor's note: ...")
NOTE_LABELS = ("editor's note", "editors' note", "editor's notes", "note", "correction", "corrections",
               "clarification", "update", "disclosure", "disclaimer")
#: the most words a verbless line of furniture has ("Share on Facebook", "Topics: Trade, Tariffs")
SHORT_LINE = 8
#: how far from a line's start its label's colon can be ("Editor's note:", "Read more:", leading blanks)
LABEL_REACH = 80
_WORD = re.compile(r"\S+")


def prune_furniture(index) -> None:
    """Drop the organisations, groups and countries whose every mention stands on a line of furniture."""
    doc = index.doc
    text = text_of(doc)  # Doc.text joins every token: built once per doc
    for actor in list(index.actors):
        if not actor.mentions:
            continue
        kinds = [_furniture(doc, text, m.start, m.end) for m in actor.mentions]
        if all(kinds) and (actor.kind != "person" or all(k in ("link", "label") for k in kinds)):
            index.remove(actor)


def _more_words_than(text: str, start: int, end: int, limit: int) -> bool:
    """Whether ``text[start:end]`` has more than ``limit`` words, read no further than needed."""
    for count, _ in enumerate(_WORD.finditer(text, start, end), 1):
        if count > limit:
            return True
    return False


def _furniture(doc, text: str, start: int, end: int) -> str:
    """"link" for a line linking to another story, "label" for the label of an editors' note, "line"
    for a short line without a verb, else ""."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    colon = text.find(":", line_start, line_end)
    # the label before a line's first colon; labels are short, so a far colon has none (and a long line,
    # a whole text without line breaks, is never copied per mention)
    head = text[line_start:colon].strip().lower() if 0 <= colon - line_start <= LABEL_REACH else ""
    if colon >= end and head.replace("\u2019", "'") in NOTE_LABELS:
        return "label"  # "Editor's note: ...": the editors speak, nobody named
    if head in LINK_LABELS:
        return "link"  # "Related: Brightway recalls phones": a link to another story
    if _more_words_than(text, line_start, line_end, 2 * SHORT_LINE):
        return ""  # a paragraph of the story
    span = doc.char_span(line_start, line_end, alignment_mode="expand")
    if span is None:
        return ""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return "line" if 0 < len(words) <= SHORT_LINE and not any(t.pos_ in ("VERB", "AUX") for t in words) else ""
