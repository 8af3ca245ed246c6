"""The token check for a server bound beyond this machine.

When a token is configured every request must carry it: ``Authorization: Bearer <token>``, a
``?token=`` parameter (which also sets a cookie, so the links of a page keep working) or that cookie.
Without a token configured (the default, bound to 127.0.0.1) nothing is checked.
"""
from __future__ import annotations

import hmac
from typing import Optional

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from newsgraph.web.http import error_response

COOKIE = "newsgraph_token"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def needs_token(host: str) -> bool:
    """Binding anywhere but the loopback interface exposes the data: then a token is required."""
    return host not in LOCAL_HOSTS


def presented_token(request: Request) -> Optional[str]:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.query_params.get("token") or request.cookies.get(COOKIE)


class TokenMiddleware:
    """Refuses (401) any request without the configured token."""

    def __init__(self, app: ASGIApp, token: str):
        self.app, self.token = app, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        given = presented_token(request)
        if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
            message = ("This newsgraph server needs its access token: send 'Authorization: Bearer <token>' "
                       "or open the page once with ?token=<token>.")
            response = error_response(request, 401, message)
            response.headers["WWW-Authenticate"] = "Bearer"
            await response(scope, receive, send)
            return
        if request.query_params.get("token"):
            # Remember the token so links and static assets on the page work without it in the URL.
            async def send_with_cookie(message):
                if message["type"] == "http.response.start":
                    cookie = f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict".encode()
                    message.setdefault("headers", []).append((b"set-cookie", cookie))
                await send(message)

            await self.app(scope, receive, send_with_cookie)
            return
        await self.app(scope, receive, send)
