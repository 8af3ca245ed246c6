"""Verbs of communication whose construction, not the word alone, shows that words were said.

Many cue verbs of news are evaluative or figurative ("warned China against ...", "cast her rival as
unfit", "berated the guards for ..."): the same verbs report acts as often ("cast a vote", "warned
investors", "berated himself"). What tells the statement is the frame the verb takes, as the verb
classes of English lexical semantics describe it (Levin 1993, *English Verb Classes and
Alternations*; VerbNet, Kipper-Schuler 2005). Three classes, each with the frame that carries the
words:

* advise-37.9 (directives: "advise", "warn", "caution", "counsel", "admonish", "urge", "exhort"; not
  "instruct": on PolNeAR train its orders are as often rules written for staff):
  an object and what it is urged to do or warned against -- a to-infinitive or an against-phrase
  ("warned the bank against raising rates", "advised graduates to stay humble"). The one addressed
  alone ("warned investors") is no statement;
* characterize-29.2, its members that say something of someone (``CHARACTERIZE_VERBS``): an object
  and an as-phrase ("cast her rival as unfit for office", "portrayed the strikers as radicals").
  "regard", "view" and "see X as" are the class's verbs of cognition: beliefs, not here;
* judgement-33 ("berate", "chastise", "scold", "rebuke", "fault", "praise", "commend" ...): an object and
  the charge, an of- or for-phrase with a gerund ("berated the guards for not ejecting protesters"):
  what someone is judged for is what was said. The target alone ("berated the guards") names whom
  the words were about, not the words (``cue_frames``: a belief).

Besides: "referred/pointed to X as Y" (``named_as``), the idioms of declaring "made (it) clear that A"
(``made_clear``) and "made the case that A" (``argues_plainly``), and the charge or likening said of a
pronoun object ("accuses it of stealing jobs", ``said_of_pronoun``).

Each holds only stated outright (``cue_clauses.stated_outright``: a subject of its own -- or a participle
set off by a comma, which shares its clause's -- no negation, modal, passive or infinitive), so a plan or a
refusal to speak is no statement, and only of a source that can speak (``speaking_source``). The counts that
justify each class over PolNeAR's train (tune part) and the development labels are in the README.
Pure functions over spaCy tokens.
"""
from __future__ import annotations

from newsgraph.analyze.statements.cue_clauses import makes_the_case, own_subject, set_off_by_comma, stated_outright
from newsgraph.analyze.statements.documents import speechless_source
from newsgraph.analyze.statements.sources import is_person_noun

# advise-37.9: directives whose object is the one addressed and whose complement is the advice
ADVISE_VERBS = frozenset("advise warn caution counsel admonish urge exhort implore beseech".split())
# characterize-29.2, the members that describe someone in words (not regard/view/see: cognition)
CHARACTERIZE_VERBS = frozenset("cast portray depict paint characterize characterise describe brand label".split())
#: characterize verbs whose other senses take a thing as object ("cast a ballot", "painted the bridge"): they
#: characterise only someone (a person, a body, a pronoun)
SENSED_BY_OBJECT = frozenset({"cast", "paint"})
#: as-phrases of purpose or manner, not of what the object is ("as part of the referendum", "as a result")
AS_MEANS = frozenset({"part", "result", "way", "means", "consequence", "response", "reaction", "precaution"})
# judgement-33: verbs of judging someone, said with the charge
JUDGMENT_VERBS = frozenset(
    "berate chastise scold chide rebuke reprimand reproach upbraid castigate fault blame criticize criticise "
    "praise commend compliment congratulate thank ridicule mock deride condemn denounce censure excoriate "
    "lambaste lambast pillory".split())
#: verbs whose of-phrase names the charge itself ("accused the mayor of fraud", "suspected of lying")
CHARGE_VERBS = frozenset({"accuse", "charge", "suspect", "convict"})


def charge_given(head) -> bool:
    """Whether a judging verb comes with what its target is judged for: an of- or for-phrase with a
    gerund on the verb or its object ("accused the mayor of hiding the report", "blamed the board for
    raising fees", "praised the crew for acting fast"), or the of-phrase of an accusation ("accused
    the mayor of fraud"). What someone was accused of, blamed or praised for is what was said."""
    holders = [head] + [c for c in head.children if c.dep_ == "dobj"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                continue
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children):
                return True
            if prep.lower_ == "of" and head.lemma_.lower() in CHARGE_VERBS and any(
                    g.dep_ == "pobj" for g in prep.children):
                return True
    return charge_named(head) is not None


#: judging verbs whose for-phrase on the verb names the charge also as a noun phrase ("criticized the mayor for
#: her handling of the flood", "praised the crew for its courage"); "blame" also lays it "on" someone ("blamed
#: the delays on the contractor")
NOUN_CHARGE_VERBS = JUDGMENT_VERBS | frozenset({"slam", "blast", "attack", "assail", "hail", "laud", "applaud"})
#: for-phrases of time, not of a charge ("praised him for years", "criticized it for the first time")
TIME_NOUNS = frozenset("time times year years month months week weeks day days decade decades hour hours "
                       "minute minutes moment while weekend night nights term".split())
#: entity types of a time or a count, never a charge
TIME_ENTITIES = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL"})


def charge_named(head):
    """The preposition of a charge named by a noun phrase on a judging verb (``NOUN_CHARGE_VERBS``), or None:
    "criticized the mayor for her handling of the flood" (for), "blamed the delays on the contractor" (on, with
    a thing blamed). Only a for-phrase the parser hung on the verb: one on the object is most often part of its
    noun phrase ("praised the funding for schools"); the on-phrase of "blame" on either. Not a phrase of time
    ("for years", "for the first time"), a pronoun ("for it"), or "on" after a person blamed ("blamed the mayor
    on Twitter": where, not whom)."""
    lemma = head.lemma_.lower()
    if lemma not in NOUN_CHARGE_VERBS:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i > head.i), None)
    if obj is None:
        return None
    # the parser hangs "on" of "blamed X on Y" on X as often as on the verb; on a thing blamed it is Y all the same
    holders = list(head.children) + (list(obj.children) if lemma == "blame" else [])
    for prep in holders:
        if prep.dep_ != "prep" or prep.i <= obj.i or prep.lower_ not in ("for", "on") \
                or prep.lower_ == "on" and lemma != "blame" or prep.head.i == obj.i and prep.lower_ != "on":
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or pobj.ent_type_ in TIME_ENTITIES \
                or pobj.lemma_.lower() in TIME_NOUNS:
            continue
        if prep.lower_ == "on" and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                    or is_person_noun(obj)):
            continue
        return prep
    return None


# verbs of comparing in words (Levin's "amalgamate" verbs that take to/with: "likened it to a circus")
LIKENING_VERBS = frozenset("liken compare equate".split())


def said_of_pronoun(verb):
    """What a judgement or likening says of a pronoun object, which is no content of its own: the charge
    ("accuses it of stealing jobs", "blamed them for the delay") or what it is likened to ("likened it to a
    circus") -- the of-, for-, to- or with-phrase after the pronoun, or None."""
    lemma = verb.lemma_.lower()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i <= verb.i or not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
            continue
        if lemma in JUDGMENT_VERBS | CHARGE_VERBS and prep.lower_ in ("of", "for") and charge_given(verb):
            return prep
        if lemma in LIKENING_VERBS and prep.lower_ in ("to", "with"):
            return prep
    return None


# verbs that characterise what their to-phrase names by an as-phrase ("referred to the protesters as 'my
# friends'", "pointed to the case as proof of a rigged system"): the dub-29.3 frame with a preposition
REFERRING_VERBS = frozenset({"refer", "point"})


def named_as(verb, prep):
    """The as-phrase after a referring verb's to-phrase ``prep`` ("referred to X as Y"), or None."""
    if verb.lemma_.lower() not in REFERRING_VERBS or prep.lower_ != "to" or any(
            g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in prep.children):
        return None  # "which her campaign refers to as a firewall": the thing named stands elsewhere
    return next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > prep.i
                 and any(g.dep_ in ("pobj", "pcomp") for g in p.children)
                 and not any(t.text in (";", ".") for t in verb.doc[prep.right_edge.i + 1:p.i])), None)


def _object(head):
    """The verb's direct object after it (not a bare pronoun standing for a clause), or None."""
    return next((c for c in head.children if c.dep_ == "dobj" and c.i > head.i
                 and not (c.lower_ in ("it", "this", "that", "which", "what") and not list(c.children))), None)


def advises(head) -> bool:
    """"warned the bank against raising rates", "advised graduates to stay humble": an advise-class verb
    with its object and the advice (a to-infinitive after the object, or an against-phrase)."""
    if head.lemma_.lower() not in ADVISE_VERBS:
        return False
    obj = _object(head)
    if obj is None:
        return False
    for child in head.children:
        if child.i <= obj.i:
            continue
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VB" \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "against" and any(g.dep_ in ("pobj", "pcomp") for g in child.children):
            return True
    return any(p.dep_ == "prep" and p.lower_ == "against" and any(g.dep_ in ("pobj", "pcomp") for g in p.children)
               for p in obj.children)


def characterizes(head) -> bool:
    """"cast her rival as unfit", "portrayed the strikers as radicals": a characterize-class verb with its
    object and an as-phrase (on the verb or the object) that says what the object is."""
    if head.lemma_.lower() not in CHARACTERIZE_VERBS:
        return False
    obj = _object(head)
    if obj is None:
        return False
    if head.lemma_.lower() in SENSED_BY_OBJECT and obj.tag_ != "PRP" and not is_person_noun(obj):
        return False  # "cast their ballots as ...", "painted the bridge as ...": no one characterised
    return any(p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i and p.n_rights
               and not any(o.dep_ == "pobj" and o.lemma_.lower() in AS_MEANS for o in p.children)
               for holder in (head, obj) for p in holder.children)


def judges_for(head) -> bool:
    """"berated the guards for not ejecting protesters": a judgement verb with its object and the charge."""
    return head.lemma_.lower() in JUDGMENT_VERBS and _object(head) is not None and charge_given(head)


#: adjectives of "make (it) clear that ...": an idiom of declaring (not "make sure", "make certain": intentions)
PLAIN_ADJECTIVES = frozenset({"clear", "plain"})


def made_clear(verb):
    """"X made clear that A", "X made it plain that A", "X has made clear he will run": the idiom of
    declaring (A is what X said). The that-clause (or bare clause with a subject) after the adjective, or
    None; ``make_clear_cue`` gives the adjective."""
    adjective = make_clear_cue(verb)
    if adjective is None:
        return None
    return next((t for t in verb.subtree if t.i > adjective.i and t.head.i in (verb.i, adjective.i)
                 and t.dep_ in ("ccomp", "advcl", "csubj", "acl") and t.pos_ in ("VERB", "AUX")
                 and any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in t.children)
                 and (t.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))), None)


def make_clear_cue(verb):
    """The adjective of "made (it) clear" on a verb "make", or None."""
    if verb.lemma_.lower() != "make" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj")
                 and c.lower_ in PLAIN_ADJECTIVES and c.i > verb.i), None)


def declares_plainly(candidate) -> bool:
    """"Ruiz made clear that she will not run": ``made_clear`` stated outright (no negation, modal or
    infinitive: "need to make clear" is a plan) by someone who speaks ("the ruling made clear" is a thing
    showing, a belief)."""
    head = candidate.head
    if head is None or candidate.quoted or candidate.frame != "ccomp" or made_clear(head) is None:
        return False
    if head.tag_ == "VB" or any(c.dep_ in ("neg", "auxpass") for c in head.children) \
            or any(t.tag_ == "MD" for t in candidate.cue_tokens) or not own_subject(head):
        return False
    return speaking_source(candidate.source_tokens)


def comma_participle(verb) -> bool:
    """"..., portraying immigrants as criminals", "..., advising graduates to work hard": a participle set off by
    a comma after its clause, whose subject it shares (as "..., saying" does)."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i and set_off_by_comma(verb)


def refers_as(candidate) -> bool:
    """"X referred to the protesters as 'my friends'" (``named_as``) stated outright by someone who speaks."""
    head = candidate.head
    if head is None or candidate.quoted or candidate.frame != "prep:to" or head.pos_ != "VERB":
        return False
    prep = next((p for p in head.children if p.dep_ == "prep" and p.lower_ == "to"), None)
    if prep is None or named_as(head, prep) is None:
        return False
    if head.tag_ == "VB" or any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in head.children) \
            or any(t.tag_ == "MD" for t in candidate.cue_tokens) or not own_subject(head):
        return False
    return speaking_source(candidate.source_tokens)


def argues_plainly(candidate) -> bool:
    """"X made the case (to Y) that A" stated outright (``cue_clauses.makes_the_case``; not "help him make his
    case that A", "will make the case": a plan): an argument in words, A."""
    head = candidate.head
    return head is not None and candidate.frame == "obj" and stated_outright(candidate, frozenset({"make"})) \
        and makes_the_case(head) and own_subject(head)


def speaking_source(source) -> bool:
    """Whether a source (tokens) can speak: not a thing (``documents.speechless_source``), and a personal
    pronoun, a name or a noun for a person or a body (not "it", "the film")."""
    if not source:
        return False
    inside = {t.i for t in source}
    root = next((t for t in source if t.head.i not in inside or t.head is t), source[0])
    return not speechless_source(root) and _speaking(root)


def says_in_class(candidate) -> bool:
    """Whether an object-frame candidate reports words by the frame of its verb's class (``advises``,
    ``characterizes``, ``judges_for``), stated outright with a source of its own."""
    if declares_plainly(candidate) or refers_as(candidate):
        return True
    head = candidate.head
    if head is None or head.pos_ != "VERB" or not stated_outright(
            candidate, ADVISE_VERBS | CHARACTERIZE_VERBS | JUDGMENT_VERBS):
        return False
    if not own_subject(head) and not comma_participle(head):
        return False  # a participle hung on a noun or a verb without a comma: its subject is too often the wrong one
    if not speaking_source(candidate.source_tokens):
        return False  # "the film portrays him as a hero", "the crisis cast him as ...": a thing shows, no one says
    return advises(head) or characterizes(head) or judges_for(head)


def _speaking(root) -> bool:
    """Whether a source can speak: a personal pronoun, a name, or a noun for a person or a body."""
    if root.pos_ == "PRON":
        return root.lower_ not in ("it", "this", "that", "which", "what")
    return is_person_noun(root)
