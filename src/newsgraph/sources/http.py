"""Articles and feeds over HTTP(S): the only place newsgraph touches the network.

Every fetch has a timeout per step (``settings.http_timeout``) and in all (``settings.fetch_seconds``),
a size limit (``settings.max_bytes``), a user agent that says who is asking (``settings.user_agent``),
and follows redirects, checking each: links and redirects to loopback, link-local and private
addresses are refused unless allowed (``settings.allow_private``, ``--allow-private``). A failure
(HTTP error status, timeout, refused connection, oversized body, a content type that is not a page)
is an ``InputError`` naming the URL, so the caller records it and goes on with the next input.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import Optional

import httpx

from newsgraph.errors import InputError
from newsgraph.model import RawDocument
from newsgraph.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml", "application/feed+json",
)
MAX_REDIRECTS = 10


@dataclass
class Fetched:
    """A response body as fetched: ``url`` is where it finally came from (after redirects)."""

    requested: str
    url: str
    status: int
    content_type: str  # media type only, lower case ("text/html")
    charset: Optional[str]
    content: bytes

    def text(self) -> str | bytes:
        """The body decoded with the charset the server declared, else the raw bytes.

        Bytes are left to the extractor, which reads ``<meta charset>`` and sniffs encodings.
        """
        if self.charset:
            try:
                return self.content.decode(self.charset)
            except (LookupError, UnicodeDecodeError):
                pass
        return self.content


def make_client(settings: Settings) -> httpx.Client:
    """An HTTP client configured from ``settings``; the caller closes it (or uses ``with``).

    Redirects are followed by ``fetch`` itself, one at a time, so that each target is checked.
    """
    return httpx.Client(
        timeout=httpx.Timeout(settings.http_timeout),
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent, "Accept": "text/html, application/xhtml+xml, "
                 "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"},
    )


def private_address(url: str) -> Optional[str]:
    """The loopback, link-local, private or otherwise non-public address ``url``'s host is or
    resolves to, or None when all its addresses are public. A host that does not resolve is
    None here (the fetch then fails on its own)."""
    try:
        host = httpx.URL(url).host
    except httpx.InvalidURL:
        return None
    if not host:
        return None
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return None
    for address in sorted(addresses):
        ip = ipaddress.ip_address(address.split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if not ip.is_global or ip.is_multicast:
            return address
    return None


def media_type(header: str) -> tuple[str, Optional[str]]:
    """(media type in lower case, charset or None) of a Content-Type header value."""
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value:
            charset = value.strip().strip('"\'') or None
    return parts[0].lower(), charset


def fetch(url: str, settings: Settings, client: Optional[httpx.Client] = None, *,
          allow_private: Optional[bool] = None, private_host: Optional[str] = None) -> Fetched:
    """GET ``url`` within the limits of ``settings``; raises ``InputError`` naming the URL on failure.

    Limits: ``settings.max_bytes`` of body, ``settings.http_timeout`` per step and
    ``settings.fetch_seconds`` in all, ``MAX_REDIRECTS`` redirects. ``allow_private`` (default
    ``settings.allow_private``): whether the URL and every redirect may lead to a loopback,
    link-local or private address; when not, such a target is refused before it is contacted,
    unless it is ``private_host`` (``host:port``, see ``host_key``: a host the user named).
    """
    allow_private = settings.allow_private if allow_private is None else allow_private
    own = client is None
    client = client or make_client(settings)
    deadline = time.monotonic() + settings.fetch_seconds
    try:
        target = url
        for _ in range(MAX_REDIRECTS + 1):
            if not allow_private and (private_host is None or host_key(target) != private_host):
                address = private_address(target)
                if address is not None:
                    where = "" if target == url else f" (redirected to {target})"
                    raise InputError(url, f"refused: the address {address}{where} is not public "
                                          "(loopback, link-local or private); --allow-private allows it")
            fetched = _get(target, url, settings, client, deadline)
            if isinstance(fetched, Fetched):
                return fetched
            target = fetched  # a redirect: check and follow it
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException:
        raise InputError(url, f"timed out after {settings.http_timeout:g} s") from None
    except httpx.InvalidURL as exc:
        raise InputError(url, f"not a valid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise InputError(url, f"could not fetch: {exc.__class__.__name__}: {exc}") from None
    finally:
        if own:
            client.close()


def _get(target: str, url: str, settings: Settings, client: httpx.Client, deadline: float) -> Fetched | str:
    """One GET: the response, or the URL it redirects to."""
    with client.stream("GET", target) as response:
        if response.is_redirect and response.next_request is not None:
            return str(response.next_request.url)
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > settings.max_bytes:
            raise InputError(url, f"too large: {declared} bytes (limit {settings.max_bytes})")
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > settings.max_bytes:
                raise InputError(url, f"too large: more than {settings.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise InputError(url, f"took longer than {settings.fetch_seconds:g} s (settings.fetch_seconds)")
        media, charset = media_type(response.headers.get("Content-Type", ""))
        return Fetched(url, str(response.url), response.status_code, media, charset, bytes(body))


def host_key(url: str) -> Optional[str]:
    """``host:port`` of a URL (lower case, default ports filled in), to compare hosts."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return None
    return f"{parsed.host.lower()}:{parsed.port or (443 if parsed.scheme == 'https' else 80)}"


def is_feed(fetched: Fetched) -> bool:
    """Whether a response is a feed rather than a page: by content type, then by its first bytes."""
    if fetched.content_type in FEED_TYPES or fetched.content_type.endswith(("+xml", "/xml")):
        return fetched.content_type not in HTML_TYPES
    if fetched.content_type in HTML_TYPES or not fetched.content_type:
        head = fetched.content[:512].lstrip().lower()
        return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)
    return False


def as_document(fetched: Fetched, *, title: Optional[str] = None,
                published: Optional[str] = None) -> RawDocument:
    """The fetched page as a RawDocument; raises ``InputError`` when it is not a web page or text."""
    if fetched.content_type in HTML_TYPES or (not fetched.content_type and b"<" in fetched.content[:1024]):
        kind = "html"
    elif fetched.content_type in TEXT_TYPES:
        kind = "text"
    else:
        raise InputError(fetched.requested, f"not an HTML page (content type {fetched.content_type or 'none'})")
    return RawDocument(content=fetched.text(), source=fetched.requested, kind=kind,
                       url=fetched.url, title=title, published=published)


def fetch_article(url: str, settings: Settings, client: Optional[httpx.Client] = None, *,
                  title: Optional[str] = None, published: Optional[str] = None,
                  private_host: Optional[str] = None) -> RawDocument:
    """Fetch one article page; raises ``InputError`` for HTTP errors and for non-HTML content."""
    return as_document(fetch(url, settings, client, private_host=private_host), title=title,
                       published=published)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))
