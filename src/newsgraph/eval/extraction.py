"""Article extraction benchmark (scrapinghub's article-extraction-benchmark metric).

The data is a folder with ``ground-truth.json`` (``{id: {"articleBody", "url"}}``) and
``html/<id>.html.gz`` (gzip-compressed UTF-8 HTML). The metric, as the benchmark defines it:
tokens are ``\\w+`` matches; each text becomes a multiset of word 4-grams ("shingles"); per page
precision = shared / predicted and recall = shared / gold; precision is averaged over pages
with a non-empty prediction, recall over all pages; F1 is the harmonic mean of the two averages.

This module reads the data (it is evaluation, not the pure core) but never copies it anywhere.
"""
from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from newsgraph.errors import InputError, NewsgraphError
from newsgraph.eval.splits import is_frozen_page
from newsgraph.model import RawDocument

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4

# the parts of the frozen split a run may score, in report order
PARTS = ("tune", "frozen")

# A method maps (html, url) to the article body it finds ("" or None when it finds none).
Method = Callable[[str, Optional[str]], Optional[str]]


class BenchmarkDataMissing(NewsgraphError):
    code = "NG431"


@dataclass(frozen=True)
class Page:
    """One benchmark page: its HTML and the gold article body."""

    id: str
    url: Optional[str]
    html: str
    gold: str


def part_of(page_id: str) -> str:
    """"frozen" for a page of the frozen half (scored only), else "tune"."""
    return "frozen" if is_frozen_page(page_id) else "tune"


@dataclass
class PageScore:
    id: str
    precision: Optional[float]  # None when the prediction is empty
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class MethodScore:
    """A method's averages over the pages (the benchmark's definition)."""

    method: str
    pages: list[PageScore] = field(default_factory=list)
    seconds: float = 0.0  # time spent extracting (not scoring)

    @property
    def precision(self) -> float:
        scored = [p.precision for p in self.pages if p.precision is not None]
        return sum(scored) / len(scored) if scored else 0.0

    @property
    def recall(self) -> float:
        return sum(p.recall for p in self.pages) / len(self.pages) if self.pages else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> int:
        """Pages where the method found nothing."""
        return sum(1 for p in self.pages if p.precision is None)

    def part(self, name: str) -> MethodScore:
        """The scores of the pages in one part of the split ("tune", "frozen"; "all" is every page).
        ``seconds`` is shared out by the number of pages."""
        if name == "all":
            return self
        pages = [p for p in self.pages if part_of(p.id) == name]
        share = self.seconds * len(pages) / len(self.pages) if self.pages else 0.0
        return MethodScore(self.method, pages, share)


def shingles(text: Optional[str], n: int = SHINGLE_SIZE) -> Counter:
    """The multiset of word n-grams of ``text`` (one shingle of all tokens when there are fewer than n)."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    return Counter(" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)))


def score_page(page_id: str, gold: str, predicted: Optional[str]) -> PageScore:
    """Precision (None for an empty prediction) and recall of one prediction against the gold body."""
    truth, guess = shingles(gold), shingles(predicted)
    shared = sum((truth & guess).values())
    precision = shared / sum(guess.values()) if guess else None
    if not truth:
        recall = 1.0 if not guess else 0.0
    else:
        recall = shared / sum(truth.values())
    return PageScore(page_id, precision, recall)


def load_pages(data_dir: Path, parts: Iterable[str] = PARTS) -> Iterator[Page]:
    """The benchmark pages in ``data_dir`` that belong to ``parts``, in id order, read one at a time.

    Raises ``BenchmarkDataMissing`` with the path when the folder or its ground truth is absent.
    """
    data_dir = Path(data_dir)
    truth_path = data_dir / "ground-truth.json"
    if not truth_path.is_file():
        raise BenchmarkDataMissing(
            f"no extraction benchmark at {data_dir} (expected {truth_path} and html/<id>.html.gz); "
            "pass --data with the articles-dev folder")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    wanted = set(parts)
    for page_id in sorted(truth):
        if part_of(page_id) not in wanted:
            continue
        html_path = data_dir / "html" / f"{page_id}.html.gz"
        if not html_path.is_file():
            raise BenchmarkDataMissing(f"{html_path}: page listed in ground-truth.json is missing")
        html = gzip.decompress(html_path.read_bytes()).decode("utf-8", errors="replace")
        entry = truth[page_id]
        yield Page(page_id, entry.get("url"), html, entry.get("articleBody") or "")


def newsgraph_method(html: str, url: Optional[str]) -> Optional[str]:
    """newsgraph's own extractor (``newsgraph.extract``); no article counts as an empty prediction."""
    from newsgraph.extract import extract

    try:
        return extract(RawDocument(content=html, source=url or "page", kind="html", url=url)).text
    except InputError:
        return None


def trafilatura_method(html: str, url: Optional[str]) -> Optional[str]:
    """Plain trafilatura with its default settings: the reference."""
    import trafilatura

    return trafilatura.extract(html, url=url)


METHODS: dict[str, Method] = {"newsgraph": newsgraph_method, "trafilatura": trafilatura_method}


def evaluate(data_dir: Path, methods: Iterable[str] = ("newsgraph", "trafilatura"),
             parts: Iterable[str] = PARTS) -> list[MethodScore]:
    """Score each named method (keys of ``METHODS``) on the pages of ``data_dir`` in ``parts``."""
    names = list(methods)
    unknown = [n for n in names if n not in METHODS]
    if unknown:
        raise ValueError(f"unknown extraction method(s) {unknown}; known: {sorted(METHODS)}")
    scores = {name: MethodScore(name) for name in names}
    for page in load_pages(data_dir, parts):
        for name in names:
            started = time.perf_counter()
            predicted = METHODS[name](page.html, page.url)
            scores[name].seconds += time.perf_counter() - started
            scores[name].pages.append(score_page(page.id, page.gold, predicted))
    return [scores[name] for name in names]


def format_table(scores: list[MethodScore], parts: Iterable[str] = PARTS) -> str:
    """A readable table: for each part of the split that has pages (then "all" when there are
    several), one line per method with P, R, F1, the number of empty predictions, the number of
    pages and the seconds spent extracting."""
    names = [p for p in parts if scores and scores[0].part(p).pages]
    if len(names) > 1:
        names.append("all")
    lines = [f"{'part':<8}{'method':<14}{'precision':>10}{'recall':>10}{'F1':>8}{'empty':>7}{'pages':>7}"
             f"{'seconds':>9}"]
    for name in names:
        for s in (score.part(name) for score in scores):
            lines.append(f"{name:<8}{s.method:<14}{s.precision:>10.4f}{s.recall:>10.4f}{s.f1:>8.4f}"
                         f"{s.empty:>7}{len(s.pages):>7}{s.seconds:>9.2f}")
    return "\n".join(lines)


def format_worst(score: MethodScore, count: int) -> str:
    """The ``count`` tune-half pages where ``score``'s method does worst (by page F1), for finding
    what to fix. Frozen pages are never listed: nobody should look at them while developing."""
    worst = sorted(score.part("tune").pages, key=lambda page: (page.f1, page.id))[:count]
    lines = [f"worst tune-half pages for {score.method}:"]
    for page in worst:
        precision = "-" if page.precision is None else f"{page.precision:.3f}"
        lines.append(f"  {page.id}  P {precision:>5}  R {page.recall:.3f}  F1 {page.f1:.3f}")
    return "\n".join(lines)
