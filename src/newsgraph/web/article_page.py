"""One article with everything coded in it, as the Article page and ``/api/articles/{id}`` show it.

``load_article`` reads the article's rows (one query per table, all by ``article_id``);
``marks_and_details`` turns them into highlight marks on the text plus a detail record per mark,
which the page's script shows on hover or selection.
"""
from __future__ import annotations

from typing import Optional
from urllib.parse import urlencode

from sqlalchemy import Connection, select

from newsgraph.store.schema import (
    actors, article_actors, article_places, articles, dates, event_sources, events, mentions,
    place_mentions, places, statements,
)
from newsgraph.web.highlight import Mark
from newsgraph.web.queries import actor_names


def load_article(conn: Connection, article_id: int) -> Optional[dict]:
    """The article and its actors, statements, events, places and dates; None when there is none."""
    row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    if row is None:
        return None
    art = dict(row._mapping)
    art.pop("content_hash", None)
    art["analyzed_at"] = art["analyzed_at"].isoformat() if art.get("analyzed_at") else None
    art["actors"] = _actors(conn, article_id)
    art["statements"] = _statements(conn, article_id)
    art["events"] = _events(conn, article_id)
    art["places"] = _places(conn, article_id)
    art["dates"] = [dict(r._mapping) for r in conn.execute(
        select(dates.c.id, dates.c.start, dates.c.end, dates.c.text, dates.c.value)
        .where(dates.c.article_id == article_id).order_by(dates.c.start))]
    return art


def _actors(conn: Connection, article_id: int) -> list[dict]:
    rows = conn.execute(
        select(article_actors.c.local_id, article_actors.c.actor_id, article_actors.c.name,
               article_actors.c.kind, article_actors.c.sector, article_actors.c.title,
               article_actors.c.aliases, actors.c.country, actors.c.code)
        .join(actors, actors.c.id == article_actors.c.actor_id)
        .where(article_actors.c.article_id == article_id).order_by(article_actors.c.id))
    out = {r.local_id: {**dict(r._mapping), "mentions": []} for r in rows}
    for m in conn.execute(select(mentions.c.local_id, mentions.c.start, mentions.c.end, mentions.c.text)
                          .where(mentions.c.article_id == article_id).order_by(mentions.c.start)):
        if m.local_id in out:
            out[m.local_id]["mentions"].append({"start": m.start, "end": m.end, "text": m.text})
    return list(out.values())


def _statements(conn: Connection, article_id: int) -> list[dict]:
    rows = conn.execute(select(statements).where(statements.c.article_id == article_id)
                        .order_by(statements.c.id)).all()
    names = actor_names(conn, [r.speaker_id for r in rows])
    out = []
    for r in rows:
        out.append({
            "id": r.id, "local_id": r.local_id, "speaker": names.get(r.speaker_id), "kind": r.kind,
            "date": r.date, "source": _span(r, "source"), "cue": _span(r, "cue"),
            "content": list(r.content_spans or []),
        })
    return out


def _events(conn: Connection, article_id: int) -> list[dict]:
    rows = conn.execute(
        select(event_sources, events.c.type, events.c.actor_id, events.c.recipient_id,
               events.c.num_articles, events.c.num_sources)
        .join(events, events.c.id == event_sources.c.event_id)
        .where(event_sources.c.article_id == article_id).order_by(event_sources.c.id)).all()
    names = actor_names(conn, [r.actor_id for r in rows] + [r.recipient_id for r in rows])
    place_names = dict(conn.execute(select(places.c.id, places.c.name).where(
        places.c.id.in_([r.place_id for r in rows if r.place_id is not None]))).all())
    return [{
        "event_id": r.event_id, "local_id": r.local_id, "type": r.type, "mode": r.mode,
        "negated": bool(r.negated), "date": r.date, "confidence": r.confidence,
        "actor": names.get(r.actor_id), "recipient": names.get(r.recipient_id),
        "place": {"id": r.place_id, "name": place_names.get(r.place_id)} if r.place_id else None,
        "actor_span": _span(r, "actor"), "recipient_span": _span(r, "recipient"),
        "trigger": _span(r, "trigger"), "evidence": _span(r, "evidence"),
        "statement_local": r.statement_local, "num_articles": r.num_articles, "num_sources": r.num_sources,
    } for r in rows]


def _places(conn: Connection, article_id: int) -> list[dict]:
    rows = conn.execute(
        select(article_places.c.local_id, article_places.c.place_id, article_places.c.name, places.c.country,
               places.c.lat, places.c.lon, places.c.feature, places.c.geonameid)
        .join(places, places.c.id == article_places.c.place_id)
        .where(article_places.c.article_id == article_id).order_by(article_places.c.id))
    out = {r.local_id: {**dict(r._mapping), "mentions": []} for r in rows}
    for m in conn.execute(select(place_mentions.c.local_id, place_mentions.c.start, place_mentions.c.end,
                                 place_mentions.c.text)
                          .where(place_mentions.c.article_id == article_id).order_by(place_mentions.c.start)):
        if m.local_id in out:
            out[m.local_id]["mentions"].append({"start": m.start, "end": m.end, "text": m.text})
    return list(out.values())


def _span(row, name: str) -> Optional[dict]:
    start, end = getattr(row, f"{name}_start"), getattr(row, f"{name}_end")
    if start is None or end is None:
        return None
    return {"start": start, "end": end, "text": getattr(row, f"{name}_text")}


def _who(actor: Optional[dict]) -> Optional[str]:
    return actor["name"] if actor else None


def marks_and_details(art: dict) -> tuple[list[Mark], dict[str, dict]]:
    """Highlight marks for the text and, per mark key, what newsgraph coded there (for the hover card)."""
    marks: list[Mark] = []
    details: dict[str, dict] = {}
    for a in art["actors"]:
        key = f"actor-{a['local_id']}"
        details[key] = {"kind": "actor", "label": "Actor", "name": a["name"], "title": a["title"],
                        "country": a["country"], "sector": a["sector"], "actor_kind": a["kind"],
                        "href": f"/actors/{a['actor_id']}"}
        marks += [Mark(m["start"], m["end"], "actor", key) for m in a["mentions"]]
    for s in art["statements"]:
        key = f"statement-{s['local_id']}"
        speaker = s["speaker"] or {}
        details[key] = {"kind": "statement", "label": f"Statement ({s['kind']})", "speaker": speaker.get("name"),
                        "title": speaker.get("title"), "cue": (s["cue"] or {}).get("text"),
                        "date": s["date"], "said_as": (s["source"] or {}).get("text"),
                        "href": f"/actors/{speaker['id']}" if speaker.get("id") else None}
        marks += [Mark(c["start"], c["end"], "statement", key) for c in s["content"]]
        if s["cue"]:
            marks.append(Mark(s["cue"]["start"], s["cue"]["end"], "cue", key))
    for e in art["events"]:
        key = f"event-{e['local_id']}"
        details[key] = {"kind": "event", "label": "Event", "type": e["type"], "mode": e["mode"],
                        "negated": e["negated"], "actor": _who(e["actor"]), "recipient": _who(e["recipient"]),
                        "date": e["date"], "place": (e["place"] or {}).get("name"),
                        "confidence": e["confidence"], "trigger": (e["trigger"] or {}).get("text"),
                        "href": "/events?" + urlencode({"type": e["type"], **({"actor": e["actor"]["id"]} if e["actor"] else {})})}
        if e["trigger"]:
            marks.append(Mark(e["trigger"]["start"], e["trigger"]["end"], "event", key))
    for p in art["places"]:
        key = f"place-{p['local_id']}"
        details[key] = {"kind": "place", "label": "Place", "name": p["name"], "country": p["country"],
                        "feature": p["feature"], "lat": p["lat"], "lon": p["lon"],
                        "href": "/events?" + urlencode({"place": p["name"]})}
        marks += [Mark(m["start"], m["end"], "place", key) for m in p["mentions"]]
    for d in art["dates"]:
        key = f"date-{d['id']}"
        details[key] = {"kind": "date", "label": "Date", "text": d["text"], "value": d["value"]}
        marks.append(Mark(d["start"], d["end"], "date", key))
    return marks, details
