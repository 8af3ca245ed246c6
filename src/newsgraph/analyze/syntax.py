"""Parse helpers the analysis stages share: one place for each reading of the parse.

- noun phrases: ``noun_phrase(head)`` (a noun with its modifiers and complements),
  ``core_noun_phrase(head)`` (with an "of" complement only); ``is_verb_form`` (verbs and gerunds);
- subjects and objects: ``is_subject``, ``is_speaker``, ``ARGUMENT_DEPS``; a surname the tagger took
  for an adverb beside a speech verb ("says Early"): ``mistagged_name_subject``;
- names: ``proper_run(token)``, a proper noun with the proper nouns compounded onto it before it;
- control: ``OBJECT_CONTROL``, the verbs whose object does what their infinitive says (events and coreference);
- naming: ``noun_called(name)``, the noun a participle of naming gives a name ("a staffer named Ana Ruiz");
- locative prepositions: ``LOCATIVE_PREPS`` and ``is_locative`` (a name where something happens);
- speech verbs: one list, the shipped ``cue_verbs.txt`` (``resources.speech_verbs()``): a subject
  of one of them is a speaker, and they are the statements' cue verbs.

Pure functions over spaCy tokens and spans; the one table they read comes through ``resources``.
"""
from __future__ import annotations

from newsgraph.analyze import resources

#: the tags of a finite verb form: past, third person present, other present ("said", "says", "say")
FINITE_TAGS = ("VBD", "VBZ", "VBP")

#: the dashes that set off an aside or a clause ("A - who said B - said C", "asked, repeating a charge - that"):
#: a hyphen typed as a dash, a double hyphen, an en and an em dash
#: the dependency labels of a clause's nominal subject, active or passive
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})

#: object-control verbs: their object does what their infinitive says ("forced X to resign", "persuaded X
#: to lift the sanctions"); not verbs whose infinitive is a purpose of their subject's ("called X to
#: apologize", "sent troops to attack", "promised X to support Y")
OBJECT_CONTROL = frozenset({
    "force", "compel", "persuade", "convince", "encourage", "urge", "ask", "tell", "order", "allow", "permit", "enable",
    "invite", "prompt", "push", "press", "pressure", "lead", "cause", "require", "inspire", "advise", "instruct", "beg",
    "challenge", "dare", "lobby", "remind", "warn", "help", "assist", "want", "expect", "need", "get", "oblige",
    "authorize", "authorise", "empower", "motivate", "spur", "drive", "coerce", "implore", "entreat", "exhort",
    "direct", "command"})

#: prepositions after which a place name is where something happens, not who does it
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "within", "around",
                            "outside", "into", "over", "through", "toward", "towards", "via"})
#: pieces a publication prints: the name after "in" is the publication ("a report in the Gazette")
PUBLISHED_PIECES = frozenset({"report", "story", "article", "editorial", "column", "op-ed", "piece"})
#: where a group or organisation phrase is an argument (an actor), not a modifier
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "attr",
                           "dative", "iobj"})


def is_subject(token) -> bool:
    """A clause subject, the possessor of one ("Biden's comment ..."), or an agent ("by Putin")."""
    if token.dep_ in ("nsubj", "nsubjpass") or is_mistagged_speaker(token):
        return True
    if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "by" and _passive_by(token.head):
        return True  # "He was joined on the call by Ada Obi": the parser hung the agent on the noun
    return False


def _passive_by(prep) -> bool:
    """Whether a "by" the parser hung on a noun of a passive clause is that clause's agent."""
    verb = prep.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return verb.tag_ == "VBN" and verb is not prep.head and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def is_speaker(token) -> bool:
    """The subject of a speech verb, or the object of "according to"."""
    if is_mistagged_speaker(token):
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in resources.speech_verbs():
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    return False


def mistagged_name_subject(verb):
    """'"...," says Early', 'Early says ...': a capitalised surname the tagger took for an adverb,
    next to a finite speech verb that has no subject -- a finite clause has one, so it is the
    speaker. None when there is no such word."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.lemma_.lower() not in resources.speech_verbs():
        return None
    for child in verb.children:
        if child.dep_ == "advmod" and child.pos_ == "ADV" and 0 < abs(child.i - verb.i) <= 2 \
                and child.text[:1].isupper() and child.text[1:].islower() and len(child.text) > 2:
            return child
    return None


def is_mistagged_speaker(token) -> bool:
    """A surname the tagger took for an adverb beside a speech verb ("says Early")."""
    if token.dep_ != "advmod":
        return False
    named = mistagged_name_subject(token.head)
    return named is not None and named.i == token.i


def is_locative(token) -> bool:
    """A name where something happens: the object of "in", "at", ... (through conjunctions)."""
    for _ in range(10):
        if token.dep_ in ("conj", "appos") and token.head is not token:
            token = token.head
        else:
            break
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPS:
        return False
    # "a report in the Harbour Gazette": the publication a piece appeared in, not a place
    return not (token.head.lower_ == "in" and token.pos_ == "PROPN"
                and token.head.head.lemma_.lower() in PUBLISHED_PIECES)


def noun_phrase(head):
    """A noun with its modifiers and complements, less relative clauses and what follows a comma."""
    def right_end(token, depth=0):
        end = token.i + 1
        for child in token.rights:
            if child.dep_ in ("relcl", "acl", "punct", "appos", "advcl", "parataxis") or depth > 8:
                break
            end = right_end(child, depth + 1)
        return end

    return head.doc[head.left_edge.i:right_end(head)]


def core_noun_phrase(head):
    """A noun with its modifiers and an "of" complement only ("Police" of "Police in Lagos", "the
    head of the agency" whole)."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            end = child.right_edge.i + 1
        elif child.dep_ in ("case", "compound", "amod", "nummod", "flat") and child.i == end:
            end = child.i + 1
        else:
            break
    return doc[head.left_edge.i:end]


def is_verb_form(token) -> bool:
    """A verb, or a gerund the tagger took for a name because it opens a sentence ("Hosting Cook at
    Dreamforce ... said": "Hosting" is no first name)."""
    if token.tag_ == "VBG" or token.pos_ in ("VERB", "AUX"):
        return True
    text = token.text
    return (token.is_sent_start or token.i > 0 and token.doc[token.i - 1].is_punct) and len(text) > 5 \
        and text.endswith("ing") and text[:1].isupper() and text[1:].islower()


def strip_punct(span):
    doc = span.doc
    start, end = span.start, span.end
    while end > start and doc[end - 1].is_punct:
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start:end] if end > start else None


def owners(head, preps, proper_compounds: bool = False):
    """The nouns that own ``head``: its possessor ("X's report"), the objects of its owning
    prepositions ("a report by X", with ``preps`` such as {"by", "of"}), and with
    ``proper_compounds`` a proper-noun compound ("Kremlin spokesman"); in the parse's order."""
    for child in head.children:
        if child.dep_ == "poss" or proper_compounds and child.dep_ == "compound" and child.pos_ == "PROPN":
            yield child
        elif child.dep_ == "prep" and child.lower_ in preps:
            yield from (g for g in child.children if g.dep_ == "pobj")


#: participles that give a noun its name ("a staffer named Ana Ruiz", "an aide called Ruiz")
NAMING = frozenset({"name", "call"})


def noun_called(name):
    """The noun a name is given by a participle of naming ("a former staffer named Ana Ruiz", "an aide
    called Ruiz" -> "staffer", "aide"), or None: the name then says who that noun is."""
    verb = name.root.head
    if name.root.dep_ in ("oprd", "dobj", "attr") and verb.tag_ == "VBN" and verb.lemma_.lower() in NAMING \
            and verb.dep_ == "acl":
        return verb.head
    return None


def proper_run(token):
    """``token`` with the proper nouns compounded onto it right before it ("Dana Pruitt" of "Pruitt"):
    the name a proper noun heads, where the tagger found no entity or only part of one."""
    start = token.i
    doc = token.doc
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == token.i:
        start -= 1
    return doc[start:token.i + 1]
