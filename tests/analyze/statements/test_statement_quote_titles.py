"""Quote marks that are no utterance, and quotes the marks of some papers hide (invented sentences;
fifteenth session, evlab15 content notes): a programme named in quote marks after a preposition is not
what a cue reports; a quote after a sentence closed by two apostrophes continues the statement before;
an invisible format character before a mark typed backwards still opens a quote."""
import pytest
from statement_rows import analysed


def _rows(text):
    return analysed(text, "cue", "speaker", "content")


@pytest.mark.parametrize("text", [
    "Later on ''Harbour Talk,'' Senator Anna Veld questioned Mr. Brell's honesty.",
    'In an interview with "Harbour Talk," Tom Brell pointed to the mayor as the culprit.',
])
def test_a_programme_named_in_quote_marks_is_not_what_was_said(text):
    assert not any("Harbour Talk" in " ".join(content) for _, _, content in _rows(text))


def test_a_programme_named_before_the_cue_is_no_first_half():
    rows = _rows('In an interview with "Harbour Talk," Tom Brell said, "We will not close the port."')
    assert rows == [("said", "Tom Brell", ['"We will not close the port."'])]


def test_an_utterance_before_the_cue_is_still_what_was_said():
    rows = _rows('"We will not close the port," Tom Brell said on Monday.')
    assert rows == [("said", "Tom Brell", ['"We will not close the port,"'])]


def test_a_quote_after_a_sentence_closed_by_two_apostrophes_goes_on():
    text = ("Mr. Brell said the ferry deal was good. ''Anna doesn't get along with the port,'' he said on "
            "ABC's ''Harbour Talk.'' ''The port can't stand our mayor and it's causing us difficulty.''")
    assert _rows(text)[-1] == ("said", "Brell", ["''Anna doesn't get along with the port,''",
                                                 "''The port can't stand our mayor and it's causing us "
                                                 "difficulty.''"])


def test_a_mark_typed_backwards_after_a_format_character_opens_the_quote():
    text = ("Readers wrote in.\n\n\u202a”This is why the port has to be closed. They are reckless. Boats are "
            "gifts,” said Tom Brell.")
    assert _rows(text) == [("said", "Tom Brell", ["”This is why the port has to be closed. They are reckless. "
                                                   "Boats are gifts,”"])]


def test_what_a_report_drew_is_the_writers():
    text = ("Soon Tom Brell had declared that he ''would certainly close'' the port to foreign ships, drawing "
            "a fresh round of criticism from the council.")
    assert _rows(text) == [("had declared", "Tom Brell",
                            ["that he ''would certainly close'' the port to foreign ships"])]


@pytest.mark.parametrize("text, content", [
    ('Tom Brell says the mayor is "losing the fight for the harbour," part of a verbal lashing that began after '
     'the flood.', ['the mayor is "losing the fight for the harbour,"']),
    ('Tom Brell said the ferry would dock at the "old pier," which sailors use for repairs in winter.',
     ['the ferry would dock at the "old pier,"']),
    ('Tom Brell said the council called the port a "lost cause," making air quotes with his fingers.',
     ['the council called the port a "lost cause,"']),
])
def test_the_writers_gloss_after_a_quoted_fragment_is_no_part_of_it(text, content):
    assert _rows(text) == [("said" if "said" in text else "says", "Tom Brell", content)]


@pytest.mark.parametrize("text, content", [
    # what goes on after the fragment is the speaker's: a clause of its own, a list, a contrast
    ('Tom Brell said the ferry was "a lost cause," the boats were rotting in the harbour.', None),
    ('Tom Brell said the port needed "new partners," including the fishermen of the bay.',
     ['the port needed "new partners," including the fishermen of the bay']),
    ('Tom Brell blamed the flood on "bad luck," not on the council.', None),
])
def test_the_speakers_words_after_a_quoted_fragment_stay(text, content):
    rows = _rows(text)
    assert rows and rows[0][2][0].endswith(text.rstrip(".").rsplit(" ", 1)[-1])
    if content is not None:
        assert rows[0][2] == content


@pytest.mark.parametrize("text, content", [
    # a noun phrase after a dash is the writer's aside, after an object too, a short name in quote marks in it
    ('Tom Brell said he would meet the "harbour (not) pirates" — a play on the phrase "harbour pirates," '
     'which critics use for the ferry owners.', ['he would meet the "harbour (not) pirates"']),
    ('Tom Brell called the mayor "the next Lincoln" – the president whom Brell admires above all others.',
     ['the mayor "the next Lincoln"']),
    ("Tom Brell on Monday predicted an overwhelming victory in the port vote - a landslide based on early "
     "results that prompted his rivals to speak of defeat.", ["an overwhelming victory in the port vote"]),
])
def test_a_noun_phrase_after_a_dash_is_the_writers_aside(text, content):
    assert _rows(text)[0][2] == content


def test_a_quote_after_the_dash_that_goes_on_stays():
    text = ('Tom Brell explained that the move was the fruit of three years of work — an investment he says has '
            'given "the port a head start on every rival on the coast."')
    assert _rows(text)[0][2][0].endswith('coast."')
