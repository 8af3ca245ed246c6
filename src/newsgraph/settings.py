"""One Settings object, built once (from defaults, environment and CLI options) and passed explicitly."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Optional

DEFAULT_DB = "sqlite:///newsgraph.db"


@dataclass(frozen=True)
class Settings:
    """What a run of newsgraph may be configured with.

    ``model`` names a spaCy pipeline package (None: the best installed English one, see ``nlp.load``).
    """

    model: Optional[str] = None
    db_url: str = DEFAULT_DB
    workers: int = 1
    batch_size: int = 32  # the most articles in one batch (ingest sizes batches from the input and workers)
    max_bytes: int = 5_000_000  # inputs larger than this are refused as "huge"
    # Per-article budget: a clean text longer than this is refused before parsing (a long news
    # story is ~50,000 characters; spaCy's own limit is 1,000,000) ...
    max_chars: int = 300_000
    # ... and an article whose parse and analysis take longer than this is abandoned and recorded.
    article_seconds: float = 60.0
    # A compressed input (.gz) may inflate to at most this many times its size (gzip bombs).
    max_inflate_ratio: int = 100
    http_timeout: float = 20.0  # per connection step (connect, each read)
    fetch_seconds: float = 60.0  # one whole fetch (a server trickling bytes cannot hold a run)
    # Feed entry links and redirects to loopback, link-local and private addresses are refused
    # unless this is set (server-side request forgery when feeds come from others).
    allow_private: bool = False
    user_agent: str = "newsgraph (+https://pypi.org/project/newsgraph/)"
    #: actor codings from the store (users' own and learned from stored articles), read-only rows for
    #: the actor knowledge base (``store.actor_codings.knowledge_rows``); empty: the shipped base only
    actor_codings: tuple = ()
    #: drop event candidates the learned realness model (``analyze.events.realness``) judges unlikely to
    #: be real events. On by default since the eighth session: at its threshold, page-grouped CV over 765
    #: judged candidates loses 1.3% of the real ones and lifts the real rate 68.0% -> 69.9% (README
    #: "Events"); NEWSGRAPH_EVENT_REALNESS=0 turns it off
    event_realness: bool = True
    #: let the learned recipient chooser (``analyze.events.recipients``) name a recipient the rules left
    #: unnamed, from the sentence's other actors. On by default since the eighth session: on held-out
    #: blind labels (evlab8 batch 3, 60 PolNeAR tune documents it never trained on) it made 13 recipients
    #: right for 3 made wrong and merged one real event into another of the same doer, type and recipient
    #: (README "Events"); NEWSGRAPH_EVENT_RECIPIENTS=0 turns it off
    event_recipients: bool = True
    #: hide from the default views (readable output, queries, exports, counts) the events whose doer or
    #: recipient the learned confidence gate (``analyze.events.confidence``) doubts: every event still carries
    #: its ``certainty`` and stays in the JSON (``passes_gate`` false). On by default since the fourteenth
    #: session (README "Events"); NEWSGRAPH_EVENT_GATE=0 turns it off
    event_gate: bool = True

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        """Defaults, then NEWSGRAPH_* environment variables (``ENVIRONMENT``), then explicit overrides
        (None is ignored)."""
        env: dict[str, Any] = {field: read(name, os.environ[name])
                               for name, (field, read) in ENVIRONMENT.items() if os.environ.get(name)}
        env.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **env)


def _switch(name: str, value: str) -> bool:
    """An on/off environment variable: 1/true/yes/on or 0/false/no/off; anything else is an error."""
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if value.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name}={value!r}: use 1 (on) or 0 (off)")


def _text(name: str, value: str) -> str:
    return value


def _number(kind: Callable[[str], Any]) -> Callable[[str, str], Any]:
    return lambda name, value: kind(value)


#: the environment variables ``Settings.from_env`` reads (when set and not empty): name -> (the field it
#: sets, how its value is read)
ENVIRONMENT: dict[str, tuple[str, Callable[[str, str], Any]]] = {
    "NEWSGRAPH_MODEL": ("model", _text),
    "NEWSGRAPH_DB": ("db_url", _text),
    "NEWSGRAPH_WORKERS": ("workers", _number(int)),
    "NEWSGRAPH_ARTICLE_SECONDS": ("article_seconds", _number(float)),
    "NEWSGRAPH_MAX_CHARS": ("max_chars", _number(int)),
    "NEWSGRAPH_EVENT_REALNESS": ("event_realness", _switch),
    "NEWSGRAPH_EVENT_RECIPIENTS": ("event_recipients", _switch),
    "NEWSGRAPH_EVENT_GATE": ("event_gate", _switch),
}
