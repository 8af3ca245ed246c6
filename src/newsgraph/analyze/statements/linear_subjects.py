"""The speaker of a finite speech cue the parser left without a subject, read off the word order.

A finite verb has a subject; when the parse gives a finite speech verb none, the parser has hung its
subject elsewhere -- as a conjunct of a fronted phrase ("Alarmed by the unrest in Ohio, Senator Ana
Ruiz, the minority leader, said ..." with "Ruiz" joined to "Ohio"), or under the relative clause or
apposition that sets it off ("Tom Brell, whose firm builds dams, said ..."), or after an inverted cue
as an object or a modifier ('"...," said retired judge Ana Ruiz'). A reader finds the subject by
position, and so does this module, with two readings only:

* before the cue: a name that opens the sentence or follows a comma, followed by a parenthetical set
  off by commas that runs up to the cue (adverbs such as "also" may stand between): "Name, ..., (also)
  said" -- the first such name, later ones standing inside its parenthetical;
* after an inverted cue that follows a comma or a closing quote mark: a name right after the cue, with
  at most a few title words before it ("said retired judge Ana Ruiz", "added Ruiz,").

A name is a run of proper nouns (a word the tagger put in a person's name counts); a coordination of
names (joint speakers) and a parenthetical with a quote mark in it are given up rather than guessed.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import resources
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS
from newsgraph.analyze.syntax import FINITE_TAGS

#: the longest parenthetical (in tokens) between a name and its cue
LONGEST_ASIDE = 40
#: title words that may stand before an inverted speaker's name ("said retired judge Ana Ruiz")
LONGEST_TITLE = 4
NAME_ENTITIES = ("PERSON", "ORG", "NORP", "GPE", "")


def linear_subject(verb) -> Optional[list]:
    """The tokens of the subject of finite speech cue ``verb`` read off the word order, or None.

    Only for a verb the parse gives no subject (the caller asks when ``source_of`` found none)."""
    if not _finite(verb) or verb.lemma_.lower() not in resources.speech_verbs():
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return _name_before(verb) or _name_after(verb)


def _finite(verb) -> bool:
    """A finite verb, or a participle with a finite auxiliary ("had said", "has argued")."""
    return verb.tag_ in FINITE_TAGS or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in FINITE_TAGS + ("MD",) for c in verb.children)


def _name_runs(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal runs [a, b) of proper nouns in doc[start:end] (a hyphen between two name words goes on)."""
    runs, k = [], start
    while k < end:
        if _named(doc[k]):
            a, k = k, _run_end(doc, k, end)
            runs.append((a, k))
        else:
            k += 1
    return runs


def _run_end(doc, a: int, end: int) -> int:
    """Where the run of name words that starts at ``a`` ends (before ``end``)."""
    k = a
    while k < end and (_named(doc[k]) or doc[k].tag_ == "HYPH" and k + 1 < end and _named(doc[k + 1])):
        k += 1
    return k


def _named(token) -> bool:
    """A word of a name: a proper noun, or a word the tagger put in a person's name ("Sanders/NNS")."""
    return token.pos_ == "PROPN" or token.ent_type_ == "PERSON" and token.text[:1].isupper()


def _is_name(doc, a: int, b: int) -> bool:
    """A run that names someone: a person, a body or a group, not a date or a number."""
    return all(doc[k].ent_type_ in NAME_ENTITIES for k in range(a, b)) \
        and any(doc[k].text[:1].isupper() for k in range(a, b))


def _name_before(verb) -> Optional[list]:
    """"Ana Ruiz, the minority leader, (also) said": the one name at a clause edge whose parenthetical,
    set off by commas, runs up to the cue."""
    doc, sent = verb.doc, verb.sent
    k = verb.i - 1
    while k > sent.start and (doc[k].pos_ == "ADV" or doc[k].head.i == verb.i and doc[k].dep_ in ("aux", "neg")):
        k -= 1  # "..., also said", "..., had said"
    if k <= sent.start or doc[k].text != ",":
        return None
    fits = []
    for a, b in _name_runs(doc, sent.start, k):
        opens = a == sent.start or doc[a - 1].text == ","
        if not opens or b >= k or doc[b].text != "," or not _is_name(doc, a, b) or k - b > LONGEST_ASIDE:
            continue
        if any(t.text in QUOTE_TOKENS for t in doc[a:k]):
            continue
        fits.append((a, b))
    if not fits or any(doc[b].text.lower() in ("and", "or", "&") for _, b in _name_runs(doc, fits[0][0], k)):
        return None  # "Ruiz, Pell and Brell, all senators, said": joint speakers, not the first alone
    a, b = fits[0]  # a later fit is a name inside its parenthetical ("Tom Brell, whose firm, Damco, ...")
    return list(doc[a:b])


def _name_after(verb) -> Optional[list]:
    """'"...," said retired judge Ana Ruiz': the name right after an inverted cue, a few title words
    before it."""
    doc = verb.doc
    if verb.i == 0 or not (doc[verb.i - 1].text == "," or doc[verb.i - 1].text in QUOTE_TOKENS):
        return None
    window = min(len(doc), verb.i + 2 + LONGEST_TITLE)
    a = next((k for k in range(verb.i + 1, window) if _named(doc[k])), None)
    if a is None:
        return None
    b = _run_end(doc, a, len(doc))  # that run only, not every later one in the document
    if any(doc[k].pos_ not in ("NOUN", "ADJ", "PROPN") and doc[k].tag_ not in ("VBG", "VBN")
           for k in range(verb.i + 1, a)):
        return None  # "said in a statement ...", "said the mayor of Ohio": not a title before a name
    if not _is_name(doc, a, b) or b < len(doc) and not (doc[b].pos_ == "PUNCT" or doc[b].is_punct or doc[b].is_space):
        return None  # the name goes on as a phrase of its own ("said Ruiz aides ...")
    return list(doc[verb.i + 1:b])  # the title words are the speaker's, not the content's
