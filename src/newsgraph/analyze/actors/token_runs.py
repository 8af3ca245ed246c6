"""Coding runs of parsed tokens (anything with .text, .whitespace_ and .i) the way phrases are coded."""
from __future__ import annotations

from newsgraph.analyze.actors.coding import DETERMINERS, POSSESSIVE_MARKERS, Coding, code_words


def code_tokens(tokens) -> Coding:
    """Code a run of tokens (a gap where tokens were left out counts as a space)."""
    tokens = list(tokens)
    spaces = [t.whitespace_ if k + 1 < len(tokens) and tokens[k + 1].i == t.i + 1 else " "
              for k, t in enumerate(tokens)]
    return code_words([t.text for t in tokens], spaces)


def tokens_text(tokens) -> str:
    """The text of tokens as written, with a space where tokens were left out between them."""
    tokens = list(tokens)
    parts = []
    for k, t in enumerate(tokens):
        parts.append(t.text)
        if k + 1 < len(tokens):
            parts.append(t.whitespace_ if tokens[k + 1].i == t.i + 1 else " ")
    return "".join(parts).strip()


def without_article(code: Coding) -> Coding:
    """A title without its article ("The spokesman for X" -> "spokesman for X")."""
    title = code.title
    if title:
        first, _, rest = title.partition(" ")
        if first.lower() in DETERMINERS and rest:
            title = rest
    return Coding(**{**code.__dict__, "title": title})


def persons_in(tokens, ent_of: dict) -> list:
    """The PERSON entities that have a token among ``tokens``, in order."""
    seen = []
    for t in tokens:
        ent = ent_of.get(t.i)
        if ent is not None and ent.label_ == "PERSON" and ent not in seen:
            seen.append(ent)
    return seen


def trim_name(span):
    """A name without a leading "the", a trailing possessive, and a possessive the tagger left at
    its start ("'s Haqqani" of "the network's Haqqani")."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and doc[end - 1].text in POSSESSIVE_MARKERS:
        end -= 1
    while start < end and (doc[start].lower_ == "the" or doc[start].text in POSSESSIVE_MARKERS):
        start += 1
    return doc[start:end] if end > start else None
