"""Every module of newsgraph imports by its dotted path, and the documented calls still work.

``import a.b.c as m`` finds ``b`` as an attribute of ``a``: a function bound over a package's
attribute of the same name (``newsgraph.analyze``, ``newsgraph.extract``, ``actors.scenery``) once
made such imports fail or yield the function."""
from __future__ import annotations

import inspect
import pkgutil
import sys

import newsgraph
from newsgraph import extract as extract_package
from newsgraph import pipeline
from newsgraph.model import RawDocument


def _dotted_import(name: str):
    namespace: dict = {}
    exec(f"import {name} as imported", namespace)  # the statement itself is what is tested
    return namespace["imported"]


def _modules(package) -> list[str]:
    return [info.name for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + ".")]


def test_every_module_imports_by_dotted_path():
    names = _modules(newsgraph)
    assert {"newsgraph.analyze.events", "newsgraph.analyze.statements.quote_tags",
            "newsgraph.analyze.actors.scenery", "newsgraph.analyze.events.said_of",
            "newsgraph.extract.html"} <= set(names)
    for name in names:
        assert _dotted_import(name) is sys.modules[name], name


def test_the_documented_calls_and_the_subpackages_are_one_object():
    from newsgraph import analyze, extract

    assert analyze is newsgraph.analyze is sys.modules["newsgraph.analyze"] and callable(analyze)
    assert extract is newsgraph.extract is sys.modules["newsgraph.extract"] and callable(extract)
    assert {"analyze", "extract"} <= set(newsgraph.__all__)


def test_the_calls_take_what_the_functions_take():
    assert inspect.signature(newsgraph.analyze).parameters.keys() == inspect.signature(
        pipeline.analyze).parameters.keys()
    assert inspect.signature(newsgraph.extract).parameters.keys() == inspect.signature(
        extract_package.extract).parameters.keys()


def test_the_package_calls_run_the_functions():
    assert newsgraph.analyze("   ", published="2024-05-08").statements == []
    article = newsgraph.extract(RawDocument(content="The port reopened on Monday.", source="t.txt", kind="text"))
    assert article.text == "The port reopened on Monday."
