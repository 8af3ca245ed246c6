"""One Settings object, built once (from defaults, environment and CLI options) and passed explicitly."""
from __future__ import annotations

import os
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
    batch_size: int = 32
    max_bytes: int = 5_000_000  # inputs larger than this are refused as "huge"
    max_chars: int = 1_000_000  # clean text longer than this is refused (spaCy's own limit)
    http_timeout: float = 20.0
    user_agent: str = "newsgraph (+https://pypi.org/project/newsgraph/)"
    #: actor codings from the store (users' own and learned from stored articles), read-only rows for
    #: the actor knowledge base (``store.actor_codings.knowledge_rows``); empty: the shipped base only
    actor_codings: tuple = ()

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        """Defaults, then NEWSGRAPH_* environment variables, then explicit overrides (None is ignored)."""
        env: dict[str, Any] = {}
        if os.environ.get("NEWSGRAPH_MODEL"):
            env["model"] = os.environ["NEWSGRAPH_MODEL"]
        if os.environ.get("NEWSGRAPH_DB"):
            env["db_url"] = os.environ["NEWSGRAPH_DB"]
        if os.environ.get("NEWSGRAPH_WORKERS"):
            env["workers"] = int(os.environ["NEWSGRAPH_WORKERS"])
        env.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **env)
