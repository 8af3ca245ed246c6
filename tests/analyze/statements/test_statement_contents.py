"""What a statement's content holds and leaves out: a second cue, the writer's closing clause, an
addressee, a nested attribution (invented sentences; issue 10, blind-check categories)."""
import pytest
from statement_rows import analysed

import newsgraph


def _rows(text):
    return analysed(text, "cue", "speaker", "content")


def test_and_added_is_a_second_cue_of_the_same_speaker_not_content():
    assert _rows("Tom Brell said the plan was flawed and added that the council would vote again.") == [
        ("said", "Tom Brell", ["the plan was flawed"]), ("added", "Tom Brell", ["that the council would vote again"])]


@pytest.mark.parametrize("text, content", [
    ("Tom Brell said the shares had fallen 5 percent, sending the index lower.", "the shares had fallen 5 percent"),
    ("Tom Brell said the talks had stalled, while the neighbouring league was still waiting for an answer.",
     "the talks had stalled"),
    ("Tom Brell said the talks had stalled, hoping for a deal soon.", "the talks had stalled, hoping for a deal soon"),
])
def test_a_closing_narrator_clause_is_not_content(text, content):
    assert [row[2] for row in _rows(text)] == [[content]]


@pytest.mark.parametrize("text, rows", [
    ("Tom Brell asked Anna Veld about the budget.", [("asked Anna Veld about", "Tom Brell", ["the budget"])]),
    ("Tom Brell asked Anna Veld.", []),
    ("Brell asked her why the budget had been cut.", [("asked", "Brell", ["why the budget had been cut"])]),
    ("One member of the team, asked about the fight, said nothing.", []),
])
def test_what_was_asked_is_never_the_one_asked(text, rows):
    assert _rows(text) == rows


def test_a_quoted_question_before_a_bare_cue_sentence_is_its_content():
    assert _rows('Anna Veld spoke first. "Where is the money?" Tom Brell asked. "We paid."') == [
        ("asked", "Tom Brell", ['"Where is the money?"', '"We paid."'])]


@pytest.mark.parametrize("text, rows", [
    ("Tom Brell, according to the Daily Courier, said the bridge was unsafe.",
     [("said", "Tom Brell", ["the bridge was unsafe"])]),
    ("Tom Brell said, according to the Daily Courier, that the bridge was unsafe.",
     [("said", "Tom Brell", ["that the bridge was unsafe"])]),
])
def test_a_reporter_inside_the_speakers_clause_only_passes_it_on(text, rows):
    assert _rows(text) == rows


def test_how_the_words_came_is_not_part_of_the_quote():
    assert _rows('"The most important thing is we won," Brell said, via Anna Veld of the Daily Courier. '
                 '"We played well."') == [("said", "Brell", ['"The most important thing is we won,"',
                                                             '"We played well."'])]


def test_the_object_of_prompted_is_who_argues():
    analysis = newsgraph.analyze("The video prompted some users to argue that the material was misleading.")
    assert [(s.source.text, s.cue.text) for s in analysis.statements] == [("some users", "to argue")]


def test_a_manner_of_speaking_verb_makes_a_described_speaker_an_actor():
    assert _rows('"The river is too high," one ferryman quipped.') == [
        ("quipped", "ferryman", ['"The river is too high,"'])]


def test_added_joined_to_the_reported_clause_is_still_the_speakers_second_cue():
    assert _rows("The ministry said the border would stay closed until further notice and added that trucks "
                 "would be searched.") == [
        ("said", "ministry", ["the border would stay closed until further notice"]),
        ("added", "ministry", ["that trucks would be searched"])]


def test_according_to_after_a_speakers_words_passes_them_on():
    assert _rows("Brell said the plan was flawed and the council should vote again, according to the Daily "
                 "Courier.") == [("said", "Brell", ["the plan was flawed and the council should vote again"])]


def test_a_quote_paragraph_continues_a_quote_whose_cue_sentence_ends_with_a_time():
    text = ('Flooding closed the bridge on Monday.\n\n"We will rebuild the bridge," Mayor Ana Ruiz said on Monday.'
            '\n\n"The money is there, and the council agreed."\n\nThe river fell on Tuesday.')
    assert _rows(text) == [("said", "Ana Ruiz", ['"We will rebuild the bridge,"',
                                                  '"The money is there, and the council agreed."'])]


def test_a_quote_paragraph_after_a_narrated_sentence_is_not_continued():
    text = ('"We will rebuild the bridge," Mayor Ana Ruiz said. The council met on Monday to vote on the budget.'
            '\n\n"The money is there."')
    assert _rows(text)[0][2] == ['"We will rebuild the bridge,"']


def test_the_writers_lead_in_before_a_colon_is_not_the_quotes_content():
    text = ('Mayor Ana Ruiz is running again. Ruiz defends her record in an advertisement on local television: "Fixing the roads is a '
            'matter of safety," the mayor says. "That is why I fought for the budget."')
    rows = [r for r in _rows(text) if r[0] == "says"]
    assert rows == [("says", "Ana Ruiz", ['"Fixing the roads is a matter of safety,"',
                                          '"That is why I fought for the budget."'])]


@pytest.mark.parametrize("text, cue, content", [
    ("Tom Vell blamed the Ruritanian Guard, which officials have said was responsible for the attack.",
     "have said", ["the Ruritanian Guard", "was responsible for the attack"]),
    ("The tax vote, which she has repeatedly said was a mistake, cost Mary Holt the race.",
     "has repeatedly said", ["The tax vote", "was a mistake"]),
    ("The bridge, which the mayor said voters liked, was closed.", "said", ["The bridge", "voters liked"]),
    # the relative pronoun is the speaker, or there is none: the clause alone
    ("Pim Vell, who said the plan would fail, left the council.", "said", ["the plan would fail"]),
    ("On the day the mayor said the plan would fail, the council met.", "said", ["the plan would fail"]),
])
def test_a_reported_clause_missing_its_relative_pronoun_starts_with_the_noun_it_stands_for(text, cue, content):
    assert [(row[0], row[2]) for row in _rows(text)] == [(cue, content)]


def test_a_quote_paragraph_continues_a_quote_whose_cue_sentence_runs_on_with_the_writers_gloss():
    text = ('Flooding closed the bridge on Monday.\n\n"We will rebuild the bridge," Mayor Ana Ruiz said, referring to '
            'the old crossing that the river swept away in the spring floods of last year.'
            '\n\n"The money is there, and the council agreed."\n\nThe river fell on Tuesday.')
    assert _rows(text) == [("said", "Ana Ruiz", ['"We will rebuild the bridge,"',
                                                  '"The money is there, and the council agreed."'])]


def test_a_quote_paragraph_continues_a_reported_clause_that_ends_its_paragraph():
    text = ('Flooding closed the bridge on Monday.\n\nMayor Ana Ruiz said that critics had long predicted the '
            'end of the crossing, but that would not happen.\n\n"That is because the town needs the bridge."'
            '\n\nThe river fell on Tuesday.')
    assert [row for row in _rows(text) if row[0] == "said"] == [
        ("said", "Ana Ruiz", ['that critics had long predicted the end of the crossing, but that would not happen',
                              '"That is because the town needs the bridge."'])]


def test_a_quote_paragraph_after_a_reported_clause_and_a_narrated_sentence_is_not_continued():
    text = ('Mayor Ana Ruiz said that the bridge would reopen. The council met on Monday to vote on the budget.'
            '\n\n"The money is there."')
    assert [row[2] for row in _rows(text) if row[0] == "said"] == [["that the bridge would reopen"]]
