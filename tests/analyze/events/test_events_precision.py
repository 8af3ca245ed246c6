"""Events an analyst can count on, on sentences of our own writing (invented officials, real countries):
a political actor as doer, word senses that are no events, page furniture, the reporting source is no
doer, modality kept, the classifier never makes an event, the shipped tables and model."""
from __future__ import annotations

import gzip
import json

import pytest
from event_rows import actor_name

import newsgraph
from newsgraph.analyze.events import classifier, find_events, is_political
from newsgraph.analyze.events.lexicon import load as load_lexicon
from newsgraph.analyze.events.patterns import find_in_sentence
from newsgraph.errors import ModelMismatch
from newsgraph.eval.statements import NoResolution
from newsgraph.export.plover import status
from newsgraph.model import Actor
from newsgraph.nlp import loader

PUBLISHED = "2024-05-08"


def _events(text):
    analysis = newsgraph.analyze(text, published=PUBLISHED)
    return analysis, [(e.type, actor_name(analysis, e.actor), actor_name(analysis, e.recipient))
                      for e in analysis.events]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Oil production beat forecasts in the first quarter, the company said.",  # "beat": no one was hit
    "The finance minister was later fired.",  # a dismissal with no doer in the clause
    "Bond yields rose, as demonstrated by the latest figures.",  # "yield", "demonstrate": no acts
    "The Finnish ministry received an inquiry from Sweden.",  # a thing received is no visit
    "Like this story? Share it with a friend!",  # page furniture, no one asks anyone
    "Kenya struggled to pay its debts and decided to borrow more; the president later returned home.",
    "Kenyan farmers were hit hard by retaliatory Ugandan tariffs.",  # a thing as doer: tariffs hit no one
])
def test_word_senses_and_furniture_make_no_event(text):
    _, events = _events(text)
    assert events == []


@pytest.mark.model
def test_reporting_source_is_not_the_doer():
    _, events = _events("Police will charge the two suspects next week, prosecutors said on Monday.")
    assert not [e for e in events if e[1] == "prosecutors"]


@pytest.mark.model
def test_according_to_names_no_party_of_the_accusation():
    analysis, events = _events("Ukraine accused Russia of shelling Kharkiv, according to Defence Minister Ivan Petrenko.")
    assert events == [("ACCUSE", "Ukraine", "Russia")]  # the shelling is the allegation, not Ukraine's act


@pytest.mark.model
def test_said_he_would_raise_tariffs_is_an_intended_coercion_by_the_speaker():
    analysis = newsgraph.analyze("US President Tom Harlan said he would raise tariffs on China.", published=PUBLISHED)
    [event] = analysis.events
    assert (event.type, event.mode) == ("COERCE", "restrict")
    assert analysis.actor(event.actor).name == "Tom Harlan"
    assert analysis.actor(event.recipient).country == "CHN"
    assert (event.intended, event.hypothetical, event.negated, event.asserted) == (True, False, False, False)


@pytest.mark.model
@pytest.mark.parametrize("text, etype, flags", [
    # (negated, hypothetical, intended)
    ("President Ali Khan did not meet Norway's prime minister.", "CONSULT", (True, False, False)),
    ("If Iran agrees, talks with France will start.", "AGREE", (False, True, False)),
    ("Could Germany impose sanctions on Belarus?", "SANCTION", (False, True, False)),
    ("Chile and Peru met in Lima on Monday.", "CONSULT", (False, False, False)),
])
def test_modality_is_kept(text, etype, flags):
    analysis = newsgraph.analyze(text, published=PUBLISHED)
    found = [(e.negated, e.hypothetical, e.intended) for e in analysis.events if e.type == etype]
    assert found[:1] == [flags], [(e.type, e.trigger.text) for e in analysis.events]


@pytest.mark.model
def test_refusal_is_a_rejection_of_what_is_refused():
    analysis = newsgraph.analyze("The Kenyan government is balking at committing troops to the mission with Uganda.",
                                 published=PUBLISHED)
    assert [(e.type, e.asserted) for e in analysis.events] == [("REJECT", True)]


@pytest.mark.model
def test_classifier_never_makes_an_event_on_its_own():
    # a sentence the classifier reads as material conflict, with no word of the lexicon in it
    text = "Tensions between Chile and Peru have been very high along the border for weeks."
    analysis = newsgraph.analyze(text, published=PUBLISHED)
    model = classifier.load()
    assert model is not None
    doc = loader.load()(text)
    assert [f for s in doc.sents for f in find_in_sentence(s, load_lexicon())] == []
    assert analysis.events == []


def test_political_doer():
    assert is_political(Actor(id="A1", name="Chile", kind="country", country="CHL"))
    assert is_political(Actor(id="A2", name="Ana Ruiz", kind="person", country=None, sector="GOV"))
    assert not is_political(Actor(id="A3", name="Bob", kind="person", country=None, sector=None))
    assert not is_political(Actor(id="A4", name="Audi", kind="organization", country=None, sector=None))
    assert is_political(Actor(id="A5", name="NATO", kind="organization", country=None, sector="IGO"))
    assert not is_political(None)
    # a private citizen named with an age ("Cory Dunn, 22, of Flint"): CVL and no title, no political doer
    assert not is_political(Actor(id="A6", name="Cory Dunn", kind="person", country="USA", sector="CVL"))
    assert is_political(Actor(id="A7", name="Ann Roe", kind="person", country="USA", sector="CVL", title="voter"))


def test_events_read_the_actor_index_only(monkeypatch):
    """find_events uses nothing of the index but the ActorLookup protocol."""
    doc = loader.load()("Chile attacked Peru.")
    assert find_events(doc, NoResolution(), [], [], [], PUBLISHED) == []  # no actor in the index: no event


def test_lexicon_senses_from_the_cameo_dictionary():
    lexicon = load_lexicon()
    freeze = {(s.objects, s.type) for s in lexicon.senses[("freeze", "")]}
    assert (frozenset({"aid"}), "SANCTION") in freeze
    assert (frozenset({"relation"}), "SANCTION") in freeze
    assert lexicon.defaults[("annex", "")].type == "COERCE"
    # a category head code (x0) makes no event on its own: "struggled", "decided"
    assert lexicon.defaults[("struggle", "")].cameo.endswith("0")


def test_own_trigger_table_gives_a_reason_for_every_row():
    from importlib import resources

    text = (resources.files("newsgraph") / "data" / "event_triggers.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert rows and all(len(row) == 6 and len(row[5]) > 10 for row in rows)


def test_shipped_tables_are_reproducible_gzip():
    from importlib import resources

    for name in ("event_verb_patterns.tsv.gz", classifier.MODEL_FILE):
        raw = (resources.files("newsgraph") / "data" / name).read_bytes()
        assert raw[4:8] == b"\0\0\0\0", name  # gzip mtime 0: the same sources give the same bytes


def test_model_for_other_features_fails_clearly():
    from importlib import resources

    raw = (resources.files("newsgraph") / "data" / classifier.MODEL_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw))
    assert data["features"] == classifier.FEATURES
    data["features"] = "char-3-grams/v0"
    with pytest.raises(ModelMismatch, match="NG102.*char-3-grams/v0.*scripts/train_events.py"):
        classifier.QuadClassifier(data)


def test_plover_export_says_which_events_happened():
    assert status({"negated": False, "hypothetical": False, "intended": False}) == {
        "negated": False, "hypothetical": False, "intended": False, "asserted": True, "aux_mode": None}
    assert status({"negated": False, "hypothetical": True, "intended": False})["aux_mode"] == "hypothetical"
    assert status({"negated": False, "intended": True})["aux_mode"] == "future"
    assert status({"negated": True})["asserted"] is False
