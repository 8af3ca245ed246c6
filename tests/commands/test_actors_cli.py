"""`newsgraph actor`: phrases from arguments or stdin, table or JSON lines."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main


def run(args, stdin=None):
    result = CliRunner().invoke(main, ["actor", *args], input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def test_json_lines_for_arguments():
    out = run(["American warplanes", "Chile's Ministry of Mines", "Kremlin spokesman", "NATO", "--json"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["country"], r["sector"], r["code"]) for r in rows] == [
        ("American warplanes", "USA", "MIL", "USAMIL"),
        ("Chile's Ministry of Mines", "CHL", "GOV", "CHLGOV"),
        ("Kremlin spokesman", "RUS", "GOV", "RUSGOV"),
        ("NATO", None, "IGO", "IGO"),
    ]
    assert set(rows[0]) >= {"text", "name", "country", "sector", "code"}


def test_name_and_title_of_a_person_phrase():
    row = json.loads(run(["Russian President Vladimir Putin", "--json"]))
    assert (row["name"], row["title"], row["country"], row["sector"], row["kind"]) == (
        "Vladimir Putin", "Russian President", "RUS", "GOV", "person")


def test_stdin_one_phrase_a_line_blank_lines_skipped():
    out = run(["--json"], stdin="the White House\n\nMoscow\n")
    assert [json.loads(line)["code"] for line in out.splitlines()] == ["USAGOV", "RUSGOV"]


def test_readable_table():
    lines = run(["Kenyan police"]).splitlines()
    assert lines[0].split() == ["TEXT", "NAME", "COUNTRY", "SECTOR", "CODE", "TITLE", "KIND"]
    assert lines[1].split() == ["Kenyan", "police", "KEN", "COP", "KENCOP", "group"]



@pytest.mark.parametrize("args", [
    ["actor", "Obama", "--date", "yesterday"],
    ["actor", "Obama", "--date", "2018-13-01"],
    ["kb", "lookup", "Barack Obama", "--date", "20180501"],
    ["analyze", "-", "--published", "2018-5-1"],
    ["extract", "-", "--published", "2018-02-30"],
])
def test_a_date_not_written_yyyy_mm_dd_is_a_usage_error(args):
    result = CliRunner().invoke(main, args, input="")
    assert result.exit_code == 2, result.output
    assert f"{args[-1]!r} is not a date written YYYY-MM-DD" in result.output
