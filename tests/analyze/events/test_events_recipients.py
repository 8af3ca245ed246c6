"""Event recipients on sentences of our own writing (invented officials, real countries), real spaCy
parse: the owner of a thing acted on, quantities of people, passives, coordinated recipients,
joint acts of conjoined doers, and sources of a report that are no target."""
from __future__ import annotations

import pytest
from event_rows import first_event, span_text

import newsgraph

pytestmark = pytest.mark.model


def _roles(analysis, event, keys):
    """The parts of ``event`` named by ``keys``: span texts, or name, kind and country of its actors."""
    found = {
        "actor_span": lambda: span_text(event.actor_span),
        "recipient_span": lambda: span_text(event.recipient_span),
        "actor_name": lambda: analysis.actor(event.actor).name,
        "actor_kind": lambda: analysis.actor(event.actor).kind,
        "recipient_name": lambda: analysis.actor(event.recipient).name,
        "recipient_country": lambda: analysis.actor(event.recipient).country,
    }
    return {key: found[key]() for key in keys}


@pytest.mark.parametrize("text, etype, expected", [
    pytest.param("Estonia rejected Latvia's demands for a new border treaty.", "REJECT",
                 {"recipient_span": "Latvia's demands", "recipient_country": "LVA"},
                 id="owner_of_a_rejected_demand_is_the_recipient"),
    pytest.param("Army units shelled the rebel hideouts near Goma on Monday.", "ASSAULT",
                 {"actor_span": "Army units", "recipient_span": "the rebel hideouts"},
                 id="owner_of_an_attacked_place_is_the_recipient"),
    pytest.param("Kenya rejected the accusations by the Somali government.", "REJECT",
                 {"recipient_span": "the Somali government"},
                 id="by_agent_of_a_rejected_accusation_is_the_recipient"),
    pytest.param("Hundreds of political prisoners were released by the government of Chad.", "RETREAT",
                 {"actor_span": "the government of Chad", "recipient_span": "Hundreds of political prisoners"},
                 id="passive_with_a_quantity_of_people"),
    pytest.param("Norway imposed sanctions on Finance Minister Ivo Berg and Interior Minister Maret Saar.", "SANCTION",
                 {"recipient_span": "Finance Minister Ivo Berg and Interior Minister Maret Saar",
                  "recipient_name": "Ivo Berg"},
                 id="coordinated_recipients_share_one_span"),
    pytest.param("Chile and Peru agreed to reopen the border crossing.", "AGREE",
                 {"actor_span": "Chile", "recipient_span": "Peru"},
                 id="joint_agreement_of_conjoined_doers"),
    pytest.param("Sweden rejected the proposal, according to a Danish diplomat.", "REJECT",
                 {"recipient_span": None},
                 id="source_of_a_report_is_no_recipient"),
    pytest.param("Kenya is willing to withdraw its troops from Somalia.", "CONCEDE",
                 {"recipient_span": "Somalia", "recipient_country": "SOM"},
                 id="withdrawal_of_own_troops_is_aimed_at_the_place_left"),
    pytest.param("Azerbaijan's army shelled the town of Kapan in Armenia on Monday.", "ASSAULT",
                 {"recipient_span": "the town of Kapan", "recipient_country": "ARM"},
                 id="shelled_town_stands_for_its_country"),
    pytest.param("India's police imposed a curfew in Ahmedabad on Sunday.", "COERCE",
                 {"recipient_span": "Ahmedabad", "recipient_country": "IND"},
                 id="curfew_in_a_city_is_aimed_at_its_country"),
    pytest.param("The Andean Council on Monday lifted sanctions imposed on Bolivia in 2019.", "RETREAT",
                 {"recipient_span": "Bolivia", "recipient_country": "BOL"},
                 id="lifted_measure_is_aimed_at_whom_it_was_imposed_on"),
    pytest.param("Kenya refused to lift the ban imposed on the Somali Youth Front (SYF).", "REJECT",
                 {"recipient_span": "the Somali Youth Front (SYF)"},
                 id="refused_to_lift_a_ban_on_a_group"),
    pytest.param("Kenya threatened to close its border with Somalia.", "THREATEN",
                 {"actor_span": "Kenya", "recipient_span": "Somalia"},
                 id="target_of_a_threatened_act_hangs_on_its_complement"),
    pytest.param("Chilean President Ana Ruiz called Prime Minister Tomas Berg of Norway on Monday "
                 "and urged him to release the prisoners.", "REQUEST",
                 {"actor_span": "Chilean President Ana Ruiz", "recipient_name": "Tomas Berg"},
                 id="pronoun_recipient_is_the_person_called_not_the_caller"),
    pytest.param("Army units pounded the rebel positions with heavy artillery.", "ASSAULT",
                 {"recipient_span": "the rebel positions"},
                 id="with_names_the_means_of_an_attack_on_an_object"),
    pytest.param("Minister Ana Ruiz said that Peru must withdraw its troops from the border.", "REQUEST",
                 {"actor_span": "Minister Ana Ruiz", "recipient_span": "Peru"},
                 id="what_someone_must_do_is_the_speakers_request_to_them"),
    pytest.param("Chile expelled diplomats from Peru, Bolivia and Ecuador on Friday.", "SANCTION",
                 {"actor_span": "Chile", "recipient_span": "diplomats from Peru, Bolivia and Ecuador"},
                 id="group_drawn_from_several_countries_is_one_recipient_span"),
    pytest.param("Kenya condemned Washington's shift on refugees.", "ACCUSE",
                 {"recipient_span": "Washington's shift", "recipient_name": "Washington"},
                 id="owner_of_a_criticised_act_wins_over_its_topic"),
    pytest.param("Regulators criticized Fortress Bank's payout to its executives.", "ACCUSE",
                 {"recipient_span": "Fortress Bank's payout", "recipient_name": "Fortress Bank"},
                 id="owner_of_a_criticised_payout_wins_over_whom_it_went_to"),
    pytest.param("The government of Peru welcomed the release of three hostages by insurgents.", "SUPPORT",
                 {"recipient_span": "three hostages"},
                 id="welcomed_release_is_for_the_released_not_the_releasers",
                 marks=pytest.mark.xfail(strict=True, reason="the learned recipient chooser (on by default) fills this recipient wrongly: the releasers, insurgents")),
    pytest.param("Norway withdrew its troops at the request of the Afghan government.", "RETREAT",
                 {"recipient_span": "the Afghan government", "recipient_country": "AFG"},
                 id="an_act_done_at_someones_request_is_done_for_the_asker"),
    pytest.param("Six activists gathered outside the ministry in Lagos on Monday. Police arrested "
                 "the six people after the protest, the interior ministry said.", "COERCE",
                 {"recipient_span": "the six people", "recipient_name": "activists"},
                 id="counted_people_take_up_the_group_named_earlier_with_that_count"),
    pytest.param("Prime Minister Dana Holt was asked by President Emil Lund to delay the vote.", "REQUEST",
                 {"actor_name": "Emil Lund", "recipient_name": "Dana Holt"},
                 id="one_asked_in_a_passive_frame_is_the_recipient"),
    pytest.param("Prime Minister Dana Holt received a call from President Emil Lund on Friday.", "CONSULT",
                 {"actor_name": "Emil Lund", "recipient_name": "Dana Holt"},
                 id="a_call_received_is_the_callers"),
    pytest.param("Riot police besieged the university campus, where hundreds of students were trapped.", "COERCE",
                 {"recipient_span": "hundreds of students"},
                 id="people_trapped_in_a_besieged_building_are_its_recipient"),
    pytest.param("Somalia's request for troops was rejected by Kenya.", "REJECT",
                 {"actor_name": "Kenya", "recipient_name": "Somalia"},
                 id="the_owner_of_a_request_rejected_in_the_passive_is_the_recipient"),
    pytest.param("Thousands of workers in Chile protested against the government's pension reform.", "PROTEST",
                 {"actor_span": "Thousands of workers in Chile", "actor_kind": "group", "recipient_country": "CHL"},
                 id="counted_people_in_a_country_are_the_people_not_the_country"),
    pytest.param("Senator Ray Cole apologized to the Iranian people.", "CONCEDE",
                 {"recipient_span": "the Iranian people", "recipient_country": "IRN"},
                 id="a_nations_people_is_the_whole_phrase_coded_as_the_country"),
    pytest.param("A Kenyan army helicopter crashed near Mandera on Wednesday. The rebels of the "
                 "Northern Front claimed responsibility for shooting down the helicopter.", "ASSAULT",
                 {"recipient_country": "KEN"},
                 id="a_struck_thing_taken_up_again_belongs_to_the_owner_named_with_it_earlier"),
])
def test_event_roles(text, etype, expected):
    analysis, event = first_event(text, etype)
    assert _roles(analysis, event, expected) == expected


def test_state_of_emergency_is_no_recipient():
    analysis = newsgraph.analyze("Sweden declared a state of emergency in the northern provinces.",
                                 published="2024-05-08")
    assert not [e for e in analysis.events if e.recipient_span and "emergency" in e.recipient_span.text]


def test_conjoined_participle_of_a_headline_passive_has_no_doer():
    analysis = newsgraph.analyze("US Army helicopter shot down and destroyed near Kandahar, the militants said.",
                                 published="2024-05-08")
    destroyed = [e for e in analysis.events if e.trigger.text == "destroyed"]
    assert destroyed and destroyed[0].actor is None
    assert destroyed[0].recipient_span.text == "US Army helicopter"


def test_whoever_ordered_a_seizure_is_not_its_target():
    analysis, event = first_event("The Kenyan navy seized the tanker on the orders of President Emil Lund.", "COERCE")
    assert event.recipient is None or analysis.actor(event.recipient).name != "Emil Lund"


def test_a_name_joined_by_and_that_the_parse_hung_inside_the_doer_is_a_partner():
    from spacy.tokens import Doc

    from newsgraph.analyze.events import _run_in_partners
    from newsgraph.nlp.loader import load

    # the parse the small model gives some names ("<name> and Chinese leader <name>" as one modified name)
    words = ["Holt", "and", "Chinese", "leader", "Wang", "Bo", "signed", "a", "deal"]
    doc = Doc(load().vocab, words=words, pos=["PROPN", "CCONJ", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN"], heads=[3, 0, 3, 5, 5, 6, 6, 8, 6],
              deps=["amod", "cc", "amod", "compound", "compound", "nsubj", "ROOT", "det", "dobj"],
              ents=["B-PERSON", "O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert [t.text for t in _run_in_partners(doc[5])] == ["Holt"]
    assert _run_in_partners(doc[8]) == []


def test_a_granted_request_is_a_concession_to_the_asker_not_a_request():
    analysis = newsgraph.analyze("Kenya agreed to Somalia's request to send troops.", published="2024-05-08")
    assert [e.type for e in analysis.events] == ["CONCEDE"]
    event = analysis.events[0]
    assert analysis.actor(event.actor).name == "Kenya"
    assert analysis.actor(event.recipient).name == "Somalia"
