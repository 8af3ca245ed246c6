"""Events and places of the seed story (read from ../shared/seed, never copied here)."""
from __future__ import annotations

import pytest
from event_rows import actor_side

from newsgraph.analyze.events import confidence
from seed_story import SEED

pytestmark = [pytest.mark.model, pytest.mark.data,
              pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside this checkout")]


def events(analysis, etype):
    return [(actor_side(analysis, e.actor), actor_side(analysis, e.recipient), e.date, e.mode, e.trigger.text)
            for e in analysis.events if e.type == etype]


def test_peskov_rejects_us_preconditions(seed):
    rejections = events(seed, "REJECT")
    assert ("RUS", "USA", "2022-12-02", "yield", "will not concede") in rejections, rejections


def test_biden_asks_putin_to_withdraw(seed):
    requests = events(seed, "REQUEST")
    assert ("USA", "RUS", "2022-12-01", "yield", "pull out") in requests, requests


def test_joint_press_conference_is_a_visit(seed):
    consults = events(seed, "CONSULT")
    assert ("FRA", "USA", "2022-12-01", "visit", "press conference") in consults, consults


def test_annexation_keeps_its_own_date(seed):
    assert ("RUS", "UKR", "2022-09", "seize", "annexed") in events(seed, "COERCE")


def test_earlier_demand_on_nato(seed):
    requests = events(seed, "REQUEST")
    assert ("RUS", "NATO", None, None, "demanded") in requests, requests


def test_no_event_from_the_conditional_offer_or_no_signs(seed):
    assert not [e for e in seed.events if e.type == "CONSULT" and e.trigger.text in ("talk", "speak", "talks")]
    assert not [e for e in seed.events if any(w in e.trigger.text for w in ("slow", "stop"))]


@pytest.mark.parametrize("name", ["Luhansk", "Kherson", "Zaporizhzhia", "Donetsk", "Kyiv"])
def test_places_in_ukraine(seed, name):
    found = [p for p in seed.places if any(m.text == name for m in p.mentions)]
    assert len(found) == 1, [(p.name, p.country) for p in seed.places]
    assert found[0].country == "UKR" and found[0].geonameid and found[0].lat and found[0].lon


def test_event_places_and_statements_point_to_real_records(seed):
    place_ids = {p.id for p in seed.places}
    statement_ids = {s.id for s in seed.statements}
    actor_ids = {a.id for a in seed.actors}
    for event in seed.events:
        assert event.place is None or event.place in place_ids
        assert event.statement is None or event.statement in statement_ids
        assert event.actor is None or event.actor in actor_ids
        assert event.recipient is None or event.recipient in actor_ids


def test_the_seed_events_stay_in_the_default_view(seed):
    # the confidence gate hides events whose doer or recipient it doubts: the seed story's rejection, requests
    # and meeting stay shown by default. The gate (retrained each session; its threshold read off the
    # leave-one-source-out curve by a rule stated before the run: 0.55 in the nineteenth session) shows "will
    # not accept" but hides the second rejection "will not concede" and the annexation (Russia -> Ukraine through
    # "regions of Ukraine"), both rated just under the threshold: they stay asserted events with their actors,
    # shown on request (test_annexation_keeps_its_own_date and the README)
    shown = {(e.type, e.trigger.text) for e in seed.events if e.in_default_view}
    assert {("REJECT", "will not accept"), ("REQUEST", "pull out"), ("REQUEST", "demanded"),
            ("CONSULT", "press conference")} <= shown, shown
    annexation = next(e for e in seed.events if e.type == "COERCE" and e.trigger.text == "annexed")
    assert annexation.asserted and not annexation.in_default_view
    assert 0.4 < annexation.certainty < confidence.load().threshold
    concede = next(e for e in seed.events if e.type == "REJECT" and e.trigger.text == "will not concede")
    assert concede.asserted and not concede.in_default_view
    assert all(e.certainty is not None for e in seed.events)
