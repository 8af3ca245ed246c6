"""A person the text shows writing or reporting for a publication is a journalist (JRN).

"Ann Roe, writing for The Ledger", "Ann Roe, reporting for Harbor Radio", "Ann Roe wrote in The Ledger",
"Ann Roe contributed." (the closing credit of a wire story) and "an article by Ann Roe" say what the person
does for a living, though no title names it. The publication must be a news outlet (JRN) or an organisation
of no known sector ("writing on Young Voices", a blog), an actor or a name the tagger calls an organisation
or a work; one of another sector ("wrote to the Senate committee"; "posted on Facebook": BUS) says nothing
of a trade. Only a person whom the names, the titles, the knowledge base and the employer left without a
sector is filled: a senator who "wrote in The Ledger" stays a senator.
"""
from __future__ import annotations

from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.index import ActorIndex

#: verbs of a writer's or a reporter's work (lemmas)
WRITING_VERBS = frozenset({"write", "report", "blog"})
#: prepositions that name the publication a piece is written for or in ("for", "in", "on", "at")
OUTLET_PREPS = frozenset({"for", "in", "on", "at"})
#: nouns for a piece of journalism whose "by" names its writer ("an article by Ann Roe")
PIECE_NOUNS = frozenset({"article", "column", "story", "dispatch", "byline"})
#: what a credit line's "contributed" may take as object ("Ann Roe contributed reporting")
CREDIT_OBJECTS = frozenset({"reporting", "report", "research"})


def fill_writers(index: ActorIndex) -> None:
    """Give each person without a sector whom a mention shows writing for a publication the sector JRN."""
    for token in index.doc:
        actor = index.actor_at(token.i)
        if actor is None or actor.kind != "person" or actor.sector is not None:
            continue
        if _writes_for_outlet(index, token) or _credited_contributor(token) or _piece_by(token):
            actor.sector = "JRN"


def _outlet(index: ActorIndex, verb) -> bool:
    """Whether ``verb`` has a "for/in/on/at" object that is a publication: ``_is_outlet``."""
    return any(_is_outlet(index, obj) for prep in verb.children
               if prep.dep_ == "prep" and prep.lower_ in OUTLET_PREPS
               for obj in prep.children if obj.dep_ == "pobj")


def _is_outlet(index: ActorIndex, obj) -> bool:
    """A news outlet or an organisation of no known sector: an organisation actor, else a name the tagger calls
    an organisation or a work ("The Harbor Ledger") that no organisation table gives another sector."""
    actor = index.actor_at(obj.i)
    if actor is not None:
        return actor.kind == "organization" and actor.sector in (None, "JRN")
    if obj.ent_type_ not in ("ORG", "WORK_OF_ART") or obj.pos_ != "PROPN":
        return False
    row = dictionaries.organization(obj.doc[obj.left_edge.i:obj.i + 1].text)
    return row is None or row.sector == "JRN"


def _writes_for_outlet(index: ActorIndex, root) -> bool:
    """ "Ann Roe wrote in The Ledger", "Ann Roe, writing for The Ledger, said"."""
    verbs = [c for c in root.children if c.dep_ in ("acl", "relcl", "advcl") and c.lemma_ in WRITING_VERBS]
    if root.dep_ == "nsubj":
        clause = root.head
        if clause.lemma_ in WRITING_VERBS:
            verbs.append(clause)
        # "Jack Pell, writing for The Ledger, said": the participle hangs on the clause the name is subject of
        verbs += [c for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in WRITING_VERBS]
    return any(_outlet(index, v) for v in verbs)


def _credited_contributor(root) -> bool:
    """ "Ann Roe contributed." / "Ann Roe contributed reporting from Boston.": a story's closing credit (a
    clause of its own: the name, the verb and no other object)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "contribute" or verb.dep_ != "ROOT":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp")]
    if any(c.lower_ not in CREDIT_OBJECTS for c in objects):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _piece_by(root) -> bool:
    """ "an article by Ann Roe", "a column by Ann Roe and Bo Li" (the second writer through "and")."""
    while root.dep_ == "conj":
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "by" and prep.head.lemma_ in PIECE_NOUNS
