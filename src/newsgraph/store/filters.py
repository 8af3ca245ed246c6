"""The one filter object every reader of the database uses: the command line, the web and notebooks.

``Filters`` says what a list of statements, events or articles is narrowed to. It is checked once,
when it is made (``Filters.of(...)`` raises ``FilterError`` naming the bad value), so the query
layer (``store/select.py``) never sees a malformed value. The rules, the same everywhere:

- **Actors** (``speaker``, ``actor``, ``recipient``): a number is an actor id ("12"); three capital
  letters are a country (every actor of that ISO 3166 alpha-3 country, and an actor coded so:
  "RUS"); four to twelve capital letters are an actor code ("USAGOV"); anything else is a part of
  a name or alias, case-insensitive ("verlo" finds Ana Verlo and Ana Verlovic, "Ostland" finds the
  country Ostland and Bo Ostland).
- **Dates** (``since``, ``until``): ISO 8601 at year, month or day precision, naming a real
  calendar date; both bounds are inclusive at the precision given (``until="2022-12"`` keeps all
  of December). A statement without a date of its own is dated by its article's publication.
  Lists are newest first; rows without any date come last.
- **Statement frames**: by default only speech and writing by a resolved speaker
  (``frames=("speech", "writing")``; ``model.is_shown``); a list of frames keeps the statements of
  those frames that have a speaker; ``frames="all"`` keeps every statement: beliefs, intentions,
  "declined to comment" records, and statements whose speaker was not resolved.
- **Event modality**: by default only asserted events (neither negated, hypothetical nor
  intended) whose doer and recipient the confidence gate does not doubt (``events.doubtful``);
  ``modality="all"`` shows every event, doubted ones too, ``"negated"``, ``"hypothetical"`` or
  ``"intended"`` only those.
- **Text** is full-text search (words, "a phrase", OR, -word), never query syntax of the database.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any, Optional

from newsgraph.model import PLOVER_TYPES, SHOWN_FRAMES, STATEMENT_FRAMES, STATEMENT_KINDS

MAX_NUMBER = 10**12  # no database here has more rows; larger numbers would overflow SQLite's integers
MAX_TEXT = 200
MODALITIES = ("asserted", "all", "negated", "hypothetical", "intended")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")


class FilterError(ValueError):
    """A filter value that cannot be used; the message names it and says what is expected."""


@dataclass(frozen=True)
class Filters:
    """What a list is narrowed to (see the module docstring for the rules). Make one with ``of``."""

    speaker: Optional[str] = None  # who said it: id, country, code, or part of a name or alias
    actor: Optional[str] = None  # who acted (events); who is mentioned (articles)
    recipient: Optional[str] = None  # to whom it was done (events)
    country: Optional[str] = None  # ISO3: the speaker's country; an event's actor's or recipient's
    type: Optional[str] = None  # PLOVER event type (statements: carrying an event of the type)
    kind: Optional[str] = None  # statement kind: direct, indirect, mixed
    place: Optional[str] = None  # part of a place name (events; articles naming it)
    text: Optional[str] = None  # full text: statement content; article text for articles and events
    since: Optional[str] = None
    until: Optional[str] = None
    frames: tuple[str, ...] = field(default=SHOWN_FRAMES)
    modality: str = "asserted"
    article_id: Optional[int] = None

    @classmethod
    def of(cls, **values: Any) -> Filters:
        """Filters from keyword values, each checked; empty values (None, "") mean "not filtered".

        ``frames`` takes a tuple, a comma-separated string or "all"; ``search``/``q`` are
        accepted as names for ``text``. An unknown name is a FilterError, not silently ignored.
        """
        for alias in ("search", "q"):
            if alias in values:
                given = values.pop(alias)
                values.setdefault("text", given)
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise FilterError(f"unknown filter {unknown[0]!r}; filters are: {', '.join(sorted(known))}")
        clean = {k: v for k, v in values.items() if v is not None and v != ""}
        return cls(**clean).checked()

    def checked(self) -> Filters:
        """These filters with values normalised (upper-case codes, stripped text); FilterError if bad."""
        changes: dict[str, Any] = {}
        for name in ("speaker", "actor", "recipient", "place", "text"):
            value = getattr(self, name)
            if value is not None:
                changes[name] = _text(name, value)
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                changes[name] = check_date(name, str(value).strip()) or None
        since, until = changes.get("since", self.since), changes.get("until", self.until)
        if since and until and since > until_bound(until):
            raise FilterError(f"since={since} is after until={until}.")
        if self.country is not None:
            country = str(self.country).strip()
            if not _COUNTRY.match(country):
                raise FilterError(f"country={country!r} is not an ISO 3166 alpha-3 code such as RUS or USA.")
            changes["country"] = country.upper()
        if self.type is not None:
            event_type = str(self.type).strip().upper()
            if event_type not in PLOVER_TYPES:
                raise FilterError(f"type={event_type!r} is not a PLOVER event type; use one of: "
                                  + ", ".join(PLOVER_TYPES) + ".")
            changes["type"] = event_type
        if self.kind is not None:
            kind = str(self.kind).strip().lower()
            if kind not in STATEMENT_KINDS:
                raise FilterError(f"kind={kind!r}: use one of {', '.join(STATEMENT_KINDS)}.")
            changes["kind"] = kind
        changes["frames"] = check_frames(self.frames)
        modality = str(self.modality).strip().lower()
        if modality not in MODALITIES:
            raise FilterError(f"modality={modality!r}: use one of {', '.join(MODALITIES)}.")
        changes["modality"] = modality
        if self.article_id is not None:
            changes["article_id"] = _number("article_id", self.article_id)
        return replace(self, **changes)

    def with_(self, **changes: Any) -> Filters:
        """A copy with some values changed (checked again)."""
        return replace(self, **changes).checked()

    @property
    def all_frames(self) -> bool:
        return set(self.frames) >= set(STATEMENT_FRAMES)

    def as_dict(self) -> dict:
        """The filters that narrow the list (defaults left out), e.g. for links that keep them."""
        default = Filters()
        return {k: v for k, v in asdict(self).items() if v not in (None, "") and v != getattr(default, k)}


def _text(name: str, value: Any) -> Optional[str]:
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise FilterError(f"{name} is longer than {MAX_TEXT} characters.")
    return text or None


def _number(name: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise FilterError(f"{name}={value!r} is not a whole number.") from None
    if number < 0 or number > MAX_NUMBER:
        raise FilterError(f"{name}={value!r} is out of range.")
    return number


def check_frames(value: Any) -> tuple[str, ...]:
    """The statement frames ``value`` names: a tuple, "speech,writing" or "all"."""
    if isinstance(value, str):
        value = STATEMENT_FRAMES if value.strip().lower() == "all" else \
            [v.strip().lower() for v in value.split(",") if v.strip()]
    named = tuple(dict.fromkeys(value))
    bad = [f for f in named if f not in STATEMENT_FRAMES]
    if bad or not named:
        raise FilterError(f"frame={','.join(bad) or value!r}: use all or some of {', '.join(STATEMENT_FRAMES)}.")
    return tuple(f for f in STATEMENT_FRAMES if f in named)  # one order: "writing,speech" is the default too


def check_date(name: str, value: Optional[str]) -> Optional[str]:
    """``value`` if it is YYYY, YYYY-MM or YYYY-MM-DD naming a real date (None when empty)."""
    if not value:
        return None
    if not _DATE.match(value):
        raise FilterError(f"{name}={value!r} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY).")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        raise FilterError(f"{name}={value!r} is not a calendar date.") from None
    return value


def until_bound(value: str) -> str:
    """The inclusive upper bound of a partial date: "2022-12" covers everything up to "2022-12-99T99"
    (a day with a time of day included).

    Digits and hyphens only, so the comparison means the same under any collation (PostgreSQL
    compares text by the database's locale, which may ignore punctuation).
    """
    return value + {4: "-99-99", 7: "-99"}.get(len(value), "") + "T99"


def escape_like(value: str) -> str:
    """``value`` as a LIKE pattern that matches it literally (escape character: backslash)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(value: str) -> str:
    """A case-insensitive "contains" LIKE pattern for ``value`` (compare with ``lower(column)``)."""
    return f"%{escape_like(value.lower())}%"
