"""`newsgraph statements | events | search | stats | export` through the real CLI."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.store import Store


@pytest.fixture
def db(db_url, story):
    with Store.open(db_url) as store:
        store.save([story(1), story(2, site="b.example"),
                    story(3, speaker="Jon Brask", country="WST", country_name="Westria", other="Ostland",
                          other_code="OST", event_type="ACCUSE", date="2024-04-11",
                          extra=" Ministers spoke of peace talks.")], "0.1.0")
    return db_url


def newsgraph(*args) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_statements_table(db):
    out = newsgraph("statements", "--db", db)
    lines = out.splitlines()
    assert lines[0].split() == ["date", "speaker", "speaker_country", "cue", "content", "article_id"]
    assert "Jon Brask" in lines[2] and "2024-04-11" in lines[2]
    assert len(lines) == 2 + 3


def test_statements_json_with_filters(db):
    out = newsgraph("statements", "--db", db, "--speaker", "verlo", "--until", "2024-03", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["speaker"] for r in rows] == ["Ana Verlo", "Ana Verlo"]
    assert rows[0]["content"] == "Ostland rejects the proposal from Westria"


def test_statements_csv_and_limit(db):
    out = newsgraph("statements", "--db", db, "--csv", "--limit", "1", "--country", "OST")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1 and rows[0]["speaker_country"] == "OST"


def test_events_filters(db):
    rows = [json.loads(line) for line in newsgraph("events", "--db", db, "--actor", "OST", "--json").splitlines()]
    assert [(r["type"], r["num_articles"]) for r in rows] == [("REJECT", 2)]
    rows = [json.loads(line) for line in
            newsgraph("events", "--db", db, "--recipient", "Ostland", "--type", "accuse", "--json").splitlines()]
    assert [r["actor"] for r in rows] == ["Westria"]
    table = newsgraph("events", "--db", db, "--place", "Hollis")
    assert "REJECT" in table and "ACCUSE" in table


def test_search_and_stats(db):
    out = newsgraph("search", "peace talks", "--db", db, "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["kind"], r["title"]) for r in rows] == [("article", "Westria rejects Ostland proposal (3)")]
    table = newsgraph("search", "rejects", "--db", db)
    assert table.startswith("Articles") and "\nStatements" in table
    stats = json.loads(newsgraph("stats", "--db", db, "--json"))
    assert stats["counts"]["articles"] == 3 and stats["counts"]["events"] == 2
    assert "Events by month" in newsgraph("stats", "--db", db)
    rows = list(csv.DictReader(io.StringIO(newsgraph("stats", "--db", db, "--csv"))))
    assert {"section": "counts", "name": "statements", "count": "3"} in rows


def test_export_to_file_and_stdout(db, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    newsgraph("export", "--db", db, "--format", "plover", "--out", str(out), "--type", "REJECT")
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["event"] == "REJECT" and record["num_articles"] == 2
    lines = newsgraph("export", "--db", db, "--format", "jsonl").splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["test:1", "test:2", "test:3"]


def test_missing_database_tells_to_ingest_first(tmp_path):
    result = CliRunner().invoke(main, ["statements", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 1
    assert "newsgraph ingest" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "none.db").exists()


def test_bad_date_is_a_usage_error(db):
    result = CliRunner().invoke(main, ["events", "--db", db, "--since", "soon"])
    assert result.exit_code == 2 and "since='soon' is not a date" in result.output


def test_parquet_needs_out(db):
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "parquet"])
    assert result.exit_code == 2 and "--out" in result.output


def test_export_to_an_unwritable_place_is_a_clear_error(db, tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "csv", "--out",
                                       str(tmp_path / "no" / "such" / "folder.csv")])
    assert result.exit_code == 1 and "cannot write" in result.output and "Traceback" not in result.output


def test_internal_error_is_exit_70_with_a_debug_hint(db, monkeypatch):
    from newsgraph.store import lists

    def broken(*args, **kwargs):
        raise RuntimeError("query layer broke")

    monkeypatch.setattr(lists, "list_statements", broken)
    result = CliRunner().invoke(main, ["statements", "--db", db], catch_exceptions=False)
    assert result.exit_code == 70
    assert "internal error in `newsgraph statements`: RuntimeError: query layer broke" in result.output
    assert "--debug" in result.output and "Traceback" not in result.output and "Usage:" not in result.output
    debug = CliRunner().invoke(main, ["--debug", "statements", "--db", db])
    assert isinstance(debug.exception, RuntimeError)  # the traceback is there with --debug


def test_frames_and_modalities_are_shown_on_request(db_url, story):
    from dataclasses import replace

    belief = story(9, speaker="Kai Moren", date="2024-06-01")
    belief.statements = [replace(s, frame="belief") for s in belief.statements]
    belief.events = [replace(e, negated=True) for e in belief.events]
    with Store.open(db_url) as store:
        store.save([story(1), belief], "0.1.0")
    shown = [json.loads(line)["speaker"] for line in newsgraph("statements", "--db", db_url, "--json").splitlines()]
    every = [json.loads(line) for line in newsgraph("statements", "--db", db_url, "--json", "--all-frames").splitlines()]
    assert shown == ["Ana Verlo"] and [(r["speaker"], r["frame"]) for r in every] == [
        ("Kai Moren", "belief"), ("Ana Verlo", "speech")]
    asserted = newsgraph("events", "--db", db_url, "--json").splitlines()
    events = [json.loads(line) for line in newsgraph("events", "--db", db_url, "--json", "--all-modalities").splitlines()]
    assert len(asserted) == 1 and [e["negated"] for e in events] == [True, False]
