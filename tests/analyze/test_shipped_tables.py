"""Every shipped table and model is read through one loader (``analyze/resources.py``): a broken install
fails the same clear way in each stage, an optional model is simply absent."""
import gzip
import json

import pytest

from newsgraph.analyze import gazetteer, resources
from newsgraph.analyze.events import classifier, lexicon, realness, recipients
from newsgraph.errors import ResourceMissing

LOADERS = (realness.load, recipients.load, classifier.load, lexicon.load, gazetteer.load)


@pytest.fixture
def empty_install(monkeypatch, tmp_path):
    """The package with no data folder contents; every cached loader forgets what it read."""
    monkeypatch.setattr(resources, "_root", lambda: tmp_path)
    for load in LOADERS:
        load.cache_clear()
    yield tmp_path
    for load in LOADERS:
        load.cache_clear()


def test_a_missing_required_table_names_itself_and_the_fix(empty_install):
    for load, filename in ((realness.load, realness.MODEL_FILE), (recipients.load, recipients.MODEL_FILE),
                           (gazetteer.load, "gazetteer.tsv.gz")):
        with pytest.raises(ResourceMissing, match=f"newsgraph/data/{filename} is missing; reinstall"):
            load()
    with pytest.raises(FileNotFoundError, match="scripts/build_event_lexicon.py"):
        lexicon.load()


def test_an_optional_model_that_is_absent_is_none(empty_install):
    assert classifier.load() is None  # the event patterns run alone


def test_gzipped_and_plain_tables_read_alike(empty_install):
    (empty_install / "weights.json.gz").write_bytes(gzip.compress(json.dumps({"bias": 0.5}).encode("utf-8")))
    (empty_install / "words.txt").write_text("# a comment\nalpha\tbeta\n\ngamma\tdelta\n", encoding="utf-8")
    assert resources.exists("weights.json.gz") and not resources.exists("other.json")
    assert resources.json_table("weights.json.gz") == {"bias": 0.5}
    assert resources.read("words.txt").splitlines()[1] == "alpha\tbeta"
