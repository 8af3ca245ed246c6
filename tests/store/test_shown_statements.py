"""What is shown by default: speech and writing by a resolved speaker (``model.is_shown``), the same in
the model, the readable output, the store's lists and counts, the command line, the JSON API, the Python
API and the exports, on SQLite and on PostgreSQL. Everything else is stored and shown on request."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

import web_stories
from newsgraph.cli import main
from newsgraph.model import Analysis, Statement, is_shown
from newsgraph.render import summary
from newsgraph.store import Store, queries
from story_factory import build_story


def unattributed(n: int, **kwargs) -> Analysis:
    """A story whose one statement (speech) has no resolved speaker: its source mention stays unlinked."""
    story = build_story(n, **kwargs)
    story.statements = [replace(s, speaker=None) for s in story.statements]
    return story


def stories() -> list[Analysis]:
    """Ana Verlo speaks (shown); Lia Tamsin's words have no speaker (kept); Jon Brask believes (kept)."""
    belief = build_story(3, speaker="Jon Brask", date="2024-03-06", published="2024-03-07")
    belief.statements = [replace(s, frame="belief") for s in belief.statements]
    return [build_story(1, speaker="Ana Verlo", date="2024-03-04"),
            unattributed(2, speaker="Lia Tamsin", date="2024-03-05", published="2024-03-06"), belief]


def test_the_rule():
    assert is_shown("speech", "A1") and is_shown("writing", "A2")
    assert not is_shown("speech", None) and not is_shown("writing", None)
    assert not is_shown("belief", "A1") and not is_shown("no_comment", None)
    statement = build_story(1).statements[0]
    assert isinstance(statement, Statement) and statement.shown and not replace(statement, speaker=None).shown


def test_the_readable_output_counts_a_statement_with_no_speaker_and_lists_it_on_request():
    story = unattributed(2, speaker="Lia Tamsin")
    text = summary(story)
    assert "  (no statements found)" in text.splitlines() and "Lia Tamsin" not in text
    assert "  (1 with no speaker not shown; --all-frames lists them)" in text.splitlines()
    every = summary(story, all_frames=True)
    assert "  - [speech] 'Lia Tamsin' (unresolved) · said · “Ostland rejects the proposal from Westria” · 2024-03-04" \
        in every.splitlines()
    assert "not shown" not in every
    assert story.to_json()["statements"][0]["speaker"] is None  # the JSON carries it


@pytest.fixture
def three_ways(db_url):
    yield from web_stories.three_ways(db_url, stories())


def _cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_lists_counts_and_views_show_only_statements_with_a_speaker(three_ways):
    url, client, db = three_ways
    # the Python API: default, every statement, a list of frames (statements with a speaker)
    assert [r["speaker"] for r in db.statements()] == ["Ana Verlo"]
    assert [(r["speaker"], r["frame"]) for r in db.statements(frames="all")] == [
        ("Jon Brask", "belief"), (None, "speech"), ("Ana Verlo", "speech")]
    assert [r["speaker"] for r in db.statements(frames="speech")] == ["Ana Verlo"]
    assert [r["speaker"] for r in db.statements(frames="speech,belief")] == ["Jon Brask", "Ana Verlo"]
    assert db.statements().count() == 1 and db.statements(frames="all").count() == 3
    # the JSON API: the same rows and totals
    page = client.get("/api/statements").json()
    assert [(i["speaker"] or {}).get("name") for i in page["items"]] == ["Ana Verlo"] and page["total"] == 1
    every = client.get("/api/statements", params={"frame": "all"}).json()
    assert every["total"] == 3 and [(i["speaker"] or {}).get("name") for i in every["items"]] == [
        "Jon Brask", None, "Ana Verlo"]
    # the command line
    assert [json.loads(line)["speaker"] for line in _cli("statements", "--db", url, "--json").splitlines()] == [
        "Ana Verlo"]
    assert len(_cli("statements", "--db", url, "--json", "--all-frames").splitlines()) == 3
    # counts and statistics
    with Store.open(url, readonly=True) as store, store.connect() as conn:
        assert queries.count_statements(conn) == 1 and queries.count_statements(conn, frames="all") == 3
        counts = queries.stats(conn)["counts"]
        assert (counts["statements"], counts["all_statements"]) == (1, 3)
    # the CSV export follows the same default
    rows = list(csv.DictReader(io.StringIO(_cli("export", "--db", url, "--format", "csv", "--table", "statements"))))
    assert [r["speaker"] for r in rows] == ["Ana Verlo"]
    every_row = _cli("export", "--db", url, "--format", "csv", "--table", "statements", "--all-frames")
    assert len(list(csv.DictReader(io.StringIO(every_row)))) == 3


def test_the_article_keeps_every_statement(three_ways):
    url, client, _ = three_ways
    with Store.open(url, readonly=True) as store:
        rebuilt = {a.article.title: a for a in store.iter_articles()}
    kept = next(a for t, a in rebuilt.items() if "(2)" in t)
    assert [(s.speaker, s.frame, s.shown) for s in kept.statements] == [(None, "speech", False)]
