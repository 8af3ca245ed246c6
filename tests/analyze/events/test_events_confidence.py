"""The learned confidence gate on events' participants, on a story of our own writing (invented officials,
real countries): what it reads of how an event's doer and recipient were found, that it changes no event,
that the gate marks exactly the events below the threshold and is switched off by Settings or the
environment, the JSON fields, the readable output, and the shipped model's version check."""
from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest

import newsgraph
from newsgraph import Settings, nlp
from newsgraph.analyze.events import confidence, realness
from newsgraph.errors import ModelMismatch
from newsgraph.model import Analysis
from newsgraph.render import summary

PUBLISHED = "2024-05-08"
STORY = ("The Kenyan foreign minister, Amina Odhiambo, accused Uganda of arming rebels on Tuesday.\n\n"
         "\"We will not negotiate with people who shell our villages,\" Odhiambo said.\n\n"
         "Ugandan troops shelled two Kenyan border villages last week, police said.\n\n"
         "Later she met with him in Nairobi.")


def _analysis(gate: bool = True):
    return newsgraph.analyze(STORY, published=PUBLISHED, settings=Settings(event_gate=gate))


def _features(analysis):
    doc = nlp.load(None)(analysis.article.text)
    actors = {a.id: a for a in analysis.actors}
    statements = {s.id: s for s in analysis.statements}
    return {e.trigger.text: confidence.features(doc, e, actors, statements, 0.5) for e in analysis.events}


@pytest.mark.model
def test_features_say_how_doer_and_recipient_were_found():
    values = _features(_analysis())
    accused, negotiate, shelled = values["accused"], values["will not negotiate"], values["shelled"]
    # a named subject with a title, a named direct object, in a sentence naming two actors
    assert {"type=ACCUSE", "modality=asserted", "pos=VERB", "doer_via=nsubj", "doer_words=noun",
            "doer_kind=person", "doer_side=before", "recipient_via=dobj", "recipient_words=name",
            "recipient_kind=country", "recipient_coded=yes", "recipient_side=after"} <= accused.keys()
    assert accused["realness"] == 0.5 and "in_quotes" not in accused
    # both sides coded actors of the index (the minister, Uganda); an event with no recipient actor is no such dyad
    assert "both_coded" in accused and "both_coded" not in negotiate and "both_coded" not in values["met"]
    # "we" in a quotation is the speaker: the doer found as the statement's speaker, inside quotation marks
    assert {"doer_via=speaker", "in_quotes", "statement=direct"} <= negotiate.keys()
    # the troops are the subject; the villages are no actor
    assert {"doer_via=nsubj", "doer_kind=group", "statement=indirect"} <= shelled.keys()


@pytest.mark.model
def test_a_pronoun_doer_says_how_far_back_its_name_was():
    values = _features(_analysis())
    met = values["met"]
    # "she" two sentences after the minister's name was last written; "with him": words the index holds no actor for
    assert {"type=CONSULT", "doer_words=pronoun", "doer_via=nsubj", "doer_antecedent=<=3", "doer_kind=person",
            "recipient_via=prep_with", "recipient_via=words_only", "recipient_words=pronoun",
            "recipient_kind=none", "sentence_actors=<=1", "sentence_length=<=12"} <= met.keys()


@pytest.mark.model
def test_the_gate_marks_exactly_the_events_below_the_threshold_and_changes_none():
    on, off = _analysis(True), _analysis(False)
    same = [(e.type, e.actor, e.recipient, e.trigger.text, e.certainty) for e in on.events]
    assert same == [(e.type, e.actor, e.recipient, e.trigger.text, e.certainty) for e in off.events]
    threshold = confidence.load().threshold
    assert [e.passes_gate for e in on.events] == [e.certainty >= threshold for e in on.events]
    assert all(e.passes_gate for e in off.events)
    assert all(e.in_default_view == (e.asserted and e.passes_gate) for e in on.events)


@pytest.mark.model
def test_rate_follows_the_model_weights():
    analysis = _analysis(False)
    doc = nlp.load(None)(analysis.article.text)
    actors = {a.id: a for a in analysis.actors}
    quoted_doubt = confidence.ConfidenceModel({"features": confidence.FEATURES, "intercept": 2.0, "threshold": 0.5,
                                               "weights": {"in_quotes": -5.0}})
    confidence.rate(doc, analysis.events, actors, analysis.statements, quoted_doubt, realness.load())
    assert {e.trigger.text: e.passes_gate for e in analysis.events} == {
        e.trigger.text: e.trigger.text != "will not negotiate" for e in analysis.events}
    assert next(e for e in analysis.events if e.trigger.text == "accused").certainty == 0.881  # logistic(2)
    confidence.rate(doc, analysis.events, actors, analysis.statements, quoted_doubt, realness.load(), gate=False)
    assert all(e.passes_gate for e in analysis.events)


def test_the_gate_is_on_by_default_and_the_environment_turns_it_off(monkeypatch):
    assert Settings().event_gate is True
    monkeypatch.setenv("NEWSGRAPH_EVENT_GATE", "0")
    assert Settings.from_env().event_gate is False


@pytest.mark.model
def test_json_carries_certainty_and_the_gate_and_reads_back():
    analysis = _analysis()
    record = json.loads(analysis.dumps())
    assert all({"certainty", "passes_gate", "confidence"} <= e.keys() for e in record["events"])
    back = Analysis.from_json(record)
    assert [(e.certainty, e.passes_gate) for e in back.events] == [(e.certainty, e.passes_gate) for e in analysis.events]
    old = {**record, "events": [{k: v for k, v in e.items() if k not in ("certainty", "passes_gate")}
                                for e in record["events"]]}
    assert all(e.certainty is None and e.passes_gate for e in Analysis.from_json(old).events)


@pytest.mark.model
def test_readable_output_hides_doubtful_events_unless_asked():
    analysis = _analysis()
    for event in analysis.events:
        event.passes_gate = event.trigger.text != "shelled"
    plain, every = summary(analysis), summary(analysis, all_events=True)
    assert "“shelled”" not in plain and "(1 event with a doubtful doer or recipient not shown; --all-events lists them)" in plain
    assert "[doubtful] ASSAULT" in every and "not shown; --all-events" not in every


def test_the_shipped_model_is_for_these_features_and_a_mismatch_is_refused():
    raw = resources.files("newsgraph").joinpath("data", confidence.MODEL_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw))
    assert data["features"] == confidence.FEATURES and 0 < data["threshold"] < 1
    with pytest.raises(ModelMismatch, match="train_confidence.py"):
        confidence.ConfidenceModel({**data, "features": "event-confidence/v0"})


@pytest.mark.model
def test_a_passive_doer_is_told_by_its_preposition():
    # "by" is one of the prepositions told apart: a passive's doer reads as prep_by, another phrase by its own
    doc = nlp.load(None)("Two border villages were shelled by Ugandan troops on Monday.")
    shelled, villages, troops, monday = doc[4], doc[2], doc[7], doc[9]
    assert [confidence._relation(t, shelled) for t in (villages, troops, monday)] == ["nsubjpass", "prep_by", "prep_on"]


@pytest.mark.model
def test_a_model_passed_in_rates_the_events_in_place_of_the_shipped_one():
    """What scripts/train_confidence.py does: a neutral model (no weights: every probability 0.5) rates
    the same events, so that a shipped model of older features does not stop its own retraining."""
    from newsgraph.analyze import analyze_doc
    from newsgraph.model import Article

    neutral = confidence.ConfidenceModel({"features": confidence.FEATURES, "intercept": 0.0, "threshold": 0.5,
                                          "weights": {}})
    article = Article(text=STORY, published=PUBLISHED)
    doc = nlp.load(None)(STORY)
    rated = analyze_doc(doc, article, Settings(event_gate=True), gate_model=neutral)
    shipped = analyze_doc(doc, article, Settings(event_gate=True))
    assert [e.certainty for e in rated.events] == [0.5] * len(shipped.events)
    assert all(e.passes_gate for e in rated.events)
    assert [(e.type, e.trigger.text) for e in rated.events] == [(e.type, e.trigger.text) for e in shipped.events]
    assert [e.certainty for e in shipped.events] != [0.5] * len(shipped.events)


def _hand_made(text: str, names: dict[str, str], doer: str, recipient: str, trigger: str,
               recipient_words: str | None = None):
    """A parsed ``text``, actors named by ``names`` (id -> the words that mention it), and an ACCUSE event of
    ``doer`` on ``recipient`` at ``trigger`` whose recipient's words are ``recipient_words`` (default: its name)."""
    from newsgraph.model import Actor, Event, Span

    doc = nlp.load(None)(text)

    def span(words: str) -> Span:
        return Span.of(text, text.index(words), text.index(words) + len(words))

    actors = {key: Actor(key, words, "country", mentions=[span(words)]) for key, words in names.items()}
    event = Event(id="E1", type="ACCUSE", mode=None, actor=doer, recipient=recipient, actor_span=span(names[doer]),
                  recipient_span=span(recipient_words or names[recipient]), date=None, place=None,
                  trigger=span(trigger), evidence=span(text))
    return doc, event, actors


@pytest.mark.model
def test_a_rival_named_nearer_the_trigger_than_the_recipient_is_told():
    text = "Kenya accused Uganda of arming rebels from Tanzania."
    names = {"k": "Kenya", "u": "Uganda", "t": "Tanzania"}
    # the recipient is the farther Tanzania while Uganda stands right after the trigger
    doc, event, actors = _hand_made(text, names, "k", "t", "accused")
    assert "recipient_nearer_rival" in confidence.features(doc, event, actors, {}, 0.5)
    # the nearest actor as recipient: the farther one is no nearer rival
    doc, event, actors = _hand_made(text, names, "k", "u", "accused")
    assert "recipient_nearer_rival" not in confidence.features(doc, event, actors, {}, 0.5)
    # the doer's own mention is no rival either
    doc, event, actors = _hand_made("Kenya accused Uganda.", {"k": "Kenya", "u": "Uganda"}, "k", "u", "accused")
    assert "recipient_nearer_rival" not in confidence.features(doc, event, actors, {}, 0.5)


@pytest.mark.model
def test_a_participant_standing_in_for_other_words_is_told_from_one_named():
    text = "Kenya accused the government of arming rebels, Ugandan officials said of Uganda."
    doc, event, actors = _hand_made(text, {"k": "Kenya", "u": "Uganda"}, "k", "u", "accused",
                                    recipient_words="the government")
    values = confidence.features(doc, event, actors, {}, 0.5)
    # Kenya's words name Kenya; the recipient's words "the government" are no mention of Uganda
    assert values["doer_named=mention"] == 1.0 and values["recipient_named=stand_in"] == 1.0
    assert "recipient_named=mention" not in values and "doer_named=stand_in" not in values


@pytest.mark.model
def test_a_recipient_the_learned_chooser_named_is_told_from_the_rules_one():
    chosen = newsgraph.analyze("Since that attack, Republicans have criticized parts of the strategy Obama described "
                               "in his address.", published=PUBLISHED, settings=Settings(event_recipients=True))
    ruled = newsgraph.analyze("Senator Tom Briggs urged the American public to reject the plan, the Kenyan embassy "
                              "said.", published=PUBLISHED, settings=Settings(event_recipients=True))
    # the rules named no recipient of the criticism, the chooser the strategy's author; "the American public": the rules'
    assert [(e.trigger.text, e.recipient_by) for e in chosen.events] == [("criticized", "chooser")]
    assert [(e.trigger.text, e.recipient_by) for e in ruled.events] == [("urged", None)]
    assert "recipient_by=chooser" in _features(chosen)["criticized"]
    assert "recipient_by=rules" in _features(ruled)["urged"]
    # analysis-time only: not in the JSON, so a stored or re-read analysis is the same as before
    assert all("recipient_by" not in e for e in json.loads(chosen.dumps())["events"])


def test_words_between_counts_as_split_does():
    # the nearer-rival feature counts words from an index built once per article (linear on long text)
    import random
    import re

    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice(["a", "b", " ", "  ", "\n", ",", "\u00a0", "x."]) for _ in range(rng.randint(0, 30)))
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        facts = confidence.DocFacts([], [], [], [w[0] for w in words], [w[1] for w in words])
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        assert confidence.words_between(facts, start, end) == len(text[start:end].split())
