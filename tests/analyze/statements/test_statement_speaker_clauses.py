"""A speaker's name must be the speaker's own, not a name in a clause around it (invented sentences;
issue 10, sixth session, third round)."""
import pytest
from statement_rows import analysed, extract

import newsgraph

pytestmark = pytest.mark.model


def _shown(text):
    return analysed(text, "source", "speaker", "cue", "content")


def test_a_name_in_the_relative_clause_of_a_description_is_not_the_speaker():
    shown = _shown("Senator Tom Brell spoke in Reno. “If I were a donor, I’d want answers,” said a prominent "
                   "party committee member who supports Brell.")
    assert shown == [("a prominent party committee member who supports Brell", "prominent party committee member",
                      "said", ["“If I were a donor, I’d want answers,”"])]


def test_titles_before_a_name_still_name_the_person():
    shown = _shown("chairman, chief executive and president Jane Roe said the firm would grow.")
    assert shown == [("chairman, chief executive and president Jane Roe", "Jane Roe", "said",
                      ["the firm would grow"])]


def test_two_titles_a_name_and_an_apposition_after_it_name_the_person():
    # the parser joins the first title to the second title and the name ("lobbyist and [strategist Roe]");
    # the apposition after the name describes the person, it is no part of the title list
    shown = _shown("The firm lobbied the state on taxes, said lobbyist and party strategist Peter Holm, "
                   "his former business partner.")
    assert [row[:2] for row in shown] == [
        ("lobbyist and party strategist Peter Holm, his former business partner", "Peter Holm")]


def test_capitalised_titles_before_a_name_name_the_person():
    shown = _shown("Harbour Radio Vice President and Managing Editor Dana Whitcombe said the debate would not "
                   "happen.")
    assert [row[:2] for row in shown] == [
        ("Harbour Radio Vice President and Managing Editor Dana Whitcombe", "Dana Whitcombe")]


def test_a_participle_on_a_clause_that_is_not_reported_keeps_its_own_subject():
    shown = _shown('Dana Whitcombe went on offense against Senate front-runner Tom Brell on Monday, saying he '
                   'would abandon American farmers, his plan is "plainly wrong" and he is a "bully".')
    assert [row[:3] for row in shown] == [("Dana Whitcombe", "Dana Whitcombe", "saying")]


def test_a_participle_after_a_reported_clause_is_the_reporters():
    shown = _shown("Dana Whitcombe said the plan failed, adding that farmers would suffer.")
    assert shown == [("Dana Whitcombe", "Dana Whitcombe", "said", ["the plan failed"]),
                     ("Dana Whitcombe", "Dana Whitcombe", "adding", ["that farmers would suffer"])]


def test_a_participle_between_a_number_and_its_noun_is_no_cue():
    assert _shown("In Nevada, 60 pledged delegates and seven superdelegates were at stake, and Dana Whitcombe "
                  "was expected to capture most of them.") == []
    assert _shown("Of the 40 council members, 12 said the plan would fail.") == [
        ("12", None, "said", ["the plan would fail"])]


def test_asking_not_to_be_named_is_the_condition_of_the_words_not_words():
    assert _shown("Senator Tom Brell spoke in Reno. “If I were a donor, I’d want answers,” said a party official, "
                  "asking for anonymity to speak freely. “If they pay five times more? That’s the kind of stuff "
                  "I’d make an ad out of.”") == [
        ("a party official", "party official", "said",
         ["“If I were a donor, I’d want answers,”",
          "“If they pay five times more? That’s the kind of stuff I’d make an ad out of.”"])]
    assert [row[2] for row in _shown("A council aide, who asked not to be named because she was not authorized "
                                     "to speak, said the vote was delayed.")] == ["said"]
    assert _shown("The mayor asked for patience from commuters.") == [
        ("The mayor", "mayor", "asked for", ["patience from commuters"])]


def test_a_reported_clause_with_no_subject_of_its_own_says_its_words_of_the_noun():
    shown = _shown("Officials pointed to the inquiry into the crash, a probe the safety agency said was ongoing "
                   "as of last week.")
    assert shown == [("the safety agency", "safety agency", "said", ["a probe", "was ongoing as of last week"])]
    assert [row[3] for row in _shown("The day the mayor said the bridge would open, it rained.")] == [
        ["the bridge would open"]]


def test_a_participle_right_after_an_object_of_people_is_theirs():
    statements = newsgraph.analyze("A poll of 900 voters was taken. The killings have left 62 percent of voters "
                                   "saying race relations are growing worse.").statements
    assert [(s.source.text, s.cue.text, s.frame) for s in statements] == [
        ("62 percent of voters", "saying", "belief")]
    assert [row[:3] for row in _shown("Tom Brell left the room saying he was tired.")] == [
        ("Tom Brell", "Tom Brell", "saying")]


def test_a_participle_after_a_stance_clause_is_the_stance_holders():
    shown = _shown("Dana Whitcombe was adamant that she and the company keep the upper hand, telling her partners "
                   "they would not have to move first.")
    assert [row[:3] for row in shown] == [("Dana Whitcombe", "Dana Whitcombe", "telling")]


@pytest.mark.parametrize("text", [
    "News Guide: Donors flocked to the Velko fund, to no avail\n\nDonors gave $3 million to the fund.",
    "Newspaper: Mayor used personal email at city hall\n\nThe mayor used a personal account.",
])
def test_a_headline_genre_label_is_no_speaker(text):
    assert _shown(text) == []


def test_a_headline_name_before_a_colon_still_speaks():
    assert _shown("Tom Brell: Ana Ruiz Is Better Qualified Than I Was\n\nBrell spoke on Monday.") == [
        ("Tom Brell", "Tom Brell", ":", ["Ana Ruiz Is Better Qualified Than I Was"])]


@pytest.mark.parametrize("text, cue, source", [
    # a participle the parser hung inside the clause a speech verb before it reports is that verb's speaker's
    ('Even a top party strategist said Ruiz will have to choose whose side she is on, saying, "At some point, '
     'she is going to have to come out."', "saying", "Even a top party strategist"),
    # a speech verb conjoined into what a participle reports is the participle's speaker's second cue
    ("When Ms. Ruiz did take Mr. Brell on, she did it sideways, acknowledging that Mr. Brell had tapped into a "
     "vein but warning that his style would have repercussions.", "warning", "she"),
])
def test_a_participle_or_conjoined_cue_inside_reported_words_is_the_reporters(nlp, text, cue, source):
    (statement,) = [s for s in extract(nlp, text) if s.cue.text == cue]
    assert statement.source.text == source
