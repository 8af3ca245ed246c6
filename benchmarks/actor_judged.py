"""What the blind check's reviewers flag on actor rows, pooled over the DEV sets 1-4, by mechanism.

    python benchmarks/actor_judged.py [--blind /work/blind] [--now] [--list CATEGORY]

Reads the judged actor rows (``<dir>/review-*/judgments.tsv``: is_actor, country, sector) of the dev-set
directories only (``dev_sets.DEV_SETS``; the held-out sets 5 and 6 are never read) and joins each to its actor record
in ``<dir>/<page>.json`` (same id). A judgement belongs to one coding of one actor: the key is (page,
name, sector); where several reviewers judged the same coding (set 4's three identical renders, or an
unchanged actor in a later render) the majority wins. The same actor across renders is deduplicated by
(page, name), the newest render's coding kept.

Each row a reviewer marked not an actor, or with a wrong or missing sector, is put in one category by
what the record shows (kind, name, title, sector); counts are printed per category.

``--now`` re-analyses the newest judged text of every page with the code of this checkout and joins its
actors by (page, name): a coding judged before (same sector, or the actor dropped) keeps its judgement,
a changed sector of a row judged right counts as a flip to wrong, a changed sector of a row judged wrong
or missing is "changed, unjudged". It prints the same categories for the current output, so a change is
measured before/after on every pooled row, not one article. ``--list`` prints the rows of one category
(names and notes only; run it outside the repository's output).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "blind_check"))

from dev_sets import CALIBRATION, DEV_SETS, RELEASED, STATEMENT_LABELS, judged_lines  # noqa: E402

PARTY_LABEL = re.compile(r"^(?:a |the )?(?:Republican|Democrat|Democratic|Independent)s?(?: of [A-Z].*)?$")
CAMPAIGN_WORDS = frozenset("campaign campaigns aide aides adviser advisers advisor advisors staff staffer staffers "
                           "strategist strategists spokesman spokeswoman manager".split())
WORKER_WORDS = frozenset("employee employees worker workers staff employer employers".split())
MEDIA_WORDS = frozenset("media news reporter reporters journalist journalists coverage press editor".split())
ADVOCACY_WORDS = frozenset("pac council campaign union liberties federation association coalition fund "
                           "foundation nonprofits nonprofit group center institute".split())


#: (page, actor record, is_actor, sector) of the judged actors ``--now`` no longer lists
DROPPED: list = []
#: (page, name, country) -> the country judgements (right/wrong/missing/none-ok) of that coding
COUNTRY_VOTES: dict = defaultdict(list)


def country_verdict(page: str, actor: dict, before: dict | None = None) -> str:
    """The majority country judgement of this coding; a coding never judged counts as "changed, unjudged",
    or as "wrong" where the judged coding it replaced was right."""
    same = COUNTRY_VOTES.get((page, actor["name"], actor["country"]))
    if same:
        return Counter(same).most_common(1)[0][0]
    if before is None:
        return "unjudged"
    old = COUNTRY_VOTES.get((page, before["name"], before["country"]))
    if old and Counter(old).most_common(1)[0][0] in ("right", "none-ok"):
        return "wrong"
    return "changed, unjudged"


def judged(blind: Path, sets: dict | None = None) -> tuple[dict, dict]:
    """(votes, latest): votes[(page, name, sector)] lists (is_actor, country, sector, note) judgements;
    latest[(page, name)] = (set, dir, actor record, published) of the newest render judged."""
    votes: dict = defaultdict(list)
    latest: dict = {}
    COUNTRY_VOTES.clear()
    for number, name, f, record in judged_lines(blind, "actor", 6, sets):
        actor = next((a for a in record["actors"] if a["id"] == f[2]), None)
        if actor is None:
            continue
        note = f[-1].strip() if len(f) > 6 and f[-1].strip() not in ("", "-") else ""
        votes[(f[0], actor["name"], actor["sector"])].append((f[3], f[4], f[5], note))
        COUNTRY_VOTES[(f[0], actor["name"], actor["country"])].append(f[4])
        latest[(f[0], actor["name"])] = (number, name, actor, record)
    return votes, latest


def verdict(judgements: list) -> tuple[str, str]:
    """The majority (is_actor, sector) of the judgements of one coding."""
    return Counter((j[0], j[2]) for j in judgements).most_common(1)[0][0]


def category(actor: dict, is_actor: str, sector: str) -> str:
    """The mechanism a flagged row falls under, from what the record shows."""
    name, kind, coded = actor["name"], actor["kind"], actor["sector"]
    title = (actor.get("title") or "").lower()
    words = set(re.findall(r"[a-z]+", f"{name.lower()} {title}"))
    lower = name[:1].islower() or name.lower() == title
    if is_actor == "N":
        if kind == "country":
            return "not actor: a country or capital read as an actor (a place)"
        if PARTY_LABEL.match(name):
            return "not actor: a party label (\"Republican of Iowa\")"
        if kind == "person" and lower:
            return "not actor: a bare title or generic person (\"president\", \"any candidate\")"
        if lower or " of " in name and name.split(" of ")[0][:1].islower():
            return "not actor: a common-noun phrase (an act, a thing, a topic)"
        return "not actor: a capitalised name of a thing, place or work"
    if sector == "wrong":
        if coded == "GOV" and words & CAMPAIGN_WORDS:
            return "wrong sector: campaign staff coded GOV"
        if coded == "LAB" and words & WORKER_WORDS:
            return "wrong sector: employees/workers coded LAB"
        if coded == "SPY":
            return "wrong sector: SPY (intelligence committee, a name)"
        if coded == "JRN" or words & MEDIA_WORDS:
            return "wrong sector: media (JRN)"
        if kind == "person" and coded in ("ELI", "GOV") and title.startswith("former") or coded == "ELI":
            return "wrong sector: ELI vs GOV (former officials)"
        if {coded} <= {"PTY", "LEG"} and kind == "person":
            return "wrong sector: PTY vs LEG"
        if kind == "person" and not lower:
            return "wrong sector: a named person (title or knowledge base)"
        if kind in ("group", "person"):
            return "wrong sector: a generic plural or description coded a sector it lacks"
        if kind == "organization" and words & ADVOCACY_WORDS:
            return "wrong sector: advocacy group, PAC, union or NGO"
        return "wrong sector: other organisation"
    if sector == "missing":
        if kind == "person" and not lower:
            return "missing sector: a named person"
        if kind == "organization" and not lower:
            return "missing sector: a named organisation"
        return "missing sector: a description or group"
    return ""


#: notes that say the row is not one actor read right (a mistyped kind, a fragment, a wrong merge)
KIND_NOTE = re.compile(r"typed (?:as )?(?:a )?(?:person|organi[sz]ation|org)\b|is a person|is a (?:company|newspaper)|"
                       r"(?:company|newspaper|club|team|org\w*) typed|read as a person|mis-typed", re.I)
SPLIT_NOTE = re.compile(r"duplicate|\bdup\b|fragment|merged|truncated|name cut|garbled|misspell|typo|split from", re.I)
FURNITURE_NOTE = re.compile(r"furniture|byline|caption|headline", re.I)
#: a role said right after the name ("X, the CEO of", "X, who chairs", "X is the director")
ROLE_AFTER = r",\s+(?:a|an|the|who|whose|its|his|her|one of|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s)\b|\s+(?:is|was)\s+(?:a|an|the)\b"


def role_in_text(name: str, text: str) -> bool:
    """Whether the text states a role of the name right after it (an appositive, a relative clause, a copula)."""
    last = name.split()[-1] if name.split() else name
    return bool(re.search(re.escape(last) + "(?:" + ROLE_AFTER + ")", text))


def cause(actor: dict, is_actor: str, sector: str, country: str, note: str, text: str) -> list[str]:
    """The causes of a judged actor row's wrong or missing sector and country (empty when both are right)."""
    out = []
    for what, verdict_ in (("sector", sector), ("country", country)):
        if is_actor != "Y" or verdict_ not in ("wrong", "missing"):
            continue
        name, kind = actor["name"], actor["kind"]
        lower = name[:1].islower()
        if FURNITURE_NOTE.search(note):
            why = "page furniture or headline read as an actor"
        elif KIND_NOTE.search(note):
            why = "person vs organisation confusion (kind wrong)"
        elif SPLIT_NOTE.search(note):
            why = "fragment, duplicate or wrong merge"
        elif kind == "group" or lower:
            why = "a description or group (\"officials\", \"employees\")"
        elif kind == "country":
            why = "a place name read as a state (a team, a town)"
        elif verdict_ == "wrong" and actor.get("title"):
            why = "title read to a wrong " + what + " (misleading word, modifier country, former/office)"
        elif verdict_ == "wrong":
            why = "name coded a wrong " + what + " (knowledge base or misleading word)"
        elif actor.get("title"):
            why = "title in the text, " + what + " not taken from it"
        elif role_in_text(name, text):
            why = "role stated after the name (appositive/clause), not used"
        elif kind == "person":
            why = "named person, no role in the text and no table knows them"
        else:
            why = "named organisation, type not read from its name or text"
        out.append(f"{what} {verdict_}: {why}")
    return out


def tally(rows: list[tuple[dict, str, str]]) -> Counter:
    n: Counter = Counter()
    for actor, is_actor, sector, country in rows:
        n["rows"] += 1
        n["not actor"] += is_actor == "N"
        if is_actor == "Y":
            n["actors"] += 1
            n[f"sector {sector}"] += 1
            n[f"country {country}"] += 1
        cat = category(actor, is_actor, sector)
        if cat:
            n[cat] += 1
    return n


def judged_now(votes: dict, latest: dict) -> tuple[list, Counter]:
    """The current code's actors on the newest judged text of every page, with the judgements they keep."""
    from newsgraph import Pipeline, RawDocument, Settings, extract

    records = {}
    for (page, _name), (_n, _d, _a, record) in latest.items():
        records[page] = record  # the newest render of the page (dirs are read oldest first)
    articles = [extract(RawDocument(content=r["text"], source=f"judged/{p}", kind="text", title=r.get("title"),
                                    published=r.get("published"), id=p, verbatim=True))
                for p, r in sorted(records.items())]
    rows, moves = [], Counter()
    for analysis in Pipeline(Settings.from_env()).run(articles):
        page = analysis.article.id
        names = {a.name for a in analysis.actors}
        for (p, name), (_n, _d, before, _r) in latest.items():
            if p == page and name not in names:
                is_actor, sector = verdict(votes[(p, name, before["sector"])])
                moves["dropped: " + ("not an actor" if is_actor == "N" else f"an actor, sector {sector}")] += 1
                DROPPED.append((p, before, is_actor, sector))
        for a in analysis.actors:
            actor = {"name": a.name, "kind": a.kind, "sector": a.sector, "title": a.title, "country": a.country,
                     "page": page}
            same = votes.get((page, a.name, a.sector))
            if same:
                prior = latest.get((page, a.name), (0, 0, None))[2]
                rows.append((actor, *verdict(same), country_verdict(page, actor, prior)))
                continue
            if (page, a.name) not in latest:
                moves["new actor, unjudged"] += 1
                continue
            before = latest[(page, a.name)][2]
            is_actor, sector = verdict(votes[(page, a.name, before["sector"])])
            country = country_verdict(page, actor, before)
            if is_actor == "N":
                rows.append((actor, is_actor, sector, country))
            elif sector in ("right", "none-ok"):
                moves[f"flip: {before['sector']} judged {sector} -> {a.sector}"] += 1
                rows.append((actor, is_actor, "wrong", country))
            else:
                moves[f"changed {before['sector']} ({sector}) -> {a.sector}, unjudged"] += 1
                rows.append((actor, is_actor, "changed, unjudged", country))
    return rows, moves


def show(n: Counter) -> None:
    actors = n["actors"] or 1
    print(f"rows {n['rows']}  not actor {n['not actor']} ({n['not actor'] / (n['rows'] or 1):.3f})  "
          f"actors {n['actors']}: sector wrong {n['sector wrong']} ({n['sector wrong'] / actors:.3f}), "
          f"missing {n['sector missing']} ({n['sector missing'] / actors:.3f})")
    print(f"  country: wrong {n['country wrong']} ({n['country wrong'] / actors:.3f}), missing {n['country missing']} "
          f"({n['country missing'] / actors:.3f}), changed unjudged {n['country changed, unjudged']}")
    for key in sorted(k for k in n if ":" in k):
        print(f"  {key:78s} {n[key]:4d}")


def print_causes(rows: list, votes: dict, latest: dict) -> None:
    """Rows and documents per cause of ``rows`` (the judged rows, or this checkout's with --now); the
    reviewers' notes are those of the judged coding of the same (page, name)."""
    count: Counter = Counter()
    pages: dict = defaultdict(set)
    texts = {page: record["text"] for (page, _name), (_n, _d, _a, record) in latest.items()}
    for actor, is_actor, sector, country in rows:
        page = actor["page"]
        before = latest.get((page, actor["name"]), (0, 0, actor))[2]
        judgements = votes.get((page, actor["name"], before["sector"]), [])
        note = " | ".join(sorted({j[3] for j in judgements if j[3]}))
        for why in cause(actor, is_actor, sector, country, note, texts[page]):
            count[why] += 1
            pages[why].add(page)
    print("-- causes of wrong/missing sector and country (rows, documents)")
    for why, n in sorted(count.items()):
        print(f"  {why:100s} {n:4d} {len(pages[why]):4d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    parser.add_argument("--now", action="store_true", help="also re-analyse the judged pages with this checkout")
    parser.add_argument("--list", metavar="CATEGORY", help="print the rows of categories containing this text")
    parser.add_argument("--causes", action="store_true",
                        help="print the wrong/missing sector and country rows by cause: rows and documents")
    parser.add_argument("--labels", choices=("dev", "stlab", "released", "all"), default="dev",
                        help="whose judged actor rows: the dev sets 1-4 (default), the statement+actor labels "
                             "(stlab9: 60 PolNeAR tune documents; stlab11: 24 of them, judged again; evlab15, "
                             "evlab17), the released blind sets 10-15, or all of these and cal13")
    args = parser.parse_args(argv)
    sets = {"dev": DEV_SETS, "stlab": STATEMENT_LABELS, "released": RELEASED,
            "all": {**DEV_SETS, **STATEMENT_LABELS, **{100 + k: v for k, v in CALIBRATION.items()},
                    **{200 + k: v for k, v in RELEASED.items()}}}[args.labels]
    votes, latest = judged(args.blind, sets)
    rows = [({**actor, "page": page}, *verdict(votes[(page, name, actor["sector"])]), country_verdict(page, actor))
            for (page, name), (_n, _d, actor, _r) in latest.items()]
    print("-- judged (newest render of each actor)")
    show(tally(rows))
    if args.causes:
        print_causes(rows, votes, latest)
    if args.now:
        rows, moves = judged_now(votes, latest)
        print("-- this checkout, on the same texts")
        show(tally(rows))
        if args.causes:
            print_causes(rows, votes, latest)
        for key, value in sorted(moves.items(), key=lambda kv: -kv[1]):
            print(f"  {key:78s} {value:4d}")
    if args.list and args.list in "dropped":
        for page, actor, is_actor, sector in DROPPED:
            print(f"dropped {page[:30]:30s} {actor['kind']:12s} {actor['sector'] or '-':4s} {actor['name']!r} "
                  f"is_actor {is_actor} sector {sector}")
    elif args.list:
        for actor, is_actor, sector, country in rows:
            cat = f"{category(actor, is_actor, sector)} / country {country}"
            if args.list in cat:
                notes = {j[3] for key, js in votes.items() if key[1] == actor["name"] for j in js if j[3]}
                print(f"{cat[:30]:30s} {actor['kind']:12s} {actor['sector'] or '-':4s} {actor.get('country') or '-':4s} "
                      f"{actor['name']!r} title {actor.get('title')!r} notes {' | '.join(sorted(notes))[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
