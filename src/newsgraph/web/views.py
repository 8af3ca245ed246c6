"""What each page shows, as plain data: the HTML pages render it, the ``/api/`` twins return it as JSON.

Every function here takes a request, reads the checked filters and paging from it, and returns a
JSON-ready dict, so a page and its API twin cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Optional

from sqlalchemy import Connection
from starlette.requests import Request

from newsgraph.web import article_page, profiles, queries
from newsgraph.web.cache import stamp
from newsgraph.web.http import BadRequest, NotFound
from newsgraph.web.params import MAX_NUMBER, Filters, Page, query_of, read_filters, read_page


@contextmanager
def connection(request: Request) -> Iterator[Connection]:
    with request.app.state.store.connect() as conn:
        yield conn


def _id(request: Request, name: str = "id") -> int:
    value = int(request.path_params[name])
    if value > MAX_NUMBER:  # beyond any row id (and beyond what SQLite's integers hold)
        raise NotFound(f"No record with id {value}.")
    return value


def filter_names(conn: Connection, f: Filters) -> dict[str, str]:
    """Readable names for filters given as actor ids ("actor": "12" -> "Dana Whitfield")."""
    wanted = {k: int(v) for k, v in query_of(f).items()
              if k in ("actor", "recipient", "speaker") and v.isdigit() and int(v) <= MAX_NUMBER}
    names = queries.actor_names(conn, wanted.values())
    return {k: names[i]["name"] for k, i in wanted.items() if i in names}


def cached(request: Request, conn: Connection, name: str, compute, *args):
    """``compute(conn, *args)``, through the app's aggregate cache (see ``cache``).

    The database's stamp is read once per request, however many aggregates the page shows.
    """
    if not hasattr(request.state, "data_stamp"):
        request.state.data_stamp = stamp(conn)
    return request.app.state.cache.get(request.state.data_stamp, name, args, lambda: compute(conn, *args))


def home(request: Request) -> dict:
    with connection(request) as conn:
        return {
            "counts": cached(request, conn, "counts", queries.counts),
            "newest": queries.list_articles(conn, Filters(), Page(limit=10)),
            "top_actors": cached(request, conn, "top_actors", queries.most_active_actors, 10),
            "timeline": cached(request, conn, "timeline", queries.event_timeline, Filters()),
        }


SEARCH_TARGETS = ("statements", "articles")


def search(request: Request) -> dict:
    f, page = read_filters(request.query_params), read_page(request.query_params, default=20)
    target = request.query_params.get("in") or "statements"
    if target not in SEARCH_TARGETS:
        raise BadRequest(f"in={target!r}: search in 'statements' or 'articles'.")
    with connection(request) as conn:
        statements_page = queries.list_statements(conn, f, page if target == "statements" else Page(limit=5))
        articles_page = queries.list_articles(conn, f, page if target == "articles" else Page(limit=5))
        return {"filters": query_of(f), "filter_names": filter_names(conn, f), "in": target,
                "statements": statements_page,
                "articles": articles_page, "facets": cached(request, conn, "facets", profiles.statement_facets, f)}


def article(request: Request) -> dict:
    """The article's Analysis JSON, every statement kept (the API's contract)."""
    return _one(request, article_page.load_article, "article")


def article_shown(request: Request) -> dict:
    """The Article page's data: the statements the ``frame`` parameter lists (by default those the
    default view shows, ``model.is_shown``), and how many others there are."""
    f = read_filters(request.query_params)
    return article_page.with_statements_listed(article(request), f)


def actor(request: Request) -> dict:
    return _one(request, profiles.actor_profile, "actor")


def _one(request: Request, load: Callable[[Connection, int], Optional[dict]], what: str) -> dict:
    """What ``load`` finds for the request's id, or 404 naming ``what`` was not found."""
    with connection(request) as conn:
        found = load(conn, _id(request))
    if found is None:
        raise NotFound(f"No {what} with id {_id(request)}.")
    return found


def positions(request: Request) -> dict:
    params = request.query_params
    f, page = read_filters(params), read_page(params)
    a, b = (params.get("a") or "").strip(), (params.get("b") or "").strip()
    if len(a) > 200 or len(b) > 200:
        raise BadRequest("a and b name actors: at most 200 characters each.")
    if bool(a) != bool(b):
        raise BadRequest("Positions compare two actors: give both a= and b= (an id, a name or a country code).")
    if not a:
        return {"sides": None, "items": [], "total": 0, "limit": page.limit, "offset": page.offset,
                "by_type": [], "filters": query_of(f)}
    with connection(request) as conn:
        return {**profiles.positions(conn, a, b, f, page), "filters": query_of(f)}


def events(request: Request) -> dict:
    """The Events page: a page of the list plus the timeline, network and map of the whole selection."""
    f, page = read_filters(request.query_params), read_page(request.query_params)
    with connection(request) as conn:
        return {"filters": query_of(f), "filter_names": filter_names(conn, f),
                "events": queries.list_events(conn, f, page),
                "timeline": cached(request, conn, "timeline", queries.event_timeline, f),
                "network": cached(request, conn, "network", queries.event_network, f),
                "places": cached(request, conn, "places", queries.event_places, f)}


def listing(lister):
    """A view of one paged list (articles, statements, events, actors, places) with the filters."""

    def view(request: Request) -> dict:
        f, page = read_filters(request.query_params), read_page(request.query_params)
        with connection(request) as conn:
            return {"filters": query_of(f), "filter_names": filter_names(conn, f), **lister(conn, f, page)}

    return view


def chart(builder):
    """A view of one chart's data (events timeline, network, places) for the filters."""

    def view(request: Request):
        f = read_filters(request.query_params)
        with connection(request) as conn:
            return {"filters": query_of(f), "data": cached(request, conn, builder.__name__, builder, f)}

    return view
