"""PLOVER JSON export: one record per distinct event, one JSON object a line.

The record (DESIGN.md; PLOVER's event record, Halterman et al.)::

    {"id": "newsgraph-<event id>", "date": "2022-12-02",
     "actor": {"code": "RUSGOV", "sector": "GOV", "country": "RUS", "entity_text": "Moscow", "name": "Russia"},
     "recipient": {...} or null, "event": "REJECT", "mode": null,
     "event_text": "will not concede",               # the trigger, in the first report
     "text": "the evidence sentence",                # of the first report
     "text_info": {"start": 120, "end": 188, "trigger_start": 140, "trigger_end": 156},
     "cite_info": {"url": ..., "site": ..., "title": ..., "published": ..., "article_id": 3},
     "location": {"name", "geonameid", "lat", "lon", "country"} or null,
     "negated": false, "hypothetical": false, "intended": false, "asserted": true,
     "aux_mode": null,                                 # PLOVER's auxiliary mode: negation | hypothetical | future
     "num_articles": 3, "num_sources": 2, "sources": [{"url", "text_info"}, ...]}

An event the text only negates, conditions or announces is exported with its status, never as one that
happened: ``asserted`` is false and ``aux_mode`` names PLOVER's auxiliary mode (PLOVER manual: "negated
events can be excluded from the final event dataset"). A store without the modality columns gives false.

``text_info`` offsets are character offsets into the cited article's clean text. ``sources`` lists
every report of the event (GDELT's NumArticles with the evidence of each).
"""
from __future__ import annotations

import json
from typing import IO

from sqlalchemy import select

from newsgraph.store import queries
from newsgraph.store.schema import actors, articles, places

CHUNK = 500


def write(store, out: IO, **filters) -> int:
    """Write a PLOVER record a line for each event matching ``filters``; return the count."""
    written = 0
    with store.connect() as conn:
        chunk: list[dict] = []
        for event in queries.iter_events(conn, chunk=CHUNK, **filters):
            chunk.append(event)
            if len(chunk) == CHUNK:
                written += _write_chunk(conn, chunk, out)
                chunk = []
        written += _write_chunk(conn, chunk, out)
    return written


def _write_chunk(conn, events: list[dict], out: IO) -> int:
    if not events:
        return 0
    reports = queries.event_reports(conn, [e["id"] for e in events])
    actor_ids = {e[k] for e in events for k in ("actor_id", "recipient_id") if e[k] is not None}
    actor_rows = {r.id: r for r in conn.execute(select(actors).where(actors.c.id.in_(actor_ids)))}
    place_ids = {e["place_id"] for e in events if e["place_id"] is not None}
    place_rows = {r.id: r for r in conn.execute(select(places).where(places.c.id.in_(place_ids)))}
    article_ids = {e["article_id"] for e in events if e.get("article_id") is not None}
    article_rows = {r.id: r for r in conn.execute(
        select(articles.c.id, articles.c.url, articles.c.site, articles.c.title, articles.c.published)
        .where(articles.c.id.in_(article_ids)))}
    for event in events:
        out.write(json.dumps(record(event, reports[event["id"]], actor_rows, place_rows, article_rows),
                             ensure_ascii=False) + "\n")
    return len(events)


def status(event: dict) -> dict:
    """The modality of a stored event as PLOVER's auxiliary mode and the three flags."""
    negated = bool(event.get("negated"))
    hypothetical = bool(event.get("hypothetical"))
    intended = bool(event.get("intended"))
    aux = "negation" if negated else "hypothetical" if hypothetical else "future" if intended else None
    return {"negated": negated, "hypothetical": hypothetical, "intended": intended,
            "asserted": aux is None, "aux_mode": aux}


def record(event: dict, reports: list[dict], actor_rows: dict, place_rows: dict, article_rows: dict) -> dict:
    """The PLOVER record of one stored event (``queries.events`` row) and its reports."""
    first = reports[0] if reports else {}
    cited = article_rows.get(event.get("article_id"))

    def party(actor_id, entity_text):
        row = actor_rows.get(actor_id)
        if row is None:
            return None
        return {"code": row.code, "sector": row.sector, "country": row.country,
                "entity_text": entity_text or row.name, "name": row.name}

    place = place_rows.get(event["place_id"])
    return {
        "id": f"newsgraph-{event['id']}",
        "date": event["date"],
        "actor": party(event["actor_id"], first.get("actor_text")),
        "recipient": party(event["recipient_id"], first.get("recipient_text")),
        "event": event["type"],
        "mode": event["mode"],
        "event_text": first.get("trigger_text"),
        "text": first.get("evidence_text"),
        "text_info": {"start": first.get("evidence_start"), "end": first.get("evidence_end"),
                      "trigger_start": first.get("trigger_start"), "trigger_end": first.get("trigger_end")},
        "cite_info": {"url": cited.url if cited else None, "site": cited.site if cited else None,
                      "title": cited.title if cited else None,
                      "published": cited.published if cited else None,
                      "article_id": cited.id if cited else None},
        "location": None if place is None else {
            "name": place.name, "geonameid": place.geonameid, "lat": place.lat, "lon": place.lon,
            "country": place.country},
        **status(event),
        "num_articles": event["num_articles"],
        "num_sources": event["num_sources"],
        "sources": [{"url": r["url"], "article_id": r["article_id"], "event_text": r["trigger_text"],
                     "text_info": {"start": r["evidence_start"], "end": r["evidence_end"]}}
                    for r in reports],
    }
