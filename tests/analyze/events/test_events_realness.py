"""The learned realness filter over event candidates, on a story of our own writing (invented officials,
real countries): what it reads of a candidate, that it only ever drops candidates, that it is on by
default and switched off by Settings or the environment, and the shipped model's version check."""
from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest

import newsgraph
from newsgraph import Settings, nlp
from newsgraph.analyze.events import realness
from newsgraph.errors import ModelMismatch

PUBLISHED = "2024-05-08"
STORY = ("The Kenyan foreign minister, Amina Odhiambo, accused Uganda of arming rebels on Tuesday.\n\n"
         "\"We will not negotiate with people who shell our villages,\" Odhiambo said.\n\n"
         "Ugandan troops shelled two Kenyan border villages last week, police said.\n\n"
         "Kenya recalled its ambassador from Kampala and demanded an apology.")
ROWS = [("ACCUSE", "accused"), ("REJECT", "will not negotiate"), ("ASSAULT", "shelled"),
        ("SANCTION", "recalled"), ("REQUEST", "demanded")]


def _analysis(on: bool):
    return newsgraph.analyze(STORY, published=PUBLISHED, settings=Settings(event_realness=on))


def _features(analysis):
    doc = nlp.load(None)(analysis.article.text)
    actors = {a.id: a for a in analysis.actors}
    statements = {s.id: s for s in analysis.statements}
    return doc, actors, statements, [realness.features(doc, e, actors, statements) for e in analysis.events]


@pytest.mark.model
def test_the_filter_is_on_by_default_and_off_keeps_every_candidate():
    assert Settings().event_realness is True
    analysis = newsgraph.analyze(STORY, published=PUBLISHED, settings=Settings(event_realness=False))
    assert [(e.type, e.trigger.text) for e in analysis.events] == ROWS


@pytest.mark.model
def test_features_read_the_candidate_its_clause_statement_and_actors():
    _, _, _, values = _features(_analysis(False))
    accused, negotiate, shelled = values[0], values[1], values[2]
    # the accusation: the sentence's main verb, the statement's own cue, a titled official of a government
    assert {"type=ACCUSE", "lemma=accuse", "pos=VERB", "dep=ROOT", "sentence_root", "trigger_is_cue",
            "actor_kind=person", "actor_sector=GOV", "actor_title", "recipient_kind=country",
            "sentence_at=<=0"} <= accused.keys()
    assert "in_quotes" not in accused and "statement=direct" not in accused
    # the refusal inside the quotation ("not" makes it a REJECT, not a negated event): "will", a negation
    # word, the speaker's own act in a direct statement
    assert {"in_quotes", "statement=direct", "actor_is_speaker", "modal=will", "child=neg",
            "words=3", "sentence_at=<=1"} <= negotiate.keys()
    assert "negated" not in negotiate
    # the shelling reported by the police: an indirect statement's content, a military group as doer
    assert {"statement=indirect", "actor_kind=group", "actor_sector=MIL", "lemma=shell"} <= shelled.keys()
    assert "actor_is_speaker" not in shelled
    assert all(v["confidence"] == e.confidence for v, e in zip(values, _analysis(False).events))


@pytest.mark.model
def test_real_events_drops_exactly_what_the_model_rejects_and_never_adds():
    analysis = _analysis(False)
    doc, actors, _, _ = _features(analysis)
    no_quotes = realness.RealnessModel({"features": realness.FEATURES, "intercept": 2.0, "threshold": 0.5,
                                        "weights": {"in_quotes": -5.0}})
    kept = realness.real_events(doc, analysis.events, actors, analysis.statements, no_quotes)
    assert [(e.type, e.trigger.text) for e in kept] == [r for r in ROWS if r[1] != "will not negotiate"]
    low_confidence = realness.RealnessModel({"features": realness.FEATURES, "intercept": 0.0, "threshold": 0.5,
                                             "weights": {"confidence": 1.0}, "scale": {"confidence": [0.6, 0.1]}})
    kept = realness.real_events(doc, analysis.events, actors, analysis.statements, low_confidence)
    assert [e.trigger.text for e in kept] == [e.trigger.text for e in analysis.events if e.confidence >= 0.6]


@pytest.mark.model
def test_the_shipped_model_switched_on_keeps_this_storys_events_numbered_in_order():
    analysis = _analysis(True)
    assert [(e.type, e.trigger.text) for e in analysis.events] == ROWS
    assert [e.id for e in analysis.events] == ["E1", "E2", "E3", "E4", "E5"]


def _shipped() -> dict:
    path = resources.files("newsgraph") / "data" / realness.MODEL_FILE
    return json.loads(gzip.decompress(path.read_bytes()))


def test_the_shipped_model_is_for_these_features_with_its_cv_threshold():
    data = _shipped()
    assert data["features"] == realness.FEATURES
    model = realness.RealnessModel(data)
    assert 0.0 < model.threshold < 1.0
    assert model.info["cv"]["grouped_folds"]["real_lost"] <= 0.10 * model.info["cv"]["grouped_folds"]["real"]
    assert model.probability({"bias": 1.0}) == pytest.approx(
        1 / (1 + pow(2.718281828459045, -(data["intercept"] + data["weights"].get("bias", 0.0)))))


def test_a_model_for_other_features_is_refused_with_how_to_retrain():
    data = _shipped()
    data["features"] = "event-realness/v0"
    with pytest.raises(ModelMismatch, match="NG102.*event-realness/v0.*scripts/train_realness.py"):
        realness.RealnessModel(data)
