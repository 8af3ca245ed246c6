"""`newsgraph statements | events | search | stats | export`: ask the database, print or export.

Each command turns its options into one ``store.filters.Filters``, calls the store's query layer
(``newsgraph.store.lists`` / ``queries``, or ``newsgraph.export``), and prints the rows: a readable table by default, ``--json`` (one object a
line) or ``--csv``. The database is opened read-only.
"""
from __future__ import annotations

import csv
import json
import shutil
import sys
from collections.abc import Callable, Iterable
from contextlib import contextmanager

import click

from newsgraph.commands.options import db_option
from newsgraph.errors import NewsgraphError
from newsgraph.model import SHOWN_FRAMES
from newsgraph.settings import Settings
from newsgraph.store import Store, lists, queries
from newsgraph.store.filters import FilterError, Filters

# -- shared options --------------------------------------------------------------------------------

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
    except FilterError as e:
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


# -- filters ---------------------------------------------------------------------------------------
# The options below become one ``store.filters.Filters`` (checked there, the same for the web and
# notebooks); see ``newsgraph.store.filters`` for how actors and dates are matched.

ACTOR_HELP = "an actor id, a country (RUS), a code (USAGOV), or part of a name or alias"
FILTER_OPTIONS = {
    "speaker": click.option("--speaker", metavar="WHO", help=f"Said by: {ACTOR_HELP}."),
    "actor": click.option("--actor", metavar="WHO", help=f"Who acted: {ACTOR_HELP}."),
    "recipient": click.option("--recipient", metavar="WHO", help=f"To whom: {ACTOR_HELP}."),
    "country": click.option("--country", metavar="ISO3", help="Speaker's country (statements); actor's or "
                            "recipient's country (events)."),
    "type": click.option("--type", "type", metavar="T", help="PLOVER event type, e.g. REJECT (statements: "
                         "carrying such an event)."),
    "kind": click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="Statement kind."),
    "place": click.option("--place", metavar="NAME", help="Events at a place whose name contains NAME."),
    "search": click.option("--search", "text", metavar="TEXT",
                           help='Words or "a phrase": in what was said (statements), in the reporting '
                                "article (events, articles)."),
    "since": click.option("--since", metavar="DATE", help="On or after this date (2022, 2022-12, 2022-12-02)."),
    "until": click.option("--until", metavar="DATE", help="On or before this date (inclusive at its precision)."),
    "all_frames": click.option("--all-frames", is_flag=True,
                               help="Every statement: also beliefs, intentions, no-comment records and "
                                    "statements with no resolved speaker (default: speech and writing by "
                                    "a resolved speaker)."),
    "all_modalities": click.option("--all-modalities", is_flag=True,
                                   help="Also negated, hypothetical and intended events, and those whose doer "
                                        "or recipient the confidence gate doubts (default: asserted events it "
                                        "does not doubt)."),
}
STATEMENT_OPTIONS = ("speaker", "country", "kind", "type", "search", "since", "until", "all_frames")
EVENT_OPTIONS = ("type", "actor", "recipient", "country", "place", "search", "since", "until", "all_modalities")


def filter_options(*names: str):
    def decorate(command):
        for name in reversed(names):
            command = FILTER_OPTIONS[name](command)
        return command
    return decorate


def to_filters(all_frames: bool = False, all_modalities: bool = False, **options) -> Filters:
    """The command's filter options as one checked ``Filters`` (a bad value is a usage error)."""
    try:
        return Filters.of(frames="all" if all_frames else SHOWN_FRAMES,
                          modality="all" if all_modalities else "asserted", **options)
    except FilterError as e:
        raise click.UsageError(str(e)) from None


def listed(db_url: str | None, list_rows: Callable[..., dict], limit: int, offset: int, options: dict) -> list[dict]:
    """One page of the rows ``list_rows`` (``lists.list_statements``, ``lists.list_events``) gives under
    the command's filter ``options`` (checked before the database is opened)."""
    f = to_filters(**options)
    with opened(db_url) as conn:
        return list_rows(conn, f, lists.Page(limit, offset), total=False)["items"]


# -- commands ----------------------------------------------------------------------------------------

@click.command()
@filter_options(*STATEMENT_OPTIONS)
@output_options
def statements(db_url, limit, offset, fmt, **options):
    """Who said what: statements, newest first (undated last)."""
    rows = listed(db_url, lists.list_statements, limit, offset, options)
    emit(rows, fmt, ["date", "speaker", "speaker_country", "cue", "content", "article_id"])


@click.command()
@filter_options(*EVENT_OPTIONS)
@output_options
def events(db_url, limit, offset, fmt, **options):
    """Who did what to whom: events (one per distinct event), newest first (undated last)."""
    rows = listed(db_url, lists.list_events, limit, offset, options)
    emit(rows, fmt, ["id", "date", "type", "actor", "recipient", "place", "num_articles", "trigger"])


@click.command()
@click.argument("text")
@filter_options("since", "until")
@output_options
def search(text, since, until, db_url, limit, offset, fmt):
    """Full-text search over articles and the statements shown by default (speech and writing by a
    resolved speaker)."""
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
@filter_options("speaker", "kind", "actor", "recipient", "country", "type", "place", "search", "since", "until",
                "all_frames", "all_modalities")
@db_option
def export(fmt, out, table, db_url, all_frames, all_modalities, **options):
    """Export the database, or the slice the filters select."""
    from newsgraph.export import export as run_export

    to_filters(all_frames=all_frames, all_modalities=all_modalities, **options)  # a bad value: usage error
    filters = {k: v for k, v in options.items() if v not in (None, "")}
    if all_frames:
        filters["frames"] = "all"
    if all_modalities:
        filters["modality"] = "all"
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
    except FilterError as e:
        raise click.UsageError(str(e)) from e
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from e
    if out is not None:
        click.echo(f"wrote {count} records to {out}", err=True)


COMMANDS = [statements, events, search, stats, export]
