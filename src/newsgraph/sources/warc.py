"""Web archives (``.warc``, ``.warc.gz``): the HTML pages in their response records.

Only ``response`` records of successful HTML pages are articles; request, metadata and
revisit records, images, scripts and archived error pages are passed over without comment
(a crawl is full of them), but an archive without a single HTML page is reported. A record that cannot be read is one ``InputError`` naming the file
and the record's byte offset; reading then resumes at the next record boundary, so one
damaged record never costs the rest of the archive.
"""
from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO, Optional

from warcio.archiveiterator import ArchiveIterator

from newsgraph.errors import InputError, printable
from newsgraph.model import RawDocument
from newsgraph.sources.http import HTML_TYPES, media_type
from newsgraph.sources.opening import open_regular
from newsgraph.sources.skipped import AlreadyStored, KnownUrl

WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_CHUNK = 1 << 20


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: str, *, max_bytes: int = 5_000_000, known_url: Optional[KnownUrl] = None,
              ) -> Iterator[RawDocument | InputError | AlreadyStored]:
    """The HTML pages archived in ``path``, in file order; damaged records become ``InputError``s.

    ``path`` must be a regular file (not a FIFO or a device, also behind a link); an empty file,
    and one without a single WARC record, are errors too (a crawl that wrote nothing is worth
    knowing about).
    """
    name = printable(path)
    try:
        handle = open_regular(path, name)
    except InputError as error:
        yield error
        return
    with handle:
        if os.fstat(handle.fileno()).st_size == 0:
            yield InputError(name, "empty web archive (0 bytes)")
            return
        path = name  # from here on, only to name records in messages
        gzipped = handle.read(3) == _GZIP_MAGIC
        position: Optional[int] = 0
        seen = damaged = pages = 0  # records read, damaged places reported, pages found
        while position is not None:
            handle.seek(position)
            records = ArchiveIterator(handle)
            # A record's pages are held back until the next record header has been read: only
            # then does warcio notice (err_count) that a wrong Content-Length ran into the next one.
            pending: list = []
            previous, warnings = position, records.err_count
            try:
                for record in records:
                    seen += 1
                    if records.err_count != warnings:
                        raise _Corrupt(previous, _OVERRUN)
                    pages += len(pending)
                    yield from pending
                    # (not get_record_offset(): it reads the record to its end, body and all)
                    previous = records.offset
                    if record.rec_type is None or record.length is None:
                        # Without these mandatory headers warcio would read the rest of the file
                        # as this record's body, hiding every record after it.
                        raise _Corrupt(previous, "header without WARC-Type or Content-Length")
                    pending = list(_page(record, path, previous, max_bytes, known_url))
                if records.err_count != warnings:
                    raise _Corrupt(previous, _OVERRUN)
                pages += len(pending)
                yield from pending
                break
            except Exception as exc:  # warcio raises many kinds on damaged bytes; all mean "corrupt"
                if isinstance(exc, _Corrupt):
                    failed_at, reason = exc.offset, exc.reason
                elif records.err_count != warnings:
                    failed_at, reason = previous, _OVERRUN
                else:
                    pages += len(pending)
                    yield from pending
                    failed_at = max(getattr(records, "offset", position) or position, position)
                    reason = f"{exc.__class__.__name__}: {_short(exc)}"
                damaged += 1
                yield InputError(f"warc:{path}#{failed_at}", f"corrupt WARC record ({reason})")
                position = _next_record_start(handle, failed_at + 1, gzipped)
        if not seen and not damaged:
            yield InputError(name, "no WARC record in this file (not a web archive?)")
        elif not pages and not damaged:
            # records, but not one archived HTML page (only requests or metadata, or bytes warcio
            # reads as an empty old-style ARC record): nothing to analyse, and worth knowing
            yield InputError(name, f"no HTML page in this web archive ({seen} record{'s' if seen != 1 else ''})")


_OVERRUN = "its body runs past where its Content-Length says the record ends"


class _Corrupt(Exception):
    """The record at ``offset`` is damaged in a way warcio itself does not raise for."""

    def __init__(self, offset: int, reason: str):
        super().__init__(offset, reason)
        self.offset, self.reason = offset, reason


def _page(record, path: str, offset: int, max_bytes: int, known_url: Optional[KnownUrl],
          ) -> Iterator[RawDocument | InputError | AlreadyStored]:
    """The article in one record, if it is a successful HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return
    status = record.http_headers.get_statuscode()
    if not status or not status.startswith("2"):
        return
    media, charset = media_type(record.http_headers.get_header("Content-Type") or "")
    if media not in HTML_TYPES:
        return
    source = f"warc:{path}#{offset}"
    url = record.rec_headers.get_header("WARC-Target-URI")
    if url and known_url is not None and known_url(url):
        yield AlreadyStored(url)
        return
    try:
        body = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a broken Content-Encoding or chunking in this one record
        yield InputError(source, f"unreadable page body ({exc.__class__.__name__}: {_short(exc)})")
        return
    if len(body) > max_bytes:
        yield InputError(source, f"too large: more than {max_bytes} bytes")
        return
    content: str | bytes = body
    if charset:
        try:
            content = body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # left as bytes: the extractor sniffs the encoding or reports it undecodable
    yield RawDocument(content=content, source=source, kind="html", url=url)


def _next_record_start(handle: BinaryIO, start: int, gzipped: bool) -> Optional[int]:
    """The offset of the first plausible record at or after ``start``, or None at the end of file."""
    size = os.fstat(handle.fileno()).st_size
    magic = _GZIP_MAGIC if gzipped else b"\n" + _WARC_MAGIC
    at = start
    while at < size:
        handle.seek(at)
        chunk = handle.read(_SCAN_CHUNK + len(magic))
        found = chunk.find(magic)
        while found != -1:
            candidate = at + found + (0 if gzipped else 1)
            if candidate >= start and _looks_like_record(handle, candidate, gzipped):
                return candidate
            found = chunk.find(magic, found + 1)
        at += _SCAN_CHUNK
    return None


def _looks_like_record(handle: BinaryIO, offset: int, gzipped: bool) -> bool:
    """Whether a WARC record header starts at ``offset`` (gzip magic also occurs by chance)."""
    handle.seek(offset)
    head = handle.read(4096)
    if not gzipped:
        return head.startswith(_WARC_MAGIC)
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(_WARC_MAGIC)
    except zlib.error:
        return False


def _short(exc: Exception, limit: int = 120) -> str:
    """The exception's message on one line, printable characters only (damaged bytes are noise)."""
    text = " ".join("".join(c if c.isprintable() and ord(c) < 0x250 else "?" for c in str(exc)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
