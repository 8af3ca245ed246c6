"""Where a cue clause ends and what was said begins: the readings of the parse that keep a second
cue, the writer's words and the one asked out of a statement's content.

* ``is_conjoined_cue``: "X said A and added that B" -- "added" is X's second cue, not part of A;
* ``narrator_clauses``: a closing ", while Y ..." contrast or ", sending shares lower" participle
  is the writer's;
* ``reports_speech`` / ``reported_clause`` / ``opens_clause``: an "according to Y" inside or after
  X's reported words passes them on;
* asking verbs (``QUESTIONING_VERBS``, ``addressee``, ``passive``): who was asked is no content;
* ``quote_before``: '"Where is the money?" Brell asked.' -- the bare cue sentence takes the quote;
  ``quote_beside``: '"So far so good," Anna replied.' -- the quote the parser did not hang on the cue;
* ``voices_stance``: "voiced concerns", "expressed support" report words said.

Pure functions over spaCy tokens; the speech-verb list comes through ``resources``.
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.statements.documents import speechless_source
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS
from newsgraph.analyze.syntax import DASHES
from newsgraph.nlp.text import text_of

SUBJECTS = ("nsubj",)
CLAUSE_DEPS = ("ccomp",)
OBJECT_DEPS = ("dobj", "xcomp", "oprd", "attr", "dative")
PRONOUN_LIKE = ("it", "this", "that", "which", "what", "there")

# Verbs that deliver a stance, and the stances ("voiced concerns", "expressed support", "raised doubts").
STANCE_VERBS = frozenset("voice express air register lodge offer extend echo reiterate renew".split())
STANCE_NOUNS = frozenset("concern worry doubt fear objection opposition support criticism frustration anger "
                         "outrage dismay alarm regret disappointment skepticism scepticism confidence hope "
                         "condolence sympathy gratitude appreciation reservation misgiving complaint "
                         "displeasure disapproval approval optimism pessimism".split())


# Verbs whose subject delivers the cue noun they take as object ("made the claim that ...").
DELIVERING_VERBS = frozenset("make repeat reiterate renew issue level voice offer echo deliver air express give "
                             "restate double".split())
# Nouns of asking and committing whose infinitive is what was asked or committed to ("his call to ...").
INFINITIVE_CUE_NOUNS = frozenset("call pledge promise vow demand appeal plea request".split())


# Verbs whose subject, not their object, does what their infinitive says ("promised X to ...").
SUBJECT_CONTROL = frozenset("promise vow pledge threaten".split())


# Verbs of asking: what was asked is a clause ("asked whether ...", "asked X to ..."), a request
# ("asked for help") or a quote, never the one asked or the topic ("asked X about Y").
QUESTIONING_VERBS = frozenset("ask question quiz query interview press grill".split())
#: verbs that address an audience, told or informed about a matter ("told reporters about the plan")
ADDRESSING_VERBS = frozenset("tell brief inform update remind assure warn caution".split())
#: nouns of an audience spoken to: an object that is who is addressed, not what is said
AUDIENCES = frozenset("reporter journalist lawmaker legislator audience crowd supporter investor analyst student "
                      "voter employee worker staff colleague member delegate jury juror committee panel senator "
                      "listener viewer reader parent resident shareholder congregation".split())
PERSON_ENTITIES = ("PERSON", "ORG", "NORP", "GPE")


#: conjunctions of a closing clause that sets the writer's contrast against what was said
CONTRASTING_MARKS = frozenset({"while", "whereas"})
#: conjunctions of a concession the writer sets off by a dash ("... - though he gave varying stories")
CONCEDING_MARKS = frozenset({"though", "although"})


#: verbs of a closing participle that tells what an event caused ("..., sending shares lower")
CONSEQUENCE_VERBS = frozenset({"send", "push", "drive", "drag", "lift", "pull", "prompt", "spark", "trigger",
                               "leave", "cause", "force", "bring", "fuel", "raise", "knock", "draw"})


def voices_stance(candidate) -> bool:
    """"X voiced concerns about Y", "X expressed support for Y", "X registered doubts": a verb of
    delivering with a stance noun as its object reports words said (the stance is what was said)."""
    head = candidate.head
    if head is None or candidate.frame.removesuffix("-q") != "obj" or head.lemma_.lower() not in STANCE_VERBS:
        return False
    if not any(c.dep_ == "nsubj" for c in head.children):
        return False  # ", raising hopes of a thaw": an event's effect, not someone's words
    return any(c.dep_ == "dobj" and c.lemma_.lower() in STANCE_NOUNS for c in head.children)


def puts_it(verb) -> bool:
    """"As X puts it, A", "as she put it:": "put it" with the bare "it" as its object is the idiom of
    wording something, a verb of saying ("put it on hold", "put it behind them" are not)."""
    return verb is not None and verb.lemma_.lower() == "put" and verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ == "it" and not list(c.children) for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "into", "under", "behind", "off", "down", "up")
        and c.i > verb.i and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.pos_ == "NOUN"
                                 for g in c.children) for c in verb.children)


#: the nouns of "make the case that ...": the verb "make" with one of them delivers an argument in words
ARGUMENT_NOUNS = frozenset({"case", "argument", "point"})


def makes_the_case(verb) -> bool:
    """"X made the case to Y that A", "X made the point that A": "make" with an argument noun as its
    object and a that-clause (on the verb or the noun) argues A in words ("made a case for the plan",
    "made his point" without a clause are left to the model)."""
    if verb is None or verb.lemma_.lower() != "make":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in ARGUMENT_NOUNS for c in verb.children):
        return False
    # the that-clause hangs on the verb, the noun, or (misread as a relative clause with no gap) on the
    # one addressed: "made the case to 23 leaders that he did not sell them out"
    after = [t for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "ccomp") for t in c.subtree]
    return any(t.dep_ in ("ccomp", "acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children)
               and any(g.dep_ == "nsubj" for g in t.children) for t in after)


def says_by_putting_it(candidate) -> bool:
    """A candidate whose cue is an idiom of wording with a subject of its own: "as X puts it" (``puts_it``)
    or "X made the case that A" (``makes_the_case``): words said."""
    head = candidate.head
    return (puts_it(head) or makes_the_case(head)) and any(c.dep_ == "nsubj" for c in head.children)


# Speech-act verbs whose object is what was said: with a source and a noun-phrase, gerund or
# predicative object they report a speech act whatever the cue model learned from PolNeAR (which
# rarely marks such objects): "X criticised the shift", "X blasted the payout as 'morally wrong'",
# "X denied doing anything wrong", "the health authority reported a third case", "executives announced
# the deal". Verbs of naming (brand, label, term) count only with what was said of the object
# (``selection`` drops "named a new chief"). Not here: verbs whose object is the one addressed
# ("warned investors", "told reporters") or an act as often as words ("called the police",
# "dismissed the staff", "welcomed guests").
OBJECT_SPEECH_VERBS = frozenset(
    "accuse announce applaud blast brand censure condemn confirm criticise criticize decry declare denounce deny "
    "disclose dub forecast hail lambast lambaste label laud praise predict rebuke reiterate report slam term".split())

#: a single quote closing a quote inside a quote
INNER_CLOSING = frozenset({"’", "'"})
#: sources that point back at a clause or a thing, not at a speaker ("the report, which confirmed ...")
RELATIVE_SOURCES = frozenset({"which", "that", "what", "this", "there"})


def stated_outright(candidate, verbs: frozenset[str]) -> bool:
    """An unquoted object-frame cue of one of ``verbs`` stated outright: not an infinitive, negated, passive
    or under a modal ("plans to announce", "did not offer", "was reported", "may threaten": not yet or not
    said), with a source of its own that is not a relative word pointing back at a thing."""
    head = candidate.head
    if head is None or candidate.quoted or candidate.frame != "obj" or candidate.lemma not in verbs:
        return False
    if head.tag_ == "VB" or any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in head.children):
        return False
    if any(t.tag_ == "MD" for t in candidate.cue_tokens):
        return False
    source = candidate.source_tokens
    return bool(source) and not all(t.lower_ in RELATIVE_SOURCES for t in source)


def speech_act_object(candidate) -> bool:
    """"X criticised the shift", "X blasted the payout as 'morally wrong'", "X denied doing anything
    wrong", "the authority reported a third case": a speech-act verb (``OBJECT_SPEECH_VERBS``) stated outright --
    with a source of its own, a noun-phrase, gerund or predicative object, no negation, modal or
    infinitive -- reports words whose matter is its object (and the object's predicate)."""
    if not stated_outright(candidate, OBJECT_SPEECH_VERBS):
        return False
    head = candidate.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "xcomp", "oprd", "ccomp") and c.i > head.i]
    return bool(objects) and not all(o.pos_ == "PRON" and o.lower_ in PRONOUN_LIKE for o in objects)


# Commissive speech acts (Searle's commissives; VerbNet's promise-37.13 and the threat verbs): with a
# to-infinitive, "X promised to cut taxes", "X threatened to tear up the deal", "X offered to debate in
# Brooklyn", "X vowed to appeal" commit the speaker in words to what the infinitive says. Not "refuse",
# "agree" or "decline" to: those are acts as often as words.
COMMISSIVE_VERBS = frozenset("promise vow pledge swear threaten offer guarantee".split())


def commits_to(candidate) -> bool:
    """"X threatened to tear up the deal", "X offered to debate": a commissive verb (``COMMISSIVE_VERBS``)
    stated outright -- with a subject of its own (``own_subject``), a to-infinitive after it, no negation,
    modal, passive or infinitive of its own -- reports words: the commitment (the infinitive) is what was said."""
    if not stated_outright(candidate, COMMISSIVE_VERBS):
        return False
    head, source = candidate.head, candidate.source_tokens
    if not own_subject(head):
        return False  # "hearing a candidate admitting A and promising B": a participle's borrowed subject
        # is too often the wrong one
    inside = {t.i for t in source}
    root = next((t for t in source if t.head.i not in inside or t.head is t), source[0])
    if speechless_source(root):
        return False  # "the crisis threatened to topple the cabinet": a thing's course, no one's words
    # the whole infinitive after the cue: "what he promises to do" has moved its object before it
    return any(c.dep_ == "xcomp" and c.left_edge.i > head.i and c.tag_ == "VB"
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in head.children)


def own_subject(verb) -> bool:
    """Whether a verb has a subject of its own, or is a finite verb conjoined to one that has ("She praised
    A and offered to B"); a participle conjoined to another ("admitting A and promising B") has not."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and any(c.dep_ == "nsubj" for c in verb.head.children)


#: verbs of asking whose "if"/"whether" clause is the question put ("asked X on Monday if A")
ASKING_VERBS = frozenset({"ask", "inquire", "enquire", "query"})


def asked_question(verb) -> list:
    """"Vellard asked the mayor Monday if the bridge was still planned": the parser often hangs the
    if/whether clause after the one asked and an adjunct as an adverbial clause, though it is the
    question asked (an indirect question is the complement of a verb of asking). The clause, in a
    list; empty for a passive ("was asked if": the one asked is no asker) or another verb."""
    if verb.lemma_.lower() not in ASKING_VERBS or passive(verb) \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
            and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") and g.i == c.left_edge.i for g in c.children)][:1]


def quote_before(verb):
    """The quoted sentence a bare cue sentence follows: '"Where is the money?" Brell asked.' -- the
    parser ends the sentence at the question mark, and the cue's sentence is just its speaker and cue
    (adjuncts and a pronoun addressed allowed, no complement). The sentence before it, when it ends with a closing quote mark."""
    sent = verb.sent
    lemma = verb.lemma_.lower()
    if lemma not in resources.spoken_cue_lemmas() and lemma not in QUESTIONING_VERBS:
        return None  # '"...," she recalled', '"...," he tweeted' too
    before = sent.start - 1
    while before > 0 and verb.doc[before - 1].text in QUOTE_TOKENS | INNER_CLOSING:
        before -= 1  # a quote closing inside another: "... you know?’”"
    if before < 1 or verb.doc[sent.start - 1].text not in QUOTE_TOKENS \
            or verb.doc[before - 1].text not in ("?", "!", ".", ","):
        return None
    if any(c.dep_ in CLAUSE_DEPS + OBJECT_DEPS + ("parataxis",) and not (c.dep_ in ("dobj", "dative")
           and c.pos_ == "PRON" and c.n_lefts + c.n_rights == 0) for c in verb.children):
        return None  # a complement of its own; the one addressed ("he assured himself") is none
    if verb.left_edge.i != sent.start or any(t.text in QUOTE_TOKENS for t in sent):
        return None
    previous = verb.doc[sent.start - 1].sent
    return previous if previous.start < sent.start else None


def quote_beside(verb):
    """The quote right beside a cue clause the parser left without a complement: '"So far so
    good," Anna replied.', '"A. B," she wrote.', '"A," Brell told a session of the council.' (the
    quote ends with a comma, question or exclamation mark just before the cue's subject) and 'and,
    he said, "A."' (the quote opens right after the cue, its objects and a comma or colon; so too after a
    participle or conjoined cue that borrows its subject: '..., telling reporters, "A."'; a prepositional
    adjunct may come between when a comma or colon sets the quote off: '..., saying at one point, "A."'). The
    token range [start, end) of the quote's edge beside the cue (its other end is found by the quote
    marks), or None."""
    lemma = verb.lemma_.lower()
    if lemma not in resources.spoken_cue_lemmas():
        return None
    if any(c.dep_ in CLAUSE_DEPS + ("xcomp",) for c in verb.children):
        return None
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects and not borrows_subject(verb):
        return None
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None  # the nearer one
    first = min(subject.left_edge.i, verb.i) if subject is not None else verb.i
    if subject is not None and first >= 2 and doc[first - 1].text in QUOTE_TOKENS \
            and doc[first - 2].text in (",", "?", "!") and doc[first - 1].whitespace_:
        return None if titled_quote(doc, first - 1) else (first - 2, first)
    after = verb.i + 1
    adjunct = False  # a prepositional phrase between the cue and the quote ("saying at one point, "A."")
    for child in verb.rights:  # "told reporters", "told the crowd", "said Monday", "said Anna"
        if child.left_edge.i != after or not (child.dep_ in ("dobj", "dative", "npadvmod", "advmod", "prt", "prep")
                                              or subject is not None and child.i == subject.i):
            break
        adjunct = adjunct or child.dep_ == "prep"
        after = child.right_edge.i + 1
    set_off = after + 1 < len(doc) and doc[after].text in (",", ":")
    if set_off:
        after += 1  # 'he said, "A."'
    if after + 1 < len(doc) and doc[after].text in QUOTE_TOKENS and not doc[after].whitespace_ \
            and doc[after + 1].is_alpha and doc[after + 1].tag_ not in ("VBZ", "VBD", "VBP", "MD") \
            and (set_off or not adjunct and _closes_sentence(doc, after, lemma)):
        # (a quote that opens on a verb goes on a subject before the cue: 'A, she said, "is B"')
        return after, after + 2
    return None


#: how many tokens a quoted name or title may span ("on ''This Week,''", 'with "Fox and Friends,"')
LONGEST_TITLE = 12


def titled_quote(doc, closing: int) -> bool:
    """Whether the short quote that closes with token ``closing`` is the object of a preposition: a
    programme, paper or book named in quote marks ("Later on ''Meet the Press,'' Brell said ...",
    'In an interview with "Harbour Talk," Brell said ...'), not an utterance its cue reports."""
    opening = next((j for j in range(closing - 1, max(-1, closing - LONGEST_TITLE - 1), -1)
                    if doc[j].text in QUOTE_TOKENS), None)
    if opening is None or opening < 1 or any(t.is_sent_start for t in doc[opening + 1:closing]):
        return False
    before = doc[opening - 1]
    return before.pos_ == "ADP" and before.dep_ in ("prep", "agent")


def borrows_subject(verb) -> bool:
    """A cue verb that takes the subject of the clause it hangs off: a participle ("..., telling
    reporters, "A."") or a conjoined verb ("put on a hat and joked, "A."")."""
    return verb.dep_ in ("advcl", "conj") and verb.tag_ in ("VBG", "VBD", "VBZ", "VBP") \
        and verb.head is not verb and verb.head.i < verb.i


#: verbs of naming: a quote right after them is a name ("what he called "fraud""), not words said
NAMING = frozenset({"call", "name", "dub", "term", "label", "brand"})


def _closes_sentence(doc, opening: int, lemma: str) -> bool:
    """'Anna replied "A."': a quote right after a cue without a comma is what was said when it
    runs to the end of the sentence and the verb is no verb of naming."""
    if lemma in NAMING:
        return False
    sent_end = doc[opening].sent.end
    closing = next((k for k in range(opening + 1, sent_end) if doc[k].text in QUOTE_TOKENS), None)
    return closing is not None and all(t.is_punct or t.is_space for t in doc[closing + 1:sent_end])


def reports_speech(verb, inside) -> bool:
    """A speech verb with a subject and a reported clause of its own ("X said that ..."), with
    ``inside`` between the two ("X, according to Y, said that ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in resources.speech_verbs():
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    clause = next((c for c in verb.children if c.dep_ in CLAUSE_DEPS), None)
    return subject is not None and clause is not None and subject.i < inside.i <= clause.left_edge.i


def reported_clause(token) -> bool:
    """Whether ``token`` is (conjoined into) what a speech verb with a subject reports: "X said A and
    B, according to Y" -- Y passes on X's words."""
    for _ in range(4):
        if token.dep_ == "conj" and token.head is not token:
            token = token.head
        elif token.dep_ == "ccomp" and token.head is not token:
            return reports_speech(token.head, token.head)
        else:
            return False
    return False


def opens_clause(token, clause) -> bool:
    """Whether ``token`` stands before the conjunction and subject of ``clause`` ("said, according to
    Y, that ...")."""
    firsts = [c.i for c in clause.children if c.dep_ in ("mark", "nsubj", "nsubjpass")]
    return bool(firsts) and token.i < min(firsts)


def is_conjoined_cue(verb, inside: bool = False) -> bool:
    """A speech verb without a subject, joined by "and"/"but" to the clause before it, that reports a
    clause of its own: in "X said A and added that B" the parser may take "added" for a second
    complement of "said" (or, ``inside``, for a verb conjoined to A's); it is X's second cue, and B
    what X added."""
    if verb.head is verb or verb.i < verb.head.i or verb.i == 0:
        return False
    if inside:
        governor = verb.head.head
        if verb.dep_ != "conj" or verb.head.dep_ != "ccomp" \
                or not (reports_speech(governor, governor) or is_reporting_participle(governor)):
            return False  # (a participle reports too: "..., acknowledging that A but warning that B")
    elif verb.dep_ != "ccomp":
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in resources.speech_verbs():
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    while before.dep_ == "advmod" and before.i > 0:
        before = verb.doc[before.i - 1]  # "and also added"
    return before.lower_ in ("and", "but") and any(c.dep_ in CLAUSE_DEPS for c in verb.children)


def is_conjoined_report(verb) -> bool:
    """"X said A and Y says B": a speech verb conjoined to the reported clause A with a subject and a
    reported clause of its own is the writer's next report (a cue of its own), not more of A."""
    if verb.dep_ != "conj" or verb.i < verb.head.i or verb.head.dep_ != "ccomp" \
            or not reports_speech(verb.head.head, verb.head.head):
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in resources.speech_verbs():
        return False
    return any(c.dep_ in SUBJECTS for c in verb.children) and any(c.dep_ in CLAUSE_DEPS for c in verb.children) \
        and any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)


def narrator_clauses(clause) -> list:
    """Clauses set off by a comma at the end of a reported clause that are the writer's, not the
    speaker's: a contrast with someone else ("..., while the league said ...", or set off by a dash
    "... - though he told it differently later") or a participle telling what followed ("...,
    sending shares lower"). Quoted words are never cut."""
    doc = clause.doc
    out = []
    for child in clause.rights:
        if child.dep_ != "advcl" or child.right_edge.i < clause.right_edge.i - 1:
            continue
        before = doc[child.left_edge.i - 1].text if child.left_edge.i > 0 else ""
        if before != "," and before not in DASHES:
            continue
        if any(t.text in QUOTE_TOKENS for t in child.subtree):
            continue
        marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
        contrast = CONTRASTING_MARKS | (CONCEDING_MARKS if before in DASHES else frozenset())
        if marks and marks[0] in contrast and any(c.dep_ in SUBJECTS for c in child.children):
            out.append(child)  # "..., while the league said ...", "... - though he gave varying stories"
        elif not marks and child.tag_ == "VBG" and child.left_edge.i == child.i \
                and child.lemma_.lower() in CONSEQUENCE_VERBS:
            out.append(child)
    return out


def passive(verb) -> bool:
    """A passive verb: "was asked", or a bare participle hanging off a noun or clause ("X, asked about Y,")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(c.dep_ == "aux" for c in verb.children):
        return True
    # "X, asked about Y, said ...": the parser may take X for the subject of the aside
    return verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.dep_ in ("advcl", "acl", "relcl") \
        and any(c.dep_ == "nsubj" and c.i < verb.i - 1 for c in verb.children)


def addressee(token) -> bool:
    """Whether an object names someone (a person, a group, an organisation) rather than a matter:
    "Anna Veld", "her", "the company", not "the integrity of the vote"."""
    if token.dep_ not in ("dobj", "dative"):
        return False
    if token.pos_ == "PRON":
        return token.lower_ not in PRONOUN_LIKE
    if token.ent_type_ in PERSON_ENTITIES or token.pos_ == "PROPN" or token.lemma_.lower() in AUDIENCES:
        return not any(c.dep_ == "prep" for c in token.children)
    return False


def short_of_another_cue(verb, clauses) -> list:
    """'"A," he said, adding that B, C': the parser may hang C on the first cue across the second;
    a clause after the cue whose head stands past a reporting participle with a clause of its own
    (", adding that B") is the second cue's, not the first's (when the first has another)."""
    verbs = resources.speech_verbs()

    def past_cue(clause) -> bool:
        return any(is_reporting_participle(t) and t.lemma_.lower() in verbs for t in verb.doc[verb.i + 1:clause.i])

    kept = [c for c in clauses if c.i < verb.i or not past_cue(c)]
    return kept or clauses


#: prepositional verbs whose "to" phrase is the matter, never the one addressed ("pointed to the attacks")
MATTER_TO_VERBS = frozenset({"point", "refer", "allude", "object", "respond", "react", "reply", "agree", "admit",
                             "confess", "testify", "attest"})


def matter_after_addressee(prep, pobj):
    """"argued with the host on how ...", "spoke to Brell about the fire": the parser may hang the
    matter on the one addressed; the matter's phrase, or None."""
    if prep.lower_ not in ("with", "to"):
        return None
    if prep.lower_ == "to" and prep.head.lemma_.lower() in MATTER_TO_VERBS:
        return None  # "pointed to attacks on her campaign": the attacks are the matter, no one addressed
    return next((p for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over", "regarding")
                 and any(g.dep_ == "pcomp" or g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                         for g in p.children)), None)


def is_reporting_participle(token) -> bool:
    """", adding that ...": a participle set off by a comma with a reported clause of its own (the
    comma may stand inside the closing quote mark before it: 'that A is "B," stating that C')."""
    return (token.dep_ == "advcl" and token.tag_ == "VBG" and set_off_by_comma(token)
            and any(c.dep_ == "ccomp" for c in token.children))


def set_off_by_comma(token) -> bool:
    """Whether a comma stands just before ``token``, or just before a closing quote mark before it."""
    doc = token.doc
    before = token.i - 1
    if before > 0 and doc[before].text in QUOTE_TOKENS and doc[before].whitespace_ and doc[before - 1].text == ",":
        return True  # a closing mark: the space is after it, not between it and the word it opens
    return before >= 0 and doc[before].text == ","


def delivered_request(noun) -> bool:
    """"renewed his call to close X", "repeated her pledge to cut Y": a noun of asking or committing
    with its infinitive, delivered by a verb of delivering -- a speech act of the verb's subject."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in INFINITIVE_CUE_NOUNS \
        and noun.head.lemma_.lower() in DELIVERING_VERBS and request_infinitive(noun) is not None


def request_infinitive(noun):
    """The infinitive of "his call to close X": hanging on the noun, or on the verb that delivers it
    right after the noun (the parser's reading of a purpose clause); None when there is none."""
    def infinitive(c) -> bool:
        return c.i > noun.i and c.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)

    found = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and infinitive(c)), None)
    if found is None and noun.dep_ == "dobj":
        found = next((c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)
                      and c.left_edge.i == noun.right_edge.i + 1), None)
    return found


#: the verb forms a tag gives that tell one predicate from another (finite present and past, -ing)
PREDICATE_FORMS = frozenset({"VBZ", "VBP", "VBD", "VBG"})
#: verbs of a state, which a reported clause keeps in the present when the rest is backshifted ("notes that
#: he was the first to act and has the most experience"): no sign of the speaker's next predicate
STATIVE_VERBS = frozenset({"be", "have", "remain"})


def cue_predicates(clause, cue) -> list:
    """Verbs the parser hung on the reported clause (or the infinitive an object cue takes) that are the
    speaker's next predicate: in "Ankara denies that the killing was a crime and goes on to ...", "goes" has
    no subject or auxiliary of its own and the cue's form (VBZ), not the form of the verb it hangs on
    (VBD); so has "promising" in "urging voters to wait and promising to act". A conjunct in the clause
    verb's own form ("said he resigned and left") or inside quote marks stays: the parse cannot tell; so
    does a past form after an infinitive or a participle ("would bring jobs, and repaired roads" may be
    an adjective's)."""
    form = cue.tag_
    if form not in PREDICATE_FORMS or any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return []
    forms = {clause.tag_} | {c.tag_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if form in forms or clause.pos_ not in ("VERB", "AUX") or clause.tag_ not in PREDICATE_FORMS and form != "VBG":
        return []
    doc = clause.doc
    out = []
    for verb in clause.children:
        if verb.dep_ != "conj" or verb.i < clause.i or verb.tag_ != form or verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() in STATIVE_VERBS \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in verb.children):
            continue
        start = min(cue.i, clause.left_edge.i)
        if sum(t.text in QUOTE_TOKENS for t in doc[start:verb.i]) % 2:
            continue  # inside quote marks: the speaker's own words
        out.append(verb)
    return out


def without_cue_predicates(doc, content: list[tuple[int, int]], cue) -> list[tuple[int, int]]:
    """The content without the cue's subject's next predicates (``cue_predicates``) that the parser hung on
    the reported clause or infinitive after the cue, each cut with its "and" and a comma before it. Applied
    to the selected statement's content (the cue model read the candidate as the parser gave it)."""
    if cue is None or not content:
        return content
    cut = []
    for clause in cue.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > cue.i:
            for verb in cue_predicates(clause, cue):
                first = verb.left_edge.i
                while first > 0 and (doc[first - 1].dep_ == "cc" or doc[first - 1].text == ",") \
                        and doc[first - 1].head.i in (clause.i, verb.i):
                    first -= 1
                last = verb.right_edge
                cut.append((doc[first].idx, last.idx + len(last.text)))
    if not cut:
        return content
    text = text_of(doc)
    out = []
    for start, end in content:
        pieces = [(start, end)]
        for a, b in cut:
            pieces = [p for s, e in pieces for p in (((s, min(e, a)), (max(s, b), e)) if s < b and a < e else ((s, e),))
                      if p[1] > p[0]]
        out.extend(p for p in pieces if text[p[0]:p[1]].strip())
    return out
