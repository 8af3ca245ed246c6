"""A cue clause that closes a sentence after a comma: "A, Ana Ruiz told a Senate panel on Monday.", "A, she
said." The parser often gives such a cue no clause of its own -- it hangs the speaker on the clause before as
an apposition and joins the cue to it, or hangs the cue on the clause as an adverbial, or the clause on the
cue -- and then nothing reports A. A reader reads the tag by position: the speaker right after the comma, the
cue, an addressee, a time or a setting, the end of the sentence; what stands before the comma is what was
said (``trailing_tag``; issue 10).
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.statements.cue_clauses import CLAUSE_DEPS, addressee
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS
from newsgraph.analyze.statements.sources import is_person_noun
from newsgraph.analyze.syntax import FINITE_TAGS

#: prepositions of a cue's setting ("told reporters in Ohio", "said during a debate"), not of its matter
OCCASION_PREPOSITIONS = frozenset("in during at on after before from via through over".split())
#: pronouns that stand for people who speak
PERSONAL_PRONOUNS = frozenset("i we you he she they".split())
#: words that open a stretch the writer frames, not one a speaker says ("When asked ...", "Whether ...")
FRAMING_OPENERS = frozenset("when whenever if whether as after before because since while although though once "
                            "unless until asked".split())


def trailing_tag(verb):
    """The tokens a closing cue clause reports when the parse gives it no clause of its own: in "A, Ruiz
    told a Senate panel Wednesday." and "A, she said." the cue, its subject before it (right after the comma)
    and only an addressee, a time or an adjunct after it end the sentence, and the clause before the comma
    (with a finite verb, no quote mark, not opened by a subordinating word) is what was said -- whatever the
    parser hung on what. None when ``verb`` is no such cue."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or verb.lemma_.lower() not in resources.speech_verbs() \
            or verb.dep_ not in ("ROOT", "conj", "advcl", "parataxis", "ccomp"):
        return None
    if any(c.dep_ in CLAUSE_DEPS + ("xcomp", "cc", "mark") and c.i > verb.i for c in verb.children):
        return None
    speaker = _tag_subject(verb)
    sent = verb.sent
    if not speaker or speaker[0].i < sent.start + 3 or doc[speaker[0].i - 1].text != ",":
        return None
    head = doc[speaker[0].i:speaker[-1].i + 1].root
    if not (head.pos_ == "PRON" and head.text.lower() in PERSONAL_PRONOUNS or is_person_noun(head)):
        return None  # "..., their smiles said.": a thing speaks no words
    end = verb.i
    for child in verb.rights:
        if child.dep_ == "punct":
            continue
        if child.dep_ not in ("dobj", "dative", "npadvmod", "prep", "advmod") \
                or child.dep_ == "dobj" and not addressee(child) \
                or child.dep_ == "prep" and child.text.lower() not in OCCASION_PREPOSITIONS:
            return None  # "..., Ruiz points to the polls": what is pointed to is the matter, not a setting
        end = child.right_edge.i
    after = end + 1
    while after < sent.end and (doc[after].is_space or doc[after].text in (".", "!", "?")):
        after += 1
    if after != sent.end or end + 1 >= sent.end or doc[end + 1].text not in (".", "!", "?"):
        return None  # the cue clause must close the sentence
    before = [t for t in doc[sent.start:speaker[0].i - 1] if not t.is_space]
    opener = next((t for t in before if t.text.lower() not in ("and", "but", "so")), None)
    if opener is None or opener.text.lower() in FRAMING_OPENERS or before[0].tag_ in ("VBN", "VBG") \
            or any(t.text in QUOTE_TOKENS for t in before) \
            or not any(t.tag_ in FINITE_TAGS + ("MD",) for t in before):
        return None
    return speaker, before


def _tag_subject(verb) -> list:
    """The subject right before a closing cue: its own subject next to it ("she said"), or the name the
    parser hung elsewhere ("..., Defense Secretary Ana Ruiz told": an apposition of the noun before)."""
    doc = verb.doc
    own = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if own:
        subject = max(own, key=lambda c: c.i)
        if all(doc[k].head.i == verb.i and doc[k].dep_ in ("advmod", "aux", "neg")
               for k in range(subject.right_edge.i + 1, verb.i)):
            return list(doc[subject.left_edge.i:subject.right_edge.i + 1])
        return []
    k = verb.i
    while k > verb.sent.start and doc[k - 1].pos_ == "PROPN":
        k -= 1
    return list(doc[k:verb.i])
