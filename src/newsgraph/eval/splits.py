"""Frozen evaluation splits: which part of each shared data file is only ever scored, never tuned on.

Fixed on 2026-11-30, before the work on issues 8-12 tuned anything. Membership is a salted hash of a
stable key (a page id, a document id, a normalised sentence), so it never depends on file order and
anybody can recompute it. Rules and models may be developed on the *tune* part only; the numbers we
report are on the *frozen* part, and we say so.

- ``articles-dev``: a frozen half of the 91 pages (by page id).
- ``polnear/train.jsonl``: a frozen fifth of the documents (by ``doc_id``); ``dev.jsonl`` stays the
  headline set, this is the second check.
- ``conflibert``: a frozen third of the sentences (by normalised sentence). Learned models use k-fold
  cross-validation over the rest (``fold_of``). The older "held-out fifth" (``eval.events.is_held_out``)
  was read while earlier rules were tuned and no longer counts as unseen.
- actor check sets: a frozen half of the phrases (by normalised phrase).
"""
from __future__ import annotations

import hashlib

SALT = "newsgraph-frozen-2026-11-30"


def _bucket(kind: str, key: str, buckets: int) -> int:
    normal = " ".join(key.split()).lower()
    digest = hashlib.sha256(f"{SALT}|{kind}|{normal}".encode("utf-8", "surrogatepass")).hexdigest()
    return int(digest, 16) % buckets


def is_frozen_page(page_id: str) -> bool:
    """An ``articles-dev`` page in the frozen half (scored only)."""
    return _bucket("articles-dev", page_id, 2) == 0


def is_frozen_polnear(doc_id: str) -> bool:
    """A PolNeAR ``train.jsonl`` document in the frozen fifth (scored only, never trained on)."""
    return _bucket("polnear", doc_id, 5) == 0


def is_frozen_sentence(sentence: str) -> bool:
    """A ConfliBERT sentence in the frozen third (scored only, never read for rules or training)."""
    return _bucket("conflibert", sentence, 3) == 0


def is_frozen_actor_phrase(phrase: str) -> bool:
    """An actor check-set phrase in the frozen half (scored only)."""
    return _bucket("actors", phrase, 2) == 0


def fold_of(key: str, folds: int = 5) -> int:
    """The cross-validation fold (0..folds-1) of a tune-part item, stable across runs."""
    return _bucket("fold", key, folds)
