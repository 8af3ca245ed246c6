"""Filters and paging read from the query string, checked once, the same for pages, API and CSV.

A malformed value is a ``BadRequest`` that names the parameter and says what is expected.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Optional

from starlette.datastructures import QueryParams

from newsgraph.model import PLOVER_TYPES
from newsgraph.web.http import BadRequest

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
CSV_MAX_ROWS = 100_000
MAX_NUMBER = 10**12  # no database here has more rows; larger numbers would overflow SQLite's integers
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Filters:
    """What a list is narrowed to. Dates are ISO strings at the precision given ("2022", "2022-12")."""

    q: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    actor: Optional[str] = None  # an actor id, or a name (matched on name and aliases)
    recipient: Optional[str] = None
    country: Optional[str] = None  # ISO 3166 alpha-3
    type: Optional[str] = None  # PLOVER event type
    place: Optional[str] = None
    speaker: Optional[str] = None

    def as_query(self) -> dict:
        """The filters that are set, as query parameters (for links that keep them)."""
        return {k: v for k, v in asdict(self).items() if v}

    def any(self) -> bool:
        return bool(self.as_query())


@dataclass(frozen=True)
class Page:
    limit: int = DEFAULT_LIMIT
    offset: int = 0


def check_date(name: str, value: str) -> str:
    """``value`` if it is YYYY, YYYY-MM or YYYY-MM-DD naming a real date, else BadRequest."""
    if not _DATE.match(value):
        raise BadRequest(f"{name}={value!r} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY).")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        raise BadRequest(f"{name}={value!r} is not a calendar date.") from None
    return value


def until_bound(value: str) -> str:
    """The exclusive-friendly upper bound of a partial date: "2022-12" covers up to "2022-12-99"."""
    return value + {4: "-99-99", 7: "-99"}.get(len(value), "")


def _text(params: QueryParams, name: str, max_len: int = 200) -> Optional[str]:
    value = (params.get(name) or "").strip()
    if len(value) > max_len:
        raise BadRequest(f"{name} is longer than {max_len} characters.")
    return value or None


def read_filters(params: QueryParams) -> Filters:
    """The filters in a query string, each checked."""
    since, until = _text(params, "since", 10), _text(params, "until", 10)
    if since:
        check_date("since", since)
    if until:
        check_date("until", until)
    if since and until and since > until_bound(until):
        raise BadRequest(f"since={since} is after until={until}.")
    country = _text(params, "country", 3)
    if country:
        if not re.fullmatch(r"[A-Za-z]{3}", country):
            raise BadRequest(f"country={country!r} is not an ISO 3166 alpha-3 code such as RUS or USA.")
        country = country.upper()
    event_type = _text(params, "type", 20)
    if event_type:
        event_type = event_type.upper()
        if event_type not in PLOVER_TYPES:
            raise BadRequest(f"type={event_type!r} is not a PLOVER event type; use one of: "
                             + ", ".join(PLOVER_TYPES) + ".")
    return Filters(q=_text(params, "q"), since=since, until=until, actor=_text(params, "actor"),
                   recipient=_text(params, "recipient"), country=country, type=event_type,
                   place=_text(params, "place"), speaker=_text(params, "speaker"))


def read_int(params: QueryParams, name: str, default: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name}={raw!r} is not a whole number.") from None
    if value < 0:
        raise BadRequest(f"{name} must not be negative.")
    if value > MAX_NUMBER:
        raise BadRequest(f"{name}={value} is too large.")
    return value


def read_page(params: QueryParams, default: int = DEFAULT_LIMIT, maximum: int = MAX_LIMIT) -> Page:
    """limit/offset; a limit above ``maximum`` is a BadRequest (rather than silently less)."""
    limit = read_int(params, "limit", default)
    if limit > maximum:
        raise BadRequest(f"limit={limit} is above the maximum of {maximum}; page with offset instead.")
    return Page(limit=limit or default, offset=read_int(params, "offset", 0))


def wants_csv(params: QueryParams) -> bool:
    fmt = (params.get("format") or "").lower()
    if fmt and fmt not in ("csv", "json", "html"):
        raise BadRequest(f"format={fmt!r}: use csv or json.")
    return fmt == "csv"


def without(filters: Filters, **changes) -> Filters:
    return replace(filters, **changes)
