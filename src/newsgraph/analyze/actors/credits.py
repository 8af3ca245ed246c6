"""Datelines and agency credits opening a paragraph, whose tokens name no actor."""
from __future__ import annotations

import re

from newsgraph.analyze.actors import dictionaries

#: "Hong Kong (CNN Business) A muddled view ...": a place, then an agency in brackets, opening a paragraph
_CREDIT = re.compile(r"[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,4} ?\((?P<agency>[^()\n]{1,40})\)")


#: "New York, NY –", "Washington, DC, United States:": a dateline written in title case
_TITLE_DATELINE = re.compile(r"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}){1,2}"
                             r"(?: [–—-]+ |: )")


def _a_known_place(name: str) -> bool:
    from newsgraph.analyze import gazetteer

    return bool(gazetteer.load().lookup(name)) or dictionaries.capital_country(name) is not None


def credit_tokens(doc) -> set[int]:
    """Tokens of a dateline or an agency credit opening a paragraph ("LONDON (AP) —",
    "Hong Kong (CNN Business)"): the agency that filed a story is no actor of it."""
    from newsgraph.extract.dateline import dateline_end

    text = doc.text
    spans = []
    for start in [0] + [m.end() for m in re.finditer(r"\n\s*", text)]:
        if start >= len(text):
            continue
        end = dateline_end(text, start)
        if end is not None:
            spans.append((start, end))
            continue
        match = _CREDIT.match(text, start, min(len(text), start + 80))
        if match:
            spans.append((match.start("agency"), match.end("agency")))
            continue
        match = _TITLE_DATELINE.match(text, start, min(len(text), start + 80))
        if match and _a_known_place(match["place"]):
            spans.append((start, match.end()))
    out: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out
