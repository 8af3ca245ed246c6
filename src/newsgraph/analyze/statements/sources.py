"""Sources: who a cue verb's statement is from, read off the parse.

``source_of`` gives the subject mention of a cue verb, inherited from the clause it hangs off
when it has none of its own -- a participle or a conjoined verb ("X said A, adding that B",
"X said A and added that B"), a gerund after a preposition ("before describing"), an infinitive
controlled by an object ("prompted users to argue") -- with the possessor standing in for a noun
subject ("X's attempts ..., noting that ..."). It also reads the parser's slips: an inverted
speaker taken for an object ('"...," added a local farmer'), a surname taken for an adverb
("says Early"), and a main verb taken for a participle on its subject ("X's parent company, Y,
announced that ...").
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze import resources, syntax
from newsgraph.analyze.statements.cue_clauses import (
    CLAUSE_DEPS,
    SUBJECT_CONTROL,
    SUBJECTS,
    is_conjoined_cue,
    is_reporting_participle,
    set_off_by_comma,
)
from newsgraph.analyze.statements.linear_subjects import linear_subject
from newsgraph.analyze.statements.participle_clauses import clause_verb_of_noun_participle, stranded_subject
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS
from newsgraph.analyze.statements.shares import POPULATIONS, is_share

#: words that only count the subject named before them ("the leaders -- both said ...")
QUANTIFIERS = frozenset({"both", "all", "each", "either", "neither"})
# Clauses a participle or conjoined cue can hang off while sharing the main clause's subject.
SUBJECT_SHARING = ("advcl", "conj", "xcomp", "acl")


def _governing_cue(verb):
    """'X said that A is "a B," stating that C': a speech participle set off by a comma, with a reported
    clause of its own, that the parser hung on a noun inside the clause another speech verb reports (not
    on that clause's verb, which ``is_reporting_participle`` reads) goes on with that verb's speaker;
    the governing speech verb, or None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or not set_off_by_comma(verb) \
            or verb.lemma_.lower() not in resources.speech_verbs() or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    node = verb.head
    for _ in range(6):
        if node.dep_ == "ccomp" or node.head is node:
            break
        node = node.head
    cue = node.head
    if node.dep_ == "ccomp" and cue.i < node.i and cue.lemma_.lower() in resources.speech_verbs():
        return cue
    return None


def _reported_clause_above(participle):
    """The clause a reporting participle goes on from: its head, or -- when the parser hung it on a verb
    further inside what a speech verb before it reports ("X said Y will have to choose A, saying B": on
    "choose") -- the reported clause that holds that verb, so the participle is the speech verb's speaker's."""
    head = node = participle.head
    for _ in range(4):
        if node.dep_ not in ("xcomp", "conj") or node.head is node:
            break
        node = node.head
    if node is not head and node.dep_ == "ccomp" and node.head.i < node.i \
            and node.head.lemma_.lower() in resources.speech_verbs():
        return node
    return head


def source_of(verb, depth: int = 0) -> Optional[list]:
    """The subject mention of a cue verb, inherited from the governing clause when it has none; for a
    finite speech verb the parse leaves without either, the subject read off the word order
    (``linear_subjects``: "Ana Ruiz, whose firm builds dams, said ...")."""
    parsed = _parsed_source(verb, depth)
    if parsed is None and depth == 0:
        return linear_subject(verb)
    return parsed


def _parsed_source(verb, depth: int = 0) -> Optional[list]:
    """The subject mention of a cue verb as the parse gives it (``source_of``)."""
    if depth == 0 and passive_addressing(verb):
        # "he said when asked by a reporter if ...": the reporter asks; "X was told ..." tells of
        # X's being addressed, by whom the agent says or no one does -- X is never the one asking
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return _trim_mention(list(agent.subtree)) if agent is not None else None
    # an inherited subject may be a passive one ("X's attempts, noting ..., were welcomed")
    subjects = SUBJECTS if depth == 0 else SUBJECTS + ("nsubjpass",)
    # two subjects are a parser slip ('"I salute Sen. Ana Ruiz," Tom Brell said' hangs the quoted
    # name on "said" too): the one next to the cue is its own
    for child in sorted((c for c in verb.children if c.dep_ in subjects),
                        key=lambda c: (c.lower_ in QUANTIFIERS, abs(c.i - verb.i)))[:1]:
        if child.lower_ in ("there", "what"):
            return None  # expletive: "there are"
        return _trim_mention(_without_adjunct(child, verb))
    if depth == 0:
        named = syntax.mistagged_name_subject(verb)
        if named is not None:
            return [named]
        inverted = _inverted_object_subject(verb)
        if inverted is not None:
            return _trim_mention(_without_adjunct(inverted, verb))
        sibling = inverted_sibling_subject(verb)
        if sibling is not None:
            return _trim_mention(list(sibling.subtree))
    if depth == 0:
        fronted = _subject_in_fronted_phrase(verb)
        if fronted is not None:
            return _trim_mention(list(fronted.subtree))
        after_quote = _name_after_quote(verb)
        if after_quote is not None:
            return after_quote
    if depth == 0:
        held = _held_object(verb)
        if held is not None:
            return _trim_mention(list(held.subtree))
    if depth == 0 and verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in SUBJECT_CONTROL:
        controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if controller is not None and controller.pos_ in ("NOUN", "PROPN", "PRON"):
            # "The video prompted some users to argue ...": the users argue
            return _trim_mention(list(controller.subtree))
    if depth == 0 and is_conjoined_cue(verb):
        return source_of(verb.head, depth + 1)  # "X said A and added that B": X adds
    if depth == 0 and is_conjoined_cue(verb, inside=True):
        return source_of(verb.head.head, depth + 1)  # the parser joined "added" to A's verb
    if depth < 3 and _prepositional_gerund(verb):
        return source_of(verb.head.head, depth + 1)  # "X testified, ... before describing Y": X describes
    if depth == 0:
        governing = _governing_cue(verb)
        if governing is not None:
            return source_of(governing, depth + 1)  # 'X said that A is "a B," stating that C': X states
        clause_verb = clause_verb_of_noun_participle(verb)
        if clause_verb is not None:
            return source_of(clause_verb, depth + 1)  # "X called for a vote, declaring that ...": X declares
    if depth < 3 and verb.dep_ in SUBJECT_SHARING and verb.head is not verb:
        stranded = stranded_subject(verb)
        if stranded is not None:
            return _trim_mention(stranded)  # "A charged B with C and X fired D, acknowledging ...": X's
        head = _reported_clause_above(verb) if is_reporting_participle(verb) else verb.head
        if is_reporting_participle(verb) and head.dep_ == "ccomp" and head.head is not head \
                and (head.head.i < head.i or head.head.lemma_.lower() in resources.speech_verbs()):
            # "X said A, adding that B", "X was adamant that A, telling Y B": X adds; a clause before
            # its governor only under a speech verb ('"A," X said, adding ...'): "X went on offense,
            # saying ..." taken for the clause of a later "his plan is wrong" is X's, not the plan's
            head = head.head
        if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") \
                and verb.i > head.i and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                and (head.dep_ == "ROOT" or any(c.dep_ == "ccomp" for c in verb.children)):
            # "X's parent company, Y, announced ... that ...": the parser took the main verb for a
            # participle on its subject (the sentence has no other verb, or the participle reports
            # a clause, which only a speaker does): the noun phrase is the subject
            inside = {t.i for t in verb.subtree}
            return _trim_mention([t for t in head.subtree if t.i not in inside])
        if head.pos_ in ("NOUN", "PROPN", "NUM") and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > head.i \
                and head.dep_ == "pobj" and head.head.lower_ == "with" \
                and any(c.dep_ == "ccomp" for c in verb.children):
            # "..., with 50 percent saying she is prepared": the noun of the absolute clause says it
            inside = {t.i for t in verb.subtree}
            return _trim_mention([t for t in head.subtree if t.i not in inside])
        if head.pos_ in ("NOUN", "PROPN"):
            # "X's attempts ..., noting that ...": the possessor is the one noting.
            poss = _possessor(head)
            if verb.dep_ in ("acl", "advcl") and poss:
                return _trim_mention([t for t in poss.subtree if t.dep_ != "case"])
            return None
        inherited = source_of(head, depth + 1)
        if inherited and verb.dep_ in ("advcl", "acl"):
            subject_head = _mention_head(inherited)
            poss = _possessor(subject_head)
            if subject_head.pos_ == "NOUN" and poss and not is_person_noun(subject_head):
                return _trim_mention([t for t in poss.subtree if t.dep_ != "case"])
        return inherited
    return None


#: verbs whose object is the one addressed: in the passive their subject is the addressee
ADDRESSING_VERBS = frozenset({"ask", "tell", "question", "inform", "urge", "advise", "press", "interview",
                              "quiz", "brief"})


def _held_object(verb):
    """The people a participle right after its verb's object tells of ("have left 62 percent of voters
    saying ...", "found residents saying ..."): no comma sets it off, so the object says it, not the
    verb's subject; only an object of people (a share, a population, a named person or group)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].is_punct:
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.right_edge.i != verb.i - 1:
        return None
    span = verb.doc[obj.left_edge.i:obj.right_edge.i + 1]
    people = is_share(span) or obj.lower_ in POPULATIONS or obj.ent_type_ in ("PERSON", "NORP")
    return obj if people else None


def passive_addressing(verb) -> bool:
    """A passive verb of addressing someone ("when asked by a reporter", "was told"): its subject,
    said or inherited, is the one addressed."""
    if verb.lemma_.lower() not in ADDRESSING_VERBS or verb.tag_ != "VBN":
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children) \
        or verb.dep_ in ("advcl", "acl") and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


def _prepositional_gerund(verb) -> bool:
    """A gerund that is the object of a preposition on a verb ("before describing", "after
    noting", "by saying"): its subject is the verb's."""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.head is not prep \
        and prep.head.pos_ in ("VERB", "AUX")


def _inverted_object_subject(verb):
    """The speaker of an inverted cue the parser took for its object: in '"...," added a local
    farmer' the noun phrase right after the cue, with the reported clause before it, is who
    speaks (a cue verb with a clause before it takes no object of its own)."""
    if not any(c.dep_ in CLAUSE_DEPS + ("parataxis",) and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    # a verb conjoined after the phrase goes on with the same speaker ('"...?" asked the boy, ... and said ...')
    following = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "prep", "advmod", "npadvmod")
                 and not (c.dep_ == "cc" or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    if len(following) != 1 or following[0].dep_ not in ("dobj", "attr", "oprd", "nsubjpass"):
        return None
    noun = following[0]
    if noun.pos_ not in ("NOUN", "PROPN") or any(doc[k].dep_ not in ("advmod",) for k in range(verb.i + 1,
                                                                                              noun.left_edge.i)):
        return None
    return noun


def _name_after_quote(verb):
    """The speaker the parser hung inside the quote before a cue with no subject: in '"... is X," Tom
    Brell, a party adviser, said at ...' the name between the closing quote mark and the cue (with
    its description set off by commas) is who speaks, not an attribute in the quoted clause. Only a
    phrase that opens with a proper name and holds no verb."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3 or verb.doc[verb.i - 1].text != ",":
        return None
    doc = verb.doc
    start = verb.i - 1
    while start > verb.sent.start and doc[start - 1].text not in QUOTE_TOKENS:
        start -= 1
    if start - 2 < verb.sent.start or start >= verb.i - 1 or doc[start - 2].text != ",":
        return None  # no closing quote mark after a comma ('...," Tom Brell, ..., said')
    phrase = doc[start:verb.i - 1]
    if phrase[0].pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_TOKENS for t in phrase) \
            or not any(t.ent_type_ == "PERSON" for t in phrase):
        return None
    return list(phrase)


def _subject_in_fronted_phrase(verb):
    """The subject the parser hung as an apposition inside a phrase fronted before a finite cue with
    no subject: in "In a statement to the Observer, her adviser, Jake Roe, said: ..." the noun phrase
    between the last comma and the cue is who speaks, not one more name for the phrase's object. Only
    a phrase with a person's name in it: the actor index took a bare description there ("In an
    interview with hosts Ana Ruiz and Tom Brell, the candidate stated ...") for a title of the name
    before it, so a description would speak as the wrong person."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or verb.doc[verb.i - 1].text != "," \
            and verb.doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    doc = verb.doc
    end = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.right_edge.i >= end):
        appositions = [t for t in prep.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                       and t.right_edge.i == end and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
                       and any(w.ent_type_ == "PERSON" or w.pos_ == "PROPN" and w.dep_ == "appos" for w in t.subtree)]
        if appositions:
            return min(appositions, key=lambda t: t.left_edge.i)  # the whole phrase ("her adviser, Jake Roe")
    return None


def inverted_sibling_subject(verb):
    """The speaker of an interrupting inverted cue the parser took for a second subject of the clause
    it interrupts: in "This network, says Mara Velt, a chemist, helps ..." "Velt" hangs on "helps"
    beside "network", and "says" has no subject. The name right after the cue, when the clause has
    a subject of its own before the cue."""
    if verb.dep_ not in ("parataxis", "ccomp") or verb.head is verb or verb.i == 0 \
            or verb.doc[verb.i - 1].text != "," or verb.lemma_.lower() not in resources.speech_verbs():
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    after = [c for c in subjects if c.left_edge.i == verb.i + 1]
    if len(after) != 1 or after[0].pos_ != "PROPN" or not any(c.i < verb.i for c in subjects):
        return None
    return after[0]


def _without_adjunct(subject, verb) -> list:
    """The subject's words without the cue's adjunct the parser hung on an inverted subject:
    in '"...," said X, a lawyer for Y, in an email' the email is how X said it, not part of X; and
    without what follows the cue of a subject before it."""
    tokens = list(subject.subtree)
    if subject.i < verb.i:
        # a subject before its cue ends before it: an apposition the parser hung on the subject
        # from after the cue ("X alleges that A, a claim that Y disputes") is the content's, not X
        return [t for t in tokens if t.i < verb.i]
    if not any(c.dep_ in ("appos", "relcl") for c in subject.children):
        return tokens
    doc = subject.doc
    for child in subject.rights:
        if child.dep_ == "prep" and child.i > 0 and doc[child.i - 1].text == "," \
                and any(c.dep_ in ("appos", "relcl") and c.i < child.i for c in subject.children):
            cut = child.i - 1
            return [t for t in tokens if t.i < cut]
    return tokens


def _possessor(noun):
    """The possessor of a noun ("the governor" in "the governor's attempts"), if any.

    The small parser sometimes labels the possessor nsubj; its "'s" gives it away.
    """
    for child in noun.children:
        if child.dep_ == "poss" or (child.i < noun.i and any(g.dep_ == "case" for g in child.children)):
            return child
    return None


def _mention_head(tokens):
    inside = set(t.i for t in tokens)
    for t in tokens:
        if t.head.i not in inside or t.head is t:
            return t
    return tokens[0]


#: nouns of people or bodies that speak for themselves: "His campaign sued ..., claiming", "his mother
#: refused ..., insisting", "His chief aide doubled down ..., saying" -- the possessed noun speaks, not
#: the possessor (unlike "his attempts ..., noting", where the possessor does)
SPEAKING_NOUNS = frozenset("""campaign camp team staff office aide aides adviser advisers advisor spokesman
spokeswoman spokesperson lawyer lawyers attorney attorneys strategist manager chairman chairwoman chief
mother father wife husband son daughter brother sister family parents friend friends supporters allies
administration government party committee""".split())


def is_person_noun(token) -> bool:
    """Whether a noun names someone who speaks for themselves: a name, a body (``SPEAKING_NOUNS``), or a
    word for a person -- a title or role of the sector table ("Trump's representatives reached out ...,
    asking") or a people noun ("Ana Pell's right-hand woman rallied supporters, saying")."""
    from newsgraph.analyze.actors import dictionaries

    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ == "PROPN" or token.lower_ in SPEAKING_NOUNS:
        return True
    lemma = token.lemma_.lower()
    row = dictionaries.sector_word(lemma)
    return lemma in resources.people_nouns() or row is not None and row.kind == "person"


def _trim_mention(tokens: list) -> Optional[list]:
    """A mention without edge punctuation (its appositions and relative clauses stay: PolNeAR's
    sources, like our readers, take "X, who heads Y," as one mention)."""
    if not tokens:
        return None
    tokens = _after_aside(tokens)
    while tokens and (tokens[-1].is_punct or tokens[-1].text in QUOTE_TOKENS):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].text in QUOTE_TOKENS):
        tokens = tokens[1:]
    return tokens or None



def _after_aside(tokens: list) -> list:
    """A mention that starts inside a dashed aside the parser ran into the subject: in "In the
    letter - addressed to the U.S. attorney, Jane Roe - the Utah Republican asks ..." the one who
    asks is after the closing dash, and Roe, the addressee, is no part of the source."""
    first = tokens[0]
    sent = first.sent
    opened = sum(t.text in syntax.DASHES for t in first.doc[sent.start:first.i]) % 2 == 1
    if not opened:
        return tokens
    closing = next((k for k, t in enumerate(tokens) if t.text in syntax.DASHES), None)
    if closing is None or closing == 0 or closing == len(tokens) - 1:
        return tokens
    return tokens[closing + 1:]

