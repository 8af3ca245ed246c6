"""`newsgraph extract` and `newsgraph eval extraction` through the real CLI (click's CliRunner)."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "extract" / "fixtures"
HARBOUR = str(FIXTURES / "harbour_talks.html")
STORY = "Bridge to reopen in May\n\nThe mayor of Eastwick said on Monday that the bridge will reopen.\n\nLeave a Reply\n"


def run(*args, input=None):
    return CliRunner().invoke(main, ["extract", *args], input=input)


def test_json_output_one_object_a_line(tmp_path):
    story = tmp_path / "bridge.txt"
    story.write_text(STORY)
    result = run(HARBOUR, str(story), "--json")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    harbour, bridge = (json.loads(line) for line in lines)
    assert harbour["source"] == HARBOUR
    assert (harbour["title"], harbour["published"], harbour["site"], harbour["authors"]) == (
        "Harbour talks stall over fishing quotas", "2024-03-14", "The Northport Ledger", ["Mirela Vantongeren"])
    assert (bridge["source"], bridge["title"], bridge["text"]) == (
        str(story), "Bridge to reopen in May", "The mayor of Eastwick said on Monday that the bridge will reopen.")
    for key in ("title", "text", "published", "authors", "site", "url"):
        assert key in bridge


def test_readable_output_has_metadata_then_text():
    result = run(HARBOUR)
    assert result.exit_code == 0
    head, _, body = result.stdout.partition("\n\n")
    assert head.splitlines() == [
        f"== {HARBOUR}",
        "Title: Harbour talks stall over fishing quotas",
        "Date: 2024-03-14",
        "Site: The Northport Ledger",
        "URL: https://ledger.example.org/2024/03/14/harbour-talks-stall",
        "Authors: Mirela Vantongeren",
    ]
    assert body.startswith("NORTHPORT — Negotiations")


def test_bad_inputs_reported_and_the_rest_processed_exit_code_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    missing = tmp_path / "missing.html"
    result = run(str(tmp_path / "empty.txt"), str(missing), str(good), str(FIXTURES / "navigation_only.html"), "--json")
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(good)]
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'empty.txt'}: file is empty",
        f"error: {missing}: no such file or directory",
        f"error: {FIXTURES / 'navigation_only.html'}: no article text found in the HTML page "
        "(only navigation, boilerplate or nothing at all)",
    ]


def test_jsonl_on_stdin_with_line_numbers():
    records = json.dumps({"id": "s1", "text": "Kept  exactly.\n"}) + "\n{oops\n"
    result = run("-", "--json", input=records)
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert json.loads(line)["text"] == "Kept  exactly.\n"
    assert result.stderr.startswith("error: <stdin>:2: malformed JSON")


def test_published_and_url_override(tmp_path):
    result = run(HARBOUR, "--json", "--published", "2024-03-20", "--url", "https://mirror.example.net/h")
    data = json.loads(result.stdout)
    assert (data["published"], data["url"]) == ("2024-03-20", "https://mirror.example.net/h")


@pytest.mark.parametrize("value", ["2024-3-20", "20/03/2024", "2024-02-30", "yesterday"])
def test_bad_published_date_is_a_usage_error(value):
    result = run(HARBOUR, "--published", value)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_eval_extraction_missing_data_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["eval", "extraction", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 1
    assert "no extraction benchmark at" in result.output and "--data" in result.output


def test_directory_with_one_bad_file_still_extracts_the_others(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.html").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text(STORY)
    result = run(str(tmp_path), "--json", "--published", "2024-01-02", "--url", "https://example.org/x")
    assert result.exit_code == 1
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["source"] for a in articles] == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]
    assert {(a["published"], a["url"]) for a in articles} == {("2024-01-02", "https://example.org/x")}
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'b.html'}: binary file (NUL or control bytes), not text or HTML"]
