"""`newsgraph eval statements` (stub until implemented)."""
import click

COMMANDS: list[click.Command] = []
