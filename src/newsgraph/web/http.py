"""HTTP errors raised by views, and the one place that turns them (and any other failure) into responses.

API paths (``/api/...``) always answer JSON: ``{"error": {"status": 400, "message": "..."}}``;
pages answer an HTML error page with the same message.
"""
from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Iterator

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

log = logging.getLogger("newsgraph.web")


class WebError(Exception):
    """An error the user can act on; ``status`` is the HTTP status code."""

    status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BadRequest(WebError):
    status = 400


class Unauthorized(WebError):
    status = 401


class NotFound(WebError):
    status = 404


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def error_response(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status)


async def on_web_error(request: Request, exc: WebError) -> Response:
    return error_response(request, exc.status, exc.message)


async def on_http_exception(request: Request, exc: HTTPException) -> Response:
    message = {404: f"No page at {request.url.path}. Try the navigation bar or /api/openapi.json.",
               405: f"{request.method} is not allowed on {request.url.path}."}.get(exc.status_code, str(exc.detail))
    return error_response(request, exc.status_code, message)


async def on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path)
    return error_response(request, 500, "Internal error while answering this request; see the server log.")


EXCEPTION_HANDLERS = {
    WebError: on_web_error,
    HTTPException: on_http_exception,
    Exception: on_unexpected,
}


def csv_response(columns: list[str], rows: Iterable[dict], filename: str) -> StreamingResponse:
    """Rows streamed as CSV (a header line, then one line per row) with a download file name."""

    def lines() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for n, row in enumerate(rows, 1):
            writer.writerow({k: _cell(row.get(k)) for k in columns})
            if n % 500 == 0:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    text = str(value)
    # A cell that a spreadsheet would run as a formula is prefixed (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


# -- every response: security headers; over-long requests: 414 ------------------------------------

MAX_TARGET_BYTES = 8192  # path + query string; longer is refused with 414 before any view runs
SECURITY_HEADERS = [
    # Only this site's scripts, styles (inline style attributes: the charts' colours), images
    # (data: URIs for small icons) and API; no plugins, no framing, forms post back here only.
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


class Hardened:
    """ASGI wrapper outside everything else (error pages included): refuses request targets
    longer than ``MAX_TARGET_BYTES`` with 414 and adds ``SECURITY_HEADERS`` to every response."""

    def __init__(self, app, max_target: int = MAX_TARGET_BYTES):
        self.app, self.max_target = app, max_target

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_hardened(message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *((k, v) for k, v in SECURITY_HEADERS if k not in names)]}
            await send(message)

        target = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
        if target > self.max_target:
            message = f"The request's address is too long ({target:,} bytes; the limit is {self.max_target:,})."
            if scope["path"].startswith("/api"):
                response: Response = JSONResponse({"error": {"status": 414, "message": message}}, status_code=414)
            else:
                response = Response(message + "\n", status_code=414, media_type="text/plain; charset=utf-8")
            await response(scope, receive, send_hardened)
            return
        await self.app(scope, receive, send_hardened)
