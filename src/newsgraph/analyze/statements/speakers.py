"""Speakers the actor index does not give for a source mention as it stands.

* ``speaking_for``: a source that speaks for someone named with it (or a pronoun coreference
  resolved: "her campaign") -- "Brell's office", "representatives for Northwind" -- is that
  someone (an office has no voice of its own; a campaign or transition team the actor index holds
  as an organisation -- "the Brell campaign", "her campaign" -- speaks as itself); a spokesperson, and a person's lawyer or aide,
  stays a person of their own.
* ``titled_person``: a source that lists a person's titles before their name -- "chairman, chief
  executive and president Jane Roe", "Harbour Radio Vice President and Managing Editor Jane Roe" (capitalised
  titles), with or without an apposition after the name ("lobbyist and strategist Jane Roe, his former
  partner") -- is the named person, not the first title;
* ``appositive_name``: a description with the speaker's name in apposition -- "the group's
  parent company, Northwind Holdings", "his spokeswoman, Ana Ruiz" -- is the one named;
* ``name_inside``: a proper name the source is built on, with words before it that are no part
  of the name -- "the 14th-ranked Brell", "a defiant Brell" -- or a description after it -- "Mrs.
  Brell, the party's nominee", "Brell, who ran the campaign" -- is the one named;
* ``exemplar``: a plural description that gives one named person as its example -- "candidates like
  Tom Brell", "critics, including Sen. Ana Ruiz," -- is that person (two examples leave the description);
* ``someone_of``: a person noun a person's name only modifies -- "a Brell pollster", "500 Brell supporters",
  a headline's "Former Brell Pollster Says" -- is someone of theirs, never that person (the index gives
  the phrase its modifier's actor when it knows no other);
* ``named_before``: a proper name the index does not know as written, that is the whole, the start or the
  end of exactly one actor's name ("Northwind" for Northwind Logistics, "Brell" for Tom Brell), of one person
  beside bodies named after them ("Brell" beside the "Brell campaign"), of one name the index split in two,
  or the first name of exactly one person ("Tom" for Tom Brell).

All only read the final actor index (``ActorLookup``): they never create actors.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from newsgraph.analyze import syntax
from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.pairs import appositive_names, conjuncts, example_anchor, leading_name
from newsgraph.analyze.stages import ActorLookup
from newsgraph.model import Actor
from newsgraph.nlp.text import ents_within, kept_on_doc, text_of

#: nouns whose words are their owner's: "X's office", "representatives for X", "the X campaign"
#: (a person's lawyer or aide speaks as a person of their own: "her client is innocent")
SPEAKS_FOR = frozenset({"office", "representative", "rep", "campaign", "camp", "team", "staff", "spokespeople",
                        "representatives"})
OWNER_PREPS = frozenset({"for", "of"})
#: of those, the ones that are organisations of their own (a campaign has staff, money and statements
#: of its own, PLOVER codes it apart from the candidate; so has a transition team): the body when the
#: index has it as one (the actor stage makes a person's campaign one: "her campaign said")
ORGANIZATIONS_OF_THEIR_OWN = frozenset({"campaign", "camp", "team"})


def speaking_for(span, actors: ActorLookup) -> Optional[Actor]:
    """The owner a source speaks for (see the module docstring), or None."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or root.lemma_.lower() not in SPEAKS_FOR:
        return None  # "the Attorney's Office" is capitalised as part of its name
    if root.lemma_.lower() in ORGANIZATIONS_OF_THEIR_OWN:
        actor = actors.resolve(span)
        if actor is not None and actor.kind == "organization" \
                and any(m.start <= root.idx < m.end for m in actor.mentions):
            return actor  # "the Trump campaign said in a statement": the campaign the index knows
    doc = span.doc
    for owner in syntax.owners(root, OWNER_PREPS, proper_compounds=True):
        if owner.pos_ == "PRON":
            # "her campaign said": whom coreference gave the pronoun, a person or organisation
            actor = actors.resolve(doc[owner.i:owner.i + 1])
            if actor is not None and actor.kind in ("person", "organization"):
                return actor
            continue
        actor = actors.resolve(doc[owner.left_edge.i:owner.i + 1]) or named_before(
            doc[owner.left_edge.i:owner.i + 1], actors)
        if actor is not None:
            return actor
    return None


def coordinated(span, actors: ActorLookup) -> Optional[Actor]:
    """The group actor of named speakers joined in one source ("Ana Ruiz and Tom Brell said", "critics like
    Ana Ruiz and Tom Brell said"): the group with a mention that opens the coordination and ends at its
    last conjunct (the actor stage makes it for a coordinated speaker, ``actors.pairs``), or None."""
    root = span.root
    heads = [root] + [c for c in appositive_names(root) if span.start <= c.i < span.end]
    examples = example_anchor(root)
    if examples is not None and span.start <= examples.i < span.end:
        heads.append(examples)  # "critics like Ana Ruiz and Tom Brell": the two named
    reaches = []  # (first character, where its last name starts) of each coordination in the source
    for head in heads:  # "Ana Ruiz and Tom Brell", "the founders, Ana Ruiz and Tom Brell"
        conjs = [c for c in conjuncts(head) if span.start <= c.i < span.end]
        if conjs:
            reaches.append((head.left_edge.idx, conjs[-1].idx))
    first = leading_name(root)
    if first is not None and span.start <= first.left_edge.i:
        reaches.append((first.left_edge.idx, root.idx))  # "Ana Ruiz and Senate leader Tom Brell"
    for start, last in reaches:
        for actor in actors.to_list():
            if actor.kind == "group" and any(m.start == start and m.end <= span.end_char and m.end >= last
                                             for m in actor.mentions):
                return actor
    return None


def titled_person(span, actors: ActorLookup) -> Optional[Actor]:
    """The person named at the end of a list of titles (see the module docstring), or None.

    The name must close the source and be nobody's possessor or a preposition's object ("a lawyer
    for Jane Roe" speaks for her; "Jane Roe's lawyer" is not she)."""
    people = [e for e in ents_within(span) if e.label_ == "PERSON"]
    if len(people) != 1 or not (span.root.pos_ == "NOUN" or _capitalised_title(span.root, people[0])):
        return None
    person = people[0]
    tail = [t for t in span.doc[person.end:span.end] if not t.is_punct and not _in_apposition(t, person.root)]
    if tail or person.root.dep_ in ("poss", "pobj") or any(t.dep_ == "case" for t in person):
        return None
    node = person.root
    while node.i != span.root.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") or node.dep_ in ("relcl", "acl", "dobj", "nsubj", "ccomp"):
            return None  # "a party member who supports Jane Roe": the name is in a clause of its own
        node = node.head
    actor = actors.resolve(person)
    return actor if actor is not None and actor.kind == "person" else None


def _capitalised_title(root, person) -> bool:
    """Whether a proper-noun root outside the person's name is a title word ("Fox News Vice President and
    Managing Editor Bill Sammon": the parser coordinates the first title with the second and the name)."""
    if root.pos_ != "PROPN" or person.start <= root.i < person.end:
        return False
    row = dictionaries.sector_word(root.lower_)
    return row is not None and row.kind == "person"


def _in_apposition(token, name) -> bool:
    """Whether ``token`` is in an apposition to the name ("strategist Charlie Black, Manafort's former
    partner"): a description after the name, no part of the title list."""
    return any(a.dep_ == "appos" and a.head.i == name.i for a in [token, *token.ancestors])


#: honorifics before a surname ("Mr. King" is Charlie King): no part of the name itself
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})


def named_before(span, actors: ActorLookup) -> Optional[Actor]:
    """The one actor whose name is, starts or ends with ``span``'s proper name (an honorific before a
    surname left out: "Mr. King"), or None."""
    tokens = [t for t in span if not t.is_punct and t.lower_ != "the" and t.text not in ("'s", "’s")]
    if len(tokens) > 1 and tokens[0].lower_ in HONORIFICS:
        tokens = tokens[1:]
    words = [t.text for t in tokens if t.pos_ == "PROPN" or t.text[:1].isupper() and t.pos_ != "DET"]
    if not words or len(words) != len(tokens):
        return None  # only a bare name: "Northwind", "Brell", "the Harbour Board"
    n = len(words)
    found = []
    for actor in actors.to_list():
        name = actor.name.split()
        # an organisation by its first words ("Northwind"), a person by the last ("Brell")
        if len(name) >= n and (actor.kind != "person" and name[:n] == words
                              or actor.kind == "person" and name[-n:] == words):
            found.append(actor)
    if len(found) == 1:
        return found[0]
    return _one_of_namesakes(found, words) if found else _given_name(words, actors)


def _one_of_namesakes(found: list[Actor], words: list[str]) -> Optional[Actor]:
    """Several actors a bare name could be, that are one: the same name and kind twice (the index split
    one name: "Wealth-X" and "Wealth-X"), or one person and bodies named after them -- the bare surname
    itself ("Hannity" the tagger once took for an organisation beside Sean Hannity) or the surname and
    lower-case words ("Trump campaign") -- where the bare surname is the person's; a body with a proper
    name of its own ("Ford Motor" beside Gerald Ford) leaves the name open."""
    if all(a.name == found[0].name and a.kind == found[0].kind for a in found):
        return found[0]
    people = [a for a in found if a.kind == "person"]
    if len(people) != 1:
        return None
    for actor in found:
        rest = actor.name.split()[len(words):]
        if actor.kind != "person" and not all(w[:1].islower() for w in rest):
            return None
    return people[0]


def _given_name(words: list[str], actors: ActorLookup) -> Optional[Actor]:
    """The one person a single bare given name is the first word of ("Amadou" for Amadou Magassa), when no
    actor's name holds the word anywhere else: a first name alone is how feature stories name people."""
    if len(words) != 1:
        return None
    people = [a for a in actors.to_list() if words[0] in a.name.split()]
    if len(people) == 1 and people[0].kind == "person" and len(people[0].name.split()) >= 2 \
            and people[0].name.split()[0] == words[0]:
        return people[0]
    return None


def appositive_name(span, actors: ActorLookup) -> Optional[Actor]:
    """The actor named in apposition to a source headed by a common noun (see the module docstring)."""
    root = span.root
    if root.pos_ != "NOUN":
        return None
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and span.start <= child.i < span.end:
            name = syntax.proper_run(child)
            actor = actors.resolve(name) or named_before(name, actors)
            if actor is not None:
                return actor
    return None


def someone_of(span, actor: Optional[Actor]) -> bool:
    """Whether ``actor``, the index's answer for ``span``, is a person the source's head noun only belongs
    to (see the module docstring): the head is a common noun (or a capitalised word of a title-case
    headline), no body's name ("the Brell administration" speaks for the governor), that none of the
    person's mentions covers, and the person's name modifies it."""
    if actor is None or actor.kind != "person":
        return False
    root = span.root
    if not root.is_alpha:
        return False  # 'Brell:"We' run together by the tokenizer: no noun of anyone's
    if not (root.pos_ == "NOUN" or root.pos_ == "PROPN" and root.ent_type_ != "PERSON" and _title_case_line(root)):
        return False
    row = dictionaries.sector_word(root.lemma_.lower()) or dictionaries.sector_word(root.lower_)
    if row is not None and row.kind != "person":
        return False
    if any(m.start <= root.idx < m.end for m in actor.mentions):
        return False
    return any(c.dep_ in ("compound", "nmod", "amod") and c.i < root.i and any(
        m.start <= c.idx < m.end for m in actor.mentions) for c in root.subtree)


def _title_case_line(token) -> bool:
    """Whether ``token`` stands on a line whose every word of four letters or more is capitalised (a
    headline in title case, where the tagger takes common nouns for proper ones). Each line is read once
    per Doc (kept by its number): a long one-line text asks about many tokens of the same line."""
    text = text_of(token.doc)
    breaks = kept_on_doc(token.doc, _LINE_BREAKS_KEY, _line_breaks)
    line = bisect_left(breaks, token.idx)  # the line's number: the line breaks before the token
    known = kept_on_doc(token.doc, _TITLE_CASE_LINES_KEY, _no_lines)
    if line not in known:
        start = breaks[line - 1] + 1 if line else 0
        end = breaks[line] if line < len(breaks) else len(text)
        words = [w for w in text[start:end].split() if len(w) >= 4 and w[:1].isalpha()]
        known[line] = bool(words) and all(w[:1].isupper() for w in words)
    return known[line]


#: doc.user_data keys of the offsets of the text's line breaks, and of the lines whose title case
#: ``_title_case_line`` has read (line number -> answer)
_LINE_BREAKS_KEY = "newsgraph.line_breaks"
_TITLE_CASE_LINES_KEY = "newsgraph.title_case_lines"


def _line_breaks(doc) -> list[int]:
    text, breaks = text_of(doc), []
    at = text.find("\n")
    while at >= 0:
        breaks.append(at)
        at = text.find("\n", at + 1)
    return breaks


def _no_lines(doc) -> dict[int, bool]:
    return {}


#: prepositions that bring in a plural description's examples: "candidates like Brell", "critics, including
#: Ruiz" ("such as" is "as" after "such")
EXAMPLE_PREPS = frozenset({"like", "including"})


def exemplar(span, actors: ActorLookup) -> Optional[Actor]:
    """The one person a plural description names as its example (see the module docstring), or None."""
    root = span.root
    if root.pos_ not in ("NOUN", "PRON") or root.tag_ not in ("NNS", "NNPS") and root.lower_ != "others":
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or not (prep.lower_ in EXAMPLE_PREPS or prep.lower_ == "as" and prep.i > 0
                                       and prep.nbor(-1).lower_ == "such"):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1 or not span.start <= objects[0].i < span.end \
                or any(c.dep_ == "conj" for c in objects[0].children):
            return None  # "hawks like Ruiz and Brell": no one of them alone
        name = objects[0]
        if name.pos_ != "PROPN":
            return None
        name_span = syntax.proper_run(name)
        actor = actors.resolve(name_span) or named_before(name_span, actors)
        return actor if actor is not None and actor.kind == "person" else None
    return None


def name_inside(span, actors: ActorLookup) -> Optional[Actor]:
    """The actor named by the proper name a source is headed by (see the module docstring)."""
    root = span.root
    if root.pos_ != "PROPN":
        return None
    name = syntax.proper_run(root)
    if (name.start == span.start or name.start == span.start + 1 and span[0].lower_ == "the") \
            and not _described_after(name, span):
        return None  # the source is the name itself: the index had its say
    return actors.resolve(name) or named_before(name, actors)


def _described_after(name, span) -> bool:
    """Whether the source goes on after the name with a description of its own: "Mrs. Roe, the
    party's nominee", "Roe, who ran the campaign" (the index knows the name, not the whole phrase)."""
    rest = span.doc[name.end:span.end]
    return len(rest) > 1 and rest[0].text == "," and any(t.dep_ in ("appos", "relcl", "acl") for t in rest)


