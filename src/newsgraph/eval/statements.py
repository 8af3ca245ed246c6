"""Score ``find_statements`` against PolNeAR-format data (the metrics are in ``eval.polnear``).

The analysis is run exactly as ``analyze`` runs it, except that speakers are not resolved:
PolNeAR's gold source is the local mention, so an actor index that resolves nothing is
used and only the source *span* is compared. Nothing here reads gold roles before scoring.
Statements of every frame are scored (PolNeAR counts beliefs and intentions as attributions);
no-comments carry no content and are not scored.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Optional

from newsgraph.analyze.statements import find_statements
from newsgraph.eval.polnear import Attribution, PolnearArticle, Tally, read_polnear, strip_segments
from newsgraph.eval.splits import is_frozen_polnear
from newsgraph.model import Statement


class NoResolution:
    """An actor index that resolves no mention: scoring must not depend on actor resolution."""

    def resolve(self, span):
        return None

    def actor(self, actor_id):
        return None

    def country_actor(self, iso3, sector=None):
        return None

    def to_list(self):
        return []


def as_attribution(text: str, statement: Statement) -> Attribution:
    """A statement's source, cue and content as PolNeAR-style segments."""

    def segs(spans) -> tuple:
        return strip_segments(text, ((s.start, s.end) for s in spans if s is not None))

    return Attribution(segs([statement.source]), segs([statement.cue]), segs(statement.content))


def predict(doc, published: Optional[str] = None) -> list[Attribution]:
    """The attributions newsgraph finds in a parsed article."""
    statements = find_statements(doc, NoResolution(), [], published)
    return [as_attribution(doc.text, s) for s in statements if s.content]


def score_parsed(pairs: Iterable[tuple[PolnearArticle, object]]) -> Tally:
    """Tally predictions against gold for (article, parsed doc) pairs."""
    tally = Tally()
    for article, doc in pairs:
        tally.add(article.attributions, predict(doc, article.published))
    return tally


def _parsed(articles: list[PolnearArticle], model: Optional[str]) -> Iterator[tuple[PolnearArticle, object]]:
    from newsgraph.nlp import loader

    nlp = loader.load(model)
    yield from zip(articles, nlp.pipe((a.text for a in articles), batch_size=16))


def evaluate_polnear(path: str | Path, limit: Optional[int] = None, model: Optional[str] = None,
                     frozen_only: bool = False, exclude: frozenset[str] = frozenset()) -> dict:
    """Parse the first ``limit`` articles of a PolNeAR JSONL file and return the metrics.

    ``frozen_only`` scores only the documents of the frozen fifth (``eval.splits.is_frozen_polnear``):
    on ``train.jsonl`` those are the ones the cue model was not trained on. ``exclude`` names documents
    left out (e.g. the blind-check articles developers have since read: see ``read_doc_ids``)."""
    articles = [a for a in read_polnear(path, limit) if a.doc_id not in exclude]
    if frozen_only:
        articles = [a for a in articles if is_frozen_polnear(a.doc_id)]
    return score_parsed(_parsed(articles, model)).metrics()


def read_doc_ids(path: str | Path) -> frozenset[str]:
    """Document ids from a list file: the first word of each line; blank lines and ``#`` comments skipped
    (the format of ``benchmarks/blind_check/pages-*.txt``)."""
    ids = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            ids.add(words[0])
    return frozenset(ids)


def format_metrics(metrics: dict) -> str:
    """The metrics as a short human-readable report."""
    c, e = metrics["content"], metrics["end_to_end"]
    lines = [
        f"articles {metrics['articles']}  gold {metrics['gold']}  predicted {metrics['predicted']}"
        f"  matched {metrics['matched']}",
        f"content (half overlap)  P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}",
        f"source accuracy on matched  {metrics['source_accuracy']:.3f} (exact {metrics['source_exact_accuracy']:.3f})",
        f"cue accuracy on matched     {metrics['cue_accuracy']:.3f} (exact {metrics['cue_exact_accuracy']:.3f})",
        f"end-to-end (content+source) P {e['p']:.3f}  R {e['r']:.3f}  F1 {e['f1']:.3f}",
        "exact-span F1  " + "  ".join(
            f"{role} {metrics['exact_span'][role]['f1']:.3f}" for role in ("source", "cue", "content")
        ),
    ]
    return "\n".join(lines)
