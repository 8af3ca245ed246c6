"""A person named with an age and nothing else ("Ann Roe, 52, of Flint, said") is a private citizen (CVL).

News gives the age of the people it meets (voters at a rally, residents, witnesses) and not of office
holders, executives or reporters, whom it names by their role. A person whom the names, the titles, the
knowledge base, the employer and the writing left without a sector, and whose name a mention follows with an
age in commas or brackets, is a civilian: PLOVER's CVL. A role said after the age ("Ann Roe, 52, a nurse")
has already given its sector where a table knows it.
"""
from __future__ import annotations

import re

from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.nlp.text import text_of

#: an age right after a name: ", 52," / ", 52." / " (52)"
AGE_AFTER = re.compile(r"(?:,\s*(?:[1-9]\d)\s*[,.;]|\s*\((?:[1-9]\d)\))(?!\d)")


def code_private_persons(index: ActorIndex) -> None:
    """Give a person without a sector whose name a mention follows with an age the sector CVL."""
    text = text_of(index.doc)
    for actor in index.actors:
        if actor.kind != "person" or actor.sector is not None or len(actor.name.split()) < 2:
            continue
        if any(m.text[:1].isupper() and AGE_AFTER.match(text, m.end) for m in actor.mentions):
            actor.sector = "CVL"
