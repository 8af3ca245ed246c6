"""Readers' letters and comments signed by a name line (issue 10, recall): the paragraphs above a
signature "Jane Roe." (a town line may follow) are the signer's writing; a name line that heads a
paragraph about that person, or stands alone, is no signature. And an interview whose "Q" the page
glued to the question's first word ("QWhy ...?") still gives its "A:" lines to the one interviewed.
Texts of our own writing (invented people), real spaCy parse and the shipped cue model."""
from __future__ import annotations

import pytest
from statement_rows import analysed

import newsgraph
from newsgraph.analyze.statements.interviews import answers

pytestmark = pytest.mark.model

LETTERS = ("Readers weigh the harbour plan.\n\nLETTERS.\n\n"
           "The harbour plan is a waste of money. The council never listened to the fishermen.\n\n"
           "It should start again and ask the people who work on the water.\n\n"
           "Maria Lopez.\n\nPortview, Ore.\n\n"
           "I have lived here for 40 years and the plan is the best idea the council has had.\n\n"
           "Peter Novak.\n\nSalem, Ore.\n")


def test_a_letter_signed_by_a_name_line_is_the_signers_writing():
    signed = [r for r in analysed(LETTERS, "speaker", "cue", "content", "frame") if r[1] == "."]
    assert signed == [
        ("Maria Lopez", ".", ["The harbour plan is a waste of money. The council never listened to the fishermen.",
                              "It should start again and ask the people who work on the water."], "writing"),
        ("Peter Novak", ".", ["I have lived here for 40 years and the plan is the best idea the council has had."],
         "writing")]


def test_a_name_line_over_a_paragraph_about_that_person_is_a_heading():
    text = ("How each candidate could win the state.\n\nThe state offers every candidate something.\n\n"
            "Maria Lopez.\n\nLopez was the state's senator and knows its towns well.\n\n"
            "Peter Novak.\n\nNovak has done well in college towns.\n")
    assert [r for r in analysed(text, "speaker", "cue") if r[1] == "."] == []


def test_one_name_line_alone_signs_nothing():
    text = "The fair opens.\n\nThe fair opens on Monday and the rides are new this year.\n\nMaria Lopez.\n"
    assert [r for r in analysed(text, "speaker", "cue") if r[1] == "."] == []


def test_glued_questions_still_make_an_interview():
    text = ("Marta Kowalczyk on the year ahead.\n\nWe asked Marta Kowalczyk about her plans.\n\n"
            "QWhat did you learn in your past roles?\n\nA: I think listening matters most.\n\n"
            "QWhat is next?\n\nA: We are moving subscriptions to the next level.\n")
    assert len(answers(text)) == 2
    analysis = newsgraph.analyze(text)
    rows = [analysis.actor(s.speaker).name if s.speaker else None for s in analysis.statements if s.cue.text == ":"]
    assert rows == ["Marta Kowalczyk", "Marta Kowalczyk"]


def test_one_glued_capital_after_a_q_is_no_question():
    assert answers("A talk.\n\nQVC sells goods.\n\nA: Yes.\n\nA: No.\n") == []


VOX_POP = ("Voters at the fair speak.\n\nWe asked people at the county fair about the race.\n\n"
           "Dana Whitfield, 24, a nurse from Salem:\n\n"
           "I am voting for the mayor because my rent went down last year.\n\n"
           "Omar Castell, 61, of Brenton.\n\n"
           "\"The plan is a joke and we all know it.\"\n\n"
           "Lena Ortiz, 35, a teacher.\n\nOrtiz has lived in Salem all her life and teaches at the school.\n")


def test_a_vox_pops_words_after_a_line_that_introduces_the_person():
    introduced = [r for r in analysed(VOX_POP, "speaker", "content", "frame") if r[2] == "writing"]
    assert introduced == [
        ("Dana Whitfield", ["I am voting for the mayor because my rent went down last year."], "writing"),
        ("Omar Castell", ['"The plan is a joke and we all know it."'], "writing")]


@pytest.mark.parametrize("intro, speaker", [
    ("After the vote, Mayor Ana Ruiz issued the following statement:", "Ana Ruiz"),
    ("The Harbour Council released this statement:", "Harbour Council"),
    ("Mayor Ana Ruiz, who was in Salem on Monday, issued the following statement:", "Ana Ruiz"),
])
def test_a_statement_printed_after_the_paragraph_that_issues_it(intro, speaker):
    text = (f"The harbour vote.\n\nThe council voted on Monday to close the harbour.\n\n{intro}\n\n"
            "\u201cOur thoughts are with the fishermen. We will help every family.\u201d\n\nThe harbour closes in May.\n")
    issued = [r for r in analysed(text, "speaker", "content", "frame") if r[1][0].startswith("\u201cOur")]
    assert len(issued) == 1 and speaker in (issued[0][0] or "") and issued[0][2] == "writing"
    assert "Salem" not in (issued[0][0] or "")
