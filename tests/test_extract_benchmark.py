"""The extraction benchmark's metric, and newsgraph's score on ../shared/data/articles-dev."""
from pathlib import Path

import pytest

from newsgraph.eval.extraction import MethodScore, PageScore, evaluate, score_page, shingles

DATA = Path(__file__).parents[1] / ".." / "shared" / "data" / "articles-dev"


@pytest.mark.parametrize("text, expected", [
    ("", {}),
    ("one two", {"one two": 1}),  # fewer than 4 tokens: one shingle of all of them
    ("a b c d", {"a b c d": 1}),
    ("a b, c d e", {"a b c d": 1, "b c d e": 1}),  # punctuation is not a token
    ("x y z w x y z w", {"x y z w": 2, "y z w x": 1, "z w x y": 1, "w x y z": 1}),
])
def test_shingles_are_word_4gram_multisets(text, expected):
    assert dict(shingles(text)) == expected


@pytest.mark.parametrize("gold, predicted, precision, recall", [
    ("a b c d e", "a b c d e", 1.0, 1.0),
    ("a b c d e", "a b c d", 1.0, 0.5),
    ("a b c d", "a b c d e f", 1 / 3, 1.0),
    ("a b c d", "", None, 0.0),
    ("a b c d", None, None, 0.0),
    ("", "", None, 1.0),
])
def test_page_precision_and_recall(gold, predicted, precision, recall):
    score = score_page("p", gold, predicted)
    assert (score.precision, score.recall) == (precision, recall)


def test_precision_averaged_over_non_empty_predictions_recall_over_all():
    score = MethodScore("m", [PageScore("a", 1.0, 1.0), PageScore("b", 0.5, 0.5), PageScore("c", None, 0.0)])
    assert score.precision == 0.75
    assert score.recall == 0.5
    assert score.f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert score.empty == 1


@pytest.mark.data
@pytest.mark.skipif(not (DATA / "ground-truth.json").is_file(), reason="../shared/data/articles-dev is absent")
def test_newsgraph_reaches_trafilatura_level_on_articles_dev():
    [score] = evaluate(DATA, ["newsgraph"])
    assert len(score.pages) == 91
    assert score.f1 >= 0.965
