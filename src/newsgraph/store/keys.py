"""The keys that decide when two records are the same thing (article, actor, event, place).

Pure functions: the store computes a key for each record it writes and merges records whose keys
are equal.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Optional

_LEADING_ARTICLE = re.compile(r"^(the)\s+")


def content_hash(text: str) -> str:
    """The full sha256 (hex, 64 chars) of an article's clean text, UTF-8 encoded.

    ``model.content_id(text)`` (the default Analysis id) is its first 16 characters.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_name(name: str) -> str:
    """A name folded for matching: no accents, lower case, punctuation dropped, no leading "the".

    "Dmitry Peskov", "DMITRY PESKOV" and "Dmitry  Peskov." become "dmitry peskov";
    "the Kremlin" and "Kremlin" become "kremlin"; "Zelenskyy"/"Zelenskyy's" stay apart (the
    analysis resolves possessives, not the store).
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"[^\w\s]", " ", folded)
    folded = re.sub(r"\s+", " ", folded).strip()
    return _LEADING_ARTICLE.sub("", folded)


def actor_key(name: str, country: Optional[str]) -> str:
    """One real entity across articles: normalised name + country (ISO3 or empty)."""
    return f"{normalise_name(name)}|{(country or '').upper()}"


def event_key(type_: str, actor_id: Optional[int], recipient_id: Optional[int], date: Optional[str],
              negated: bool, article_id: int, local_id: str, *, hypothetical: bool = False,
              intended: bool = False) -> str:
    """The key that merges reports of one event across articles.

    Reports merge when type, actor, recipient, date and modality (negated, hypothetical,
    intended) are equal: "X met Y" and "X would meet Y" are different events. An event without a
    date or without an actor cannot be told apart from others of its type, so it stays its own
    event (the key then names the article and local id).
    """
    if date and actor_id is not None:
        flag = ("!" if negated else "") + ("?" if hypothetical else "") + ("+" if intended else "")
        recipient = "" if recipient_id is None else recipient_id
        return f"{flag}{type_}|{actor_id}|{recipient}|{date}"
    return f"article:{article_id}:{local_id}"


def place_key(geonameid: Optional[int], name: str, country: Optional[str]) -> str:
    """One place: its GeoNames id, else its normalised name and country."""
    if geonameid is not None:
        return f"geonames:{int(geonameid)}"
    return f"name:{normalise_name(name)}|{(country or '').upper()}"
