"""Query strings turned into the store's ``Filters`` and paging, checked once, the same for pages,
API and CSV.

The web's names: ``q`` (full text), ``speaker``, ``actor``, ``recipient``, ``country``, ``type``,
``kind``, ``place``, ``since``, ``until``, ``frame`` (``all``: every statement, with or without a
resolved speaker; or a comma-separated list of frames, of statements with a speaker; default: speech
and writing by a speaker) and ``modality`` (``all``, ``negated``, ``hypothetical``, ``intended``; default:
asserted events the confidence gate does not doubt; ``all`` adds the doubted ones). The rules they
follow are the store's (``newsgraph.store.filters``). A malformed value is a ``BadRequest`` that names the
parameter and says what is expected.
"""
from __future__ import annotations

from typing import Optional

from starlette.datastructures import QueryParams

from newsgraph.store.filters import MAX_NUMBER, FilterError, Filters
from newsgraph.store.lists import Page
from newsgraph.web.http import BadRequest

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
CSV_MAX_ROWS = 100_000
FILTER_PARAMS = ("q", "speaker", "actor", "recipient", "country", "type", "kind", "place", "since", "until",
                 "frame", "modality")
__all__ = ["Filters", "Page", "MAX_NUMBER", "read_filters", "read_page", "read_int", "query_of", "wants_csv"]


def read_filters(params: QueryParams) -> Filters:
    """The filters in a query string, each checked (``BadRequest`` naming the bad one)."""
    values: dict[str, Optional[str]] = {name: params.get(name) for name in FILTER_PARAMS}
    for name in ("since", "until", "country"):
        value = (values[name] or "").strip()
        if len(value) > 10:
            raise BadRequest(f"{name} is longer than 10 characters.")
    try:
        return Filters.of(text=values.pop("q"), frames=values.pop("frame") or Filters().frames,
                          modality=values.pop("modality") or "asserted", **values)
    except FilterError as e:
        raise BadRequest(str(e)) from None


def query_of(f: Filters) -> dict[str, str]:
    """The filters that narrow ``f`` as query parameters (for links that keep them)."""
    out = {}
    for name, value in f.as_dict().items():
        if name == "text":
            out["q"] = value
        elif name == "frames":
            out["frame"] = "all" if f.all_frames else ",".join(value)
        elif name != "article_id":
            out[name] = str(value)
    return out


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
