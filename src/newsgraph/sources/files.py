"""Files, directories and stdin to RawDocuments: the input side of `extract` and `analyze`.

Accepted: ``.txt``, ``.html``/``.htm``, ``.jsonl`` (see ``sources.jsonl``), each also
gzip-compressed (``.txt.gz``, ``.html.gz``, ``.htm.gz``, ``.jsonl.gz``); directories (searched
recursively in sorted order, hidden files and folders skipped, files of other types skipped
silently); and ``-`` for JSONL on stdin. A file named explicitly with another extension is an
error.

Bytes become text by ``extract.encoding``'s rules: UTF-8 (or UTF-16 with a BOM), else cp1252
for plausible Western text; HTML tries the charset it declares before cp1252. A file over
``settings.max_bytes`` (after decompression), an empty, binary or undecodable file is an
``InputError`` naming it; so is anything that is not a regular file (a FIFO, a device, also
behind a symbolic link). A ``.jsonl.gz`` may inflate to ``settings.max_inflate_ratio`` times its
size at most (a gzip bomb stops there, with an error).

Nothing is read before it is needed: directories are walked lazily and one file is held in
memory at a time; JSONL is read line by line.
"""
from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Optional, Union

from newsgraph.errors import InputError, printable
from newsgraph.extract.encoding import UndecodableText, decode_html, decode_text, looks_binary
from newsgraph.model import RawDocument
from newsgraph.settings import Settings
from newsgraph.sources.jsonl import iter_jsonl
from newsgraph.sources.opening import Capped, InflatedTooMuch, inflate_cap, open_regular

STDIN = "-"
STDIN_NAME = "<stdin>"
TEXT_SUFFIXES = (".txt", ".txt.gz")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

Item = Union[RawDocument, InputError]


def kind_of(path: Path) -> Optional[str]:
    """"text", "html" or "jsonl" by the file's extension (case-insensitive); None if unsupported."""
    name = path.name.lower()
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return None


def _walk(directory: Path, seen: Optional[set] = None) -> Iterator[Union[Path, InputError]]:
    """Supported files under ``directory``, depth first in sorted name order, hidden ones skipped;
    an ``InputError`` for a directory that cannot be listed.

    A directory reached twice through symbolic links is walked once (no endless loops).
    """
    seen = set() if seen is None else seen
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(str(directory), f"cannot list directory: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from _walk(path, seen)
        elif entry.is_file() and kind_of(path) is not None:
            yield path


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """The (decompressed) bytes of ``path``, a regular file; ``InputError`` when they pass ``max_bytes``."""
    source = printable(str(path))
    with open_regular(path, source) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise InputError(source, f"file is too large ({size:,} bytes; the limit is {max_bytes:,}, "
                                     "settings.max_bytes)")
        if not path.name.lower().endswith(".gz"):
            return handle.read(max_bytes + 1)
        try:
            with gzip.GzipFile(fileobj=handle, mode="rb") as stream:
                data = stream.read(max_bytes + 1)  # never inflate a gzip bomb past the limit
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(source, f"not a readable gzip file ({error})") from None
    if len(data) > max_bytes:
        raise InputError(source, f"file is too large once decompressed (more than {max_bytes:,} "
                                 "bytes, settings.max_bytes)")
    return data


def read_file(path: Path, kind: str, settings: Settings) -> RawDocument:
    """One .txt or .html file as a RawDocument (content decoded to ``str``).

    Raises ``InputError`` naming the path when it is empty, binary, undecodable or too large.
    """
    source = printable(str(path))
    data = _read_limited(path, settings.max_bytes)
    if not data.strip():
        raise InputError(source, "file is empty")
    if looks_binary(data):
        raise InputError(source, "binary file (NUL or control bytes), not text or HTML")
    try:
        content = decode_html(data) if kind == "html" else decode_text(data)
    except UndecodableText as error:
        raise InputError(source, str(error)) from None
    return RawDocument(content=content, source=source, kind=kind)


def _jsonl_file(path: Path, settings: Settings) -> Iterator[Item]:
    source = printable(str(path))
    try:
        handle = open_regular(path, source)
    except InputError as error:
        yield error
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            yield InputError(source, "file is empty")
            return
        stream: BinaryIO | Capped = handle
        if path.name.lower().endswith(".gz"):
            cap = inflate_cap(size, settings.max_bytes, settings.max_inflate_ratio)
            stream = Capped(gzip.GzipFile(fileobj=handle, mode="rb"), cap)
        try:
            count = 0
            for count, item in enumerate(iter_jsonl(stream, source, settings.max_bytes), start=1):  # noqa: B007
                yield item
            if count == 0:
                yield InputError(source, "file is empty (no records, only blank lines)")
        except InflatedTooMuch as error:
            yield InputError(source, str(error))
        except (OSError, EOFError, zlib.error) as error:  # a corrupt .gz found mid-way
            yield InputError(source, f"cannot read further: {error}")


def _file(path: Path, settings: Settings, named: bool) -> Iterator[Item]:
    kind = kind_of(path)
    if kind is None:
        if named:
            yield InputError(printable(str(path)), f"unsupported file type; expected one of "
                                        f"{', '.join(SUPPORTED_SUFFIXES)} or a directory")
        return
    if kind == "jsonl":
        yield from _jsonl_file(path, settings)
        return
    try:
        yield read_file(path, kind, settings)
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(str(path), f"cannot read: {error.strerror or error}")


def iter_documents(paths: Iterable[Union[str, Path]], settings: Settings,
                   stdin: Optional[BinaryIO] = None) -> Iterator[Item]:
    """Every document in ``paths``, in order, each a ``RawDocument`` or an ``InputError``.

    Errors are yielded, not raised, so the caller can report one input (``error.source`` names it:
    a path, or ``path:line`` in JSONL) and go on with the rest. ``-`` reads JSONL from ``stdin``
    (default: the process's standard input, as bytes); its records are named ``<stdin>:line``.
    RawDocuments from .txt/.html files carry ``str`` content; JSONL ``text`` records are
    ``verbatim``. Pass each document to ``newsgraph.extract.extract``.
    """
    for given in paths:
        if str(given) == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from iter_jsonl(stream, STDIN_NAME, settings.max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for found in _walk(path):
                if isinstance(found, InputError):
                    yield found
                else:
                    yield from _file(found, settings, named=False)
        elif path.is_file():
            yield from _file(path, settings, named=True)
        elif path.exists():
            yield InputError(str(path), "not a regular file or directory")
        else:
            yield InputError(str(path), "no such file or directory")

