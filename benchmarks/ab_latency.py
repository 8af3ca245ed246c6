"""Query or page latency of this checkout against another one (e.g. the code before a change), on
the same database, in interleaved runs.

    git worktree add --detach /tmp/newsgraph-before be507d4
    .venv/bin/python benchmarks/query_latency.py --db sqlite:////tmp/bench.db        # build it once
    .venv/bin/python benchmarks/ab_latency.py --before /tmp/newsgraph-before --db sqlite:////tmp/bench.db
    .venv/bin/python benchmarks/ab_latency.py --before /tmp/newsgraph-before --db ... --web

Each round runs this checkout's ``query_latency.py --reuse`` (or ``web_latency.py --reuse``) twice,
once with the other checkout's ``src/`` as the package and once with this one's, in alternating
order, so both see the same machine load; the measuring code is the same for both. The report
gives, per query or page, the median over rounds of each side's median (cold, for pages), and
after/before. On a busy machine, more rounds (``--rounds``) narrow the spread.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# query_latency.py: name, median, p95, median/target; web_latency.py: name, cold, cold p95, warm,
# cold/target, /baseline, KiB. The first number is the median (cold, for pages).
QUERY_ROW = re.compile(r"^(\S.*?)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)$")
PAGE_ROW = re.compile(r"^(\S.*?)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+)$")


def run_once(src: Path, script: str, db: str, repeat: int) -> dict[str, float]:
    """{name: median ms} from one run of ``script`` with ``src`` as the newsgraph package."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, str(HERE / script), "--db", db, "--reuse", "--repeat", str(repeat)],
                         env=env, capture_output=True, text=True, check=True).stdout
    pattern = PAGE_ROW if script == "web_latency.py" else QUERY_ROW
    found = {}
    for line in out.splitlines():
        match = pattern.match(line)
        if match:
            found[match.group(1)] = float(match.group(2))
    if not found:
        raise SystemExit(f"{script} with {src} printed no timings:\n{out}")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, type=Path, help="the other checkout (its src/ is used)")
    parser.add_argument("--db", required=True, help="an already filled database URL")
    parser.add_argument("--web", action="store_true", help="pages (web_latency.py) instead of queries")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args(argv)
    script = "web_latency.py" if args.web else "query_latency.py"
    sides = {"before": args.before.resolve() / "src", "after": HERE.parent / "src"}
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for round_ in range(args.rounds):
        order = ("before", "after") if round_ % 2 == 0 else ("after", "before")
        for side in order:
            runs[side].append(run_once(sides[side], script, args.db, args.repeat))
        print(f"round {round_ + 1}/{args.rounds} done", file=sys.stderr)
    names = [n for n in runs["after"][0] if n in runs["before"][0]]
    print(f"{script} on {args.db}: {args.rounds} interleaved rounds of --repeat {args.repeat}; "
          "median over rounds of each run's median, ms")
    print(f"{'':44s} {'before':>8s} {'after':>8s} {'after/before':>12s}")
    for name in names:
        before = statistics.median(r[name] for r in runs["before"])
        after = statistics.median(r[name] for r in runs["after"])
        print(f"{name:44s} {before:8.2f} {after:8.2f} {after / before if before else float('nan'):12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
