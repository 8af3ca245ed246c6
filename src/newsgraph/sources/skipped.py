"""What a source yields for an input it did not read because the store already has it."""
from __future__ import annotations

from collections.abc import Callable

# Called with an article's URL; True when the store already holds an article with that URL.
KnownUrl = Callable[[str], bool]


class AlreadyStored:
    """An input skipped before reading or fetching it: its URL is stored already."""

    __slots__ = ("source",)

    def __init__(self, source: str):
        self.source = source

    def __repr__(self) -> str:
        return f"AlreadyStored({self.source!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, AlreadyStored) and other.source == self.source
