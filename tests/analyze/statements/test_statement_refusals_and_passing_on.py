"""Withheld answers, passed-on statements, titled speakers and non-speech cues (invented sentences;
issue 10, the fourth blind check's categories)."""
import pytest
from statement_rows import analysed


def _all(text):
    return analysed(text, "source", "speaker", "cue", "content", "frame", shown_only=False)


@pytest.mark.parametrize("text, source, cue", [
    ("The bakery did not disclose the price of the oven.", "The bakery", "did not disclose"),
    ("Wardens would not say how many lambs were lost.", "Wardens", "would not say"),
    ("The ferry line did not say how much the repairs cost.", "The ferry line", "did not say"),
    ("Stewards would not confirm the name of the rider.", "Stewards", "would not confirm"),
])
def test_a_withheld_answer_is_a_no_comment(text, source, cue):
    assert [(s[0], s[2], s[3], s[4]) for s in _all(text)] == [(source, cue, [], "no_comment")]


def test_a_negated_saying_with_its_content_is_no_no_comment_and_no_words_said():
    # kept with its content (PolNeAR counts it), but it reports no words said: not shown
    assert [(s[2], s[3], s[4]) for s in _all("The warden never said the lake was closed.")] == [
        ("never said", ["the lake was closed"], "belief")]


@pytest.mark.parametrize("text, cue, frame", [
    ("Harlow Data did not confirm the layoffs.", "did not confirm", "belief"),
    ("The warden may announce the closure on Friday.", "may announce", "intention"),
    ("The warden will say in a speech that the lake is safe.", "will say", "intention"),
    ("The warden said she would not resign.", "said", "speech"),
    ('"We will not resign," the warden said.', "said", "speech"),
])
def test_a_negated_or_modal_cue_reports_no_words_said(text, cue, frame):
    assert [(s[2], s[4]) for s in _all(text)] == [(cue, frame)]


def test_a_statement_passed_on_by_an_agency_is_only_its_speakers():
    shown = _all("Nine boats sank, the coastal rescue board said, according to Reuters.")
    assert shown == [("the coastal rescue board", "coastal rescue board", "said", ["Nine boats sank"], "speech")]


def test_a_statement_passed_on_after_its_cue_is_only_its_speakers():
    # the parser hangs "said" on the reported clause: "according to" is neither a content of its own
    # (with "the regional health office said" for content) nor part of the words said
    shown = _all("As yet, there is no sign linking the third case to the first two, the regional health office "
                 "said, according to Reuters.")
    assert [(s[2], s[3]) for s in shown] == [
        ("said", ["As yet, there is no sign linking the third case to the first two"])]


def test_a_cue_of_its_own_after_the_cue_still_reports_content():
    shown = _all("The ferry will run until the storm ends, the ministry said, until further notice.")
    assert [(s[2], s[3]) for s in shown] == [("said", ["The ferry will run until the storm ends",
                                                        "until further notice"])]


def test_citing_names_the_speaker_of_a_passed_on_statement():
    shown = _all("Nine boats sank on Friday, according to Reuters, citing the coastal rescue board.")
    assert [(s[0], s[2], s[3]) for s in shown] == [
        ("the coastal rescue board", "citing", ["Nine boats sank on Friday"])]


def test_a_speaker_named_after_a_list_of_titles_is_the_person():
    shown = _all('"Orders are up," said founder, chair and chief executive Lorna Fitch.')
    assert [(s[1], s[3]) for s in shown] == [("Lorna Fitch", ['"Orders are up,"'])]


def test_a_lawyer_for_a_person_speaks_as_a_person_of_their_own():
    shown = _all('"Orders are up," said a lawyer for Lorna Fitch.')
    assert [s[1] for s in shown] == ["lawyer for Lorna Fitch"]
    shown = _all("Anna Brell, a lawyer for Tom Vell, said her client was innocent. Vell was arrested in May. "
                 "She said he would plead not guilty.")
    assert [s[1] for s in shown] == ["Anna Brell", "Anna Brell"]


def test_the_writers_referring_to_gloss_is_no_statement():
    shown = _all('"They dug it first," she said, referring to the miners.')
    assert [(s[2], s[3]) for s in shown] == [("said", ['"They dug it first,"'])]


@pytest.mark.parametrize("text", [
    "That said, the ferry will sail on Sunday.",
    "Needless to say, the ferry was late.",
    "Suffice it to say, the crew was tired.",
])
def test_discourse_idioms_are_no_cues(text):
    assert _all(text) == []


def test_rejecting_a_person_is_an_act_not_words():
    assert _all("The guild rejected Hal Brenner as a mediator.") == []
    assert _all("The guild rejected the mediator named by the court.") == []
    assert [(s[2], s[3]) for s in _all("The guild rejected the offer as too small.")] == [
        ("rejected", ["the offer as too small"])]


def test_a_quote_closed_by_its_own_clause_does_not_continue_the_last_statement():
    shown = _all('The mayor posted a message on Twitter. "The bridge is safe," the message read.')
    assert [(s[2], s[3]) for s in shown] == [("posted", ["a message on Twitter"])]


def test_a_passive_withheld_fact_is_no_no_comment():
    assert [s[4] for s in _all("The price of the oven has not been confirmed.")] == []


def test_a_quote_said_in_a_statement_according_to_a_paper_is_the_speakers():
    # "according to" hangs on the speech verb of the quote's own speaker: the paper only passes it on
    shown = _all('"The board understands that a complaint has been filed," harbour spokesman Tom Brell said in a '
                 'statement according to The Courier. "We disagree strongly with those claims."')
    assert [(s[1], s[2]) for s in shown] == [("Tom Brell", "said")]


def test_a_lawsuit_speaks_for_the_one_who_filed_it_and_so_does_the_suit_after_it():
    shown = _all("The lawsuit filed by a former pilot named Tom Brell alleges that the harbour board broke the "
                 "law. Along with other claims, the suit claims that the board damaged his name.")
    assert [(s[0], s[1], s[2]) for s in shown] == [
        ("The lawsuit filed by a former pilot named Tom Brell", "Tom Brell", "alleges"),
        ("the suit", "Tom Brell", "claims")]


@pytest.mark.parametrize("text, speaker", [
    ("The ferry will stop in May, according to a memo released on Friday by the Harbour Board.", "Harbour Board"),
    ("The ferry will stop in May, according to a letter reviewed by the Harbour Times.", None),
    ("The ferry will stop in May, according to a letter obtained by the Harbour Times.", None),
])
def test_the_one_who_issued_a_document_speaks_through_it_not_its_reader(text, speaker):
    assert [(s[1], s[2]) for s in _all(text)] == [(speaker, "according to")]
