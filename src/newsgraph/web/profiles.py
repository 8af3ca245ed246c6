"""Actor profiles, the Positions view of a pair of actors, and search facets: the store's
(``newsgraph.store.profiles`` / ``aggregates``), with list rows shaped as the pages show them."""
from __future__ import annotations

from typing import Optional

from sqlalchemy import Connection

from newsgraph.store import profiles
from newsgraph.store.aggregates import POSITION_TYPES, positions, statement_facets  # noqa: F401
from newsgraph.web.queries import event_items, statement_item


def actor_profile(conn: Connection, actor_id: int, recent: int = 20) -> Optional[dict]:
    """Who the actor is, what it said and did, what was done to it, and whom it deals with most."""
    profile = profiles.actor_profile(conn, actor_id, recent)
    if profile is None:
        return None
    said = profile["statements"]
    profile["statements"] = {**said, "items": [statement_item(r) for r in said["items"]]}
    profile["events"]["items"] = event_items(conn, profile["events"]["items"])
    return profile
