"""Actor check set: country and sector accuracy of ``newsgraph actor`` coding, per split.

    python benchmarks/actor_check.py [--show-tune]

Reads ``benchmarks/actor_checkset.tsv`` (phrases coded by hand; see its header). The frozen half
(``eval.splits.is_frozen_actor_phrase``) is only ever scored: its mistakes are never printed. The tune
half's mistakes are listed with ``--show-tune``. Each phrase is coded the way ``newsgraph actor
--date D`` codes it: the words first, then the shipped knowledge base on the phrase's date.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.analyze.actors import kb  # noqa: E402
from newsgraph.analyze.actors.knowledge import code_phrase  # noqa: E402
from newsgraph.eval.splits import is_frozen_actor_phrase  # noqa: E402

CHECKSET = ROOT / "benchmarks" / "actor_checkset.tsv"


def read_checkset(path: Path = CHECKSET) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, country, sector, date, source = (line.split("\t") + [""] * 5)[:5]
        rows.append({"phrase": phrase, "country": country or None, "sector": sector or None,
                     "date": date or None, "source": source})
    return rows


def score(rows: list[dict], knowledge: kb.KnowledgeBase) -> dict:
    out = {"n": len(rows), "country": [0, 0], "sector": [0, 0], "country_missing": 0, "wrong": []}
    for row in rows:
        coded = code_phrase(row["phrase"], knowledge, row["date"])
        for field in ("country", "sector"):
            want = row[field]
            if want == "?":
                continue
            got = getattr(coded, field)
            out[field][1] += 1
            if got == want:
                out[field][0] += 1
            else:
                out["wrong"].append((row["phrase"], field, want, got))
                if field == "country" and want and got is None:
                    out["country_missing"] += 1
    return out


def line(name: str, s: dict) -> str:
    c, k = s["country"], s["sector"]
    return (f"{name:<7} {s['n']:>3} phrases  country {c[0] / c[1]:.3f} ({c[0]}/{c[1]}, "
            f"{s['country_missing']} missing)  sector {k[0] / k[1]:.3f} ({k[0]}/{k[1]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-tune", action="store_true", help="list the tune half's mistakes")
    args = parser.parse_args()
    rows = read_checkset()
    frozen = [r for r in rows if is_frozen_actor_phrase(r["phrase"])]
    tune = [r for r in rows if not is_frozen_actor_phrase(r["phrase"])]
    for label, knowledge in (("with the knowledge base", kb.shipped()),
                             ("without name lookups", kb.KnowledgeBase({}))):
        print(f"-- {label}")
        print(line("tune", score(tune, knowledge)))
        print(line("frozen", score(frozen, knowledge)))
    if args.show_tune:
        for phrase, field, want, got in score(tune, kb.shipped())["wrong"]:
            print(f"  {phrase!r}: {field} {want} != {got}")


if __name__ == "__main__":
    main()
