"""Ingest throughput: articles/s with 1 and 2 workers, against analysis alone, and peak memory.

    .venv/bin/python benchmarks/ingest_throughput.py [--copies 20] [--batch-size 32] [--repeat 2]

The corpus is the bundled samples (src/newsgraph/samples) copied ``--copies`` times, each copy's
text changed a little so that every article is new to the database (12 x 20 = 240 articles by
default), written to a temporary folder of .txt and .html files.

Measured, each on a fresh SQLite database, with worker processes started and their model loaded
before the clock starts (start-up is reported apart):
- analyze only: the same worker pool and batches (extract + nlp.pipe + analysis), nothing stored;
- ingest with 1 worker and with 2 workers: the whole `newsgraph ingest` path (sources, workers, one
  writer storing batches, near-duplicate grouping).
Printed: articles/s, the 2-worker / 1-worker ratio (issue 4's target: >= 1.7x), the storage
overhead (ingest with 1 worker vs analyze only with 1 worker, in wall-clock and in CPU time;
target <= 10%), CPU seconds of the writer and the workers, and peak resident memory of the writer
process and of the largest worker. No asserts: numbers to read. Wall-clock ratios need a machine
with at least 3 idle cores (2 workers + the writer); the load average is printed with them.
"""
from __future__ import annotations

import argparse
import os
import re
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, wait
from pathlib import Path

import psutil

from newsgraph.batch import work
from newsgraph.batch.local import LocalRunner
from newsgraph.ingest import ingest
from newsgraph.settings import Settings
from newsgraph.sources.expand import iter_sources

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "samples"


def build_corpus(folder: Path, copies: int) -> int:
    """Write ``copies`` variants of every sample; return the number of articles written."""
    written = 0
    for copy in range(copies):
        for sample in sorted(SAMPLES.glob("*.*")):
            if sample.suffix not in (".txt", ".html"):
                continue
            text = sample.read_text(encoding="utf-8")
            mark = f" (Copy {copy}, filed by desk {copy * 7 % 13}.)"
            if sample.suffix == ".html":
                # a distinct canonical URL (else every copy is "the same article") and changed text
                text = re.sub(r'(rel="canonical" href="[^"]+)"', rf'\1?copy={copy}"', text)
                text = re.sub(r"(<article[^>]*>.*?<p>[^<]*)</p>", rf"\1{mark}</p>", text, count=1, flags=re.S)
            else:
                title, sep, rest = text.partition("\n\n")
                lead, sep2, tail = rest.partition("\n\n")
                text = title + sep + lead.rstrip() + mark + sep2 + tail
            (folder / f"{copy:03d}-{sample.name}").write_text(text, encoding="utf-8")
            written += 1
    return written


class Usage:
    """Samples, every 0.1 s, the resident memory and CPU time of this process and its children."""

    def __init__(self):
        self.main = self.worker = 0  # peak RSS, bytes
        self._child_cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._cpu0 = self._cpu_of(psutil.Process())

    @staticmethod
    def _cpu_of(process: psutil.Process) -> float:
        times = process.cpu_times()
        return times.user + times.system

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                self.main = max(self.main, me.memory_info().rss)
                for child in me.children(recursive=True):
                    self.worker = max(self.worker, child.memory_info().rss)
                    self._child_cpu[child.pid] = self._cpu_of(child)
            except psutil.Error:
                pass
            time.sleep(0.1)

    @property
    def main_cpu(self) -> float:
        return self._cpu_of(psutil.Process()) - self._cpu0

    @property
    def worker_cpu(self) -> float:
        return sum(self._child_cpu.values())

    def __enter__(self) -> Usage:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _loaded(settings: Settings) -> float:
    """Load the model in a worker and hold it a moment, so that each worker of a pool gets one."""
    work.warm_up(settings)
    time.sleep(1.0)
    return time.perf_counter()


def warm_runner(settings: Settings) -> tuple[LocalRunner, float]:
    """A pool whose workers have all started and loaded the model; and how long that took."""
    started = time.perf_counter()
    runner = LocalRunner(settings, settings.workers)
    for future in [runner.submit(_loaded, settings) for _ in range(settings.workers)]:
        future.result()
    return runner, time.perf_counter() - started - 1.0


def analyze_only(folder: Path, settings: Settings, runner: LocalRunner) -> tuple[int, float]:
    """Extract and analyse every article with the pool, in the same batches ingest uses; store nothing."""
    started = time.perf_counter()
    in_flight: dict = {}  # future -> "extract" | "analyze"
    done = 0

    def collect(until_empty: bool) -> None:
        nonlocal done
        while in_flight and (until_empty or len(in_flight) >= 3 * settings.workers):
            finished, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
            for future in finished:
                results = future.result()
                if in_flight.pop(future) == "extract":
                    articles = [r.article for r in results if isinstance(r, work.Extracted)]
                    if articles:
                        in_flight[runner.submit(work.analyze_batch, articles, settings)] = "analyze"
                else:
                    done += sum(isinstance(r, work.Analyzed) for r in results)

    batch = []
    for item in iter_sources([str(folder)], settings):
        batch.append(item)
        if len(batch) == settings.batch_size:
            in_flight[runner.submit(work.extract_batch, batch, settings)] = "extract"
            batch = []
            collect(until_empty=False)
    if batch:
        in_flight[runner.submit(work.extract_batch, batch, settings)] = "extract"
    collect(until_empty=True)
    return done, time.perf_counter() - started


def run_ingest(folder: Path, settings: Settings, runner: LocalRunner) -> tuple[int, float]:
    summary = ingest([str(folder)], settings, progress=False, runner=runner)
    if summary.failed:
        print(f"  ({summary.failed} failed, e.g. {summary.errors[:1]})")
    return summary.stored, summary.seconds


def measure(label: str, folder: Path, settings: Settings, job) -> dict:
    with Usage() as usage:
        runner, startup = warm_runner(settings)
        warm_cpu = usage.main_cpu, usage.worker_cpu
        try:
            count, seconds = job(folder, settings, runner)
            time.sleep(0.25)  # one more sample of the workers' CPU time before they stop
        finally:
            runner.close()
    rate = count / seconds if seconds else 0.0
    main_cpu, worker_cpu = usage.main_cpu - warm_cpu[0], usage.worker_cpu - warm_cpu[1]
    print(f"{label:<24} {count:>4} articles {seconds:>6.1f} s {rate:>6.1f} articles/s | CPU writer "
          f"{main_cpu:5.1f} s, workers {worker_cpu:5.1f} s | start-up {startup:4.1f} s | peak RSS writer "
          f"{usage.main / 2**20:4.0f} MiB, largest worker {usage.worker / 2**20:4.0f} MiB")
    return {"count": count, "seconds": seconds, "rate": rate, "cpu": main_cpu + worker_cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="copies of the 12 samples (default 20)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2, help="rounds; the best of each config counts (default 2)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        n = build_corpus(folder, args.copies)
        print(f"corpus: {n} articles ({args.copies} varied copies of {SAMPLES}); "
              f"{os.cpu_count()} CPU cores; batch size {args.batch_size}")

        def settings(workers: int, name: str) -> Settings:
            return Settings(db_url=f"sqlite:///{Path(tmp) / name}.db", workers=workers, batch_size=args.batch_size)

        configs = [("only", "analyze only, 1 worker", 1, analyze_only),
                   ("one", "ingest, 1 worker", 1, run_ingest),
                   ("two", "ingest, 2 workers", 2, run_ingest)]
        runs: dict[str, list[dict]] = {key: [] for key, *_ in configs}
        for round_ in range(args.repeat):  # interleaved, so that a busy spell hits every config alike
            for key, label, workers, job in configs:
                runs[key].append(measure(label, folder, settings(workers, f"{key}-{round_}"), job))
        only, one, two = (max(runs[key], key=lambda r: r["rate"]) for key, *_ in configs)

    print()
    print(f"load average during the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"(other processes on the machine distort wall-clock ratios)")
    print("best of each config:")
    for label, best in (("analyze only, 1 worker", only), ("ingest, 1 worker", one), ("ingest, 2 workers", two)):
        print(f"  {label:<24} {best['rate']:6.1f} articles/s")
    print(f"2 workers / 1 worker:            {two['rate'] / one['rate']:.2f}x   (target >= 1.7x)")
    print(f"storage overhead (1 worker):     {only['rate'] / one['rate'] - 1:+.1%}   "
          "(ingest time per article vs analyze only; target <= +10%)")
    print(f"storage overhead in CPU time:    {one['cpu'] / only['cpu'] - 1:+.1%}   "
          "(writer + workers, ingest vs analyze only; robust to a busy machine)")


if __name__ == "__main__":
    main()
