"""The newsgraph web app (Starlette): server-rendered pages, each with a JSON twin under ``/api/``.

``create_app(db_url)`` opens the database read-only and returns an ASGI app; ``newsgraph serve`` runs
it with uvicorn. Nothing happens at import time. Every response carries a Content-Security-Policy,
X-Frame-Options, X-Content-Type-Options and Referrer-Policy; a request whose address is longer
than 8 kB is answered 414 (``web.http.Hardened``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from newsgraph import __version__
from newsgraph.model import PLOVER_TYPES
from newsgraph.store import Store
from newsgraph.web import charts
from newsgraph.web.auth import TokenMiddleware
from newsgraph.web.cache import AggregateCache
from newsgraph.web.http import EXCEPTION_HANDLERS, Hardened

HERE = Path(__file__).parent


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(charts=charts, PLOVER_TYPES=PLOVER_TYPES, version=__version__,
                       url_with=url_with, api_url=api_url)
    return Jinja2Templates(env=env)


def url_with(request: Request, **changes) -> str:
    """The current page's URL with some query parameters changed (None or "" removes one)."""
    params = dict(request.query_params)
    params.pop("token", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return request.url.path + ("?" + query if query else "")


def api_url(request: Request, fmt: Optional[str] = None, path: Optional[str] = None) -> str:
    """The JSON (or CSV) twin of the current page, with the same filters."""
    params = dict(request.query_params)
    params.pop("token", None)
    if fmt:
        params["format"] = fmt
    query = urlencode(params)
    return "/api" + (path or request.url.path.rstrip("/") or "/home") + ("?" + query if query else "")


async def world_svg(request: Request) -> Response:
    return Response(charts.world_svg(), media_type="image/svg+xml",
                    headers={"Cache-Control": "public, max-age=86400"})


class App(Starlette):
    """Starlette with ``http.Hardened`` outermost: security headers on every response (error
    pages included) and 414 for over-long request addresses."""

    def build_middleware_stack(self):
        return Hardened(super().build_middleware_stack())


def create_app(db_url: str, token: Optional[str] = None, store: Optional[Store] = None) -> Starlette:
    """The app over the database at ``db_url``, opened read-only (``store`` overrides, for tests).

    With ``token`` set every request must present it (see ``auth``).
    """
    from newsgraph.web import api, pages  # routes import queries; keep them out of import time

    store = store or Store.open(db_url, readonly=True)
    routes = [
        *pages.ROUTES,
        *api.ROUTES,
        Route("/world.svg", world_svg, name="world"),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [Middleware(TokenMiddleware, token=token)] if token else []
    app = App(routes=routes, middleware=middleware, exception_handlers=EXCEPTION_HANDLERS)
    app.state.store = store
    app.state.templates = _templates()
    app.state.cache = AggregateCache()
    return app
