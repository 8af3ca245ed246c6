"""Event recipients on sentences of our own writing (invented officials, real countries), real spaCy
parse: the owner of a thing acted on, quantities of people, passives, coordinated recipients,
joint acts of conjoined doers, and sources of a report that are no target."""
from __future__ import annotations

import pytest

import newsgraph

pytestmark = pytest.mark.model


def _event(text, etype):
    analysis = newsgraph.analyze(text, published="2024-05-08")
    events = [e for e in analysis.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    return analysis, events[0]


def test_owner_of_a_rejected_demand_is_the_recipient():
    analysis, event = _event("Estonia rejected Latvia's demands for a new border treaty.", "REJECT")
    assert event.recipient_span.text == "Latvia"
    assert analysis.actor(event.recipient).country == "LVA"


def test_owner_of_an_attacked_place_is_the_recipient():
    _, event = _event("Army units shelled the rebel hideouts near Goma on Monday.", "ASSAULT")
    assert event.actor_span.text == "Army units"
    assert event.recipient_span.text == "rebel"


def test_by_agent_of_a_rejected_accusation_is_the_recipient():
    analysis, event = _event("Kenya rejected the accusations by the Somali government.", "REJECT")
    assert event.recipient_span.text == "the Somali government"


def test_passive_with_a_quantity_of_people():
    _, event = _event("Hundreds of political prisoners were released by the government of Chad.", "RETREAT")
    assert event.actor_span.text == "the government of Chad"
    assert event.recipient_span.text == "Hundreds of political prisoners"


def test_coordinated_recipients_share_one_span():
    analysis, event = _event(
        "Norway imposed sanctions on Finance Minister Ivo Berg and Interior Minister Maret Saar.", "SANCTION")
    assert event.recipient_span.text == "Finance Minister Ivo Berg and Interior Minister Maret Saar"
    assert analysis.actor(event.recipient).name == "Ivo Berg"


def test_joint_agreement_of_conjoined_doers():
    analysis, event = _event("Chile and Peru agreed to reopen the border crossing.", "AGREE")
    assert event.actor_span.text == "Chile"
    assert event.recipient_span.text == "Peru"


def test_state_of_emergency_is_no_recipient():
    analysis = newsgraph.analyze("Sweden declared a state of emergency in the northern provinces.",
                                 published="2024-05-08")
    assert not [e for e in analysis.events if e.recipient_span and "emergency" in e.recipient_span.text]


def test_source_of_a_report_is_no_recipient():
    _, event = _event("Sweden rejected the proposal, according to a Danish diplomat.", "REJECT")
    assert event.recipient_span is None


def test_withdrawal_of_own_troops_is_aimed_at_the_place_left():
    analysis, event = _event("Kenya is willing to withdraw its troops from Somalia.", "CONCEDE")
    assert event.recipient_span.text == "Somalia"
    assert analysis.actor(event.recipient).country == "SOM"


def test_shelled_town_stands_for_its_country():
    analysis, event = _event("Azerbaijan's army shelled the town of Kapan in Armenia on Monday.", "ASSAULT")
    assert event.recipient_span.text == "Kapan"
    assert analysis.actor(event.recipient).country == "ARM"


def test_curfew_in_a_city_is_aimed_at_its_country():
    analysis, event = _event("India's police imposed a curfew in Ahmedabad on Sunday.", "COERCE")
    assert event.recipient_span.text == "Ahmedabad"
    assert analysis.actor(event.recipient).country == "IND"


def test_target_of_a_threatened_act_hangs_on_its_complement():
    analysis, event = _event("Kenya threatened to close its border with Somalia.", "THREATEN")
    assert event.actor_span.text == "Kenya"
    assert event.recipient_span.text == "Somalia"


def test_pronoun_recipient_is_the_person_called_not_the_caller():
    analysis, event = _event("Chilean President Ana Ruiz called Prime Minister Tomas Berg of Norway on Monday "
                             "and urged him to release the prisoners.", "REQUEST")
    assert event.actor_span.text == "Chilean President Ana Ruiz"
    assert analysis.actor(event.recipient).name == "Tomas Berg"


def test_with_names_the_means_of_an_attack_on_an_object():
    _, event = _event("Army units pounded the rebel positions with heavy artillery.", "ASSAULT")
    assert event.recipient_span.text == "rebel"


def test_what_someone_must_do_is_the_speakers_request_to_them():
    analysis, event = _event("Minister Ana Ruiz said that Peru must withdraw its troops from the border.", "REQUEST")
    assert event.actor_span.text == "Minister Ana Ruiz"
    assert event.recipient_span.text == "Peru"


def test_group_drawn_from_several_countries_is_one_recipient_span():
    _, event = _event("Chile expelled diplomats from Peru, Bolivia and Ecuador on Friday.", "SANCTION")
    assert event.actor_span.text == "Chile"
    assert event.recipient_span.text == "diplomats from Peru, Bolivia and Ecuador"


def test_owner_of_a_criticised_act_wins_over_its_topic():
    analysis, event = _event("Kenya condemned Washington's shift on refugees.", "ACCUSE")
    assert event.recipient_span.text == "Washington"


def test_owner_of_a_criticised_payout_wins_over_whom_it_went_to():
    analysis, event = _event("Regulators criticized Fortress Bank's payout to its executives.", "ACCUSE")
    assert event.recipient_span.text == "Fortress Bank"


def test_welcomed_release_is_for_the_released_not_the_releasers():
    _, event = _event("The government of Peru welcomed the release of three hostages by insurgents.", "SUPPORT")
    assert event.recipient_span.text == "three hostages"


def test_conjoined_participle_of_a_headline_passive_has_no_doer():
    analysis = newsgraph.analyze("US Army helicopter shot down and destroyed near Kandahar, the militants said.",
                                 published="2024-05-08")
    destroyed = [e for e in analysis.events if e.trigger.text == "destroyed"]
    assert destroyed and destroyed[0].actor is None
    assert destroyed[0].recipient_span.text == "US Army"


def test_an_act_done_at_someones_request_is_done_for_the_asker():
    _, event = _event("Norway withdrew its troops at the request of the Afghan government.", "RETREAT")
    assert event.recipient_span.text == "the Afghan government"


def test_whoever_ordered_a_seizure_is_not_its_target():
    analysis, event = _event("The Kenyan navy seized the tanker on the orders of President Emil Lund.", "COERCE")
    assert event.recipient is None or analysis.actor(event.recipient).name != "Emil Lund"


def test_counted_people_take_up_the_group_named_earlier_with_that_count():
    analysis, event = _event("Six activists gathered outside the ministry in Lagos on Monday. Police arrested "
                             "the six people after the protest, the interior ministry said.", "COERCE")
    assert event.recipient_span.text == "the six people"
    assert analysis.actor(event.recipient).name == "activists"


def test_one_asked_in_a_passive_frame_is_the_recipient():
    analysis, event = _event("Prime Minister Dana Holt was asked by President Emil Lund to delay the vote.", "REQUEST")
    assert analysis.actor(event.actor).name == "Emil Lund"
    assert analysis.actor(event.recipient).name == "Dana Holt"


def test_a_call_received_is_the_callers():
    analysis, event = _event("Prime Minister Dana Holt received a call from President Emil Lund on Friday.", "CONSULT")
    assert analysis.actor(event.actor).name == "Emil Lund"
    assert analysis.actor(event.recipient).name == "Dana Holt"


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


def test_people_trapped_in_a_besieged_building_are_its_recipient():
    _, event = _event("Riot police besieged the university campus, where hundreds of students were trapped.", "COERCE")
    assert event.recipient_span.text == "hundreds of students"


def test_a_granted_request_is_a_concession_to_the_asker_not_a_request():
    analysis = newsgraph.analyze("Kenya agreed to Somalia's request to send troops.", published="2024-05-08")
    assert [e.type for e in analysis.events] == ["CONCEDE"]
    event = analysis.events[0]
    assert analysis.actor(event.actor).name == "Kenya"
    assert analysis.actor(event.recipient).name == "Somalia"


def test_the_owner_of_a_request_rejected_in_the_passive_is_the_recipient():
    analysis, event = _event("Somalia's request for troops was rejected by Kenya.", "REJECT")
    assert analysis.actor(event.actor).name == "Kenya"
    assert analysis.actor(event.recipient).name == "Somalia"


def test_counted_people_in_a_country_are_the_people_not_the_country():
    analysis, event = _event("Thousands of workers in Chile protested against the government's pension reform.",
                             "PROTEST")
    assert event.actor_span.text == "Thousands of workers in Chile"
    assert analysis.actor(event.actor).kind == "group"
    assert analysis.actor(event.recipient).country == "CHL"


def test_a_nations_people_is_the_whole_phrase_coded_as_the_country():
    analysis, event = _event("Senator Ray Cole apologized to the Iranian people.", "SUPPORT")
    assert event.recipient_span.text == "the Iranian people"
    assert analysis.actor(event.recipient).country == "IRN"


def test_a_struck_thing_taken_up_again_belongs_to_the_owner_named_with_it_earlier():
    analysis, event = _event("A Kenyan army helicopter crashed near Mandera on Wednesday. The rebels of the "
                             "Northern Front claimed responsibility for shooting down the helicopter.", "ASSAULT")
    assert analysis.actor(event.recipient).country == "KEN"
