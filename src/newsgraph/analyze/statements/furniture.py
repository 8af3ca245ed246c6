"""Page furniture a cue verb turns up in: no one's words.

* a reporting credit: "Phillip reported from Oakland; Gearan, from Washington", "Ana Pell
  contributed to this report" -- a cue of reporting whose only complement says from where or to
  what, with no clause, object or quote of what was said;
* a section heading: a short paragraph opened by a participle, with no finite verb and no source
  ("Asserting the governor's role as a broker.") -- a label over what follows, not a statement;
* a subhead in capitals ('"VOTERS DECIDE IN THE END"' on a line of its own) that a content running on
  into the next paragraph took in: a label over the next section (``without_subheads``).
"""
from __future__ import annotations

from newsgraph.analyze.statements.constructions import Candidate

CREDIT_VERBS = frozenset({"report", "contribute", "file"})
#: what a reporter contributes to
CREDITED = frozenset({"report", "story", "article", "coverage", "reporting"})
WORDS_DEPS = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "advcl", "conj", "attr", "oprd"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
HEADING_WORDS = 15


def is_furniture(candidate: Candidate) -> bool:
    """Whether ``candidate`` is a reporting credit or a section heading (see the module docstring)."""
    head = candidate.head
    if head is None:
        return False
    return _credit(head) or _heading(candidate, head)


def _credit(head) -> bool:
    if head.lemma_.lower() not in CREDIT_VERBS or head.pos_ != "VERB":
        return False
    if head.dep_ != "ROOT":
        return False  # "as Ana Pell reported in her book, ...": words passed on
    preps = [c for c in head.children if c.dep_ == "prep"]
    return bool(preps) and all(_credit_prep(p) for p in preps) \
        and not any(c.dep_ in WORDS_DEPS and not _elided_credit(c) for c in head.children)


def _credit_prep(prep) -> bool:
    """"from Oakland", "to this report"."""
    if prep.lower_ == "from":
        return True
    return prep.lower_ == "to" and any(c.dep_ == "pobj" and c.lemma_.lower() in CREDITED for c in prep.children)


def _elided_credit(token) -> bool:
    """"...; Gearan, from Washington": a second reporter's credit with its verb left out."""
    return token.pos_ == "PROPN" and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children)


def _heading(candidate: Candidate, head) -> bool:
    if candidate.source_tokens or head.tag_ != "VBG":
        return False
    sent = head.sent
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and words[0].i == head.i and len(words) <= HEADING_WORDS \
        and not any(t.tag_ in FINITE_TAGS for t in sent) \
        and (sent.start == 0 or "\n" in head.doc[sent.start - 1].text_with_ws or head.doc[sent.start - 1].is_space)


#: the fewest letters a subhead in capitals has, and the share of them that are capitals
SUBHEAD_LETTERS = 8
SUBHEAD_CAPITALS = 0.9


def without_subheads(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content without pieces that are a whole paragraph in capital letters (quote marks aside):
    a subhead after the reported words, not more of them. A content that is nothing else keeps it."""
    kept = [(s, e) for s, e in content if not _subhead(text, s, e)]
    return kept if kept else content


def _subhead(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip(" \t“\"'")
    after = text[end:].lstrip(" \t”\"'")
    if before and not before.endswith("\n") or after and not after.startswith("\n"):
        return False  # not a paragraph of its own
    letters = [ch for ch in text[start:end] if ch.isalpha()]
    return len(letters) >= SUBHEAD_LETTERS and sum(ch.isupper() for ch in letters) >= SUBHEAD_CAPITALS * len(letters)
