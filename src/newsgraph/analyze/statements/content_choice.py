"""Which clause or phrase of a cue construction is what was said: the that-clause hung on a channel
noun ("said in a statement that ..."), not the writer's framing clause ("While ..., X says ..."),
not a clause a semicolon parts from the cue, and the words of a text a speech participle tells
("wrote a letter saying ..."). Pure functions over spaCy tokens, used by ``constructions``.
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.statements.cue_clauses import set_off_by_comma
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS
from newsgraph.analyze.syntax import DASHES as ASIDE_DASHES  # those that set off the writer's aside
from newsgraph.nlp.text import text_of

# Nouns naming a channel of words: "said in a statement that ...", "wrote in a letter that ...".
CHANNEL_NOUNS = frozenset("statement letter email e-mail memo post tweet filing interview release message note "
                          "blog op-ed editorial speech video podcast broadcast newsletter".split())
# Nouns of an occasion where words are said: "predicted at the debate that ...".
OCCASION_NOUNS = frozenset("debate rally hearing conference briefing meeting forum event summit session "
                           "appearance address".split())
# Nouns of a time phrase ("at the time", "on the day", "that week").
TIME_NOUNS = frozenset("time moment day week month year weekend morning afternoon evening night".split())
# Subordinators that open the writer's framing clause ("While ..., X says ...").
FRAMING_SUBORDINATORS = frozenset("while although though whereas as because since when after before if "
                                  "until once".split())
WRITING_VERBS = frozenset({"write", "post", "tweet", "publish"})


def channel_clause(verb) -> list:
    """'X said in a statement that A', 'wrote in a letter that A', 'said at the time that A': the
    parser hangs the that-clause on the channel or time noun; it is what the cue verb reports
    (the channel is how, the time when)."""
    if verb.lemma_.lower() not in resources.speech_verbs() and verb.lemma_.lower() not in WRITING_VERBS:
        return []
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at", "via", "through") or prep.i < verb.i:
            continue
        for noun in _channel_nouns(prep):
            if noun.lemma_.lower() in CHANNEL_NOUNS | TIME_NOUNS | OCCASION_NOUNS:
                # a that-clause, not a relative one ("a statement that was posted online")
                found = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                         and any(g.dep_ in ("mark", "advmod") and g.lower_ == "that" and g.i == c.left_edge.i
                                 and g.i + 1 < len(doc) and doc[g.i + 1].pos_ not in ("VERB", "AUX")
                                 for g in c.children)][:1]
                if found:
                    return found
            found = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i and _complete_clause(c)]
            if found:
                return found[:1]
    return []


def nominal_complement(clause):
    """The that-clause the parser hung on a noun it read as the cue's complement: in "said in an oral history
    of the Clinton years that women disliked her" it may take "years" for what was said, with the that-clause
    as its modifier; the words said are the that-clause. Any other clause is returned unchanged."""
    if clause.pos_ not in ("NOUN", "PROPN") or clause.dep_ != "ccomp" or clause.i < clause.head.i:
        return clause
    found = [c for c in clause.children if c.dep_ in ("acl", "relcl") and c.i > clause.i and _complete_clause(c)]
    return found[0] if found else clause


def _channel_nouns(prep) -> list:
    """The prepositional objects of a cue's "in/on/at" phrase, and the nouns of "of" phrases hung on them:
    in "said in an oral history of those years that A" the parser hangs the that-clause on "years"."""
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    for noun in list(nouns):
        nouns += [g for of in noun.children if of.dep_ == "prep" and of.lower_ == "of" and of.i > noun.i
                  for g in of.children if g.dep_ == "pobj"]
    return nouns


def _complete_clause(clause) -> bool:
    """"predicted at the debate that Republicans will take every state": a "that" the parser read as a
    relative pronoun object in a clause that has a subject and an object of its own leaves no gap for
    it to fill -- it is the conjunction of the cue's that-clause. A "that" the parser itself marks as a
    conjunction before a subject of the clause's own ("said on CNN, where ..., that the aide should be
    held to account") opens no relative clause either."""
    that = next((g for g in clause.children if g.lower_ == "that" and g.i == clause.left_edge.i
                 and g.dep_ in ("dobj", "mark")), None)
    if that is None or not any(g.dep_ in ("nsubj", "nsubjpass") and g.i != that.i for g in clause.children):
        return False
    if that.dep_ == "mark" and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < clause.i and g.pos_ != "PRON"
                                   for g in clause.children):
        return True
    return any(g.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd") and g.i != that.i and g.i > clause.i
               for g in clause.children)


def without_framing_clause(verb, clauses) -> list:
    """"While the lineup is thin, X says there is a chance ...": a clause before the cue that opens
    with a subordinator ("while", "although", "as") is the writer's frame, not what X said, when
    the cue has a clause of its own after it (the parser may still take it for a complement)."""
    if not any(c.i > verb.i for c in clauses):
        return clauses
    return [c for c in clauses if c.i > verb.i or not (
        c.left_edge.dep_ == "mark" and c.left_edge.lower_ in FRAMING_SUBORDINATORS)]


#: subordinators of the writer's circumstance after a cue ('"A," he said as the crowd booed')
CIRCUMSTANCE_SUBORDINATORS = FRAMING_SUBORDINATORS - {"if"}
#: verbs of putting a question: "Asked if A, X replied B" -- the question put to X is not X's words
ASKED_VERBS = frozenset({"ask", "question", "press", "quiz", "query"})


def without_unreported_clauses(verb, clauses) -> list:
    """The clauses the parser hung on a cue as its complement that report nothing:

    * a clause after the cue that opens with a subordinator of time, manner or cause ("as", "when",
      "while", "before"): the writer's circumstance of the saying ('"A," he said as some in the crowd
      booed'); "if" and "whether" open a reported question, and a reported clause that itself opens
      with "when" begins with its own subject or "that";
    * an -ing participle set off by a comma after the cue: the speaker's next act or cue ('"A," Kiedis
      said, mentioning the album is "B"'), a statement of its own ("according to Y" is no participle);
    * a participle of asking before the cue, with no subject of its own: the question put to the
      speaker ("Asked if it had seemed so, Trump replied, "Maybe so."").
    """
    def unreported(c) -> bool:
        if c.i > verb.i:
            return any(g.dep_ == "mark" and g.lower_ in CIRCUMSTANCE_SUBORDINATORS and g.i == c.left_edge.i
                       for g in c.children) or (c.left_edge.tag_ == "VBG" and c.left_edge.dep_ != "prep"
                                             and set_off_by_comma(c.left_edge))
        return c.tag_ == "VBN" and c.lemma_.lower() in ASKED_VERBS and c.left_edge.i == c.i \
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
    return [c for c in clauses if not unreported(c)]


def across_semicolon(clause, verb) -> bool:
    """"A; editorials railed against it": a clause before the cue that a semicolon (outside quotes)
    parts from the cue clause is the writer's clause beside it, not what the cue reports."""
    if clause.i > verb.i:
        return False
    doc = verb.doc
    between = doc[clause.right_edge.i + 1:verb.i]
    return any(t.text == ";" for t in between) and not any(t.text in QUOTE_TOKENS for t in between)


def words_of_text(objects) -> list:
    """"wrote a letter saying A", "posted a column mocking B as C": the words of the text an object
    names, told by a speech participle hanging on it, are the content (the text is the channel);
    their tokens, or [] when the object is no such text."""
    if len(objects) != 1 or objects[0].lemma_.lower() not in CHANNEL_NOUNS | {"column", "commentary", "article"}:
        return []
    from newsgraph.analyze.statements.cue_frames import cue_classes

    verbs = resources.speech_verbs()
    participle = next((c for c in objects[0].children if c.dep_ == "acl" and c.tag_ == "VBG" and (
        c.lemma_.lower() in verbs or cue_classes().get(c.lemma_.lower()) in ("speech", "writing"))), None)
    if participle is None:
        return []
    return [t for t in participle.subtree if t.i > participle.i]


#: modal auxiliaries of a backshifted reported predicate ("said she hoped ..., and then would continue ...")
REPORTED_MODALS = frozenset({"would", "could", "might", "should", "will", "can", "may", "must"})
FIRST_PERSON = frozenset({"i", "we"})


def continued_clauses(verb, clauses) -> list:
    """'X said A, but "B."', "X said she hoped A, and then would go on to B": the parser may hang the
    second half of the reported words on the cue verb as a conjoined verb; it goes on reporting when it
    opens with quoted words or has the modal of a backshifted predicate, and is no cue of its own (a
    speech verb, a clause of its own). A conjoined verb with only a subject of its own is as often the
    writer's next clause ("X said A, and shares fell"): on PolNeAR's tune documents taking those too
    made contents no nearer gold."""
    if not clauses or all(c.i < verb.i for c in clauses) \
            or any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
        return []  # "I believe it will, and we will keep pressing": the speaker's own next claim
    doc = verb.doc
    last = max(c.right_edge.i for c in clauses)
    out = []
    verbs = resources.speech_verbs()
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.left_edge.i <= last:
            continue
        if conj.lemma_.lower() in verbs or any(g.dep_ in ("ccomp",) for g in conj.children):
            continue  # "and added that B", "and Trump says B": a cue of its own
        between = doc[last + 1:conj.left_edge.i]
        if any(t.text == ";" for t in between) or conj.sent.start != verb.sent.start:
            continue
        modal = any(g.dep_ == "aux" and g.lower_ in REPORTED_MODALS for g in conj.children)
        quoted = any(t.text in QUOTE_TOKENS and not t.whitespace_ and (t.i == 0 or doc[t.i - 1].whitespace_)
                     for t in doc[last + 1:conj.i])  # a quote that opens: not the close of A's last words
        if modal or quoted:
            out.append(conj)
    return out


#: first words of a noun phrase set after a dash to comment on the clause before it ("— a move that ...")
APPOSED_OPENERS = frozenset({"a", "an", "the", "something", "one", "ones"})


def before_dash_aside(doc, segment: tuple[int, int], phrase: bool = False) -> tuple[int, int]:
    """"said that she went because it would be fun — something Brell could understand": a dash after
    the reported clause, outside quotes and with no second dash closing it, sets off the writer's
    aside; the content ends before it. Only a noun phrase after the dash ("— a point officials
    dispute"): "- or at least B", "— including X", "-- especially in Y" go on with the words (PolNeAR's
    tune documents: 9 contents nearer gold, 2 further, against 23 and 38 for any dash). A clause needs a
    verb before the dash; with ``phrase`` the segment is an object noun phrase ('called him "the next
    Lincoln" - the man who ...': ``reported_content.objects_content``), which needs none."""
    start, end = segment
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None or len(span) < 4:
        return segment
    dashes = [t for t in span if t.text in ASIDE_DASHES and (t.text != "-" or t.whitespace_ and t.i > 0
                                                            and doc[t.i - 1].whitespace_)]
    if len(dashes) != 1:
        return segment  # none, or a pair around an aside inside the clause
    dash = dashes[0]
    before, after = doc[span.start:dash.i], doc[dash.i + 1:span.end]
    if _runs_past(after) or sum(t.text in QUOTE_TOKENS for t in before) % 2:
        return segment  # quoted words run past the dash, or the dash is inside a quote
    if not (phrase or any(t.pos_ in ("VERB", "AUX") for t in before)) or len(after) < 2:
        return segment
    if after[0].lower_ not in APPOSED_OPENERS:
        return segment  # "- or at least B", "— including X", "-- especially in Y": the words go on
    last = doc[dash.i - 1]
    return start, last.idx + len(last.text)


#: how many tokens a phrase in quote marks inside a dash aside may hold ("the phrase "anchor baby"")
LONGEST_NAMED = 6


def _runs_past(after) -> bool:
    """Whether quoted words run past a dash: a quote mark after it closes a quote opened before it, or a
    quote after it is more than a short phrase named in quote marks ('— a play on the phrase "anchor
    baby"', which stays inside the aside)."""
    marks = [t.text for t in after if t.text in QUOTE_TOKENS]
    if not marks:
        return False
    opening = sum(m in ("“", "``") for m in marks)
    closing = sum(m in ("”",) for m in marks)
    plain = len(marks) - opening - closing
    quoted = [k for k, t in enumerate(after) if t.text in QUOTE_TOKENS]
    # a short name in quote marks is the aside's; a longer quote may be the speaker's words going on
    return marks[0] in ("”",) or opening != closing or plain % 2 == 1 or quoted[-1] - quoted[0] > LONGEST_NAMED


def subordinate_cue(verb) -> bool:
    """Whether the cue opens a subordinate clause of the writer's ("While X claimed that A, B",
    "because X testified that A, B"): a subordinator of time, cause or concession is its first word; or
    it is conjoined to a verb that opens one ("though she praised X and said A, B")."""
    if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and _opens_subordinate(verb.head):
        return True
    return _opens_subordinate(verb)


def _opens_subordinate(verb) -> bool:
    return any(c.i == verb.left_edge.i or _interrupting_mark(verb, c) for c in _marks(verb))


def _marks(verb) -> list:
    return [c for c in verb.children if c.dep_ == "mark" and c.lower_ in FRAMING_SUBORDINATORS and c.i < verb.i]


def _interrupting_mark(verb, mark) -> bool:
    """'Veld, though she said A, stopped short of B': the subordinator opens a clause set off by a comma or
    dash after a noun (the main clause's subject, which the parser may have hung on the cue), the cue's own
    subject after it."""
    if mark.i < 2:
        return False
    before, subject = verb.doc[mark.i - 1], verb.doc[mark.i - 2]
    return before.text in (",", *ASIDE_DASHES) and subject.pos_ in ("NOUN", "PROPN", "PRON") \
        and any(c.dep_ in ("nsubj", "nsubjpass") and mark.i < c.i < verb.i for c in verb.children)


def interrupts_subject(verb) -> bool:
    """Whether the cue's subordinate clause stands between a subject and its predicate, set off by a comma
    or dash ("Clinton, though she said A, stopped short of B"): the main predicate after it has no subject
    of its own to tell where the reported words end."""
    head = verb.head if verb.dep_ == "conj" and verb.head.i < verb.i else verb
    return any(_interrupting_mark(head, mark) for mark in _marks(head))


def before_main_clause(doc, segment: tuple[int, int], interrupting: bool = False) -> tuple[int, int]:
    """'While Clinton claimed that the videos exist, experts affirm that B', 'because Comey testified that
    her answers were "truthful," it is also a sign that C': what a cue inside the writer's subordinate
    clause reports ends where that clause does -- at the first comma (outside quotes, or the closing quote
    mark after it) that a clause of its own follows (a subject that is no relative pronoun, its predicate
    after it, tagged as the parser may); the parser often hangs the main clause inside the reported one.
    When the subordinate clause ``interrupting`` stands between the main clause's subject and predicate
    ("Clinton, though she said A, notably stopped short of B"), a finite verb after the comma (adverbs
    before it) is that predicate."""
    start, end = segment
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return segment
    marks = 0
    for token in span:
        if token.text in QUOTE_TOKENS:
            marks += 1
            continue
        if token.text != "," or token.i + 1 >= span.end:
            continue
        close = token.i
        if marks % 2:
            if doc[token.i + 1].text not in QUOTE_TOKENS:
                continue  # a comma inside a quote that goes on
            close = token.i + 1
        rest = doc[close + 1:span.end]
        if any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.tag_ not in ("WDT", "WP") and t.head.i > t.i
               and t.head.i < span.end and t.i < close + 6 for t in rest) or (interrupting and _predicate_first(rest)):
            last = doc[close] if close > token.i else doc[token.i - 1]
            return start, last.idx + len(last.text)
    return segment


def _predicate_first(rest) -> bool:
    """Whether ``rest`` opens with a finite verb (adverbs before it): "..., notably stopped short of B"."""
    for t in rest:
        if t.pos_ == "ADV" or t.dep_ in ("advmod", "neg"):
            continue
        return t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not any(
            g.dep_ in ("nsubj", "nsubjpass", "expl") for g in t.children)
    return False


#: conjunctions that join the writer's clause to quoted words ('"A," but in fact B')
JOINING = frozenset({"and", "but", "yet"})


def before_writers_clause(doc, segment: tuple[int, int]) -> tuple[int, int]:
    """'X said: "A," but in fact B': a content that opens with a quote ends where the quote closes when
    what follows is an unquoted clause of its own (a conjunction, a subject of its own, no quote mark):
    the quote marks say where the speaker's words end, and the writer goes on."""
    start, end = segment
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return segment
    marks = [t for t in span if t.text in QUOTE_TOKENS]
    # the quote opens at the content's first word (or its mark just before) and closes once inside
    if span[0].text in QUOTE_TOKENS:
        marks = marks[1:]
    elif span.start == 0 or doc[span.start - 1].text not in QUOTE_TOKENS:
        return segment
    if len(marks) != 1:
        return segment  # no close, or more quotes: the speaker's words go on
    close = marks[0]
    rest = [t for t in doc[close.i + 1:span.end] if not t.is_punct]
    if len(rest) < 3 or rest[0].lower_ not in JOINING or rest[0].i > close.i + 2:
        return segment
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in range(rest[1].i, span.end)
               and t.head.pos_ in ("VERB", "AUX") for t in rest[1:]):
        return segment  # '"A," and more': no clause of its own
    if any(t.dep_ == "aux" and t.lower_ in REPORTED_MODALS and t.head.dep_ == "conj" for t in rest[1:]):
        return segment  # '"A," and she would B': a backshifted predicate goes on reporting
    return start, close.idx + len(close.text)


def without_clause_before(verb, clauses) -> list:
    """"Inside the hall - which looks like a barn - Tom Brell said he ...", "Brell, who sits on no
    board, said that ...": when the cue reports a clause after it that opens with "that" or its own
    subject, an unquoted clause the parser also hung on the cue before its subject is the writer's
    setting, not what was said; unless the cue clause is set off by commas between the two halves of
    one sentence ("A is so reckless, the mayor said, that B")."""
    after = [c for c in clauses if c.i > verb.i and any(g.dep_ in ("mark", "nsubj", "nsubjpass", "expl")
                                                          and g.i < c.i for g in c.children)]
    if not after:
        return clauses
    return [c for c in clauses if c.i > verb.i or _quoted_edge(c, verb) or _interrupted(c, verb, after[0])]


def _quoted_edge(clause, verb) -> bool:
    """A clause before the cue that opens or closes with quote marks ('The "A," she said that B') is quoted
    words; quote marks only inside it ('Sitting down with X's "Harbour Talk" show, during which she spoke of
    Y, Roe said that B': a programme's name) make no setting words said."""
    doc = verb.doc
    start, end = clause.left_edge.i, min(clause.right_edge.i + 1, verb.i)
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_TOKENS or doc[end - 1].is_space):
        end -= 1  # the comma before the cue clause
    # the marks the parser hung on the cue count too ('"A," he said': the marks outside the clause's subtree)
    first = max(doc[start].sent.start, start - 1)  # (not the closing mark of the sentence before)
    edges = list(doc[first:min(start + 3, end)]) + list(doc[max(start, end - 2):min(end + 2, verb.i)])
    return any(t.text in QUOTE_TOKENS for t in edges)


def _interrupted(before, verb, after) -> bool:
    """"A is so reckless, the mayor said, that B": a cue clause set off by commas between the two halves
    of one reported sentence."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and before.right_edge.i + 2 == subject.left_edge.i \
        and doc[before.right_edge.i + 1].text == "," and after.left_edge.i > 0 and doc[after.left_edge.i - 1].text == ","


def through_colon(doc, content: list[tuple[int, int]], cue_end: int) -> list[tuple[int, int]]:
    """'X reiterated his pledges: A, B and C.', 'X said the plan has two parts: A and B': a content after its
    cue that stops at a colon goes on to what the colon announces, up to the end of the sentence after it in
    the same paragraph. Not when a speech verb stands there (another report) or nothing follows in the
    paragraph (a quote paragraph after it is ``quote_completion``'s), nor when the reported words end in a
    closed quote (``_quote_closes_before``)."""
    if not content or content[-1][1] <= cue_end:
        return content
    text = text_of(doc)
    start, end = content[-1]
    colon = end
    while colon < len(text) and text[colon] in " \"”’'":
        colon += 1
    if colon >= len(text) or text[colon] != ":" or _quote_closes_before(doc, start, colon):
        return content
    line_end = text.find("\n", colon)
    line_end = len(text) if line_end < 0 else line_end
    after = doc.char_span(colon + 1, line_end, alignment_mode="contract")
    first = next((t for t in after or [] if not t.is_space), None)
    if first is None:
        return content
    sent = first.sent
    stop = min(sent.end_char, line_end)
    # only the colon's own sentence is read: a walk to the paragraph's end was quadratic on one-line text
    rest = [t for t in doc[first.i:sent.end] if not t.is_space and t.idx < stop]
    if any(t.pos_ == "VERB" and t.lemma_.lower() in resources.speech_verbs() for t in rest):
        return content
    while stop > colon and (text[stop - 1].isspace() or text[stop - 1] == "."):
        stop -= 1
    return content[:-1] + [(start, stop)] if stop > colon + 1 else content


def _quote_closes_before(doc, start: int, colon: int) -> bool:
    """'X called the deal "a disaster": the cost has doubled since', 'X said "we will win" on Tuesday: polls
    show B': when the reported words hold a quote that closes before the colon with no verb after its close
    (nothing, or an adjunct of the saying), the quote marks bound what was said and the colon goes on in the
    writer's narration. A clause of its own after the close ('... "the news," and that its reporters do only
    that: report') keeps reporting, and so does a colon inside a quote that is still open."""
    span = doc.char_span(start, colon, alignment_mode="expand")
    if span is None:
        return False
    marks = [t for t in span if t.text in QUOTE_TOKENS and t.idx < colon]
    if not marks:
        return False
    last = marks[-1]
    straight = sum(t.text in ('"', "''") for t in marks)  # a straight mark opens and closes
    if not (last.text in ("”", "»") or last.text in ('"', "''") and straight % 2 == 0):
        return False  # the last mark opens a quote: the colon is inside it
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[last.i + 1:span.end] if t.idx < colon)


def before_writers_colon(doc, content: list[tuple[int, int]], cue_end: int) -> list[tuple[int, int]]:
    """'X said the vote was "a clear win" on Tuesday: turnout rose by a third': a reported clause after its cue
    whose quote closes before a colon outside quotes, with only verbless words between (an adjunct of the
    saying), ends where the quote closes; the parser may hang the writer's sentence after the colon on the
    reported clause, but the quote marks bound what was said (as ``_quote_closes_before``). Not when a quote
    follows the colon ('"A." His reason: "B."': the speaker's words go on). One pass over each piece."""
    text = text_of(doc)
    out = []
    for start, end in content:
        span = doc.char_span(start, end, alignment_mode="expand") if start >= cue_end else None
        cut = end
        marks = [t for t in span or [] if t.text in QUOTE_TOKENS]
        straight = 0
        last = None  # the last quote mark read, while no verb has followed it
        for token in span or []:
            if token.text in QUOTE_TOKENS:
                straight += token.text in ('"', "''")
                last = token
            elif token.pos_ in ("VERB", "AUX"):
                last = None
            elif token.text == ":" and last is not None and marks[-1].i < token.i \
                    and (last.text in ("”", "»") or last.text in ('"', "''") and straight % 2 == 0):
                cut = last.idx + len(last.text)
                break
        out.append((start, cut) if text[start:cut].strip() else (start, end))
    return out


def inside_dash_aside(doc, content: list[tuple[int, int]], cue_start: int, cue_end: int,
                      quotes, source_start: int | None) -> list[tuple[int, int]]:
    """'Trump - who previously said he would "bomb" the oil fields - said at a rally that B': a cue inside the
    writer's dash aside (an odd number of dashes, outside quotes, stand before it in its sentence) whose source
    and content start inside the aside reports no further than the dash that closes it; the parser may hang
    the main clause inside the reported one. A cue whose source stands before the aside ("X criticized - and
    even threatened to sue - his rivals") shares what follows it."""
    span = doc.char_span(cue_start, cue_end, alignment_mode="expand")
    if not content or span is None or not len(span):
        return content
    sent = span[0].sent

    def dash(t) -> bool:
        if t.text not in ASIDE_DASHES or quotes.containing(t.idx) is not None:
            return False  # a hyphen inside a word ("front-runner") is no dash
        return t.text != "-" or (t.whitespace_ and t.i > 0 and bool(doc[t.i - 1].whitespace_))

    dashes = [t for t in doc[sent.start:span.start] if dash(t)]
    if len(dashes) % 2 == 0 or min(start for start, _ in content) < dashes[-1].idx \
            or source_start is None or source_start < dashes[-1].idx:
        return content  # no open aside, or words around it ("most Americans - 63%, a poll says - still ...")
    close = next((t for t in doc[span.end:sent.end] if dash(t)), None)
    if close is None or not any(e > close.idx for _, e in content):
        return content
    text = text_of(doc)
    out = []
    for start, end in content:
        if start >= close.idx:
            continue
        end = min(end, close.idx)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out or content
