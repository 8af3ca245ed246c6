"""`newsgraph eval events`: readers and scores on small files of our own writing, and a smoke run
of the command on ../shared/data (marked ``data``)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsgraph.eval.events import class_report, read_cameo_classes, read_cameo_ner, read_ngec, span_scores
from newsgraph.eval.splits import is_frozen_sentence
from seed_story import SHARED

DATA = SHARED / "data"


def test_read_cameo_classes(tmp_path):
    path = tmp_path / "classes.tsv"
    path.write_text("Norway urged calm.\t3\nBad line without a class\nTroops shelled a village.\t4\n", encoding="utf-8")
    assert read_cameo_classes(path) == [("Norway urged calm.", 3), ("Troops shelled a village.", 4)]


def test_read_cameo_ner_spans(tmp_path):
    path = tmp_path / "ner.txt"
    path.write_text("Finnish B-S\nguards I-S\nfreed O\nthe B-T\nsailors I-T\n. O\n\n"
                    "Chile B-R\nand I-R\nPeru I-R\nmet O\n. O\n", encoding="utf-8")
    first, second = read_cameo_ner(path)
    assert first.text == "Finnish guards freed the sailors ."
    assert [first.text[a:b] for a, b in first.sources] == ["Finnish guards"]
    assert [first.text[a:b] for a, b in first.targets] == ["the sailors"]
    assert [second.text[a:b] for a, b in second.sources] == ["Chile and Peru"]
    assert [second.text[a:b] for a, b in second.targets] == ["Chile and Peru"]


def test_read_ngec_sample_is_fixed(tmp_path):
    path = tmp_path / "stories.csv"
    rows = "".join(f'"Story number {i} about a protest.",PROTEST,T{i}\n' for i in range(10))
    path.write_text("text,label,title\n" + rows, encoding="utf-8")
    sample = read_ngec(path, 3)
    assert len(sample) == 3 and sample == read_ngec(path, 3)
    assert len(read_ngec(path, None)) == 10


def test_frozen_split_is_a_stable_third():
    sentences = [f"Minister {i} met envoy {i * 7} in the capital." for i in range(2000)]
    frozen = [s for s in sentences if is_frozen_sentence(s)]
    assert 580 < len(frozen) < 760
    assert is_frozen_sentence("  Minister 3   met envoy 21 in the capital. ") == is_frozen_sentence(sentences[3])


def test_class_report():
    report = class_report([1, 1, 2, 0], [1, 2, 2, 0])
    assert report["accuracy"] == 0.75
    assert report["per_class"][1] == {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2}
    assert report["per_class"][2]["precision"] == 0.5
    assert report["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1.0) / 3)


def test_span_scores_overlap_and_exact():
    scores = span_scores([([(0, 10), (20, 25)], [(0, 12)]), ([], [(3, 5)])])
    assert scores["overlap"]["precision"] == 0.5
    assert scores["overlap"]["recall"] == 0.5
    assert scores["exact"]["precision"] == 0.0


@pytest.mark.model
@pytest.mark.data
@pytest.mark.skipif(not (DATA / "ngec-synthetic").exists(), reason="../shared/data is not beside this checkout")
def test_command_runs_on_the_synthetic_stories():
    from newsgraph.cli import main

    result = CliRunner().invoke(main, ["eval", "events", "--data", str(DATA), "--only", "types",
                                       "--ngec-limit", "5", "--json"])
    assert result.exit_code == 0, result.output
    import json

    types = json.loads(result.output)["types"]
    assert types["n"] == 5 and 0.0 <= types["accuracy"] <= 1.0
