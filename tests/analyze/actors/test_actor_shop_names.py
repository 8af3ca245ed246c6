"""A name written with an 's is a shop's only where the article never writes it as a person's (issue
10, statement speakers): a person's name with a possessive or a contracted "has" after it stays that
person, speaks as that person and takes no business sector; a shop's name stays a company."""
from __future__ import annotations

import pytest
from actor_rows import actors

from newsgraph import analyze
from newsgraph.analyze.actors import find_actors, names
from newsgraph.analyze.actors.shop_names import possessive_names

pytestmark = pytest.mark.model


def speakers(text):
    """(speaker name, speaker kind, cue) of every statement ``analyze`` finds in ``text``."""
    analysis = analyze(text, published="2024-03-04")
    by_id = {a.id: a for a in analysis.actors}
    return [(by_id[s.speaker].name, by_id[s.speaker].kind, s.cue.text) for s in analysis.statements
            if s.speaker in by_id]


def test_a_shop_written_with_its_s_every_time_stays_a_company(nlp):
    text = "Shoppers crowded Pemberton's on Saturday, and Pemberton's said sales rose 4 percent."
    assert possessive_names(nlp(text)) == {"Pemberton"}
    assert actors(nlp, text) == [("Pemberton's", "organization", None, "BUS")]


def test_a_name_the_article_also_writes_without_the_s_is_a_person(nlp):
    text = "The votes were Orrin's, the count showed. Orrin said he was pleased."
    assert possessive_names(nlp(text)) == set()
    assert actors(nlp, text) == [("Orrin", "person", None, None)]
    assert speakers(text) == [("Orrin", "person", "said")]


def test_a_name_after_an_honorific_is_a_person_whatever_its_s(nlp):
    text = "Ms. Kell's contract, like Mr. Dobrin's, ends next year, the network said."
    assert possessive_names(nlp(text)) == set()
    assert actors(nlp, text) == [("Kell", "person", None, None), ("network", "organization", None, None)]
    assert speakers(text) == [("network", "organization", "said")]


def test_an_s_before_a_past_participle_is_a_contracted_has(nlp):
    text = "Brell's been a fighter all his life, his sister said."
    assert possessive_names(nlp(text)) == set()
    assert ("Brell's", "organization", None, "BUS") not in actors(nlp, text)


def test_a_persons_campaign_speaks_as_the_campaign_not_the_person(nlp):
    text = "Mara Quill's campaign said on Monday that the rally would go ahead."
    assert speakers(text) == [("Quill campaign", "organization", "said")]


def _hand_parsed(nlp, given, surname):
    """ "The mayor spoke. Then <given> <surname> said it. <surname> left.", parsed by hand: the tagger
    missed the first full name and tagged the later surname alone."""
    from spacy.tokens import Doc

    words = ["The", "mayor", "spoke", ".", "Then", given, surname, "said", "it", ".", surname, "left", "."]
    return Doc(nlp.vocab, words=words,
               spaces=[True, True, False, True, True, True, True, True, False, True, True, False, False],
               pos=["DET", "NOUN", "VERB", "PUNCT", "ADV", "PROPN", "PROPN", "VERB", "PRON", "PUNCT", "PROPN", "VERB",
                    "PUNCT"],
               tags=["DT", "NN", "VBD", ".", "RB", "NNP", "NNP", "VBD", "PRP", ".", "NNP", "VBD", "."],
               heads=[1, 2, 2, 2, 7, 6, 7, 7, 7, 7, 11, 11, 11],
               deps=["det", "nsubj", "ROOT", "punct", "advmod", "compound", "nsubj", "ROOT", "dobj", "punct", "nsubj",
                     "ROOT", "punct"],
               ents=["O"] * 10 + ["B-PERSON", "O", "O"],
               sent_starts=[True, False, False, False, True, False, False, False, False, False, True, False, False])


@pytest.mark.parametrize(("given", "surname", "joined", "name"), [
    ("Dana", "Brell", True, "Dana Brell"),  # a given name the first-name tables know
    ("Rahm", "Emanuel", True, "Rahm Emanuel"),  # a full name the knowledge base knows
    ("Outside", "Brell", False, "Brell"),  # neither: a capitalised common word
])
def test_a_given_name_the_tagger_missed_before_a_known_surname_joins_it(nlp, given, surname, joined, name):
    doc = _hand_parsed(nlp, given, surname)
    assert names.given_name_before(doc[6]) is joined
    assert not names.given_name_before(doc[10])
    assert [(a.name, a.kind) for a in find_actors(doc, "2024-03-04").to_list()] == [
        ("mayor", "person"), (name, "person")]


def test_an_appositive_after_another_name_is_not_the_earlier_names_title(nlp):
    text = ("Dana Brell fired his police chief, Tom Pike, last week.\n\nBrell - who abruptly fired Pike, the Denver "
            "police chief, on Tuesday after strongly backing him a few days earlier - is in no danger of a recall.")
    index = find_actors(nlp(text), "2024-03-04")
    found = {a.name: (a.sector, a.title) for a in index.to_list()}
    assert found["Dana Brell"] == (None, None)
    assert found["Tom Pike"] == ("COP", "his police chief")
