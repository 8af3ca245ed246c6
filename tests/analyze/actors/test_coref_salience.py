"""Which earlier actor wins when several fit (real spaCy model): a named organisation over a generic
group noun for "the group", the organisation over its country for "it", the person just introduced
as a subject for "he", and plural speakers ("both sides") left unresolved (a statement has one speaker)."""
from __future__ import annotations

import actor_rows
import pytest

pytestmark = pytest.mark.model


def resolved(nlp, text, phrase):
    return actor_rows.resolved(nlp, text, phrase, last=True)  # the last phrase of the text


@pytest.mark.parametrize("text, phrase, expected", [
    # "the group": the named alliance, not the workers mentioned just before
    ("The Harbor Workers Alliance organized the strike at the depot. Maintenance workers walked off the job "
     "on Monday. The group said the talks had failed.", "The group", "Harbor Workers Alliance"),
    # "the company" far from any name: the named company the story keeps returning to
    ("Veltro Motors said sales rose in March. Veltro Motors also said it would hire staff. Analysts expected "
     "more. Shares rose 3 percent. Investors were pleased. Markets were calm on Monday. The company said the "
     "plant would open in May.", "The company", "Veltro Motors"),
    # ... and "the group" for the alliance the story is about, over workers named just before
    ("The Harbor Workers Alliance said the strike would go on. The Harbor Workers Alliance called it a fight "
     "for safety. Shares fell. Markets were calm. Ports were quiet on Monday. Maintenance workers walked off "
     "the job. The group said the talks had failed.", "The group", "Harbor Workers Alliance"),
    # "it" of a named group in its own sentence
    ("Turkish Airlines said it would cancel flights.", "it", "Turkish Airlines"),
    # an organisation speaking, its country only named inside the sentence
    ("Qantas, Australia's national airline, said it would cut jobs.", "it", "Qantas"),
    # "It said" a sentence later: the organisation that was the subject, not the country in a clause
    ("Norwegian Air cancelled 40 flights after Germany closed two airports. It said passengers would be "
     "rebooked.", "It", "Norwegian Air"),
    # ... and a country that spoke is still "it"
    ("Norway said the airports would reopen on Monday. It said passengers would be safe.", "It", "Norway"),
    # he: the person just introduced as a subject, not whoever spoke two sentences back
    ("Ardo Venn said the vote was final. After Pell Marsh took over the committee in March, the budget grew. "
     "He said the vote would happen.", "He", "Pell Marsh"),
    # "she" already resolved to Venn marks Venn as a woman: "he" is the other man
    ("Ardo Venn said she would vote. Pell Marsh chaired the meeting with Venn on Monday. "
     "He said the vote would happen.", "He", "Pell Marsh"),
    # Mr./Ms. mark the gender: "He" skips the woman who spoke last
    ("Mr. Venn said the vote was final. Ms. Marsh, who chairs the committee, spoke next. "
     "He said the vote would happen.", "He", "Venn"),
])
def test_salient_antecedent(nlp, text, phrase, expected):
    assert resolved(nlp, text, phrase) == expected


def test_it_that_does_not_speak_stays_unresolved_across_sentences(nlp):
    text = "Norwegian Air cancelled 40 flights on Monday. It was snowing in Oslo."
    assert resolved(nlp, text, "It") is None


@pytest.mark.parametrize("text, phrase", [
    ("Ardo Venn met Pell Marsh in Oslo. Both men said the talks were useful.", "Both men"),
    ("Ruritania and Valdonia signed a truce. Both sides said the talks were useful.", "Both sides"),
])
def test_two_speakers_are_not_one_of_them(nlp, text, phrase):
    """A statement has one speaker: "both men" is never just one of the two."""
    assert resolved(nlp, text, phrase) not in ("Ardo Venn", "Pell Marsh", "Ruritania", "Valdonia")
