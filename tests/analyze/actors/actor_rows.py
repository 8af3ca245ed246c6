"""The actors the actor stage finds in a text, as rows to compare: shared by the actor tests."""
from __future__ import annotations

from newsgraph.analyze.actors import find_actors


def actors(nlp, text, published="2024-03-04"):
    """(name, kind, country, sector) of every actor ``find_actors`` finds in ``text``."""
    return [(a.name, a.kind, a.country, a.sector) for a in find_actors(nlp(text), published).to_list()]


def listed(nlp, text, used=(), published="2024-03-04"):
    """The names an analysis would list when ``used`` names are what statements and events name."""
    index = find_actors(nlp(text), published)
    ids = {a.id for a in index.to_list() if a.name in used}
    return [a.name for a in index.listed(ids)]


def resolved(nlp, text, phrase, *, last=False, published=None):
    """The name of the actor the first (``last``: the last) ``phrase`` in ``text`` resolves to, or None."""
    doc = nlp(text)
    index = find_actors(doc, published)
    start = text.rindex(phrase) if last else text.index(phrase)
    actor = index.resolve(doc.char_span(start, start + len(phrase), alignment_mode="expand"))
    return actor.name if actor else None


def countries(nlp, text, published="2024-03-04"):
    """Each found actor's name -> its country (``actors``)."""
    return {name: country for name, _, country, _ in actors(nlp, text, published)}


def codes(nlp, text, published="2024-03-04"):
    """Each found actor's name -> its (country, sector) (``actors``)."""
    return {name: (country, sector) for name, _, country, sector in actors(nlp, text, published)}
