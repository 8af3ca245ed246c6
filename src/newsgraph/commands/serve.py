"""`newsgraph serve`: the web UI and JSON API over a newsgraph database (read-only)."""
from __future__ import annotations

import os

import click

from newsgraph.commands.options import db_option
from newsgraph.errors import NewsgraphError
from newsgraph.settings import Settings


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but 127.0.0.1/localhost needs --token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", default=None, envvar="NEWSGRAPH_TOKEN",
              help="Access token every request must carry (Authorization: Bearer, ?token=, or cookie). "
                   "Also read from $NEWSGRAPH_TOKEN.")
def serve_command(db_url, host, port, token):
    """Serve pages and /api/... over the database, opened read-only."""
    from newsgraph.web.auth import needs_token

    if needs_token(host) and not token:
        raise click.UsageError(
            f"--host {host} makes the data reachable from other machines: set an access token with "
            "--token or NEWSGRAPH_TOKEN (or keep the default --host 127.0.0.1).")
    settings = Settings.from_env(db_url=db_url)
    import uvicorn

    from newsgraph.web.app import create_app

    try:
        app = create_app(settings.db_url, token=token or None)
    except NewsgraphError as e:
        raise click.ClickException(str(e)) from e
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    click.echo(f"newsgraph: serving {settings.db_url} (read-only) on http://{shown}:{port}/")
    if token:
        click.echo("  a token is required: open the first page with ?token=<token> "
                   "(or send 'Authorization: Bearer <token>')")
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("NEWSGRAPH_LOG_LEVEL", "warning"))


COMMANDS = [serve_command]
