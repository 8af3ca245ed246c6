"""HTML or text in, a clean Article out. Pure: no I/O, no network, no global state.

``extract(raw)`` is the one entry point; ``sources`` build the ``RawDocument`` it takes.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.errors import NoArticle
from newsgraph.extract.dateline import dateline_date
from newsgraph.extract.encoding import UndecodableText, decode_html, decode_text
from newsgraph.extract.html import extract_html
from newsgraph.extract.options import DEFAULT_OPTIONS, ExtractOptions
from newsgraph.extract.text import text_parts
from newsgraph.model import Article, RawDocument

__all__ = ["extract", "ExtractOptions", "DEFAULT_OPTIONS"]


def _as_str(raw: RawDocument) -> str:
    if isinstance(raw.content, str):
        return raw.content
    try:
        return decode_html(raw.content) if raw.kind == "html" else decode_text(raw.content)
    except UndecodableText as error:
        raise NoArticle(raw.source, str(error)) from None


def _from_text(raw: RawDocument, text: str, options: ExtractOptions) -> Article:
    if raw.verbatim:
        # offsets in the output must index into the text exactly as the record gave it
        body, title = text, raw.title
    else:
        parts = text_parts(text, raw.title, options.strip_boilerplate, options.text_title)
        body, title = parts.text, parts.title
    if not body.strip():
        reason = "the text is empty" if raw.verbatim or not text.strip() else \
            "no article text is left after removing the title and web boilerplate"
        raise NoArticle(raw.source, reason)
    return Article(text=body, title=title, published=raw.published or dateline_date(body), url=raw.url,
                   id=raw.id, source=raw.source)


def _from_html(raw: RawDocument, html: str, options: ExtractOptions) -> Article:
    if not html.strip():
        raise NoArticle(raw.source, "the HTML page is empty")
    try:
        page = extract_html(html, raw.url, options)
    except Exception as error:  # noqa: BLE001 - a page that breaks the parser must not stop a batch
        raise NoArticle(raw.source, f"the HTML page could not be parsed ({type(error).__name__}: {error})") \
            from error
    if not page.text.strip():
        raise NoArticle(raw.source, "no article text found in the HTML page "
                                    "(only navigation, boilerplate or nothing at all)")
    return Article(
        text=page.text, title=raw.title or page.title,
        published=raw.published or page.published or dateline_date(page.text),
        url=raw.url or page.url, site=page.site, authors=page.authors, language=page.language or "en",
        id=raw.id, source=raw.source)


def extract(raw: RawDocument, options: Optional[ExtractOptions] = None) -> Article:
    """The clean article in ``raw``.

    - ``raw.kind == "html"``: main text by trafilatura passes (see ``extract.html``), paragraphs
      separated by blank lines; title, ISO date, authors, site, URL and language (``<html lang>``,
      else "en") from the page. Metadata the source gave (``raw.title``, ``raw.published``,
      ``raw.url``) wins over what the page says.
    - ``raw.kind == "text"``: the rules of ``extract.text`` (first line + blank line = title,
      trailing web boilerplate removed, line ends normalised).
    - ``raw.verbatim``: the text exactly as given, title from ``raw.title``; nothing is changed
      because offsets must index into it.
    ``published``: given, else the page's date (HTML), else the full date of an opening dateline
    ("SANTIAGO, March 14, 2024 —", see ``extract.dateline``), else None.
    ``raw.content`` may be ``str`` or ``bytes`` (decoded by ``extract.encoding``'s rules).
    The article's ``id`` is ``raw.id``, else a hash of its text; its ``source`` is ``raw.source``.

    Raises ``NoArticle`` (an ``InputError`` naming ``raw.source``) when there is no article:
    empty text, nothing left after cleaning, undecodable bytes, an HTML page without main text
    or one the HTML parser fails on.
    """
    options = options or DEFAULT_OPTIONS
    content = _as_str(raw)
    if raw.kind == "html":
        return _from_html(raw, content, options)
    if raw.kind == "text":
        return _from_text(raw, content, options)
    raise ValueError(f"RawDocument.kind must be 'html' or 'text', got {raw.kind!r} ({raw.source})")
