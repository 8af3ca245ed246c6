"""`newsgraph eval ...`: scorers over the development data (one module per task)."""
import click

from newsgraph.commands import eval_events, eval_extraction, eval_statements


@click.group(name="eval")
def eval_group() -> None:
    """Score newsgraph against annotated data (PolNeAR, CAMEO-coded sentences, extraction benchmark)."""


for _module in (eval_statements, eval_events, eval_extraction):
    for _command in _module.COMMANDS:
        eval_group.add_command(_command)

COMMANDS: list[click.Command] = [eval_group]
