"""Modality read from the clause an event sits in (thirteenth session): a reduced relative clause states
its act ("X, captured by Y in 1967"), a forecast by someone else is no promise ("X will back Y, Z
predicted"), an act told inside a condition is supposed, a forecast adjective ("not likely to help"),
an act asked for by a noun ("a call for a ban"), evidence of an act ("indications that he was backing
down"), a noun event's own verb of occurrence ("the endorsement would come"), and a gerund subject that
names an activity ("celebrating X this year meant ..."). Invented sentences; rows are (type, actor,
recipient, modality)."""
from __future__ import annotations

import pytest
from event_rows import event_rows, parsed_token

PUBLISHED = "2024-05-08"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a reduced relative clause is told as done, whatever the sentence around it wants
    ("Ugandans want Kisumu, captured by Kenya in the 1980 war, for their future state.",
     [("COERCE", "Kenya", "Kisumu", "asserted")]),
    # someone else's forecast of a person's act: no promise (AGREE), the act itself, intended
    ("Senator Ray Holt will back Governor Dana Mills before the convention, predicted Lena Ortiz, the former mayor.",
     [("SUPPORT", "Ray Holt", "Dana Mills", "intended")]),
    # the doer's own word is a promise (PLOVER AGREE), asserted
    ("Senator Ray Holt said he will back Governor Dana Mills before the convention.",
     [("AGREE", "Ray Holt", "Dana Mills", "asserted")]),
    # a forecast adjective: not done, and not a refusal (REJECT) either
    ("Kenyan voters are not likely to help Governor Dana Mills.",
     [("AID", "Kenyan voters", "Dana Mills", "negated,hypothetical")]),
    # an act told inside an "if" clause is supposed, not reported
    ("The party's leaders said they would meet again if Senator Ray Holt announced he would not back "
     "Governor Dana Mills.",
     [("CONSULT", "party leaders", None, "hypothetical"),
      ("SUPPORT", "Ray Holt", "Dana Mills", "negated,hypothetical")]),
])
def test_clause_modality(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
def test_plain_acts_stay_asserted():
    assert event_rows("Kenya captured Kisumu in the 1980 war.", PUBLISHED) == [
        ("COERCE", "Kenya", "Kisumu", "asserted")]
    assert event_rows("Kenyan voters did not help Governor Dana Mills.", PUBLISHED) == [
        ("AID", "Kenyan voters", "Dana Mills", "negated")]


@pytest.mark.model
@pytest.mark.parametrize("text, word, hypothetical, intended", [
    # what a noun of asking or threatening asks for is not done; what it is about may be
    ("Governor Dana Mills renewed her call for a ban on Kenyan imports.", "ban", True, False),
    ("Uganda rejected the threat of sanctions from Kenya.", "sanctions", True, False),
    ("A reporter's request for comment on the governor's criticism went unanswered.", "criticism", False, False),
    # evidence of an act is not the act
    ("There were some indications that the senator was backing down from the plan.", "backing", True, False),
    # a noun event takes the status of the verb that says it happens ("come from" a cause does not)
    ("The senator's endorsement may come after the primary.", "endorsement", True, False),
    ("Senator Ray Holt said the endorsement would come after the primary.", "endorsement", False, True),
    ("The apology may come from a realization of the stakes.", "apology", False, False),
    ("The meeting will take place in Nairobi.", "meeting", False, True),
])
def test_modality_of(text, word, hypothetical, intended):
    from newsgraph.analyze.events.modality import modality_of
    mood = modality_of(parsed_token(text, word))
    assert (mood.hypothetical, mood.intended) == (hypothetical, intended)


@pytest.mark.model
@pytest.mark.parametrize("text, word, foretold", [
    ("Senator Ray Holt will back Governor Dana Mills, predicted Lena Ortiz, the mayor challenged by Holt.", "back", True),
    ("Senator Ray Holt will back Governor Dana Mills, Lena Ortiz said.", "back", False),
    ("Senator Ray Holt will back Governor Dana Mills, a Holt spokesman predicted.", "back", False),
    ("Kenya will give Uganda assistance, Admiral Jon Reyes predicted.", "give", False),
])
def test_foretold(text, word, foretold):
    from newsgraph.analyze.events.modality import foretold as told
    assert told(parsed_token(text, word)) is foretold


@pytest.mark.model
@pytest.mark.parametrize("text, word, named", [
    ("For the union, celebrating Senator Ray Holt this year meant choosing sides.", "celebrating", True),
    ("For the senator, attacking the rebels now would be a mistake.", "attacking", True),
    ("Senator Ray Holt's meeting Governor Dana Mills was a mistake.", "meeting", False),
    ("Celebrating Senator Ray Holt, the union chose sides.", "Celebrating", False),
])
def test_activity_named(text, word, named):
    from newsgraph.analyze.events.modality import activity_named
    assert activity_named(parsed_token(text, word)) is named


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a verb of force on an idea is no attack
    ("Senator Ray Holt hit upon a rationale for the war against Uganda.", []),
    ("Kenya's army chief struck a conciliatory tone toward Uganda.", []),
])
def test_force_on_ideas(text, expected):
    assert event_rows(text, PUBLISHED) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, word, struck", [
    ("Senator Ray Holt hit upon a rationale for the war.", "hit", True),
    ("The minister struck a conciliatory tone.", "struck", True),
    ("Kenyan troops hit upon the rebel convoy.", "hit", False),
    ("The army attacked the installation.", "attacked", False),
    ("Rebels hit the convoy on Monday.", "hit", False),
])
def test_idea_struck(text, word, struck):
    from newsgraph.analyze.events.senses import idea_struck
    assert idea_struck(parsed_token(text, word), "ASSAULT") is struck
