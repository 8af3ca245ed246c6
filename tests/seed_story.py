"""Where the seed story lies (../shared/seed, beside the checkout; never copied here)."""
import os
from pathlib import Path

# NEWSGRAPH_SHARED: where ../shared is when the checkout is not beside it (a git worktree elsewhere)
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
SEED = SHARED / "seed" / "000_b4c4be988496e769.txt"
SEED_PUBLISHED = "2022-12-02"
