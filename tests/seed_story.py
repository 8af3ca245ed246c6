"""Where the seed story lies (../shared/seed, beside the checkout; never copied here)."""
from pathlib import Path

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_b4c4be988496e769.txt"
SEED_PUBLISHED = "2022-12-02"
