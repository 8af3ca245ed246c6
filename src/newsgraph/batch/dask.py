"""The Dask runner: the same work functions (``batch.work``) on a Dask cluster.

With no address it starts a ``LocalCluster`` of single-threaded worker processes (spaCy releases
little of the GIL, so processes, not threads); with an address (``tcp://host:8786``) it connects to
a running scheduler whose workers have newsgraph and a spaCy model installed. A worker plugin
(``ModelPlugin``) loads the model in every worker process as it joins, before any work is given,
and the worker keeps it for every batch. Results come back batch by batch as they finish; the main
process stays the one writer.

Some of Dask's defaults cost our workers CPU that local processes do not spend; the local cluster
turns them off (``WORKER_CONFIG``). Measured on the same batches (``benchmarks/scale.py``): the
nanny sets ``MALLOC_TRIM_THRESHOLD_`` in every worker's environment, which also fixes glibc's mmap
threshold at 128 KiB, so spaCy's arrays are mapped and unmapped afresh on each use (some 6,000 page
faults an article, ~12% of a worker's CPU, spent in the kernel); a sampling profiler walks the
worker's stack every 10 ms (~4%). Timers that wake every process many times a second (event-loop
ticks every 20 ms, memory polls every 100 ms, system monitors, work stealing, none of which a
cluster of single-threaded workers fed batch by batch needs that often) cost an idle 2-worker
cluster ~2.5% of a core in the writer's process (where the scheduler and nannies run) and as much
in the workers. The workers of a cluster given by address are started by whoever runs it: the
README says how to start them the same way.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Optional

import dask
from distributed.diagnostics.plugin import WorkerPlugin

from newsgraph.settings import Settings

# What the local cluster's scheduler, nannies and workers are started with (see the module's
# docstring). None removes the variable from what the nanny sets (and so from the writer's own
# environment, which a nanny in this process would otherwise change for every process started after it).
WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
}


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model (and limits BLAS threads) in each worker as it starts."""

    name = "newsgraph-model"

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker) -> None:
        from threadpoolctl import threadpool_limits

        from newsgraph.batch.work import warm_up

        threadpool_limits(1)  # one single-threaded worker per core
        warm_up(self.settings)


class DaskRunner:
    """``submit``/``wait_any``/``result``/``close``, like ``LocalRunner``, on a Dask cluster."""

    name = "dask"

    def __init__(self, settings: Settings, address: Optional[str] = None, worker_config: Optional[dict] = None):
        """``address``: a running scheduler's (default: start a local cluster); ``worker_config``:
        the Dask settings the local cluster starts its workers with (default ``WORKER_CONFIG``)."""
        from distributed import Client, LocalCluster

        self._cluster = None
        if address is None:
            with dask.config.set(WORKER_CONFIG if worker_config is None else worker_config):
                self._cluster = LocalCluster(n_workers=max(1, settings.workers), threads_per_worker=1,
                                             processes=True, dashboard_address=None)
            self._client = Client(self._cluster)
        else:
            self._client = Client(address)
        # Every worker (those there now, and any that join later) loads the model before work.
        self._client.register_plugin(ModelPlugin(settings))
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or settings.workers)

    def submit(self, fn: Callable, *args):
        # pure=False: two equal batches are still two pieces of work (Dask would otherwise merge them)
        return self._client.submit(fn, *args, pure=False)

    @staticmethod
    def wait_any(futures: Iterable) -> set:
        from distributed import wait

        return set(wait(list(futures), return_when="FIRST_COMPLETED").done)

    @staticmethod
    def result(future):
        return future.result()

    def close(self, *, cancel: bool = False) -> None:
        if self._client is None:
            return
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
