"""`newsgraph analyze`: articles in, who said what (and did what) out."""
from __future__ import annotations

import sys

import click

from newsgraph.commands.options import model_options, published_option, report_errors
from newsgraph.errors import InputError
from newsgraph.inputs import read_articles
from newsgraph.pipeline import Pipeline, reason
from newsgraph.render import summary
from newsgraph.settings import Settings


@click.command(name="analyze")
@click.argument("paths", nargs=-1, required=True)
@published_option
@click.option("--url", help="The article's URL (overrides what the page says).")
@click.option("--json", "as_json", is_flag=True, help="One analysis object (DESIGN.md's contract) per line.")
@click.option("--all-frames", is_flag=True,
              help="List every statement: beliefs, intentions, no-comments and statements with no resolved "
                   "speaker too, not only speech and writing by a speaker (--json always carries all of them, "
                   "each with its frame and speaker).")
@click.option("--all-events", is_flag=True,
              help="List every event, also those whose doer or recipient the confidence gate doubts (marked "
                   "doubtful; --json always carries all of them, each with its certainty and passes_gate).")
@model_options
def analyze_command(paths, published, url, as_json, all_frames, all_events, model, workers, batch_size):
    """Analyse articles: statements with resolved speakers, coded actors, dates, events, places.

    PATHS are .txt, .html/.htm files, .jsonl files (records with id, text or html, and optionally
    title, published, url), each also gzipped (.gz), directories of them, or `-` for JSONL on
    standard input. Inputs that
    fail are reported on stderr (naming the input) and the rest is still analysed; the exit code
    is 1 when any input failed.
    """
    from newsgraph.extract.html import quiet_extractor_logs

    quiet_extractor_logs()
    settings = Settings.from_env(model=model, workers=workers, batch_size=batch_size)
    with report_errors() as failed:
        pipeline = Pipeline(settings)

        def on_analysis_error(article, exc):  # one article's failure: reported, and the run goes on
            failed(InputError(article.source or article.url or article.id or "?", reason(exc)))

        articles = read_articles(paths, settings, failed, published=published, url=url)
        for i, analysis in enumerate(pipeline.run(articles, on_error=on_analysis_error)):
            if as_json:
                click.echo(analysis.dumps())
            else:
                if i:
                    click.echo()
                click.echo(summary(analysis, all_frames=all_frames, all_events=all_events))
            sys.stdout.flush()


COMMANDS = [analyze_command]
