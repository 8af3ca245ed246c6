"""Actor codings kept in the store: what the corpus taught, and what a user imported.

One table, ``actor_codings`` (migration 6): a name (the knowledge base's lookup key), the entity it
stands for (``canonical``), its country and sector, and where the coding came from:

- layer ``corpus``: learned from a stored article whose text coded the name with a title and country
  ("John Kirby, spokesperson for the US National Security Council" teaches "John Kirby" and "Kirby"
  USA GOV). ``article_id`` is the first article that taught it, ``first_seen``/``last_seen`` the
  range of publication dates it was seen in, ``seen`` how many articles;
- layer ``user``: imported by ``newsgraph kb import`` (``source`` = "FILE:LINE"); a user's row wins
  over the corpus and the shipped base.

``knowledge_rows`` reads both layers for ``analyze.actors.kb.with_codings``; the analysis itself
never touches the store.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Optional

from sqlalchemy import Column, Connection, Index, Integer, MetaData, String, Table, UniqueConstraint, select

from newsgraph.analyze.actors.kb import normal_name
from newsgraph.model import Analysis

metadata = MetaData()

actor_codings = Table(
    "actor_codings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String, nullable=False),  # lookup key: kb.normal_name
    Column("layer", String, nullable=False),  # corpus | user
    Column("canonical", String, nullable=False),
    Column("kind", String),
    Column("country", String),
    Column("sector", String),
    Column("title", String),
    Column("start", String),  # a user's dated role (ISO); corpus codings are undated
    Column("end", String),
    Column("source", String),
    Column("article_id", Integer),
    Column("first_seen", String),
    Column("last_seen", String),
    Column("seen", Integer, nullable=False, server_default="1"),
    UniqueConstraint("name", "layer", "canonical", "country", "sector", "start", name="uq_actor_codings"),
    Index("ix_actor_codings_name", "name"),
)

#: fields of a knowledge row, in order (see ``analyze.actors.kb.with_codings``)
ROW_FIELDS = ("name", "layer", "canonical", "kind", "country", "sector", "start", "end", "source")


def create(conn: Connection) -> None:
    """Migration 6: the ``actor_codings`` table and its index."""
    metadata.create_all(conn, tables=[actor_codings])


def knowledge_rows(conn: Connection) -> tuple[tuple, ...]:
    """Every stored coding as a knowledge row (``ROW_FIELDS``), user rows first."""
    t = actor_codings
    rows = conn.execute(select(t).order_by(t.c.layer.desc(), t.c.id)).mappings()
    out = []
    for r in rows:
        source = r["source"] or ""
        if r["layer"] == "corpus":
            source = f"article {r['article_id']} (seen {r['seen']}x, {r['first_seen']}..{r['last_seen']})"
        out.append((r["name"], r["layer"], r["canonical"], r["kind"], r["country"], r["sector"], r["start"],
                    r["end"], source))
    return tuple(out)


def all_rows(conn: Connection) -> list[dict]:
    return [dict(r) for r in conn.execute(select(actor_codings).order_by(actor_codings.c.id)).mappings()]


def learnable(analysis: Analysis) -> list[dict]:
    """The codings an article's text teaches: persons named in full with a title that gave them a
    country and sector, and organisations whose description gave them a country; each under its
    full name and, for persons, the bare surname."""
    out = []
    for actor in analysis.actors:
        if not (actor.country and actor.sector) or actor.kind not in ("person", "organization"):
            continue
        words = actor.name.split()
        if actor.kind == "person":
            if not actor.title or len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            names = [actor.name, words[-1]]
        else:
            if not actor.name[:1].isupper():
                continue
            names = [actor.name]
        for name in names:
            out.append({"name": normal_name(name), "canonical": actor.name, "kind": actor.kind,
                        "country": actor.country, "sector": actor.sector, "title": actor.title})
    return out


def learn(conn: Connection, stored: Iterable[tuple[int, Analysis]]) -> int:
    """Record what the stored articles teach (``(article id, analysis)`` pairs); return rows touched."""
    t = actor_codings
    touched = 0
    for article_id, analysis in stored:
        date = analysis.article.published
        for row in learnable(analysis):
            key = (t.c.name == row["name"]) & (t.c.layer == "corpus") & (t.c.canonical == row["canonical"]) \
                & (t.c.country == row["country"]) & (t.c.sector == row["sector"])
            old = conn.execute(select(t.c.id, t.c.first_seen, t.c.last_seen, t.c.seen).where(key)).first()
            if old is None:
                conn.execute(t.insert().values(layer="corpus", article_id=article_id, first_seen=date,
                                               last_seen=date, seen=1, source=f"article {article_id}", **row))
            else:
                dates = [d for d in (old.first_seen, old.last_seen, date) if d]
                conn.execute(t.update().where(t.c.id == old.id).values(
                    first_seen=min(dates) if dates else None, last_seen=max(dates) if dates else None,
                    seen=old.seen + 1))
            touched += 1
    return touched


def import_user_rows(conn: Connection, rows: Sequence[dict]) -> int:
    """Store a user's codings (already checked): a row with the same name, entity, country, sector
    and start replaces the old one."""
    t = actor_codings
    for row in rows:
        key = (t.c.name == row["name"]) & (t.c.layer == "user") & (t.c.canonical == row["canonical"]) \
            & _same(t.c.country, row["country"]) & _same(t.c.sector, row["sector"]) & _same(t.c.start, row["start"])
        conn.execute(t.delete().where(key))
        conn.execute(t.insert().values(layer="user", seen=1, **row))
    return len(rows)


def _same(column, value: Optional[str]):
    return column.is_(None) if value is None else column == value
