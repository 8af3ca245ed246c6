"""HTML page to article body and metadata, with trafilatura. Pure: no I/O, no network.

trafilatura (with its readability/jusText fallbacks) finds the main text. newsgraph adds:
- several passes (precision first, then balanced, then recall) so clutter is left out where
  possible without losing pages the precise mode finds nothing on (``ExtractOptions.passes``);
- paragraphs joined by blank lines, as in text files;
- a first paragraph that only repeats the headline is dropped (the title is kept apart), and so
  are bylines and reading-time notes that open the body;
- trailing comment/share/newsletter lines removed, as in text files;
- pages nested deeper than the HTML parser goes are flattened first, and pages with more than
  ``ExtractOptions.max_elements`` elements get a linear plain-text pass instead of trafilatura's
  (see ``extract.bounds``);
- metadata: title, date (ISO, via htmldate), authors (split, job titles dropped), site name
  (else the host of the URL), canonical URL, language (``<html lang>``).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlsplit

from newsgraph.extract import bounds
from newsgraph.extract.boilerplate import (
    strip_furniture_lines,
    strip_leading_furniture,
    strip_trailing_boilerplate,
)
from newsgraph.extract.links import is_link_line, link_blocks
from newsgraph.extract.options import PROSE_PARAGRAPH_WORDS, ExtractOptions
from newsgraph.extract.prune import prune_furniture
from newsgraph.extract.text import same_title

_WORD = re.compile(r"\w+")
# <html lang="pt-BR"> -> "pt"
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
# a first paragraph longer than this is never taken for the headline
HEADLINE_MAX_WORDS = 20
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# "Tom Krisher; AP Auto Writer": a job title, not a second author
_AUTHOR_ROLE = re.compile(
    r"\b(writer|staff|editor|correspondent|reporter|contributor|columnist|desk|bureau)s?\b",
    re.IGNORECASE)


@dataclass
class HtmlArticle:
    """What one HTML page gives: the body text (may be empty) and the metadata found."""

    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    site: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None  # from <html lang>, e.g. "en"
    mode: Optional[str] = None  # the pass that gave the body


def quiet_extractor_logs() -> None:
    """Silence trafilatura's per-page warnings (a CLI calls this once; the library never does)."""
    for name in ("trafilatura", "htmldate", "courlan", "readability", "justext"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _run_pass(page, url: Optional[str], mode: str, options: ExtractOptions, with_metadata: bool):
    """One trafilatura pass over ``page`` (HTML text, or a parsed tree, which it copies first)."""
    import trafilatura  # imported on first use: importing newsgraph stays quick

    return trafilatura.bare_extraction(
        page, url=url, favor_precision=(mode == "precision"), favor_recall=(mode == "recall"),
        include_comments=options.comments, include_tables=options.tables,
        with_metadata=with_metadata)


def _body(document, title: Optional[str], options: ExtractOptions,
          links: frozenset[str] = frozenset()) -> str:
    """The article body of a trafilatura result, joined and trimmed by newsgraph's rules; lines
    that are link blocks of the page (``links``) are dropped."""
    raw = (document.text or "") if document is not None else ""
    lines = [line for line in raw.replace("\r", "").split("\n") if not is_link_line(line, links)]
    return _join(lines, title, options)


def _join(lines: list[str], title: Optional[str], options: ExtractOptions) -> str:
    """Paragraph lines as one body: blank ones, a repeated headline and furniture dropped."""
    paragraphs = [p.strip() for p in lines]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and repeats_title(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    if options.strip_boilerplate:
        paragraphs = strip_trailing_boilerplate(strip_leading_furniture(strip_furniture_lines(paragraphs)))
    return options.paragraph_separator.join(paragraphs)


def repeats_title(paragraph: str, title: str) -> bool:
    """True when ``paragraph`` is the page's headline: the title itself, or the title's words
    without the site name the ``<title>`` adds ("Bridge to reopen - The Ledger"). A paragraph of
    more than ``HEADLINE_MAX_WORDS`` words, or one closed by a full stop, is the lead, even on a
    page whose title repeats it."""
    words = _WORD.findall(paragraph.casefold())
    if len(words) > HEADLINE_MAX_WORDS or paragraph.rstrip(" \"'\u201d\u2019").endswith("."):
        return False
    if same_title(paragraph, title):
        return True
    return len(words) >= 3 and f" {' '.join(words)} " in f" {' '.join(_WORD.findall(title.casefold()))} "


def prose_words(text: str, separator: str) -> int:
    """Words in the prose paragraphs of ``text`` (those of ``PROSE_PARAGRAPH_WORDS`` words or more)."""
    counts = (len(_WORD.findall(p)) for p in text.split(separator))
    return sum(n for n in counts if n >= PROSE_PARAGRAPH_WORDS)


def split_authors(author: Optional[str]) -> list[str]:
    """trafilatura's ``"A; B"`` author string as a list, without duplicates or job titles."""
    authors: list[str] = []
    for name in (author or "").split(";"):
        name = " ".join(name.split())
        if name and not _AUTHOR_ROLE.search(name) and name not in authors:
            authors.append(name)
    return authors


def site_of(sitename: Optional[str], url: Optional[str]) -> Optional[str]:
    """The site's name as the page gives it, else the host of its URL (without ``www.``)."""
    if sitename and sitename.strip():
        return sitename.strip()
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def page_language(html: str) -> Optional[str]:
    """The primary language subtag the page declares on ``<html lang=...>`` (lower case), if any."""
    match = _HTML_LANG.search(html[:20000])
    return match.group(1).lower() if match else None


def extract_html(html: str, url: Optional[str], options: ExtractOptions) -> HtmlArticle:
    """Body and metadata of the page ``html`` (found at ``url``, if known).

    Returns an ``HtmlArticle`` whose ``text`` is empty when no pass finds an article (nothing, or
    fewer than ``options.min_prose_words`` words of prose); the caller decides what that means.
    """
    tree = bounds.parse(html)
    if tree is not None:
        shape = bounds.shape(tree)
        if shape.too_deep:
            html = bounds.flatten(html)
            tree = bounds.parse(html)
            shape = bounds.shape(tree) if tree is not None else shape
        if tree is not None and shape.elements > options.max_elements:
            return _plain_article(tree, html, url, options)
    links = link_blocks(tree, options.link_block_share) if tree is not None else frozenset()
    if tree is not None and options.prune_furniture:
        prune_furniture(tree)
    page = tree if tree is not None else html
    metadata = None
    best = HtmlArticle(text="")
    for mode in options.passes:
        document = _run_pass(page, url, mode, options, with_metadata=metadata is None)
        if metadata is None:
            metadata = document
        title = (metadata.title if metadata is not None else None) or None
        body = _body(document, title, options, links)
        if prose_words(body, options.paragraph_separator) < options.min_prose_words:
            body = ""
        if len(body) > len(best.text):
            best = HtmlArticle(text=body, mode=mode)
        if len(body) >= options.min_chars:
            break
    best.language = page_language(html)
    if metadata is not None:
        best.title = (metadata.title or "").strip() or None
        date = metadata.date if metadata.date and _ISO_DATE.match(metadata.date) else None
        best.published = date
        best.authors = split_authors(metadata.author)
        best.url = url or metadata.url or None
        best.site = site_of(metadata.sitename, best.url)
    else:
        best.url = url
        best.site = site_of(None, url)
    return best


def _plain_article(tree, html: str, url: Optional[str], options: ExtractOptions) -> HtmlArticle:
    """The article of a page too big for trafilatura's passes, by ``bounds.plain_blocks`` (linear);
    title from ``<title>``, no date or authors."""
    title = bounds.page_title(tree)
    body = _join(bounds.plain_blocks(tree), title, options)
    if prose_words(body, options.paragraph_separator) < options.min_prose_words:
        body = ""
    return HtmlArticle(text=body, title=title, url=url, site=site_of(None, url), language=page_language(html),
                       mode="plain")
