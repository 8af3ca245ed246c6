"""`newsgraph eval extraction` (stub until implemented)."""
import click

COMMANDS: list[click.Command] = []
