"""The offline gazetteer: countries, first-level regions and cities from GeoNames, with alternate names.

The table ``data/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py`` from PyPI packages and
shipped with newsgraph; nothing is fetched at run time. It is read once per process (``load``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze import resources as tables

# Feature codes, most general first; a country outranks a region of the same name, which outranks a city
# only when the words around the name say so (see places.py).
FEATURE_RANK = {"PCLI": 3, "ADM1": 2, "PPLC": 1, "PPL": 0}


@dataclass(frozen=True)
class GazetteerEntry:
    geonameid: int
    name: str  # preferred name
    feature: str  # PCLI, ADM1, PPLC, PPL
    country: str  # ISO 3166 alpha-3
    admin1: str  # GeoNames admin1 code ("UA.14"), "" for countries
    lat: Optional[float]
    lon: Optional[float]
    population: int


def fold(name: str) -> str:
    """The lookup key of a name: accents and case dropped, apostrophes and dots unified."""
    name = name.replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().replace(".", "").replace("-", " ").split())


class Gazetteer:
    """Name lookups over the shipped table."""

    #: the longest name looked up, in words (longer runs of proper names are read in parts)
    max_words = 6

    def __init__(self, entries: list[GazetteerEntry], names: dict[str, list[GazetteerEntry]]):
        self.entries = entries
        self._names = names
        self._by_id = {e.geonameid: e for e in entries}
        self._countries = {e.country: e for e in entries if e.feature == "PCLI"}

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Every place called ``name`` (any spelling the table knows), in no particular order."""
        return tuple(self._names.get(fold(name), ()))

    def country(self, iso3: str) -> Optional[GazetteerEntry]:
        return self._countries.get(iso3)

    def by_id(self, geonameid: int) -> Optional[GazetteerEntry]:
        return self._by_id.get(geonameid)


def parse(lines) -> Gazetteer:
    """A Gazetteer from the table's lines (see scripts/build_gazetteer.py for the columns)."""
    entries: list[GazetteerEntry] = []
    names: dict[str, list[GazetteerEntry]] = {}
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 9:
            continue
        entry = GazetteerEntry(
            geonameid=int(cols[0]), name=cols[7], feature=cols[1], country=cols[2], admin1=cols[3],
            lat=float(cols[4]) if cols[4] else None, lon=float(cols[5]) if cols[5] else None,
            population=int(cols[6] or 0),
        )
        entries.append(entry)
        for key in cols[8].split("|"):  # unique per entry (the build folds and dedupes them)
            bucket = names.get(key)
            if bucket is None:
                names[key] = [entry]
            else:
                bucket.append(entry)
    return Gazetteer(entries, names)


@tables.cached()
def load() -> Gazetteer:
    """The shipped gazetteer, read once per process (about half a second)."""
    return parse(tables.read("gazetteer.tsv.gz").splitlines(keepends=True))
