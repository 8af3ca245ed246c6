"""`newsgraph statements | events | search | stats | export`: ask the database, print or export.

Each command parses its options, calls one function of ``newsgraph.store.queries`` (or
``newsgraph.export``), and prints the rows: a readable table by default, ``--json`` (one object a
line) or ``--csv``. The database is opened read-only.
"""
from __future__ import annotations

import csv
import json
import shutil
import sys
from collections.abc import Iterable
from contextlib import contextmanager

import click

from newsgraph.errors import NewsgraphError
from newsgraph.settings import Settings
from newsgraph.store import Store, queries

# -- shared options --------------------------------------------------------------------------------

def db_option(command):
    return click.option("--db", "db_url", default=None, metavar="URL",
                        help="Database URL or SQLite file (default: $NEWSGRAPH_DB or sqlite:///newsgraph.db).")(command)


def output_options(command):
    """--db, --limit, --offset and the output format (--table default, --json, --csv), as one decorator."""
    options = [
        click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
                     help="At most this many rows."),
        click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
                     help="Skip this many rows."),
        click.option("--table", "fmt", flag_value="table", default=True, help="Output a readable table (default)."),
        click.option("--json", "fmt", flag_value="json", help="Output one JSON object a line."),
        click.option("--csv", "fmt", flag_value="csv", help="Output CSV with a header row."),
        db_option,
    ]
    for option in reversed(options):
        command = option(command)
    return command


@contextmanager
def opened(db_url: str | None):
    """A read-only connection to the database; known failures become messages, not tracebacks."""
    url = db_url or Settings.from_env().db_url
    try:
        with Store.open(url, readonly=True) as store, store.connect() as conn:
            yield conn
    except NewsgraphError as e:
        raise click.ClickException(str(e)) from e
    except ValueError as e:
        raise click.UsageError(str(e)) from e


def emit(rows: Iterable[dict], fmt: str, columns: list[str]) -> None:
    """Print rows as a table (``columns`` only), JSON lines or CSV (every field)."""
    rows = list(rows)
    out = sys.stdout
    if fmt == "json":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        fields = list(dict.fromkeys(k for row in rows for k in row)) or columns
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        out.write(render_table(rows, columns) + "\n")


def render_table(rows: list[dict], columns: list[str], width: int | None = None) -> str:
    """A plain-text table of ``columns``; long cells are cut with "…" to fit the terminal width."""
    if not rows:
        return "(no rows)"
    width = width or shutil.get_terminal_size((120, 20)).columns
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    # Shrink the widest columns until the table fits (never below 8 characters).
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 8:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    lines = ["  ".join(c.ljust(w)[:w] for c, w in zip(columns, widths)),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        lines.append("  ".join(_fit(c, w) for c, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


def _cell(value) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


# -- commands ----------------------------------------------------------------------------------------

@click.command()
@click.option("--speaker", metavar="NAME", help="Speaker name or alias (part of it), or an actor code.")
@click.option("--country", metavar="ISO3", help="The speaker's country, e.g. RUS.")
@click.option("--since", metavar="DATE", help="On or after this date (2022, 2022-12, 2022-12-02).")
@click.option("--until", metavar="DATE", help="On or before this date.")
@click.option("--search", metavar="TEXT", help="Words or \"a phrase\" in what was said.")
@output_options
def statements(speaker, country, since, until, search, db_url, limit, offset, fmt):
    """Who said what: statements, newest first."""
    with opened(db_url) as conn:
        rows = queries.statements(conn, speaker=speaker, country=country, since=since, until=until,
                                  search=search, limit=limit, offset=offset)
    emit(rows, fmt, ["date", "speaker", "speaker_country", "cue", "content", "article_id"])


@click.command()
@click.option("--type", "type_", metavar="T", help="PLOVER event type, e.g. REJECT.")
@click.option("--actor", metavar="ISO3|NAME", help="Who acted: a code (RUS, USAGOV) or a name.")
@click.option("--recipient", metavar="ISO3|NAME", help="Whom it was done to: a code or a name.")
@click.option("--since", metavar="DATE", help="On or after this date.")
@click.option("--until", metavar="DATE", help="On or before this date.")
@click.option("--place", metavar="NAME", help="Where it happened (part of the place name).")
@output_options
def events(type_, actor, recipient, since, until, place, db_url, limit, offset, fmt):
    """Who did what to whom: events (one per distinct event), newest first."""
    with opened(db_url) as conn:
        rows = queries.events(conn, type=type_, actor=actor, recipient=recipient, since=since, until=until,
                              place=place, limit=limit, offset=offset)
    emit(rows, fmt, ["id", "date", "type", "actor", "recipient", "place", "num_articles", "trigger"])


@click.command()
@click.argument("text")
@click.option("--since", metavar="DATE", help="On or after this date.")
@click.option("--until", metavar="DATE", help="On or before this date.")
@output_options
def search(text, since, until, db_url, limit, offset, fmt):
    """Full-text search over articles and statements."""
    with opened(db_url) as conn:
        found = queries.search(conn, text, since=since, until=until, limit=limit, offset=offset)
    if fmt == "table":
        click.echo("Articles")
        emit(found["articles"], fmt, ["id", "published", "title", "snippet"])
        click.echo("\nStatements")
        emit(found["statements"], fmt, ["date", "speaker", "content", "article_id"])
        return
    rows = [{"kind": "article", **a} for a in found["articles"]] + \
        [{"kind": "statement", **s} for s in found["statements"]]
    emit(rows, fmt, ["kind", "id"])


@click.command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many top actors.")
@click.option("--csv", "fmt", flag_value="csv", help="Output CSV (section, name, count).")
@click.option("--json", "fmt", flag_value="json", help="Output one JSON object.")
@click.option("--table", "fmt", flag_value="table", default=True, help="Output readable tables (default).")
@db_option
def stats(top, fmt, db_url):
    """Counts, the most present actors, events by type and by month."""
    with opened(db_url) as conn:
        found = queries.stats(conn, top=top)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False))
        return
    flat = [{"section": "counts", "name": k, "count": v} for k, v in found["counts"].items()]
    flat += [{"section": "top_actors", "name": f"{a['name']} ({a['code'] or '-'})", "count": a["num_articles"]}
             for a in found["top_actors"]]
    flat += [{"section": "events_by_type", "name": e["type"], "count": e["count"]} for e in found["events_by_type"]]
    flat += [{"section": "events_by_month", "name": f"{e['month']} {e['type']}", "count": e["count"]}
             for e in found["events_by_month"]]
    if fmt == "csv":
        emit(flat, fmt, ["section", "name", "count"])
        return
    for section, title, label in (("counts", "Counts", "rows"), ("top_actors", "Top actors", "articles"),
                                  ("events_by_type", "Events by type", "events"),
                                  ("events_by_month", "Events by month", "events")):
        click.echo(title)
        rows = [{"name": r["name"], label: r["count"]} for r in flat if r["section"] == section]
        click.echo(render_table(rows, ["name", label]) + "\n")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "plover"]), required=True,
              help="jsonl: one analysis per article; csv/parquet: a table; plover: PLOVER JSON records.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: standard output; required for parquet).")
@click.option("--table", type=click.Choice(["events", "statements"]), default="events", show_default=True,
              help="Which table csv/parquet export.")
@click.option("--speaker", metavar="NAME", help="Statements by this speaker.")
@click.option("--country", metavar="ISO3", help="Statements by speakers of this country.")
@click.option("--search", metavar="TEXT", help="Statements (or, for jsonl, articles) matching these words.")
@click.option("--type", "type_", metavar="T", help="Events of this PLOVER type.")
@click.option("--actor", metavar="ISO3|NAME", help="Events by this actor.")
@click.option("--recipient", metavar="ISO3|NAME", help="Events against this recipient.")
@click.option("--place", metavar="NAME", help="Events in this place.")
@click.option("--since", metavar="DATE", help="On or after this date.")
@click.option("--until", metavar="DATE", help="On or before this date.")
@db_option
def export(fmt, out, table, speaker, country, search, type_, actor, recipient, place, since, until, db_url):
    """Export the database, or the slice the filters select."""
    from newsgraph.export import export as run_export

    filters = dict(speaker=speaker, country=country, search=search, type=type_, actor=actor,
                   recipient=recipient, place=place, since=since, until=until)
    if fmt == "parquet" and out is None:
        raise click.UsageError("--format parquet needs --out FILE (Parquet is binary)")
    url = db_url or Settings.from_env().db_url
    try:
        with Store.open(url, readonly=True) as store:
            if out is None:
                count = run_export(store, fmt, sys.stdout, table=table, **filters)
            elif fmt == "parquet":
                count = run_export(store, fmt, out, table=table, **filters)
            else:
                with open(out, "w", encoding="utf-8", newline="") as stream:
                    count = run_export(store, fmt, stream, table=table, **filters)
    except NewsgraphError as e:
        raise click.ClickException(str(e)) from e
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from e
    if out is not None:
        click.echo(f"wrote {count} records to {out}", err=True)


COMMANDS = [statements, events, search, stats, export]
