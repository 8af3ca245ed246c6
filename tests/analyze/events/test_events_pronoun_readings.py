"""Whom a pronoun in an event's clause stands for, on sentences of our own writing (invented people), real
spaCy parse: a third-person pronoun inside a speaker's own quoted words is not that speaker; "someone who
believed he ..." is no one the story named; "the GOP nominee" is the person the story titles so."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

PUBLISHED = "2024-05-08"


def _rows(text: str):
    return trigger_rows(text, PUBLISHED)


@pytest.mark.model
def test_a_quoted_he_is_not_the_speaker():
    rows = _rows("Senator Omar Haddad spoke at the rally on Monday.\n\n"
                 "“She worked for Mayor Lena Ortiz as he protested against the government,” Haddad said.")
    assert [r[:3] for r in rows] == [("PROTEST", "protested", "Lena Ortiz")]  # not the speaker Haddad


@pytest.mark.model
def test_someone_who_believed_he_would_is_no_named_actor():
    rows = _rows("Governor Omar Haddad spoke on Monday.\n\n"
                 "“I am the daughter of a man who was shot by someone who believed if he killed the President "
                 "the actress would notice him,” Vera Lind wrote.")
    assert rows == []  # the killer is "someone", not the governor named before
    rows = _rows("Governor Omar Haddad spoke on Monday about the threat.\n\n"
                 "Someone who believed he could kill the governor was arrested, Haddad said.")
    assert rows == []


@pytest.mark.model
def test_a_pronoun_takes_up_the_person_its_own_sentence_names_before_an_earlier_one():
    rows = _rows("Mayor Tom Ortiz went after Governor Omar Haddad on Wednesday over his budget.\n\n"
                 "And in the capital, where Senator Sam Lind has managed to remain popular, some Republicans made "
                 "clear that they would like to see him come around to supporting Haddad sooner rather than later.")
    assert [r[:4] for r in rows] == [("SUPPORT", "supporting", "Sam Lind", "Omar Haddad")]  # not Ortiz


@pytest.mark.model
def test_the_party_nominee_is_the_person_the_story_titles_so():
    rows = _rows("Republican presidential nominee Sen. Omar Haddad spoke in Ohio on Monday. Democratic nominee "
                 "Lena Ortiz spoke too.\n\n"
                 "Governor Vera Lind, a longtime liberal, lashed out at the GOP nominee on Facebook on Tuesday.")
    assert [r[:4] for r in rows] == [("ACCUSE", "lashed out", "Vera Lind", "Omar Haddad")]
