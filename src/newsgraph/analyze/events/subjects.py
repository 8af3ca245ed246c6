"""The doer of an event trigger: its subject, read through passives, relatives, controlled infinitives.

The subject, the "by" agent of a passive, the antecedent of a relative, the subject shared with a governing
verb ("X agreed to withdraw"), the object of an object-control verb (``control``), the someone praised or
blamed "for" a gerund, and the opening noun of a first paragraph a headline was run into; the one who
signed or issued a document (``issuer``). Pure functions over spaCy tokens.
"""
from __future__ import annotations

from newsgraph.analyze.events.control import object_controller
from newsgraph.analyze.events.participants import (
    NOT_PARTICIPANTS,
    first_child,
    infinitive_after,
    is_passive,
    is_someone,
    possessor,
)

#: present-tense finite verbs ("calls", "call"): a clause of its own, with its own subject
FINITE_PRESENT = ("VBZ", "VBP")

#: prepositions of time that open a clause of someone's act ("after having slammed", "before leaving")
TIME_PREPS = {"after", "before", "while", "since", "upon", "on"}

#: verbs of a parenthetical reporting clause ("Clinton has no plans, advisers say, to ..."): the parse may hang
#: the rest of the sentence on them, but their subject only reports it
PARENTHETICAL = {"say", "tell", "add", "claim", "insist", "note", "argue", "report", "write", "explain", "confirm",
                 "believe", "think", "suggest", "acknowledge", "concede", "contend", "recall"}

#: nouns of someone's own intent or attempt: their possessor does what the infinitive after them says
#: ("Trump's calls to ban X", "his bid to unseat Y", "her refusal to testify"); not nouns of asking another
#: to act ("his invitation to visit", "an order to attack": object control)
INTENT_NOUNS = {"call", "plan", "proposal", "promise", "pledge", "vow", "threat", "decision", "effort", "attempt",
                "bid", "push", "move", "refusal", "offer", "commitment", "determination", "intention", "desire",
                "willingness", "readiness", "failure", "campaign", "drive", "quest", "plot", "scheme", "proposition",
                "insistence", "reluctance", "eagerness", "promises", "threats", "vows"}


def subject(head):
    """The doer: the subject, the "by" agent of a passive, the antecedent of a relative, or the subject
    shared with a governing verb ("X agreed to withdraw", "X ..., refusing to recognize")."""
    token = head
    raised = False  # climbed from an infinitive: a passive governor's subject is its doer
    adjunct = False  # climbed from "after/before/while doing": the doer of the clause it hangs on
    for _ in range(5):
        intent = _intent_holder(token)
        if intent is not None:
            return intent
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
            return predicated_of(_agreeing_conjunct(token.head, token))
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
        adjoined = _adjunct_undergoer(token) or _absolute_subject(token)
        if adjoined is not None:
            return adjoined
        if token.dep_ in ("xcomp", "conj", "advcl", "acomp") and token.head.i != token.i:
            # "agreed to withdraw", "has been eager to withdraw" (an adjective's infinitive)
            raised = token.dep_ == "xcomp"
            token = _past_parenthetical(token.head)
        elif token.dep_ == "pcomp" and token.head.head.i != token.head.i:
            reproached = _reproached(token)
            if reproached is not None:
                return reproached
            adjunct = token.head.lower_ in TIME_PREPS
            token = token.head.head
            if adjunct and is_passive(token) and first_child(token, ("nsubjpass",)) is not None:
                # "six protesters were arrested after refusing to leave": the one the passive is said of
                # did the time adjunct's act (not a "by" agent, not a reporting clause's subject)
                return first_child(token, ("nsubjpass",))
            if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.pos_ == "VERB":
                token = token.head  # "claimed responsibility for shooting down": the claimant shot
        elif token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            if token.head.dep_ == "appos" and token.head.head.ent_type_ == "PERSON" and (
                    token.head.pos_ == "NOUN" or token.head.ent_type_ not in ("PERSON", "ORG", "GPE")):
                # "Jimmy Ghazal, a Lebanese man visiting Nice", "Rep. Ana Pell, a Utah Democrat backing X": the
                # named person does it, not his nation or party
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


#: conjunctions of time that open a participle adjunct ("while visiting", "after leaving")
TIME_MARKS = {"while", "after", "before", "since", "when", "upon", "once"}


def _adjunct_undergoer(clause):
    """The subject of a passive verb a time adjunct hangs on: "X was arrested while protesting" -> X, not
    the "by" agent of the passive nor a reporting clause above it (an adjunct with no subject of its own
    is controlled by its clause's subject, passive or not); else None."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.head.i == clause.i:
        return None
    mark = first_child(clause, ("mark",))
    if mark is None or mark.lower_ not in TIME_MARKS or first_child(clause, ("nsubj", "nsubjpass")) is not None:
        return None
    head = clause.head
    return first_child(head, ("nsubjpass",)) if is_passive(head) and first_child(head, ("nsubj",)) is None else None


def _absolute_subject(clause):
    """The subject of a "with X doing" clause a bare participle right after it continues: "the networks
    stuck with Trump talking at length, taking shots at Rubio": Trump takes the shots, not the networks
    (the parse hangs both on the main verb); else None."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.head.i == clause.i \
            or any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in clause.children):
        return None
    doc = clause.doc
    for prep in clause.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > clause.i:
            continue
        doing = first_child(prep, ("pcomp",))
        doer = first_child(doing, ("nsubj",)) if doing is not None and doing.tag_ == "VBG" else None
        end = prep.right_edge.i
        if doer is None:
            # "with Haddad talking ..." parsed as "with Haddad" and a participle of the main verb right after
            doer = first_child(prep, ("pobj",))
            after = doc[end + 1] if doer is not None and end + 1 < len(doc) else None
            if after is None or after.tag_ != "VBG" or after.dep_ != "advcl" or after.head.i != clause.head.i \
                    or not is_someone(doer) or after.left_edge.i != after.i:
                continue
            end = after.right_edge.i if after.i != clause.i else clause.i - 1
        between = doc[end + 1:clause.left_edge.i]
        if all(t.is_punct or t.dep_ == "cc" for t in between):
            return doer
    return None


def _past_parenthetical(verb):
    """The clause a parenthetical reporting clause interrupts ("Clinton has no plans, advisers say, to take
    cues ..." parsed with "to take" under "say"): its subject reports the clause, it does not do what the
    clause says; else ``verb`` itself."""
    if verb.dep_ == "parataxis" and verb.lemma_.lower() in PARENTHETICAL and verb.head.i != verb.i:
        return verb.head
    return verb


def _intent_holder(clause):
    """The possessor of a noun of intent whose infinitive the parse hung on the verb instead of the noun:
    "decried Trump's calls to ban X" read as "decried ... to ban" -> Trump (the calls' maker), not the one
    who decried them; None otherwise. (An infinitive the parse hung on the noun itself, "Trump's calls to
    ban", climbs to the noun, whose possessor is the participant.)"""
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    obj = first_child(clause.head, ("dobj",))
    if obj is None or obj.lemma_.lower() not in INTENT_NOUNS or (infinitive_after(clause.head, obj) or obj).i != clause.i:
        return None
    owner = possessor(obj)
    # a pronoun ("our efforts to destroy X", "his calls to ban") is most often the clause subject itself,
    # which the climb finds anyway (and a quoted "our" is the speaker's side): a name only
    return owner if owner is not None and owner.pos_ != "PRON" else None


#: the dashes that end a dateline ("BEIRUT —", "Washington (AFP) –", "NAIROBI --")
DATELINE_DASHES = frozenset({"—", "–", "-", "--", "―"})


def raised_patient(head):
    """The one a passive infinitive happens to, raised to the governing clause's subject ("the senators are
    likely to be pressed", "X is expected to be arrested"): that subject undergoes the act, it does not do
    it; None when the infinitive is active, names its own subject or a "by" agent ("agreed to be
    interviewed by Y": Y is the doer)."""
    if head.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    if first_child(head, ("nsubjpass", "nsubj", "agent")) is not None:
        return None
    return subject(head)


def _nearest_subject(verb):
    """The verb's subject; of two (a parse that takes a dateline for one: "Nairobi (AFP) - Senator
    Mara Quill has lashed out at X" hangs both "Nairobi" and "Quill" on "lashed") the one after
    the dateline's dash, as a clause has one subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[1].i < verb.i and any(
            t.text in DATELINE_DASHES for t in verb.doc[subjects[0].i:subjects[1].i]):
        return subjects[1]  # a dash between the two: the first is a dateline's place
    return subjects[0] if subjects else None


#: finite verb forms of the third person singular: "who has", "who is", "who was", "who calls"
SINGULAR_FINITE = {"VBZ"}


def _agreeing_conjunct(noun, clause):
    """The name a relative clause is about when the parse hung it on the first of two joined names: "Haddad
    and Ortiz, who has opposed ...": a singular verb agrees with one of them, the name right before "who"
    (a plural "who have" is about both: the first stands for them)."""
    joined = [c for c in noun.conjuncts if noun.i < c.i < clause.i and c.pos_ == "PROPN"]
    if not joined or noun.pos_ != "PROPN":
        return noun
    last = max(joined, key=lambda c: c.i)
    pronoun = clause.left_edge
    if any(not t.is_punct for t in noun.doc[last.right_edge.i + 1:pronoun.i]):
        return noun  # the clause does not follow the last name
    finite = next((c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "MD"), clause)
    singular = finite.tag_ in SINGULAR_FINITE or finite.lower_ == "was"
    return last if singular else noun


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
    receiver = _receiver(holder, obj)
    if receiver is not None:
        # "gave X two Pinocchios for dismissing", "gave X credit for brokering": the one given the verdict
        return receiver
    if obj is not None and not is_someone(obj):
        # "imposed sanctions on Iran for supplying drones", "launched an inquiry into X for ...": the
        # someone the measure is aimed at ("on", "against", "into" of the object), not the one imposing it
        obj = next((first_child(c, ("pobj",)) for c in obj.children
                    if c.dep_ == "prep" and c.lower_ in ("on", "against", "into")), None)
    return obj if obj is not None and is_someone(obj) and obj.lower_ not in ("that", "which", "who") else None


def _receiver(verb, thing):
    """Whom a verdict or award is given for a gerund's act: the indirect object of "gave X credit / a
    rating / two Pinocchios for doing" (which a parse may hang on the thing given), when it names someone;
    else None."""
    if thing is None or is_someone(thing):
        return None
    given = first_child(verb, ("dative",))
    if given is None:
        given = next((c for c in thing.children if c.dep_ == "nmod" and c.i < thing.i
                      and c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")), None)
    if given is None or given.lower_ in ("it", "that", "this", "which"):
        return None
    return given if is_someone(given) else None


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


#: verbs by which someone makes a document theirs ("signed an order", "issued a statement")
ISSUING = {"sign", "issue", "announce", "publish", "release", "send", "write", "pen", "unveil", "introduce", "file",
           "submit", "enact", "draft"}


def issuer(thing):
    """Who signed or issued a document that is the object of their verb ("he signed an executive order
    that restores ...": he), or None."""
    if thing is None or thing.dep_ != "dobj" or thing.head.lemma_.lower() not in ISSUING:
        return None
    return subject(thing.head)
