"""Participant words -> actors, read through the final actor index (``ActorLookup``) only.

The actor and recipient of an event are the actors the article's index resolves their phrases to:
the phrase itself, the head alone, a name inside it ("US preconditions" -> USA), a pronoun's antecedent
named earlier in the sentence, or the country of a place attacked or occupied (``country_actor``).
Nothing here creates an actor or adds a mention: a phrase the actor stage did not make an actor is none.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.coding import KIN, RELATIONS
from newsgraph.analyze.events.found import Found
from newsgraph.analyze.events.lexicon import VERBAL
from newsgraph.analyze.events.owners import author, owner
from newsgraph.analyze.events.participants import (
    QUANTITY_HEADS,
    first_child,
    is_passive,
    is_someone,
    of_member,
    prep_object,
    someone_after,
)
from newsgraph.analyze.events.pronouns import (
    object_pronoun_antecedent,
    party_person,
    pronoun_antecedent,
    relative_reporter,
)
from newsgraph.analyze.events.references import (
    BODIES,
    antecedent,
    nearest_mention,
    pronoun_of_a_thing,
)
from newsgraph.analyze.events.relations import (
    aimed_preps,
    candidate_description,
    on_other_side,
    opposite_number,
    under_someone_else,
)
from newsgraph.analyze.events.spans import noun_phrase
from newsgraph.analyze.events.subjects import paragraph_between
from newsgraph.analyze.events.targets import STRUCK, blamed_on, claimant, helped, measure_target, struck_thing
from newsgraph.analyze.events.targets import complement as complement_of
from newsgraph.model import Span
from newsgraph.nlp.text import text_of

TARGET_PREPS = {"to", "with", "against", "on", "for", "from", "upon", "toward", "towards", "into"}
AIMED_PREPS = TARGET_PREPS | {"at"}  # a shot or a throw is aimed "at" someone ("fired tear gas at protesters")
THROWS = {"fire", "shoot", "throw", "hurl", "lob", "launch"}
#: indefinite pronouns: they take up no actor named before them
NO_ONE_IN_PARTICULAR = {"nobody", "somebody", "anybody", "everybody", "someone", "anyone", "everyone", "noone",
                        "whoever", "whomever"}  # a free relative ("an ally of whoever backs him"): no one named


#: people named by their tie to someone ("Sanders's supporters", "Trump voters", "his students"): a
#: possessor or name before them is that someone, not one of them (relatives: ``KIN``)
FOLLOWERS = RELATIONS | {"supporters", "backers", "followers", "fans", "voters", "students", "donors", "loyalists",
                         "admirers", "devotees", "disciples", "detractors", "delegates", "superdelegates",
                         "supporter", "backer", "follower", "fan", "voter", "student", "donor", "loyalist"}


def participant(token, actors, avoid: Optional[str] = None, places: Optional[dict] = None,
                 someone_only: bool = False, doer: bool = False):
    """(actor id, span) for the phrase ``token`` heads; the span is the phrase's when no actor is found.

    ``avoid`` is the other side's actor id: a recipient is not the actor itself, and a pronoun is
    preferably read as someone of another country ("Moscow will not accept his conditions").
    ``someone_only``: a phrase that is no actor gives no span when it names a thing (recipients: PLOVER's
    recipient is an entity; an actor may be "a car bomb"). ``doer``: the phrase does the act, and people
    named by their tie to someone ("Sanders's supporters") do their own acts, not that someone's (as the
    one acted on, labellers take the someone: "protected Ford's delegates" acts for Ford)."""
    if token is None:
        return None, None
    token = _copula_subject(token)
    phrase = noun_phrase(token)
    other = _actor_by_id(actors, avoid)
    pronoun = token if token.pos_ == "PRON" else next(
        (c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pronoun is not None and pronoun is not token and (token.lower_ in KIN or doer and token.lower_ in FOLLOWERS
                                                         or not doer and opposite_number(token)):
        pronoun = None  # "tried to arrest her sister", "endorsed her challenger": someone other than "her"
    if token.lower_ in NO_ONE_IN_PARTICULAR or _nobodys_pronoun(token):
        return None, None  # "nobody has been arrested", "someone who believed ...": no one the text names
    reporter = relative_reporter(token, actors) if doer and pronoun is token else None
    if reporter is not None and reporter[0] is None:
        # "the superdelegates who've said they support Clinton": the superdelegates, whom the index does
        # not list; not someone named before them
        return None, Span.from_spacy(reporter[1])
    if pronoun is not None and pronoun.lower_ not in ("it", "that", "which", "this", "what", "its"):
        actor, span = pronoun_antecedent(pronoun, actors, other)
        if actor is not None and actor.id != avoid:
            return actor.id, Span.from_spacy(span)
    if pronoun is token and (avoid is not None or someone_only):
        earlier = object_pronoun_antecedent(token, actors, avoid)
        if earlier is not None:  # "... 800 students. Police threatened to fire on them": the students
            return earlier.id, Span.from_spacy(phrase)
    if pronoun is not None and pronoun.lower_ == "its" and pronoun.dep_ == "poss":
        # "the FBI ... its investigation": the body or country named last before it
        actor = nearest_mention(pronoun, actors, avoid, kinds=BODIES, sentences=1)
        if actor is not None:
            return actor.id, Span.from_spacy(phrase.doc[pronoun.i:pronoun.i + 1])
    candidate = party_person(token, phrase, actors)
    if candidate is not None and candidate.id != avoid:
        # "the GOP nominee": the party's person, when the story titles someone so ("Republican
        # presidential nominee Donald Trump"); else (below) the party, as CAMEO codes a party's candidate
        return candidate.id, Span.from_spacy(phrase)
    if (someone_only or avoid is not None) and candidate_description(token, phrase):
        # "lashed out at the GOP nominee" where the story titles no one so: the person coreference found,
        # else a person the index does not list, not the party (a recipient left empty rather than wrong)
        described = _resolve(actors, phrase)
        if described is not None and described.kind == "person" and described.id != avoid:
            return described.id, Span.from_spacy(phrase)
        return None, Span.from_spacy(phrase)
    if places and (doer or not opposite_number(token)):  # "the country's neighbour" is not that country
        actor, span = _territory_actor(phrase, actors, places)
        if actor is not None and actor.id != avoid:
            return actor.id, Span.from_spacy(span)
    member = _counted_member(token)
    followed = _followed(member if member is not None else token, actors) if doer else set()
    if member is not None:  # "thousands of workers in Chile": the workers, not the place they are in
        for span in (noun_phrase(member), phrase.doc[member.i:member.i + 1]):
            actor = _resolve(actors, span)
            if actor is not None and actor.id != avoid and actor.id not in followed:
                return actor.id, Span.from_spacy(phrase)
    for span in _actor_spans(phrase, token, followers_apart=doer):
        actor = _resolve(actors, span)
        if actor is not None and actor.id != avoid and actor.id not in followed:
            if len(span) == 1 and span.root.head.i == token.i and token.lemma_.lower() in NATION_PEOPLE:
                span = phrase  # "the American public": the nation's people, the whole phrase
            return actor.id, Span.from_spacy(span)
    actor, span = _coded_actor(phrase, actors, whose_only=not doer)
    if actor is not None and actor.id != avoid and actor.id not in followed:
        return actor.id, Span.from_spacy(span)
    if token.dep_ == "appos" and token.head.i != token.i and token.pos_ == "NOUN":
        # "the Alliance, a group that has applauded ...": the group is the name it stands beside
        return participant(token.head, actors, avoid=avoid, places=places, someone_only=someone_only)
    actor = _counted_group(token, actors, avoid)
    if actor is not None:
        return actor.id, Span.from_spacy(phrase)
    # no actor: the phrase still says who, unless it names a thing ("a travel restriction")
    return None, (Span.from_spacy(phrase) if not someone_only or is_someone(token) or token.lower_ in KIN
                  or opposite_number(token) else None)


def _followed(head, actors) -> set:
    """Ids of the ones whose supporters, voters or students ``head`` names ("Mr. Sanders's supporters",
    "Trump supporters"): the possessor or a person's name before the head, which a phrase's resolution
    may return for the whole phrase; empty for other heads."""
    if head.lower_ not in FOLLOWERS:
        return set()
    found = set()
    for named in head.children:
        if named.pos_ == "PRON" or named.dep_ not in ("poss", "nmod", "compound") \
                or named.dep_ == "compound" and named.pos_ != "PROPN":
            continue
        actor = _resolve(actors, named.doc[named.left_edge.i:named.i + 1])
        # a person's name before the head ("Trump supporters"), any possessor ("the GOP's critics"); not
        # a body the people belong to ("GOP critics")
        if actor is not None and (named.dep_ != "compound" or actor.kind == "person") \
                and head.lemma_.lower() not in actor.name.lower().split():
            found.add(actor.id)  # (not an actor the index named by the whole phrase: "Texas voter")
    return found


def _nobodys_pronoun(token) -> bool:
    """A subject "he"/"she" of a clause under a relative clause about no one in particular: "someone who
    believed if he killed the President": he is that someone (the subject of the clause above it), not a
    person the story named before."""
    if token.pos_ != "PRON" or token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = token.head
    for _ in range(3):
        if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
        subject = first_child(clause, ("nsubj",))
        if subject is not None:
            return subject.lower_ in ("who", "that") and clause.dep_ == "relcl" \
                and clause.head.lower_ in NO_ONE_IN_PARTICULAR
    return False


def _counted_group(token, actors, avoid: Optional[str]):
    """The group named earlier with the same count that a counted phrase the index does not list takes
    up again ("six activists were detained ... the six people were charged"): the nearest such group."""
    count = next((c.lower_ for c in token.children if c.dep_ == "nummod" and c.like_num), None)
    if count is None or token.tag_ not in ("NNS", "NNPS") or not is_someone(token):
        return None
    best, best_end = None, -1
    for actor in actors.to_list():
        if actor.kind != "group" or actor.id == avoid:
            continue
        for mention in actor.mentions:
            words = mention.text.lower().split()
            if mention.end <= token.idx and count in words and mention.end > best_end:
                best, best_end = actor, mention.end
    return best


def best_recipient(found: Found, actors, actor: Optional[str], places: Optional[dict] = None):
    """The recipient the pattern chose when it is someone ("freed prisoners"); when it is a thing or
    missing ("returned artifacts to the government of Iraq", "provided funding to Lebanon"), an actor
    named as the target of a preposition near the trigger; else the pattern's phrase."""
    laid_on = blamed_on(found.head) if found.type == "ACCUSE" else None
    if laid_on is not None:
        # "blamed Trump's decline on the news media": the one the fault is laid on, not the owner of the fault
        # (when the index lists no one there, "blamed the decline on the economy", no one else is blamed)
        return with_conjuncts(participant(laid_on, actors, avoid=actor, places=places, someone_only=True), laid_on)
    token = antecedent(found.recipient)
    if token is None:
        token = passive_adjunct_patient(found.head)
    heads = [found.head]
    if found.absorbed:
        # a frame ("threatened to close the border with X"): the target may hang on its complement
        inner = complement_of(found.head)
        if inner is not None and inner.pos_ == "VERB" and inner.i in found.absorbed:
            heads.append(inner)
    if token is not None and _own_forces(found, token):
        # "deployed troops to X", "(willing to) withdraw its troops from X": the troops are the actor's;
        # the target is where they go or leave, named beside the verb that moves them
        if token.head.i != found.head.i:
            heads.append(token.head)
        token = None
    if token is not None and (is_someone(token) or opposite_number(token) or _listed_someone(token, actors, actor)):
        candidate = with_conjuncts(participant(token, actors, avoid=actor, places=places, someone_only=True), token)
        if candidate[0] is not None:
            return candidate
        # someone the index does not list, named by what they are to an actor ("recalled its ambassador
        # to Somalia", "expelled diplomats from the Somali embassy"): that actor; not a name inside the act
        # the trigger's own object is asked or made to do ("urged a neighbouring state to watch X": the
        # state is asked, X is what it is asked about)
        own_object = token.head.i == found.head.i
        for head in [token] + [h for h in heads if not own_object or h.i == found.head.i]:
            for obj in _prepositional_targets(head, skip=token, preps=TARGET_PREPS | {"of"}):
                other = participant(obj, actors, avoid=actor, places=places, someone_only=True)
                if other[0] is not None and not pronoun_of_a_thing(obj):
                    return other
        return candidate
    if token is not None and found.type in WELCOMING:
        # "welcomed the release of hostages by insurgents": a good act is welcomed for whom it is done to
        done_to = beneficiary(token)
        if done_to is not None:
            candidate = participant(done_to, actors, avoid=actor, places=places, someone_only=True)
            if candidate[1] is not None:
                return with_conjuncts(candidate, done_to)
    beaten = beaten_out_of(token)
    if beaten is not None:  # "vowed to bomb the hell out of X": X
        candidate = participant(beaten, actors, avoid=actor, places=places, someone_only=True)
        if candidate[0] is not None:
            return with_conjuncts(candidate, beaten)
    owned = _owner_actor(token, actors, actor, places)
    if owned is not None and found.type in VERBAL and (
            token.dep_ in ("dobj", "nsubjpass") and token.head.i == found.head.i
            or token.dep_ == "pobj" and token.head.head.i == found.head.i
            or found.recipient is not None and token.i != found.recipient.i):
        # "criticized Fortress's payout to its executives", "rejected Iran's offer to the EU": what is
        # said is said of the owner's act, whatever else the clause names
        return owned
    for head in heads:
        preps = (AIMED_PREPS if head.lemma_.lower() in THROWS else TARGET_PREPS) | aimed_preps(found.type)
        if found.type == "ACCUSE":
            preps = preps - {"for"}  # "blamed the fog of war for the failure of the U.S.": the charge, no target
        for obj in _prepositional_targets(head, skip=token, preps=preps):
            if owned is not None and token is not None and token.i < obj.i < token.right_edge.i + 1 \
                    and obj in token.subtree:
                return owned  # "condemned Washington's shift on refugees": whose shift, not its topic
            if found.type in STRUCK and obj.head.lower_ == "with" and token is not None \
                    and obj.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON"):
                continue  # "pounded X with heavy artillery": "with" names the means ("closed its border with X")
            candidate = participant(obj, actors, avoid=actor, places=places)
            if pronoun_of_a_thing(obj):
                continue
            if candidate[0] is not None or (is_someone(obj) and _resolve(actors, obj.doc[obj.i:obj.i + 1]) is None):
                return with_conjuncts(candidate, obj)
    bound = measure_target(token) if token is not None else None
    if bound is not None:  # "lifted sanctions imposed on Eritrea": whom the measure binds
        candidate = participant(bound, actors, avoid=actor, places=places, someone_only=True)
        if candidate[0] is not None:
            return with_conjuncts(candidate, bound)
    maker = author(token) if token is not None else None
    if maker is None and token is not None and token.dep_ == "dobj" and not is_passive(found.head):
        # "condemned the shelling by Ethiopian troops" with "by" hung on the active verb: the act's doers
        maker = prep_object(found.head, ("by",))
    if maker is not None:
        # a thing that belongs to someone: "rejected U.S. calls", "pounded the Taliban hideouts",
        # "attacked the army's positions", "condemned settlement activity by settlers": the owner or
        # maker is the one acted on
        candidate = participant(maker, actors, avoid=actor, places=places)
        if candidate[1] is not None:
            return candidate
    if token is not None and found.type in STRUCK and struck_thing(found, token):
        # "shelled the rebel-held enclave of X", "stormed a police headquarters": the place or
        # building attacked stands for whoever holds it (its country's actor when the place is known);
        # people the clause says are inside it ("besieged the campus, where students were trapped") are
        # the ones acted on
        inside = occupants(token)
        if inside is not None:
            candidate = participant(inside, actors, avoid=actor, someone_only=True)
            if candidate[1] is not None:
                return with_conjuncts(candidate, inside)
        struck = participant(token, actors, avoid=actor, places=places)
        if struck[0] is None:
            # "shot down the helicopter" after "a US helicopter crashed": the owner named with it earlier
            earlier = _earlier_owner(token, actors, actor)
            if earlier is not None:
                return earlier
        return struck
    candidate = participant(token, actors, avoid=actor, places=places, someone_only=True)
    if candidate[1] is None:
        answered = _answered_or_helped(found, heads, actors, actor, places)
        if answered is not None:
            return answered
    if candidate[1] is None and found.type not in STRUCK:
        # an act done for whom asked for it, not force used on their word ("seized a tanker at X's request"):
        # "withdrew its troops at the request of X", "sent troops at Trump's request": done for the asker
        asker = requester(found.head)
        if asker is not None:
            by_asker = participant(asker, actors, avoid=actor, places=places, someone_only=True)
            if by_asker[0] is not None:
                return by_asker
    return candidate


#: acts done for someone's good: a purpose clause "to help X" names whom they are for
HELPED_TYPES = {"AID", "SUPPORT", "COOPERATE", "AGREE", "MOBILIZE"}


def _answered_or_helped(found: Found, heads: list, actors, actor: Optional[str], places: Optional[dict]):
    """(actor id, span) of the author of a claim the act answers ("denied charges by X", "conceded to the
    demands of X") or of whom a purpose clause says it helps ("sent aid to help X cope"), when the index
    lists that actor; else None (no words-only recipient from these farther phrases)."""
    for head in heads:
        found_token = claimant(head) if found.type in VERBAL or found.type == "RETREAT" else None
        if found_token is None and found.type in HELPED_TYPES:
            found_token = helped(head)
        if found_token is None:
            continue
        candidate = participant(found_token, actors, avoid=actor, places=places, someone_only=True)
        if candidate[0] is not None:
            return with_conjuncts(candidate, found_token)
    return None


#: nouns of an act done as someone asked: "at the request of X", "at X's invitation" (not an order: whoever
#: orders an act is one of its doers, "on the orders of X")
REQUEST_NOUNS = {"request", "urging", "invitation", "demand", "insistence", "suggestion", "appeal", "plea"}
#: nouns of whose word or account an act is done ("on the orders of X", "on behalf of X")
ON_WORD_OF = REQUEST_NOUNS | {"order", "orders", "instruction", "instructions", "command", "behalf", "advice",
                              "behest", "authority", "authorization", "authorisation"}
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "csubj", "pcomp"}


def requester(head):
    """Who asked for the act of ``head``: the possessor or "of" member of "at/on/upon ... request" in its
    clause (not in a clause of its own)."""
    for token in head.subtree:
        if token.dep_ != "pobj" or token.lemma_.lower() not in REQUEST_NOUNS \
                or token.head.lower_ not in ("at", "on", "upon", "by"):
            continue
        node, inside = token, True
        while node.i != head.i and node.head.i != node.i:
            if node.dep_ in CLAUSE_DEPS:
                inside = False
                break
            node = node.head
        if not inside:
            continue
        for child in token.children:
            if child.dep_ == "poss":
                return child
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                member = next((c for c in child.children if c.dep_ == "pobj"), None)
                if member is not None and is_someone(member):
                    return member
    return None


#: attitudes for which a welcomed act's beneficiary is the one supported (PLOVER SUPPORT, AGREE)
WELCOMING = {"SUPPORT", "AGREE"}
#: acts done for the good of whom they are done to ("the release of the hostages", "the rescue of X")
BENEFITS = {"release", "freeing", "liberation", "rescue", "return", "repatriation", "pardon", "acquittal",
            "exoneration", "evacuation", "reinstatement", "election", "appointment", "recovery", "safety",
            "survival", "reunification", "amnesty"}


def _earlier_owner(thing, actors, avoid: Optional[str]):
    """(actor id, span) of the owner of the same thing named earlier in the article, for a thing taken up
    again with "the" and no owner of its own ("the helicopter" after "a US Chinook helicopter")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in thing.children):
        return None
    lemma = thing.lemma_.lower()
    doc = thing.doc
    for token in reversed(doc[max(0, thing.i - 1500):thing.i]):
        if token.lemma_.lower() != lemma or token.pos_ != thing.pos_:
            continue
        maker = owner(token)
        if maker is None:
            continue
        found = participant(maker, actors, avoid=avoid, someone_only=True)
        if found[0] is not None:
            return found
    return None


def occupants(place):
    """Who a place's relative clause says is in it: "students" of "the campus, where students were trapped"."""
    for clause in (c for c in place.children if c.dep_ == "relcl"):
        if not any(c.lower_ in ("where", "inside") for c in clause.children):
            continue
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass") and is_someone(child) and child.pos_ != "PRON":
                return child
    return None


def beneficiary(thing):
    """Whom a beneficial act named by a noun is done to: "the hostages" of "the release of the hostages"."""
    if thing.pos_ != "NOUN" or thing.lemma_.lower() not in BENEFITS:
        return None
    return someone_after(thing, "of")


#: nouns that only intensify a verb in "VERB the hell out of X" ("bomb the hell out of them", "beat the living
#: daylights out of him"): the verb is done to X, the noun names no one
INTENSIFIERS = {"hell", "heck", "crap", "daylights", "stuffing", "shit", "snot", "tar"}


def beaten_out_of(thing):
    """X of "VERB the hell out of X" when ``thing`` is the intensifying object ("hell"), else None."""
    if thing is None or thing.lemma_.lower() not in INTENSIFIERS or thing.dep_ != "dobj":
        return None
    for out in thing.head.children:
        if out.lower_ == "out" and out.i > thing.i:
            of = next((c for c in out.children if c.lower_ == "of" and c.dep_ == "prep"), None)
            target = first_child(of, ("pobj",)) if of is not None else None
            if target is not None:
                return target
    return None


def passive_adjunct_patient(head):
    """The subject of the clause that a passive participle adjunct with an agent of its own hangs on
    ("Pressed by reporters, X said ...", "Criticized by Y for his remarks, X apologized", "Backed by Russia,
    Syrian forces attacked"): the adjunct's understood subject is the clause's, and a passive's subject is the
    one its act is done to. None for any other trigger, or an adjunct with a subject, auxiliary or object of
    its own; an agentless one ("Asked about it, X said") names no one who acts."""
    if head.tag_ != "VBN" or head.dep_ != "advcl":  # an advcl always hangs on another token
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in head.children):
        return None
    if not any(c.dep_ == "agent" for c in head.children):
        return None
    return first_child(head.head, ("nsubj", "nsubjpass"))


def _owner_actor(token, actors, actor: Optional[str], places: Optional[dict]):
    """(actor id, span) of the actor who owns a thing acted on ("Fortress's payout", "the US decision"),
    when the index lists it; else None."""
    if token is None or is_someone(token):
        return None
    maker = owner(token)
    if maker is None:
        return None
    candidate = participant(maker, actors, avoid=actor, places=places, someone_only=True)
    return candidate if candidate[0] is not None else None


def foreign_target(found: Found, actors, doer):
    """A target of another country than the doer's inside what the doer threatens or demands ("threatened
    that Tehran would retaliate against London": London), when the clause's subject is the doer's own state."""
    for i in sorted(found.absorbed):
        token = found.head.doc[i]
        if token.dep_ == "pobj" and token.head.lower_ in ("against", "on", "at", "toward", "towards"):
            actor_id, span = participant(token, actors, avoid=doer.id, someone_only=True)
            other = _actor_by_id(actors, actor_id)
            if other is not None and other.country != doer.country:
                return actor_id, span
    return None, None


def with_conjuncts(candidate, token):
    """A recipient named with others ("sanctions on X and Y"): the span runs over all of them, one
    recipient of many members as PLOVER codes compound entities; the actor id stays the first's."""
    actor_id, span = candidate
    if span is None:
        return candidate
    last = None
    members = list(token.conjuncts)
    for appos in (c for c in token.children if c.dep_ == "appos"):  # "the agency X and the agency Y"
        members.extend(appos.conjuncts)
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "of")):
        # "diplomats from Poland, Germany and Sweden": one group drawn from several countries
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
            members.extend(c for c in pobj.conjuncts if c.ent_type_ == "GPE")
    for conj in members:
        if conj.i > token.i and is_someone(conj) and not paragraph_between(token, conj):
            last = conj if last is None or conj.i > last.i else last
    if last is None:
        return candidate
    end = noun_phrase(last).end_char
    if end <= span.end:
        return candidate
    return actor_id, Span(span.start, end, text_of(token.doc)[span.start:end])


def _own_forces(found: Found, token) -> bool:
    """The object of a mobilisation or withdrawal: what is moved, not whom it is aimed at."""
    if found.type == "MOBILIZE" or (found.type == "RETREAT" and found.mode in ("withdraw", "disarm")):
        return token.head.i == found.head.i or token.i == found.head.i or token.i in {t.i for t in found.trigger}
    # "(agreed / is willing) to withdraw its troops": forces of one's own, moved by the verb inside
    return (token.dep_ == "dobj" and token.head.lemma_.lower() in MOVE_VERBS
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children))


MOVE_VERBS = {"withdraw", "pull", "deploy", "redeploy", "send", "move", "station", "remove", "bring", "keep"}


def _listed_someone(token, actors, actor: Optional[str]) -> bool:
    """Whether the object word the pattern found heads a phrase the actor index lists as a person or a
    group, other than the doer ("attacked the Koch brothers from the Senate floor": the brothers, not the
    Senate), though no people word says so."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    phrase = noun_phrase(token)
    listed = _resolve(actors, phrase.doc[phrase.start:token.i + 1])  # not "the appeal of two journalists"
    return listed is not None and listed.kind in ("person", "group") and listed.id != actor


def _prepositional_targets(head, skip=None, preps=TARGET_PREPS):
    """Objects of "to/with/against/on/for/from" within two phrases of ``head``, nearest first,
    not inside a clause of their own."""
    frontier = [head]
    for _ in range(3):
        following = []
        for node in frontier:
            for child in node.children:
                if child.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "punct"):
                    continue
                if _prepositional_clause(child):
                    continue  # a clause of its own under a preposition ("supporting allies in working with X")
                if child.lower_ in ("according", "due", "because", "thanks"):
                    continue  # "according to a lawmaker": the source of the report, not a target
                if any(c.dep_ == "pobj" and c.lemma_.lower() in ON_WORD_OF for c in child.children):
                    continue  # "on the orders of X", "on behalf of X": who commanded or asked, not a target
                if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if (obj is not None and (skip is None or obj.i != skip.i) and obj.i > head.i
                            and obj.ent_type_ not in ("DATE", "TIME", "MONEY")
                            and not paragraph_between(head, obj)):
                        yield obj
                following.append(child)
        frontier = following


def place_target(head, actors, places: dict, avoid: Optional[str], trigger=()):
    """The country of a place the act was done in or on; the place may hang on the trigger's noun
    ("imposed a curfew in X")."""
    nouns = [t for t in trigger if t.i != head.i and t.pos_ == "NOUN"]
    for child in [c for node in [head] + nouns for c in node.children]:
        if child.dep_ == "prep" and child.lower_ in ("in", "into", "on", "inside", "across", "throughout"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                phrase = noun_phrase(obj)
                actor, span = _territory_actor(phrase, actors, places, countries_too=True)
                if actor is not None and actor.id != avoid:
                    return actor.id, Span.from_spacy(span)
    return None, None


def _copula_subject(token):
    """"his conditions are something that Moscow will not accept": the thing is "his conditions"."""
    if token.lower_ in ("something", "what", "one", "thing") and token.dep_ == "attr":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return token


def _territory_actor(phrase, actors, places: dict, countries_too: bool = False):
    """A place named as what is occupied or attacked ("most of Luhansk") stands for its country's
    actor, when the article has one."""
    for token in phrase:
        place = places.get(token.i)
        if place is not None and place.country and (countries_too or place.feature != "PCLI"):
            actor = actors.country_actor(place.country)
            if actor is None:
                continue
            span = phrase.doc[token.i:token.i + 1]
            for other in phrase.doc[token.i + 1:phrase.end]:
                if places.get(other.i) is place:
                    span = phrase.doc[token.i:other.i + 1]
            return actor, span
    return None, None


#: a nation's people as a whole ("the American public", "the Iranian people")
NATION_PEOPLE = {"people", "public", "nation", "citizen", "citizenry", "electorate", "voter", "taxpayer", "population"}


def _coded_actor(phrase, actors, whose_only: bool = False):
    """A country named inside the phrase by its adjective or name ("four Ukrainian regions" ->
    Ukraine), else the phrase itself or an organisation named in it, when the actor stage listed
    it ("Iraqi troops", "NATO exercises"). ``whose_only``: not a name that is another person's inside the
    phrase ("the wife of an Iranian-American pastor": ``relations.under_someone_else``)."""
    for token in phrase:
        if whose_only and (under_someone_else(token, phrase.root) or on_other_side(token, phrase.root)):
            continue
        if token.pos_ in ("ADJ", "PROPN") and token.text[:1].isupper():
            iso3 = dictionaries.country_of(token.text)
            actor = actors.country_actor(iso3) if iso3 else None
            if actor is not None:
                if token.head.i == phrase.root.i and phrase.root.lemma_.lower() in NATION_PEOPLE:
                    return actor, phrase  # "the American people": the nation's people, the whole phrase
                return actor, phrase.doc[token.i:token.i + 1]
    head = phrase.root
    if head.pos_ in ("NOUN", "PROPN"):
        spans = [phrase] + [phrase.doc[t.i:t.i + 1] for t in phrase
                            if t.ent_type_ in ("ORG", "GPE", "NORP") and t.i != head.i and t.pos_ == "PROPN"
                            and not (whose_only and (under_someone_else(t, head) or on_other_side(t, head)))]
        for span in spans:
            actor = actors.resolve(span)
            if actor is not None:
                return actor, span
    return None, None


def _actor_by_id(actors, actor_id):
    return actors.actor(actor_id) if actor_id is not None else None


def _actor_spans(phrase, head, followers_apart: bool = False):
    """Spans worth resolving, best first: the head's phrase, the head alone, then names inside it. A relative
    ("her sister", "Obama's wife") is someone else than the one it is a relative of: not its possessor."""
    doc = phrase.doc
    yield phrase
    yield doc[head.i:head.i + 1]
    kin_of = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree} if head.lower_ in KIN or (
        not followers_apart and opposite_number(head)) else set()  # "the country's neighbour": not the country
    if followers_apart and head.lower_ in FOLLOWERS:
        # "Mr. Sanders's supporters", "his students": people other than the one named (a name before
        # them: ``_followed``)
        kin_of = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    seen: set[int] = set()
    inner = []
    for token in phrase:
        if token.ent_iob_ == "B" and token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            end = token.i + 1
            while end < phrase.end and doc[end].ent_iob_ == "I":
                end += 1
            seen.update(range(token.i, end))
            if token.i not in kin_of and not (not followers_apart and under_someone_else(doc[token.i:end].root, head)):
                inner.append(doc[token.i:end])
    # the name the phrase is about first ("Mauritania's President X": X, not Mauritania)
    inner.sort(key=lambda span: 0 if span.start <= head.i < span.end else 1)
    yield from inner
    for token in phrase:
        # a possessor of the head ("Kenya's troops"), not one deep in an "of" phrase ("critics of X and
        # of his party": the party's owner is no critic)
        if token.i not in seen and token.i != head.i and token.i not in kin_of and (
                token.pos_ == "PROPN" or (token.dep_ == "poss" and token.head.i == head.i)) \
                and not (not followers_apart and under_someone_else(token, head)):
            yield doc[token.i:token.i + 1]
    # names further inside ("guarantees, including a reversal of NATO's enlargement"), not in a clause
    # of their own ("a group that has applauded Trump's tariffs": Trump is no part of the group; "a problem
    # in working with NATO": no NATO problem)
    for token in _without_clauses(head):
        if (token.i < phrase.start or token.i >= phrase.end) and token.pos_ == "PROPN" and token.dep_ != "compound" \
                and not (not followers_apart and under_someone_else(token, head)):
            yield doc[token.i:token.i + 1]


def _counted_member(head):
    """The people counted by a quantity head ("thousands of workers", "dozens of them"), or None."""
    if not (head.like_num or head.lemma_.lower() in QUANTITY_HEADS):
        return None
    member = of_member(head)
    return member if member is not None and member.pos_ != "PRON" and is_someone(member) else None


def _without_clauses(head):
    """``head``'s subtree without relative or participle clauses, in text order."""
    out = []
    stack = [head]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp")
                     and not _prepositional_clause(c))
    return sorted(out, key=lambda t: t.i)


def _prepositional_clause(token) -> bool:
    """Whether ``token`` heads a clause of its own under a preposition ("in working with X"): its names are
    the clause's participants, not the phrase's."""
    return token.dep_ == "pcomp" and token.pos_ in ("VERB", "AUX")


def _resolve(actors, span):
    return actors.resolve(span)
