"""`newsgraph kb lookup|import|export`: the actor knowledge base (shipped, learned, your own)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from newsgraph.commands.options import db_option, iso_date
from newsgraph.errors import NewsgraphError
from newsgraph.settings import Settings


@click.group(name="kb")
def kb_group() -> None:
    """The actor knowledge base: who a name is, on a date.

    Three layers, the first that knows a name wins: your own codings (kb import), codings the
    stored articles taught (a name coded with title and country in one article codes the bare name
    in another), and the shipped base (PETRARCH2 Phoenix dictionaries and Wikidata's world leaders;
    see NOTICE). The text of an article always wins over all of them.
    """


@kb_group.command(name="lookup")
@click.argument("name")
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD", callback=iso_date,
              help="The date the role must hold on.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: the match and all roles.")
@db_option
def lookup_command(name: str, date: str | None, as_json: bool, db_url: str | None) -> None:
    """Who NAME is (country, PLOVER sector) on --date, and where that comes from.

    \b
    newsgraph kb lookup "Barack Obama" --date 2010-05-01   -> USA GOV
    newsgraph kb lookup "Barack Obama" --date 2018-05-01   -> USA ELI (former office holder)
    """
    from newsgraph import actor_kb

    try:
        match = actor_kb.knowledge(db_url or Settings.from_env().db_url).lookup(name, date)
    except NewsgraphError as e:
        raise click.ClickException(str(e)) from e
    if match is None:
        if as_json:
            click.echo(json.dumps({"name": name, "found": False}))
            return
        raise click.ClickException(f"{name!r} is not in the knowledge base")
    if as_json:
        click.echo(json.dumps({**match.to_json(), "found": True, "date": date}, ensure_ascii=False))
    elif match.ambiguous:
        click.echo(f"{name}: ambiguous, one of: {'; '.join(match.candidates)}")
    else:
        click.echo(f"{name}: {match.canonical} ({match.kind}) {match.code or '-'}"
                   f"{' on ' + date if date else ''}  [{match.layer}: {match.source}]")
        for r in match.roles:
            click.echo(f"  {r.country or '-'} {r.sector or '-'}  {r.start or '...'} to {r.end or '...'}  ({r.source})")


@kb_group.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def import_command(file: Path, db_url: str | None) -> None:
    """Store your own codings from a CSV FILE; they win over learned and shipped ones.

    \b
    Columns (header line first): name,country,sector,kind,start,end,canonical,note
    A malformed row is reported with its line number; the other rows are imported.
    """
    from newsgraph import actor_kb

    try:
        result = actor_kb.import_csv(file, db_url or Settings.from_env().db_url)
    except NewsgraphError as e:
        raise click.ClickException(str(e)) from e
    for line, problem in result.problems:
        click.echo(f"{file}:{line}: skipped: {problem}", err=True)
    click.echo(f"imported {result.imported} coding(s) from {file}"
               + (f"; {len(result.problems)} row(s) skipped" if result.problems else ""))


@kb_group.command(name="export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def export_command(file: Path, db_url: str | None) -> None:
    """Write the stored codings (yours and those the corpus taught) to a CSV FILE.

    \b
    Columns: name,country,sector,kind,start,end,canonical,note,layer,source,first_seen,last_seen,article_id.
    """
    from newsgraph import actor_kb

    try:
        count = actor_kb.export_csv(file, db_url or Settings.from_env().db_url)
    except NewsgraphError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"wrote {count} coding(s) to {file}")


COMMANDS: list[click.Command] = [kb_group]
