"""The event trainers rebuild their label tables from the review folders on this machine and keep the committed
rows of the folders that are lost (set 10's last focus reviews, the thirteenth session's hunting rows, sets 1-4
and 8): invented rows in temporary tables, no article text."""
from __future__ import annotations

import json

import pytest

from scripts_module import load_script


@pytest.fixture(scope="module")
def realness():
    return load_script("train_realness")


@pytest.fixture(scope="module")
def confidence():
    return load_script("train_confidence")


def test_released_sets_have_their_own_numbers_apart_from_the_hunting_rows(realness):
    sets = realness._SETS
    assert realness.HUNT not in realness.RELEASED
    assert {number - 100 for number in realness.RELEASED} == set(sets.RELEASED)
    assert realness.REVIEWS[113] == sets.RELEASED[13].reviews
    assert realness.REVIEWS[110] == sets.RELEASED[10].reviews + ("s10b11", "s10c11")  # the lost ones last


def _write(path, header: str, columns: list[str], rows: list[list]) -> None:
    path.write_text(header + "\n" + "\t".join(columns) + "\n"
                    + "".join("\t".join(map(str, row)) + "\n" for row in rows), "utf-8")


def test_a_rebuild_keeps_the_rows_of_lost_folders_and_drops_renamed_ones(realness, tmp_path, monkeypatch):
    labels, judged = tmp_path / "labels.tsv", tmp_path / "features.tsv"
    monkeypatch.setattr(realness, "LABELS", labels)
    monkeypatch.setattr(realness, "JUDGED_FEATURES", judged)
    _write(labels, "# test", realness.COLUMNS, [
        ["p", 1, "baseline", 10, 14, "ACCUSE", "N"],  # set 1: folder lost, kept
        ["q", 110, "s10base11", 5, 9, "REJECT", "Y"],  # read again below: replaced
        ["q", 110, "s10c11", 5, 9, "REJECT", "N"],  # set 10's lost focus review: kept
        ["r", 111, "s11a", 0, 3, "AGREE", "Y"],  # renamed to s11a12 (read as such): dropped
        ["h", 213, "evreal/after", 2, 6, "AID", "Y"],  # the hunting helpers' (folder lost): kept
    ])
    _write(judged, f"# features {realness.FEATURES}", ["page", "set", "review", "start", "end", "features"], [
        ["p", 1, "baseline", 10, 14, json.dumps({"old": 1})],
        ["q", 110, "s10c11", 5, 9, json.dumps({"lost": 1})],
        ["h", 213, "evreal/after", 2, 6, json.dumps({"hunt": 1})],
    ])
    read = {(110, "s10base11"), (110, "s10a11"), (111, "s11a12")}
    rows = [{"page": "q", "set": 110, "review": "s10base11", "start": 5, "end": 9, "type": "REJECT", "real": "N",
             "features": {"base": 1}},
            {"page": "q", "set": 110, "review": "s10a11", "start": 5, "end": 9, "type": "REJECT", "real": "Y",
             "features": {"focus": 1}}]
    realness.write_labels(rows, read)
    got = [(r["page"], r["set"], r["review"], r["real"]) for r in realness.read_labels(labels)]
    assert got == [("p", 1, "baseline", "N"), ("q", 110, "s10a11", "Y"), ("q", 110, "s10base11", "N"),
                   ("q", 110, "s10c11", "N"), ("h", 213, "evreal/after", "Y")]
    triggers = {(r["page"], r["set"]): r["features"] for r in realness.judged_triggers(realness.read_labels(labels),
                                                                                        judged)}
    # the latest review of a trigger gives its features: the lost s10c11 is later than the s10a11 read now
    assert triggers == {("p", 1): {"old": 1}, ("q", 110): {"lost": 1}, ("h", 213): {"hunt": 1}}


def _confidence_row(page: str, source: str, start: int, real: str = "Y") -> dict:
    return {"page": page, "source": source, "start": str(start), "end": str(start + 4), "type": "REJECT",
            "who": "abc", "real": real, "type_ok": "Y", "actor_ok": "Y", "recipient_ok": "Y"}


def test_the_gates_labels_keep_lost_sources_and_let_a_later_verdict_win(confidence, tmp_path):
    blind = tmp_path / "blind"
    folder = blind / "s10base11"
    (folder / "review-A").mkdir(parents=True)
    (folder / "q.json").write_text(json.dumps({
        "actors": [{"id": "A1", "name": "Alba"}],
        "events": [{"id": "E1", "trigger": {"start": 5, "end": 9}, "type": "REJECT", "actor": "A1"}]}), "utf-8")
    (folder / "review-A" / "judgments.tsv").write_text("page\tkind\tid\tf1\tf2\tf3\tf4\tf5\tf6\tnote\nq\tevent\tE1\tY\tY\tY\tY\t\t\n", "utf-8")
    key = confidence.who("Alba", None)
    committed = [{**_confidence_row("q", "s10c11", 5, real="N"), "who": key},  # lost focus review: later, wins
                 _confidence_row("h", "evreal-after", 20),  # hunting rows, folder lost: kept
                 _confidence_row("r", "s11b", 0)]  # a renamed folder's old name: no source any more, dropped
    rows = confidence.judged_rows(blind, None, committed)
    assert sorted((r["page"], r["source"], r["real"]) for r in rows) == [("h", "evreal-after", "Y"),
                                                                         ("q", "s10c11", "N")]
    alone = confidence.judged_rows(blind, None, [])
    assert [(r["page"], r["source"], r["start"], r["who"], r["real"]) for r in alone] == [
        ("q", "s10base11", 5, key, "Y")]


def test_the_trigger_study_refuses_a_missing_labels_folder_and_keeps_its_table(tmp_path, monkeypatch):
    study = load_script("train_trigger_proposals")
    before = study.LABELS.read_bytes()
    monkeypatch.setattr("sys.argv", ["train_trigger_proposals.py", "--labels", str(tmp_path / "evlab8")])
    with pytest.raises(SystemExit, match="lost for good"):
        study.main()
    assert study.LABELS.read_bytes() == before
