"""One article with everything coded in it, as the Article page and ``/api/articles/{id}`` show it.

The data is the store's ``queries.article``: the article's Analysis JSON (the contract in DESIGN.md,
article-local ids "A1", "S1", ...) plus the database ids behind them. ``marks_and_details`` turns it
into highlight marks on the text and, per mark, what newsgraph coded there (the hover card).
``with_statements_listed`` narrows the page (not the API's JSON, which keeps every statement) to the
statements the default view shows, as every other page does (``model.is_shown``), and counts the rest.
"""
from __future__ import annotations

from typing import Optional
from urllib.parse import urlencode

from sqlalchemy import Connection

from newsgraph.model import SHOWN_FRAMES, is_shown
from newsgraph.store import queries as store_queries
from newsgraph.store.filters import Filters
from newsgraph.web.highlight import Mark


def load_article(conn: Connection, article_id: int) -> Optional[dict]:
    """The article's Analysis JSON with database ids (``queries.article``), or None."""
    return store_queries.article(conn, article_id)


def listed(statement: dict, f: Filters) -> bool:
    """Whether the page lists ``statement`` under ``f``'s frames, by the rule of every list
    (``store/select.py``): by default speech and writing by a resolved speaker (``is_shown``); a
    list of frames, those frames with a speaker; ``frame=all``, every statement."""
    if f.all_frames:
        return True
    if f.frames == SHOWN_FRAMES:
        return is_shown(statement["frame"], statement["speaker"])
    return statement["frame"] in f.frames and statement["speaker"] is not None


def with_statements_listed(art: dict, f: Filters) -> dict:
    """The article with only the statements ``f`` lists (their highlights and hover cards follow),
    plus ``not_listed`` (how many it leaves out) and ``all_frames`` (whether ``frame=all`` asked
    for every one), so the page can say how many are not shown and link to them all."""
    kept = [s for s in art["statements"] if listed(s, f)]
    return {**art, "statements": kept, "not_listed": len(art["statements"]) - len(kept),
            "all_frames": f.all_frames}


def people(art: dict) -> dict[str, dict]:
    """The article's actors by local id ("A1" -> the actor's JSON, with ``actor_id``)."""
    return {a["id"]: a for a in art["actors"]}


def _name(actors: dict[str, dict], local: Optional[str]) -> Optional[str]:
    return actors[local]["name"] if local in actors else None


def _actor_href(actors: dict[str, dict], local: Optional[str]) -> Optional[str]:
    actor = actors.get(local) if local else None
    return f"/actors/{actor['actor_id']}" if actor and actor.get("actor_id") else None


def marks_and_details(art: dict) -> tuple[list[Mark], dict[str, dict]]:
    """Highlight marks for the text and, per mark key, what newsgraph coded there (for the hover card).

    Keys are ``actor-A1``, ``statement-S1``, ``event-E1``, ``place-P1`` (the article-local ids) and
    ``date-<n>`` (the n-th date found).
    """
    actors = people(art)
    places = {p["id"]: p for p in art["places"]}
    marks: list[Mark] = []
    details: dict[str, dict] = {}
    for a in art["actors"]:
        key = f"actor-{a['id']}"
        details[key] = {"kind": "actor", "label": "Actor", "name": a["name"], "title": a.get("title"),
                        "country": a.get("country"), "sector": a.get("sector"), "actor_kind": a.get("kind"),
                        "href": _actor_href(actors, a["id"])}
        marks += [Mark(m["start"], m["end"], "actor", key) for m in a["mentions"]]
    for s in art["statements"]:
        key = f"statement-{s['id']}"
        speaker = actors.get(s["speaker"]) or {}
        details[key] = {"kind": "statement", "label": f"Statement ({s['kind']})", "speaker": speaker.get("name"),
                        "title": speaker.get("title"), "cue": (s["cue"] or {}).get("text"),
                        "date": s["date"], "said_as": (s["source"] or {}).get("text"),
                        "href": _actor_href(actors, s["speaker"])}
        marks += [Mark(c["start"], c["end"], "statement", key) for c in s["content"]]
        if s["cue"]:
            marks.append(Mark(s["cue"]["start"], s["cue"]["end"], "cue", key))
    for e in art["events"]:
        key = f"event-{e['id']}"
        actor = actors.get(e["actor"])
        query = {"type": e["type"], **({"actor": actor["actor_id"]} if actor and actor.get("actor_id") else {})}
        details[key] = {"kind": "event", "label": "Event", "type": e["type"], "mode": e["mode"],
                        "negated": e["negated"], "actor": _name(actors, e["actor"]),
                        "recipient": _name(actors, e["recipient"]), "date": e["date"],
                        "place": places[e["place"]]["name"] if e["place"] in places else None,
                        "confidence": e["confidence"], "trigger": (e["trigger"] or {}).get("text"),
                        "href": "/events?" + urlencode(query)}
        if e["trigger"]:
            marks.append(Mark(e["trigger"]["start"], e["trigger"]["end"], "event", key))
    for p in art["places"]:
        key = f"place-{p['id']}"
        details[key] = {"kind": "place", "label": "Place", "name": p["name"], "country": p["country"],
                        "feature": p["feature"], "lat": p["lat"], "lon": p["lon"],
                        "href": "/events?" + urlencode({"place": p["name"]})}
        marks += [Mark(m["start"], m["end"], "place", key) for m in p["mentions"]]
    for n, d in enumerate(art["dates"], 1):
        key = f"date-{n}"
        details[key] = {"kind": "date", "label": "Date", "text": d["text"], "value": d["value"]}
        marks.append(Mark(d["start"], d["end"], "date", key))
    return marks, details
