"""Build the shipped actor knowledge base ``src/newsgraph/data/actor_kb.tsv.gz``.

Sources (facts only: names, codes, dates; every row keeps its source):

- PETRARCH2's Phoenix dictionaries (MIT, Open Event Data Alliance): ``Phoenix.Countries.actors.txt``
  (people and state bodies by country, with dated roles), ``Phoenix.International.actors.txt`` (IGOs,
  NGOs, multinational companies), ``Phoenix.MilNonState.actors.txt`` (armed groups) and
  ``Phoenix.agents.txt`` (common nouns -> roles: "police" COP, "thieves" CRM);
- Wikidata heads of state and government as of October 2022 (CC0), ``world-leaders/wikidata.csv``;
- ``scripts/actor_kb_additions.tsv``: a few dated roles after 2015 written by us from the public
  record (they close the dictionaries' open-ended roles, e.g. Barack Obama's presidency);
- ``scripts/actor_kb_organizations.tsv``: widely known companies, news outlets and state agencies with
  their country and sector, written by us (each row names its source, see the table's header). For its
  names it wins over the dictionaries' organisations (which give many outlets no country).

CAMEO role codes become PLOVER sectors through ``src/newsgraph/data/cameo_sectors.tsv``.

    python scripts/build_actor_kb.py --data ../shared/data

Output: one row per name (lower case) and entity, gzip with mtime 0 (the same input gives the same bytes):
``name  entity  canonical  kind  roles  source`` where ``roles`` is ``;``-separated
``COUNTRY/SECTOR/START/END/CAMEO`` (ISO dates, empty when open) and kind is person | organization |
group | agent | agent-plural. An agent row has no country: the sector a common noun names.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))  # shipped.py, also when loaded by path

from newsgraph.analyze.resources import country_codes, read_tsv  # noqa: E402
from shipped import write_tsv_gzip  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "data" / "actor_kb.tsv.gz"
ADDITIONS = ROOT / "scripts" / "actor_kb_additions.tsv"
ORGANIZATIONS = ROOT / "scripts" / "actor_kb_organizations.tsv"
_CODE = re.compile(r"\[([^\]]*)\]")
#: words that make a dictionary entry an institution or group rather than a person
INSTITUTION_WORDS = frozenset("""army forces force navy police ministry ministries party council parliament
assembly congress senate court government administration front movement organization organisation
union league brigade brigades committee commission agency bank office department guard guards
front militia militias group authority authorities cabinet presidency regime institute university
company corporation corp inc ltd co association federation network services service bureau""".split())
COMPANY_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.",
                              "plc", "company", "group", "holdings", "sa", "ag", "nv", "llc", ".com"})


def cameo_sectors() -> dict[str, str]:
    return {r[0]: r[1] for r in read_tsv("cameo_sectors.tsv")}


def parse_date(text: str) -> str:
    """yymmdd (two-digit years: 00-30 are 20xx) or yyyymmdd -> ISO; '' for what does not parse."""
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        y, m, d = text[:4], text[4:6], text[6:]
    elif re.fullmatch(r"\d{6}", text):
        yy = int(text[:2])
        y, m, d = str(2000 + yy if yy <= 30 else 1900 + yy), text[2:4], text[4:]
    else:
        return ""
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return ""
    return f"{y}-{m}-{d}"


#: ISO 3166-1 alpha-3 codes withdrawn with their states (the Soviet Union, Yugoslavia, Czechoslovakia, East
#: Germany, Serbia and Montenegro, Zaire): a state of the past in the country's place, no role ("SUN" is also
#: the Sunni role code, REL: "SUNGOV" is a Soviet government body, not a Sunni one)
FORMER_STATES = frozenset({"SUN", "YUG", "CSK", "DDR", "SCG", "ZAR"})


def parse_role(code: str, sectors: dict, countries: set) -> tuple | None:
    """``USAGOV 090120-170120`` -> (country, sector, start, end, cameo); None when uncodable."""
    parts = code.split()
    if not parts:
        return None
    cameo = parts[0].lstrip("~")
    start = end = ""
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = parse_date(rng[1:])
        elif rng.startswith("<"):
            end = parse_date(rng[1:])
        elif "-" in rng:
            a, _, b = rng.partition("-")
            start, end = parse_date(a), parse_date(b)
            if not start or not end:
                return None
    chunks = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
    if chunks and chunks[0] in FORMER_STATES and chunks[0] not in countries:
        chunks.pop(0)  # the state of the past takes the country's place and gives none
    country = None
    if chunks and chunks[0] in countries:
        country = chunks.pop(0)
    roles = [c for c in chunks if c in sectors]
    others = [c for c in chunks if c in countries]
    if chunks and chunks[0] in ("MNC", "NGO") and others and country is None:
        country = others[0]  # "MNCUSA": a company of the US, "NGOUSAHRI" a US rights group (after IMG come
        # religions: "IMGMUS" is no Mauritius)
    if not roles:
        return (country, None, start, end, cameo) if country else None
    sector = sectors[roles[0]]  # the primary role: "MNCUSAMED" (Google) is a business, "MED" alone the media
    if roles[:2] == ["GOV", "LEG"]:
        sector = sectors["LEG"]  # "USAGOVLEG": the legislature's leaders and speakers (Harry Reid, John
        # Boehner), members of the legislature (PLOVER LEG); "GOVBUS", "GOVMIL" stay ministers (GOV)
    return country, sector, start, end, cameo


def display(headword: str) -> str:
    words = headword.strip("_ ").replace("_", " ").split()
    return " ".join(w if any(c == "." for c in w) and len(w) <= 5 else w.capitalize() for w in words)


def normal(name: str) -> str:
    """The key a name is looked up by (``kb.normal_name`` does the same at run time)."""
    name = name.replace("_", " ").replace("’", "'").replace("-", " ").lower()
    name = re.sub(r"\s+", " ", name).strip(" ,")
    if name.startswith("the "):
        name = name[4:]
    return name


def read_dictionary(path: Path, short: str, sectors: dict, countries: set):
    """Entries of a TABARI/PETRARCH actor file: (line, headword, synonyms, roles)."""
    entry = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            if entry and entry[3]:
                yield entry
            entry = None
            continue
        codes = _CODE.findall(line)
        body = _CODE.sub("", line).strip()
        if raw[:1] in ("\t", " ") and not body:
            if entry is not None:
                entry[3].extend(r for r in (parse_role(c, sectors, countries) for c in codes) if r)
            continue
        if body.startswith("+"):
            if entry is not None:
                entry[2].append(body[1:].strip())
            continue
        if entry and entry[3]:
            yield entry
        entry = (f"{short}:{n}", body, [], [r for r in (parse_role(c, sectors, countries) for c in codes) if r])
    if entry and entry[3]:
        yield entry


def kind_of(headword: str, roles: list, international: bool) -> str:
    words = set(normal(headword).split())
    if words & INSTITUTION_WORDS or international or any(r[4][:3] in ("IMG", "IGO", "NGO", "MNC") for r in roles):
        return "organization"
    if all(r[1] is None for r in roles):
        return "place"  # a city or region filed under its country ("Herat"): never an actor name
    return "person"


def aliases(headword: str, synonyms: list, kind: str, roles: list) -> list[str]:
    names = [normal(headword)] + [normal(s) for s in synonyms]
    if kind == "organization" and any(r[4].startswith("MNC") for r in roles):
        for name in list(names):  # "Apple Inc" is also "Apple"
            words = name.split()
            if len(words) > 1 and words[-1].rstrip(".") in {s.rstrip(".") for s in COMPANY_SUFFIXES}:
                names.append(" ".join(words[:-1]).rstrip(","))
            elif name.endswith(".com"):
                names.append(name[:-4])
    return [n for n in dict.fromkeys(names) if n and len(n) > 1]


#: agents whose CAMEO code PLOVER's manual overrides: its CVL sector is "civilians, protesters, activists"
#: (OPP only for the opposition's own and anti-government activists, which keep their longer entries)
PLOVER_AGENTS = {"protester": "CVL", "protesters": "CVL", "demonstrator": "CVL", "demonstrators": "CVL",
                 "activist": "CVL", "activists": "CVL"}


#: agent words whose sense in news is mostly not the dictionary's: "the carrier" is an airline or a
#: telecom company far more often than a warship ("aircraft carrier" keeps its own entry)
#: and "employee" (CAMEO LAB) is of whoever employs them (a campaign's, a company's, an agency's): PLOVER's
#: LAB is organised labour, which an employee named as such is not
NOT_AGENTS = frozenset({"carrier", "carriers", "employee", "employees"})


def agent_rows(path: Path, sectors: dict):
    macros: dict[str, list[str]] = {}
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"(!\w+!)\s*=\s*(.*)", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        codes = _CODE.findall(line)
        if not codes:
            continue
        plural = re.search(r"\{([^}]*)\}", line)
        body = re.sub(r"\{[^}]*\}", "", _CODE.sub("", line)).strip()
        forms = [(body, "agent")] + ([(plural.group(1).strip(), "agent-plural")]
                                     if plural and plural.group(1).strip() else [])
        role = parse_role(codes[0], sectors, set())
        if role is None or role[1] is None:
            continue
        for form, kind in forms:
            expanded = [form]
            for macro, words in macros.items():
                if macro in form:
                    expanded = [e.replace(macro, w) for e in expanded for w in words]
            for e in expanded:
                name = normal(e)
                if name in NOT_AGENTS:
                    continue
                if name in PLOVER_AGENTS:
                    yield name, kind, (None, PLOVER_AGENTS[name], "", "", role[4] + ">plover"), f"agents:{n}"
                else:
                    yield name, kind, role, f"agents:{n}"


def wikidata_rows(path: Path, countries_by_name: dict):
    """Heads of state and government. An office held ex officio in another country (Andorra's French
    co-prince) or a monarch's other realms would code the person to the wrong country: one office
    holder with several countries keeps the first country in the file's order that is not such."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    home: dict[str, str] = {}
    for row in rows:
        iso3 = countries_by_name.get(row["country"])
        if iso3 and "co-prince" not in row["positionLabel"].lower():
            if row["positionLabel"].lower().startswith("monarch of the united kingdom"):
                home[row["officeholder"]] = iso3
            home.setdefault(row["officeholder"], iso3)
    for row in rows:
        iso3 = countries_by_name.get(row["country"])
        if iso3 is None or home.get(row["officeholder"]) != iso3:
            continue
        start = f"{row['start_year']}-01-01" if row["start_year"] else ""
        end = f"{row['end_year']}-12-31" if row["end_year"] else ""
        yield (row["officeholderLabel"], iso3, start, end, row["positionLabel"], row["officeholder"])


WIKIDATA_COUNTRIES = {"United States of America": "USA", "People's Republic of China": "CHN",
                      "Kingdom of Denmark": "DNK", "Kingdom of the Netherlands": "NLD",
                      "Republic of Ireland": "IRL", "Republic of the Congo": "COG",
                      "Democratic Republic of the Congo": "COD", "State of Palestine": "PSE",
                      "The Bahamas": "BHS", "The Gambia": "GMB", "Vatican City": "VAT", "East Timor": "TLS",
                      "Ivory Coast": "CIV", "Federated States of Micronesia": "FSM", "Eswatini": "SWZ",
                      "Republic of Abkhazia": "GEO", "South Ossetia": "GEO", "Transnistria": "MDA",
                      "Republic of Artsakh": "AZE", "Turkish Republic of Northern Cyprus": "CYP",
                      "Somaliland": "SOM", "Sahrawi Arab Democratic Republic": "MAR",
                      "Republika Srpska": "BIH", "Kosovo": "KOS", "North Macedonia": "MKD"}


def build(data: Path) -> list[tuple]:
    sectors = cameo_sectors()
    names = {r[0]: r[1] for r in read_tsv("countries.tsv") if r[2] == "name"}
    countries = country_codes() | {"KOS"}
    dic = data / "dictionaries"
    entities: dict[str, dict] = {}  # entity id -> {canonical, kind, roles, aliases}
    for fname, short, intl in (("Phoenix.Countries.actors.txt", "phoenix-countries", False),
                               ("Phoenix.International.actors.txt", "phoenix-international", True),
                               ("Phoenix.MilNonState.actors.txt", "phoenix-milnonstate", True)):
        for eid, head, syns, roles in read_dictionary(dic / fname, short, sectors, countries):
            kind = kind_of(head, roles, intl)
            if kind == "place":
                continue
            roles = [r for r in roles if r[1] is not None or kind != "person"]
            entities[eid] = {"canonical": display(head), "kind": kind, "roles": roles,
                             "aliases": aliases(head, syns, kind, roles)}
    by_alias: dict[tuple, str] = {}
    for eid, e in entities.items():
        for a in e["aliases"]:
            for r in e["roles"]:
                by_alias.setdefault((a, r[0]), eid)
    wd_names = {**names, **WIKIDATA_COUNTRIES}
    for name, iso3, start, end, position, qid in wikidata_rows(data / "world-leaders" / "wikidata.csv", wd_names):
        role = (iso3, "GOV", start, end, f"wikidata:{position}")
        eid = by_alias.get((normal(name), iso3))
        if eid is not None and not entities[eid]["canonical"].startswith("Wikidata"):
            entities[eid]["roles"].append(role)
            continue
        eid = f"wikidata:{qid}"
        if eid in entities:
            entities[eid]["roles"].append(role)
        else:
            entities[eid] = {"canonical": name, "kind": "person", "roles": [role], "aliases": [normal(name)]}
            by_alias[(normal(name), iso3)] = eid
    for n, row in enumerate(read_lines(ADDITIONS), 1):
        alias_list, iso3, sector, start, end = row[:5]
        names_ = [normal(a) for a in alias_list.split("|")]
        eid = next((by_alias[(a, iso3)] for a in names_ if (a, iso3) in by_alias
                    and entities[by_alias[(a, iso3)]]["kind"] == "person"), None)  # not "Harris Corporation"
        role = (iso3, sector, start, end, "additions")
        if eid is None:
            eid = f"additions:{n}"
            entities[eid] = {"canonical": alias_list.split("|")[0], "kind": "person", "roles": [], "aliases": []}
            for a in names_:
                by_alias[(a, iso3)] = eid
        e = entities[eid]
        # the addition closes an open-ended dictionary role of the same office that began before it or,
        # when the addition ends, during it (John Boehner's speakership, open in the dictionary, ends with
        # his House seat in 2015)
        e["roles"] = [r for r in e["roles"] if not (r[0] == iso3 and r[1] == sector and not r[3] and r[2]
                                                     and (r[2] <= start or bool(end) and r[2] < end))] + [role]
        e["aliases"] = list(dict.fromkeys(e["aliases"] + names_))
    add_organizations(entities, read_lines(ORGANIZATIONS))
    rows = []
    for eid, e in entities.items():
        roles = ";".join("/".join(x or "" for x in r) for r in e["roles"])
        for a in e["aliases"]:
            rows.append((a, eid, e["canonical"], e["kind"], roles, eid.split(":")[0]))
    for name, kind, role, src in agent_rows(dic / "Phoenix.agents.txt", sectors):
        rows.append((name, src, name, kind, "/".join(x or "" for x in role), "phoenix-agents"))
    return sorted(set(rows))


def add_organizations(entities: dict[str, dict], lines) -> None:
    """The curated organisations: for their names they replace the dictionaries' organisations (a
    person of the same name stays, and the run-time lookup weighs both)."""
    for n, row in enumerate(lines, 1):
        alias_list, iso3, sector, source = row[:4]
        names_ = [n_ for n_ in dict.fromkeys(normal(a) for a in alias_list.split("|")) if len(n_) > 1]
        taken = set(names_)
        for e in entities.values():
            if e["kind"] == "organization" and taken & set(e["aliases"]):
                e["aliases"] = [a for a in e["aliases"] if a not in taken]
        entities[f"organizations:{n}"] = {"canonical": alias_list.split("|")[0], "kind": "organization",
                                          "roles": [(iso3, sector, "", "", f"organizations:{source}")],
                                          "aliases": names_}


def read_lines(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def write(rows: list[tuple], out: Path) -> None:
    write_tsv_gzip(["name\tentity\tcanonical\tkind\troles\tsource",
                    "Built by scripts/build_actor_kb.py from PETRARCH2 Phoenix dictionaries (MIT), Wikidata "
                    "world leaders (CC0) and scripts/actor_kb_additions.tsv. roles: COUNTRY/SECTOR/START/END/CAMEO;..."],
                   rows, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent.parent / "shared" / "data",
                        help="the shared data folder (with dictionaries/ and world-leaders/)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.data)
    write(rows, args.out)
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
