"""`newsgraph eval events` (stub until implemented)."""
import click

COMMANDS: list[click.Command] = []
