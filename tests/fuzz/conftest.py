"""The fuzz suite's hypothesis profile: few examples by default so the test command stays quick
(NEWSGRAPH_FUZZ_EXAMPLES=500 for a longer hunt), no deadline per example (a shared CI machine is
slow at times), and no example database written into the checkout. The examples are derandomized
(the same ones every run, so CI is repeatable); NEWSGRAPH_FUZZ_RANDOM=1 draws new ones."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "newsgraph", max_examples=int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "40")), deadline=None,
    database=None, derandomize=not os.environ.get("NEWSGRAPH_FUZZ_RANDOM"), suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.function_scoped_fixture])
settings.load_profile("newsgraph")
