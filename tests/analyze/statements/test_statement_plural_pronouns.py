"""A "they" speaker: the group that spoke just before, unless another group or a plural subject came between
(``plural_pronouns``; invented stories; issue 10)."""
from __future__ import annotations

import pytest
from statement_rows import Listed, analysed

import newsgraph
from newsgraph.analyze.statements.plural_pronouns import plural_speaker, subject_not_chosen

GOING_ON = ("Mayor Tom Brell has clashed with the council for years.\n\n"
            "The first step to mending ties, the mayor's allies say, will be to help councillors keep their seats. "
            "The mayor wants to tour the harbour this fall as a guest of fishermen hoping to save the ferries, "
            "they say.")


def test_they_goes_on_from_the_group_that_spoke_just_before():
    # coreference hands "they" to the fishermen the reported words only talk about
    assert [(source, speaker) for source, speaker in analysed(GOING_ON, "source", "speaker")] == [
        ("the mayor's allies", "mayor allies"), ("they", "mayor allies")]


@pytest.mark.model
def test_a_plural_subject_between_leaves_they_to_coreference(nlp):
    text = ("The mayor's allies say the ferries will run again in May. Fishermen disagreed on Monday. "
            "The harbour is lost for good, they said.")
    analysis = newsgraph.analyze(text)
    doc = nlp(text)
    first, last = analysis.statements[0], analysis.statements[-1]
    assert last.source.text == "they" and first.speaker is not None
    assert plural_speaker(doc, text, last, first, Listed(analysis.actors)) is None
    # without the fishermen in between, the allies go on
    text = text.replace("Fishermen disagreed on Monday. ", "")
    analysis = newsgraph.analyze(text)
    doc = nlp(text)
    first, last = analysis.statements[0], analysis.statements[-1]
    last.speaker = None  # (coreference may agree already: then the rule has nothing to change)
    assert plural_speaker(doc, text, last, first, Listed(analysis.actors)).id == first.speaker


@pytest.mark.model
def test_they_is_the_subject_of_its_own_sentence_not_a_noun_of_the_object(nlp):
    # coreference may hand "they" to a plural noun inside the object ("the drawdown of police officers ...,
    # which they say"); the sentence's subject "They" goes on (issue 10, twenty-first session)
    text = ("Republicans have spent months on the port scandal. They are also focused on the mayor's drawdown of "
            "police officers in the harbour, which they say left a vacuum for smugglers.")
    analysis = newsgraph.analyze(text)
    doc = nlp(text)
    last = analysis.statements[-1]
    assert last.source.text == "they"
    by_name = {a.name: a for a in analysis.actors}
    last.speaker = by_name["police officers"].id  # what coreference gave it in a longer story
    assert subject_not_chosen(doc, last, Listed(analysis.actors)) == (True, by_name["Republican Party"])
    last.speaker = by_name["Republican Party"].id  # the index agrees: nothing to change
    assert subject_not_chosen(doc, last, Listed(analysis.actors)) == (False, None)
