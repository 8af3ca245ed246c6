"""The `newsgraph` command: options in, one library call, results out. No logic of its own.

Commands live in ``newsgraph.commands.*`` (one module per area) and are registered here.
"""
from __future__ import annotations

import click

from newsgraph import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: who said what, who did what to whom, when and where, from news."""


def _register() -> None:
    from newsgraph.commands import actor, analyze, eval, extract, ingest, kb, query, serve

    for module in (extract, analyze, actor, kb, ingest, query, serve, eval):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
