"""RSS and Atom feeds: each entry becomes an article.

An entry with a link is fetched as an article page (the feed's title and date travel with it);
an entry without one is read from its own content. A feed whose XML cannot be read is one
``InputError``; a feed that parses only partly gives an error *and* the entries that were recovered.
"""
from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from typing import Optional, Union

import feedparser

from newsgraph.errors import InputError
from newsgraph.model import RawDocument
from newsgraph.sources.skipped import AlreadyStored, KnownUrl

Item = Union[RawDocument, InputError, AlreadyStored]
LOOKAHEAD = 8  # entry pages fetched ahead of the consumer when an executor is given

# Called with (url, title, published) for an entry's link; returns the page or raises InputError.
FetchArticle = Callable[[str, Optional[str], Optional[str]], RawDocument]

FEED_SUFFIXES = (".rss", ".atom", ".xml")

# feedparser flags these as "bozo" though the entries are fine; they are not worth an error row.
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def _date(entry) -> Optional[str]:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%d", parsed)


def _content(entry) -> Optional[tuple[str, str]]:
    """(the entry's own content, "html" or "text"), or None when it has none.

    Content that is plain text (declared ``text/plain``, or with no markup at all) is read as a
    text article: an HTML extractor would find "no article" in it.
    """
    details = [(item.get("value", ""), item.get("type")) for item in entry.get("content") or []]
    if entry.get("summary"):
        details.append((entry["summary"], (entry.get("summary_detail") or {}).get("type")))
    for value, media in details:
        if value and value.strip():
            plain = media == "text/plain" or not _MARKUP.search(value)
            return value, "text" if plain else "html"
    return None


_MARKUP = re.compile(r"<[A-Za-z!/]")


def iter_feed(data: bytes, source: str, fetch_article: Optional[FetchArticle] = None,
              known_url: Optional[KnownUrl] = None, *, executor: Optional[Executor] = None,
              lookahead: int = LOOKAHEAD) -> Iterator[RawDocument | InputError | AlreadyStored]:
    """The articles of the feed in ``data`` (read from ``source``, a path or URL), in feed order.

    Entry links are fetched with ``fetch_article`` (none given: the entry's own content is used);
    links ``known_url`` says are stored already are yielded as ``AlreadyStored`` and not fetched.
    With an ``executor`` (threads), up to ``lookahead`` links are fetched at once, ahead of the
    consumer; the order of the results is still the feed's.
    """
    parsed = feedparser.parse(data)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and isinstance(problem, _BENIGN):
        problem = None
    if not parsed.get("version") or (problem is not None and not parsed.entries):
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "not an RSS/Atom feed"
        yield InputError(source, reason)
        return
    if problem is not None:
        yield InputError(source, f"malformed feed XML ({problem}); {len(parsed.entries)} entries recovered")
    planned: deque = deque()
    for number, entry in enumerate(parsed.entries, start=1):
        planned.append(_plan(entry, f"{source}#entry{number}", fetch_article, known_url, executor))
        while len(planned) > (lookahead if executor is not None else 0):
            yield _outcome(planned.popleft())
    while planned:
        yield _outcome(planned.popleft())


def _plan(entry, entry_source: str, fetch_article: Optional[FetchArticle], known_url: Optional[KnownUrl],
          executor: Optional[Executor]) -> Item | Future:
    """What one entry gives: an item now, or (with an executor) the future of its fetched page."""
    title, published = entry.get("title"), _date(entry)
    link = entry.get("link")
    if link and not link.lower().startswith(("http://", "https://")):
        link = None  # feedparser offers an entry's id ("urn:...", "tag:...") as its link when it has none
    if link and known_url is not None and known_url(link):
        return AlreadyStored(link)
    if link and fetch_article is not None:
        if executor is not None:
            return executor.submit(fetch_article, link, title, published)
        try:
            return fetch_article(link, title, published)
        except InputError as error:
            return error
    found = _content(entry)
    if found is None:
        return InputError(entry_source, "feed entry has neither a link to fetch nor any content")
    content, kind = found
    return RawDocument(content=content, source=entry_source, kind=kind, url=link, title=title,
                       published=published)


def _outcome(planned: Item | Future) -> Item:
    if not isinstance(planned, Future):
        return planned
    try:
        return planned.result()
    except InputError as error:
        return error
