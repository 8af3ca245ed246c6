"""The `newsgraph` command: options in, one library call, results out. No logic of its own.

Commands live in ``newsgraph.commands.*`` (one module per area) and are registered here.
Known failures are messages (exit 1; a usage mistake exits 2). Anything else is a bug in newsgraph:
it is reported as an internal error (exit 70, EX_SOFTWARE) in one line, with the hint to rerun with
``--debug`` (or ``NEWSGRAPH_DEBUG=1``) for the traceback — never as the user's mistake.
"""
from __future__ import annotations

import os

import click

from newsgraph import __version__

INTERNAL_ERROR = 70  # sysexits.h EX_SOFTWARE


class NewsgraphGroup(click.Group):
    """The command group; turns an unexpected exception into a short internal-error report."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Abort, click.exceptions.Exit, SystemExit,
                KeyboardInterrupt, EOFError):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence: report, do not hide
            if ctx.params.get("debug") or os.environ.get("NEWSGRAPH_DEBUG"):
                raise
            name = ctx.invoked_subcommand or "newsgraph"
            click.echo(f"internal error in `newsgraph {name}`: {type(exc).__name__}: {exc}", err=True)
            click.echo("This is a bug in newsgraph, not a mistake in how it was called. Rerun with "
                       "`newsgraph --debug ...` for the traceback and report it.", err=True)
            ctx.exit(INTERNAL_ERROR)


@click.group(cls=NewsgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
@click.option("--debug", is_flag=True, help="Show the full traceback of an internal error.")
def main(debug: bool) -> None:
    """newsgraph: who said what, who did what to whom, when and where, from news."""


def _register() -> None:
    from newsgraph.commands import actor, analyze, eval, extract, ingest, kb, query, serve

    for module in (extract, analyze, actor, kb, ingest, query, serve, eval):
        for command in module.COMMANDS:
            main.add_command(command)


_register()


if __name__ == "__main__":  # `python -m newsgraph.cli ...` runs the command line too
    main()
