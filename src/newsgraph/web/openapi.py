"""The OpenAPI 3.1 description of ``/api/...`` (served at ``/api/openapi.json``)."""
from __future__ import annotations

from newsgraph import __version__
from newsgraph.model import PLOVER_TYPES
from newsgraph.web.params import DEFAULT_LIMIT, MAX_LIMIT


def _param(name: str, description: str, schema: dict | None = None, where: str = "query",
           required: bool = False) -> dict:
    return {"name": name, "in": where, "required": required, "description": description,
            "schema": schema or {"type": "string"}}


DATE = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
FILTERS = [
    _param("q", "Full-text search (words and \"quoted phrases\", all must match)."),
    _param("since", "Earliest date, YYYY-MM-DD (or YYYY-MM, YYYY).", DATE),
    _param("until", "Latest date, inclusive, YYYY-MM-DD (or YYYY-MM, YYYY).", DATE),
    _param("actor", "An actor id, an ISO 3166 alpha-3 code (every actor of that country), an actor code "
           "(USAGOV), or part of a name or alias (any case). Statements: the speaker; articles: mentioned."),
    _param("recipient", "Events only: the recipient, named as for actor."),
    _param("speaker", "Statements (and the articles holding them): the speaker, named as for actor."),
    _param("country", "ISO 3166 alpha-3 code of the actor, speaker or recipient.",
           {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
    _param("type", "PLOVER event type.", {"type": "string", "enum": list(PLOVER_TYPES)}),
    _param("place", "Part of a place name (any case)."),
    _param("kind", "Statements: direct, indirect or mixed.", {"type": "string", "enum": ["direct", "indirect", "mixed"]}),
    _param("frame", "Statements: all (every statement, with or without a resolved speaker), or a "
           "comma-separated list of speech, writing, belief, intention, no_comment (statements with a "
           "speaker; default: speech,writing)."),
    _param("modality", "Events: asserted (default: those whose doer and recipient the confidence gate does not doubt), "
           "all (doubted ones too), negated, hypothetical or intended.",
           {"type": "string", "enum": ["asserted", "all", "negated", "hypothetical", "intended"]}),
]
PAGING = [
    _param("limit", f"Rows per page (default {DEFAULT_LIMIT}, at most {MAX_LIMIT}).",
           {"type": "integer", "minimum": 0, "maximum": MAX_LIMIT}),
    _param("offset", "Rows to skip.", {"type": "integer", "minimum": 0}),
]
FORMAT = _param("format", "json (default) or csv: the whole filtered list as a CSV download.",
                {"type": "string", "enum": ["json", "csv"]})
ID = _param("id", "Database id.", {"type": "integer"}, where="path", required=True)
ERRORS = {
    "400": {"description": "A malformed filter (e.g. a date that is not YYYY, YYYY-MM or YYYY-MM-DD).",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
    "401": {"description": "The server needs its token (Authorization: Bearer, ?token= or cookie)."},
}
NOT_FOUND = {"404": {"description": "No record with this id.",
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}


def _op(summary: str, parameters: list, list_result: bool = False, csv: bool = False, extra=None) -> dict:
    ok = {"description": "OK", "content": {"application/json": {"schema": {
        "$ref": "#/components/schemas/Page"} if list_result else {"type": "object"}}}}
    if csv:
        ok["content"]["text/csv"] = {"schema": {"type": "string"}}
    return {"get": {"summary": summary, "parameters": parameters,
                    "responses": {"200": ok, **ERRORS, **(extra or {})}}}


def openapi() -> dict:
    lists = FILTERS + PAGING + [FORMAT]
    return {
        "openapi": "3.1.0",
        "info": {"title": "newsgraph API", "version": __version__,
                 "description": "Who said what, who did what to whom, when and where — every fact with "
                                "the character offsets of the words that support it."},
        "paths": {
            "/api/home": _op("Counts, newest articles, most active actors, events by type and month.", []),
            "/api/search": _op("Full-text search over statements and articles, with facets.",
                               FILTERS + PAGING + [FORMAT, _param("in", "statements (default) or articles: "
                                                                  "which list the paging applies to.")]),
            "/api/articles": _op("Articles, newest first.", lists, True, True),
            "/api/articles/{id}": _op("One article with its text and every coded span.", [ID], extra=NOT_FOUND),
            "/api/statements": _op("Statements, newest first.", lists, True, True),
            "/api/actors": _op("Actors by name (q matches names and aliases).", lists, True, True),
            "/api/actors/{id}": _op("One actor: who, what it said, did and had done to it, counterparts.",
                                    [ID], extra=NOT_FOUND),
            "/api/events": _op("Events (one row per distinct event, with its number of sources).",
                               lists, True, True),
            "/api/events/timeline": _op("Event counts by month and type.", FILTERS),
            "/api/events/network": _op("Actor -> recipient links by type and count.", FILTERS),
            "/api/events/places": _op("Places with their number of events.", FILTERS),
            "/api/places": _op("Geocoded places with their number of events.", lists, True, True),
            "/api/positions": _op(
                "Two actors' requests, rejections, offers, accusations, agreements and threats toward each "
                "other, by date, one item per report with its quote and source (type= for any other type).",
                [_param("a", "First side (actor id, name or country code).", required=True),
                 _param("b", "Second side.", required=True)] + lists, True, True),
        },
        "components": {"schemas": {
            "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
                "status": {"type": "integer"}, "message": {"type": "string"}}}}},
            "Page": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"type": "object"}}, "total": {"type": "integer"},
                "limit": {"type": "integer"}, "offset": {"type": "integer"},
                "next": {"type": ["string", "null"]}, "filters": {"type": "object"}}},
        }},
    }
