"""The runner protocol of ``batch.local``/``batch.dask`` (submit, wait_any, result, close) on threads
of the test process: workers without processes of their own, so that a test (or each hypothesis
example) neither starts one nor loads a model in it. It notes the size of every batch it is given."""
from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


class ThreadRunner:
    def __init__(self, workers: int = 1):
        self.workers = workers
        self.pool = ThreadPoolExecutor(workers)
        self.batches: list[tuple[str, int]] = []  # (work function, articles) in the order given

    def submit(self, fn, batch, settings):
        self.batches.append((fn.__name__, len(batch)))
        return self.pool.submit(fn, batch, settings)

    @staticmethod
    def wait_any(futures):
        return wait(list(futures), return_when=FIRST_COMPLETED).done

    @staticmethod
    def result(future):
        return future.result()

    def close(self, *, cancel: bool = False):
        self.pool.shutdown(cancel_futures=cancel)
