"""Reported content: which words of a verb cue's clauses or objects are what was said.

``constructions`` finds the cue and the clause or objects it reports; this module cuts them:

* the cue's own words ("has said", "didn't deny") and the source are never content; neither is a
  participle or conjoined verb that reports a clause of its own (", adding that B"), a narrator's
  aside, or an interrupting cue clause (", Mr. Vos said on Friday,");
* a time phrase at the head of the reported clause ("told the BBC at the time the plan ...") is
  the saying's; a reported clause ends at a semicolon and before a dash aside;
* "that A, and that B" is one content; "A, the agency said, and B" goes on reporting;
* an object is completed by the preposition that belongs to it ("cited X as Y", "accused X of Y"),
  not by an adjunct ("endorsed X in the race").
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.statements.communication_classes import ADVISE_VERBS, charge_named
from newsgraph.analyze.statements.content_choice import (
    TIME_NOUNS,
    before_dash_aside,
    before_main_clause,
    before_writers_clause,
    continued_clauses,
    interrupts_subject,
    subordinate_cue,
)
from newsgraph.analyze.statements.cue_clauses import (
    CLAUSE_DEPS,
    SUBJECTS,
    is_conjoined_cue,
    is_conjoined_report,
    narrator_clauses,
    set_off_by_comma,
)
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS
from newsgraph.analyze.statements.segments import char_range as _char_range
from newsgraph.analyze.statements.segments import merge_segments
from newsgraph.analyze.statements.segments import token_segments as _token_segments
from newsgraph.analyze.statements.sources import is_reporting_participle
from newsgraph.analyze.statements.stranded_subjects import with_stranded_subjects
from newsgraph.nlp.text import text_of

CUE_PARTS = ("aux", "auxpass", "neg", "prt")


def cue_tokens(verb) -> list:
    """The cue verb with its auxiliaries, negation and particle ("has said", "didn't deny")."""
    parts = [c for c in verb.children if c.dep_ in CUE_PARTS and abs(c.i - verb.i) <= 3]
    tokens = sorted(parts + [verb], key=lambda t: t.i)
    # keep only a contiguous run around the verb (an aux after the verb is another clause's)
    run = [verb]
    for t in reversed([t for t in tokens if t.i < verb.i]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
        elif all(verb.doc[k].dep_ in ("advmod", "neg") for k in range(t.i + 1, run[0].i)):
            run = list(verb.doc[t.i:run[0].i]) + run
    for t in [t for t in tokens if t.i > verb.i]:
        if t.i == run[-1].i + 1:
            run.append(t)
    return run


def clause_content(doc, verb, clauses, source, exclude_subtree=None) -> list[tuple[int, int]]:
    subordinate = subordinate_cue(verb)
    if subordinate:  # "because X testified that A, B": one reported clause; B is the writer's main clause
        after = sorted((c for c in clauses if c.i > verb.i), key=lambda c: c.i)
        clauses = [c for c in clauses if c.i < verb.i] + after[:1]
    excluded = set()
    for t in source or []:
        excluded.add(t.i)
    for t in cue_tokens(verb):
        excluded.add(t.i)
    if exclude_subtree is not None:
        excluded.update(_cue_clause(exclude_subtree))
    for clause in clauses:
        for participle in _reporting_participles(clause):
            excluded.update(t.i for t in participle.subtree)
            excluded.add(participle.i - 1)
            if participle.i > clause.i:
                # what the parser hung on the clause after the participle is still the participle's
                # ('that A is "B," stating that C are "D, focus on E."': "focus on E" is not A's)
                excluded.update(range(participle.i - 1, clause.right_edge.i + 1))
        for aside in narrator_clauses(clause) if clause.i > verb.i else []:
            # (in "A, sending shares lower, analysts said" the words before the cue are all theirs)
            excluded.update(t.i for t in aside.subtree)
        if clause.i > verb.i:
            for adjunct in _leading_time_adjuncts(clause):
                excluded.update(t.i for t in adjunct.subtree)
        for cue in clause.children:
            if is_conjoined_cue(cue, inside=True) or is_conjoined_report(cue):
                excluded.update(t.i for t in cue.subtree)
                excluded.update(t.i for t in clause.children if t.dep_ == "cc" and t.i < cue.i)
    # a cue of its own, not what is said (when something else is)
    clauses = [c for c in clauses if not is_conjoined_cue(c)] or clauses
    segments = []
    continued = continued_clauses(verb, clauses)
    for clause in clauses:
        tokens = [t for t in clause.subtree if t.i not in excluded]
        if continued and clause.i > verb.i and clause.right_edge.i == max(c.right_edge.i for c in clauses):
            # "said A, but "B"": the conjoined rest runs on from A, the words between with it
            tokens += [t for t in doc[clause.right_edge.i + 1:continued[-1].right_edge.i + 1] if t.i not in excluded]
        segments.extend(_token_segments(doc, tokens))
    # a following conjoined that-clause belongs to the same content ("... that A, and that B")
    for conj in verb.children:
        if conj.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in conj.children):
            segments.extend(_token_segments(doc, [t for t in conj.subtree if t.i not in excluded]))
    segments = [before_writers_clause(doc, before_dash_aside(doc, _before_semicolon(doc, seg))) if seg[0] > verb.idx
                else seg for seg in segments]
    segments.extend(_second_that_clause(doc, clauses, excluded))
    if all(c.i < verb.i for c in clauses):
        # "A, the agency said, and B": a clause conjoined after an interrupting cue goes on
        # reporting (a conjoined verb with a complement of its own is a cue of its own); not past a
        # semicolon ("A, X said; and B")
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.i > verb.i and any(g.dep_ in SUBJECTS for g in conj.children) \
                    and not any(t.text == ";" for t in doc[verb.i + 1:conj.left_edge.i + 1]) \
                    and not any(g.dep_ in CLAUSE_DEPS for g in conj.children):
                segments.extend(_token_segments(doc, [t for t in conj.subtree if t.i not in excluded]))
    segments.extend(_fronted_condition(doc, verb, clauses))
    merged = with_stranded_subjects(doc, verb, clauses, merge_segments(doc, segments))
    if subordinate:
        interrupting = interrupts_subject(verb)
        merged = [before_main_clause(doc, seg, interrupting) if seg[0] > verb.idx else seg for seg in merged]
    return merged


#: subordinators of a condition: in "If the vote fails, she said she would resign" the condition is hers
CONDITION_MARKS = frozenset({"if", "unless"})
#: the modals of a reported hypothetical consequence ("she would resign"); with "will" the condition is as
#: often the writer's ("If there were any doubts about it, X has argued that Y will ...")
MODALS = frozenset({"would", "could", "might", "'d"})


def _fronted_condition(doc, verb, clauses) -> list[tuple[int, int]]:
    """"If the vote fails, she said she would resign": a condition set off by a comma before the cue's
    subject, which the parser hung on the cue, is the condition of the reported consequence (a clause
    after the cue with a modal), part of what was said; the writer's framing clauses ("While ..., X
    says") are ``content_choice.without_framing_clause``'s."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    after = [c for c in clauses if c.i > verb.i]
    if subject is None or not after or not any(g.dep_ == "aux" and g.lower_ in MODALS for g in after[0].children):
        return []
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.right_edge.i + 2 == subject.left_edge.i \
                and doc[clause.right_edge.i + 1].text == "," and any(
                    g.dep_ == "mark" and g.lower_ in CONDITION_MARKS and g.i == clause.left_edge.i for g in clause.children):
            return _token_segments(doc, list(clause.subtree))
    return []


def _leading_time_adjuncts(clause) -> list:
    """Time phrases the parser put at the head of a reported clause, before its subject and
    without a "that" before them: in "told the BBC at the time the plan was flawed" the time
    is the telling's."""
    subject = next((t for t in clause.subtree if t.dep_ in SUBJECTS + ("nsubjpass", "expl")
                    and (t.head.i == clause.i or t.head.head.i == clause.i and t.head.dep_ in ("aux", "auxpass"))),
                   None)
    if subject is None or any(c.dep_ == "mark" and c.i < subject.i for c in clause.children):
        return []
    out = []
    for child in clause.children:
        if child.i >= subject.i or child.dep_ not in ("prep", "npadvmod"):
            continue
        words = [t for t in child.subtree]
        if any(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_NOUNS for t in words) and all(
                t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_NOUNS or t.pos_ in ("ADP", "DET", "NUM")
                for t in words):
            out.append(child)
    return out


def _before_semicolon(doc, segment: tuple[int, int]) -> tuple[int, int]:
    """A reported clause ends at a semicolon: what follows is the writer's next clause."""
    start, end = segment
    cut = text_of(doc).find(";", start, end)
    if cut > start:
        end = cut
        while end > start and text_of(doc)[end - 1].isspace():
            end -= 1
    return start, end


def _second_that_clause(doc, clauses, excluded) -> list[tuple[int, int]]:
    """"that A, and that B" where the parser lost B elsewhere: B runs to the sentence end."""
    last = max(c.right_edge.i for c in clauses)
    while last > 0 and (doc[last].is_punct or doc[last].dep_ == "cc"):
        last -= 1  # the parser may hang ", and" on the first clause
    words = [t.lower_ for t in doc[last + 1:last + 4]]
    if len(words) == 3 and words[0] == "," and words[1] in ("and", "but") and words[2] == "that" \
            or words[:2] in (["and", "that"], ["but", "that"]):
        end = doc[last].sent.end
        tokens = [t for t in doc[last + 1:end] if t.i not in excluded]
        return _token_segments(doc, tokens) if tokens else []
    return []


def _cue_clause(verb) -> set:
    """Token indices of an interrupting cue clause (", Mr. Vos said on Friday,"), without
    what the parser hung on the cue after its closing comma: in "A, X said, until B"
    the words "until B" are still the reported content; "according to Y" there is not (in "A, X
    said, according to Y" Y passes X's words on)."""
    doc = verb.doc
    comma = next((t.i for t in doc[verb.i + 1:verb.right_edge.i + 1] if t.text == ","), None)
    out = {verb.i}
    for child in verb.children:
        if comma is not None and child.i > comma and child.dep_ not in ("punct",) and not _passes_on(child):
            continue
        out.update(t.i for t in child.subtree)
    return out


def _passes_on(token) -> bool:
    """"according to Y" hanging on a cue verb: the one who passes the words on."""
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def _reporting_participles(clause) -> list:
    """', underscoring that ...' hanging off a reported clause: a cue of its own, not content.

    The parser attaches a trailing participle to the nearest verb; when it reports a clause
    of its own it belongs to the main clause's speaker ("X said A, adding that B").
    """
    verbs = resources.speech_verbs()
    found = [c for c in clause.children if is_reporting_participle(c)]
    # the parser may hang a speech participle on a noun of the clause ('that A is "a B," stating that C')
    found += [t for t in clause.subtree if t.head.i != clause.i and t.dep_ in ("acl", "advcl") and t.tag_ == "VBG"
              and t.lemma_.lower() in verbs and set_off_by_comma(t) and any(c.dep_ == "ccomp" for c in t.children)
              and not any(t.i in range(f.left_edge.i, f.right_edge.i + 1) for f in found)]
    return found


def objects_content(doc, verb, objects) -> list[tuple[int, int]]:
    """The object and a preposition that completes it ("cited X as Y", "accused X of Y"); an
    adjunct ("endorsed X in the race", "attacked X on Monday") is the writer's, not part of it."""
    last = max(objects, key=lambda t: t.right_edge.i)
    for child in verb.rights:
        if child.i <= last.i:
            continue
        # "mocked them as 'obsessed' with X": what the as-phrase says of them goes on
        completes = last.dep_ == "prep" and last.lower_ == "as" and child.dep_ == "prep" \
            and child.lower_ in ("with", "of", "to", "for", "about", "at", "toward", "towards") \
            and child.i == last.right_edge.i + 1 + (doc[last.right_edge.i + 1].text in QUOTE_TOKENS) \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        # "blamed the violence on a disturbed man": whom it is blamed on is the charge, said
        completes = completes or child.dep_ == "prep" and child.lower_ == "on" and verb.lemma_.lower() == "blame" \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        # "warned the bank against raising rates": what a directive warns against is the advice, said
        completes = completes or child.dep_ == "prep" and child.lower_ == "against" \
            and verb.lemma_.lower() in ADVISE_VERBS
        if not completes and (child.dep_ != "prep" or child.lower_ not in ("as", "of", "to", "for")) or \
                any(t.text in (",", ";", "--", "—") for t in doc[last.right_edge.i + 1:child.i]):
            break
        last = child
    charge = charge_named(verb)
    if charge is not None and charge.i > last.right_edge.i and charge.head.i == verb.i:
        # "blasted the agency Tuesday for its decision", "assailed a judge, Ana Ruiz, for her ruling": the charge
        # a judging verb names is said, past a time or an apposition between it and the object
        last = charge
    end = last.right_edge.i + 1
    participle = _trailing_participle(doc, objects[0].left_edge.i, end)
    if participle is not None:  # up to the comma, or the closing quote mark after it
        end = participle.i if doc[participle.i - 1].text in QUOTE_TOKENS else participle.i - 1
    # "called him "the next Lincoln" - the president who ...": the writer's aside after a dash
    return [before_dash_aside(doc, _char_range(doc, objects[0].left_edge.i, end), phrase=True)]


#: what a participle set off after an object noun phrase hangs on in the parse
PARTICIPLE_DEPS = ("acl", "advcl", "conj", "xcomp", "dep")


def _trailing_participle(doc, start: int, end: int):
    """"slammed the suit, calling it meritless", "called X the 'ultimate hypocrite,' linking to Y",
    "reaffirmed their opposition to Z, underscoring the divisions": an -ing participle set off by a
    comma after the object, outside quotes, is the speaker's next act or the writer's comment on the
    saying, not part of what was said; the first such participle between ``start`` and ``end``, or None."""
    marks = 0
    for token in doc[start:end]:
        if token.text in QUOTE_TOKENS:
            marks += 1
        elif token.tag_ == "VBG" and token.dep_ in PARTICIPLE_DEPS and marks % 2 == 0 and set_off_by_comma(token):
            return token
    return None
