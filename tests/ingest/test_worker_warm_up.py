"""A worker process's warm-up: the model and the tables loaded, then left out of garbage collection."""
from __future__ import annotations

import subprocess
import sys

PROBE = """
import gc
from newsgraph.batch.work import warm_up
from newsgraph.settings import Settings
before = gc.get_freeze_count()
name = warm_up(Settings())
print(before, gc.get_freeze_count(), name)
"""


def test_warm_up_freezes_what_it_loaded_in_the_worker_process():
    # a fresh interpreter, as a spawned worker is, so this test process's collector is left alone
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=300)
    before, after, name = out.stdout.split()
    assert int(before) == 0
    # the spaCy model alone is some hundred thousand objects: all of them are now frozen
    assert int(after) > 100_000
    assert name.startswith("core_web_sm")
