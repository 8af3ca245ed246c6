"""PolNeAR attributions and how predicted statements are scored against them.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) marks every attribution with a source, a cue
and a content, each a list of character segments into the article text. The gold source is
the *local* mention ("he", "the senator"), so scoring compares spans, never resolved actors.

Metrics (all pure functions of gold and predicted spans; nothing here looks at how the
prediction was made):

* content overlap matching: a predicted and a gold attribution match when the characters
  their contents share are at least half of the gold content's characters *and* at least
  half of the predicted content's characters; pairs are matched one to one, largest
  overlap first. Content precision/recall/F1 count matched pairs.
* source and cue accuracy: over matched pairs, the share whose source (cue) also matches
  under the same half-and-half overlap rule (a gold attribution without a source is right
  only when the prediction has none either); "exact" variants need identical spans.
* end-to-end: a matched pair whose source is also right; P/R/F1 over all predictions/golds.
* exact-span F1 per role (comparable to the published PolNeAR numbers): a role's segments,
  stripped of surrounding white space, must be identical; counted as multisets per article.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

Segments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Attribution:
    """One attribution, gold or predicted: each role a tuple of (start, end) segments."""

    source: Segments
    cue: Segments
    content: Segments


@dataclass
class PolnearArticle:
    doc_id: str
    text: str
    published: Optional[str]
    attributions: list[Attribution] = field(default_factory=list)


def strip_segments(text: str, segments: Iterable[tuple[int, int]]) -> Segments:
    """Segments with surrounding white space removed, empty ones dropped, in text order."""
    out = []
    for start, end in segments:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return tuple(sorted(out))


def read_polnear(path: str | Path, limit: Optional[int] = None) -> Iterator[PolnearArticle]:
    """Articles of a PolNeAR JSONL file (one article a line), at most ``limit`` of them."""
    with open(path, encoding="utf-8") as handle:
        count = 0
        for line in handle:
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            record = json.loads(line)
            text = record["text"]

            def role(attribution: dict, name: str, text: str = text) -> Segments:
                return strip_segments(text, ((s["start"], s["end"]) for s in attribution.get(name) or []))

            attributions = [
                Attribution(role(a, "source"), role(a, "cue"), role(a, "content"))
                for a in record.get("attributions", [])
            ]
            # An attribution without content cannot be matched by content; PolNeAR has one.
            attributions = [a for a in attributions if a.content]
            published = (record.get("date") or None)
            yield PolnearArticle(record.get("doc_id", str(count)), text, published, attributions)
            count += 1


def characters(segments: Segments) -> set[int]:
    """The character offsets ``segments`` cover."""
    chars: set[int] = set()
    for start, end in segments:
        chars.update(range(start, end))
    return chars


def half_overlap(a: Segments, b: Segments) -> bool:
    """True when a and b share at least half of each one's characters."""
    ca, cb = characters(a), characters(b)
    if not ca or not cb:
        return False
    shared = len(ca & cb)
    return 2 * shared >= len(ca) and 2 * shared >= len(cb)


def match_contents(gold: list[Attribution], pred: list[Attribution]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs whose contents half-overlap, largest overlap first."""
    candidates = []
    gold_chars = [characters(g.content) for g in gold]
    pred_chars = [characters(p.content) for p in pred]
    for gi, gc in enumerate(gold_chars):
        for pi, pc in enumerate(pred_chars):
            if not gc or not pc:
                continue
            shared = len(gc & pc)
            if shared and 2 * shared >= len(gc) and 2 * shared >= len(pc):
                candidates.append((shared, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _role_right(gold: Segments, pred: Segments) -> bool:
    if not gold:
        return not pred
    return half_overlap(gold, pred)


@dataclass
class Tally:
    """Counts summed over articles; ``metrics()`` turns them into the reported numbers."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    source_right: int = 0
    source_exact: int = 0
    cue_right: int = 0
    cue_exact: int = 0
    exact: dict = field(default_factory=lambda: {r: [0, 0, 0] for r in ("source", "cue", "content")})
    articles: int = 0

    def add(self, gold: list[Attribution], pred: list[Attribution]) -> None:
        self.articles += 1
        self.gold += len(gold)
        self.pred += len(pred)
        for gi, pi in match_contents(gold, pred):
            g, p = gold[gi], pred[pi]
            self.matched += 1
            self.source_right += _role_right(g.source, p.source)
            self.source_exact += g.source == p.source
            self.cue_right += _role_right(g.cue, p.cue)
            self.cue_exact += g.cue == p.cue
        for role in ("source", "cue", "content"):
            gold_spans = Counter(getattr(a, role) for a in gold if getattr(a, role))
            pred_spans = Counter(getattr(a, role) for a in pred if getattr(a, role))
            counts = self.exact[role]
            counts[0] += sum((gold_spans & pred_spans).values())
            counts[1] += sum(gold_spans.values())
            counts[2] += sum(pred_spans.values())

    def metrics(self) -> dict:
        def prf(tp: int, n_gold: int, n_pred: int) -> dict:
            p = tp / n_pred if n_pred else 0.0
            r = tp / n_gold if n_gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

        m = self.matched
        return {
            "articles": self.articles, "gold": self.gold, "predicted": self.pred, "matched": m,
            "content": prf(m, self.gold, self.pred),
            "source_accuracy": round(self.source_right / m, 4) if m else 0.0,
            "source_exact_accuracy": round(self.source_exact / m, 4) if m else 0.0,
            "cue_accuracy": round(self.cue_right / m, 4) if m else 0.0,
            "cue_exact_accuracy": round(self.cue_exact / m, 4) if m else 0.0,
            "end_to_end": prf(self.source_right, self.gold, self.pred),
            "exact_span": {role: prf(*self.exact[role]) for role in ("source", "cue", "content")},
        }
