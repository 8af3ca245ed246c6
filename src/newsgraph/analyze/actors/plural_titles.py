"""A plural title before a list of names ("Sens. Ann Roe of Iowa and Bo Li of Ohio", "Reps. Ann Roe and Bo Li")
titles each person of the list, and names no group of its own.

American news writes a title's abbreviation in the plural before the names of several holders; the tagger
reads "Sens" as a common noun, so each person lost the title (no sector) and "Sens" became a group of
legislators beside them. The list runs over the names, "and", commas, "of" and a place, and a party-state tag,
to the first other word.
"""
from __future__ import annotations

from newsgraph.analyze.actors import coding
from newsgraph.analyze.actors.index import ActorIndex

#: plural abbreviated titles and the singular that titles each name ("Sens." -> "Sen.")
PLURAL_TITLES = {"sens": "Sen.", "reps": "Rep.", "govs": "Gov."}
#: lower-case words a list of names may hold between them
LIST_WORDS = frozenset({"and", "of", "from", "both"})
#: punctuation a list of names holds: commas and a party-state tag's brackets and hyphen ("(D-N.J.)")
LIST_PUNCT = frozenset({",", "(", ")", "-", "–"})
#: the most tokens a list of names runs over
MAX_LIST_TOKENS = 40


def title_listed_names(index: ActorIndex) -> None:
    """Give each person a plural title lists the singular title's coding; drop the group the title made."""
    doc = index.doc
    for t in doc:
        singular = PLURAL_TITLES.get(t.text.rstrip(".").lower())
        if singular is None or not t.text[:1].isupper():
            continue
        persons = _listed_persons(index, t.i + 1)
        if not persons:
            continue
        code = coding.code_words([singular])
        for person in persons:
            if person.sector is None:
                index.learn(person, coding.Coding(**{**code.__dict__, "title": None}))
        group = index.actor_at(t.i)
        if group is not None and group.kind == "group" and all(m.end <= t.idx + len(t.text) + 1 and m.start >= t.idx
                                                                for m in group.mentions):
            index.remove(group)


def _listed_persons(index: ActorIndex, start: int) -> list:
    """The person actors named from token ``start`` on, through the list's own words and punctuation (the
    title's own full stop, which the sentence splitter may take for a sentence's end, included)."""
    doc = index.doc
    persons: list = []
    for k in range(start, min(len(doc), start + MAX_LIST_TOKENS)):
        tok = doc[k]
        if (k == start and tok.text == ".") or tok.is_space or tok.text in LIST_PUNCT or tok.lower_ in LIST_WORDS:
            continue
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            break
        actor = index.actor_at(k)
        if actor is not None and actor.kind == "person" and actor not in persons:
            persons.append(actor)
    return persons
