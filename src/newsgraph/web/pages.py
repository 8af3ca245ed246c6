"""The HTML pages: each renders its view's data with a Jinja2 template (autoescaped)."""
from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from newsgraph.web import queries, views
from newsgraph.web.article_page import marks_and_details, people
from newsgraph.web.highlight import highlight


def render(template: str, view, nav: str, extra=None):
    def endpoint(request: Request):
        data = view(request)
        context = {"data": data, "nav": nav, **(extra(data) if extra else {})}
        return request.app.state.templates.TemplateResponse(request, template, context)

    endpoint.__name__ = f"page_{template.split('.')[0]}"
    return endpoint


def _article_extra(art: dict) -> dict:
    marks, details = marks_and_details(art)
    return {"highlighted": highlight(art["text"], marks), "details": details, "actors": people(art),
            "places": {p["id"]: p for p in art["places"]}}


ROUTES = [
    Route("/", render("home.html", views.home, "home")),
    Route("/search", render("search.html", views.search, "search")),
    Route("/articles", render("articles.html", views.listing(queries.list_articles), "articles")),
    Route("/articles/{id:int}", render("article.html", views.article_shown, "articles", _article_extra)),
    Route("/actors", render("actors.html", views.listing(queries.list_actors), "actors")),
    Route("/actors/{id:int}", render("actor.html", views.actor, "actors")),
    Route("/positions", render("positions.html", views.positions, "positions")),
    Route("/events", render("events.html", views.events, "events")),
]
