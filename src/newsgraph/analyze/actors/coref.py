"""Coreference for actors: which earlier actor a pronoun or a definite description points back to.

Rules, not a model, and deliberately cautious: when no candidate is clearly compatible the answer is
None, because a wrong speaker is worse than an unknown one.

- Pronouns (he/she/him/her/his/hers, they/them/their): the candidates are the actors mentioned up to
  seven sentences back for he/she (four for they, which must find its group within one sentence). In the same sentence, an actor whose clause contains the pronoun wins ("Biden
  said he would ...", "Biden's comment that he would ..."); a co-argument of the same verb never can
  ("Biden praised him"); "Stein and her aide" joins the conjuncts. Across sentences, the subject of
  an earlier sentence is preferred, the subject of a speech verb (the last speaker) most, then
  recency (for a speaker pronoun, a main clause's subject before a clause's inside it; the subject of
  a clause that only modifies a noun, "something Obama indicated", no more than an object); a person
  introduced as the subject of a clause in the sentence just before gains a little. A his/her in a phrase
  put before its clause looks ahead to the clause's named subject ("In his speech, Tom Brell said":
  ``cataphora``, read by the pass once that name is known). he/she need a
  person (of that gender when it is known, see ``gender``: the text first, the given name last), they a group; a person known only by a description ("a reporter") is less
  salient than a named one. it/its resolve inside their sentence to the organisation, named group
  or (if none) country that is its subject -- a country that only modifies a noun never; a
  speaking "It said" takes the organisation that is the subject of a clause before it on its verb
  ("Though the agency has said ..., it has also acknowledged"); with nothing in its sentence it takes the organisation that was subject or
  speaker a sentence or two before (a country only as a subject, and after an organisation).
- Definite descriptions of persons ("the Russian official", "the Florida senator"):
  ``person_descriptions``.
- Organisation descriptions ("the government", "the newspaper") point to the most recent
  government or organisation of that kind a few sentences back. "the company"/"the group" prefer
  an organisation named by a proper name over a generic group ("maintenance workers"), and one
  the story keeps making its subject or speaker; with no named one nearby, the named organisation
  the story is about (subject or speaker twice or more). The noun must agree with the kind of body
  (``organization_descriptions``): "the network"/"the company" is no body whose name ends with
  another kind's word ("Paley Center", "Orrin Foundation") nor an unnamed group, "the network"
  may be a broadcaster, "the party" only a body named a party (never "House"). (Which state a bare
  "the government"/"the administration" with none named before is, as a doer or target, the events
  stage weighs: ``events.salience``.)
- Plural speakers ("both sides", "the two") are left alone: a statement has one speaker id.

The scoring functions here work on ``Mention`` records alone (tested without a model);
``coref_pass.DescriptionsAndPronouns`` finds the descriptions and pronouns in a parse during ``actors``' pass.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

from newsgraph.analyze.actors.gender import (
    FEMALE,
    MALE,
    gender_of_apposition,
    gender_of_clause,
    gender_of_name,
    known_gender,
)
from newsgraph.analyze.actors.mentions import Mention, recent, recent_actors
from newsgraph.analyze.syntax import ARGUMENT_DEPS, OBJECT_CONTROL, is_locative, is_speaker
from newsgraph.model import Actor

PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PERSON_PRONOUNS = MALE | FEMALE
#: "it"/"its" only ever resolve inside their sentence, to a country or organisation that is its
#: subject ("Moscow has shown no signs that its operations ..."): elsewhere "it" is too often
#: pleonastic ("it is up to Kyiv") or a thing
NEUTER = frozenset({"it", "its"})
PRONOUNS = PERSON_PRONOUNS | PLURAL | NEUTER

#: title heads that name the same role
SYNONYMS = [
    {"spokesman", "spokeswoman", "spokesperson", "press secretary", "spokespeople"},
    {"president", "president-elect", "head of state"},
    {"prime minister", "premier"},
    {"secretary of state", "foreign minister", "foreign secretary"},
    # a title and its abbreviation are one role ("Gov. Ona Reeve ... the governor")
    {"governor", "gov"}, {"senator", "sen"}, {"representative", "rep", "congressman", "congresswoman"},
    {"general", "gen"}, {"lieutenant", "lt"}, {"sergeant", "sgt"}, {"captain", "capt"}, {"colonel", "col"},
    {"commander", "cmdr"}, {"admiral", "adm"}, {"detective", "det"}, {"superintendent", "supt"},
    {"professor", "prof"}, {"chief executive", "ceo", "chief executive officer"},
    {"chairman", "chairwoman", "chair", "chairperson"}, {"secretary", "sec"},
    # who runs for an office ("the candidate" after "presidential hopeful Ana Pell"); a nominee is
    # only one named so: "the nominee" before a convention is a role nobody holds yet
    {"candidate", "contender", "hopeful", "challenger"}, {"nominee", "presumptive nominee", "standard-bearer"},
]

#: nouns that, after "the", name an organisation the story has just named ("Northwind Logistics ...
#: the company said", "the group did not respond"): the most recent organisation of a fitting kind
GENERIC_ORGANIZATION_HEADS = frozenset({
    "group", "organization", "organisation", "company", "firm", "business", "corporation", "conglomerate",
    "agency", "campaign", "network", "outlet", "publication", "magazine", "paper", "newspaper", "broadcaster",
    "team", "club", "committee", "body", "institution", "institute", "startup", "retailer", "automaker",
    "carmaker", "manufacturer", "maker", "lender", "insurer", "airline", "chain", "brand", "nonprofit",
    "charity", "foundation", "association", "coalition", "alliance", "movement", "union", "league",
    "regulator", "watchdog", "developer", "publisher", "studio", "operator", "provider", "utility",
    "department", "ministry"})
#: the generic heads that only an outlet answers to ("the paper" after a ministry is a document)
OUTLET_HEADS = frozenset({"paper", "newspaper", "magazine", "publication", "outlet", "broadcaster", "tabloid"})
#: the generic heads that may also stand for a group actor ("Hamas ... the group")
GROUP_HEADS = frozenset({"group", "coalition", "alliance", "movement", "network", "campaign", "organization",
                         "organisation", "body"})
MAX_SENTENCES_BACK = 4  # how far back a description looks
#: how far back he/she look: a story's central person is often "she" paragraphs after her name
PERSON_PRONOUN_SENTENCES_BACK = 7
#: what being a speaker adds to a mention's salience for a pronoun, and what each sentence back costs
SPEAKER_BONUS = 0.3
SENTENCE_DECAY = 0.45
#: what a person known to be of the pronoun's gender adds over one whose gender is unknown (who
#: is of the other gender about half the time). 1.0 (more than a sentence of distance) gave the
#: seed story's "he" of "President Biden ... he would talk" to a "spokesman" named later, so no more
#: than the subject-over-object margin
KNOWN_GENDER_BONUS = 0.5
#: what a person whose gender only an earlier pronoun gave, the other gender, loses (a headline's
#: "she" taken for the man named beside the woman must not keep every later "he" from him)
GUESSED_GENDER_PENALTY = 0.75
#: the dependencies of a pronoun that is no subject ("congratulated him", "spoke to him", "his campaign")
OBJECT_PRONOUN_DEPS = frozenset({"dobj", "iobj", "dative", "pobj", "poss"})
#: the least salience, for such a pronoun, of a person named earlier in its own sentence: that of the
#: previous sentence's subject (centering: a referent just named is what an object pronoun takes up)
NAMED_IN_SENTENCE = 2.0
#: what being a subject adds, for an object or possessive pronoun, over another role: less than
#: ``SENTENCE_DECAY``, so that recency outweighs the subject's rank (the subject preference is a
#: subject pronoun's; an object pronoun's antecedent is as often an object: parallelism)
OBJECT_PRONOUN_SUBJECT_BONUS = 0.4
#: how far back "It said" looks for the organisation that speaks
IT_SENTENCES_BACK = 2
#: what a person introduced as the subject of a clause in the sentence just before adds for a
#: pronoun: the new person is the one the story turns to (above whoever spoke two sentences back)
INTRODUCED_BONUS = 0.3
#: for "the group"/"the company": what a proper name adds (a named organisation over a generic
#: group noun), and what each earlier mention as subject or speaker adds, up to a cap
NAMED_BONUS = 1.0
PROMINENCE_STEP = 0.15
PROMINENCE_CAP = 0.45
#: how often a named organisation must have been a subject or speaker to be what the story is
#: about ("the company" with no named organisation nearby)
ABOUT_MIN_MENTIONS = 2


def same_role(head: str, heads: Iterable[str]) -> bool:
    """Whether title head ``head`` names the role of any of ``heads`` (synonyms count)."""
    for other in heads:
        if other == head:
            return True
        for group in SYNONYMS:
            if head in group and other in group:
                return True
    return False


def _conjoined(anchor, token) -> bool:
    """"Stein and her aide": the pronoun sits in a phrase conjoined to the candidate's."""
    head = token.head if token.dep_ == "poss" else token
    return head.dep_ == "conj" and head.head.i == anchor.i


def _dominates(anchor, token) -> bool:
    """Whether ``token`` lies in the phrase or clause that ``anchor`` is the subject/possessor of."""
    head = anchor.head
    while head.dep_ in ("poss", "case") and head.head is not head:
        head = head.head
    return token in head.subtree and token.i > anchor.i


def _salience(mentions: list[Mention], sent: int, doc, speaker_pronoun: bool, object_pronoun: bool = False) -> float:
    """How salient an actor is for a pronoun in sentence ``sent``, from its mentions in earlier
    sentences: its best mention, a subject (2) above any other role (1), a speaker a little above a
    subject, each sentence back costing more than a speaker gains -- so the person the last
    sentence is about outranks whoever spoke two sentences back. For an ``object_pronoun`` (an object or
    possessive: "admires his determination") a subject gains less than a sentence of distance costs
    (``OBJECT_PRONOUN_SUBJECT_BONUS``): the person the sentence before named outranks a subject before it."""
    best = 0.0
    subject_bonus = OBJECT_PRONOUN_SUBJECT_BONUS if object_pronoun else 1.0
    for m in mentions:
        distance = sent - m.sent
        anchor = doc[m.head]
        subject = m.subject and not _modifier_clause_subject(anchor)
        score = 1.0 + (subject_bonus if subject else 0.0) + (SPEAKER_BONUS if m.speaker else 0.0) \
            - SENTENCE_DECAY * (distance - 1)
        if speaker_pronoun and m.subject and anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.dep_ == "ROOT":
            score += 0.25  # "He said": the sentence's own subject, not one of a clause inside it
        best = max(best, score)
    return best


def _modifier_clause_subject(anchor) -> bool:
    """Whether a mention is the subject of a clause that only modifies a noun ("the accusation,
    something Obama indicated earlier", "the reason Obama seeks approval"): in the ranking of
    grammatical roles (centering theory) such a subject is backgrounded, no more salient than an
    object of the sentence's own verb."""
    return anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.dep_ in ("relcl", "acl")


def quoted_tokens(doc) -> frozenset:
    """Indices of the tokens inside direct quotes (the marks excluded)."""
    from newsgraph.analyze.statements.quotes import find_quotes  # a text utility; no cycle at import
    from newsgraph.nlp.text import text_of

    quotes, _ = find_quotes(text_of(doc))
    if not quotes:
        return frozenset()
    inside = set()
    k = 0
    for t in doc:
        while k < len(quotes) and quotes[k].end <= t.idx:
            k += 1
        if k < len(quotes) and quotes[k].start < t.idx and t.idx + len(t.text) < quotes[k].end:
            inside.add(t.i)
    return frozenset(inside)


def _heard(m: Mention, quoted: frozenset | set) -> Mention:
    """A mention as a pronoun outside quotes sees it: one inside a quote ("Senator Rubio failed us,"
    said Murphy) is only named in passing there, neither the subject nor a speaker of the story."""
    if m.head in quoted and (m.subject or m.speaker):
        return Mention(m.actor, m.head, m.sent, False, False)
    return m


#: what being the main clause's subject in the latest sentence adds for a subject pronoun: only
#: enough to break a tie with a subject of a clause inside that sentence
TIE_BREAK = 0.01


def _named_objects(subject) -> frozenset:
    """The names after a subject pronoun that its verb takes as an object ("he told Hannity", "he said it to
    Hannity"): a co-argument of a non-reflexive pronoun, never whom it means. Only a name heading the object
    counts ("through his Donald J. Trump Foundation" names a foundation), and of it its head, the surname, which
    an actor must end with to be excluded (a shared given name excludes no one: "He told John Dickerson" may
    still mean John Kasich)."""
    verb = subject.head
    objects = [t for t in verb.children if t.dep_ in ("dobj", "dative", "iobj")]
    objects += [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"]
    return frozenset(o.text for o in objects if o.i > subject.i and o.pos_ == "PROPN")  # the name's head word


def _main_subject(mentions: list[Mention], doc) -> bool:
    """Whether the latest of an actor's mentions (in one earlier sentence) is its main clause's subject."""
    if not mentions:
        return False
    latest = max(m.sent for m in mentions)
    return any(m.sent == latest and m.subject and doc[m.head].dep_ in ("nsubj", "nsubjpass")
               and doc[m.head].head.dep_ == "ROOT" for m in mentions)


def resolve_pronoun(token, history: list[Mention], sent: int, doc, genders: dict,
                    unnamed: frozenset | set = frozenset(), quoted: frozenset | set = frozenset(),
                    first: Optional[dict[str, Mention]] = None, guessed: frozenset | set = frozenset()) -> Optional[Actor]:
    """The actor a personal pronoun ``token`` refers to, or None. ``genders`` maps actor ids to
    "m"/"f" where known (a gendered given name counts too); ``unnamed`` holds ids of actors known
    only by a description (less salient); ``quoted`` holds the tokens inside direct quotes (a
    pronoun outside them reads the names inside as named in passing); ``first``: each actor's
    first mention in ``history`` (found here when not given); ``guessed``: ids of the persons whose
    gender in ``genders`` only an earlier pronoun gave (of the other gender, they lose a little, not all)."""
    word = token.lower_
    if word in NEUTER:
        return _resolve_neuter(token, history, sent, doc)
    if first is None:
        first = {}
        for m in history:
            first.setdefault(m.actor.id, m)
    if quoted and token.i not in quoted:
        history = [_heard(m, quoted) for m in recent(history, sent, PERSON_PRONOUN_SENTENCES_BACK)][::-1]
    want_person = word in PERSON_PRONOUNS
    gender = "m" if word in MALE else "f" if word in FEMALE else None
    best: tuple[float, int, Optional[Actor]] = (0.0, -1, None)
    back = PERSON_PRONOUN_SENTENCES_BACK if want_person else MAX_SENTENCES_BACK
    earlier: dict[str, list[Mention]] = {}
    same: dict[str, list[Mention]] = {}  # mentions earlier in the pronoun's own sentence
    # "he told Hannity": a name the pronoun's own verb takes as its object, later in the clause, is not whom it means
    later_objects = _named_objects(token) if token.dep_ in ("nsubj", "nsubjpass") else frozenset()
    for m in recent(history, sent, back):
        if m.head < token.i and m.sent < sent:
            earlier.setdefault(m.actor.id, []).append(m)
        elif m.head < token.i and m.sent == sent:
            same.setdefault(m.actor.id, []).append(m)
    speaker_pronoun = is_speaker(token)
    object_pronoun = token.dep_ in OBJECT_PRONOUN_DEPS
    # a speaker pronoun outside quotes is someone named outside them when one fits: a name only
    # inside a quote ("Ana Pell is wrong," Tom Brell wrote. He added ...) is one the speaker talks about
    outside = {m.actor.id for m in recent(history, sent, back) if m.head < token.i and m.head not in quoted} \
        if speaker_pronoun and quoted and token.i not in quoted else None
    best_outside: tuple[float, int, Optional[Actor]] = (0.0, -1, None)
    # the subject of the sentence before, when only the given-names table gives them the other gender:
    # the one a speaker pronoun that fits no one else stands for
    fallback: list[tuple[int, Actor]] = []
    for st in recent_actors(history, sent, token.i, back).values():
        m = st.last
        actor = m.actor
        if (actor.kind == "person") != want_person or later_objects and actor.name.split()[-1] in later_objects:
            continue
        if not want_person and actor.kind != "group":
            continue  # "they" for a country or an organisation is too often wrong
        known = known_gender(actor, genders, earlier.get(actor.id, []) + [m], doc) if gender else None
        penalty = 0.0
        if gender and known not in (None, gender):
            if actor.id not in guessed or known_gender(actor, {}, earlier.get(actor.id, []) + [m], doc) not in (
                    None, gender):
                if sent - m.sent == 1 and m.subject and _named_gender_only(actor, genders, earlier.get(actor.id, []) + [m], doc):
                    fallback.append((m.head, actor))
                continue
            known, penalty = None, GUESSED_GENDER_PENALTY  # one pronoun's guess may have been wrong
        anchor = doc[m.head]
        if m.sent == sent:
            if anchor.head == token.head and token.dep_ in ("dobj", "iobj", "pobj", "nsubj", "attr"):
                continue  # a co-argument of the same verb: would be a reflexive
            if relativized(anchor, token):
                continue  # "Christie, whom he describes as ...": he is not Christie
            understood = _understood_subject(token)
            if understood is not None and understood.i == anchor.i:
                continue  # "Ana asked Tom to resign for criticizing him": him is not Tom (nor would be Ana)
            if any(_dominates(doc[k.head], token) and (k.subject or doc[k.head].dep_ == "poss")
                   for k in [m, *same.get(actor.id, ())]):
                score = 3.0  # also when named again in between ("X, whose bid rests on his state, ... and he")
            elif _conjoined(anchor, token):
                score = 3.0  # "Stein and her press secretary"
            else:
                score = max(1.0, _salience(earlier.get(actor.id, []), sent, doc, speaker_pronoun, object_pronoun))
                if object_pronoun:
                    # "she called Briggs after the vote to congratulate him": an object or possessive pronoun
                    # takes up a person its own sentence has just named (not its clause's own subject, ruled
                    # out above) as readily as the subject of the sentence before; of equals, the nearer
                    score = max(score, NAMED_IN_SENTENCE)
        else:
            if not want_person and sent - m.sent > 1:
                continue
            score = _salience(earlier.get(actor.id, []), sent, doc, speaker_pronoun, object_pronoun)
            if _introduced_in_a_clause(first[actor.id], sent, doc):
                score += INTRODUCED_BONUS  # "After Pell Marsh took over in March, ... He said"
        if gender and known == gender:
            score += KNOWN_GENDER_BONUS
        if actor.id in unnamed:
            score -= 0.5
        score -= penalty
        if token.dep_ in ("nsubj", "nsubjpass") and _main_subject(earlier.get(actor.id, []), doc):
            score += TIE_BREAK  # "X thinks Y is wrong. He ...": of equals, the main clause's subject
        if score > best[0] or (score == best[0] and m.head > best[1]):
            best = (score, m.head, actor)
        if outside is not None and actor.id in outside and (
                score > best_outside[0] or (score == best_outside[0] and m.head > best_outside[1])):
            best_outside = (score, m.head, actor)
    if best_outside[0] > 0:
        best = best_outside
    elif best[0] <= 0 and len(fallback) == 1 and speaker_pronoun:
        return fallback[0][1]  # "Marty Walz ... Walz approaches it. She said": no one else fits
    if best[0] <= 0:
        return None
    if want_person and token.dep_ in ("nsubj", "nsubjpass") and token.i not in quoted \
            and named_body_between(token, best[1], history, sent, doc):
        return None
    return best[2]


def named_body_between(token, antecedent: int, history: list[Mention], sent: int, doc) -> bool:
    """Whether a proper name of an organisation stands between a he/she subject and the person
    chosen for it (whose latest mention is token ``antecedent``) where a reader takes the pronoun's
    referent from: the main clause's subject of the sentence just before, or the subject of the clause
    that holds the pronoun ("Ana Ruiz was named by Pell. Kessel said Thursday it was ... He said";
    "Kessel said he meets ..."). Such a name is a person's more often than an organisation speaks of a
    "he" named before it: the tagger took the person for an organisation ("Kessel's" as a company), and
    the person further back is the wrong speaker -- no speaker is better (centering: the pronoun continues
    the preceding subject, which it cannot be here). A group ("Don't Republicans risk ...? he said") is
    no mistaken person and blocks nothing."""
    for m in recent(history, sent, 1):
        if m.head >= token.i or m.head <= antecedent or m.actor.kind != "organization" or not m.subject:
            continue
        anchor = doc[m.head]
        if anchor.pos_ != "PROPN" or anchor.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if m.sent == sent - 1 and anchor.head.dep_ == "ROOT" or m.sent == sent and _dominates(anchor, token):
            return True
    return False


def relativized(anchor, token) -> bool:
    """Whether the noun ``anchor`` is what a relative clause says something of, and pronoun ``token`` is an
    argument of that clause's own verb: "Christie, whom he describes as ...", "Ruiz, who praised him" -- the
    noun fills another role of the same verb (the relative word's), and a plain pronoun never shares a
    verb with a phrase it means (binding theory's principle B). A "whose" clause leaves it open ("Ruiz, whose
    book he wrote"), and so does a pronoun of a clause inside the relative one ("Ruiz, who said he would
    run": the relative word is its subject, not his)."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj") or token.head.dep_ != "relcl" or token.head.head.i != anchor.i:
        return False
    clause = token.head
    return not any(t.lower_ == "whose" for t in clause.subtree if t.i < clause.i)


def _named_gender_only(actor: Actor, genders: dict, mentions, doc) -> bool:
    """Whether a person's gender comes from the given-names table alone (a name mostly given to the
    other gender is still given to some: "Marty", "Jan", "Robin"), no word of the text."""
    return actor.id not in genders and gender_of_apposition(mentions, doc) is None \
        and gender_of_clause(mentions, doc) is None and gender_of_name(actor) is not None


#: non-finite verb clauses whose subject is understood from the clause they hang on
NON_FINITE_TAGS = frozenset({"VBG", "VB", "VBN"})
CONTROLLED_DEPS = frozenset({"advcl", "xcomp", "pcomp", "acl", "conj"})


#: verbs whose object does what their infinitive says: object control ("urged X to ...") and the verbs that
#: choose or send someone for a task ("hired X to ...", "sent X to ..."); after any other verb an infinitive
#: is its subject's purpose ("called X to congratulate him", "met X to discuss ...")
OBJECT_DOERS = OBJECT_CONTROL | {"hire", "appoint", "name", "elect", "nominate", "send", "recruit", "pay", "train",
                                 "choose", "pick", "select", "tap", "assign", "use", "employ", "make", "let"}


def _understood_subject(token):
    """The subject a pronoun object's verb has, said or understood: in "X resigned after criticizing
    him" the one criticizing is X, so "him" is someone else (it would be "himself"). Walks up from a
    subjectless participle, gerund or infinitive to the clause that gives it its subject (the object
    of "asked Tom to ..." before the subject); None when the pronoun is no verb's object."""
    if token.dep_ in ("dobj", "iobj", "dative"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
        verb = token.head.head
    else:
        return None
    for _ in range(6):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.tag_ not in NON_FINITE_TAGS or verb.dep_ not in CONTROLLED_DEPS or verb.head is verb:
            return None
        if verb.dep_ == "pcomp":
            verb = verb.head.head  # "for criticizing him": the verb the preposition hangs on
            continue
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_DOERS:
            # "urged voters to back him": the voters back him; but "called Ana to congratulate him" is the
            # caller's purpose, and Ana may be "him" (the parse hangs both infinitives on the verb alike)
            controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
            if controller is not None:
                return controller
        verb = verb.head
    return None


#: dependencies of a country mention that only modify a noun ("the Irish airline", "Ruritania's
#: flag carrier"): such a country is not what the clause is about
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _introduced_in_a_clause(first: Mention, sent: int, doc) -> bool:
    """Whether an actor's first mention is the subject of a clause inside the sentence just before
    (not of its main verb, which ``_salience`` already favours, nor of a clause that only modifies a
    noun: ``_modifier_clause_subject``)."""
    anchor = doc[first.head]
    return first.sent == sent - 1 and first.subject and anchor.dep_ in ("nsubj", "nsubjpass") \
        and anchor.head.dep_ != "ROOT" and not _modifier_clause_subject(anchor)


def _resolve_neuter(token, history: list[Mention], sent: int, doc) -> Optional[Actor]:
    """"it"/"its" inside its sentence: the country or organisation that is the subject governing it.
    An organisation outranks a country, and a country that only modifies a noun never counts
    ("Ruritania's flag carrier Azur Air said it ..." is the airline)."""
    country = None
    for st in recent_actors(history, sent, token.i, MAX_SENTENCES_BACK).values():
        m = st.last
        if m.sent != sent or m.actor.kind not in ("country", "organization", "group") or not m.subject:
            continue
        anchor = doc[m.head]
        if m.actor.kind == "group" and anchor.pos_ != "PROPN":
            continue  # a named group ("Hamas said it"), not "the workers"
        if not _dominates(anchor, token) or anchor.head == token.head:
            continue
        if m.actor.kind != "country":
            return m.actor
        if anchor.dep_ not in MODIFIER_DEPS and country is None:
            country = m.actor
    if country is None and token.lower_ == "it" and is_speaker(token):
        return _clause_before(token, history, sent, doc) or _speaking_it(token, history, sent, doc)
    return country


def _clause_before(token, history: list[Mention], sent: int, doc) -> Optional[Actor]:
    """A speaking "it" whose verb has a clause before it with an organisation (or named group) as
    its subject: that organisation ("Though the agency has said ..., it has also acknowledged";
    "After Northwind cut jobs, it said")."""
    verb = token.head
    for m in recent(history, sent, 0):
        if m.sent != sent or m.head >= token.i or m.actor.kind not in ("organization", "group"):
            continue
        anchor = doc[m.head]
        if m.actor.kind == "group" and anchor.pos_ != "PROPN" or anchor.dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause = anchor.head
        if clause.dep_ == "advcl" and clause.head.i == verb.i and clause.i < token.i:
            return m.actor
    return None


def _speaking_it(token, history: list[Mention], sent: int, doc) -> Optional[Actor]:
    """"It said" with no antecedent in its own sentence: the organisation (or named group) that
    was the subject or speaker of the sentence or two before, above a country (which must itself
    have been a subject, not a modifier: "Azur Air, a Ruritanian airline, cut flights. It said")."""
    best: tuple[float, int, Optional[Actor]] = (0.0, -1, None)
    for m in recent(history, sent, IT_SENTENCES_BACK):
        if m.sent >= sent or not (m.subject or m.speaker):
            continue
        actor = m.actor
        anchor = doc[m.head]
        if actor.kind == "group" and anchor.pos_ != "PROPN" or actor.kind not in ("country", "organization", "group"):
            continue
        if actor.kind == "country" and anchor.dep_ in MODIFIER_DEPS:
            continue
        score = 2.0 + (0.5 if m.speaker else 0.0) - 0.5 * (sent - m.sent - 1) - (0.5 if actor.kind == "country" else 0.0)
        if (score, m.head) > best[:2]:
            best = (score, m.head, actor)
    return best[2]



# -- finding descriptions and pronouns in a parse ---------------------------------------------------

def generic_organization(t) -> bool:
    """"the company", "The group": a generic organisation noun after a definite article, alone
    (no possessor, no name or modifier that says more), in an argument position."""
    if t.lemma_.lower() not in GENERIC_ORGANIZATION_HEADS or t.tag_ not in ("NN", "NNP"):
        return False
    if t.dep_ not in ARGUMENT_DEPS and t.dep_ != "ROOT" or is_locative(t):
        return False
    lefts = [c for c in t.lefts]
    # "the company", "the French manufacturer", "the news organization": adjectives and common
    # nouns say more of the one named before (a proper name would name another: "the Trump campaign")
    return bool(lefts) and lefts[0].lower_ in ("the", "this", "that") and all(
        c.dep_ == "amod" and c.pos_ == "ADJ" or c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()
        for c in lefts[1:])
