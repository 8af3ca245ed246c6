"""One filter, the same rows in the same order: the command line, the JSON API and the Python API
(`newsgraph.open`) over one database, on SQLite and on PostgreSQL."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

import web_stories
from newsgraph.cli import main
from newsgraph.store import Store
from story_factory import build_story
from web_stories import Client

OSTLAND = dict(country="OST", country_name="Ostland", other="Westria", other_code="WST")
WESTRIA = dict(country="WST", country_name="Westria", other="Ostland", other_code="OST")


def stories():
    """Invented stories: two speakers whose names share "Ana Verlo", a person named like a country,
    a belief and a hypothetical event, an intended event, a month-precision date, an undated story."""
    belief = build_story(5, speaker="Jon Brask", event_type="REJECT", date="2024-03-04", **WESTRIA)
    belief.statements = [replace(s, frame="belief") for s in belief.statements]
    belief.events = [replace(e, hypothetical=True) for e in belief.events]
    planned = build_story(6, speaker="Ana Verlo", event_type="CONSULT", date="2024-03", published="2024-03-20",
                          **OSTLAND)
    planned.events = [replace(e, intended=True) for e in planned.events]
    undated = build_story(4, speaker="Ana Verlo", event_type="THREATEN", date=None, published=None, **OSTLAND)
    return [
        build_story(1, speaker="Ana Verlo", **OSTLAND),
        build_story(2, speaker="Ana Verlovic", event_type="ACCUSE", date="2024-05-01", published="2024-05-02",
                    city="Lake Dorrin", geonameid=9990002, **OSTLAND),
        build_story(3, speaker="Bo Ostland", event_type="REQUEST", date="2023-12-20", published="2023-12-21",
                    **WESTRIA),
        undated, belief, planned,
    ]


STATEMENT_CASES = [
    {},
    {"frames": "all"},
    {"speaker": "ana verlo"},
    {"speaker": "Ostland"},
    {"speaker": "OST"},
    {"country": "WST", "frames": "all"},
    {"since": "2024-03", "until": "2024-03"},
    {"until": "2024"},
    {"text": "proposal", "since": "2024"},
    {"kind": "indirect"},
    {"type": "REJECT", "frames": "all"},
]
EVENT_CASES = [
    {},
    {"modality": "all"},
    {"modality": "hypothetical"},
    {"actor": "OST"},
    {"actor": "ostland", "modality": "all"},
    {"recipient": "Westria"},
    {"type": "REQUEST"},
    {"place": "dorrin"},
    {"since": "2024-03-04"},
    {"country": "WST", "modality": "all"},
    {"text": "Talks", "until": "2024-03"},
]
CLI_NAMES = {"text": "--search", "type": "--type"}
WEB_NAMES = {"text": "q", "frames": "frame"}


def cli_ids(url: str, what: str, filters: dict) -> list[int]:
    args = [what, "--db", url, "--json", "--limit", "1000"]
    for name, value in filters.items():
        if name == "frames":
            args.append("--all-frames")
        elif name == "modality":
            assert value == "all" or pytest.skip("the command line shows asserted events or all of them")
            args.append("--all-modalities")
        else:
            args += [CLI_NAMES.get(name, "--" + name), value]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.output.splitlines()]


def api_ids(client: Client, what: str, filters: dict) -> list[int]:
    params = {WEB_NAMES.get(k, k): v for k, v in filters.items()}
    return [item["id"] for item in client.get(f"/api/{what}", params={**params, "limit": 500}).json()["items"]]


def python_ids(db, what: str, filters: dict) -> list[int]:
    return [row["id"] for row in getattr(db, what)(chunk=2, **filters)]  # chunk=2: rows cross chunk borders


@pytest.fixture
def three_ways(db_url):
    yield from web_stories.three_ways(db_url, stories())


def test_same_filters_give_the_same_rows_in_the_same_order(three_ways):
    url, client, db = three_ways
    for what, cases in (("statements", STATEMENT_CASES), ("events", EVENT_CASES)):
        for filters in cases:
            from_python = python_ids(db, what, filters)
            assert api_ids(client, what, filters) == from_python, (what, filters)
            if filters.get("modality") not in (None, "all"):
                continue  # the command line has --all-modalities only
            assert cli_ids(url, what, filters) == from_python, (what, filters)


def _speakers(db, **filters) -> list:
    return [r["speaker"] for r in db.statements(**filters)]


def test_the_documented_rules(three_ways):
    """What the shared cases mean: actor names, dates, frames, modality, undated rows last."""
    _, _, db = three_ways
    assert _speakers(db) == ["Ana Verlovic", "Ana Verlo", "Ana Verlo", "Bo Ostland", "Ana Verlo"]  # undated last
    # on 2024-03-04 Jon Brask's belief (stored later: higher id) comes first; "2024-03" sorts after the day
    assert _speakers(db, frames="all") == ["Ana Verlovic", "Jon Brask", "Ana Verlo", "Ana Verlo", "Bo Ostland",
                                           "Ana Verlo"]
    assert set(_speakers(db, speaker="ana verlo")) == {"Ana Verlo", "Ana Verlovic"}  # part of a name
    assert _speakers(db, speaker="Ostland") == ["Bo Ostland"]  # the country Ostland says nothing here
    assert "Bo Ostland" not in _speakers(db, speaker="OST")  # three capitals: a country (Bo is Westrian)
    assert _speakers(db, since="2024-03", until="2024-03") == ["Ana Verlo", "Ana Verlo"]  # "2024-03" and 03-04
    events = list(db.events())
    assert [e["type"] for e in events] == ["ACCUSE", "REJECT", "REQUEST", "THREATEN"]
    assert events[-1]["date"] is None
    assert [e["type"] for e in db.events(modality="hypothetical")] == ["REJECT"]
    assert [e["type"] for e in db.events(modality="intended")] == ["CONSULT"]
    assert len(list(db.events(modality="all"))) == 6


def test_frames_and_modality_survive_the_database(three_ways):
    url, _, _ = three_ways
    with Store.open(url, readonly=True) as store:
        rebuilt = {a.article.title: a for a in store.iter_articles()}
    belief = next(a for t, a in rebuilt.items() if "(5)" in t)
    assert [s.frame for s in belief.statements] == ["belief"]
    assert [(e.hypothetical, e.intended, e.negated) for e in belief.events] == [(True, False, False)]
    planned = next(a for t, a in rebuilt.items() if "(6)" in t)
    assert [e.intended for e in planned.events] == [True]


def test_notebook_api_tables_and_counts(three_ways):
    _, _, db = three_ways
    said = db.statements(speaker="ana verlo")
    assert said.count() == 4
    frame = said.to_pandas()
    assert list(frame["id"]) == [r["id"] for r in said] and frame["speaker"].iloc[0] == "Ana Verlovic"
    table = db.events(type="REJECT", modality="all").to_arrow()
    assert table.num_rows == 2 and table.column("hypothetical").to_pylist() == [True, False]  # same day: newer id first
    assert db.statements().head(2).count() == 2 and len(list(db.statements().head(2))) == 2
    empty = db.events(since="2030").to_arrow()
    assert empty.num_rows == 0 and "actor" in empty.schema.names


def test_notebook_filters_are_checked_when_the_selection_is_made(three_ways):
    _, _, db = three_ways
    with pytest.raises(ValueError, match="since='Dec 2022' is not a date"):
        db.statements(since="Dec 2022")
    with pytest.raises(ValueError, match="unknown filter 'speakers'"):
        db.statements(speakers="Ana")


def test_to_pandas_without_pandas_says_how_to_install_it(three_ways, monkeypatch):
    import sys

    from newsgraph.notebook import MissingExtra

    _, _, db = three_ways
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(MissingExtra, match=r"pip install 'newsgraph\[pandas\]'"):
        db.statements().to_pandas()
    assert db.statements().to_arrow().num_rows == 5  # Arrow needs nothing more
