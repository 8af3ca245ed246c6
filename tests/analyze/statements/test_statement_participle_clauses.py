"""Speakers of participial cues the parser attached to the wrong clause (issue 10): a participle after
clauses conjoined with different subjects, where the parser joined the second subject to an object
before it, and a reporting participle hung on a noun of its clause. Invented texts, real spaCy parse."""
from __future__ import annotations

import pytest
from statement_rows import analysed

pytestmark = pytest.mark.model


def test_a_participle_after_a_second_clause_is_said_by_that_clauses_subject():
    text = ("City Hall Shake-Up\n\nOver the past month, auditors charged the treasurer with theft and Varga fired "
            "her budget director, Paul K. Orrin, acknowledging that many residents have lost faith in the council.\n")
    assert [row for row in analysed(text, "source", "cue", "content") if row[1].endswith("ing")] == [
        ("Varga", "acknowledging", ["that many residents have lost faith in the council"])]


def test_a_second_subject_taken_for_an_object_speaks_its_own_participle():
    text = ("Bank Fined\n\nIn recent days, regulators charged the bank with fraud and Marsh dismissed his finance "
            "chief, insisting that the city would recover.\n")
    assert [row for row in analysed(text, "source", "cue", "content") if row[1].endswith("ing")] == [
        ("Marsh", "insisting", ["that the city would recover"])]


def test_a_participle_hung_on_a_noun_of_its_clause_is_said_by_the_clauses_subject():
    text = ("Council Vote\n\nTom Brell, the chairman, called for a show of hands, and then a voice vote, declaring "
            "after both that the motion had failed.\n")
    assert [row for row in analysed(text, "source", "cue", "content") if row[1].endswith("ing")] == [
        ("Tom Brell, the chairman", "declaring", ["that the motion had failed"])]


def test_a_participle_of_one_subject_keeps_it():
    text = ("Budget Fight\n\nThe mayor, Ana Ruiz, rejected the plan on Tuesday, saying that the budget could not "
            "bear it.\n")
    assert [row for row in analysed(text, "source", "cue", "content") if row[1].endswith("ing")] == [
        ("The mayor, Ana Ruiz", "saying", ["that the budget could not bear it"])]
