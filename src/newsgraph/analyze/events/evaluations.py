"""Accusations made by what is said of someone: "Clinton said the Sanders campaign is lying about her",
"She said Rubio has failed to do anything", "He said the governor was incompetent".

A clause whose subject names someone and whose predicate is a word of strongly negative valence (the
VADER lexicon's, ``objects.negative_words``: the clause's own verb, or the adjective or noun a copula
gives its subject; or a name of contempt, ``objects.CONTEMPT``, as in "called him unfit": "said Trump is
unfit", "a hypocrite", "a jerk") is, said by someone else, that speaker's accusation of the subject (PLOVER ACCUSE
disapprove; CAMEO 111 criticize or denounce). The reading is made here with no doer: ``events`` gives it
the speaker of the statement that holds it, and drops it outside one (a narrator's judgement is no event).
Not a word the event tables name (its own event: "rebels killed ten"), not a negated or softened word
("is not corrupt"), not a first- or second-person subject (the speaker's own feelings: "I am sick"), not a
question.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events import participants as P
from newsgraph.analyze.events.found import Found
from newsgraph.analyze.events.lexicon import Lexicon
from newsgraph.analyze.events.nonacts import place_described
from newsgraph.analyze.events.objects import CONTEMPT, negative_words
from newsgraph.analyze.events.polarity import finish_event

#: verbs of misconduct a speaker charges someone with ("he lies", "has failed to do anything", "has
#: embarrassed all"), of the negative words; a verb of misfortune ("lost", "is losing", "struggles") is none
MISCONDUCT = {"lie", "cheat", "mislead", "deceive", "betray", "embarrass", "disgrace", "fail", "abuse", "steal",
              "rig"}
#: feelings or outlooks of one's own a negative adjective may name ("is pessimistic about a deal", "is
#: unconvinced"): no charge against anyone
OWN_FEELINGS = {"afraid", "fearful", "sad", "sick", "angry", "upset", "unhappy", "sorry", "miserable", "lonely",
                "anxious", "nervous", "scared", "desperate", "pessimistic", "uncomfortable", "unconvinced",
                "distrustful"}
NAMED = {"PERSON", "ORG", "NORP", "GPE"}
COPULAS = {"be", "become", "remain", "seem", "look", "sound", "prove"}
SPEAKER_PRONOUNS = {"i", "me", "we", "us", "you", "it", "this", "that", "there", "what", "which", "who", "these",
                    "those", "they", "them"}  # "they": a group the parse leaves unresolved too often


def evaluation(token, lexicon: Lexicon) -> Optional[Found]:
    """The accusation ``token`` makes as the negative predicate of a clause about someone, or None."""
    if token.lower_ not in negative_words() and token.lemma_.lower() not in negative_words() and not (
            token.pos_ in ("ADJ", "NOUN") and token.lemma_.lower() in CONTEMPT):
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("not", "never", "no", "hardly", "less", "least") for c in token.children):
        return None
    if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound", "acl", "relcl"):
        if token.lemma_.lower() not in MISCONDUCT or lexicon.verb(token) is not None:
            return None  # "lost the vote", "is struggling": a fortune, no charge; "killed": an event of its own
        if any(c.dep_ == "xcomp" and lexicon.verb(c) is not None for c in token.children):
            return None  # "failed to reach agreement": the event the tables name, negated, and no charge
        clause, subject = token, P.first_child(token, ("nsubj",))
    elif token.pos_ in ("ADJ", "NOUN") and token.dep_ in ("acomp", "attr") and token.head.lemma_ in COPULAS:
        if token.pos_ == "NOUN" and lexicon.noun(token) is not None:
            return None
        if token.tag_ == "VBN" or token.lower_.endswith("ed") or token.lemma_.lower() in OWN_FEELINGS:
            return None  # "had become frustrated", "are fearful": the subject's own feeling, no charge
        if any(c.dep_ == "prep" and c.lower_ == "among" for t in (token, token.head) for c in t.children):
            return None  # "Clinton is weakest among Hispanic voters": a standing in a group (a poll), no charge
        clause = token.head
        subject = P.first_child(clause, ("nsubj",))
        if any(c.dep_ == "neg" for c in clause.children):
            return None  # "is not a fraud"
    else:
        return None
    if subject is None or subject.lower_ in SPEAKER_PRONOUNS or not (
            subject.pos_ == "PROPN" or subject.ent_type_ in NAMED or subject.lower_ in ("he", "she")):
        return None  # a named person, party, body or country (not "people", "everything", "the party")
    if place_described(token, subject):
        return None  # "Libya is a mess": a country's state, no charge against it
    if any(t.text == "?" for t in token.sent):
        return None  # "Who is the real con man here?": asked, not said
    event = Found("ACCUSE", "disapprove", clause, [token], confidence=0.45)
    event.recipient = subject
    finished = finish_event(event, roles_set=True)
    if finished is None or finished.negated or finished.hypothetical:
        return None
    return finished
