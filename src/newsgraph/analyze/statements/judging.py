"""Verbs of judging ("criticised", "praised", "blasted", "condemned"): their target and their charge.

A verb of judging reports words said about its target. What a reader (and the blind check's reviewers)
takes for what was said depends on the target and on what comes with it:

* a charge ("accused the mayor of fraud", "blamed the board for raising fees", "criticised Holt for the
  delay", "slammed the council over the closures") is what was said: the target and the charge are
  the content (``judged_over``; ``charge_after`` finds one the writer's adjuncts set apart from the
  object, "blasted the agency on Tuesday for its decision");
* a matter as target ("blasted the new fees", "condemned the attack") is what the words were against
  or for: the matter is the content;
* someone as target ("criticised Holt", "praised the officers") is whom the words were about, not what
  they said (``someone_targeted``): with nothing else, no words are reported.

Pure functions over spaCy tokens; the person and body words come from the actor coding tables.
"""
from __future__ import annotations

from newsgraph.analyze.actors.dictionaries import tables as coding_tables
from newsgraph.analyze.statements.content_choice import TIME_NOUNS
from newsgraph.analyze.statements.cue_clauses import AUDIENCES, PERSON_ENTITIES, PRONOUN_LIKE, SOURCE_PEOPLE

# Verbs of judging someone or something (and "describe"): with only a noun phrase as complement the
# phrase is the target of the words, not the words. Telling or talking about a matter ("spoke to
# reporters about the flooding") keeps the matter as its content.
TARGET_VERBS = frozenset(
    "praise hail laud applaud commend salute congratulate thank welcome criticize criticise condemn denounce "
    "decry deplore slam blast lash attack assail castigate rebuke scold chide berate fault blame mock ridicule "
    "accuse defend describe question".split()
)
# Of the verbs of judging (``TARGET_VERBS``), the ones whose target alone says nothing of what was said:
# "defended her vote" (an act as often as words), "described the meeting" (what it was said to be like
# is not given). With only a target they stay a belief even with a speaker. The others with a speaker
# and only a matter as target ("Ortiz blasted the new fees", "condemned the attack") are a speech act
# whose content is the matter judged (blind labels and PolNeAR gold count them); with someone as
# target ("criticised Holt") or without a speaker they stay a belief (see ``someone_targeted``).
ACT_TARGET_VERBS = frozenset({"defend", "describe"})
# Their for- or over-phrase is no charge either ("described the plans for the port"): the others judge.
JUDGING_VERBS = TARGET_VERBS - ACT_TARGET_VERBS
#: the prepositions of a verb of judging whose object is the charge ("criticised Holt for the delay",
#: "slammed the council over the closures")
CHARGE_PREPOSITIONS = ("for", "over")
#: entity types of names that are things, not someone ("the Affordable Care Act", "Brexit")
THING_ENTITIES = frozenset({"LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC"})
#: people named by where they stand to someone, words the sector table leaves out ("his rivals", "her critics")
RELATION_PEOPLE = frozenset("rival opponent critic ally supporter backer donor friend enemy foe challenger "
                            "incumbent contender hopeful frontrunner front-runner democrat republican "
                            "conservative liberal fan family wife husband son daughter people crowd".split())


def judged_over(prep) -> bool:
    """Whether a for- or over-phrase names what someone is judged for ("for the delay", "over the
    closures"), not a time ("for years", "over the weekend", "for the second time")."""
    return prep.lower_ in CHARGE_PREPOSITIONS and any(
        g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in TIME_NOUNS
        and not any(t.ent_type_ in ("DATE", "TIME") for t in g.subtree) for g in prep.children)


def charge_after(verb, last):
    """The charge of a verb of judging that stands after its object, set apart from it only by the
    writer's adjuncts of time or manner or by commas ("blasted the agency on Tuesday for its decision",
    "assailed a judge, Ana Pell, for her ruling"), or None."""
    if verb.lemma_.lower() not in JUDGING_VERBS:
        return None
    for child in verb.rights:
        if child.i <= last.right_edge.i:
            continue
        if child.dep_ == "prep" and judged_over(child):
            return child
        if child.dep_ in ("npadvmod", "advmod", "punct") or child.dep_ == "prep" and _time_phrase(child):
            continue
        return None
    return None


def _time_phrase(prep) -> bool:
    """A prepositional phrase of time ("on Monday", "in June")."""
    return all(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_NOUNS or t.pos_ in ("ADP", "DET", "NUM")
               for t in prep.subtree)


def someone_targeted(head) -> bool:
    """Whether a judging verb's objects all name someone -- a person, a group, a body, a country
    ("criticised Holt", "praised the officers", "slammed the city council") -- rather than a matter
    ("blasted the new fees", "condemned the attack on the convoy"). Blind reviewers take the matter
    judged for what was said of it, but not the one judged with nothing said of them (the judged rows
    of dev sets 1-4 and stlab9; see test_statement_object_speech_acts.py)."""
    objects = [c for c in head.children if c.dep_ == "dobj"] if head is not None else []
    targets = [t for o in objects for t in (o, *o.conjuncts)]
    return bool(targets) and all(_names_someone(t) for t in targets)


def _names_someone(noun) -> bool:
    """A personal pronoun, a name of a person, a group, a body or a country, or a noun the sector table
    knows as a person, a group or an organisation ("the officers", "the administration"); a body or a
    name someone owns is a matter of theirs ("Obama's presidency", "Roosevelt's New Deal"), a person
    or a group they have is someone ("his rivals", "the mayor's aides")."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in PRONOUN_LIKE
    if any(c.dep_ == "case" for c in noun.children):
        return False  # "condemned ISIS's targeting of ...": the parser's object is the possessor
    sectors = coding_tables().sectors
    row = sectors.get((noun.lemma_.lower(),)) or sectors.get((noun.lower_,))
    people = noun.lemma_.lower() in RELATION_PEOPLE | AUDIENCES | SOURCE_PEOPLE or noun.lower_ in SOURCE_PEOPLE
    if any(c.dep_ == "poss" for c in noun.children):
        return noun.ent_type_ == "PERSON" or people or row is not None and row.kind in ("person", "group")
    if noun.ent_type_ in PERSON_ENTITIES or noun.pos_ == "PROPN" and noun.ent_type_ not in THING_ENTITIES:
        return True
    return people or row is not None
