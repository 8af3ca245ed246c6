"""Whom an accusation is aimed at when its own clause names no one: the one its words are about.

"X alleged that the governor abused her office": the subject of the accusation's own "that" clause.
"Lashing out, Trump said the justice's mind is shot", "She escalated her criticism, telling a network
that X is a faker": the attack is made in what the doer says, and the subject of that said clause (or
the subject's owner: "the justice's mind") is the one attacked. And "X concluded ... . Y questioned that
determination": a thing taken up with a demonstrative is the doing of the previous sentence's subject,
who is the one questioned. Pure functions over spaCy tokens; the
caller resolves the word against the final actor index.
"""
from __future__ import annotations

from newsgraph.analyze.events.owners import author
from newsgraph.analyze.events.participants import first_child, is_someone

#: verbs whose "that" clause is what was said
SPEECH_VERBS = {"say", "tell", "add", "write", "argue", "claim", "insist", "declare", "tweet", "note", "warn",
                "suggest", "charge", "contend", "allege", "complain", "assert", "state"}


def _said_clauses(head):
    """The clauses of what is said around an act: the "that" clause of the speech verb the act hangs on
    ("Lashing out, X said ..."), and of a speech verb beside it ("criticized ..., telling Y that ...")."""
    if head.pos_ == "VERB":
        # "is alleging that the governor abused her office", "charged that X": the accusation's own clause
        yield from (c for c in head.children if c.dep_ == "ccomp" and _opened_by_that(c))
    verb = head
    if head.pos_ in ("NOUN", "PROPN"):  # "escalated her criticism": the verb the act is the object of
        verb = head.head.head if head.dep_ == "pobj" else head.head
    speakers = []
    if head.dep_ == "advcl" and head.head.lemma_.lower() in SPEECH_VERBS:
        speakers.append(head.head)
    speakers += [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in SPEECH_VERBS]
    for speaker in speakers:
        yield from (c for c in speaker.children if c.dep_ == "ccomp")


def _opened_by_that(clause) -> bool:
    """A declarative "that" clause or one with no opener ("alleged the army shelled ..."), not a question
    ("complained why ...") nor a quotation set off by punctuation."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "that" or (first.dep_ != "punct" and first.lower_ not in ("why", "how", "whether", "if"))


def said_of(head):
    """The word naming whom an accusation headed by ``head`` is about, read from what its doer says:
    the said clause's subject when it names someone, else that subject's owner; None when nothing is
    said beside the act or what is said is about a thing."""
    for clause in _said_clauses(head):
        subject = first_child(clause, ("nsubj", "nsubjpass"))
        if subject is None or subject.lower_ in ("it", "this", "that", "there", "what"):
            continue
        if is_someone(subject) or subject.pos_ == "PROPN":  # a name the tagger left untyped: the index decides
            return subject
        owner = first_child(subject, ("poss",))
        if owner is not None and (is_someone(owner) or owner.pos_ == "PROPN"):
            return owner
    return None


DEMONSTRATIVES = {"that", "this", "those", "these"}


def taken_up(thing):
    """The subject of the sentence before, for a thing taken up with a demonstrative and no owner of its
    own ("The agency concluded ... . Lawmakers questioned that determination": the agency); else None."""
    if thing is None or thing.pos_ != "NOUN" or is_someone(thing) or thing.sent.start == 0:
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in thing.children):
        return None
    if any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
           for c in thing.children):
        return None  # "that decision by X", "this plan of X's": named where it stands
    before = thing.doc[thing.sent.start - 1].sent
    subject = first_child(before.root, ("nsubj",))
    return subject if subject is not None and is_someone(subject) else None


#: nouns that name an act of saying or deciding, with the verbs that do that act ("the proposal" is what
#: someone "proposed"): a definite one with no owner of its own takes up an act told before it
NOMINALIZED = {
    "proposal": {"propose"}, "statement": {"state"}, "remark": {"remark"}, "comment": {"comment"},
    "allegation": {"allege", "accuse", "charge"}, "accusation": {"accuse", "allege", "charge"}, "claim": {"claim"},
    "charge": {"charge", "accuse"},
    "report": {"report"}, "ruling": {"rule"}, "decision": {"decide"}, "plan": {"plan"},
    "announcement": {"announce"}, "suggestion": {"suggest"}, "demand": {"demand"}, "request": {"request"},
    "offer": {"offer"}, "threat": {"threaten"}, "promise": {"promise"}, "pledge": {"pledge"},
    "criticism": {"criticize", "criticise"}, "assertion": {"assert"}, "order": {"order"},
    "recommendation": {"recommend"}, "denial": {"deny"}, "endorsement": {"endorse"}, "insult": {"insult"},
    # a measure is its sponsor's: "the House passed a bill ... . Senate Democrats blocked the bill"
    "bill": {"introduce", "pass", "sponsor", "draft"}, "legislation": {"introduce", "pass", "sponsor", "draft"},
    "measure": {"introduce", "pass", "sponsor", "propose"}, "amendment": {"introduce", "propose", "offer", "sponsor"},
    "resolution": {"introduce", "pass", "sponsor", "draft"},
}
#: verbs whose object is made or put out by their subject ("made a proposal", "issued a statement")
MADE_BY = frozenset({"make", "issue", "submit", "unveil", "announce", "file", "release", "publish", "present"})
#: acts done to whoever made what they take up: one rejects, criticizes, backs or accepts someone's act; a
#: demand "repeated" or a threat "renewed" is the doer's own act again, aimed at someone else
TAKEN_UP_BY = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
#: how many sentences back a chain of mentions may lead at most
MAX_SENTENCES_BACK = 12
#: and how many words (one sentence of hostile text may run on for pages)
MAX_TOKENS_BACK = 300
#: and how many ownerless mentions of the thing in between
MAX_MENTIONS_BACK = 4
#: determiners of a thing taken up
DEFINITE = frozenset({"the", "that", "this"})
#: how many sentences before the last mention of the act its telling may stand
ACT_REACH = 4


def _maker(verb):
    """The one who did what ``verb`` tells: its active subject or its passive "by" agent, or for a verb with
    neither that hangs on another clause ("X wants ... after recently accusing Y", "X went on, alleging
    that ...") the subject of that clause."""
    for _ in range(3):
        subject = first_child(verb, ("nsubj",))
        if subject is None:
            agent = first_child(verb, ("agent",))
            subject = first_child(agent, ("pobj",)) if agent is not None else None
        if subject is not None or first_child(verb, ("nsubjpass",)) is not None:
            return subject
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "after accusing": the clause "after" hangs on
        elif verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def earlier_act_maker(thing):
    """Who made a claim, proposal or ruling taken up with "the" or "that" and no owner of its own ("Trump proposed a
    ban ... . The proposal drew criticism ... . Y slammed the proposal": Trump): the doer of the nearest
    earlier verb that does that act ("proposed"), or the author of the nearest earlier mention of the same
    noun with one ("Trump's proposal"), looking back ``ACT_REACH`` sentences from the thing and from each
    ownerless "the" mention of it in between. None when the nearest telling names no one, or an "a" one
    brings in a new act (precision: the nearest act is the one taken up; its maker unnamed is unknown)."""
    if thing is None or thing.pos_ != "NOUN" or thing.tag_ != "NN" or is_someone(thing):
        return None
    lemma = thing.lemma_.lower()
    verbs = NOMINALIZED.get(lemma)
    if verbs is None or not _definite(thing):
        return None
    if author(thing) is not None or any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from", "on", "against")
                                        for c in thing.children):
        return None  # named where it stands, or an act about something else ("the report on X")
    doc = thing.doc
    sent, reach, end, mentions = thing.sent, ACT_REACH + 1, thing.i, 0
    for _ in range(MAX_SENTENCES_BACK):  # a bound on chains of mentions: hostile text repeats one noun
        for token in reversed(doc[max(sent.start, thing.i - MAX_TOKENS_BACK):end]):
            if token.pos_ == "VERB" and token.lemma_.lower() in verbs:
                maker = _maker(token)
                return maker if maker is not None and _someone_or_named(maker) else None
            if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
                maker = author(token)
                if maker is None and token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in verbs | MADE_BY:
                    maker = _maker(token.head)  # "the House passed a bill", "X made a proposal"
                    if maker is None or not _someone_or_named(maker):
                        return None
                if maker is not None:
                    return maker
                if not _definite(token):
                    return None  # "a proposal": another act, by someone unnamed
                mentions += 1
                if mentions > MAX_MENTIONS_BACK:
                    return None
                reach = ACT_REACH + 1  # taken up again here: look back from this sentence
        reach -= 1
        if reach <= 0 or sent.start == 0 or sent.start <= thing.i - MAX_TOKENS_BACK:
            return None
        sent = doc[sent.start - 1].sent
        end = sent.end
    return None


def _definite(thing) -> bool:
    """Taken up: "the report", "that report" (not "a report", another one)."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in thing.children)


def _someone_or_named(token) -> bool:
    """Someone, or a noun the actor index may list ("the Whitfield campaign"): the caller resolves it."""
    return is_someone(token) or token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("DATE", "TIME", "MONEY")
