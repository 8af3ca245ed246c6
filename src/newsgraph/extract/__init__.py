"""HTML or text in, a clean Article out. Pure: no I/O."""
from __future__ import annotations

from newsgraph.model import Article, RawDocument


def extract(raw: RawDocument) -> Article:
    """The clean article in ``raw``; raises ``InputError`` (naming ``raw.source``) when there is none."""
    raise NotImplementedError  # TODO(issue 2)
