"""The multi-process runner: one worker process per core, each with its own spaCy model.

Workers are started with ``spawn`` (a clean interpreter: no database connections, threads or
locks inherited from the writer), ignore Ctrl-C (the main process decides how to stop), load the
model once (as they start), and leave by themselves when the main process disappears (``kill -9``), so no orphan
keeps parsing for nobody.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from newsgraph.settings import Settings

PARENT_CHECK_S = 1.0


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_S)
        if os.getppid() != parent:
            os._exit(1)  # the main process is gone: nobody will read our results


def _init_worker(parent: int, settings: Settings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="parent-watch").start()
    # One process per core already uses every core; BLAS threads on top would only fight for them.
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    # The model is loaded now, before any work arrives, so that the first batch does not wait for
    # it (and every worker's loading overlaps the writer's reading). ``nlp.load`` caches it.
    from newsgraph.batch.work import warm_up
    from newsgraph.errors import ModelNotFound

    try:
        warm_up(settings)
    except ModelNotFound:
        pass  # said clearly by the first analysis batch, which raises it again


class LocalRunner:
    """Runs work functions in ``workers`` processes on this machine.

    ``submit(fn, *args)`` returns a ``concurrent.futures.Future``; ``wait_any(futures)`` returns
    the finished ones; ``result(future)`` their value. The processes start with the first piece
    of work (a run that finds everything stored starts none). A worker that dies (out of memory,
    killed) fails the batches of its pool, which ``result`` raises for; the next ``submit`` starts
    a fresh pool, so the run goes on. Use as a context manager, or call ``close()``.
    """

    name = "local"

    def __init__(self, settings: Settings, workers: int):
        self.workers = max(1, workers)
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable, *args) -> Future:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(os.getpid(), self.settings))
        return self._pool.submit(fn, *args)

    @staticmethod
    def wait_any(futures: Iterable[Future]) -> set[Future]:
        done, _ = wait(list(futures), return_when=FIRST_COMPLETED)
        return done

    def result(self, future: Future):
        try:
            return future.result()
        except BrokenProcessPool:
            self._drop_pool()
            raise

    def _drop_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers; ``cancel``: drop queued work and end running work now (Ctrl-C)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if cancel:
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:  # a batch in progress is not worth waiting for
                if process.is_alive():
                    process.terminate()
            for process in processes:
                process.join(timeout=5)
        else:
            pool.shutdown(wait=True)

    def __enter__(self) -> LocalRunner:
        return self

    def __exit__(self, exc_type, *_exc) -> None:
        self.close(cancel=exc_type is not None)
