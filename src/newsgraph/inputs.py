"""User inputs (paths, directories, JSONL, ``-``) -> Articles, reporting each bad input and going on.

Used by `newsgraph extract` and `newsgraph analyze`; the edge where I/O (sources) meets the pure
extraction.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Iterator, Optional

from newsgraph.errors import InputError
from newsgraph.extract import extract
from newsgraph.model import Article
from newsgraph.settings import Settings
from newsgraph.sources.files import iter_documents


def read_articles(paths: Iterable[str], settings: Settings, on_error: Callable[[InputError], None], *,
                  published: Optional[str] = None, url: Optional[str] = None) -> Iterator[Article]:
    """Clean articles from ``paths``, in order. Each input that can't be read or holds no article
    is passed to ``on_error`` (naming it) and skipped. ``published``/``url`` override metadata."""
    for item in iter_documents(list(paths), settings):
        if isinstance(item, InputError):
            on_error(item)
            continue
        try:
            article = extract(item)
        except InputError as exc:
            on_error(exc)
            continue
        if len(article.text) > settings.max_chars:
            on_error(InputError(article.source or "?", f"article text too long ({len(article.text):,} characters; "
                                f"the limit is {settings.max_chars:,})"))
            continue
        if published or url:
            article = replace(article, published=published or article.published, url=url or article.url)
        yield article
