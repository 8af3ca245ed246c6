"""`newsgraph eval extraction`: article-extraction benchmark, newsgraph vs plain trafilatura."""
from __future__ import annotations

from pathlib import Path

import click

DEFAULT_DATA = Path("..") / "shared" / "data" / "articles-dev"


@click.command(name="extraction")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_DATA, show_default=True,
              help="Benchmark folder with ground-truth.json and html/<id>.html.gz.")
@click.option("--method", "methods", multiple=True, type=click.Choice(["newsgraph", "trafilatura"]),
              help="Score only these methods (default: both).")
@click.option("--part", "parts", multiple=True, type=click.Choice(["tune", "frozen"]),
              help="Score only the pages of this half of the frozen split (default: both, and all together).")
@click.option("--worst", type=click.IntRange(min=0), default=0, metavar="N",
              help="Also list the N tune-half pages each method does worst on (frozen pages are never listed).")
def extraction_command(data_dir: Path, methods: tuple[str, ...], parts: tuple[str, ...], worst: int) -> None:
    """Precision, recall and F1 of article extraction (word 4-gram multisets, the
    article-extraction-benchmark metric) for newsgraph's extractor and plain trafilatura, on the
    tune half of the pages (rules were developed on it), the frozen half (only ever scored) and all."""
    from newsgraph.eval.extraction import PARTS, BenchmarkDataMissing, evaluate, format_table, format_worst
    from newsgraph.extract.html import quiet_extractor_logs

    quiet_extractor_logs()
    parts = parts or PARTS
    try:
        scores = evaluate(data_dir, methods or ("newsgraph", "trafilatura"), parts)
    except BenchmarkDataMissing as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"data: {data_dir}")
    click.echo(format_table(scores, parts))
    for score in scores if worst else ():
        click.echo(format_worst(score, worst))


COMMANDS: list[click.Command] = [extraction_command]
