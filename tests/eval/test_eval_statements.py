"""The PolNeAR scorer: metric arithmetic on hand-made attributions, and a run on dev data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.eval.polnear import Attribution, Tally, half_overlap, match_contents, read_polnear

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "polnear" / "dev.jsonl"


def attribution(source, cue, *content):
    return Attribution(tuple([source]) if source else (), (cue,), tuple(content))


def test_half_overlap_needs_half_of_each_side():
    assert half_overlap(((0, 10),), ((5, 10),))  # 5 of 10 and 5 of 5
    assert not half_overlap(((0, 10),), ((6, 30),))  # 4 of 10
    assert not half_overlap(((0, 10),), ((0, 30),))  # 10 of 30


def test_matching_is_one_to_one_largest_overlap_first():
    gold = [attribution((0, 3), (4, 8), (9, 40))]
    pred = [attribution((0, 3), (4, 8), (9, 30)), attribution((0, 3), (4, 8), (9, 40))]
    assert match_contents(gold, pred) == [(0, 1)]


def test_tally_metrics():
    gold = [
        attribution((0, 5), (6, 10), (11, 50)),  # found, right source
        attribution((60, 65), (66, 70), (71, 100)),  # found, wrong source
        attribution((110, 115), (116, 120), (121, 150)),  # missed
    ]
    pred = [
        attribution((0, 5), (6, 10), (11, 48)),
        attribution((200, 205), (66, 70), (71, 100)),
        attribution((300, 305), (306, 310), (311, 340)),  # spurious
    ]
    tally = Tally()
    tally.add(gold, pred)
    m = tally.metrics()
    assert m["matched"] == 2
    assert m["content"] == {"p": round(2 / 3, 4), "r": round(2 / 3, 4), "f1": round(2 / 3, 4)}
    assert m["source_accuracy"] == 0.5
    assert m["cue_accuracy"] == 1.0
    assert m["end_to_end"] == {"p": round(1 / 3, 4), "r": round(1 / 3, 4), "f1": round(1 / 3, 4)}
    # exact spans: sources (0,5) shared; cues (6,10) and (66,70); contents (71,100)
    assert m["exact_span"]["source"]["f1"] == round(1 / 3, 4)
    assert m["exact_span"]["cue"]["f1"] == round(2 / 3, 4)
    assert m["exact_span"]["content"]["f1"] == round(1 / 3, 4)


def test_gold_without_source_wants_none(tmp_path):
    gold = [Attribution((), ((0, 4),), ((5, 20),))]
    tally = Tally()
    tally.add(gold, [Attribution(((30, 33),), ((0, 4),), ((5, 20),))])
    assert tally.metrics()["source_accuracy"] == 0.0
    tally = Tally()
    tally.add(gold, [Attribution((), ((0, 4),), ((5, 20),))])
    assert tally.metrics()["source_accuracy"] == 1.0


def test_read_polnear_strips_white_space_of_segments(tmp_path):
    text = "Officials said  the port would reopen. "
    record = {"doc_id": "x", "text": text, "attributions": [{
        "id": "T1", "type": "Attribution",
        "source": [{"start": 0, "end": 9, "text": text[0:9]}],
        "cue": [{"start": 10, "end": 15, "text": text[10:15]}],
        "content": [{"start": 15, "end": 38, "text": text[15:38]}],
        "content_has_quote_mark": False}]}
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_polnear(path)
    assert article.attributions == [Attribution(((0, 9),), ((10, 14),), ((16, 38),))]


@pytest.mark.model
def test_command_scores_a_small_file(tmp_path):
    from newsgraph.cli import main

    text = "The mayor said that the port would reopen."
    record = {"doc_id": "x", "text": text, "attributions": [{
        "type": "Attribution", "source": [{"start": 0, "end": 9, "text": "The mayor"}],
        "cue": [{"start": 10, "end": 14, "text": "said"}],
        "content": [{"start": 15, "end": 41, "text": text[15:41]}]}]}
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "statements", "--polnear", str(path), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["content"]["f1"] == 1.0
    assert metrics["end_to_end"]["f1"] == 1.0
    assert metrics["exact_span"]["content"]["f1"] == 1.0


@pytest.mark.data
@pytest.mark.model
def test_scorer_on_first_dev_articles():
    if not DEV.exists():
        pytest.skip(f"{DEV} is not present")
    from newsgraph.eval.statements import evaluate_polnear

    metrics = evaluate_polnear(DEV, limit=20)
    assert metrics["articles"] == 20
    assert metrics["gold"] > 0 and metrics["predicted"] > 0
    for key in ("content", "end_to_end"):
        assert set(metrics[key]) == {"p", "r", "f1"}
    # well clear of the naive baseline (content F1 0.38 on all of dev), with margin for noise
    assert metrics["content"]["f1"] >= 0.45


@pytest.mark.model
def test_frozen_only_scores_only_the_frozen_documents(tmp_path):
    from newsgraph.cli import main
    from newsgraph.eval.splits import is_frozen_polnear

    assert is_frozen_polnear("doc2") and not is_frozen_polnear("doc0")
    text = "The mayor said that the port would reopen."
    gold = [{"type": "Attribution", "source": [{"start": 0, "end": 9, "text": "The mayor"}],
             "cue": [{"start": 10, "end": 14, "text": "said"}],
             "content": [{"start": 15, "end": 41, "text": text[15:41]}]}]
    records = [{"doc_id": "doc0", "text": text, "attributions": []},  # tune part: would cost precision
               {"doc_id": "doc2", "text": text, "attributions": gold}]
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "statements", "--polnear", str(path), "--frozen-only", "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["articles"] == 1 and metrics["content"]["f1"] == 1.0


@pytest.mark.model
def test_exclude_leaves_out_the_listed_documents(tmp_path):
    from newsgraph.cli import main

    text = "The mayor said that the port would reopen."
    gold = [{"type": "Attribution", "source": [{"start": 0, "end": 9, "text": "The mayor"}],
             "cue": [{"start": 10, "end": 14, "text": "said"}],
             "content": [{"start": 15, "end": 41, "text": text[15:41]}]}]
    records = [{"doc_id": "read-already", "text": text, "attributions": []},  # would cost precision
               {"doc_id": "never-read", "text": text, "attributions": gold}]
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    listing = tmp_path / "pages.txt"
    listing.write_text("# articles the developers have read\n\nread-already publisher\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "statements", "--polnear", str(path), "--exclude", str(listing),
                                       "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["articles"] == 1 and metrics["content"]["f1"] == 1.0
