"""Transcripts: turns that open with the speaker's name in capitals and a colon.

Broadcast and debate transcripts print each turn as "HOST NAME: words" and later "NAME: words"
("SMITH: Do you think ...", "ROE: I think ..."). A text with two or more such lines is read as a
transcript: each line is its speaker's statement, whatever the cue model makes of a lone colon,
and an "I" or "we" speaking inside a turn (the line and the paragraphs after it, up to the next
turn) is that turn's speaker. The name is matched to a person of the actor index by its words,
case aside ("ROE" is Jane Roe, "JANE ROE" too); a name the index does not hold leaves the
speaker unknown. A single capitalised line ("WASHINGTON: ...") is a dateline, not a transcript;
"Q:" and "A:" interviews are ``interviews``' concern.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze.stages import ActorLookup
from newsgraph.model import Actor

TURN_LINE = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]*){0,3})[ \t]*:[ \t]+\S", re.M)
#: how many paragraphs after its line a turn runs on when no other turn follows
CONTINUATION = 3
MIN_TURNS = 2
SPEAKING_SELF = frozenset({"i", "we"})


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the name before the colon, the colon, and the stretch of text it covers."""

    name: str
    colon: int
    start: int
    end: int


def transcript_turns(text: str) -> list[Turn]:
    """The turns of a transcript in text order, or none when the text has fewer than two turn lines."""
    found = [m for m in TURN_LINE.finditer(text) if m.group("name") not in ("Q", "A")]
    if len(found) < MIN_TURNS:
        return []
    turns = []
    for k, match in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else _paragraphs_on(text, match.start(), CONTINUATION)
        turns.append(Turn(match.group("name"), text.index(":", match.end("name")), match.start(), end))
    return turns


def _paragraphs_on(text: str, start: int, count: int) -> int:
    end = start
    for _ in range(count):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def turn_at(turns: list[Turn], at: int) -> Optional[Turn]:
    """The turn that covers character ``at``, or None."""
    return next((t for t in turns if t.start <= at < t.end), None)


def turn_speaker(turn: Turn, actors: ActorLookup) -> Optional[Actor]:
    """The one person of the index whose name ends with the turn's name, case aside, or None."""
    words = turn.name.replace("’", "'").lower().split()
    found = [a for a in actors.to_list() if a.kind == "person"
             and a.name.replace("’", "'").lower().split()[-len(words):] == words]
    return found[0] if len(found) == 1 else None


def speaks_self(source_text: str) -> bool:
    return source_text.strip().lower() in SPEAKING_SELF
