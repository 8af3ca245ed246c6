"""`newsgraph serve` (stub until its issue lands)."""
import click

COMMANDS: list[click.Command] = []
