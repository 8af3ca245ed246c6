"""Peak memory of the notebook API (``newsgraph.open``): streaming stays flat, tables hold only the slice.

    .venv/bin/python benchmarks/notebook_memory.py                        # builds 200,000 statements in a temp folder
    .venv/bin/python benchmarks/notebook_memory.py --db sqlite:////tmp/nb.db            # build it there
    .venv/bin/python benchmarks/notebook_memory.py --db sqlite:////tmp/nb.db --reuse    # measure again

The database comes from ``benchmarks/query_latency.py``'s ``build_database`` (synthetic, hand-coded
analyses). Each measurement runs in a fresh Python process and reports its peak resident set size
(``ru_maxrss``): ``open`` (import, open, read one row: the baseline), ``iterate`` (every statement,
``chunk`` rows a query), ``pandas`` (``.to_pandas()`` of a ``--slice``-row selection) and, for
contrast, ``fetchall`` (every statement row read into one Python list, as a naive reader would).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def measure(url: str, what: str, size: int, chunk: int) -> dict:
    """Run one measurement in this process; return rows seen, seconds and peak RSS in MiB."""
    import newsgraph

    started = time.perf_counter()
    db = newsgraph.open(url)
    if what == "open":
        rows = len(list(db.statements().head(1)))
    elif what == "iterate":
        rows = sum(1 for _ in db.statements(frames="all", chunk=chunk))
    elif what == "pandas":
        rows = len(db.statements(frames="all", chunk=chunk).head(size).to_pandas())
    elif what == "fetchall":
        from newsgraph.store import lists, select

        with db.store.connect() as conn:
            rows = len(conn.execute(select.statement_select(conn, lists.Filters.of(frames="all"))).all())
    else:
        raise SystemExit(f"unknown measurement {what!r}")
    db.close()
    return {"what": what, "rows": rows, "seconds": time.perf_counter() - started,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database URL (default: a SQLite file in a temporary folder)")
    parser.add_argument("--statements", type=int, default=200_000)
    parser.add_argument("--slice", type=int, default=50_000, help="rows of the .to_pandas() selection")
    parser.add_argument("--chunk", type=int, default=5000)
    parser.add_argument("--reuse", action="store_true", help="measure an already filled --db")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # one measurement, in a child process
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.db, args.measure, args.slice, args.chunk)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'notebook-bench.db'}"
        if not args.reuse:
            from query_latency import build_database

            built = build_database(url, args.statements)
            print(f"built {built['articles']} articles ({args.statements} statements) in {built['seconds']:.0f} s")
        results = []
        for what in ("open", "iterate", "pandas", "fetchall"):
            out = subprocess.run([sys.executable, __file__, "--db", url, "--measure", what, "--slice", str(args.slice),
                                  "--chunk", str(args.chunk)], capture_output=True, text=True)
            if out.returncode:
                raise SystemExit(f"measuring {what} failed:\n{out.stderr}")
            results.append(json.loads(out.stdout))
    base = results[0]["peak_mib"]
    print(f"{'measurement':12s} {'rows':>8s} {'seconds':>8s} {'peak MiB':>9s} {'over open':>10s}")
    for r in results:
        print(f"{r['what']:12s} {r['rows']:8d} {r['seconds']:8.1f} {r['peak_mib']:9.0f} {r['peak_mib'] - base:10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
