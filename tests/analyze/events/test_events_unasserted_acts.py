"""Acts the default view showed as asserted though the text does not report them done (twentieth session, issue
9): an act a purpose infinitive serves under a modal ("how he would form a coalition to fight X"), a duty with
"must" up the clause chain, an act forgone ("instead of reassuring X"), a gerund joined to a gerund subject
("ignoring or denying X carries risks"), what a claim says ("his claim about X canceling Y"), force used on
oneself ("shooting himself in the foot") and a question asked with a fact after it ("X asked, repeating a charge -
that Y was responsible"). Invented sentences; rows are (type, actor, recipient, modality)."""
from __future__ import annotations

import pytest
from event_rows import event_rows, parsed_token

PUBLISHED = "2024-05-08"


@pytest.mark.model
@pytest.mark.parametrize("text, word, hypothetical, intended", [
    # a purpose infinitive is as real as the act it serves
    ("Senator Ray Holt struggled to answer a question about how he would form a coalition to fight the rebels.",
     "fight", True, False),
    ("Governor Dana Mills will travel to Kampala to meet President Yoweri Museveni.", "meet", False, True),
    ("Governor Dana Mills traveled to Kampala to meet President Yoweri Museveni.", "meet", False, False),
    # "must" up the clause chain is a duty; "must have" infers a past act
    ("Senator Ray Holt said Kenya must act to stop the smuggling and fight the rebels.", "fight", True, False),
    ("Senator Ray Holt must have gone to Kampala to meet Governor Dana Mills.", "meet", False, False),
    # an act forgone is not done
    ("Instead of reassuring the voters, Senator Ray Holt attacked Governor Dana Mills.", "reassuring", True, False),
    ("Senator Ray Holt left the talks without consulting Governor Dana Mills.", "consulting", True, False),
    # on advice, the gerund is what the person does
    ("Rather than scolding Uganda, Senator Ray Holt should look for ways to help.", "scolding", False, False),
    ("After consulting Governor Dana Mills, Senator Ray Holt left the talks.", "consulting", False, False),
    # a claim's content is not reported as done
    ("Senator Ray Holt was wrong in his claim about Kenya canceling its contract with Uganda.", "canceling", True, False),
])
def test_modality_of(text, word, hypothetical, intended):
    from newsgraph.analyze.events.modality import modality_of
    mood = modality_of(parsed_token(text, word))
    assert (mood.hypothetical, mood.intended) == (hypothetical, intended)


@pytest.mark.model
@pytest.mark.parametrize("text, word, named", [
    ("But ignoring or denying the gains of the Holt years also carries risks.", "denying", True),
    ("But ignoring or denying the gains of the Holt years also carries risks.", "ignoring", True),
    ("Senator Ray Holt kept ignoring and denying the charges.", "denying", False),
])
def test_activity_named_conjuncts(text, word, named):
    from newsgraph.analyze.events.modality import activity_named
    assert activity_named(parsed_token(text, word)) is named


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # force on oneself is no interaction
    ("Voters say Senator Ray Holt enjoys shooting himself in the foot.", []),
    # a question asked, with a charge set after a dash: no REQUEST
    ("''Was he safe?'' Senator Ray Holt asked, repeating a charge - that Governor Dana Mills was responsible "
     "for the crisis - that he made in the debate.", []),
])
def test_no_event(text, expected):
    assert [row for row in event_rows(text, PUBLISHED) if row[0] in ("ASSAULT", "REQUEST")] == expected


@pytest.mark.model
def test_requests_stay():
    assert event_rows("Senator Ray Holt asked that Governor Dana Mills resign.", PUBLISHED) == [
        ("REQUEST", "Ray Holt", "Dana Mills", "asserted")]
    assert event_rows("Senator Ray Holt asked Governor Dana Mills to resign.", PUBLISHED)[0] == (
        "REQUEST", "Ray Holt", "Dana Mills", "asserted")


@pytest.mark.model
@pytest.mark.parametrize("text, word, fact", [
    ("Senator Ray Holt asked, repeating a charge - that Governor Dana Mills was responsible for it.", "was", True),
    ("Senator Ray Holt asked that the vote be delayed.", "delayed", False),
    ("Senator Ray Holt asked that Governor Dana Mills resign.", "resign", False),
    ("Senator Ray Holt asked that the committee should meet.", "meet", False),
])
def test_stated_as_fact(text, word, fact):
    from newsgraph.analyze.events.orders import stated_as_fact
    assert stated_as_fact(parsed_token(text, word)) is fact


@pytest.mark.model
@pytest.mark.parametrize("text, word, hypothetical, intended", [
    # an act that times a future or supposed one is only expected (hypothetical: no announcement, no promise)
    ("Senator Ray Holt said that even after he steps down, he will look for ways to help.", "steps", True, False),
    ("The committee would meet to pick a nominee ten days after a Holt withdrawal.", "withdrawal", True, False),
    ("Senator Ray Holt resigned after the governor attacked him.", "attacked", False, False),
    ("Senator Ray Holt will introduce a bill after having slammed the plan.", "slammed", False, False),
    # the "if" of the first conjunct holds the second
    ("If these people are radicalized and they don't support Kenya, fine.", "support", True, False),
])
def test_timed_and_conditioned(text, word, hypothetical, intended):
    from newsgraph.analyze.events.modality import modality_of
    mood = modality_of(parsed_token(text, word))
    assert (mood.hypothetical, mood.intended) == (hypothetical, intended)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "can" states a capacity; "cannot" a refusal
    ("Senator Ray Holt said Kenya can accept more refugees from Uganda.", "hypothetical"),
    ("Senator Ray Holt said Kenya cannot accept the demands of Uganda.", "asserted"),
])
def test_can(text, expected):
    rows = event_rows(text, PUBLISHED)
    assert rows and rows[0][3] == expected, rows


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a politician's assault on a thing is campaign talk, whatever name sits inside the thing's phrase
    ("Senator Ray Holt restated his broad assault on the corrupting influence of money and corporate Kenya.", []),
    ("Senator Ray Holt vowed to fight the corruption of the Kenyan elite.", []),
    # on someone it stays, as an accusation between politicians (attacks.verbal_attack)
    ("Senator Ray Holt's assault on Governor Dana Mills was brutal.", [("ACCUSE", "Ray Holt", "Dana Mills", "asserted")]),
])
def test_campaign_fights(text, expected):
    assert [row for row in event_rows(text, PUBLISHED) if row[0] in ("ASSAULT", "ACCUSE")] == expected


@pytest.mark.model
def test_assault_on_someone_unnamed_stays():
    # an assault on a person whom the index does not resolve is no campaign talk about a thing
    rows = event_rows("Governor Dana Mills held a news conference in which she continued her assault on Mr. Holt, "
                      "mocking his famous appearance.", PUBLISHED)
    assert any(row[0] in ("ASSAULT", "ACCUSE") and row[1] == "Dana Mills" for row in rows), rows


@pytest.mark.model
@pytest.mark.parametrize("text, word, hypothetical", [
    # what a claim says was done is claimed; what that act is about may have happened
    ("The group spread theories about the agency's involvement in the governor's assassination.", "assassination", False),
    ("Senator Ray Holt repeated his claim that Kenya attacked Uganda.", "attacked", True),
])
def test_claims(text, word, hypothetical):
    from newsgraph.analyze.events.modality import modality_of
    assert modality_of(parsed_token(text, word)).hypothetical is hypothetical


@pytest.mark.model
def test_a_noun_for_a_past_act_that_times_a_future_one_stays_asserted():
    rows = event_rows("The UN Security Council will meet on Friday after Iran's attack on a Saudi oil tanker.", PUBLISHED)
    assert ("ASSAULT", "Iran", "Saudi Arabia", "asserted") in rows


@pytest.mark.model
def test_blaming_someone_on_a_channel_for_a_fault_accuses_them():
    # the verb's own "on" lays no fault when the object is the one blamed ("for" the fault)
    assert event_rows("Senator Ana Ruiz blamed Democrats on Twitter for the shutdown.", PUBLISHED) == [
        ("ACCUSE", "Ana Ruiz", "Democratic Party", "asserted")]
