"""Interviews printed as questions and answers: "Q: ..." and "A: ..." lines.

Such an interview attributes by layout: an "A:" line is the words of the one interviewed -- the
person the introduction names, most often named in the article -- and so is an "I" or "we"
speaking inside an answer. With no such person the answers are left to the cue model. The
"Q:" lines are the interviewer's questions, not statements of anyone the article names. Only a
text with both kinds of line is read so.
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.analyze.stages import ActorLookup

QA_LINE = re.compile(r"^[ \t]*(?P<mark>[QA])[ \t]*:[ \t]", re.M)
#: a question whose bold "Q" the page's extraction glued to its first word ("QWhy should ...?",
#: "QLast October, ..."): a capital, then a small letter or an apostrophe, right after the Q
GLUED_Q = re.compile(r"^[ \t]*(?P<mark>Q)(?=[A-Z][a-z'’])", re.M)
MARKS = frozenset({"Q", "A"})
SPEAKING_SELF = frozenset({"i", "we"})


def _marks(text: str) -> list[re.Match]:
    """The "Q:" and "A:" marks, in text order; with two or more "A:" lines, glued "QWhy ...?" questions
    count as "Q:" when there are two or more of them too (one such line alone is a word like any other)."""
    found = list(QA_LINE.finditer(text))
    if sum(m.group("mark") == "A" for m in found) >= 2:
        glued = list(GLUED_Q.finditer(text))
        if len(glued) >= 2:
            found = sorted(found + glued, key=lambda m: m.start())
    return found


def answers(text: str) -> list[tuple[int, int]]:
    """Character ranges of the "A:" lines, when the text also has "Q:" lines; else none."""
    found = [(m.group("mark"), m.start(), text.find("\n", m.start())) for m in _marks(text)]
    if not {mark for mark, _, _ in found} >= MARKS:
        return []
    return [(start, end if end >= 0 else len(text)) for mark, start, end in found if mark == "A"]


def first_question(text: str) -> int:
    """Where the first "Q:" line starts (the length of the text when there is none)."""
    return next((m.start() for m in _marks(text) if m.group("mark") == "Q"), len(text))


def interviewee(actors: ActorLookup, text: str) -> Optional[str]:
    """The id of the person the introduction names -- before the first question -- most often
    (then the one named most often in the article, then the first), or None: answers are better
    left without a speaker than given to someone the introduction does not name. The introduction
    is about the one interviewed; the answers talk about others ("Q&A with Joe Biden": Biden speaks,
    and the Sanders his answers name more often than the introduction names Biden does not)."""
    start = first_question(text)
    people = [a for a in actors.to_list() if a.kind == "person" and any(m.start < start for m in a.mentions)]
    if not people:
        return None
    return max(people, key=lambda a: (sum(m.start < start for m in a.mentions), len(a.mentions))).id


def answering(source_text: str, cue_at: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a statement with this source, its cue at ``cue_at``, is an answer's words: the
    "A:" line itself, or "I"/"we" speaking inside one."""
    source = source_text.strip().lower()
    return any(start <= cue_at < end for start, end in ranges) and (source == "a" or source in SPEAKING_SELF)
