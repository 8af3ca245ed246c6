"""`newsgraph analyze`."""
import click

COMMANDS: list[click.Command] = []
