"""Print the actors newsgraph finds on chosen tune-half pages of articles-dev, for judging by hand.

    python benchmarks/actor_sample.py DATA_DIR PAGE_ID_PREFIX ...

Refuses frozen pages (``eval.splits.is_frozen_page``) and the blind-check pages
(``benchmarks/blind_check/pages.txt``). One line per actor: id, kind, country, sector, name, mentions, title.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.eval.splits import is_frozen_page  # noqa: E402
from newsgraph.extract import extract  # noqa: E402
from newsgraph.model import RawDocument  # noqa: E402
from newsgraph.pipeline import Pipeline  # noqa: E402

BLIND = ROOT / "benchmarks" / "blind_check" / "pages.txt"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    data, wanted = Path(argv[0]), argv[1:]
    blind = {line.split()[0] for line in BLIND.read_text().splitlines() if line.strip() and not line.startswith("#")}
    pipe = Pipeline()
    for path in sorted((data / "articles-dev" / "html").glob("*.html.gz")):
        page_id = path.name.split(".")[0]
        if not any(page_id.startswith(w) for w in wanted):
            continue
        if is_frozen_page(page_id) or page_id[:12] in blind:
            print(f"{page_id[:12]}: frozen or blind-check page, not shown", file=sys.stderr)
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        article = extract(RawDocument(content=html, source=str(path), kind="html"))
        analysis = pipe.analyze(article)
        print("=====", page_id[:12], (article.title or "")[:80])
        for a in analysis.actors:
            print(f"  {a.id:5} {a.kind or '-':12} {a.country or '-':4} {a.sector or '-':4} {a.name[:45]!r:48} "
                  f"m={len(a.mentions)} title={a.title!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
