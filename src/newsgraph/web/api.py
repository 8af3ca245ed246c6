"""The JSON API (``/api/...``): the pages' data, paged lists with CSV downloads, and the OpenAPI document.

Lists answer ``{"items", "total", "limit", "offset", "next"}``; ``?format=csv`` streams the whole
filtered list (at most ``CSV_MAX_ROWS`` rows) as CSV, fetched from the database in batches.
"""
from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from newsgraph.web import queries, views
from newsgraph.web.http import csv_response
from newsgraph.web.openapi import openapi
from newsgraph.web.params import CSV_MAX_ROWS, read_filters, read_int, wants_csv

# The columns of each list's CSV download: a dotted name reads a nested field ("speaker.name").
CSV_COLUMNS = {
    "articles": ["id", "published", "title", "site", "url"],
    "statements": ["id", "date", "speaker.id", "speaker.name", "speaker.title", "speaker.country", "cue",
                   "content", "kind", "article.id", "article.title", "article.site", "article.url"],
    "events": ["id", "date", "type", "mode", "negated", "actor.id", "actor.name", "actor.country",
               "recipient.id", "recipient.name", "recipient.country", "place.name", "place.country",
               "num_articles", "num_sources", "num_mentions", "source.article_id", "source.title",
               "source.trigger", "source.evidence"],
    "actors": ["id", "name", "kind", "country", "sector", "code", "title", "statements", "events_as_actor",
               "events_as_recipient"],
    "places": ["id", "name", "country", "lat", "lon", "feature", "geonameid", "events"],
    "positions": ["date", "side", "type", "mode", "negated", "actor.name", "recipient.name", "quote",
                  "trigger", "source.article_id", "source.title", "source.site", "source.url"],
}
LISTERS = {
    "articles": queries.list_articles, "statements": queries.list_statements, "events": queries.list_events,
    "actors": queries.list_actors, "places": queries.list_places,
}


def flat(item: dict, columns: list[str]) -> dict:
    out = {}
    for col in columns:
        value = item
        for part in col.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        out[col] = value
    return out


def with_next(request: Request, data: dict) -> dict:
    """Adds ``next``: the URL of the following page, or None on the last one."""
    if "items" in data and data["offset"] + len(data["items"]) < data["total"]:
        params = dict(request.query_params)
        params.pop("token", None)
        params["offset"] = str(data["offset"] + data["limit"])
        data["next"] = request.url.path + "?" + urlencode(params)
    elif "items" in data:
        data["next"] = None
    return data


def list_endpoint(name: str):
    lister = LISTERS[name]

    def endpoint(request: Request):
        if wants_csv(request.query_params):
            f = read_filters(request.query_params)
            limit = read_int(request.query_params, "limit", CSV_MAX_ROWS) or CSV_MAX_ROWS
            store = request.app.state.store

            def rows():
                with store.connect() as conn:  # held while the download streams
                    for item in queries.iter_all(conn, lister, f, cap=min(limit, CSV_MAX_ROWS)):
                        yield flat(item, CSV_COLUMNS[name])

            return csv_response(CSV_COLUMNS[name], rows(), f"newsgraph-{name}.csv")
        return JSONResponse(with_next(request, views.listing(lister)(request)))

    endpoint.__name__ = f"api_{name}"
    return endpoint


def data_endpoint(view):
    def endpoint(request: Request):
        wants_csv(request.query_params)  # rejects an unknown format
        return JSONResponse(with_next(request, view(request)))

    endpoint.__name__ = f"api_{view.__name__}"
    return endpoint


def search_endpoint(request: Request):
    if wants_csv(request.query_params):
        return list_endpoint("statements")(request)
    data = views.search(request)
    with_next(request, data[data["in"]])
    return JSONResponse(data)


def positions_endpoint(request: Request):
    if wants_csv(request.query_params):
        data = views.positions(request)
        cols = CSV_COLUMNS["positions"]
        return csv_response(cols, (flat(i, cols) for i in data["items"]), "newsgraph-positions.csv")
    return JSONResponse(with_next(request, views.positions(request)))


async def openapi_endpoint(request: Request):
    return JSONResponse(openapi())


ROUTES = [
    Route("/api/openapi.json", openapi_endpoint),
    Route("/api/home", data_endpoint(views.home)),
    Route("/api/search", search_endpoint),
    Route("/api/articles", list_endpoint("articles")),
    Route("/api/articles/{id:int}", data_endpoint(views.article)),
    Route("/api/statements", list_endpoint("statements")),
    Route("/api/actors", list_endpoint("actors")),
    Route("/api/actors/{id:int}", data_endpoint(views.actor)),
    Route("/api/events", list_endpoint("events")),
    Route("/api/events/timeline", data_endpoint(views.chart(queries.event_timeline))),
    Route("/api/events/network", data_endpoint(views.chart(queries.event_network))),
    Route("/api/events/places", data_endpoint(views.chart(queries.event_places))),
    Route("/api/places", list_endpoint("places")),
    Route("/api/positions", positions_endpoint),
]
