"""scripts/training.py, what the model trainers share: the written model reads back as the runtime reads
shipped models, with the same bytes each time; page folds never split a page; a fitted model read back
by ``learned.ThresholdModel`` gives the probabilities the fit predicts. Every feature here is invented."""
from __future__ import annotations

import gzip

import pytest

from newsgraph.analyze.events.learned import ThresholdModel
from scripts_module import load_script


def training():
    return load_script("training")


def test_written_model_reads_back_with_the_same_bytes_each_time(tmp_path):
    payload = {"weights": {"b": 0.5, "a": -1.0}, "features": "toy/v1", "threshold": 0.3}
    first, second = tmp_path / "one.json.gz", tmp_path / "two.json.gz"
    training().write_model(payload, first)
    training().write_model(dict(reversed(payload.items())), second)
    assert first.read_bytes() == second.read_bytes()
    assert gzip.decompress(first.read_bytes()) == b'{"features":"toy/v1","threshold":0.3,"weights":{"a":-1.0,"b":0.5}}'


def test_page_folds_deal_sorted_pages_round_robin():
    rows = [{"page": p} for p in ("c", "a", "b", "a", "d", "c")]
    fold = training().page_fold(rows, 3)
    assert [fold(r) for r in rows] == [2, 0, 1, 0, 0, 2]


def test_scaled_standardises_only_the_scaled_features():
    assert training().scaled({"n": 3.0, "kind=x": 1}, {"n": [1.0, 2.0]}) == {"n": 1.0, "kind=x": 1}


def test_fitted_model_read_back_predicts_what_the_fit_predicts():
    pytest.importorskip("sklearn")
    module = training()
    rows = [{"features": {"kind=war": 1, "size": float(k)}} for k in range(6)]
    rows += [{"features": {"kind=talk": 1, "size": float(k)}} for k in range(6)]
    labels = [True] * 5 + [False] + [False] * 5 + [True]
    fitted = module.fit(rows, labels, 1.0, ("size",))
    vectorizer, model, scale = fitted
    data = {"features": "toy/v1", "weights": module.fitted_weights(vectorizer, model), "scale": scale,
            "intercept": round(float(model.intercept_[0]), 4), "threshold": 0.5}
    shipped = ThresholdModel(data, "toy/v1", "toy.json.gz", "scripts/toy.py")
    for row, p in zip(rows, module.predict(fitted, rows)):
        assert shipped.probability(row["features"]) == pytest.approx(p, abs=1e-3)
