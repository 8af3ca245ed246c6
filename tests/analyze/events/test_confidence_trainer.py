"""scripts/train_confidence.py's folds, families and threshold rule, on invented rows: a document goes to the
fold of the label source most of its rows came from, the model reads only its families, and the threshold is
the highest that loses at most the allowed share of the fully right events of the default view."""
from __future__ import annotations

import pytest

from scripts_module import load_script


@pytest.fixture(scope="module")
def trainer():
    return load_script("train_confidence")


def _row(page: str, source: str, fully: str = "Y", real: str = "Y", asserted: bool = True, kept: bool = True,
         features: dict | None = None) -> dict:
    return {"page": page, "asserted": asserted, "kept": kept, "features": features or {"bias": 1.0},
            "label": {"source": source, "fully": fully, "real": real}}


def test_label_sources_are_batches_of_documents(trainer):
    assert [trainer.source_group(s) for s in ("s10base11", "s10c11", "s11c13", "s12d15", "evlab11", "evlab15",
                                              "cal13", "evactor-after")] == [
        "set10", "set10", "set11", "set12", "evlab11", "evlab15", "hunt13", "hunt13"]


def test_a_document_goes_to_the_source_most_of_its_rows_came_from(trainer):
    rows = [_row("a", "cal13"), _row("a", "evactor-after"), _row("a", "s10base11"), _row("b", "evlab15")]
    fold = trainer.source_folds(rows)
    assert [fold(r) for r in rows] == ["hunt13", "hunt13", "hunt13", "evlab15"]


def test_the_model_reads_only_its_families(trainer):
    rows = [_row("a", "evlab11", features={"bias": 1.0, "realness": 0.7, "type=ACCUSE": 1.0,
                                           "recipient_via=dobj": 1.0, "recipient_words=name": 1.0})]
    kept = trainer.keep_families(rows, ("realness", "recipient_via="))
    assert kept[0]["features"] == {"bias": 1.0, "realness": 0.7, "recipient_via=dobj": 1.0}
    assert rows[0]["features"]["type=ACCUSE"] == 1.0  # the input rows are left as they were


def test_the_threshold_loses_at_most_the_allowed_share_of_the_default_views_fully_right(trainer):
    # ten fully right events of the default view at 0.1 .. 1.0; a wrong one at 0.05; a hypothetical one (not in
    # the default view) that would count otherwise
    rows = [_row(f"p{k}", "evlab11") for k in range(10)] + [_row("q", "evlab11", fully="N", real="N"),
                                                            _row("r", "evlab11", asserted=False)]
    probability = [0.1 * (k + 1) for k in range(10)] + [0.05, 0.99]
    shown = trainer.default_view(rows)
    assert shown == list(range(11))
    view = [rows[k] for k in shown], [probability[k] for k in shown]
    assert trainer.choose_threshold(*view, 0.2) == 0.3  # loses the events at 0.1 and 0.2: 2 of 10
    counts = trainer.at_threshold(rows, probability, 0.3)
    assert counts == {"events": 11, "shown": 8, "fully_right": 8, "fully_right_all": 10, "real": 8, "real_all": 10,
                      "real_hidden": 2, "fully_right_lost": 2}


def test_each_released_set_is_scored_at_a_threshold_read_off_the_other_sources_only(trainer):
    pytest.importorskip("sklearn")
    # four batches; an event with the invented feature "good" is fully right in all but one row of each batch
    rows = []
    for source, page in (("evlab11", "e1"), ("evlab15", "e2"), ("s10base11", "t1"), ("s11base12", "t2")):
        for k in range(10):
            good = k < 6
            fully = "Y" if good and k != 0 else "N"
            rows.append(_row(f"{page}-{k}", source, fully=fully, features={"bias": 1.0, **({"good": 1.0} if good else {})}))
    out = trainer.leave_sets_out(rows, 1.0, trainer.MAX_LOSS)
    assert sorted(out) == ["set10", "set11"]  # only the released sets are left out; the evlab batches always train
    for threshold, counts in out.values():
        assert threshold in trainer.THRESHOLDS
        assert counts["events"] == 10 and counts["fully_right_all"] == 5
        assert counts["shown"] == 6 and counts["fully_right"] == 5  # the six "good" events pass, the others not
