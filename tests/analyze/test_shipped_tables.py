"""Every shipped table and model is read through one loader (``analyze/resources.py``): a broken install
fails the same clear way in each stage, an optional model is simply absent."""
import gzip
import importlib
import json
import pkgutil
import shutil
from pathlib import Path

import pytest

from newsgraph.analyze import gazetteer, resources
from newsgraph.analyze.actors import coding
from newsgraph.analyze.events import classifier, lexicon, realness, recall, recipients
from newsgraph.analyze.statements import cue_frames
from newsgraph.errors import ResourceMissing

#: caches in the analysis that hold nothing read from a table (a pure function of their argument)
PURE_MEMOS = {recall.nominal_verbs}


@pytest.fixture
def empty_install(monkeypatch, tmp_path):
    """The package with no data folder contents; every cached loader forgets what it read."""
    monkeypatch.setattr(resources, "_root", lambda: tmp_path)
    resources.clear()
    yield tmp_path
    resources.clear()


@pytest.fixture
def copied_install(monkeypatch, tmp_path):
    """A copy of the shipped tables the test may edit; every cached loader forgets what it read."""
    data = tmp_path / "data"
    shutil.copytree(Path(resources.__file__).parents[1] / "data", data,
                    ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    monkeypatch.setattr(resources, "_root", lambda: data)
    resources.clear()
    yield data
    resources.clear()


def test_every_cache_of_the_analysis_is_one_that_clear_forgets():
    modules = [importlib.import_module(module.name) for module in
               pkgutil.walk_packages(importlib.import_module("newsgraph.analyze").__path__, "newsgraph.analyze.")]
    kept = set(map(id, resources._KEPT))
    for found in modules:
        for name, value in vars(found).items():
            if hasattr(value, "cache_clear") and value.__module__ == found.__name__ and value not in PURE_MEMOS:
                assert id(value) in kept, f"{found.__name__}.{name} keeps a cache that resources.clear() misses"


def test_after_clear_a_changed_table_is_read_again(copied_install):
    classes = copied_install / "cue_classes.tsv"
    countries = copied_install / "countries.tsv"
    model = copied_install / realness.MODEL_FILE
    assert "surmise" not in cue_frames.cue_classes()
    assert coding.code_phrase("Freedonian officials").country is None
    threshold = realness.load().threshold
    classes.write_text(classes.read_text(encoding="utf-8") + "surmise\tbelief\n", encoding="utf-8")
    countries.write_text(countries.read_text(encoding="utf-8") + "Freedonian\tFRE\tadjective\n", encoding="utf-8")
    data = json.loads(gzip.decompress(model.read_bytes()))
    data["threshold"] = threshold / 2
    model.write_bytes(gzip.compress(json.dumps(data).encode("utf-8")))
    # kept until cleared ...
    assert "surmise" not in cue_frames.cue_classes()
    assert realness.load().threshold == threshold
    resources.clear()
    # ... then read again, and what was built from the old tables is forgotten with them
    assert cue_frames.cue_classes()["surmise"] == "belief"
    assert realness.load().threshold == threshold / 2
    assert coding.code_phrase("Freedonian officials").country == "FRE"


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


def test_a_shipped_model_is_built_with_the_file_it_came_from(empty_install):
    (empty_install / "toy_model.json").write_text(json.dumps({"weights": {"a": 1.0}}), encoding="utf-8")
    built = resources.shipped_model(lambda data, source: (data, source), "toy_model.json")
    assert built == ({"weights": {"a": 1.0}}, "newsgraph/data/toy_model.json")
