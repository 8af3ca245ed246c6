"""Criticism of a political actor by anyone ("some accused the governor ..."), and the learned trigger
proposer's hook: a proposed trigger must pass the same participant and actor rules as a table's.
Sentences of our own writing (invented politicians)."""
from __future__ import annotations

import pytest
from event_rows import CANDIDATES, actor_name, event_rows

from newsgraph.analyze import analyze_doc
from newsgraph.analyze.events.proposals import FEATURES, Proposer, features, from_json
from newsgraph.errors import ModelMismatch
from newsgraph.model import Article
from newsgraph.nlp.loader import load

PUBLISHED = "2024-05-08"


@pytest.mark.model
@pytest.mark.parametrize("text, rows", [
    # an unnamed or unlisted doer's accusation of a political actor: the event, its doer unnamed
    ("Some accused Governor Dana Whitfield of ignoring the floods.",
     [("ACCUSE", None, "Dana Whitfield", "asserted")]),
    # people who speak as one with a spoken cue are a group actor: the doer named by its description
    ("Several church groups condemned Senator Ray Castellano's proposal on Tuesday.",
     [("ACCUSE", "church groups", "Ray Castellano", "asserted")]),
    # aimed at no political actor: still no event
    ("Some accused the weather of ruining the picnic.", []),
])
def test_criticism_of_a_political_actor_by_anyone(text, rows):
    assert event_rows(text, PUBLISHED) == rows


#: a hand-made model that reads "heckle" (a verb no table knows) as an accusation
HECKLE = Proposer(("-", "ACCUSE"), {"lemma=heckle": [-4.0, 4.0]}, (0.0, 0.0), 0.5)


def _rows(text, triggers):
    article = Article(id="t", text=text, published=PUBLISHED)
    analysis = analyze_doc(load()(text), article, CANDIDATES, triggers=triggers)
    return [(e.type, actor_name(analysis, e.actor), actor_name(analysis, e.recipient), e.trigger.text)
            for e in analysis.events]


@pytest.mark.model
def test_proposed_trigger_passes_the_participant_rules():
    text = "Governor Dana Whitfield heckled Senator Ray Castellano at the debate."
    assert _rows(text, None) == []
    assert _rows(text, HECKLE) == [("ACCUSE", "Dana Whitfield", "Ray Castellano", "heckled")]
    # proposed, but with no political doer and no political target: no event
    assert _rows("The fans heckled the referee at the game.", HECKLE) == []


@pytest.mark.model
def test_proposal_threshold_and_features():
    doc = load()("Governor Dana Whitfield heckled Senator Ray Castellano.")
    verb = doc[3]
    found = features(verb)
    assert found["lemma=heckle"] == 1.0 and found["pos=VERB"] == 1.0
    assert found["nsubj=PERSON"] == 1.0 and found["dobj=PERSON"] == 1.0
    shy = Proposer(HECKLE.classes, HECKLE.weights, HECKLE.bias, 0.9999)
    assert HECKLE.propose(verb).type == "ACCUSE" and shy.propose(verb) is None


def test_model_of_other_features_is_refused():
    model = HECKLE.to_json()
    assert from_json(model).classes == ("-", "ACCUSE") and model["features"] == FEATURES
    with pytest.raises(ModelMismatch):
        from_json({**model, "features": "event-trigger-proposals/v0"})
