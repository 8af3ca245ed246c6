"""The learned recipient chooser (``analyze.events.recipients``) on sentences of our own writing (invented
officials), real spaCy parse: it names a recipient the rules left unnamed, keeps "none" where the sentence's
other actor only reports, never replaces a recipient actor the rules found, is off by default and switched
on by Settings or the environment; the shipped model's presence, version check and a clear error when it
is missing."""
from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest

import newsgraph
from newsgraph import Settings, nlp
from newsgraph.analyze.events import recipients
from newsgraph.analyze.events.recipients import Candidate, dependency_path, pick
from newsgraph.errors import ModelMismatch, ResourceMissing

PUBLISHED = "2024-05-08"


def _rows(text: str, on: bool):
    """(type, trigger, actor name, recipient name, recipient span) of each event of ``text``."""
    analysis = newsgraph.analyze(text, published=PUBLISHED, settings=Settings(event_recipients=on))
    name = lambda actor_id: analysis.actor(actor_id).name if actor_id else None  # noqa: E731
    return [(e.type, e.trigger.text, name(e.actor), name(e.recipient),
             e.recipient_span.text if e.recipient_span else None) for e in analysis.events]


@pytest.mark.model
def test_a_recipient_the_rules_left_unnamed_is_chosen_from_the_sentence():
    text = "Since that attack, Republicans have criticized parts of the strategy Obama described in his address."
    assert _rows(text, on=False) == [("ACCUSE", "criticized", "Republican Party", None, None)]
    # the strategy's author is whom the criticism is aimed at; the span is the phrase criticized
    assert _rows(text, on=True) == [("ACCUSE", "criticized", "Republican Party", "Obama", "parts of the strategy")]


@pytest.mark.model
def test_no_recipient_stays_none_when_the_other_actor_only_announced_the_thing():
    text = "Since the attack, Republicans have criticized parts of the plan President Lena Ortiz announced on Sunday."
    assert _rows(text, on=True) == _rows(text, on=False) == [("ACCUSE", "criticized", "Republican Party", None, None)]


@pytest.mark.model
def test_a_recipient_actor_the_rules_found_is_never_replaced():
    text = "Senator Tom Briggs urged the American public to reject the plan, the Kenyan embassy said."
    expected = [("REQUEST", "urged", "Tom Briggs", "United States", "the American public")]
    assert _rows(text, on=False) == expected
    assert _rows(text, on=True) == expected


@pytest.mark.model
def test_the_candidates_and_what_the_chooser_reads_of_them():
    doc = nlp.load(None)("Senator Tom Briggs urged the council to punish Kenya.")
    urged, council, kenya = doc[3], doc[5], doc[8]
    assert dependency_path(urged, council) == "vdobj"
    assert dependency_path(urged, kenya) == "vxcomp/vdobj"
    assert dependency_path(council, kenya) == "^dobj/vxcomp/vdobj"
    assert dependency_path(urged, urged) == "self"


def test_pick_keeps_the_rules_choice_unless_beaten_by_the_margin():
    candidates = [Candidate(None, None, rule=True), Candidate("A2", None), Candidate("A3", None)]
    assert pick(candidates, [0.40, 0.45, 0.30], margin=0.1) is candidates[0]
    assert pick(candidates, [0.40, 0.55, 0.30], margin=0.1) is candidates[1]
    assert pick(candidates, [0.40, 0.55, 0.60], margin=0.1) is candidates[2]
    assert pick(candidates, [0.40, 0.50, 0.50], margin=0.0) is candidates[1]  # the first of equals


def _shipped() -> dict:
    path = resources.files("newsgraph") / "data" / recipients.MODEL_FILE
    assert path.is_file(), f"newsgraph/data/{recipients.MODEL_FILE} is missing: run scripts/train_participants.py"
    return json.loads(gzip.decompress(path.read_bytes()))


def test_the_shipped_model_holds_structural_weights_for_these_features():
    data = _shipped()
    assert data["features"] == recipients.FEATURES
    model = recipients.RecipientModel(data)
    assert 0.0 <= model.margin < 1.0
    assert model.mode in recipients.MODES
    cv = model.info["cv"]  # what the 5 grouped folds measured, per source
    folds, rules = cv["grouped_folds"], cv["rules"]
    assert folds["conflibert"]["f1"] > rules["conflibert"]["f1"]
    assert folds["labels"]["made right"] > folds["labels"]["made wrong"]
    # no words of names: features are dependency labels, kinds, sides, prepositions and flags
    assert not any(key.startswith(("lemma", "word", "name", "text")) for key in data["weights"])
    assert model.probability({}) == pytest.approx(1 / (1 + pow(2.718281828459045, -data["intercept"])))


def test_a_model_for_other_features_is_refused_with_how_to_retrain():
    data = _shipped()
    data["features"] = "event-recipients/v0"
    with pytest.raises(ModelMismatch, match="NG102.*event-recipients/v0.*scripts/train_participants.py"):
        recipients.RecipientModel(data)


def test_a_missing_model_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(recipients.tables, "_root", lambda: tmp_path)  # a package without its data
    recipients.tables.clear()
    try:
        with pytest.raises(ResourceMissing, match="newsgraph/data/events_recipients_model.json.gz is missing"):
            recipients.load()
    finally:
        recipients.tables.clear()


def _model(mode: str) -> recipients.RecipientModel:
    return recipients.RecipientModel({"features": recipients.FEATURES, "intercept": 0.0, "weights": {"object": 3.0},
                                      "margin": 0.1, "mode": mode})


def test_fill_keeps_a_recipient_actor_the_rules_found_and_rerank_may_replace_it():
    def offered(rule_actor):
        return [Candidate(rule_actor, None, rule=True, features={}), Candidate("A3", None, features={"object": 1.0})]

    found, unnamed = offered("A2"), offered(None)
    assert _model(recipients.FILL).choose(None, found) is found[0]
    assert _model(recipients.RERANK).choose(None, found) is found[1]
    assert _model(recipients.FILL).choose(None, unnamed) is unnamed[1]  # the rules named no one: fill it
    older = {"features": recipients.FEATURES, "intercept": 0.0, "weights": {}, "margin": 0.1}
    assert recipients.RecipientModel(older).mode == recipients.FILL  # a model without a mode fills only


def test_a_model_of_an_unknown_mode_is_refused():
    with pytest.raises(ModelMismatch, match="unknown mode 'swap'"):
        _model("swap")


@pytest.mark.model
def test_a_fronted_place_sets_the_scene_and_is_not_filled_in_as_the_recipient():
    # "In <place>, X did Y": where it happened, not at whom; the man sentenced is no actor, so none is named
    text = "In the town of Lunport in northern France, a judge in March sentenced a 30-year-old man to two years in prison."
    assert _rows(text, on=True) == [("COERCE", "sentenced", "judge", None, "a 30-year-old man")]
    assert _rows("In Spain, a judge sentenced a 40-year-old man to prison for fraud.", on=True) == [
        ("COERCE", "sentenced", "judge", None, "a 40-year-old man")]


def test_scene_is_a_fronted_in_phrase_of_the_trigger_only():
    doc = nlp.load(None)("In Spain, a judge sentenced a man who lived in Portugal.")
    words = {t.text: t for t in doc}
    head = words["sentenced"]
    assert recipients.scene(words["Spain"], head)
    assert not recipients.scene(words["Portugal"], head)  # after the trigger, in a clause of its own
    assert not recipients.scene(words["man"], head)
    assert not recipients.scene(None, head)


@pytest.mark.model
def test_a_name_in_another_phrase_of_the_sentence_is_not_filled_in_as_the_recipient():
    text = "Lena Ortiz's comments came in the wake of a warm endorsement by Tom Briggs, leader of the Kenyan opposition."
    # Ortiz owns the comments, the subject of "came"; the endorsement's own phrase names no one endorsed
    assert _rows(text, on=True) == [("SUPPORT", "endorsement", "Tom Briggs", None, None)]


@pytest.mark.model
def test_beyond_arguments_is_a_possessor_more_than_four_dependency_steps_from_the_trigger():
    doc = nlp.load(None)("Lena Ortiz's comments came in the wake of a warm endorsement by Tom Briggs.")
    words = {t.text: t for t in doc}
    endorsement = words["endorsement"]
    assert recipients.beyond_arguments(words["Ortiz"], endorsement)  # owner of the clause's subject
    assert not recipients.beyond_arguments(words["Briggs"], endorsement)  # the endorsement's own "by" phrase
    assert not recipients.beyond_arguments(words["comments"], endorsement)  # as far, but a subject, no modifier
    assert not recipients.beyond_arguments(None, endorsement)
