"""A "they" speaker: the group that spoke just before, unless another group or a plural subject came between
(``plural_pronouns``; invented stories; issue 10)."""
from __future__ import annotations

import pytest
from statement_rows import Listed, analysed

import newsgraph
from newsgraph.analyze.statements.plural_pronouns import plural_speaker

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
