"""Documents and data as sources: whose words, if anyone's, "the report said" gives.

Records, filings, returns, photos, a website or a newsroom's own review of figures hold facts,
not anyone's words: "according to state corporate records", "photos show", "the company website
suggests" report evidence, a belief frame (kept, not shown). A document a body issues -- a
statement, a letter, a report, a summary, a poll -- speaks for that body, as PolNeAR and PLOVER
read it: "according to an FBI summary of its investigation" is the FBI writing; a poll or survey is data
("a Times/CBS News poll found": what people answered, counted, still named for the pollster); a plan or a proposal speaks for whoever made it ("according to her
plan"). The issuer is the one named with the document (a proper-noun compound "FBI summary", a
possessor "the agency's report", "a report by X", the name a person noun is given "a lawsuit filed
by a former staffer named Jane Roe", whatever the tagger labelled it); with none named,
the statement keeps the document's old rules (the last speaker for "the statement", evidence
for "the study shows"). The actor stage may index a document itself as an actor ("FBI
summary"); such an actor is never the speaker.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import resources, syntax
from newsgraph.analyze.stages import ActorLookup
from newsgraph.model import Actor

#: sources that hold facts, not words: what they show is evidence, never speech
DATA_SOURCES = frozenset({
    "record", "records", "filing", "filings", "data", "return", "returns", "photo", "photograph", "video",
    "footage", "image", "picture", "website", "webpage", "page", "profile", "listing", "log", "database",
    "document", "documents", "review", "analysis", "tally", "count", "census", "statistic", "statistics", "map",
    "chart", "receipt", "invoice", "ledger", "spreadsheet", "registry", "register",
    # a poll's or survey's finding is what people answered, counted: evidence, not the pollster's words (blind
    # reviews of the development sets, twentieth session: 5 of 5 shown "according to a CNN poll", "a YouGov
    # poll revealed" rows judged not speech)
    "poll", "polls", "polling", "survey", "surveys"})
#: documents a body issues to speak: its words, written (the issuer speaks through them)
ISSUED_DOCUMENTS = frozenset({
    "statement", "release", "letter", "email", "message", "note", "cable", "memo", "memorandum", "tweet", "summary", "report", "reporting",
    "study", "complaint", "indictment", "affidavit", "lawsuit", "suit", "motion", "brief",
    "ruling", "opinion", "order", "notice", "assessment", "audit", "article", "story", "editorial", "column",
    "advertisement", "ad", "transcript", "plan", "proposal"})
#: nouns of the shipped act and thing tables that do carry someone's words or name a body of people:
#: "his speech warned", "the interview", "the campaign ad says", "the opposition said"
WORDS_CARRIERS = frozenset({
    "speech", "address", "remark", "remarks", "comment", "interview", "warning", "statement", "opposition",
    "news", "story", "headline", "account", "version", "narrative", "summary", "transcript", "excerpt", "coverage",
    "reporting", "record", "records", "document", "documents", "filing", "filings", "disclosure", "return",
    "returns", "answer", "question", "proposal", "plan", "offer", "request", "demand", "appeal", "call", "pledge",
    "promise", "vow", "threat", "investigation", "inquiry", "probe", "hearing", "review", "audit", "examination"})


@resources.cached()
def speechless_heads() -> frozenset[str]:
    """Head nouns of sources that speak for no one: acts, events, stances, results (``act_heads.txt``) and
    things, quantities, trends (``inanimate_heads.txt``), less the nouns that carry words or name a body
    (``WORDS_CARRIERS``) and the documents handled above."""
    words = set()
    for table in ("act_heads.txt", "inanimate_heads.txt"):
        words.update(w.lower() for line in resources.text(table).splitlines() if not line.startswith("#")
                     for w in line.split())
    return frozenset(words - WORDS_CARRIERS - DATA_SOURCES - ISSUED_DOCUMENTS)


def speechless_source(root) -> bool:
    """Whether a source is headed by a common noun for an act, a stance, a trend or a thing: "the resistance
    underscores a challenge", "the tone of his text echoed", "the insecurity has challenged key beliefs",
    "the attack indicates": a cue verb said of it reports no one's words (a belief, not shown)."""
    return root.pos_ == "NOUN" and (root.lemma_.lower() in speechless_heads() or root.lower_ in speechless_heads())


#: how an issuer is named with a document: "a report by X", "a letter from X", "a story in X"
ISSUER_PREPS = frozenset({"by", "from", "in", "of", "at"})
#: who issues a document (a group of people is named with a document as its subject, not its author:
#: "a poll of voters")
ISSUER_KINDS = frozenset({"person", "organization"})


def document_kind(root) -> Optional[str]:
    """"data" for a source headed by a record or other data, "issued" for a document a body
    issues, None for anything else (a person, an organisation, "the paper" as an outlet)."""
    if root.pos_ != "NOUN":
        return None
    for word in (root.lower_, root.lemma_.lower()):
        if word in DATA_SOURCES:
            return "data"
        if word in ISSUED_DOCUMENTS:
            return "issued"
    return None


def document_issuer(span, actors: ActorLookup) -> Optional[Actor]:
    """The actor that issued the document ``span`` is headed by, named with it, or None. Never
    an actor whose mention is the document itself, nor a country ("a Turkish report")."""
    root = span.root
    doc = span.doc
    for owner in [*syntax.owners(root, ISSUER_PREPS, proper_compounds=True), *_participle_agents(root)]:
        if owner.pos_ == "PRON":
            words = doc[owner.i:owner.i + 1]
        else:
            start = owner.left_edge.i if owner.dep_ != "compound" else _compound_start(owner)
            words = doc[start:owner.i + 1]
        actor = _named_in(owner, actors) or actors.resolve(words)
        if actor is None or actor.kind not in ISSUER_KINDS:
            continue
        if any(m.start <= root.idx < m.end for m in actor.mentions):
            continue  # the document indexed as an actor ("FBI summary")
        return actor
    return None


#: participles of issuing a document: their agent is its issuer ("reviewed by", "obtained by" name a reader)
ISSUING = frozenset({"file", "release", "send", "issue", "write", "sign", "publish", "submit", "post", "author",
                     "draft", "prepare", "conduct", "produce", "bring", "compile", "report", "commission", "deliver"})


def _participle_agents(root):
    """The agents of a participle of issuing on a document: "the lawsuit filed by X", "a memo released
    Friday by X" (not "a copy reviewed by X": a reader is no issuer)."""
    for child in root.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > root.i and child.lemma_.lower() in ISSUING:
            for agent in child.children:
                if agent.dep_ == "agent":
                    yield from (g for g in agent.children if g.dep_ == "pobj")


def _named_in(owner, actors: ActorLookup) -> Optional[Actor]:
    """The one person or organisation named inside a described issuer ("a former staffer named Jane
    Roe", "the board's watchdog, Ana Ruiz"), or None."""
    if owner.pos_ != "NOUN":
        return None
    inside = [e for e in owner.doc.ents if owner.left_edge.i <= e.start and e.end <= owner.right_edge.i + 1
              and not _in_clause(e.root, owner)]
    # the name the noun is called by, whatever the tagger labelled it, when the actor index has it as a person
    called = [e for e in inside if _names_the_person(e, owner)]
    actor = actors.resolve(called[0]) if len(called) == 1 else None
    if actor is not None and actor.kind == "person":
        return actor
    names = [e for e in inside if e.label_ in ("PERSON", "ORG")]
    return actors.resolve(names[0]) if len(names) == 1 else None


def _names_the_person(name, owner) -> bool:
    """Whether a person's name is what a person noun is called ("a former staffer named Jane Roe, an
    Air Force major": the one person, whatever organisation the apposition names after it)."""
    called = syntax.noun_called(name)
    return called is not None and called.i == owner.i or name.root.dep_ == "appos" and name.root.head.i == owner.i


def _in_clause(token, owner) -> bool:
    """Whether ``token`` stands in a clause of its own under ``owner`` ("a major who Roe fired")."""
    while token.i != owner.i and token.head is not token:
        if token.dep_ in ("relcl", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def _compound_start(token) -> int:
    """Where the proper-noun compound ``token`` ends starts ("New York Times" of "New York Times poll")."""
    start = token.i
    doc = token.doc
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].head.i in (token.i, start):
        start -= 1
    return min(start, token.left_edge.i)
