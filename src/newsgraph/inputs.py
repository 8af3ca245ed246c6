"""User inputs (paths, directories, JSONL, ``-``) -> Articles, reporting each bad input and going on.

Used by `newsgraph extract` and `newsgraph analyze`; the edge where I/O (sources) meets the pure
extraction.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Optional

from newsgraph.batch.budget import OverTime, within
from newsgraph.errors import InputError
from newsgraph.extract import extract
from newsgraph.extract.text import unusable
from newsgraph.model import Article, RawDocument
from newsgraph.settings import Settings
from newsgraph.sources.files import iter_documents


def extract_article(raw: RawDocument, settings: Settings) -> Article:
    """The clean article of ``raw`` within ``settings.max_chars``; ``InputError`` naming the input
    otherwise (also for text with NUL characters, lone surrogates or nothing visible, see
    ``extract.text.unusable``). A crash inside the extractor costs only this input."""
    try:
        article = extract(raw)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a page that breaks the extractor costs only itself
        raise InputError(raw.source, f"extraction failed ({exc.__class__.__name__}: {exc})") from exc
    problem = unusable(article.text)
    if problem is not None:
        raise InputError(raw.source, problem)
    if len(article.text) > settings.max_chars:
        raise InputError(raw.source, f"article text too long ({len(article.text):,} characters; "
                                     f"the limit is {settings.max_chars:,})")
    return article


def read_articles(paths: Iterable[str], settings: Settings, on_error: Callable[[InputError], None], *,
                  published: Optional[str] = None, url: Optional[str] = None) -> Iterator[Article]:
    """Clean articles from ``paths``, in order. Each input that can't be read or holds no article
    is passed to ``on_error`` (naming it) and skipped. ``published``/``url`` override metadata."""
    for item in iter_documents(list(paths), settings):
        if isinstance(item, InputError):
            on_error(item)
            continue
        try:
            with within(settings.article_seconds):
                article = extract_article(item, settings)
        except InputError as exc:
            on_error(exc)
            continue
        except OverTime:
            on_error(InputError(item.source, f"extraction took longer than the budget of "
                                             f"{settings.article_seconds:g} s an article (settings.article_seconds)"))
            continue
        if published or url:
            article = replace(article, published=published or article.published, url=url or article.url)
        yield article
