"""A bare "the government" / "the country" as doer or target stands for the article's own state (the
country its actors are most often, or in the lead first, named by), never a state created for it; an
aircraft "shot down" in a headline is what was downed; a threat "with" something is aimed at its object.
Sentences of our own writing (invented officials, real countries), real spaCy parse."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

import newsgraph

pytestmark = pytest.mark.model

FILLER = ("Heavy rain fell all week across the hills, and farmers struggled to reach the markets in time "
          "for the harvest festival, which draws visitors from many villages. Roads were washed away and the "
          "bridges over the river were closed for repairs, leaving traders stranded for days.\n\n"
          "The festival itself went ahead, with music and dancing late into the night, and the organisers "
          "said that next year they would move it to the dry season so that fewer people stay away.\n\n")


def _rows(text):
    return trigger_rows(text, "2024-05-08")


@pytest.mark.parametrize("text, expected", [
    # the story's country, named in the lead, does what "the government" and "the country" do; the
    # border closed "with" a neighbour is closed on it
    ("Kenya is preparing for elections next month. The government imposed a curfew on the capital on "
     "Tuesday. The country also closed its border with Somalia.",
     [("COERCE", "imposed a curfew", "Kenya", None), ("COERCE", "closed", "Kenya", "Somalia")]),
    # the state a demand is aimed at is not the one making it
    ("Taiwan said on Monday that it would hold drills. China sent warships to the strait. The government "
     "demanded that Taiwan withdraw its troops from the islands.",
     [("MOBILIZE", "would hold drills", "Taiwan", None), ("REQUEST", "demanded", "China", "Taiwan")]),
    # "the country" a doer invaded is the story's state other than the doer's own
    ("Iraq marked the anniversary on Monday. Washington invaded the country in 2003, the Iraqi ambassador said.",
     [("ASSAULT", "invaded", "Washington", "Iraq")]),
    # "the local government" is no state's; two countries named equally often, both after the lead: none
    ("Kenya is preparing for elections. The local government arrested two opposition activists on Monday.", []),
    (FILLER + "Ghana and Togo held talks on Monday. The government arrested two journalists on Tuesday.",
     [("CONSULT", "held talks", "Ghana", "Togo")]),
])
def test_generic_state_words(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's aircraft "shot down": its owner is the recipient, the shooter unnamed, also of the result
    ("Russian helicopter shot down over Ukraine, killing two pilots.",
     [("ASSAULT", "shot", None, "Russia"), ("ASSAULT", "killing", None, "Russia")]),
    ("Ukrainian forces shot down a Russian helicopter.", [("ASSAULT", "shot", "Ukrainian forces", "Russia")]),
    # threatened someone "with" something: the one threatened is the object, not the threat's means
    ("The Iranian ambassador threatened Britain with retaliation.",
     [("THREATEN", "threatened", "Iranian ambassador", "Britain")]),
    # an ambassador's accusation is never aimed at his own state
    ("The Peruvian ambassador accused Peru of neglecting its farmers.",
     [("ACCUSE", "accused", "Peruvian ambassador", None)]),
])
def test_downed_aircraft_and_threat_targets(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an arrest of protesters is an arrest (CAMEO's "violent repression" pattern is no assault in PLOVER)
    ("Police in Lagos arrested 20 protesters on Monday.", [("COERCE", "arrested", "Police", "protesters")]),
    # bare "authorities" the actor stage left without a country: the story's state
    ("Nigeria faces a wave of protests. Authorities detained the opposition leader Musa Bello on Monday.",
     [("COERCE", "detained", "Nigeria", "Musa Bello")]),
    # a passive arrest by the police
    ("Nigeria faces a wave of protests. The activist Musa Bello was arrested by police in Abuja.",
     [("COERCE", "arrested", "police", "Musa Bello")]),
])
def test_arrests(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an official's threat is aimed at the other state his own state's act would hit, never his own
    ("Ali Rezaei, Iran's ambassador to Britain, threatened that Tehran would retaliate against London.",
     [("THREATEN", "threatened", "Ali Rezaei", "London")]),
    # the audience of an adverbial clause of its own ("Speaking to reporters") is no recipient the chooser
    # may fill (``recipients.in_reach``)
    ("Speaking to reporters, the Iranian ambassador Ali Rezaei accused the Iranian government of hiding the truth.",
     [("ACCUSE", "accused", "Ali Rezaei", None)]),
    # an opposition leader may well accuse his own government
    ("Kenyan opposition leader Musa Odhiambo accused the Kenyan government of rigging the vote.",
     [("ACCUSE", "accused", "Musa Odhiambo", "Kenyan government")]),
    # "if attacked": the main clause's subject is the one attacked, no attacker named
    ("The Iranian envoy said Iran will strike back if attacked.",
     [("ASSAULT", "will strike", "Iran", None), ("ASSAULT", "attacked", None, "Iran")]),
])
def test_own_state_and_conditional_passives(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "called for X to ...": a request to X, though the parse hangs "for" on the clause
    ("Kenya called for Uganda to withdraw its troops.", [("REQUEST", "called", "Kenya", "Uganda")]),
    ("Opposition supporters in Kampala called for President Ali Khan to resign.",
     [("REQUEST", "called", "Opposition supporters", "Ali Khan")]),
    # a shot "at" people: they are what is struck, not the tear gas
    ("Ghana faces unrest. Security forces fired tear gas at protesters in Accra.",
     [("ASSAULT", "fired", "Security forces", None)]),
    # ads "targeted at" voters: aimed, not fired
    ("Officials in Britain said digital ads are targeted at voters.", []),
])
def test_calls_for_and_shots_at(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # access blocked or denied is a restriction (censorship when it is access to media), not a refusal
    # (a medium is no actor: the censorship has no recipient)
    ("Ethiopia faces unrest. The government blocked access to social media on Monday.",
     [("COERCE", "blocked", "Ethiopia", None)]),
    ("Iran denied access to the UN inspectors.", [("COERCE", "denied", "Iran", "United Nations")]),
])
def test_blocked_access(text, expected):
    assert _rows(text) == expected


def test_censorship_mode():
    analysis = newsgraph.analyze("Ethiopia faces unrest. The government blocked access to social media on Monday.",
                                 published="2024-05-08")
    assert [(e.type, e.mode) for e in analysis.events] == [("COERCE", "censor")]
