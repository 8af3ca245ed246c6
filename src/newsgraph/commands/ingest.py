"""`newsgraph ingest`: news in, a database out (growing day by day without duplicates)."""
from __future__ import annotations

import os
import re
import signal

import click

from newsgraph.commands.options import db_option, model_option
from newsgraph.errors import NewsgraphError
from newsgraph.settings import Settings

LOCAL_DASK = "local"


@click.command(name="ingest")
@click.argument("sources", nargs=-1)
@db_option
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Worker processes that parse and analyse (default: all cores; env NEWSGRAPH_WORKERS).")
@click.option("--batch-size", type=click.IntRange(1), default=None,
              help="The most articles per batch sent to a worker and per database transaction "
                   "(default 32; batches start smaller and are split at the end so every worker has work).")
@click.option("--reanalyze", is_flag=True,
              help="Analyse already stored articles again and replace their rows (after an upgrade); "
                   "with no SOURCE, every stored article.")
@click.option("--no-progress", is_flag=True, help="No progress bar on stderr.")
@click.option("--dask", "dask_address", metavar="ADDRESS", is_flag=False, flag_value=LOCAL_DASK, default=None,
              help="Run the work on Dask: a scheduler ADDRESS (tcp://host:8786), or with no ADDRESS a "
                   "local cluster of --workers processes.")
@model_option
@click.option("--allow-private", is_flag=True,
              help="Let feed entry links and redirects reach loopback, link-local and private "
                   "addresses (refused by default: feeds written by others must not make newsgraph "
                   "fetch from your own network).")
@click.option("--article-seconds", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Time budget of one article's extraction, parse and analysis; an article over it "
                   "is recorded as failed and the run goes on (default 60; env NEWSGRAPH_ARTICLE_SECONDS).")
def ingest_command(sources, db_url, workers, batch_size, reanalyze, no_progress, dask_address, model,
                   allow_private, article_seconds):
    """Store the articles in SOURCE... with their analyses in a database.

    SOURCE is a file, a folder or a glob of .html/.htm/.txt/.jsonl files, a web archive
    (.warc/.warc.gz), an RSS/Atom feed (a .rss/.atom/.xml file or an http(s) URL), an article
    URL, or `-` for JSONL on standard input.

    Articles already stored (same URL or same text) are skipped, so running the same command
    again, after a crash or a day later, stores only what is new. Inputs that fail (HTTP errors,
    bad feeds, corrupt archive records, pages without an article, articles over their time
    budget) are recorded in the database's `errors` table (one row per input) and counted; the
    exit status is then 1. Only regular files are read (not FIFOs or devices).
    """
    if dask_address and dask_address != LOCAL_DASK and not _is_address(dask_address):
        # `--dask news/`: click took the first SOURCE as the (optional) address
        sources, dask_address = (dask_address, *sources), LOCAL_DASK
    if not sources and not reanalyze:
        raise click.UsageError("give at least one SOURCE (or --reanalyze to re-analyse every stored article)")
    settings = Settings.from_env(db_url=db_url, model=model, batch_size=batch_size,
                                 allow_private=allow_private or None, article_seconds=article_seconds,
                                 workers=workers or (None if os.environ.get("NEWSGRAPH_WORKERS") else os.cpu_count()))
    from newsgraph.ingest import ingest  # imported here so `newsgraph --help` stays fast

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        runner = _dask_runner(dask_address, settings) if dask_address else None
        try:
            summary = ingest(sources, settings, reanalyze=reanalyze, progress=not no_progress, runner=runner)
        finally:
            if runner is not None:
                runner.close()
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    for source, reason in summary.errors:
        click.echo(f"error: {source}: {reason}", err=True)
    if summary.failed > len(summary.errors):
        click.echo(f"... {summary.failed - len(summary.errors)} more: see the `errors` table.", err=True)
    click.echo(summary.describe())
    if summary.workers > 1:
        for line in summary.describe_workers():
            click.echo(line, err=True)
    if summary.interrupted:
        click.echo("Interrupted: everything stored so far is kept. Run the same command again to "
                   "finish; stored articles are skipped.", err=True)
        raise SystemExit(130)
    if summary.failed:
        raise SystemExit(1)


def _interrupt(signum, frame):
    # SIGTERM (a scheduler stopping the job) stops as cleanly as Ctrl-C does.
    raise KeyboardInterrupt


def _is_address(value: str) -> bool:
    """A scheduler address: ``tcp://host:8786``, ``host:8786``."""
    return "://" in value and not value.lower().startswith(("http://", "https://")) \
        or re.fullmatch(r"[\w.\-]+:\d+", value) is not None


def _dask_runner(address: str, settings: Settings):
    from newsgraph.batch.dask import DaskRunner

    return DaskRunner(settings, None if address == LOCAL_DASK else address)


COMMANDS = [ingest_command]
