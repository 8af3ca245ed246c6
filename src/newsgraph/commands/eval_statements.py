"""`newsgraph eval statements`: score statement extraction against PolNeAR-format data."""
from __future__ import annotations

import json

import click

from newsgraph.commands.options import model_option


@click.command(name="statements")
@click.option("--polnear", "polnear", required=True, type=click.Path(exists=True, dir_okay=False),
              help="PolNeAR-format JSONL (one article a line with its attributions).")
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--frozen-only", is_flag=True,
              help="Score only the documents of the frozen fifth (eval.splits.is_frozen_polnear): on train.jsonl, "
                   "the ones the cue model is never trained on.")
@click.option("--exclude", "exclude_lists", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A file of document ids to leave out (first word of each line, # comments), e.g. "
                   "benchmarks/blind_check/pages-3.txt once developers have read those articles; repeatable.")
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
def command(polnear: str, limit: int | None, frozen_only: bool, exclude_lists: tuple[str, ...],
            model: str | None, as_json: bool) -> None:
    """Content P/R/F1 (half-overlap matching), source and cue accuracy, end-to-end and exact-span F1."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.eval.statements import evaluate_polnear, format_metrics, read_doc_ids
    from newsgraph.settings import Settings

    exclude = frozenset().union(*(read_doc_ids(path) for path in exclude_lists))
    model = Settings.from_env(model=model).model  # --model, else NEWSGRAPH_MODEL, else the default
    try:
        metrics = evaluate_polnear(polnear, limit=limit, model=model, frozen_only=frozen_only, exclude=exclude)
    except (NewsgraphError, ValueError, KeyError) as error:
        raise click.ClickException(f"{polnear}: {error}") from error
    click.echo(json.dumps(metrics) if as_json else format_metrics(metrics))


COMMANDS: list[click.Command] = [command]
