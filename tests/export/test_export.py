"""Exports (jsonl, csv, parquet, PLOVER) against real SQLite and real PostgreSQL."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from newsgraph.export import export
from newsgraph.model import PLOVER_TYPES, Analysis
from newsgraph.store import Store


@pytest.fixture
def store(db_url, story):
    """Stories 1-2 (Ostland REJECT Westria, one event reported twice), 3 (Westria ACCUSE Ostland)."""
    with Store.open(db_url) as opened:
        opened.save([story(1), story(2, site="b.example"),
                     story(3, speaker="Jon Brask", country="WST", country_name="Westria", other="Ostland",
                           other_code="OST", event_type="ACCUSE", date="2024-04-11")], "0.1.0")
    with Store.open(db_url, readonly=True) as readonly:
        yield readonly


def run(store, fmt, **kwargs) -> str:
    out = io.StringIO()
    export(store, fmt, out, **kwargs)
    return out.getvalue()


def test_jsonl_is_one_full_analysis_per_article(store, story):
    lines = run(store, "jsonl").splitlines()
    assert len(lines) == 3
    back = [Analysis.from_json(json.loads(line)) for line in lines]
    assert back[0].to_json() == story(1).to_json()


def test_jsonl_slice_by_speaker_and_by_event(store):
    by_speaker = [json.loads(line)["source"] for line in run(store, "jsonl", speaker="Brask").splitlines()]
    assert by_speaker == ["test:3"]
    by_event = [json.loads(line)["source"] for line in run(store, "jsonl", type="REJECT").splitlines()]
    assert by_event == ["test:1", "test:2"]


def test_csv_events_table(store):
    rows = list(csv.DictReader(io.StringIO(run(store, "csv"))))
    # newest first, as `newsgraph events` lists them
    assert [(r["type"], r["actor"], r["recipient"], r["num_articles"]) for r in rows] == [
        ("ACCUSE", "Westria", "Ostland", "1"), ("REJECT", "Ostland", "Westria", "2")]
    assert rows[0]["trigger"] == "rejects"


def test_csv_statements_table_with_filter(store):
    rows = list(csv.DictReader(io.StringIO(run(store, "csv", table="statements", country="OST"))))
    assert [r["speaker"] for r in rows] == ["Ana Verlo", "Ana Verlo"]
    assert rows[0]["content"] == "Ostland rejects the proposal from Westria"


def test_filter_that_does_not_apply_is_refused(store):
    with pytest.raises(ValueError, match="--speaker does not apply"):
        run(store, "csv", table="events", speaker="Verlo")


def test_parquet_events_and_statements(store, tmp_path):
    path = tmp_path / "events.parquet"
    assert export(store, "parquet", str(path)) == 2
    table = pq.read_table(path)
    assert table.column("type").to_pylist() == ["ACCUSE", "REJECT"]
    assert table.column("num_articles").to_pylist() == [1, 2]
    path = tmp_path / "statements.parquet"
    assert export(store, "parquet", str(path), table="statements", since="2030") == 0
    assert pq.read_table(path).num_rows == 0  # an empty slice is still a valid file with the columns
    assert "speaker" in pq.read_table(path).schema.names


def test_plover_records(store, story):
    records = [json.loads(line) for line in run(store, "plover").splitlines()]
    assert len(records) == 2
    reject = records[1]  # newest first: the ACCUSE of April, then this REJECT of March
    assert set(reject) >= {"id", "date", "actor", "recipient", "event", "mode", "event_text", "text",
                           "text_info", "cite_info"}
    assert reject["event"] in PLOVER_TYPES and reject["event"] == "REJECT"
    assert reject["date"] == "2024-03-04"
    assert reject["actor"] == {"code": "OST", "sector": None, "country": "OST", "entity_text": "Ostland",
                               "name": "Ostland"}
    assert reject["recipient"]["code"] == "WST"
    text = story(1).article.text
    info = reject["text_info"]
    assert text[info["start"]:info["end"]] == reject["text"]
    assert text[info["trigger_start"]:info["trigger_end"]] == reject["event_text"] == "rejects"
    assert reject["cite_info"]["url"] == "https://a.example/story/1"
    assert [s["url"] for s in reject["sources"]] == ["https://a.example/story/1", "https://b.example/story/2"]
    assert (reject["num_articles"], reject["num_sources"]) == (2, 2)
    assert reject["location"]["geonameid"] == 9990001


def test_plover_slice(store):
    records = [json.loads(line) for line in run(store, "plover", actor="WST").splitlines()]
    assert [r["event"] for r in records] == ["ACCUSE"]
