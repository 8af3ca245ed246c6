"""The web's lists: the store's query layer (``newsgraph.store.lists`` / ``aggregates``) with its
flat rows shaped into the nested items the pages and the JSON API show.

Nothing here decides which rows match or in what order: that is the store's, for the command line
and notebooks too. Lists return ``{"items", "total", "limit", "offset"}``.
"""
from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from sqlalchemy import Connection

from newsgraph.store import lists
from newsgraph.store.aggregates import (  # noqa: F401 - the charts' data, served as they are
    actor_names,
    counts,
    event_network,
    event_places,
    event_timeline,
    most_active_actors,
)
from newsgraph.store.filters import Filters
from newsgraph.store.lists import Page, list_actors, list_articles, list_places  # noqa: F401


def statement_item(r: dict) -> dict:
    return {
        "id": r["id"], "article_id": r["article_id"], "local_id": r["local_id"], "date": r["date_given"],
        "sort_date": r["date"], "kind": r["kind"], "frame": r["frame"],
        "speaker": {"id": r["speaker_id"], "name": r["speaker"], "title": r["speaker_title"],
                    "country": r["speaker_country"], "code": r["speaker_code"]}
        if r["speaker_id"] is not None else None,
        "source": r["source"], "cue": r["cue"], "content": r["content"],
        "article": {"id": r["article_id"], "title": r["article_title"], "published": r["published"],
                    "site": r["site"], "url": r["url"]},
    }


def list_statements(conn: Connection, f: Filters, page: Page) -> dict:
    found = lists.list_statements(conn, f, page)
    return {**found, "items": [statement_item(r) for r in found["items"]]}


def event_items(conn: Connection, rows: list[dict]) -> list[dict]:
    """Events (flat rows with their first report) with their actors' names and titles."""
    names = actor_names(conn, [r["actor_id"] for r in rows] + [r["recipient_id"] for r in rows])
    return [{
        "id": r["id"], "type": r["type"], "mode": r["mode"], "negated": r["negated"],
        "hypothetical": r["hypothetical"], "intended": r["intended"], "date": r["date"],
        "actor": names.get(r["actor_id"]), "recipient": names.get(r["recipient_id"]),
        "place": {"id": r["place_id"], "name": r["place"], "country": r["place_country"], "lat": r["lat"],
                  "lon": r["lon"]} if r["place_id"] is not None else None,
        "num_sources": r["num_sources"], "num_articles": r["num_articles"], "num_mentions": r["num_mentions"],
        "source": {"article_id": r["article_id"], "local_id": r["local_id"], "title": r["article_title"],
                   "site": r["site"], "published": r["published"], "trigger": r["trigger"],
                   "evidence": r["evidence"], "confidence": r["confidence"]}
        if r["article_id"] is not None else None,
    } for r in rows]


def list_events(conn: Connection, f: Filters, page: Page) -> dict:
    found = lists.list_events(conn, f, page)
    return {**found, "items": event_items(conn, found["items"])}


def iter_all(conn: Connection, lister, f: Filters, batch: int = 1000, cap: int = 100_000) -> Iterator[dict]:
    """Every row of a list (for CSV downloads), in the list's order, ``batch`` rows a query, at most ``cap``."""
    if lister is list_statements:
        rows: Iterator[dict] = (statement_item(r) for r in lists.stream_statements(conn, f, batch))
    elif lister is list_events:
        rows = (item for chunk in _chunks(lists.stream_events(conn, f, batch), batch)
                for item in event_items(conn, chunk))
    else:
        rows = lists.stream_pages(conn, lister, f, batch, cap)
    return islice(rows, cap)


def _chunks(rows: Iterator[dict], size: int) -> Iterator[list[dict]]:
    while chunk := list(islice(rows, size)):
        yield chunk
