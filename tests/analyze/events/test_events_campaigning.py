"""Campaign language read by the kind of thing or person a verb acts on (issue 9: events that are real), on
sentences of our own writing: a campaign that targets voters or appeals to them attacks and asks no one, a
candidate's own rally is no protest, and an obstruction verb (CAMEO 112, PLOVER ACCUSE) with a thing as
what is obstructed or as what obstructs accuses no one; agreeing on a responsibility or a maxim is a view
held, no agreement. The same verbs aimed at parties stay events."""
from __future__ import annotations

import pytest
from event_rows import event_rows, event_types  # (type, actor, recipient, modality) of each event

PUBLISHED = "2024-05-08"


def _types(text):
    return event_types(text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, gone", [
    ("The Pike campaign has been running English-language ads targeted in part at Mexican voters.", "ASSAULT"),
    ("Senator Bill Harlow says he is not just a candidate who appeals to rural voters.", "REQUEST"),
    ("Senator Bill Harlow was holding his first rally in the state ahead of the primary.", "PROTEST"),
    ("A plane flew above a Harlow rally in Ohio with a banner. Senator Bill Harlow did not comment.", "PROTEST"),
    ('"We\'re going to have to do more to prevent these kinds of attacks from occurring," President Harlow said.',
     "ACCUSE"),  # a thing kept from happening
    ("Her advisers think she has a shell tough enough to prevent Harlow from provoking her.", "ACCUSE"),
    ('"We averted large-scale civilian casualties, we prevented what almost surely would have been a prolonged '
     'civil conflict," President Harlow said.', "ACCUSE"),
    ("Governor Ann Pike is targeting Latino and black voters, who have typically backed her candidacy, as she "
     "campaigns across the state.", "ASSAULT"),
    ("The three Kenyan candidates broadly agreed on a moral responsibility for Kenyan leadership to confront the "
     "militants.", "AGREE"),  # a view held in common (CAMEO "AGREE ON importance/need" 019), no agreement
])
def test_campaign_language_names_no_event(text, gone):
    assert gone not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("Kenyan troops targeted Shabaab fighters near the border.", "ASSAULT"),
    ("Gunmen targeted women and children in the market in Kismayo.", "ASSAULT"),  # wider nouns: no campaign
    ("Shabaab gunmen targeted aid workers in Mogadishu.", "ASSAULT"),
    ("The Kenyan minister appealed to the United Nations for food aid.", "REQUEST"),
    ("Thousands of students held a rally against the tuition increase.", "PROTEST"),
    ("Harlow said he will work to prevent a Republican from becoming governor.", "ACCUSE"),
    ("The police arrested six protesters for obstructing an officer.", "ACCUSE"),
    ("Kenya agreed that talks with Uganda would resume next week.", "AGREE"),
    ("The United States also agreed to pay $1.7 billion to settle a claim.", "AGREE"),
])
def test_the_same_verbs_aimed_at_parties_stay_events(text, kept):
    assert kept in _types(text)


@pytest.mark.model
def test_dismissed_as_is_a_disapproval_and_a_dismissed_idea_a_rejection():
    # CAMEO "DISMISS AS ..." 111 (PLOVER ACCUSE): someone characterised; without "as" our REJECT reading stays
    rows = event_rows("Kenyan President Uhuru Kenyatta on Tuesday dismissed opposition leader Raila Odinga as an "
                      "ineffective leader, arguing that he has been a poor steward of the economy.", PUBLISHED)
    assert ("ACCUSE", "Uhuru Kenyatta", "Raila Odinga", "asserted") in rows  # the one dismissed is charged
    assert "REJECT" in _types("Senator Bill Harlow dismissed the idea that he had a relationship with the company.")
    # "as" an office held: fired from a post, no charge
    assert "ACCUSE" not in _types("Senator Bill Harlow was dismissed on Monday as Pike's campaign manager, even "
                                  "though much of the control had been ceded to an adviser.")


@pytest.mark.model
def test_a_relative_clause_on_the_view_agreed_on_keeps_its_own_act():
    rows = event_rows("The three Kenyan candidates broadly agreed on a moral responsibility to confront the "
                      "militant group, which President Harlow blamed for the attacks on Nairobi.", PUBLISHED)
    assert "AGREE" not in [r[0] for r in rows] and "ACCUSE" in [r[0] for r in rows]
