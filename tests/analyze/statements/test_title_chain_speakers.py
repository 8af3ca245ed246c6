"""A chain of titles joined by "and" before a name ("her senior adviser and strategist Tom Reyes")
is one person's: the named person speaks, not an anonymous "senior adviser" (``title_chains``).
A list of people ("the president and Mrs. Clinton", a comma before "and") stays as it was.
Sentences of our own."""
from __future__ import annotations

import statement_rows

from newsgraph.analyze.actors.title_chains import named_conjunct


def _ents(doc):
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def test_the_name_at_the_end_of_a_title_chain_speaks():
    text = "The plan is dead, said her senior adviser and strategist Tom Reyes on Monday."
    assert statement_rows.analysed(text, "speaker", "source") == [
        ("Tom Reyes", "her senior adviser and strategist Tom Reyes")]


def test_a_possessive_title_chain_before_the_verb():
    text = "The numbers are clear, Brell's chief pollster and strategist Joel Benenson said on Monday."
    assert statement_rows.analysed(text, "speaker") == [("Joel Benenson",)]


def test_the_chain_is_found_from_its_first_title(nlp):
    doc = nlp("The plan is dead, said her senior adviser and strategist Tom Reyes on Monday.")
    adviser = next(t for t in doc if t.text == "adviser")
    assert named_conjunct(adviser, _ents(doc)).text == "Tom Reyes"


def test_a_name_with_an_article_of_its_own_is_a_second_person(nlp):
    doc = nlp("The plan is dead, said the senior adviser and the strategist Tom Reyes on Monday.")
    adviser = next(t for t in doc if t.text == "adviser")
    assert named_conjunct(adviser, _ents(doc)) is None


def test_a_name_without_a_title_of_its_own_is_a_second_person(nlp):
    doc = nlp("The plan is dead, said the senator and Tom Reyes on Monday.")
    senator = next(t for t in doc if t.text == "senator")
    assert named_conjunct(senator, _ents(doc)) is None


def test_modifiers_of_the_second_title_stay_in_the_chain(nlp):
    doc = nlp("The deal is fair, said the billionaire investor and now presidential candidate Ada Brell.")
    investor = next(t for t in doc if t.text == "investor")
    assert named_conjunct(investor, _ents(doc)).text == "Ada Brell"


def test_a_comma_or_a_capitalised_title_alone_makes_two_people(nlp):
    for text in ("The plan is dead, said the senator, and Tom Reyes on Monday.",
                 "The plan is dead, said the senator and Gov. Tom Reyes on Monday."):
        doc = nlp(text)
        senator = next(t for t in doc if t.text == "senator")
        assert named_conjunct(senator, _ents(doc)) is None, text
