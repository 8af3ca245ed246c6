"""Who does what to whom in a clause: the participant words of an event trigger.

Subjects (with passives, relatives, controlled infinitives and headlines run into the first
paragraph), objects and prepositional objects, the complement of a frame verb ("urged X to ...");
whether a word names someone (``is_someone``), who owns a thing acted on
("U.S. calls", "the Taliban hideouts": ``owner``), and the places and buildings an attack is aimed at
(``struck_thing``). Pure functions over spaCy tokens; ``patterns`` and ``actors`` decide which apply.
The participants of an event noun ("Russia's invasion of X", "talks with Y") are in ``noun_participants``.
"""
from __future__ import annotations

from newsgraph.analyze.actors import dictionaries

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_PREPS = ("to", "with", "against", "on", "upon", "toward", "towards", "at", "from", "into")
NOT_PARTICIPANTS = {"DATE", "TIME", "PERCENT", "MONEY"}


def first_child(token, deps):
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def someone_after(head, preposition: str):
    """The first someone (``is_someone``) that a ``preposition`` of ``head`` governs: the "by" agent
    of "accusations by X", the "of" member of "the release of the hostages"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            member = first_child(child, ("pobj",))
            if member is not None and is_someone(member):
                return member
    return None


def of_member(head):
    """The object of ``head``'s first "of" phrase ("hundreds of prisoners", "a state of emergency"), or
    None."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return first_child(of, ("pobj",)) if of is not None else None


def is_passive(token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


#: verbs whose object-and-participle complement is an act their subject wants or makes done ("wants X
#: banned", "ordered X arrested", "had X removed"); not perception ("saw X arrested": no doer named)
CAUSING = {"want", "need", "order", "have", "get", "like", "prefer"}


def small_clause_undergoer(participle):
    """The one who undergoes a past participle in a small clause under a verb of wanting or causing:
    "Y" of "X wants Y banned from the country", which a parse reads as the participle's subject; the
    participle has no auxiliary of its own ("X said Y has banned ..." is Y's act); else None."""
    if participle.tag_ != "VBN" or participle.dep_ not in ("ccomp", "xcomp", "oprd") \
            or participle.head.lemma_.lower() not in CAUSING:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children):
        return None
    return first_child(participle, ("nsubj", "nsubjpass"))


#: object-control verbs: their object does what their infinitive says ("forced X to resign", "persuaded X
#: to lift the sanctions"); not verbs whose infinitive is a purpose of their subject's ("called X to
#: apologize", "sent troops to attack", "promised X to support Y")
OBJECT_CONTROL = {"force", "compel", "persuade", "convince", "encourage", "urge", "ask", "tell", "order", "allow",
                  "permit", "enable", "invite", "prompt", "push", "press", "pressure", "lead", "cause",
                  "require", "inspire", "advise", "instruct", "beg", "challenge", "dare", "lobby", "remind", "warn",
                  "help", "assist", "want", "expect", "need", "get", "oblige", "authorize", "authorise", "empower",
                  "motivate", "spur", "drive", "coerce", "implore", "entreat", "exhort", "direct", "command"}


#: nouns of pressure whose "on X" names who is to act: "put pressure on X to compromise"
PRESSURE_NOUNS = {"pressure", "onus"}


def _named(token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def pressured_party(clause):
    """The one pressed to act in "put (more) pressure on X to compromise", "pressure on X to resign": X
    does what the infinitive says (the object-control reading of the noun "pressure"), not the one who
    puts the pressure on. Only a named X ("pressure on the budget to grow" is no doer); else None."""
    if clause.dep_ not in ("advcl", "acl", "xcomp") or clause.head.i == clause.i \
            or first_child(clause, ("aux",)) is None or first_child(clause, ("aux",)).lower_ != "to":
        return None
    head = clause.head
    if head.lemma_.lower() in PRESSURE_NOUNS and head.pos_ == "NOUN":
        holders = [head]
    else:
        noun = first_child(head, ("dobj",))
        if noun is None or noun.lemma_.lower() not in PRESSURE_NOUNS:
            return None
        holders = [noun, head]  # "on X" hung on the noun or on the verb "put"
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
            obj = first_child(prep, ("pobj",))
            if obj is not None and obj.i < clause.i and _named(obj):
                return obj
    return None


def object_controller(clause):
    """The object that does what an infinitive under an object-control verb says: "Ortiz forced Haddad to
    apologize", "encouraged Haddad to meet X": Haddad, not the subject of "forced". Only a name or a
    pronoun as object ("sent troops to attack X" is the sender's attack); else None."""
    pressed = pressured_party(clause)
    if pressed is not None:
        return pressed
    if clause.dep_ != "xcomp" or clause.head.i == clause.i or clause.head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    obj = first_child(clause.head, ("dobj",))
    if obj is None or obj.i > clause.i or obj.lower_ in ("that", "which", "it", "this"):
        return None
    return obj if _named(obj) else None


#: present-tense finite verbs ("calls", "call"): a clause of its own, with its own subject
FINITE_PRESENT = ("VBZ", "VBP")

#: prepositions of time that open a clause of someone's act ("after having slammed", "before leaving")
TIME_PREPS = {"after", "before", "while", "since", "upon", "on"}


def subject(head):
    """The doer: the subject, the "by" agent of a passive, the antecedent of a relative, or the subject
    shared with a governing verb ("X agreed to withdraw", "X ..., refusing to recognize")."""
    token = head
    raised = False  # climbed from an infinitive: a passive governor's subject is its doer
    adjunct = False  # climbed from "after/before/while doing": the doer of the clause it hangs on
    for _ in range(5):
        subject = _nearest_subject(token)
        if subject is None:
            # "some managers are no longer encouraging X" parsed with the subject hung on the auxiliary
            subject = next((first_child(c, ("nsubj",)) for c in token.children if c.dep_ == "aux"
                            and c.i > token.left_edge.i and first_child(c, ("nsubj",)) is not None), None)
        if subject is None and raised and is_passive(token):
            # "X was expected / is said / has been asked to sign": X signs
            subject = first_child(token, ("nsubjpass",))
        if subject is None and token.tag_ == "VBG":
            subject = _run_in_subject(token)
        if subject is None and first_child(token, ("csubj",)) is not None:  # "Putin was, is, and will be open"
            subject = first_child(first_child(token, ("csubj",)), ("nsubj",))
        if subject is not None and paragraph_between(subject, token):
            # a headline run into the first paragraph is not one clause: the paragraph's opening
            # noun ("\n\nRussia will not concede") is the subject the parse missed
            return paragraph_opening_subject(token)
        if subject is not None and subject.lower_ not in ("that", "which", "who"):
            return subject
        if subject is not None:  # relative pronoun: the noun the clause modifies
            if token.head.dep_ == "appos" and token.head.head.ent_type_ == "PERSON":
                return token.head.head  # "Nidal Hasan, the former Army psychiatrist who killed ...": Hasan
            return predicated_of(token.head)
        agent = first_child(token, ("agent",))
        if agent is not None:
            return first_child(agent, ("pobj",))
        if first_child(token, ("nsubjpass",)) is not None and not raised and token.dep_ in ("conj", "advcl"):
            # "..., but their helicopter was shot down", "deleted it after the person was condemned":
            # a passive of its own, no doer named (the governing clause's subject is not its doer)
            return None
        if token.dep_ == "advcl" and token.tag_ in FINITE_PRESENT and first_child(token, ("mark",)) is None:
            # "resistant to the Obama/Clinton calls for change" parsed with "calls" as a verb of its own: a
            # present-tense verb has its own subject, never the governing clause's
            return None
        controller = object_controller(token)
        if controller is not None:
            return controller
        if token.dep_ in ("xcomp", "conj", "advcl", "acomp") and token.head.i != token.i:
            # "agreed to withdraw", "has been eager to withdraw" (an adjective's infinitive)
            raised = token.dep_ == "xcomp"
            token = token.head
        elif token.dep_ == "pcomp" and token.head.head.i != token.head.i:
            reproached = _reproached(token)
            if reproached is not None:
                return reproached
            adjunct = token.head.lower_ in TIME_PREPS
            token = token.head.head
            if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.pos_ == "VERB":
                token = token.head  # "claimed responsibility for shooting down": the claimant shot
        elif token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            if token.head.pos_ == "NOUN" and token.head.dep_ == "appos" and token.head.head.ent_type_ == "PERSON":
                # "Jimmy Ghazal, a Lebanese man visiting Nice": the named person visits, not his nation
                return token.head.head
            if adjunct and not is_someone(token.head) and token.head.head.pos_ in ("VERB", "AUX"):
                # "introduce a bill dealing with the debt after having slammed X": the one who
                # introduces it slammed X, not the bill
                token, adjunct = token.head.head, False
                continue
            return token.head
        else:
            return None
    return None


#: the dashes that end a dateline ("BEIRUT —", "Washington (AFP) –", "NAIROBI --")
DATELINE_DASHES = frozenset({"—", "–", "-", "--", "―"})


def _nearest_subject(verb):
    """The verb's subject; of two (a parse that takes a dateline for one: "Nairobi (AFP) - Senator
    Mara Quill has lashed out at X" hangs both "Nairobi" and "Quill" on "lashed") the one after
    the dateline's dash, as a clause has one subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[1].i < verb.i and any(
            t.text in DATELINE_DASHES for t in verb.doc[subjects[0].i:subjects[1].i]):
        return subjects[1]  # a dash between the two: the first is a dateline's place
    return subjects[0] if subjects else None


#: subjects of a copula that predicate nothing of anyone: "it is X who ...", "there is someone who ..."
EXPLETIVES = {"it", "this", "that", "there", "what", "which", "who"}


def predicated_of(noun):
    """The one a relative clause's noun is said of when that noun is a copula's predicate: "she is a proud
    Democrat who wants to help elect ...": she (the Democrat is what she is, not another person); not a
    cleft's "it" ("it was X who ..."); else the noun itself."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return noun
    holder = first_child(noun.head, ("nsubj",))
    if holder is None or holder.lower_ in EXPLETIVES:
        return noun
    return holder


#: the preposition by which a verb or a named someone gives the act someone did: "praised X for backing Y",
#: "ridiculed A, B and C for criticizing Y". Not "accused X of doing", "X was arrested for doing": what a
#: charge or a punishment names is alleged, not an act of X's the text asserts (ConfliBERT tune sentences)
REASON_PREP = "for"


def _reproached(gerund):
    """The doer of a gerund that gives why someone is praised or blamed: the someone "for" hangs on ("A, B
    and C for criticizing": the list), or the object of the active verb it hangs on ("ridiculed X for
    criticizing", "thanked X for backing": X, not the one who ridiculed or thanked); else None."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or prep.lower_ != REASON_PREP or prep.head.pos_ not in ("VERB", "NOUN", "PROPN"):
        return None
    holder = prep.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder if is_someone(holder) and holder.dep_ in ("dobj", "conj", "appos") else None
    obj = first_child(holder, ("dobj",))
    if obj is not None and not is_someone(obj):
        # "imposed sanctions on Iran for supplying drones", "launched an inquiry into X for ...": the
        # someone the measure is aimed at ("on", "against", "into" of the object), not the one imposing it
        obj = next((first_child(c, ("pobj",)) for c in obj.children
                    if c.dep_ == "prep" and c.lower_ in ("on", "against", "into")), None)
    return obj if obj is not None and is_someone(obj) and obj.lower_ not in ("that", "which", "who") else None


def _run_in_subject(gerund):
    """"a sniper targeting and killing five officers" parsed with "a sniper" as a loose noun modifier
    (npadvmod) of the gerund right after it: that noun is the gerund's doer (not a date: "Sunday")."""
    noun = gerund.doc[gerund.i - 1] if gerund.i > 0 else None
    if noun is None or noun.dep_ != "npadvmod" or noun.head.i != gerund.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    before = gerund.doc[noun.i - 1] if noun.i > 0 else None
    if noun.ent_type_ in NOT_PARTICIPANTS or before is None or before.dep_ != "det":
        return None  # "a sniper", its article hung on the noun or on the gerund
    return noun


def paragraph_between(a, b) -> bool:
    """Whether a paragraph break (a blank line) separates tokens ``a`` and ``b``."""
    doc = a.doc
    for t in doc[min(a.i, b.i):max(a.i, b.i)]:
        if t.whitespace_.count("\n") >= 2 or (t.is_space and t.text.count("\n") >= 1):
            return True
    return False


def paragraph_opening_subject(verb):
    """"Russia" in "<headline>\n\nRussia will not concede": a name right after a paragraph break,
    followed only by auxiliaries, negation and adverbs up to the verb."""
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].dep_ in ("aux", "neg", "advmod", "auxpass"):
        i -= 1
    if i >= 1 and doc[i].pos_ in ("PROPN", "NOUN") and "\n\n" in doc[i - 1].text_with_ws + doc[i].text_with_ws[:0]:
        return doc[i]
    if i >= 1 and doc[i].pos_ in ("PROPN", "NOUN") and doc[i - 1].is_space and "\n" in doc[i - 1].text:
        return doc[i]
    return None


def recipient(head, skip=None):
    """The one acted on: the object (the antecedent of a relative object), else a prepositional object."""
    for child in head.children:
        if skip is not None and child.i == skip.i:
            continue
        if child.dep_ in ("dobj", "dative", "iobj"):
            if child.lower_ in ("that", "which", "whom") and head.dep_ == "relcl":
                return head.head
            if child.pos_ == "ADP":  # "gave X to Y": the dative "to"
                child = first_child(child, ("pobj",))
                if child is None:
                    continue
            if child.ent_type_ in NOT_PARTICIPANTS:
                continue
            return child
        if child.dep_ == "nsubjpass":
            if child.lower_ in ("who", "that", "which") and head.dep_ == "relcl":
                return head.head  # "nationals who had been arrested": the nationals
            return child
    said = _free_relative_subject(head)
    if said is not None:
        return said  # "condemned what the governor said": the governor
    shared = _shared_passive_subject(head)
    if shared is not None:
        return shared  # "X has been detained ... and should be freed": X
    if head.dep_ == "relcl" and any(c.dep_ in ("dobj",) for c in head.children) is False:
        pronoun = [c for c in head.doc[head.head.i + 1:head.i] if c.dep_ == "dobj" and c.head.i == head.i]
        if pronoun:
            return head.head
    return prep_object(head) or shared_object(head)


def shared_object(verb):
    """The someone a verb shares as its object with a verb conjoined after it, when it has none of its
    own: "began detaining, beating and expelling dozens of reporters" (the parse hangs the object
    on the last verb of the list), "arrested and beat the protesters". Only a verb of the same subject (no
    subject of its own in between) and only someone: "met and signed an accord" shares no one."""
    if verb.pos_ != "VERB" or first_child(verb, ("dobj", "nsubjpass", "ccomp", "xcomp")) is not None:
        return None
    for other in sorted((c for c in verb.conjuncts if c.i > verb.i), key=lambda c: c.i):
        if other.pos_ != "VERB" or first_child(other, ("nsubj", "nsubjpass")) is not None:
            return None
        obj = first_child(other, ("dobj",))
        if obj is not None:
            return obj if is_someone(obj) and obj.ent_type_ not in NOT_PARTICIPANTS else None
    return None


def _free_relative_subject(head):
    """"condemned what the governor said", "praised what X did": the object is a clause opened by
    "what", and the one acted on is that clause's subject (when it names someone)."""
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        opener = clause.doc[clause.left_edge.i]
        if opener.lower_ != "what" or opener.dep_ != "dobj" or opener.head.i != clause.i:
            continue
        subject = first_child(clause, ("nsubj",))
        if subject is not None and is_someone(subject):
            return subject
    return None


def _shared_passive_subject(head):
    """The passive subject a conjoined passive participle shares with the verb it is joined to ("X has
    been detained and should be freed and compensated": X), when it has no subject or object of its own."""
    token = head
    for _ in range(3):
        if token.dep_ != "conj" or token.tag_ != "VBN" or any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children):
            return None
        token = token.head
        undergoer = first_child(token, ("nsubjpass",))
        if undergoer is not None:
            return undergoer
    return None


def prep_object(head, preps=OBJECT_PREPS):
    """The object of one of ``preps`` attached to ``head`` ("attacks on X"), not a date."""
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            obj = first_child(child, ("pobj",))
            if obj is not None and obj.ent_type_ not in NOT_PARTICIPANTS:
                return obj
    return None


def complement(head):
    """What a frame word asks, refuses or promises: "to withdraw", "that X leaves", "for talks"."""
    for dep in ("xcomp", "ccomp"):
        child = first_child(head, (dep,))
        if child is not None:
            return child
    for child in head.children:  # "called for X to resign": a "for ... to" clause the parse hangs as advcl
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            return child
    obj = first_child(head, ("dobj",))
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "against" and first_child(child, ("pcomp",)) is not None:
            return first_child(child, ("pcomp",))  # "warned Iran against attacking ships"
        if child.dep_ == "prep" and child.lower_ in ("for", "to", "on", "of", "at"):
            pobj = first_child(child, ("pobj", "pcomp"))
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):  # "rejected X on Thursday": when
                inner = first_child(pobj, ("xcomp",))
                return inner or pobj
    if obj is not None:
        inner = first_child(obj, ("xcomp", "acl"))
        return inner or obj
    return None


def frame_recipient(head, complement, inner_recipient=None):
    """Who is asked/refused/threatened: "urged X to", "called on X to", "demand that X", else the
    recipient of what is asked ("refused to recognize X")."""
    obj = first_child(head, ("dobj", "dative"))
    if obj is not None and (complement is None or obj.i != complement.i):
        return obj
    if complement is not None and complement.dep_ == "dobj" and is_someone(complement):
        return complement  # "threatened Britain with retaliation": Britain, not the retaliation
    asked = first_child(head, ("nsubjpass",))
    if asked is not None and is_someone(asked) and asked.lower_ not in ("who", "that", "which"):
        return asked  # "X was asked by Y to delay the vote", "X was urged to resign": X
    if asked is not None and author(asked) is not None:
        return author(asked)  # "Somalia's request was rejected by Kenya": Somalia
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "from", "to", "with", "against"):
            pobj = first_child(child, ("pobj",))
            if pobj is not None and pobj.ent_type_ not in NOT_PARTICIPANTS and (
                    complement is None or pobj.i != complement.i):
                return pobj
    if complement is not None:
        subject = first_child(complement, SUBJECT_DEPS)
        if subject is not None and (complement.dep_ == "ccomp" or first_child(complement, ("mark",)) is not None
                                    and first_child(complement, ("mark",)).lower_ == "for"):  # "called for X to"
            return subject
        if inner_recipient is not None:
            return inner_recipient
        if complement.pos_ in ("NOUN", "PROPN"):
            return complement
    return None


#: measures imposed on someone: lifting, easing or refusing to lift them is aimed at whom they bind
MEASURES = {"sanction", "ban", "embargo", "curfew", "restriction", "blockade", "tariff", "penalty", "freeze",
            "boycott", "siege", "lockdown", "curb", "limit", "suspension"}


def measure_target(thing):
    """"Eritrea" of "sanctions imposed on Eritrea", "a ban placed against X", "curfew hours imposed in X":
    whom or where a measure named by ``thing`` was imposed on; else None."""
    words = {thing.lemma_.lower()} | {c.lemma_.lower() for c in thing.children if c.dep_ == "compound"}
    if not words & MEASURES:
        return None
    for clause in (c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "against", "in", "over"):
                obj = first_child(prep, ("pobj",))
                if obj is not None and obj.ent_type_ not in NOT_PARTICIPANTS:
                    return obj
    return None


PEOPLE = {"people", "person", "prisoner", "civilian", "protester", "demonstrator", "fisherman", "worker",
          "student", "refugee", "migrant", "hostage", "journalist", "activist", "victim", "family",
          "resident", "villager", "member", "leader", "official", "militant", "rebel", "fighter", "soldier",
          "troop", "police", "officer", "diplomat", "ambassador", "opponent", "critic", "supporter",
          "citizen", "national", "child", "woman", "man", "crew", "sailor", "pilot", "group", "government",
          "authority", "authorities", "country", "state", "party", "force", "army", "militia", "community",
          "organization", "organisation", "agency", "council", "committee", "ministry", "court", "company",
          "firm", "bank", "union", "alliance", "coalition", "movement", "cartel", "gang", "network",
          "administration", "regime", "cabinet", "parliament", "delegation", "commission", "nation", "ally",
          "service", "faction", "donor", "extremist", "politician", "guard",
          # the press: what a government censors, raids or shuts down is someone
          "newspaper", "media", "outlet", "broadcaster", "channel", "magazine", "publication", "website",
          "press", "radio", "station", "reporter", "blogger"}


#: endings of abstract nouns: things done or had, not the people doing them (the bodies among them,
#: "opposition", "federation", are in ``PEOPLE``)
ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ity", "ness", "ance", "ence", "ism", "ing")
PEOPLE |= {"opposition", "resistance", "federation", "association", "foundation", "corporation", "institution",
           "confederation", "congregation", "government", "establishment", "parliament", "department", "presidency",
           "king", "population", "minority", "intelligence", "management", "leadership", "constituency"}

QUANTITY_HEADS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
                  "scores", "number", "some", "many", "most", "all", "several", "few", "none", "each",
                  "majority", "handful", "one", "two", "three"}


def is_someone(token) -> bool:
    """A person, group, organisation or country, not a thing ("a proposal", "$5 million")."""
    if token.pos_ == "PRON" or token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    if any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") for c in token.children):
        return True  # "the space agency Roscosmos"
    lemma = token.lemma_.lower()
    member = of_member(token)
    if lemma == "state" and member is not None and member.ent_type_ not in ("GPE", "ORG"):
        return False  # "a state of emergency", "a state of siege"
    if member is not None and (token.like_num or lemma in QUANTITY_HEADS):
        return is_someone(member)  # "hundreds of prisoners", "some of the protesters"
    if lemma in PEOPLE:
        return True
    if lemma.endswith(ABSTRACT_ENDINGS):
        return False  # "settlement activity", "the investigation": a thing, whatever a title table says
    return dictionaries.sector_word(token.text) is not None


def owner(thing):
    """Who a thing named by a noun belongs to or comes from: its possessor, a name or group word
    modifying it ("U.S. calls", "the Taliban hideouts", "police headquarters"), or the "by" agent of
    an act ("accusations by X"); None for a bare thing or a person."""
    if thing.pos_ not in ("NOUN", "PROPN") or is_someone(thing):
        return None
    for child in thing.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    for child in thing.children:
        if child.dep_ in ("compound", "amod", "nmod") and (
                child.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or is_someone(child)):
            return child
    agent = someone_after(thing, "by")
    if agent is not None:
        return agent
    if thing.lemma_.lower() in TARGET_PLACES:
        # "the home of the former minister", "the offices of the newspaper": whose place it is
        member = first_child(next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), thing), ("pobj",))
        if member is not None and member.i != thing.i and is_someone(member):
            return member
    return None


#: verbs by which someone makes a document theirs ("signed an order", "issued a statement")
ISSUING = {"sign", "issue", "announce", "publish", "release", "send", "write", "pen", "unveil", "introduce", "file",
           "submit", "enact", "draft"}


def issuer(thing):
    """Who signed or issued a document that is the object of their verb ("he signed an executive order
    that restores ...": he), or None."""
    if thing is None or thing.dep_ != "dobj" or thing.head.lemma_.lower() not in ISSUING:
        return None
    return subject(thing.head)


#: verbs by which someone's words or acts are named in a relative clause ("the things X has said")
SAID_OR_DONE = {"say", "do", "propose", "write", "announce", "decide", "tweet", "claim", "suggest", "call", "make",
                "offer", "push", "champion", "sponsor", "introduce", "sign", "back", "order", "plan", "pursue"}


def author(thing):
    """Who made a claim, demand, plan or decision named by a noun: its possessor ("Kenya's demand"), a name
    modifying it ("the US decision"), or the "by"/"from" source ("allegations by the opposition",
    "criticism from X"), whether or not the word is on the list of people words ("by the settlers")."""
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    found = owner(thing)
    if found is not None:
        return found
    for child in thing.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            source = first_child(child, ("pobj",))
            if source is not None and source.pos_ in ("NOUN", "PROPN") and source.ent_type_ not in NOT_PARTICIPANTS:
                return source
        if child.dep_ == "relcl" and child.lemma_.lower() in SAID_OR_DONE and not any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in child.children):
            # "the things that Trump has said", "the plan Obama proposed": whoever said or made it
            maker = first_child(child, ("nsubj",))
            if maker is not None and maker.pos_ in ("NOUN", "PROPN") and is_someone(maker):
                return maker
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "the accusations made by Ukraine", "a plan drawn up by X"
            agent = first_child(first_child(child, ("agent",)) or child, ("pobj",))
            if agent is not None and agent.pos_ in ("NOUN", "PROPN") and agent.ent_type_ not in NOT_PARTICIPANTS:
                return agent
    return None


STRUCK = {"ASSAULT", "COERCE"}  # material conflict whose object may be a place or building
#: places and buildings an attack or raid is aimed at (their holder is the one acted on)
TARGET_PLACES = {"city", "town", "village", "base", "camp", "position", "post", "checkpoint", "building", "embassy",
                 "consulate", "headquarters", "compound", "home", "house", "hospital", "school", "mosque",
                 "church", "convoy", "bus", "vehicle", "ship", "vessel", "tanker", "plane", "aircraft",
                 "enclave", "area", "region", "district", "neighbourhood", "neighborhood", "province",
                 "stronghold", "bastion", "hideout", "office", "station", "facility", "factory", "port",
                 "airport", "bridge", "site", "territory", "border", "market", "ambulance", "camps",
                 "helicopter", "jet", "warplane", "drone", "boat", "truck", "car", "train", "tank", "warship",
                 "submarine", "satellite", "fighter",
                 # buildings people are held or besieged in
                 "campus", "university", "college", "prison", "jail", "palace", "residence", "hotel", "stadium",
                 "square", "courthouse", "cathedral", "temple", "shrine", "refinery"}


def struck_thing(found, token) -> bool:
    """Whether ``token`` is the direct object (or passive subject) of a material-conflict verb and
    names a place or building, not a weapon, an act or a cause ("fired rockets", "fight the epidemic")."""
    if token.i in {t.i for t in found.trigger} or token.head.i != found.head.i:
        return False
    if token.dep_ not in ("dobj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.lemma_.lower() in TARGET_PLACES or token.ent_type_ in ("GPE", "LOC", "FAC")


#: bodies that act for the person or party that owns them ("his campaign", "the Obama administration")
BODIES_OF = {"campaign", "administration", "team", "staff", "camp", "office", "cabinet", "entourage"}


def someones_body(token) -> bool:
    """A campaign, administration or team of someone named with it: its acts are that side's."""
    return token.lemma_.lower() in BODIES_OF and any(
        (c.dep_ == "poss" and (c.pos_ == "PRON" or is_someone(c))) or (c.dep_ == "compound" and c.ent_type_ in (
            "PERSON", "ORG", "NORP")) for c in token.children)


#: what someone says or asks that another answers, grants or rejects ("denied the charges by X",
#: "conceded to the demands of X", "rejected X's proposal"): its author is the one answered
CLAIMS = {"charge", "accusation", "allegation", "claim", "demand", "call", "request", "criticism", "complaint",
          "proposal", "offer", "ultimatum", "condition", "plea", "appeal", "warning", "threat", "assertion",
          "suggestion", "invitation", "overture", "bid", "insistence", "appeals", "demands", "charges", "pressure"}
#: prepositions by which an answer takes up a claim ("conceded to the demands", "agreed with the proposal",
#: "declined to resign despite pressure from X", "quit under pressure from X")
ANSWERED_PREPS = ("to", "with", "against", "over", "under", "despite")


def claimant(head):
    """The author of a claim or demand that ``head`` answers: the possessor or "by"/"from"/"of" someone
    of its object ("denied charges by X", "X's demands") or of its "to/with/against" phrase ("conceded to
    the demands of X"), or the "by" someone the parse hung on the active verb itself; else None."""
    claims = []
    for child in head.children:
        if child.dep_ == "dobj":
            claims.append((child, True))
        elif child.dep_ == "prep" and child.lower_ in ANSWERED_PREPS:
            claims.extend((c, False) for c in child.children if c.dep_ == "pobj")
    for claim, direct in claims:
        if claim.lemma_.lower() not in CLAIMS:
            continue
        for child in claim.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return child
        for preposition in ("by", "from", "of"):
            member = someone_after(claim, preposition)
            if member is not None:
                return member
        if direct and not is_passive(head):
            member = someone_after(head, "by")  # "denied charges by X that ...": "by" hung on the verb
            if member is not None:
                return member
    return None


#: verbs of a purpose clause whose object is whom the aid or support is for ("sent aid to help X")
HELPING = {"help", "assist", "aid", "support", "rescue", "protect", "feed", "rebuild", "relieve"}


def helped(head):
    """Whom a purpose clause "to help/assist X (do ...)" under ``head`` says an act is for: its object, or
    the subject of the clause it governs ("to help North Korea cope"); else None."""
    for clause in head.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in HELPING:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        obj = first_child(clause, ("dobj",))
        if obj is None:
            inner = first_child(clause, ("ccomp", "xcomp"))
            obj = first_child(inner, ("nsubj",)) if inner is not None else None
        if obj is not None and obj.ent_type_ not in NOT_PARTICIPANTS and obj.pos_ in ("NOUN", "PROPN", "PRON"):
            return obj
    return None
