"""Sources that are no speaker: a common noun for neither someone, a body, a group nor a document.

A speech cue said of a thing reports no one's words: "a quiz asked readers to guess", "the areas that
were hacked suggested", "part of being a leader is admitting mistakes", "the hacker whose mischief first
revealed", "the numbers show". The blind reviews of the released sets 10-14 and stlab11 judged such shown
rows wrong (twenty-first session: 9 rows on 8 documents whose source is no speaker, 8 on 8 where a thing
or a document is one). ``documents.speechless_source`` catches the heads its hand-written act and thing
tables list; this module reads the other way round, by what a speaker CAN be, so that a head no table
lists is still caught: a source can speak when its head is

* not a common noun (a name, a pronoun, a number, a handle: other rules read those), tagged a person, an
  organisation, a nationality or a place by the entity recogniser, or a name the tagger took for a noun
  (capitalised inside a sentence; at its start, all capitals or with no article or modifier: "Ruiz said",
  "VOSS:"; not "Part of the job is");
* owned or named by a name ("a Pentagon readout", "the NFL legend", "a slice of Hollywood"), or a web address;
* a count or collection of ones who can speak ("hundreds of demonstrators", "a wide array of economists");
* a noun for a person or a body: the people nouns, the sector table (titles, roles, groups, bodies),
  the organisation heads of the actor index (``coref.GENERIC_ORGANIZATION_HEADS``, the institution
  endings, the body agent nouns), a short class of people, group and body nouns the tables leave out as
  ambiguous (``PEOPLE_AND_BODIES``: "a source", "the crowd", "both sides", "the board"), a compound ending
  in such a word ("superdelegate"), or an agent noun by its ending ("-er", "-or", "-ist", "-ian", "-ant",
  "-ent", "-ate", "-ess": "insider", "narrator", "participant", "associate", "actress");
* a document that speaks for its author or holds facts (``documents``: "the statement", "the ad", "the
  poll"; ``nested.DOCUMENT_HEADS``), a written work (``WRITTEN_WORKS``: "the book", "the petition"), or a
  noun that carries words ("the speech", "the interview");
* or it resolves to an actor with a name that is not the phrase itself (an index that made "the automaker"
  Ford knows better; the index also makes actors of "quiz" and "Part of the problem", so only a capitalised name counts).

Any other common-noun head is no speaker: the statement is kept as evidence or a belief (not shown),
as "polls are evidence" was done (``documents.DATA_SOURCES``).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import resources
from newsgraph.analyze.statements.documents import DATA_SOURCES, ISSUED_DOCUMENTS, WORDS_CARRIERS
from newsgraph.model import Actor

#: nouns for people, groups and bodies that the shared tables leave out because they also name things
#: ("the board", "a star", "the host", "the state", "both sides": the tables of things avoid them for the
#: same reason) or that name the unnamed ("a source"); collective and measure nouns ("a trio", "a handful")
#: speak for the people they count
PEOPLE_AND_BODIES = frozenset("""source insider crowd mob side camp board panel jury council force state city town
county village province region nation country public mainstream establishment star host celebrity
heavyweight denizen rabbi priest pastor cleric imam clergy trio duo pair couple handful dozen score
majority minority half rest service leadership legend boy girl teen youth baby hand""".split())
#: written works that speak for their author as a letter does (WordNet's noun.communication, its written
#: works): "the book accuses", "the petition says", "according to a congressional timeline"
WRITTEN_WORKS = frozenset("""book memoir biography autobiography novel petition declaration manifesto
timeline playbook missive law bill act resolution schedule script guide manual handbook pamphlet brochure
flyer newsletter blog pitch copy draft""".split())
#: what a description has and a name lacks ("Part of the job", "Another ranking", "Parts that broke")
DESCRIPTION_DEPS = frozenset({"prep", "det", "amod", "relcl", "poss", "compound"})
#: how many "of" phrases a count of people is read through ("hundreds of dozens of demonstrators")
MAX_COUNTS = 3
#: determiners of a thing referred to, not of a count ("the chorus of candidates", "this wave of critics")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: entity types of someone who can speak (a country speaks through its government)
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: endings of agent nouns: a word so ending names a doer (the safe reading: only precision is at stake)
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "ess", "ers", "ors", "ists", "ians",
                 "ants", "ents", "ees", "esses", "ate", "ates", "en")


def is_thing_source(root, actor: Optional[Actor] = None, _counts: int = 0) -> bool:
    """Whether a source headed by ``root`` (a spaCy token) names no one who can speak (see the module
    docstring); ``actor`` is the speaker the statement resolved to, if any. A count is read through at most
    ``MAX_COUNTS`` "of" phrases ("a handful of dozens of farmers"), so no parse can make it recurse deeply."""
    common = root.pos_ == "NOUN" or root.pos_ == "PROPN" and root.text.islower()  # "cyber-mischief" tagged PROPN
    if not common or root.ent_type_ in SPEAKER_ENTITIES or root.text.startswith("@"):
        return False  # a name, a pronoun, a handle ("@janeroe")
    if root.text[:1].isupper() and (not root.is_sent_start or root.text.isupper() or not any(
            c.dep_ in DESCRIPTION_DEPS for c in root.children)):
        return False  # a name the tagger took for a common noun ("Ruiz said", "VOSS:"; not "Part of the job is")
    if actor is not None and actor.name[:1].isupper() and (actor.kind == "person"
                                                            or _letters(actor.name) not in _phrases(root)):
        return False  # "the automaker" the index made Ford (not a sentence's first words taken for a name)
    if "." in root.text or any(_named(c) and c.text[:1].isupper() for c in root.children
                               if c.dep_ in ("compound", "poss", "nmod", "amod")):
        return False  # "a Pentagon readout", "the NFL legend", "Blaze co", "ouest-france.fr": the named one's
    counted = [g for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    if any(_named(g) for g in counted):
        return False  # "a slice of Hollywood", "the city of Nice": the named ones speak
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in root.children) and any(
            not is_thing_source(g, _counts=_counts + 1) for g in counted if g.tag_ == "NNS" and _counts < MAX_COUNTS):
        return False  # "hundreds of demonstrators", "a wide array of economists": the counted ones speak
        # (in the plural, "the areas of the regulator's network" counts no one; "the chorus of candidates
        # blasting him suggests" is a fact that suggests, not a count of speakers)
    words = {root.lower_, root.lemma_.lower()}
    if any(not w.isascii() for w in words):
        return False
    return not any(_can_speak(w) for w in words)


def _phrases(root) -> set[str]:
    """The letters of ``root``'s phrase, with and without its article: the actor index names a description
    by them ("Part of the problem", "quiz"), a name by something else ("Donald Trump" for "Trump")."""
    words = list(root.doc[root.left_edge.i:root.right_edge.i + 1])
    out = {_letters(" ".join(t.text for t in words))}
    while words and words[0].dep_ == "det":
        words = words[1:]
        out.add(_letters(" ".join(t.text for t in words)))
    return out


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _named(token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in SPEAKER_ENTITIES


def _can_speak(word: str) -> bool:
    """Whether a lower-case head noun names a person, a body, a group or a document that speaks."""
    from newsgraph.analyze.actors import dictionaries
    from newsgraph.analyze.actors.coref import GENERIC_ORGANIZATION_HEADS
    from newsgraph.analyze.actors.organization_descriptions import INSTITUTION_ENDINGS
    from newsgraph.analyze.actors.phrases import BODY_AGENT_NOUNS
    from newsgraph.analyze.actors.phrases import DOCUMENT_HEADS as ACTOR_DOCUMENT_HEADS
    from newsgraph.analyze.statements.nested import DOCUMENT_HEADS
    from newsgraph.analyze.statements.sources import SPEAKING_NOUNS

    base = word.split("-")[-1]  # "co-founder", "cyber-mischief": the last part is the head
    if base in PEOPLE_AND_BODIES or base in WRITTEN_WORKS:
        return True
    # a compound ending in a word for someone ("superdelegate", "congresswoman", "newsman")
    suffixes = {base[k:] for k in range(1, len(base) - 5)}  # six letters or more: not "chief" of "mischief"
    if suffixes & (resources.people_nouns() | PEOPLE_AND_BODIES) or any(
            dictionaries.sector_word(w) is not None for w in suffixes):
        return True
    for w in {word, base}:
        if w in resources.people_nouns() or dictionaries.sector_word(w) is not None or w in SPEAKING_NOUNS:
            return True
        if w in GENERIC_ORGANIZATION_HEADS or w in INSTITUTION_ENDINGS or w in BODY_AGENT_NOUNS:
            return True
        if w in DOCUMENT_HEADS or w in ACTOR_DOCUMENT_HEADS or w in ISSUED_DOCUMENTS \
                or w in WORDS_CARRIERS or w in DATA_SOURCES:
            return True
        if w.endswith(AGENT_ENDINGS):
            return True
    return False

