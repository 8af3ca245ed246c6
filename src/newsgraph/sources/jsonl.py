"""JSONL records (one article a line) to RawDocuments, read line by line.

A record carries ``text`` (used verbatim: analysis offsets index into it) or ``html`` (extracted
like a page), and optionally ``id``, ``title``, ``published`` (``YYYY-MM-DD``, or an ISO date-time
whose date part is kept; it must be a real date) and ``url``. Strings with NUL characters or
lone surrogates (``"\\ud800"``) and records nested too deeply to parse are refused. When a record has both ``text`` and ``html``, ``text`` wins:
it is what the offsets must point into. Each bad line is an ``InputError`` named ``path:line``.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import BinaryIO, Optional, Union

from newsgraph.errors import InputError
from newsgraph.model import RawDocument

_ISO_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?$")
_CHUNK = 1 << 16
# A file with more bad lines than this, and more bad than good, is not read further (one error
# says so): 150 KB of gzip can hold ten million junk lines, each of which would be an error row.
MAX_BAD_LINES = 100


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """(line number, bytes) for each line; bytes is None for a line longer than ``max_bytes``,
    whose rest is skipped without holding it in memory."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def normalise_published(value: object) -> Optional[str]:
    """``YYYY-MM-DD`` from a record's ``published`` (a date or ISO date-time); ValueError otherwise.

    The date must exist: ``2022-13-45`` and ``0000-00-00`` are refused, not stored.
    """
    if value is None or value == "":
        return None
    match = _ISO_DATE_PREFIX.match(str(value).strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"'published' must be an ISO date (YYYY-MM-DD), got {_short(value)}")
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        raise ValueError(f"'published' is not a real date: {match.group(1)!r}") from None
    return match.group(1)


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# NUL (no database stores it) and lone surrogates (a JSON "\\ud800" escape: not Unicode, cannot
# be encoded to store or hash) make a string unusable.
_UNUSABLE = re.compile("[\x00\ud800-\udfff]")


def _checked(key: str, value: str) -> str:
    bad = _UNUSABLE.search(value)
    if bad is not None:
        what = "a NUL character" if bad.group() == "\x00" else \
            f"a lone surrogate (\\u{ord(bad.group()):04x}, not Unicode)"
        raise ValueError(f"'{key}' contains {what} at character {bad.start():,}")
    return value


def _optional_str(record: dict, key: str) -> Optional[str]:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ValueError(f"'{key}' must be a string, got {type(value).__name__}")
    return _checked(key, str(value))


def record_document(record: object, source: str) -> RawDocument:
    """The RawDocument of one parsed JSONL record; ``InputError`` naming ``source`` when unusable."""
    if not isinstance(record, dict):
        raise InputError(source, f"a record must be a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    try:
        if isinstance(text, str):
            content, kind, verbatim = _checked("text", text), "text", True
        elif isinstance(html, str):
            content, kind, verbatim = _checked("html", html), "html", False
        else:
            raise ValueError("record has no 'text' or 'html' string")
        return RawDocument(
            content=content, source=source, kind=kind, verbatim=verbatim,
            id=_optional_str(record, "id"), title=_optional_str(record, "title"),
            url=_optional_str(record, "url"), published=normalise_published(record.get("published")))
    except ValueError as error:
        raise InputError(source, str(error)) from None


def iter_jsonl(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Union[RawDocument, InputError]]:
    """Documents and errors from the JSONL ``stream`` (named ``name`` in sources: ``name:line``).

    Blank lines are skipped. A line longer than ``max_bytes``, a line that is not JSON, a record
    that is not an object or has neither ``text`` nor ``html`` gives an ``InputError``; reading
    goes on with the next line, unless more than ``MAX_BAD_LINES`` lines were bad and more were
    bad than good (then one last error names the file and the line where reading stopped).
    """
    bad = good = 0
    for number, line in _lines(stream, max_bytes):
        if bad > MAX_BAD_LINES and bad > good:
            yield InputError(name, f"more than {MAX_BAD_LINES} bad lines, more than good ones: not JSONL "
                                   f"of articles? The rest of the file (from line {number}) was not read")
            return
        item = _line_item(line, f"{name}:{number}", max_bytes)
        if isinstance(item, InputError):
            bad += 1
        elif item is not None:
            good += 1
        if item is not None:
            yield item


def _line_item(line: Optional[bytes], source: str, max_bytes: int) -> Union[RawDocument, InputError, None]:
    """The document or error of one line (None for a blank line)."""
    if line is None:
        return InputError(source, f"line longer than the limit of {max_bytes} bytes")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return InputError(source, "line is not valid UTF-8")
    except json.JSONDecodeError as error:
        return InputError(source, f"malformed JSON: {error.msg} (column {error.colno})")
    except RecursionError:  # {"a":{"a":...}} thousands deep: Python's parser gives up
        return InputError(source, "JSON nested too deeply to read (a record is one flat object)")
    try:
        return record_document(record, source)
    except InputError as error:
        return error
