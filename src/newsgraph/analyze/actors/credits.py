"""Datelines and agency credits opening a paragraph, whose tokens name no actor."""
from __future__ import annotations

import re

from newsgraph.analyze.actors import dictionaries
from newsgraph.nlp.text import text_of

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

    text = text_of(doc)
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
            place = text[match.start():match.start("agency") - 1].rstrip(" (")
            # "Washington (AFP) –": the place is where the story was filed, a dateline, not an actor
            spans.append((match.start() if _a_known_place(place) else match.start("agency"), match.end("agency")))
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


_NAME = r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
#: the credit lines of a story's own staff: "By Ann Roe", "Follow Ann Roe on Twitter", "Ann Roe reported from
#: Oakland", "Ann Roe contributed reporting", "Contributing: Ann Roe, The Record", "Photo: Ann Roe",
#: "Ann Roe via Getty Images", "Ann Roe is a reporter for ..."
_CREDIT_LINES = [re.compile(p) for p in (
    r"(?m)^\s*(?:\[P\d+\]\s*)?By " + _NAME + r"\s*(?:,|$|and\b|\|)",
    r"\bFollow " + _NAME + r" (?:[Oo]n|at) Twitter",
    _NAME.replace("{1,3}", "{0,3}") + r" (?:reported from|contributed reporting|contributed to this (?:report|story))\b",
    r"\bContributing:? " + _NAME,
    r"\b(?:Photo(?:graph)?s?(?: by)?|Credit):? " + _NAME,
    _NAME + r"(?: ?/ ?| via )(?:Getty|AP|Reuters|AFP|Associated Press|EPA|HuffPost|Bloomberg)\b",
    _NAME + r" is an? (?:[\w-]+ ){0,3}(?:reporter|writer|columnist|correspondent|editor|co-host|host|producer|"
    r"photographer|contributor)\b",
)]


#: a wire story's closing credits, each a list of names: "(Reporting by Ann Roe and Bo Li in Boston; Editing by
#: Cy Doe, Di Poe and Ed Loe)", "Writing by ...", "Contributing: Ann Roe, Bo Li and Cy Doe"
#: Only where a credit stands: at a line's start, or after the "(" or ";" of a wire story's credit block, so that
#: prose ("according to reporting by the Journal, X met Y", "drew on writing by A and B") credits no one
_CREDIT_LIST = re.compile(r"(?m)(?:^|[(;])[ \t]*(?:(?:[Aa]dditional )?[Rr]eporting|Writing|Editing|Compiled) by "
                          r"|^[ \t]*Contributing: ")
#: one name of such a list (up to the list's end: ";", ")" or a line's end), and a place a name is "in"
_LISTED_NAME = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|de|van|von|bin|al))*(?: [A-Z][\w.'’-]+)")
_PLACE_BEFORE = re.compile(r"\bin $")


def _listed_credits(text: str) -> list[tuple[int, int]]:
    """The names of the credit lists of ``_CREDIT_LIST``: every name of two words or more up to the list's
    end, less the places a reporter filed from ("Ann Roe in Boston") and the publications ("The Record")."""
    out = []
    for start in _CREDIT_LIST.finditer(text):
        end = min((k for k in (text.find(c, start.end()) for c in ";)\n") if k >= 0), default=len(text))
        for m in _LISTED_NAME.finditer(text, start.end(), end):
            if not _PLACE_BEFORE.search(text, start.end(), m.start()) and not m.group().startswith("The "):
                out.append((m.start(), m.end() - (m.group().endswith(".") and len(m.group().split()[-1]) > 2)))
    return out


def credited_names(text: str) -> list[tuple[int, int]]:
    """Character ranges of the names a story credits as its own writers, reporters or photographers."""
    lines = [(m.start("name"), m.end("name")) for rx in _CREDIT_LINES for m in rx.finditer(text)]
    return lines + [r for r in _listed_credits(text) if not any(s < r[1] and r[0] < e for s, e in lines)]


def code_credited(index) -> None:
    """Persons the text names only as its own credited staff, with no sector of their own, are
    journalists (JRN): the byline, the "contributed reporting" line, a photo credit."""
    ranges = credited_names(text_of(index.doc))
    if not ranges:
        return
    for actor in index.actors:
        if actor.kind != "person" or actor.sector is not None:
            continue
        if any(s <= m.start and m.end <= e for m in actor.mentions for s, e in ranges):
            actor.sector = "JRN"
