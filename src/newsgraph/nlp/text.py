"""The text of a spaCy Doc, computed once.

``Doc.text`` joins every token on each access (O(n)); analysis code that slices the text in loops
must not pay that per slice. ``text_of(doc)`` keeps the joined text in ``doc.user_data``.
"""
from __future__ import annotations

_KEY = "newsgraph.text"


def text_of(doc) -> str:
    """``doc.text``, cached on the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
