"""From the SOURCE strings a user types to a stream of documents: globs, folders, archives, feeds, URLs.

``iter_sources`` decides, for each SOURCE, which reader reads it:

- ``http://`` / ``https://``: fetched; a feed (by content type or first bytes) gives its entries,
  anything else is one article page;
- ``-``: JSONL from standard input;
- a folder: every article file below it, in name order (hidden files and folders skipped);
- a glob (``*``, ``?``, ``[``; ``**`` recurses): every match, in name order;
- a file: by suffix: ``.warc``/``.warc.gz`` web archives, ``.rss``/``.atom``/``.xml`` feeds, and
  ``.html``/``.htm``/``.txt``/``.jsonl`` (gzipped too; anything else is refused there) through
  ``sources.files``.

The stream is lazy: nothing is read before it is asked for, so a month of archives costs the memory
of one record. Errors are yielded (never raised) as ``InputError`` naming the input.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Optional

import httpx

from newsgraph.errors import InputError, printable
from newsgraph.model import RawDocument
from newsgraph.settings import Settings
from newsgraph.sources import http
from newsgraph.sources.feeds import FEED_SUFFIXES, iter_feed
from newsgraph.sources.files import SUPPORTED_SUFFIXES, iter_documents
from newsgraph.sources.opening import open_regular
from newsgraph.sources.skipped import AlreadyStored, KnownUrl
from newsgraph.sources.warc import is_warc, iter_warc

Item = RawDocument | InputError | AlreadyStored

# What a folder walk picks up; a file named explicitly is read whatever its suffix.
FOLDER_SUFFIXES = SUPPORTED_SUFFIXES + (".warc", ".warc.gz", ".rss", ".atom")
_GLOB_CHARS = ("*", "?", "[")
FETCH_THREADS = 4  # a feed's entry pages fetched at once (politeness to one site matters more than speed)


def iter_sources(sources: Iterable[str], settings: Settings, *, known_url: Optional[KnownUrl] = None,
                 client: Optional[httpx.Client] = None) -> Iterator[Item]:
    """Every document (or error, or skip marker) the SOURCE strings name, in the order given.

    ``known_url`` (URL -> already stored?) lets feeds and archives skip stored articles before
    fetching or reading them; ``client`` is the HTTP client to use (one is made when needed).
    """
    reader = _Reader(settings, known_url, client)
    try:
        for source in sources:
            yield from reader.read(source)
    finally:
        reader.close()


class _Reader:
    def __init__(self, settings: Settings, known_url: Optional[KnownUrl], client: Optional[httpx.Client]):
        self.settings = settings
        self.known_url = known_url
        self._client, self._own_client = client, client is None
        self._fetchers: Optional[ThreadPoolExecutor] = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = http.make_client(self.settings)
        return self._client

    @property
    def fetchers(self) -> ThreadPoolExecutor:
        """Threads that fetch a feed's entry pages a few at a time (network waits, not CPU)."""
        if self._fetchers is None:
            _ = self.client  # made here, once, not by several fetching threads at the same time
            self._fetchers = ThreadPoolExecutor(max_workers=FETCH_THREADS, thread_name_prefix="fetch")
        return self._fetchers

    def close(self) -> None:
        if self._fetchers is not None:
            self._fetchers.shutdown(wait=True, cancel_futures=True)
            self._fetchers = None
        if self._own_client and self._client is not None:
            self._client.close()
            self._client = None

    def read(self, source: str) -> Iterator[Item]:
        if http.is_url(source):
            yield from self.url(source)
        elif source == "-":
            yield from _files([source], self.settings)
        elif os.path.isdir(source):
            for path in _walk(source):
                yield from self.file(path)
        elif os.path.exists(source):
            yield from self.file(source)
        elif any(c in source for c in _GLOB_CHARS):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                yield InputError(source, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    for path in _walk(match):
                        yield from self.file(path)
                else:
                    yield from self.file(match)
        else:
            yield InputError(source, "no such file, folder or URL")

    def file(self, path: str) -> Iterator[Item]:
        if is_warc(path):
            yield from iter_warc(path, max_bytes=self.settings.max_bytes, known_url=self.known_url)
        elif path.lower().endswith(FEED_SUFFIXES):
            yield from self.feed_file(path)
        else:
            yield from _files([path], self.settings)

    def feed_file(self, path: str) -> Iterator[Item]:
        source = printable(path)
        try:
            with open_regular(path, source) as handle:
                data = handle.read(self.settings.max_bytes + 1)
        except InputError as error:
            yield error
            return
        except OSError as exc:
            yield InputError(source, f"cannot read feed: {exc.strerror or exc}")
            return
        if len(data) > self.settings.max_bytes:
            yield InputError(source, f"too large: more than {self.settings.max_bytes} bytes")
            return
        yield from iter_feed(data, source, self._fetch_entry, self.known_url, executor=self.fetchers)

    def url(self, url: str) -> Iterator[Item]:
        if self.known_url is not None and self.known_url(url):
            yield AlreadyStored(url)
            return
        # A URL the user typed may be on their own network (an intranet feed); so may its
        # redirects and its entry links to that same host (and port). Anything else must be public.
        host = http.host_key(url) if http.private_address(url) is not None else None
        try:
            fetched = http.fetch(url, self.settings, self.client, private_host=host)
            if http.is_feed(fetched):
                def fetch_entry(link: str, title: Optional[str], published: Optional[str]) -> RawDocument:
                    return self._fetch_entry(link, title, published, private_host=host)

                yield from iter_feed(fetched.content, url, fetch_entry, self.known_url, executor=self.fetchers)
            else:
                yield http.as_document(fetched)
        except InputError as error:
            yield error

    def _fetch_entry(self, url: str, title: Optional[str], published: Optional[str],
                     private_host: Optional[str] = None) -> RawDocument:
        if not http.is_url(url):
            raise InputError(url, "feed entry link is not an http(s) URL")
        return http.fetch_article(url, self.settings, self.client, title=title, published=published,
                                  private_host=private_host)


def _walk(folder: str) -> Iterator[str]:
    """Article files below ``folder``, in name order, skipping hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(FOLDER_SUFFIXES):
                yield os.path.join(root, name)


def _files(paths: list[str], settings: Settings) -> Iterator[RawDocument | InputError]:
    """Plain files (.txt, .html, .jsonl, gzipped too) and stdin: the reader in ``sources.files``."""
    yield from iter_documents(paths, settings)
