"""Speakers of a transcript: the capitalised names that open its turns ("JANE ROE: ...").

The actor stage reads a name in capitals as a dateline ("ROTTERDAM —") and keeps no actor for it.
In a transcript -- a text with two or more turn lines, as ``statements.transcripts`` reads it --
the name before each turn's colon is a person who speaks, often the host named nowhere else
("JANE ROE: Thanks for joining us."). Each such name becomes a mention of the person of the
index whose name ends with its words, case aside ("ROE" is Jane Roe, named in full elsewhere);
a name the index does not hold becomes a person of its own, named in ordinary case ("Jane Roe"),
and a shorter turn name ("ROE:") is then that person too. A single capitalised line stays a
dateline; names of countries, places and known organisations stay what they are.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors import coding, dictionaries
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.model import Actor


def index_turn_names(index: ActorIndex, doc, surnames: dict[str, list[Actor]], aliases: dict[str, list[str]]) -> None:
    """Give each turn name of a transcript its person (see the module docstring)."""
    from newsgraph.analyze.statements.transcripts import transcript_turns  # a text utility; no cycle at import
    from newsgraph.nlp.text import text_of

    text = text_of(doc)
    turns = transcript_turns(text)
    if not turns:
        return
    # the longest names first: "JAKE TAPPER" names the person that a later "TAPPER" is
    for turn in sorted(turns, key=lambda t: -len(t.name.split())):
        words = turn.name.split()
        if _not_a_person(turn.name):
            continue
        start = text.index(turn.name, turn.start)
        span = doc.char_span(start, start + len(turn.name), alignment_mode="expand")
        if span is None:
            continue
        actor = _person_ending(index, words)
        if actor is None:
            name = " ".join(_ordinary_case(w) for w in words)
            actor = index.new_actor(("person", name), name, coding.Coding(text=name, kind="person"))
            surnames.setdefault(name.split()[-1], []).append(actor)
            aliases[actor.id] = [name]
        index.add_mention(actor, span)


def _not_a_person(name: str) -> bool:
    return dictionaries.organization(name) is not None or dictionaries.country_of(name) is not None \
        or dictionaries.capital_country(name) is not None


def _person_ending(index: ActorIndex, words: list[str]) -> Optional[Actor]:
    """The one person whose name ends with ``words``, case aside."""
    want = [w.replace("’", "'").lower() for w in words]
    found = [a for a in index.actors if a.kind == "person"
             and a.name.replace("’", "'").lower().split()[-len(want):] == want]
    return found[0] if len(found) == 1 else None


def _ordinary_case(word: str) -> str:
    """"TAPPER" -> "Tapper", "O'NEILL" -> "O'Neill", "SMITH-JONES" -> "Smith-Jones"."""
    out, upper_next = [], True
    for c in word:
        out.append(c.upper() if upper_next else c.lower())
        upper_next = c in "'’-."
    return "".join(out)
