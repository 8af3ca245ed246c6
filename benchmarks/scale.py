"""Scale-out: `ingest` with 1 and 2 local workers and on a 2-worker Dask cluster, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/scale.py [--n 120] [--backends sqlite,postgresql] [--grow 60,240]
        [--grow-chars 400] [--dask-defaults]
        [--data ../shared/data]  (or NEWSGRAPH_DATA; PostgreSQL: --pg URL or NEWSGRAPH_TEST_PG)

The corpus: real pages (``../shared/data/articles-dev``, the tune half only: the frozen half and the
blind-check pages are never read) and PolNeAR texts (``polnear/train.jsonl``, the tune part only),
repeated with variations (a marker sentence per copy, a distinct URL) until there are ``--n``
articles, written to a temporary folder as .html files and one .jsonl file.

For each backend and each configuration (local 1 worker, local 2 workers, Dask LocalCluster with
2 single-threaded workers started by the benchmark, the model loaded by its worker plugin), a fresh
database, workers started and warmed before the clock starts. Printed: articles/s, efficiency
(2-worker rate / (2 x 1-worker rate); target >= 0.8 on an idle 2-core machine), Dask / local 2-worker
(target >= 0.9), peak resident memory of the writer (this process) and of the largest worker, and
each worker's own rate, and the workers' CPU time: articles per CPU-second is the per-core
throughput an idle machine would reach, and its ratios show the cost of parallelism itself apart
from other load on the machine. ``--grow A,B``: the writer's peak memory with 2 local workers at A and at B
articles (target: flat), into the first backend; with ``--grow-chars C`` those articles are PolNeAR texts
cut to their first sentences (about C characters), so that 10,000 of them take minutes, not hours.
``--dask-defaults``: also Dask with its own defaults for what ``DaskRunner`` changes. The load average is printed: on a shared machine the ratios mean little.
No asserts: numbers to read.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path

from ingest_throughput import Usage  # the same memory/CPU sampler as the throughput benchmark
from newsgraph.batch.dask import DaskRunner
from newsgraph.batch.local import LocalRunner
from newsgraph.eval.splits import is_frozen_page, is_frozen_polnear
from newsgraph.ingest import ingest
from newsgraph.settings import Settings

DATA = Path(os.environ.get("NEWSGRAPH_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "data"))
BLIND = Path(__file__).resolve().parent / "blind_check" / "pages.txt"


def _blind_ids() -> set[str]:
    if not BLIND.exists():
        return set()
    return {line.split()[0] for line in BLIND.read_text().splitlines() if line.strip() and not line.startswith("#")}


def sources(data: Path) -> tuple[list[tuple[str, str]], list[dict]]:
    """(page id, HTML) of the tune half of articles-dev; PolNeAR tune-part records."""
    blind = _blind_ids()
    pages = []
    for path in sorted((data / "articles-dev" / "html").glob("*.html.gz")):
        page_id = path.name.split(".")[0]
        if is_frozen_page(page_id) or page_id[:12] in blind:
            continue
        pages.append((page_id, gzip.decompress(path.read_bytes()).decode("utf-8", "replace")))
    texts = []
    with open(data / "polnear" / "train.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not is_frozen_polnear(record["doc_id"]):
                texts.append({"doc_id": record["doc_id"], "title": record.get("title"), "text": record["text"],
                              "published": record.get("date")})
    return pages, texts


def build_corpus(folder: Path, n: int, pages: list[tuple[str, str]], texts: list[dict]) -> None:
    """``n`` articles: pages and PolNeAR texts in turn, each copy with its own marker and URL."""
    records = []
    for i in range(n):
        copy = i // (len(pages) + len(texts))
        mark = f" (Edition {copy}, desk {i % 17}.)"
        if i % 2 == 0 and pages:
            page_id, html = pages[(i // 2) % len(pages)]
            html = re.sub(r"(<p[^>]*>)", rf"\1Edition {copy} of item {i}. ", html, count=1)
            (folder / f"{i:06d}-{page_id[:12]}.html").write_text(html, encoding="utf-8")
        else:
            record = texts[(i // 2 if pages else i) % len(texts)]
            records.append(json.dumps({"text": record["text"] + mark, "title": record["title"],
                                       "published": record["published"],
                                       "url": f"https://polnear.example/{record['doc_id']}/{i}"}))
    (folder / "polnear.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")


def short_texts(texts: list[dict], chars: int) -> list[dict]:
    """The PolNeAR texts cut after the first sentence end at or past ``chars`` characters."""
    cut = []
    for record in texts:
        end = re.compile(r"[.!?][\"”']?\s").search(record["text"], chars)
        cut.append(dict(record, text=record["text"][:end.end() if end else None].strip()))
    return cut


def fresh_db(backend: str, tmp: Path, pg_url: str) -> tuple[str, object]:
    """A database URL for one measurement and a function that drops it afterwards."""
    if backend == "sqlite":
        return f"sqlite:///{tmp / uuid.uuid4().hex}.db", lambda: None
    from urllib.parse import quote

    import psycopg

    schema = f"scale_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")

    separator = "&" if "?" in pg_url else "?"
    return f"{pg_url}{separator}options={quote(f'-csearch_path={schema}')}", drop


def _ready() -> int:
    time.sleep(0.5)  # held a moment, so that each worker of the pool gets one
    return os.getpid()


# Dask's own defaults for what DaskRunner changes (batch/dask.py: WORKER_CONFIG)
DASK_DEFAULTS = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 65536,
                 "distributed.worker.profile.enabled": True, "distributed.admin.tick.interval": "20ms",
                 "distributed.admin.system-monitor.interval": "500ms",
                 "distributed.worker.memory.monitor-interval": "100ms", "distributed.scheduler.work-stealing": True}


def start_runner(kind: str, settings: Settings):
    """A runner whose workers have started and loaded the model (before the clock starts)."""
    if kind == "dask":
        return DaskRunner(settings)  # its ModelPlugin has loaded the model in both workers
    if kind == "dask-defaults":
        runner = DaskRunner(settings, worker_config=DASK_DEFAULTS)
        os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)  # the nanny (in this process) set it here too
        return runner
    runner = LocalRunner(settings, settings.workers)  # each worker loads the model as it starts
    for future in [runner.submit(_ready) for _ in range(settings.workers)]:
        future.result()
    return runner


def measure(kind: str, workers: int, backend: str, folder: Path, tmp: Path, pg_url: str, batch_size: int) -> dict:
    db_url, drop = fresh_db(backend, tmp, pg_url)
    settings = Settings(db_url=db_url, workers=workers, batch_size=batch_size)
    try:
        with Usage() as usage:
            runner = start_runner(kind, settings)
            writer_before = usage.main
            time.sleep(0.3)  # a sample of the warmed workers' CPU time before the clock starts
            cpu_before, writer_cpu_before = usage.worker_cpu, usage.main_cpu
            try:
                summary = ingest([str(folder)], settings, progress=False, runner=runner)
                time.sleep(0.3)  # and one after
                worker_cpu = usage.worker_cpu - cpu_before
                writer_cpu = usage.main_cpu - writer_cpu_before
            finally:
                runner.close()
    finally:
        drop()
    rate = summary.stored / summary.seconds if summary.seconds else 0.0
    return {"label": f"{kind} {workers} worker{'s' if workers > 1 else ''}", "stored": summary.stored,
            "failed": summary.failed, "seconds": summary.seconds, "rate": rate, "writer": usage.main,
            "writer_before": writer_before, "worker": usage.worker, "per_worker": summary.describe_workers(),
            "worker_cpu": worker_cpu, "writer_cpu": writer_cpu, "per_cpu_second": summary.stored / worker_cpu if worker_cpu > 0 else 0.0}


def show(backend: str, result: dict) -> None:
    print(f"  {backend:<10} {result['label']:<16} {result['stored']:>5} stored {result['failed']:>3} failed "
          f"{result['seconds']:>7.1f} s {result['rate']:>6.2f} articles/s | peak RSS writer "
          f"{result['writer'] / 2**20:5.0f} MiB, largest worker {result['worker'] / 2**20:5.0f} MiB | "
          f"worker CPU {result['worker_cpu']:6.1f} s = {result['per_cpu_second']:.2f} articles per CPU-second, "
          f"writer CPU {result['writer_cpu']:5.1f} s")
    for line in result["per_worker"]:
        print(f"      {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=120, help="articles per measurement (default 120; 0: only --grow)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg", default=os.environ.get("NEWSGRAPH_TEST_PG",
                                                     "postgresql://newsgraph:newsgraph@127.0.0.1:5432/newsgraph_test"))
    parser.add_argument("--batch-size", type=int, default=32, help="the most articles a batch (default 32)")
    parser.add_argument("--grow", default="", help="A,B: writer memory with 2 local workers at A and B articles")
    parser.add_argument("--grow-chars", type=int, default=0,
                        help="with --grow: PolNeAR texts only, each cut to about this many characters")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--dask-defaults", action="store_true",
                        help="also Dask with its own worker defaults (malloc trimming, profiler), for comparison")
    args = parser.parse_args()
    if not (args.data / "articles-dev").exists():
        sys.exit(f"no data at {args.data}: give --data ../shared/data")

    pages, texts = sources(args.data)
    print(f"{len(pages)} pages (articles-dev, tune half), {len(texts)} PolNeAR texts (train, tune part); "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory(prefix="newsgraph-scale-") as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "corpus"
        folder.mkdir()
        build_corpus(folder, args.n, pages, texts)
        for backend in [b for b in args.backends.split(",") if b and args.n > 0]:
            results = {}
            kinds = [("local", 1), ("local", 2), ("dask", 2)] + ([("dask-defaults", 2)] if args.dask_defaults else [])
            for kind, workers in kinds:
                results[(kind, workers)] = measure(kind, workers, backend, folder, tmp, args.pg, args.batch_size)
                show(backend, results[(kind, workers)])
            one, two, dask = results[("local", 1)], results[("local", 2)], results[("dask", 2)]
            if args.dask_defaults:
                old = results[("dask-defaults", 2)]
                print(f"  {backend}: Dask with its defaults / local (2 workers) = {old['rate'] / two['rate']:.2f}; "
                      f"in CPU time {old['per_cpu_second'] / two['per_cpu_second']:.2f}")
            print(f"  {backend}: efficiency 2 workers / (2 x 1 worker) = {two['rate'] / (2 * one['rate']):.2f}; "
                  f"Dask / local (2 workers) = {dask['rate'] / two['rate']:.2f}; in CPU time (what an idle "
                  f"machine would show): {two['per_cpu_second'] / one['per_cpu_second']:.2f} and "
                  f"{dask['per_cpu_second'] / two['per_cpu_second']:.2f}; load average now {os.getloadavg()[0]:.2f}")
        if args.grow:
            for n in (int(x) for x in args.grow.split(",")):
                grown = tmp / f"grow-{n}"
                grown.mkdir()
                if args.grow_chars:
                    build_corpus(grown, n, [], short_texts(texts, args.grow_chars))
                else:
                    build_corpus(grown, n, pages, texts)
                backend = args.backends.split(",")[0]
                result = measure("local", 2, backend, grown, tmp, args.pg, args.batch_size)
                print(f"  grow ({backend}): {n:>6} articles, {result['stored']} stored: writer peak {result['writer'] / 2**20:5.0f} MiB "
                      f"(before the run {result['writer_before'] / 2**20:5.0f} MiB), "
                      f"{result['rate']:.2f} articles/s")


if __name__ == "__main__":
    main()
