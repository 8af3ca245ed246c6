"""Statements inside another statement's content (``statements.overlaps``): a coordinated cue the parser read
inside the reported clause ends the outer content and takes the outer speaker; a set-off participle that repeats
the outer statement's words under a misread speaker is merged into it (invented sentences; issue 10, twenty-first
session)."""
from __future__ import annotations

import pytest
from statement_rows import analysed, extract, rows

import newsgraph

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # "did not know ... , and accused": a finite verb that cannot share "did" goes with "said"
    ("Mayor Tove Brandt said the harbour board did not know what it was doing, and accused the council of hiding "
     "the costs.",
     [("Tove Brandt", "said", ["the harbour board did not know what it was doing"]),
      ("Tove Brandt", "accused", ["the council of hiding the costs"])]),
    # "was leaving ... and vowed"
    ("Councillor Ana Ruiz announced that she was leaving the board and vowed to keep fighting the toll.",
     [("Councillor Ana Ruiz", "announced", ["that she was leaving the board"]),
      ("Councillor Ana Ruiz", "vowed", ["to keep fighting the toll"])]),
    # a backshifted reported clause ("had cut") and a simple past of the narrative ("denied"): the reporter's
    ("Brandt said the ferry company had cut the service and denied any wrongdoing.",
     [("Brandt", "said", ["the ferry company had cut the service"]),
      ("Brandt", "denied", ["any wrongdoing"])]),
    # the same tense: the reporter's sentence goes on
    ("Ruiz said the board ignored the harbour report and accused the mayor of hiding the costs.",
     [("Ruiz", "said", ["the board ignored the harbour report"]),
      ("Ruiz", "accused", ["the mayor of hiding the costs"])]),
])
def test_a_coordinated_cue_ends_the_outer_content_and_takes_its_speaker(text, expected):
    assert analysed(text, "speaker", "cue", "content") == expected


@pytest.mark.parametrize("text, expected", [
    # a bare verb shares the auxiliary of the verb it is joined to: the reported clause goes on
    ("Ruiz said the board would cut the service and raise the toll.",
     [("speech", "Ruiz", "said", ["the board would cut the service and raise the toll"])]),
    # a quote's words are the quoted speaker's however parsed
    ('"The board was wrong and has no comment on the toll," Ruiz said.',
     [("speech", "Ruiz", "said", ['"The board was wrong and has no comment on the toll,"']),
      ("no_comment", "The board", "has no comment", [])]),
    # a quoted person quoting someone: both statements stay as they are
    ("Brandt blamed the press for Ruiz's claim that the toll was illegal.",
     [("speech", "Brandt", "blamed", ["the press for Ruiz's claim that the toll was illegal"]),  # a charge named
      ("speech", "Ruiz", "claim", ["that the toll was illegal"])]),
])
def test_a_nested_statement_that_is_no_coordinated_cue_stays(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


def test_the_outer_statement_left_without_quoted_words_is_indirect():
    text = 'Mayor Tove Brandt said the board did not act, and accused the council of "hiding the costs."'
    assert [(s.cue.text, [c.text for c in s.content], s.kind) for s in newsgraph.analyze(text).statements] == [
        ("said", ["the board did not act"], "indirect"),
        ("accused", ['the council of "hiding the costs."'], "mixed")]


def test_a_set_off_participle_inside_another_speakers_clause_is_merged_into_it():
    # the parser hangs "asserting" on "accepted": the mayor asserts, and her content already holds the words
    text = ("Mayor Tove Brandt says councillor Ana Ruiz accepted gifts from the ferry firm \u2014 asserting that they "
            "did not change her vote.")
    assert analysed(text, "speaker", "cue", "content", shown_only=False) == [
        ("Tove Brandt", "says", ["councillor Ana Ruiz accepted gifts from the ferry firm \u2014 asserting that they "
                                 "did not change her vote"])]


def test_a_participle_under_a_cue_that_passes_words_on_stays():
    text = "Ruiz made clear that the vote was final, saying that critics should look elsewhere, according to the Gazette."
    assert [row[:2] for row in analysed(text, "cue", "content")] == [
        ("according to", ["Ruiz made clear that the vote was final, saying that critics should look elsewhere"]),
        ("saying", ["that critics should look elsewhere"])]
