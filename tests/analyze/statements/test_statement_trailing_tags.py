"""A cue clause that closes a sentence after a comma ("A, Ana Ruiz told a panel on Monday.", "A, she said.")
reports the clause before it when the parse gives the cue no clause of its own (``closing_cues.trailing_tag``;
issue 10). Parses built by hand as the parser's slips leave them (the speaker hung on the clause as an
apposition, the cue on the clause as an adverbial); invented sentences."""
from __future__ import annotations

from statement_rows import hand_parsed

from newsgraph.analyze.statements.closing_cues import trailing_tag

LEMMAS = {"said": "say", "told": "tell", "includes": "include", "rose": "rise", "points": "point",
          "smiles": "smile", "asked": "ask"}


def _doc(rows):
    return hand_parsed(rows, LEMMAS)


def _texts(tagged):
    return None if tagged is None else tuple(" ".join(t.text for t in part) for part in tagged)


# "The plan includes a fund, Ana Ruiz told a panel on Monday.": "Ruiz" hung on "fund" as an apposition,
# "told" joined to "includes"
APPOSED = _doc([
    ("The", "DET", "DT", "det", 1), ("plan", "NOUN", "NN", "nsubj", 2), ("includes", "VERB", "VBZ", "ROOT", 2),
    ("a", "DET", "DT", "det", 4), ("fund", "NOUN", "NN", "dobj", 2), (",", "PUNCT", ",", "punct", 4),
    ("Ana", "PROPN", "NNP", "compound", 7), ("Ruiz", "PROPN", "NNP", "appos", 4), ("told", "VERB", "VBD", "conj", 2),
    ("a", "DET", "DT", "det", 10), ("panel", "NOUN", "NN", "dobj", 8), ("on", "ADP", "IN", "prep", 8),
    ("Monday", "PROPN", "NNP", "pobj", 11), (".", "PUNCT", ".", "punct", 2),
])

# "Prices rose in the town, she said.": "said" hung on "rose" as an adverbial clause
ADVERBIAL = _doc([
    ("Prices", "NOUN", "NNS", "nsubj", 1), ("rose", "VERB", "VBD", "ROOT", 1), ("in", "ADP", "IN", "prep", 1),
    ("the", "DET", "DT", "det", 4), ("town", "NOUN", "NN", "pobj", 2), (",", "PUNCT", ",", "punct", 7),
    ("she", "PRON", "PRP", "nsubj", 7), ("said", "VERB", "VBD", "advcl", 1), (".", "PUNCT", ".", "punct", 1),
])

# "And while prices rose, Ana Ruiz points to the polls.": what is pointed to is the matter
POINTING = _doc([
    ("And", "CCONJ", "CC", "cc", 8), ("while", "SCONJ", "IN", "mark", 3), ("prices", "NOUN", "NNS", "nsubj", 3),
    ("rose", "VERB", "VBD", "advcl", 8), (",", "PUNCT", ",", "punct", 8), ("Ana", "PROPN", "NNP", "compound", 6),
    ("Ruiz", "PROPN", "NNP", "nsubj", 8), ("points", "VERB", "VBZ", "ROOT", 8), ("to", "ADP", "IN", "prep", 8),
    ("the", "DET", "DT", "det", 11), ("polls", "NOUN", "NNS", "pobj", 9), (".", "PUNCT", ".", "punct", 8),
])

# "Prices rose in the town, their smiles said.": a thing speaks no words
THING = _doc([
    ("Prices", "NOUN", "NNS", "nsubj", 1), ("rose", "VERB", "VBD", "ROOT", 1), ("in", "ADP", "IN", "prep", 1),
    ("the", "DET", "DT", "det", 4), ("town", "NOUN", "NN", "pobj", 2), (",", "PUNCT", ",", "punct", 8),
    ("their", "PRON", "PRP$", "poss", 7), ("smiles", "NOUN", "NNS", "nsubj", 8), ("said", "VERB", "VBD", "advcl", 1),
    (".", "PUNCT", ".", "punct", 1),
])


def test_a_closing_cue_whose_speaker_the_parser_hung_on_the_clause_reports_the_clause():
    assert _texts(trailing_tag(APPOSED[8])) == ("Ana Ruiz", "The plan includes a fund")


def test_a_closing_cue_hung_on_the_clause_as_an_adverbial_reports_it():
    assert _texts(trailing_tag(ADVERBIAL[7])) == ("she", "Prices rose in the town")


def test_a_matter_pointed_to_or_a_thing_that_speaks_is_no_closing_cue():
    assert trailing_tag(POINTING[7]) is None
    assert trailing_tag(THING[8]) is None
