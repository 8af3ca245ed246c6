"""Names that speak although the tagger did not take them for organisations.

A proper name that is the subject of a speech verb ("Bloomberg reported ...", "Lumen Media said
..."), the object of "according to", or the issuer of a document that speaks ("according to a
report in the Harbour Gazette") is an actor: places do not talk. The tagger often misses such
names (no entity) or takes a news outlet for a place ("Bloomberg" as GPE). ``with_speaking_names``
returns the entities with each such name made an organisation -- unless the name is a known
place ("Moscow said" is Russia's government, found as a place by the actor stage) or a person
the tagger found.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import gazetteer
from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.syntax import is_speaker, is_verb_form, proper_run

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: documents whose issuer is named with a preposition ("a report in the Gazette", "a study by X")
DOCUMENTS = frozenset({"report", "story", "article", "statement", "study", "survey", "analysis", "interview",
                       "editorial", "investigation", "letter", "post", "tweet", "release"})
ISSUER_PREPS = frozenset({"in", "by", "from"})


def with_speaking_names(doc, ents: list) -> list:
    """``ents`` (spaCy spans in text order) with speaking names made ORG entities (see the module
    docstring): an unknown place relabelled, an untagged proper name added."""
    from spacy.tokens import Span

    ent_at = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    named_words = {t.text for ent in ents for t in ent}
    replaced: dict[int, object] = {}  # start of an entity -> its replacement
    added = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound" or not _speaks(token):
            continue
        ent = ent_at.get(token.i)
        if ent is None:
            words = proper_run(token)
            start = words.start
            if any(i in ent_at for i in range(start, token.i + 1)) or not doc[start].text[:1].isupper() \
                    or all(t.text in named_words for t in words) \
                    or any(dictionaries.sector_word(t.text) is not None for t in words) \
                    or is_verb_form(words[0]):
                continue  # a short name of one named in full, a title ("the Prime Minister"), or a name
                # that opens with a verb form ("Rolling Stone"), left to the actor stage's own reading
            added.append(Span(doc, start, token.i + 1, label="ORG"))
        elif ent.label_ in PLACE_LABELS and _unknown_place(ent.text):
            replaced[ent.start] = Span(doc, ent.start, ent.end, label="ORG")
    if not replaced and not added:
        return ents
    out = [replaced.get(ent.start, ent) for ent in ents] + added
    return sorted(out, key=lambda e: e.start)


def _speaks(token) -> bool:
    if is_speaker(token):
        return True
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ISSUER_PREPS:
        return False
    document = prep.head
    return document.pos_ == "NOUN" and document.lemma_.lower() in DOCUMENTS and (
        is_speaker(document) or document.dep_ == "pobj" and document.head.lower_ == "to"
        and document.head.head.lower_ == "according")


def _unknown_place(name: str) -> Optional[bool]:
    """A name that is no country, capital or place of the gazetteer."""
    return dictionaries.country_of(name) is None and dictionaries.capital_country(name) is None \
        and not gazetteer.load().lookup(name)
