"""Speech acts that are events, recipients named around the verb, and acts of no political actor, on
sentences of our own writing (invented officials, real countries). Each row: the exact events the
sentence makes as (type, actor name, recipient name, modality)."""
from __future__ import annotations

import pytest
from event_rows import CANDIDATES, event_rows  # (type, actor, recipient, modality) of each event

import newsgraph
from newsgraph.analyze.events import is_political
from newsgraph.model import Actor

PUBLISHED = "2024-05-08"
pytestmark = pytest.mark.model


def _rows(text):
    return event_rows(text, PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    # a denial of allegations is PLOVER's REJECT (CAMEO 016), aimed at whoever made them
    ("The Kenyan interior ministry denied Somalia's allegations of torture.",
     [("REJECT", "Kenyan interior ministry", "Somalia", "asserted")]),
    # a name of contempt is an accusation of the one named or of the owner of what is named
    ("The Kenyan president called the Somali inquiry a sham.",
     [("ACCUSE", "Kenyan president", "Somalia", "asserted")]),
    # a document's author is the doer of what it says
    ("A statement from the Kenyan foreign ministry condemned Ethiopia.",
     [("ACCUSE", "Kenyan foreign ministry", "Ethiopia", "asserted")]),
    # a withdrawn bill or demand is a concession (PLOVER: withdrawing a demand is CONCEDE)
    ("The Danish government withdrew the controversial security bill.",
     [("CONCEDE", "Danish government", None, "asserted")]),
    # talks made to fail are rejected
    ("The Kenyan government scuttled talks with Somalia.",
     [("REJECT", "Kenyan government", "Somalia", "asserted")]),
])
def test_speech_acts_and_policy_acts(text, expected):
    assert _rows(text) == expected


def test_a_search_warrant_is_a_seizure_aimed_at_whose_home_was_searched():
    analysis = newsgraph.analyze("Kenyan police executed a search warrant at the home of Senator Tom Mwangi.",
                                 published=PUBLISHED)
    [event] = analysis.events
    assert (event.type, event.mode) == ("COERCE", "seize")
    assert event.recipient_span.text == "the home of Senator Tom Mwangi"
    assert analysis.actor(event.recipient).name == "Tom Mwangi"


def test_a_condemned_act_by_someone_is_aimed_at_its_doers():
    rows = _rows("Norway condemned the shelling by Ethiopian troops.")
    assert rows == [("ACCUSE", "Norway", "Ethiopian troops", "asserted")]


def test_a_person_placed_only_by_the_story_is_no_political_doer():
    assert not is_political(Actor(id="A1", name="Tom Webb", kind="person", country="USA"))
    assert not is_political(Actor(id="A2", name="Daily Sun", kind="organization", country="USA"))
    assert is_political(Actor(id="A3", name="Kenya Manufacturing Alliance", kind="organization", country="KEN"))
    assert is_political(Actor(id="A4", name="Kenyan protesters", kind="group", country="KEN"))


@pytest.mark.parametrize("text, expected", [
    # taking part is the event taken part in (CAMEO's "take part" alone is no participation)
    ("The Kenyan opposition did not take part in the talks.", [("CONSULT", "Kenyan opposition", None, "negated")]),
    ("The Kenyan minister took part in a ceremony.", []),
    # an inability is no act done
    ("Kenyan police were not able to end the violence.",
     [("RETREAT", "Kenyan police", None, "negated,hypothetical")]),
    # a speaker's view of their own side's duty is no request; the act is only thought right
    ('"We should be supporting Kenya," Senator Tom Mwangi said.', [("SUPPORT", "Tom Mwangi", "Kenya", "hypothetical")]),
    # "stands ready to": the promise is made (PLOVER AGREE), asserted
    ("The Kenyan government stands ready to support Somalia.",
     [("AGREE", "Kenyan government", "Somalia", "asserted")]),
    # no one investigated, no one helped, no one warned of harm by anyone
    ("Kenyan health officials launched an epidemiological investigation into the outbreak.", []),
    ("Residents were wearing masks to protect themselves, the Kenyan health ministry said.", []),
    ("The Kenyan health ministry warned residents that the heat could cause dehydration.", []),
])
def test_participation_modality_and_non_events(text, expected):
    assert _rows(text) == expected


def test_the_government_a_non_state_doer_acts_on_is_its_own():
    rows = _rows("Kenya raised fuel taxes on Monday. Kenyan farmers protested against the government's decision. "
                 "Kenyan opposition leader Ali Mwangi accused the government of rigging the election.")
    assert rows == [("PROTEST", "Kenyan farmers", "Kenya", "asserted"), ("ACCUSE", "Ali Mwangi", "Kenya", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # a named person's violence against people is an event; against an animal it is none
    ("Tom Webb kidnapped the girl in Fort Worth on Saturday.", [("ASSAULT", "Tom Webb", None, "asserted")]),
    ("Tom Webb killed a rabbit near the village.", []),
    # an arrest or a protest named by a noun: whom it was done to, the doer unnamed
    ("The arrest of Kenyan opposition leader Ali Mwangi sparked anger.",
     [("COERCE", None, "Ali Mwangi", "asserted")]),
    ("Anti-government protests erupted across Venezuela on Monday.",
     [("PROTEST", None, "Venezuela", "asserted")]),
])
def test_violence_by_a_person_and_acts_named_by_nouns(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # PLOVER: a protest needs no recipient
    ("Kenyan doctors went on strike over unpaid wages.", [("PROTEST", "Kenyan doctors", None, "asserted")]),
    # an investigation of a crime or an accident is one (CAMEO 09), of an outbreak none
    ("Kenyan police launched an investigation into the collision.", [("ACCUSE", "Kenyan police", None, "asserted")]),
])
def test_recipients_the_plover_manual_requires(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("China retaliated with tariffs on Kenyan tea.", [("COERCE", "China", "Kenya", "asserted")]),
    ("The Kenyan minister responded with a statement.", []),
])
def test_a_response_is_the_act_it_responds_with(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # someone told to do something is asked (REQUEST), not the doer of what is asked
    ("Kenyan President Ali Khan told Somalia to stop the attacks.", [("REQUEST", "Ali Khan", "Somalia", "asserted")]),
    # a phrasal verb's CAMEO code, not the bare verb's: "hit out at" criticizes
    ("Kenyan President Ali Khan hit out at Somalia.", [("ACCUSE", "Ali Khan", "Somalia", "asserted")]),
])
def test_orders_and_phrasal_verbs(text, expected):
    assert _rows(text) == expected


def test_what_is_fired_is_the_means_not_the_target():
    rows = _rows("Zimbabwean police fired teargas to break up the crowd.")
    assert rows == [("ASSAULT", "Zimbabwean police", None, "asserted")]


@pytest.mark.parametrize("text", [
    "Tom Rusk rallied to beat Ian Vello 3-6, 6-3, 7-6 in the first match.",  # a score: a game
    "Tom Rusk responded by hitting Ian Vello in the head with his helmet.",  # a player named, no victim
])
def test_games_and_players_are_no_violence(text):
    assert _rows(text) == []


def test_the_speaker_of_a_threat_received_is_its_target_not_its_maker():
    rows = _rows("Kenyan senator Tom Mwangi said he received death threats after the vote.")
    assert rows == [("THREATEN", None, "Tom Mwangi", "asserted")]


def test_someone_the_index_does_not_list_stands_for_the_actor_they_are_sent_to():
    rows = _rows("The Kenyan government recalled its ambassador to Somalia.")
    assert rows == [("SANCTION", "Kenyan government", "Somalia", "asserted")]


def test_an_activity_is_no_one_its_doers_are():
    assert _rows("Israel condemned all settlement activity by the settlers.") == [
        ("ACCUSE", "Israel", "settlers", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("Syrian government forces laid siege to the town of Douma in Syria.",
     [("COERCE", "Syrian government forces", "Syria", "asserted")]),
    ("The town of Douma in Syria has been under siege by Syrian government forces since 2013.",
     [("COERCE", "Syrian government forces", "Syria", "asserted")]),
])
def test_sieges(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Ada Quill took over as the government's point man on the talks.", []),
    ("Rebels took over the town on Monday.", [("COERCE", "took over")]),
])
def test_a_role_assumed_is_no_seizure(text, expected):
    assert [(e.type, e.trigger.text) for e in newsgraph.analyze(text, settings=CANDIDATES).events] == expected
