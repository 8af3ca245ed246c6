"""`newsgraph extract PATH... [--json]`: HTML or text in, clean articles out."""
from __future__ import annotations

import json
from typing import Optional

import click

from newsgraph.commands.options import iso_date, report_error
from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.settings import Settings


def readable(article: Article) -> str:
    """A person's view of an article: its metadata lines, a blank line, then its text."""
    lines = [f"== {article.source}"]
    for label, value in (("Title", article.title), ("Date", article.published), ("Site", article.site),
                         ("URL", article.url), ("Authors", ", ".join(article.authors) or None)):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines) + "\n\n" + article.text + "\n"


@click.command(name="extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line (source, title, text, ...).")
@click.option("--published", callback=iso_date, metavar="YYYY-MM-DD",
              help="Publication date for every input (overrides what the input says).")
@click.option("--url", help="URL for every input (overrides what the input says).")
def extract_command(paths: tuple[str, ...], as_json: bool, published: Optional[str], url: Optional[str]) -> None:
    """Clean article text and metadata from HTML pages, text files, directories and JSONL.

    PATH may be a .txt, .html/.htm or .jsonl file, each also gzipped (.gz), a directory of them,
    or - for JSONL on stdin. Inputs that fail are reported as "error: SOURCE: REASON" on stderr; the
    others are still extracted, and the exit code is 1 when any input failed.
    """
    from newsgraph.extract.html import quiet_extractor_logs
    from newsgraph.inputs import read_articles

    quiet_extractor_logs()
    failed: list[InputError] = []

    def on_error(error: InputError) -> None:
        failed.append(error)
        report_error(error)

    for article in read_articles(paths, Settings.from_env(), on_error, published=published, url=url):
        click.echo(json.dumps(article.to_json(), ensure_ascii=False) if as_json else readable(article))
    if failed:
        raise SystemExit(1)


COMMANDS: list[click.Command] = [extract_command]
