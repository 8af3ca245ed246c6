"""A bare role as an event's doer or target ("Judge blocks ... law", "the federal judge ruled") stands
for the one person of that role the article names ("U.S. District Judge Carla Reyes"), read from the
final actor index (read-only: no actor made, no mention added)."""
from __future__ import annotations

from typing import Optional

from newsgraph.model import Actor


def _role_head(text: Optional[str]) -> Optional[str]:
    words = (text or "").replace(".", " ").split()
    return words[-1].lower() if words else None


def described_only(actor: Optional[Actor]) -> bool:
    """An actor the index knows only by a description of its role: its name is its title ("Judge",
    "federal judge"), no name of its own."""
    return (actor is not None and actor.kind == "person" and actor.title is not None
            and actor.name.lower() == actor.title.lower())


def named_person(actor: Optional[Actor], listed: dict) -> Optional[Actor]:
    """The named person whose title has the same role word as ``actor``'s bare description: the only
    one, or the one mentioned at least twice as often as any other (the story's judge); else None."""
    if actor is None or not described_only(actor):
        return None
    role = _role_head(actor.title)
    named = [a for a in listed.values() if a.kind == "person" and not described_only(a) and a.id != actor.id
             and _role_head(a.title) == role and (actor.country is None or a.country in (None, actor.country))]
    named.sort(key=lambda a: -len(a.mentions))
    if len(named) > 1 and len(named[0].mentions) < 2 * len(named[1].mentions):
        return None  # two judges as prominent as each other: the description stays as it is
    return named[0] if named else None


def named_id(actor_id: Optional[str], listed: dict) -> Optional[str]:
    """The id of the named person a bare role stands for ("Judge" -> the one judge the article names),
    else ``actor_id`` itself."""
    person = named_person(listed.get(actor_id), listed)
    return person.id if person is not None else actor_id
