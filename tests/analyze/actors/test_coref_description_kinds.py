"""Definite descriptions agree with the kind of actor they point back to: "the network" is a
broadcaster, "the party" a party, "the candidate" someone running, "the Florida senator" no
senator of another state; two equally fitting persons, or a person the knowledge base puts in another country,
leave a description unresolved (invented sentences and actors)."""
from __future__ import annotations

import pytest
from actor_rows import resolved

from newsgraph.analyze.actors.allegiance import parties_named, says_no_other_party_or_state, states_named
from newsgraph.analyze.actors.coref import same_role
from newsgraph.analyze.actors.mentions import Mention
from newsgraph.analyze.actors.organization_descriptions import _of_its_kind, is_a_party
from newsgraph.analyze.actors.person_descriptions import Description, resolve_description
from newsgraph.model import Actor


def _senators():
    pell = Actor("A1", "Ana Pell", "person", "USA", "LEG", "Sen.")
    brell = Actor("A2", "Tom Brell", "person", "USA", "LEG", "Sen.")
    return pell, brell, {"A1": {"senator"}, "A2": {"senator"}}


def test_the_most_recent_fitting_person_wins():
    pell, brell, heads = _senators()
    history = [Mention(pell, head=1, sent=0, subject=True, speaker=False),
               Mention(brell, head=12, sent=1, subject=True, speaker=False)]
    assert resolve_description(Description("senator", "USA", "LEG"), history, 2, heads, 30) is brell


def test_two_equally_fitting_persons_leave_it_unresolved():
    pell, brell, heads = _senators()
    # both subjects of the same sentence ("Sen. Ana Pell and Sen. Tom Brell voted ..."): no guess
    history = [Mention(pell, head=1, sent=0, subject=True, speaker=False),
               Mention(brell, head=5, sent=0, subject=True, speaker=False)]
    assert resolve_description(Description("senator", "USA", "LEG"), history, 1, heads, 30) is None


def test_a_person_the_knowledge_base_puts_elsewhere_is_not_a_description_of_another_country():
    leader = Actor("A1", "Tomas Varga", "person", None, None, "President")
    history = [Mention(leader, head=1, sent=0, subject=True, speaker=False)]
    heads = {"A1": {"president"}}
    desc = Description("president", "FRA", "GOV")
    assert resolve_description(desc, history, 1, heads, 20) is leader
    assert resolve_description(desc, history, 1, heads, 20, known_country=lambda a: "HUN") is None
    assert resolve_description(desc, history, 1, heads, 20, known_country=lambda a: "FRA") is leader


def test_a_party_word_rules_out_a_title_of_another_party():
    quill = Actor("A1", "Mara Quill", "person", "USA", "PTY", "Republican presidential candidate")
    history = [Mention(quill, head=2, sent=0, subject=True, speaker=False)]
    heads = {"A1": {"candidate"}}
    democratic = Description("candidate", None, "PTY", parties=parties_named(["Democratic"]))
    assert resolve_description(democratic, history, 1, heads, 20) is None
    republican = Description("candidate", None, "PTY", parties=parties_named(["GOP"]))
    assert resolve_description(republican, history, 1, heads, 20) is quill
    untitled = Actor("A1", "Mara Quill", "person", "USA", "PTY", None)  # no party known: may be
    assert resolve_description(democratic, [Mention(untitled, 2, 0, True, False)], 1, heads, 20) is untitled


def test_running_for_office_is_one_role_and_a_nominee_another():
    assert same_role("candidate", {"hopeful"}) and same_role("contender", {"candidate"})
    assert not same_role("nominee", {"candidate"})  # before a convention "the nominee" is nobody yet
    assert same_role("nominee", {"presumptive nominee"})


def test_a_party_is_a_body_named_a_party():
    assert is_a_party(Actor("A1", "Harbour Party", "organization", "USA", "PTY"))
    assert is_a_party(Actor("A2", "Republicans", "group", "USA", "PTY"))
    assert not is_a_party(Actor("A3", "House", "organization", "USA", "PTY"))
    assert not is_a_party(Actor("A4", "Democratic candidates", "group", "USA", "PTY"))
    assert not is_a_party(Actor("A5", "Harbour Party", "organization", "USA", "GOV"))


def test_a_noun_for_one_kind_of_body_is_no_name_of_another_kind():
    center = Actor("A1", "Harlow Center", "organization", None, "JRN")
    assert not _of_its_kind("network", center)
    assert not _of_its_kind("company", Actor("A2", "Orrin Foundation", "organization", None, "NGO"))
    assert _of_its_kind("group", center)  # a broad noun may be any body
    assert _of_its_kind("agency", Actor("A3", "Department of Ports", "organization", None, "GOV")) is True
    assert _of_its_kind("agency", Actor("A4", "Ports Department", "organization", None, "GOV"))
    assert _of_its_kind("company", Actor("A5", "Kestrel Motors", "organization", None, "BUS"))


@pytest.mark.model
def test_the_network_is_the_broadcaster_not_the_nearer_center(nlp):
    text = ("Kestrel News aired the debate on Monday. Its chief spoke at a forum hosted by the Harlow Center "
            "for Media. Viewers criticized the network for its coverage.")
    assert resolved(nlp, text, "the network") == "Kestrel News"


@pytest.mark.model
def test_the_company_is_no_foundation(nlp):
    text = ("Kestrel Motors cut 300 jobs on Monday. The Orrin Foundation criticized the cuts. "
            "Workers criticized the company in Dayton.")
    assert resolved(nlp, text, "the company") == "Kestrel Motors"


@pytest.mark.model
def test_the_party_is_a_party_not_the_chamber_its_members_sit_in(nlp):
    text = "The Harbour Party lost two seats in March. Its members in the House met on Monday. Activists urged the party to unite."
    assert resolved(nlp, text, "the party") == "Harbour Party"
    assert resolved(nlp, "Members of the House met on Monday. Activists urged the party to unite.", "the party") is None


@pytest.mark.model
def test_a_party_word_keeps_a_description_from_the_candidate_of_another_party(nlp):
    text = ("Republican presidential candidate Tom Brell toured Ohio on Monday. "
            "Voters asked about the Democratic candidate in Dayton.")
    assert resolved(nlp, text, "the Democratic candidate") is None
    text = text.replace("Republican presidential", "Democratic presidential")
    assert resolved(nlp, text, "the Democratic candidate") == "Tom Brell"


def test_a_state_in_a_description_rules_out_a_title_of_another_state():
    erne = Actor("A1", "Joan Erne", "person", "USA", "LEG", "Iowa Sen.")
    history = [Mention(erne, head=2, sent=0, subject=True, speaker=False)]
    heads = {"A1": {"sen"}}
    florida = Description("senator", "USA", "LEG", states=states_named(["Florida"]))
    assert resolve_description(florida, history, 1, heads, 20) is None
    iowa = Description("senator", "USA", "LEG", states=states_named(["Iowa"]))
    assert resolve_description(iowa, history, 1, heads, 20) is erne
    assert states_named(["the", "New", "York", "senator"]) == {"New York"}
    assert says_no_other_party_or_state("Florida senator", Actor("A2", "Ana Pell", "person", "USA", "LEG", "Sen."))


@pytest.mark.model
def test_the_florida_senator_is_not_the_senator_from_iowa(nlp):
    text = ("Florida Sen. Marco Vale spoke on Monday. Iowa Sen. Joan Erne spoke on Tuesday. "
            "The Florida senator said taxes would fall.")
    assert resolved(nlp, text, "The Florida senator") == "Marco Vale"
    text = "Iowa Sen. Joan Erne spoke on Tuesday. The Florida senator said taxes would fall."
    assert resolved(nlp, text, "The Florida senator") != "Joan Erne"


@pytest.mark.model
def test_the_terrorist_group_is_no_monitoring_firm_that_reported_on_it(nlp):
    text = ("The Islamic State has called for attacks on markets. The Kestrel Intelligence Group, which monitors "
            "extremist statements, said supporters were sharing the news. Forums posted old messages in which the "
            "terrorist group urged followers to act.")
    assert resolved(nlp, text, "the terrorist group") != "Kestrel Intelligence Group"  # not the firm between
