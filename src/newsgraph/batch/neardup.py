"""Near-duplicate articles: the same story run by many outlets, grouped by MinHash/LSH.

An article's *signature* is a MinHash over its word shingles (3 consecutive lower-cased words);
two articles whose signatures agree on a share of positions at or above ``threshold`` (an
estimate of the Jaccard similarity of their shingle sets) are near-duplicates. Signatures are
computed where the article is analysed (``signature`` is pure); the one writer assigns groups with
``NearDuplicates``, an LSH index over the most recent ``window`` articles, so memory stays flat
however many articles pass through it.

A group is named by the id of its first stored article: ``cluster_id == article id`` for an article
that started a group (alone or not), the first article's id for the others.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Optional

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE_WORDS = 3
THRESHOLD = 0.5
WINDOW = 5000

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """The distinct ``size``-word shingles of ``text`` (lower case; the whole text if shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")]
    return list(dict.fromkeys(" ".join(words[i:i + size]).encode("utf-8")
                              for i in range(len(words) - size + 1)))


@lru_cache(maxsize=1)
def _template() -> MinHash:
    # Making a MinHash draws NUM_PERM random permutations; drawing them once saves most of the cost.
    return MinHash(num_perm=NUM_PERM)


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text`` (``NUM_PERM`` unsigned integers). Pure and deterministic."""
    template = _template()
    minhash = MinHash(num_perm=NUM_PERM, permutations=template.permutations, scheme=template.scheme)
    minhash.update_batch(shingles(text))
    return minhash.hashvalues.copy()


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of the shingle sets two signatures stand for."""
    return float(np.mean(a == b))


class NearDuplicates:
    """Assigns each new article to the group of its most similar recent article, or a new group."""

    def __init__(self, threshold: float = THRESHOLD, window: int = WINDOW):
        self.threshold = threshold
        self.window = window
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        # article id -> (signature, cluster id), oldest first, at most ``window`` entries
        self._recent: OrderedDict[int, tuple[np.ndarray, int]] = OrderedDict()
        self._scheme = _template().scheme

    def __len__(self) -> int:
        return len(self._recent)

    def _lean(self, sig: np.ndarray) -> LeanMinHash:
        return LeanMinHash(seed=1, hashvalues=sig, scheme=self._scheme)

    def match(self, sig: np.ndarray) -> Optional[int]:
        """The cluster id of the most similar recent article at or above the threshold, or None."""
        best, best_score = None, self.threshold
        for candidate in self._lsh.query(self._lean(sig)):
            other, cluster = self._recent[candidate]
            score = similarity(sig, other)
            if score >= best_score:
                best, best_score = cluster, score
        return best

    def add(self, article_id: int, sig: np.ndarray, cluster_id: Optional[int] = None) -> int:
        """Index a stored article; return its cluster id (``cluster_id`` if known, else matched)."""
        if article_id in self._recent:
            return self._recent[article_id][1]
        if cluster_id is None:
            cluster_id = self.match(sig)
            if cluster_id is None:
                cluster_id = article_id
        self._lsh.insert(article_id, self._lean(sig), check_duplication=False)
        self._recent[article_id] = (sig, cluster_id)
        while len(self._recent) > self.window:
            oldest, _ = self._recent.popitem(last=False)
            self._lsh.remove(oldest)
        return cluster_id

    def add_all(self, rows: Iterable[tuple[int, np.ndarray, Optional[int]]]) -> list[tuple[int, int]]:
        """``add`` each (article id, signature, known cluster or None); return the new assignments."""
        assigned = []
        for article_id, sig, cluster_id in rows:
            new = self.add(article_id, sig, cluster_id)
            if cluster_id is None:
                assigned.append((article_id, new))
        return assigned
