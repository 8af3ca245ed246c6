"""The speaker of a finite speech cue the parser left without a subject, read off the word order
(``linear_subjects``; issue 10). The parses are built by hand, as the parser's slips leave them (the subject
joined to a fronted phrase, hung under its own relative clause, or taken for the cue's object), so the
tests do not depend on what a model version happens to misread; invented sentences."""
from __future__ import annotations

from statement_rows import hand_parsed

from newsgraph.analyze.statements.linear_subjects import linear_subject
from newsgraph.analyze.statements.sources import source_of

LEMMAS = {"said": "say", "builds": "build", "left": "leave", "failed": "fail", "was": "be"}


def _doc(rows):
    return hand_parsed(rows, LEMMAS)


def _text(tokens):
    return " ".join(t.text for t in tokens) if tokens else None


# "Alarmed by the unrest in Ohio, Senator Ana Ruiz, the minority leader, said that she left.": the parser
# joins "Ruiz" to "Ohio" and leaves "said" without a subject
FRONTED = _doc([
    ("Alarmed", "VERB", "VBN", "advcl", 15), ("by", "ADP", "IN", "prep", 0), ("the", "DET", "DT", "det", 3),
    ("unrest", "NOUN", "NN", "pobj", 1), ("in", "ADP", "IN", "prep", 3), ("Ohio", "PROPN", "NNP", "pobj", 4),
    (",", "PUNCT", ",", "punct", 5), ("Senator", "PROPN", "NNP", "compound", 9), ("Ana", "PROPN", "NNP", "compound", 9),
    ("Ruiz", "PROPN", "NNP", "conj", 5), (",", "PUNCT", ",", "punct", 9), ("the", "DET", "DT", "det", 13),
    ("minority", "NOUN", "NN", "compound", 13), ("leader", "NOUN", "NN", "appos", 9), (",", "PUNCT", ",", "punct", 15),
    ("said", "VERB", "VBD", "ROOT", 15), ("that", "SCONJ", "IN", "mark", 18), ("she", "PRON", "PRP", "nsubj", 18),
    ("left", "VERB", "VBD", "ccomp", 15), (".", "PUNCT", ".", "punct", 15),
])

# "Tom Brell, whose firm, Damco, builds dams, said the plan was sound.": the parser makes the relative clause
# the cue's complement and hangs the name in it; "Damco" is a name inside the parenthetical
RELATIVE = _doc([
    ("Tom", "PROPN", "NNP", "compound", 1), ("Brell", "PROPN", "NNP", "nsubj", 8), (",", "PUNCT", ",", "punct", 1),
    ("whose", "PRON", "WP$", "poss", 4), ("firm", "NOUN", "NN", "nsubj", 8), (",", "PUNCT", ",", "punct", 4),
    ("Damco", "PROPN", "NNP", "appos", 4), (",", "PUNCT", ",", "punct", 4), ("builds", "VERB", "VBZ", "ccomp", 11),
    ("dams", "NOUN", "NNS", "dobj", 8), (",", "PUNCT", ",", "punct", 11), ("said", "VERB", "VBD", "ROOT", 11),
    ("the", "DET", "DT", "det", 13), ("plan", "NOUN", "NN", "nsubj", 14), ("was", "AUX", "VBD", "ccomp", 11),
    ("sound", "ADJ", "JJ", "acomp", 14), (".", "PUNCT", ".", "punct", 11),
])

# '"We will win," said retired judge Ana Ruiz, half joking.': the inverted subject taken for an object, its
# title for an adverbial
INVERTED = _doc([
    ('"', "PUNCT", "``", "punct", 3), ("We", "PRON", "PRP", "nsubj", 3), ("will", "AUX", "MD", "aux", 3),
    ("win", "VERB", "VB", "ccomp", 6), (",", "PUNCT", ",", "punct", 6), ('"', "PUNCT", "''", "punct", 6),
    ("said", "VERB", "VBD", "ROOT", 6), ("retired", "VERB", "VBN", "amod", 8), ("judge", "NOUN", "NN", "npadvmod", 6),
    ("Ana", "PROPN", "NNP", "compound", 10), ("Ruiz", "PROPN", "NNP", "dobj", 6), (",", "PUNCT", ",", "punct", 6),
    ("half", "ADV", "RB", "advmod", 13), ("joking", "VERB", "VBG", "advcl", 6), (".", "PUNCT", ".", "punct", 6),
])

# "Ruiz, Pell and Brell, all senators, said it failed.": joint speakers, none of them alone
JOINT = _doc([
    ("Ruiz", "PROPN", "NNP", "npadvmod", 9), (",", "PUNCT", ",", "punct", 0), ("Pell", "PROPN", "NNP", "conj", 0),
    ("and", "CCONJ", "CC", "cc", 2), ("Brell", "PROPN", "NNP", "conj", 2), (",", "PUNCT", ",", "punct", 0),
    ("all", "DET", "DT", "det", 7), ("senators", "NOUN", "NNS", "appos", 0), (",", "PUNCT", ",", "punct", 9),
    ("said", "VERB", "VBD", "ROOT", 9), ("it", "PRON", "PRP", "nsubj", 11), ("failed", "VERB", "VBD", "ccomp", 9),
    (".", "PUNCT", ".", "punct", 9),
])


def test_the_name_before_a_parenthetical_that_runs_up_to_the_cue_speaks():
    assert _text(linear_subject(FRONTED[15])) == "Senator Ana Ruiz"
    assert _text(source_of(FRONTED[15])) == "Senator Ana Ruiz"


def test_the_first_name_speaks_not_a_name_inside_its_parenthetical():
    assert _text(linear_subject(RELATIVE[11])) == "Tom Brell"


def test_the_name_after_an_inverted_cue_speaks_with_its_title():
    assert _text(linear_subject(INVERTED[6])) == "retired judge Ana Ruiz"


def test_joint_speakers_are_not_guessed():
    assert linear_subject(JOINT[9]) is None


def test_a_cue_with_a_subject_or_no_speech_verb_is_left_to_the_parse():
    assert linear_subject(RELATIVE[8]) is None  # "builds": no speech verb
    assert linear_subject(FRONTED[18]) is None  # "left" has its subject
