"""`newsgraph extract`."""
import click

COMMANDS: list[click.Command] = []
