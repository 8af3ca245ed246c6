"""Recipients named farther from the trigger, on sentences of our own writing (invented officials, real
countries), real spaCy parse: the author of a claim an act answers ("denied charges by X", "conceded to
the demands of X", "declined despite pressure from X") and whom a purpose clause says an act helps ("sent
aid to help X cope"), and "them" taking up a group named in the sentence before; none when what is
helped or taken up is a thing."""
from __future__ import annotations

import pytest
from event_rows import first_event

pytestmark = pytest.mark.model


def _first(text, etype):
    """The first ``etype`` event's recipient: (actor name, span text)."""
    analysis, event = first_event(text, etype)
    name = analysis.actor(event.recipient).name if event.recipient else None
    return name, event.recipient_span.text if event.recipient_span else None


@pytest.mark.parametrize("text, etype, expected", [
    pytest.param("The Estonian government on Monday denied charges by Latvia that it had spied on its diplomats.",
                 "REJECT", ("Latvia", "Latvia"), id="by_author_of_denied_charges_hung_on_the_verb"),
    pytest.param("The Finnish government finally conceded to the demands of Sweden over the fishing quota.",
                 "CONCEDE", ("Sweden", "Sweden"), id="of_author_of_demands_conceded_to"),
    pytest.param("Governor Ilse Varga has declined to resign, despite the pressure by the Hungarian Parliament.",
                 "REJECT", ("Hungarian Parliament", "the Hungarian Parliament"),
                 id="author_of_pressure_resisted"),
    pytest.param("The Norwegian government is considering sending aid to help Iceland cope with the floods.",
                 "AID", ("Iceland", "Iceland"), id="subject_of_the_helped_clause"),
    pytest.param("Canada has offered to send engineers to help the Chilean army after the earthquake.",
                 "AGREE", ("Chilean army", "the Chilean army"), id="object_of_the_helped_clause"),
])
def test_recipient_named_farther_from_the_trigger(text, etype, expected):
    assert _first(text, etype) == expected


def test_a_helped_thing_is_no_recipient():
    # what the aid helps rebuild is no one: no recipient, and no words-only span from the clause
    assert _first("The Danish government sent aid to help rebuild the bridges.", "AID") == (None, None)


def test_them_takes_up_the_group_named_in_the_sentence_before():
    text = ("Riot police surrounded the campus of Lindholm College, where 300 students were trapped. "
            "On Sunday the police threatened to fire rubber bullets at them.")
    assert _first(text, "THREATEN") == ("students", "them")


def test_them_after_a_plural_thing_is_no_one():
    # "them" takes up "the new tariffs", a thing: no recipient actor (the words stay as they were)
    text = "Senator Ilka Dorn criticized the new tariffs. The governor rejected them on Friday."
    assert _first(text, "REJECT") == (None, "them")
