"""What a warning with no act of force is, and stances on kinds of policy (issue 9: events that are real and of
the right type), on sentences of our own writing. A warning is a threat only when it announces the warner's
act or its consequences (CAMEO "WARN CONSEQUENCES"); "warned X not to act" urges (REQUEST), a warning about
someone or a clause charging someone else with harm accuses (ACCUSE, CAMEO "WARN TERRORIST" 112), a warning
about what nobody can do is a remark. Backing "a carbon tax" or "a no-fly zone" is a stance on a kind of
policy, no SUPPORT of anyone; backing someone's bill or the deal still is."""
from __future__ import annotations

import pytest
from event_rows import event_rows  # (type, actor, recipient, modality) of each event

PUBLISHED = "2024-05-08"


def _typed(text):
    return [(row[0], row[2]) for row in event_rows(text, PUBLISHED)]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Several Kenyan lawmakers have warned the central bank not to raise rates this year.",
     ("REQUEST", "central bank")),  # an urging not to act
    ("Governor Ann Pike has warned us about those Ugandan smugglers.", ("ACCUSE", "Ugandan smugglers")),
    ("Partisans warn that the rival candidate would imperil the constitution and pursue dangerous policies.",
     ("ACCUSE", "rival candidate")),  # a charge of harm against someone else
])
def test_warnings_that_are_no_threats_take_their_type(text, expected):
    typed = _typed(text)
    assert expected[0] in [t for t, _ in typed] and "THREATEN" not in [t for t, _ in typed]


@pytest.mark.model
def test_a_warning_about_what_nobody_can_do_is_no_event():
    assert _typed("Senator Bill Harlow warned that nobody can win the presidency without rural voters.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyans have warned they could sell off billions of dollars in Ugandan bonds.",  # the warner's own act
    "The minister warned that Uganda would face consequences.",  # consequences announced
    "Kenya warned Uganda that it would respond to any attack.",
])
def test_warnings_of_ones_own_act_or_consequences_stay_threats(text):
    assert "THREATEN" in [t for t, _ in _typed(text)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Senator Mary Tull has backed a no-fly zone in Syria, putting her at odds with the president.",
    "They benefit from the kinds of programs that Senator Harlow supports.",
])
def test_a_stance_on_a_kind_of_policy_is_no_support(text):
    assert "SUPPORT" not in [t for t, _ in _typed(text)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Senator Harlow supports Mary Tull.",
    "Senator Harlow supported Governor Pike's tax reform.",  # someone's policy
])
def test_support_of_someone_or_their_policy_stays(text):
    assert "SUPPORT" in [t for t, _ in _typed(text)]


@pytest.mark.model
def test_a_claim_with_a_typographic_apostrophe_is_no_demand():
    assert "REQUEST" not in [t for t, _ in _typed("In a memo to Congress, Saudi officials insist they\u2019re fighting terror.")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    ("Entering the final contests in June, Governor Tull leads Senator Harlow by 271 pledged delegates according "
     "to a count by The Associated Press, but Harlow has vowed to soldier on."),
    "Senator Harlow will arrive at the convention with enough pledged delegates to file minority reports.",
])
def test_a_count_of_pledged_delegates_is_no_pledge(text):
    assert "AGREE" not in [t for t, _ in _typed(text)]  # "pledged" parsed as a verb of its own


@pytest.mark.model
def test_insisting_what_a_party_must_be_is_no_demand():
    text = "Speaker Tom Dale insists the party must be a party of ideas."
    assert "REQUEST" not in [t for t, _ in _typed(text)]


@pytest.mark.model
def test_defending_ones_own_record_against_a_foe_is_no_support():
    text = "President Ali Khan defended his record against the Shabab militants on Sunday night."
    assert ("SUPPORT", "Shabab") not in [(t, (r or "").split()[-1] if r else None) for t, r in _typed(text)]
    assert "SUPPORT" not in [t for t, _ in _typed(text)]


@pytest.mark.model
@pytest.mark.parametrize("text, etype", [
    ("Still, Senator Harlow has vowed to fight on.", "THREATEN"),  # to go on campaigning
    ("The network immediately seized on the controversy set off by Governor Tull.", "COERCE"),
    ("The network immediately seized on the controversy set off by Governor Tull.", "CONSULT"),
    ("Harlow said Governor Tull has backed out of the debate.", "SUPPORT"),
    ("He gives speeches on poverty and then backs them up in the news media.", "SUPPORT"),
    ("Governor Tull Just Pulled Out The Race Card On Senator Harlow In A Major Way.", "RETREAT"),
    ("Rupert Mason, who founded the network, is taking over from him on an interim basis.", "COERCE"),
])
def test_phrasal_senses_name_no_act(text, etype):
    assert etype not in [t for t, _ in _typed(text)]


@pytest.mark.model
@pytest.mark.parametrize("text, etype", [
    ("Kenya will fight on against the rebels.", "ASSAULT"),  # someone fought
    ("The United States pulled out its troops from Iraq.", "RETREAT"),  # forces withdrawn
    ("Rebels seized the town of Kasese.", "COERCE"),
])
def test_the_acts_themselves_stay(text, etype):
    assert etype in [t for t, _ in _typed(text)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    ("In an incendiary press conference, Governor Mark Tull launched a pre-emptive attack against President "
     "Ali Khan, calling him the most ignorant president in our history."),  # the attack is what he called him
    "Governor Mark Tull launched an attack against Senator Ann Harlow.",  # between politicians: words
])
def test_a_politicians_attack_in_words_is_an_accusation(text):
    types = [t for t, _ in _typed(text)]
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.model
def test_an_armed_attack_stays_an_assault():
    assert "ASSAULT" in [t for t, _ in _typed("Ugandan troops launched an attack on Kasese, calling it a rebel base.")]


@pytest.mark.model
def test_a_standing_among_voters_is_no_charge():
    assert "ACCUSE" not in [t for t, _ in _typed("Senator Harlow said Governor Tull is weakest among young voters.")]
    assert "ACCUSE" in [t for t, _ in _typed("Senator Harlow said Governor Tull is weak and corrupt.")]


@pytest.mark.model
def test_a_threat_with_a_condition_of_harm_stays_a_threat():
    text = ("Kenya's ambassador to Uganda warned that the Kenyan government will not sit on its hands if the "
            "border situation worsens.")
    assert "THREATEN" in [t for t, _ in _typed(text)]


@pytest.mark.model
def test_a_seizure_on_someones_orders_stays_a_seizure():
    assert "COERCE" in [t for t, _ in _typed("The Kenyan navy seized the tanker on the orders of President Emil Lund.")]
