"""The spans of an event's doer and target are the whole phrase of the clause (``events.spans``), on
sentences of our own writing (invented officials, real countries), real spaCy parse."""
from __future__ import annotations

import pytest
from event_rows import first_event

pytestmark = pytest.mark.model


def _spans(text, etype):
    """The first ``etype`` event's (actor span text, recipient span text)."""
    _, event = first_event(text, etype)
    return (event.actor_span.text if event.actor_span else None,
            event.recipient_span.text if event.recipient_span else None)


@pytest.mark.parametrize("text, etype, expected", [
    pytest.param("Maria Tenn, the Chilean foreign minister, condemned Peru's decision.", "ACCUSE",
                 ("Maria Tenn, the Chilean foreign minister", "Peru's decision"),
                 id="apposition_and_possessed_thing"),
    pytest.param("The government of Peru rejected the proposal of the Bolivian delegation.", "REJECT",
                 ("The government of Peru", "the proposal of the Bolivian delegation"),
                 id="of_phrases"),
    pytest.param("The Andean Workers Council (AWC) accused Peru of breaking the border treaty.", "ACCUSE",
                 ("The Andean Workers Council (AWC)", "Peru"),
                 id="bracketed_acronym"),
    pytest.param("Soldiers from the Peruvian army shelled a village near the border.", "ASSAULT",
                 ("Soldiers from the Peruvian army", "a village"),
                 id="origin_phrase_of_a_group"),
    pytest.param("Protesters in northern Chile attacked a police station.", "ASSAULT",
                 ("Protesters in northern Chile", "a police station"),
                 id="place_phrase_of_a_group"),
    pytest.param("Chilean police arrested opposition leader Ana Ruiz in Santiago on Monday.", "COERCE",
                 ("Chilean police", "opposition leader Ana Ruiz"),
                 id="where_a_named_person_was_is_no_part_of_the_name"),
    pytest.param("Russia's invasion of Ukraine began in February.", "ASSAULT",
                 ("Russia", "Ukraine"),
                 id="never_across_the_trigger_noun"),
    pytest.param("The Chilean government announced that it will not lift the ban on the Andean Front.", "REJECT",
                 ("The Chilean government", "the Andean Front"),
                 id="a_pronoun_doer_is_the_name_it_takes_up"),
    pytest.param("The Chilean navy welcomed the accusation from a Peruvian senator.", "SUPPORT",
                 ("The Chilean navy", "a Peruvian senator"),
                 id="no_climb_through_a_preposition_onto_an_act_noun"),
    pytest.param("Chile and Peru agreed to reopen the border crossing.", "AGREE",
                 ("Chile", "Peru"),
                 id="joint_act_keeps_each_side_apart"),
])
def test_participant_phrase(text, etype, expected):
    assert _spans(text, etype) == expected
