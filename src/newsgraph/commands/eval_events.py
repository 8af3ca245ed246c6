"""`newsgraph eval events`: score PLOVER events against the development data in ../shared/data."""
from __future__ import annotations

import json
from pathlib import Path

import click

from newsgraph.commands.options import model_option

PARTS = ("quad", "spans", "types")


@click.command(name="events")
@click.option("--data", "data", default="../shared/data", show_default=True,
              type=click.Path(exists=True, file_okay=False),
              help="Folder holding conflibert/ and ngec-synthetic/.")
@click.option("--only", "only", type=click.Choice(PARTS), multiple=True,
              help="Score only these parts (repeatable; default all).")
@click.option("--ngec-limit", type=int, default=0, show_default=True,
              help="Synthetic stories scored: a fixed sample of this many; 0 for the whole file (4,500).")
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
def command(data: str, only: tuple, ngec_limit: int, model: str | None, as_json: bool) -> None:
    """CAMEO quad accuracy/macro-F1 and source/target span P/R/F1 on conflibert's frozen third; NGEC PLOVER
    type accuracy per type on the whole file."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.eval.events import evaluate, format_report
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings

    try:
        pipeline = Pipeline(Settings.from_env(model=model))
        results = evaluate(pipeline, Path(data), parts=only or PARTS, ngec_limit=ngec_limit or None)
    except (NewsgraphError, OSError, ValueError, KeyError) as error:
        raise click.ClickException(f"{data}: {error}") from error
    click.echo(json.dumps(results) if as_json else format_report(results))


COMMANDS: list[click.Command] = [command]
