"""`newsgraph actor [PHRASE...] [--json]`: code short actor phrases as newsgraph does inside articles."""
from __future__ import annotations

import json
import sys

import click

from newsgraph.commands.options import db_option, iso_date
from newsgraph.settings import Settings

COLUMNS = ("text", "name", "country", "sector", "code", "title", "kind")


def table(rows: list[dict]) -> str:
    """A readable, aligned table of coded phrases (empty cells for what a phrase does not say)."""
    cells = [[str(r.get(c) or "") for c in COLUMNS] for r in rows]
    widths = [max([len(c)] + [len(row[k]) for row in cells]) for k, c in enumerate(COLUMNS)]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(COLUMNS, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


@click.command(name="actor")
@click.argument("phrases", nargs=-1)
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object a line: text, name, country, sector, code, title, kind.")
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD", callback=iso_date,
              help="Date for the knowledge base's dated roles (\"Obama\" is USA GOV in 2010, ELI in 2018).")
@db_option
def actor_command(phrases: tuple[str, ...], as_json: bool, date: str | None, db_url: str | None) -> None:
    """Code actor phrases: country (ISO 3166 alpha-3), PLOVER sector, title, name.

    \b
    newsgraph actor "American warplanes"       -> USA MIL
    newsgraph actor "Chile's Ministry of Mines" -> CHL GOV
    newsgraph actor "Kremlin spokesman" NATO    -> RUS GOV, IGO

    With no PHRASE, reads one phrase a line from stdin (blank lines skipped). International
    organisations have no country and sector IGO (NGO for non-governmental ones); a capital or
    seat of government ("Moscow", "the White House") is that country's government (RUSGOV).
    What the words leave open comes from the actor knowledge base (see `newsgraph kb`), as in articles.
    """
    from newsgraph import actor_kb
    from newsgraph.analyze.actors.knowledge import code_phrase
    from newsgraph.errors import NewsgraphError

    try:
        knowledge = actor_kb.knowledge(db_url or Settings.from_env().db_url)
    except NewsgraphError as e:
        raise click.ClickException(str(e)) from e

    source = phrases if phrases else (line.strip() for line in sys.stdin)
    rows = []
    for phrase in source:
        if not phrase.strip():
            continue
        row = code_phrase(phrase, knowledge, date).to_json()
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            rows.append(row)
    if not as_json and rows:
        click.echo(table(rows))


COMMANDS: list[click.Command] = [actor_command]
