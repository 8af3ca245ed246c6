"""The progress bar of a long ingestion: articles done, articles per second, failures (on stderr)."""
from __future__ import annotations

import sys
import time

from tqdm import tqdm

POSTFIX_EVERY_S = 0.5


class Progress:
    """Counts finished articles (stored, skipped, failed) and shows them when ``enabled``."""

    def __init__(self, enabled: bool = True, description: str = "ingest", stored_label: str = "stored"):
        self._bar = tqdm(desc=description, unit=" articles", file=sys.stderr, disable=not enabled,
                         dynamic_ncols=True, mininterval=POSTFIX_EVERY_S, smoothing=0.1,
                         bar_format="{desc}: {n_fmt}{unit} [{elapsed}, {rate_noinv_fmt}{postfix}]")
        self.stored = self.skipped = self.failed = 0
        self._label = stored_label
        self._shown = 0.0

    def advance(self, *, stored: int = 0, skipped: int = 0, failed: int = 0) -> None:
        self.stored += stored
        self.skipped += skipped
        self.failed += failed
        now = time.monotonic()
        if now - self._shown >= POSTFIX_EVERY_S:
            self._shown = now
            self._show()
        self._bar.update(stored + skipped + failed)

    def _show(self) -> None:
        self._bar.set_postfix_str(f"{self._label} {self.stored}, skipped {self.skipped}, failed {self.failed}",
                                  refresh=False)

    def close(self) -> None:
        self._show()
        self._bar.close()
