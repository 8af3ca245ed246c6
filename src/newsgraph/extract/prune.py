"""Page furniture taken out of the HTML tree before the main-text passes, by what it is named.

Sites name their furniture in ``class`` and ``id``: ``Newsletter-container``, ``rollover-people``
(a hover card that repeats a name and lists headlines inside a sentence), ``pushdown-promo``,
``related-articles``, ``share-bar``. trafilatura prunes some such names, but case-sensitively and
only on some tags; here every element whose class or id has one of ``FURNITURE_TOKENS`` as a
word (case and separators ignored: ``relatedPosts`` has the word ``related``), and every element
with an ARIA role of ``FURNITURE_ROLES``, is removed with its content, unless it holds much of
the page's text (a wrapper named ``article-with-related`` is the article, not furniture).
Inline elements (``<span>``, ``<a>`` ...) sit inside sentences: a hover card wraps the name the
sentence needs ("threatened to kill Rep. <span class=rollover-people>Ilhan Omar<span
class=rollover-block>...headlines...</span></span> (D-Minn.)"). Of those, only the innermost
ones that hold two links or more (the card, not the name) are removed.

Pure: changes the lxml tree it is given; linear in the page (text lengths are measured once).
"""
from __future__ import annotations

import re

# words in class/id naming elements that are never article text
FURNITURE_TOKENS = frozenset((
    "newsletter", "newsletters", "signup", "subscribe", "subscription",
    "promo", "promos", "promotion",
    "rollover", "tooltip", "hovercard", "popover", "popup",
    "related", "recirc", "recirculation", "trending", "outbrain", "taboola",
    "share", "sharing", "sharebar", "social",
    "notification", "cookie", "consent",
    "advert", "advertisement", "sponsored",
))
# ARIA landmark roles that are never the article
FURNITURE_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search"))
# an element with more than this share of the page's text is kept whatever its name
MAX_PRUNED_SHARE = 0.4
# never removed by name: the document and its body
_KEEP = frozenset(("html", "body", "head", "title", "meta", "link"))
# elements inside a sentence: removed by name only when they hold this many links or more
_INLINE = frozenset("a abbr b cite em font i label mark q small span strong sub sup time u".split())
INLINE_CARD_LINKS = 2
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def name_words(value: str) -> set[str]:
    """The words of a class or id value: ``"pushdown-promo relatedPosts"`` ->
    {"pushdown", "promo", "related", "posts"}."""
    return {word for word in _SPLIT.split(_CAMEL.sub(" ", value).lower()) if word}


def is_furniture(element) -> bool:
    """True when ``element``'s class, id or ARIA role names page furniture."""
    if element.tag in _KEEP:
        return False
    role = (element.get("role") or "").strip().lower()
    if role in FURNITURE_ROLES:
        return True
    words = name_words(f"{element.get('class') or ''} {element.get('id') or ''}")
    return not words.isdisjoint(FURNITURE_TOKENS)


def _text_length(element) -> int:
    return sum(len(text.strip()) for text in element.itertext())


def prune_furniture(tree) -> int:
    """Remove from ``tree`` the elements ``is_furniture`` names (outermost first; tails kept),
    except those holding more than ``MAX_PRUNED_SHARE`` of the page's text. Returns how many
    were removed."""
    from lxml import etree

    body = tree.find(".//body")
    root = body if body is not None else tree
    total = _text_length(root)
    doomed = []
    inline = []  # inline furniture, in document order (an element before its descendants)
    inside = None  # the doomed element being walked through
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            if element is inside:
                inside = None
            continue
        if inside is not None or not isinstance(element.tag, str) or not is_furniture(element):
            continue
        if element.tag in _INLINE:
            inline.append(element)
            continue
        if total and _text_length(element) > MAX_PRUNED_SHARE * total:
            continue
        doomed.append(element)
        inside = element
    for element in doomed:
        _drop(element)
    removed = len(doomed)
    for element in reversed(inline):  # innermost first: a card goes, the name around it stays
        if element.getparent() is not None and sum(1 for _ in element.iter("a")) >= INLINE_CARD_LINKS:
            _drop(element)
            removed += 1
    return removed


def _drop(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
