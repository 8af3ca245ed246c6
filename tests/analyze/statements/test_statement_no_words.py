"""Cues that report no words (``statements.no_words``): a topic talked about, a picture posted, a pro-form, and a
speaking that did not happen are kept, not shown (invented sentences; issue 10, twentieth session)."""
from __future__ import annotations

import pytest
from statement_rows import analysed, extract, rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a topic of talking, a noun phrase with no verb of its own (a participle only modifying it stays one)
    ("Mayor Tove Brandt spoke about the proposed harbour wall.",
     [("belief", "Mayor Tove Brandt", "spoke about", ["the proposed harbour wall"])]),
    ("Later, Ms. Brandt talked more about policy than before.",
     [("belief", "Ms. Brandt", "talked more about", ["policy"])]),
    ("By noon, Brandt was talking school policy at the union's gathering.",
     [("belief", "Brandt", "was talking", ["school policy"])]),
    ("Mayor Ana Ruiz spoke to reporters about the flooding.",
     [("belief", "Mayor Ana Ruiz", "spoke to reporters about", ["the flooding"])]),
    # a picture posted
    ("Brandt tweeted a photo of the flooded square.",
     [("belief", "Brandt", "tweeted", ["a photo of the flooded square"])]),
    # a word standing for words given elsewhere or nowhere
    ("Brandt said little about the plan.", [("belief", "Brandt", "said", ["little"])]),
    ("Aides acknowledged as much in an interview.",
     [("belief", "Aides", "acknowledged", ["as much in an interview"])]),
])
def test_a_cue_whose_content_names_no_words_is_kept_as_a_belief(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a topic with a clause of its own reports what was said
    ("Brandt spoke about the need for voters to trust the council.",
     [("speech", "Brandt", "spoke about", ["the need for voters to trust the council"])]),
    ("Brandt talked about how the flood had changed the town.",
     [("speech", "Brandt", "talked about", ["how the flood had changed the town"])]),
    ("Brandt has talked about building a second ferry pier.",
     [("speech", "Brandt", "has talked about", ["building a second ferry pier"])]),
    # words posted, and a quantity that is no pro-form
    ("Brandt tweeted that the square was flooded.",
     [("writing", "Brandt", "tweeted", ["that the square was flooded"])]),
    # telling is not talking about: the matter told stays the content
    ("Mayor Ana Ruiz told reporters about the flood plan.",
     [("speech", "Mayor Ana Ruiz", "told reporters about", ["the flood plan"])]),
])
def test_a_content_with_words_stays_speech(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mayor's inability to answer a simple question hurt her.",
     [("intention", "The mayor", "to answer", ["a simple question"])]),
    ("Brandt was pressed to say whether the pier would close.",
     [("intention", "Brandt", "to say", ["whether the pier would close"])]),
    ("Ruiz expects Brandt to announce a new plan.",
     [("belief", "Ruiz", "expects", ["Brandt to announce a new plan"]),
      ("intention", "Brandt", "to announce", ["a new plan"])]),
])
def test_a_speaking_lacked_or_only_expected_is_no_speech(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a poll's finding is data, whoever ran the poll
    ("Mayor Tove Brandt leads the race by ten points, according to a Harbour Times poll.",
     [("a Harbour Times poll", "according to", "belief", False)]),
    ("A poll by the Harbour Times found that Mayor Tove Brandt leads the race.",
     [("A poll by the Harbour Times", "found", "belief", False)]),
    # a class of voters defined by what they answer is no one speaking
    ("Among likely voters who say they will vote, Mayor Tove Brandt leads.", [("who", "say", "belief", False)]),
    # a person still speaks
    ("Mayor Tove Brandt said the vote would be close.", [("Mayor Tove Brandt", "said", "speech", True)]),
])
def test_a_poll_and_the_class_it_counts_are_no_speakers(text, expected):
    assert analysed(text, "source", "cue", "frame", "shown", shown_only=False) == expected


@pytest.mark.parametrize("text, expected", [
    # failing, "yet to", and a trying itself unrealised: the speaking did not happen (twenty-second session)
    ("The council failed to explain why the tax is fair.",
     [("intention", "The council", "to explain", ["why the tax is fair"])]),
    ("The council has yet to explain why the tax is fair.",
     [("intention", "The council", "to explain", ["why the tax is fair"])]),
    ("Critics wish the council would have tried to explain why the tax is fair.",
     [("intention", "Critics", "wish", ["the council would have tried to explain why the tax is fair"]),
      ("intention", "the council", "to explain", ["why the tax is fair"])]),
    # a trying that happened still speaks
    ("The council tried to explain why the tax is fair.",
     [("speech", "The council", "to explain", ["why the tax is fair"])]),
])
def test_a_speaking_failed_or_only_wished_for_is_no_speech(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # claiming a thing is an act; claiming a clause reports words
    ("Senator Ilse Varga claimed the nomination on Friday.",
     [("belief", "Senator Ilse Varga", "claimed", ["the nomination"])]),
    ("Senator Ilse Varga officially claimed the vacant seat on Tuesday.",
     [("belief", "Senator Ilse Varga", "claimed", ["the vacant seat"])]),
    # a state of affairs claimed is asserted: words
    ("The rebel group claimed responsibility for the blast.",
     [("speech", "The rebel group", "claimed", ["responsibility for the blast"])]),
    ("Ruiz shot the intruder in 2012, but claimed self-defense and was acquitted the following year.",
     [("speech", "Ruiz", "claimed", ["self-defense"])]),
    ("Senator Ilse Varga claimed that the count was rigged.",
     [("speech", "Senator Ilse Varga", "claimed", ["that the count was rigged"])]),
])
def test_a_claim_of_a_thing_is_an_act(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an allusion to a noun phrase (a role of a noun, a quoted title in it) reports no words
    ('"I doubt the fox will run," Varga remarked, alluding to the senator\'s latest turn as a rugged '
     'lighthouse keeper in "Salt."',
     [("speech", "Varga", "remarked", ['"I doubt the fox will run,"']),
      ("belief", "Varga", "alluding to",
       ['the senator\'s latest turn as a rugged lighthouse keeper in "Salt."'])]),
    ("Varga joked, alluding to the award-nominated senator's turn as a lighthouse keeper in \"Salt.\"",
     [("belief", "Varga", "alluding to", ['the award-nominated senator\'s turn as a lighthouse keeper in "Salt."'])]),
    ("Varga was alluding to the senator's turn as a lighthouse keeper.",
     [("belief", "Varga", "was alluding to", ["the senator's turn as a lighthouse keeper"])]),
    # a quoted term the cue points to may be words
    ('Varga referred to the "Harbour Compact."',
     [("speech", "Varga", "referred to", ['the "Harbour Compact."'])]),
    # an as-phrase on the verb says what the target was called
    ("Varga referred to the mayor as a coward.",
     [("speech", "Varga", "referred to", ["the mayor as a coward"])]),
])
def test_an_allusion_to_a_noun_phrase_is_no_speech(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected
