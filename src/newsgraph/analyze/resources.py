"""One loader for the tables shipped in ``newsgraph/data`` (read once per process, then cached).

Every stage that reads a shipped table goes through here, so a missing or damaged install fails the
same way everywhere (``errors.ResourceMissing``, naming the file and how to fix it). What a stage
builds from a table or model and keeps (a parsed model, a word set, phrases coded with a table) it
keeps through ``cached``, so that ``clear()`` forgets all of it at once: tests that swap tables, a
long-lived process after an upgrade.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from functools import lru_cache
from importlib import resources as _pkg
from importlib.resources.abc import Traversable
from typing import Any, Optional, TypeVar

from newsgraph.errors import ResourceMissing
from newsgraph.model import STATEMENT_FRAMES

PACKAGE = "newsgraph.data"
Loader = TypeVar("Loader", bound=Callable)
Model = TypeVar("Model")
#: every cache ``cached`` made, in the order the modules that keep them were imported
_KEPT: list = []


def cached(maxsize: Optional[int] = 1) -> Callable[[Loader], Loader]:
    """``functools.lru_cache(maxsize)`` for what is read or built from shipped tables and models, whose
    cache ``clear()`` empties too."""
    def keep(function: Loader) -> Loader:
        kept = lru_cache(maxsize=maxsize)(function)
        _KEPT.append(kept)
        return kept  # type: ignore[return-value]
    return keep


def _root() -> Traversable:
    """Where the shipped tables are (tests point it elsewhere to play a broken install)."""
    return _pkg.files(PACKAGE)


def exists(filename: str) -> bool:
    """Whether the package ships ``filename`` (optional tables: a model a stage can run without)."""
    return _root().joinpath(filename).is_file()


def read(filename: str) -> str:
    """The text of a shipped table read now, not kept (``.gz`` files are decompressed): for data a
    caller parses once and keeps, such as a model or the gazetteer."""
    path = _root().joinpath(filename)
    if not path.is_file():
        raise ResourceMissing(filename)
    data = path.read_bytes()
    if filename.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def json_table(filename: str) -> Any:
    """A shipped JSON file (a learned model's weights), parsed now, not kept."""
    return json.loads(read(filename))


def shipped_model(model: Callable[[Any, str], Model], filename: str) -> Model:
    """``model`` built from the shipped JSON file ``filename`` (``json_table``), told where its data came
    from, so that a model trained for other features names the file it refuses."""
    return model(json_table(filename), f"newsgraph/data/{filename}")


@cached(maxsize=None)
def text(filename: str) -> str:
    """The text of a shipped table, read once per process and kept."""
    return read(filename)


def read_tsv(filename: str) -> list[list[str]]:
    """The rows of a tab-separated table, comment lines ("#") and blank lines left out."""
    return _rows(filename)


@cached(maxsize=None)
def _rows(filename: str) -> list[list[str]]:
    return [line.split("\t") for line in text(filename).splitlines() if line and not line.startswith("#")]


@cached()
def country_codes() -> frozenset[str]:
    """Every ISO 3166 alpha-3 code the country table knows (and KOS, PLOVER's Kosovo)."""
    return frozenset(r[1] for r in read_tsv("countries.tsv")) | {"KOS"}


@cached()
def speech_verbs() -> frozenset[str]:
    """The shipped speech and reporting verbs (``cue_verbs.txt``, lemmas): the statements' cue verbs,
    and what makes a subject a speaker for the actor stage."""
    return frozenset(line.strip().lower() for line in text("cue_verbs.txt").splitlines()
                     if line.strip() and not line.startswith("#"))


@cached()
def spoken_cue_lemmas() -> frozenset[str]:
    """The cue words that report words said or written: the speech verbs and the lemmas the cue class
    table (``cue_classes.tsv``) gives the speech or writing frame ("expressed", "praise", "reported")."""
    return speech_verbs() | frozenset(lemma for lemma, frame in cue_classes().items() if frame in ("speech", "writing"))


@cached()
def cue_classes() -> dict[str, str]:
    """lemma -> statement frame (``cue_classes.tsv``): what a cue word reports."""
    classes = {}
    for number, line in enumerate(read("cue_classes.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, frame = line.split("\t")
        if frame not in STATEMENT_FRAMES:
            raise ValueError(f"cue_classes.tsv line {number}: unknown frame {frame!r}")
        classes[lemma] = frame
    return classes


@cached()
def people_nouns() -> frozenset[str]:
    """Nouns for people that hold no title (``people_nouns.txt``): "attendees", "men", "critics"."""
    return frozenset(w.lower() for line in text("people_nouns.txt").splitlines()
                     if not line.startswith("#") for w in line.split())


@cached()
def first_name_genders() -> dict[str, str]:
    """Given names (lower case) -> "f" or "m", the gender they mark (``first_names.tsv``)."""
    return {row[0]: row[1] for row in read_tsv("first_names.tsv") if len(row) == 2}


def clear() -> None:
    """Forget every loaded table and model, and all that was built from them (tests that swap tables,
    long-lived processes after an upgrade)."""
    for kept in _KEPT:
        kept.cache_clear()
