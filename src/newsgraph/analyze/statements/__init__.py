"""Statements: who said what, direct and reported speech, with cue, source and content spans.

The extractor reads the dependency parse; it never re-parses. Its parts:

* ``quotes``: where quotes begin and end; ``quote_completion``: how they complete a content;
* ``constructions``: the syntactic constructions that introduce an attribution ("X said that
  ...", "..., said X", "according to X", "X's claim that ...") as candidates; ``sources``: the
  source mention of a cue verb, inherited or read past the parser's slips (``linear_subjects``:
  a subject the parse lost, read off the word order); ``cue_clauses``:
  where a cue clause ends and what was said begins (a second cue, the writer's closing clause,
  the one asked); ``reported_content``: which words of a cue verb's clauses or objects are content;
* ``speaker_lines``: ``NAME: text`` lines, ``"quote" ― Name`` bylines and embedded posts (a tweet's
  "— Name (@handle) date" signature, or a tag naming its author's handle);
* ``signatures``: readers' letters and comments signed by a name line, a vox-pop's words under a line
  that introduces the person, a statement printed after "X issued the following statement:";
* ``cues`` (the cue lexicon) and ``cue_model`` (a small logistic model): which candidates are
  attributions; ``selection``: proposing, selecting, one statement per stretch of content;
* ``cue_frames``: the frame of each statement (speech, writing, belief, intention);
* ``no_comment``: "X declined to comment" as a no-comment of X, without content;
* ``interviews``: "A:" lines of a question-and-answer interview are the interviewee's;
* ``transcripts``: "NAME: ..." turns of a transcript, and an "I" inside one, are that person's;
* ``documents``: records and data are evidence, not words; a document speaks for its issuer;
* ``furniture``: reporting credits and section headings a cue verb turns up in are no statements;
* ``overlaps``: a cue the parser read inside another speaker's reported clause: a coordinated cue of the
  outer speaker ends the outer content and takes its speaker; a set-off participle that repeats the outer
  statement's words under a misread speaker is merged into it;
* ``nested`` and ``speakers``: speakers taken from the context when the actor index has none for
  the source as written (a document's issuer, "X's office", a short name, a name in apposition
  or inside a description);
* an evidential cue ("reveal", "suggest", "point to") whose source is no actor is evidence, not
  words: a belief, not shown; so is any cue said of an act, a stance, a trend or a thing ("the
  resistance underscores", "the tone echoed": ``documents.speechless_source``).

Content spans never include the cue or the source, and stay inside the cue's paragraph
(except for quotes that run on and the paragraphs a layout attributes: ``signatures``); trailing punctuation outside quotes is dropped.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.dates import date_of_sentence, dates_in
from newsgraph.analyze.resources import spoken_cue_lemmas
from newsgraph.analyze.span_index import Coverage, SpanIndex
from newsgraph.analyze.stages import ActorLookup
from newsgraph.analyze.statements.constructions import Candidate
from newsgraph.analyze.statements.content_choice import before_writers_colon, inside_dash_aside, through_colon
from newsgraph.analyze.statements.conversation import conversation_speaker, described_speaker
from newsgraph.analyze.statements.cue_clauses import without_cue_predicates
from newsgraph.analyze.statements.cue_frames import frame_of
from newsgraph.analyze.statements.cues import default_selector, speech_verbs
from newsgraph.analyze.statements.documents import document_issuer, document_kind, speechless_source
from newsgraph.analyze.statements.furniture import is_furniture, without_subheads
from newsgraph.analyze.statements.interviews import answering, answers, interviewee
from newsgraph.analyze.statements.namesake_speakers import namesake_speaker
from newsgraph.analyze.statements.nested import DOCUMENT_HEADS, inherited_speaker, split_edge_attribution
from newsgraph.analyze.statements.no_comment import NoComment, find_no_comments
from newsgraph.analyze.statements.no_speaker import is_thing_source
from newsgraph.analyze.statements.overlaps import coordinated_cues, merged_participles
from newsgraph.analyze.statements.plural_pronouns import plural_speaker, subject_not_chosen
from newsgraph.analyze.statements.quote_completion import (
    within_cue_parentheses,
    without_closing_tail,
    without_lead_in,
    without_writers_apposition,
)
from newsgraph.analyze.statements.quote_paragraphs import quote_paragraph_statements
from newsgraph.analyze.statements.quote_runs import continue_quotation_runs
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS, Quote, find_quotes
from newsgraph.analyze.statements.selection import Selector, find_candidates, propose_candidates
from newsgraph.analyze.statements.shares import share_population
from newsgraph.analyze.statements.sources import passive_addressing
from newsgraph.analyze.statements.speaker_lines import POST, post_author
from newsgraph.analyze.statements.speakers import (
    appositive_name,
    coordinated,
    exemplar,
    name_inside,
    named_before,
    someone_of,
    speaking_for,
    titled_person,
)
from newsgraph.analyze.statements.subject_pronouns import PeopleByGender, subject_speaker
from newsgraph.analyze.statements.transcripts import speaks_self, transcript_turns, turn_at, turn_speaker
from newsgraph.model import DateRef, Span, Statement
from newsgraph.nlp.text import text_of

RELATIVE_WORDS = frozenset({"which", "who", "whom", "that", "what"})
#: sentence connectives of the writer's: a content piece that is one of them alone ("However, as X told the
#: paper, 'A'") links the writer's sentences and says nothing of the speaker's
CONNECTIVES = frozenset({"however", "but", "and", "yet", "still", "meanwhile", "instead", "indeed", "moreover",
                         "furthermore", "nevertheless", "nonetheless", "thus", "also", "so"})

__all__ = ["find_statements", "find_candidates", "propose_candidates"]


def find_statements(doc, actors: Optional[ActorLookup], dates: list[DateRef], published: Optional[str],
                    selector: Optional[Selector] = None, warnings: Optional[list[str]] = None) -> list[Statement]:
    """Every attribution in ``doc`` as a Statement, ids S1, S2... in text order, each with its frame.

    ``actors.resolve(span)`` turns the source mention into a speaker id (None when it cannot);
    ``dates`` give each statement its sentence's date, else ``published``. Unpaired quote
    marks are reported in ``warnings`` (when given) and do not stop the rest. ``selector``
    decides which candidates are attributions (default: the shipped cue model).
    """
    dates = sorted(dates, key=lambda d: d.start)  # in order of position (as find_dates gives them): searched by start
    found, quote_warnings = find_quotes(text_of(doc))
    quotes = SpanIndex(found)  # indexed once: each statement looks up only the quotes near it
    if warnings is not None:
        warnings.extend(quote_warnings)
    no_comments = find_no_comments(doc)
    refused = set().union(*(n.cue_ids for n in no_comments)) if no_comments else set()
    # the words of a no-comment ("declined" + "to comment") are no cue of content
    answer_lines = answers(text_of(doc))
    answerer = interviewee(actors, text_of(doc)) if answer_lines and actors is not None else None
    turns = transcript_turns(text_of(doc))
    candidates = [c for c in find_candidates(doc, selector or default_selector(), quotes,
                                             answer_lines if answerer is not None else [],
                                             [t.colon for t in turns])
                  if (c.head is None or c.head.i not in refused) and not is_furniture(c)]
    records: list[tuple[int, Candidate | NoComment]] = [(_position(c), c) for c in candidates]
    records.extend((n.cue_tokens[0].idx, n) for n in no_comments)
    records.sort(key=lambda r: r[0])
    out = []
    spoken: list[tuple[int, str]] = []  # (sentence, speaker) of the statements so far
    said = Coverage()  # the content of the statements so far
    speaking: list[Statement] = []  # the statements so far that may lead a '"...," he said' (_previous_speech)
    people = PeopleByGender(actors) if actors is not None else None  # read by subject_speaker
    sentence_of = {sent.start: k for k, sent in enumerate(doc.sents)} if doc.has_annotation("SENT_START") else {}

    def sent_of(token) -> int:
        return sentence_of.get(token.sent.start, 0) if sentence_of else 0

    seen: set[tuple] = set()  # (cue, content) of the statements so far
    for _, record in records:
        number = len(out) + 1
        if isinstance(record, NoComment):
            statement = _no_comment(doc, number, record, actors, dates, published)
            tokens = record.source_tokens
        else:
            record = split_edge_attribution(doc, record, speech_verbs())
            statement = _statement(doc, number, record, quotes, actors, dates, published)
            tokens = record.source_tokens if record.source is not None else []
            key = (statement.cue.start, statement.cue.end, tuple((c.start, c.end) for c in statement.content))
            if key in seen:
                continue  # "A, X said, according to Y" passed on is X's statement, found already
            seen.add(key)
            if record.frame == POST and statement.speaker is None and actors is not None and statement.source:
                author = post_author(statement.source.text, actors)
                statement.speaker = author.id if author is not None else None  # "@janeroe": Jane Roe
        if statement.speaker is None and tokens and actors is not None:
            root = doc[tokens[0].i:tokens[-1].i + 1].root
            statement.speaker = inherited_speaker(root, spoken, sent_of, actors)
            if statement.frame == "speech" and root.pos_ == "NOUN" and root.lemma_.lower() in DOCUMENT_HEADS:
                statement.frame = "writing"  # "the statement said"
        if tokens and statement.frame in ("speech", "writing"):
            kind = document_kind(doc[tokens[0].i:tokens[-1].i + 1].root)
            if kind == "data":
                statement.frame = "belief"  # "according to state records", "photos show": evidence
            elif kind == "issued" and statement.speaker is not None:
                statement.frame = "writing"  # "an FBI summary said": the FBI, in writing
        turn = turn_at(turns, statement.cue.start) if turns and actors is not None else None
        if turn is not None and (statement.cue.start == turn.colon or statement.source is not None
                                 and speaks_self(statement.source.text)):
            # "ROE: ..." and an "I" inside Roe's turn: Roe (the index's person, else unknown)
            speaker = turn_speaker(turn, actors)
            statement.speaker = speaker.id if speaker is not None else None
        if statement.speaker is None and answerer is not None and statement.source is not None \
                and answering(statement.source.text, statement.cue.start, answer_lines):
            statement.speaker = answerer  # "A: I think ..." in a question-and-answer interview
        if isinstance(record, Candidate) and statement.source is None and record.head is not None \
                and passive_addressing(record.head) and statement.frame == "speech":
            statement.frame = "belief"  # "Asked if ..., 46 percent said yes": no one's question we can name
        if isinstance(record, Candidate) and _evidence(statement, record, tokens):
            statement.frame = "belief"  # "The tests reveal that ...": what evidence shows, not words
        if isinstance(record, Candidate) and tokens and statement.frame in ("speech", "writing") \
                and speechless_source(doc[tokens[0].i:tokens[-1].i + 1].root):
            statement.frame = "belief"  # "the resistance underscores ...": an act or a thing speaks no words
        if isinstance(record, Candidate) and tokens and statement.frame in ("speech", "writing") \
                and is_thing_source(doc[tokens[0].i:tokens[-1].i + 1].root, _actor(actors, statement.speaker)):
            statement.frame = "belief"  # "a quiz asked", "the areas hacked suggested": no one who can speak
        if actors is not None and statement.frame in ("speech", "writing"):
            previous = _previous_speech(speaking, said, statement)
            chained = conversation_speaker(text_of(doc), statement, previous, actors) \
                or described_speaker(text_of(doc), statement, previous, actors)
            plural = plural_speaker(doc, text_of(doc), statement, previous, actors) if chained is None else None
            if chained is not None:
                statement.speaker = chained.id  # '"...," he said': who spoke just before, none named since
            elif plural is not None:
                statement.speaker = plural.id  # "the allies say ... they say": the group going on
            elif (elsewhere := subject_not_chosen(doc, statement, actors))[0]:
                # "They are focused on the drawdown of troops, which they say ...": the sentence's subject
                # goes on, not a noun of its object (none when the index knows no actor for it)
                statement.speaker = elsewhere[1].id if elsewhere[1] is not None else None
            else:
                led = subject_speaker(doc, statement, actors, said, people)
                if led is not None:
                    statement.speaker = led.id  # "When Ruiz announced it, she said": who the sentence names
            namesake = namesake_speaker(statement.source, actors.actor(statement.speaker), actors)
            if namesake is not None:
                statement.speaker = namesake.id  # "he" given Ivanka Trump: Donald Trump
        if tokens and no_one(doc[tokens[0].i:tokens[-1].i + 1]):
            statement.speaker = None  # "no group has claimed ...", "nobody said ...": no one spoke
        if statement.speaker is not None and statement.frame != "no_comment":
            spoken.append((sent_of(statement_cue_token(doc, statement)), statement.speaker))
        out.append(statement)
        for content in statement.content:
            said.add(content.start, content.end)
        if statement.speaker is not None and statement.frame in ("speech", "writing"):
            speaking.append(statement)
    bare = quote_paragraph_statements(doc, out, quotes, actors)
    if bare:  # '"Building it? Not negotiable."' after "Trump was quick to add ...": the subject's words
        for statement in bare:
            assert statement.cue is not None
            cue = doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
            statement.date = date_of_sentence(cue.sent, dates_in(dates, cue.sent), published, anchor=cue[0])
        for statement in bare:  # in text order among the others, whose order stays
            at = next((k for k, s in enumerate(out) if s.cue is not None and s.cue.start > statement.cue.start),
                      len(out))
            out.insert(at, statement)
    continue_quotation_runs(text_of(doc), out)  # a quotation left open goes on in the paragraphs after it
    coordinated_cues(doc, out)  # "X said A, and accused B": the outer content stops at "and", X accused
    merged = merged_participles(doc, out)
    if bare or len(merged) < len(out):  # ids in text order, none skipped
        out = merged
        for number, statement in enumerate(out, 1):
            statement.id = f"S{number}"
    return out


#: sources that name no one: "nobody said", "no one has claimed", "none of them told"
NO_ONE = frozenset({"nobody", "none", "no one", "no-one", "neither"})


def no_one(source) -> bool:
    """Whether a source mention says that no one spoke: a negative pronoun ("nobody", "no one", "none of
    the aides") or a noun phrase with "no" ("no terrorist group has claimed responsibility")."""
    words = source.text.lower().split()
    if " ".join(words[:2]) in NO_ONE or (words and words[0] in NO_ONE):
        return True
    return any(t.dep_ == "det" and t.lower_ == "no" and t.head.i == source.root.i for t in source)


def _previous_speech(speaking: list[Statement], said: Coverage, statement: Statement) -> Optional[Statement]:
    """The last shown statement with a speaker before ``statement`` that is not inside another's content
    (a nested "X acknowledged" inside Y's words), or None when ``statement``'s source is itself inside one.

    ``speaking``: the statements before it with a speaker and a speech or writing frame, in text order;
    ``said``: the content of all statements before it. A statement whose cue is inside content stays
    inside (content is only added), so it is dropped from ``speaking`` for good: each statement is
    looked at once over the whole story, where walking back over all of them made it quadratic."""
    if statement.source is not None and said.covers(statement.source.start):
        return None
    while speaking and said.covers(speaking[-1].cue.start):
        speaking.pop()
    return speaking[-1] if speaking else None


#: verbs that report what evidence shows as often as what someone says ("the data suggest")
EVIDENTIAL = frozenset({"reveal", "show", "suggest", "indicate", "confirm", "demonstrate", "hint", "prove",
                        "point"})


#: what a document does when it shows rather than says ("the study found", "the paper underscores")
DOCUMENT_EVIDENTIAL = EVIDENTIAL | frozenset({"find", "underscore", "highlight", "estimate", "project"})
#: documents that hold findings, not anyone's words: "according to" one of them (no author named)
#: gives what a count or an analysis found
FINDING_HEADS = frozenset({"survey", "poll", "study", "analysis", "audit", "census", "data", "research", "estimate",
                           "tally", "count"})


def _evidence(statement: Statement, candidate: Candidate, tokens) -> bool:
    """An evidential cue whose source is no actor ("Preliminary tests reveal that ...", "...,
    revealing how ..." after "the new resolution allowed ..."), or a document no one is named as
    the author of ("the study shows", "the new paper underscores", "according to a survey"): evidence, not words. A
    document that says or writes ("the report said") stays words written."""
    if statement.frame not in ("speech", "writing") or statement.speaker is not None:
        return False
    if not tokens:
        return statement.frame == "speech" and candidate.lemma in EVIDENTIAL
    root = tokens[0].doc[tokens[0].i:tokens[-1].i + 1].root
    if root.pos_ != "NOUN":
        return False
    if candidate.lemma.lower() == "according" and root.lemma_.lower() in FINDING_HEADS:
        return True  # "according to a survey released on Thursday": a finding, no one's words
    if root.lemma_.lower() in DOCUMENT_HEADS:
        return candidate.lemma in DOCUMENT_EVIDENTIAL
    return statement.frame == "speech" and candidate.lemma in EVIDENTIAL


def _actor(actors: Optional[ActorLookup], actor_id: Optional[str]):
    return actors.actor(actor_id) if actors is not None and actor_id is not None else None


def statement_cue_token(doc, statement: Statement):
    return doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")[0]


def _position(c: Candidate) -> int:
    return min([c.cue_tokens[0].idx] + [s for s, _ in c.content])


def _outside(dates: list[DateRef], content: list[tuple[int, int]]) -> list[DateRef]:
    """The dates not inside what was said: a date in the content dates the reported matter
    ("Commenting on Biden's remark on Thursday"), not the saying."""
    return [d for d in dates if not any(start <= d.start < end for start, end in content)]


def _speaker(doc, tokens, actors: Optional[ActorLookup]) -> tuple[Optional[Span], Optional[str]]:
    if not tokens:
        return None, None
    span = doc[tokens[0].i:tokens[-1].i + 1]
    actor = None
    if actors is not None and document_kind(span.root) is not None:
        actor = document_issuer(span, actors)  # a document speaks for its issuer, or for no one
        return Span.from_spacy(span), (actor.id if actor is not None else None)
    if actors is not None:
        actor = (speaking_for(span, actors) or coordinated(span, actors) or titled_person(span, actors)
                 or appositive_name(span, actors) or exemplar(span, actors)
                 or share_population(span, actors))
        if actor is None:
            actor = actors.resolve(span) or named_before(span, actors) or name_inside(span, actors)
            if someone_of(span, actor):
                actor = None  # "a Brell pollster said": someone of Brell's, no one the index knows
    return Span.from_spacy(span), (actor.id if actor is not None else None)


def _statement(doc, number: int, c: Candidate, quotes: SpanIndex[Quote], actors, dates, published) -> Statement:
    text = text_of(doc)
    source_span, speaker = _speaker(doc, c.source_tokens if c.source is not None else [], actors)
    _with_saying_gerund(doc, c)
    cue = doc[c.cue_tokens[0].i:c.cue_tokens[-1].i + 1]
    blocked = [(t.idx, t.idx + len(t.text)) for t in [*c.cue_tokens, *(c.source_tokens if c.source else [])]]
    blocked.extend(_cue_adjuncts(c, quotes))
    content_spans = without_lead_in(text, _with_antecedent(_over_false_split(doc, c.content), c.head),
                                    quotes, cue.start_char)
    if c.lemma.lower() in spoken_cue_lemmas():  # an utterance's cue ('Titled "A," the video pans ...' names a title)
        content_spans = without_closing_tail(text, content_spans, quotes, c.head)
    content_spans = without_writers_apposition(doc, content_spans, quotes)
    content_spans = through_colon(doc, before_writers_colon(doc, content_spans, cue.end_char), cue.end_char)
    content_spans = within_cue_parentheses(text, content_spans, quotes, cue.start_char, cue.end_char)
    content_spans = inside_dash_aside(doc, content_spans, cue.start_char, cue.end_char, quotes,
                                      source_span.start if source_span is not None else None)
    content_spans = without_cue_predicates(doc, content_spans, c.head)
    content_spans = without_subheads(text, content_spans)
    c.content = _without(text, content_spans, blocked, doc)
    content = [Span.of(text, s, e) for s, e in c.content]
    sent = c.cue_tokens[0].sent
    kind = _kind(text, c.content, quotes)
    return Statement(
        id=f"S{number}", speaker=speaker, source=source_span, cue=Span.from_spacy(cue),
        content=content, kind=kind,
        date=date_of_sentence(sent, _outside(dates_in(dates, sent), c.content), published, anchor=c.cue_tokens[0]),
        frame=frame_of(c, kind == "direct", speech_verbs()),
    )


def _with_saying_gerund(doc, c: Candidate) -> None:
    """'Lopez responded by saying that ...', 'the campaign countered by suggesting four dates': the speech
    gerund after the cue's "by" is how the speaker responded, part of the cue; what was said follows it."""
    if not c.content or c.cue_tokens[-1].lower_ != "by":
        return
    span = doc.char_span(c.content[0][0], c.content[0][1], alignment_mode="expand")
    if span is None or len(span) < 2:
        return
    gerund = span[0]
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.i != c.cue_tokens[-1].i \
            or gerund.lemma_.lower() not in speech_verbs():
        return
    c.cue_tokens = [*c.cue_tokens, gerund]
    c.content = [(span[1].idx, c.content[0][1]), *c.content[1:]]


def _with_antecedent(content: list[tuple[int, int]], head) -> list[tuple[int, int]]:
    """A reported clause with the relative pronoun of the cue's relative clause in it ("the vote,
    which she has said was a mistake"; "the bridge, which the mayor said voters liked"; "the ruling, which
    Ruritania has vowed to ignore") says its words of the noun the relative clause hangs on: the noun phrase
    up to that noun goes first."""
    if not content or head is None or head.dep_ != "relcl" or head.head.pos_ not in ("NOUN", "PROPN") \
            or head.head.i > head.i:
        return content
    clause = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.i > head.i), None)
    if clause is None or content[0][0] not in (clause.left_edge.idx, clause.idx):
        return content
    noun = head.head
    inside = {t.i for t in clause.subtree} | {head.i}
    # an infinitive has no subject of its own: only a relative pronoun inside it ("the claims, which the city
    # has vowed to ignore") says its words are of the noun ("the mayor, who has vowed to resign": none)
    gap = clause.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                             for c in clause.children)
    if not gap and not any(_relative_pronoun(t) and t.head.i in inside
                           and not (t.head.i == head.i and t.dep_.startswith("nsubj"))
                           for t in noun.doc[noun.i + 1:head.i]):
        # "the day the mayor said ...", "Vell, who said ...": no relative pronoun of the clause; a
        # clause with no subject of its own ("a probe the agency said was ongoing") has the noun for one
        return content
    start = noun.left_edge
    set_off = head.left_edge.i > 0 and noun.doc[head.left_edge.i - 1].text == ","
    while set_off and start.i > 0 and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "the attack on the convoy, which ...": the whole noun phrase (a restrictive
        start = min(start, noun.left_edge, key=lambda t: t.i)  # "no trace of a report that ...": the nearest)
    first = noun.doc.char_span(*content[0])
    if first is not None and len(first) == 1 and _relative_pronoun(first[0]):
        content = content[1:]  # the relative word stands for the noun that now goes first
    return [(start.idx, head.head.idx + len(head.head.text))] + content


def _relative_pronoun(token) -> bool:
    """"which", "who", and a relative "that" the tagger read as a conjunction ("an article that Roe said was
    written"): a "that" standing as a subject of the reported clause is the relative word, not a mark."""
    return token.tag_ in ("WDT", "WP") or token.lower_ == "that" and token.dep_ in ("nsubj", "nsubjpass")


def _over_false_split(doc, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content that ends at a sentence break the parser made after an abbreviation ("to give the
    ID. SPACE VIZZION a near-even weight"): a following "sentence" that opens with a name and has
    no verb, in the same paragraph, is the rest of the content's sentence."""
    if not content:
        return content
    start, end = content[-1]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return content
    last = span[-1]
    sent = last.sent
    if sent.end >= len(doc) or not (last.i + 1 == sent.end - 1 and doc[last.i + 1].text == "."
                                    and not last.whitespace_ and last.text.isupper() and len(last.text) <= 4):
        return content
    following = doc[sent.end].sent
    words = [t for t in following if not t.is_punct and not t.is_space]
    if not words or words[0].pos_ != "PROPN" or not any(t.pos_ in ("DET", "NOUN", "ADP") for t in words) \
            or "\n" in text_of(doc)[end:following.start_char] or any(
            t.pos_ in ("VERB", "AUX") or t.text in QUOTE_TOKENS for t in following):
        return content
    close = following[-1] if not following[-1].is_punct else following[-2]
    return content[:-1] + [(start, close.idx + len(close.text))]


def _cue_adjuncts(c: Candidate, quotes: SpanIndex[Quote]) -> list[tuple[int, int]]:
    """Character ranges of the cue verb's own adjuncts after it, outside quotes, when the content
    is quoted: in '"A," X said, via the Daily Courier. "B."' the words "via the Daily Courier" tell
    how X's words came, between the two halves of what X said."""
    head = c.head
    if head is None or head.pos_ != "VERB" or not c.frame.startswith("ccomp") or not any(
            quotes.overlaps(start, end) for start, end in c.content):
        return []  # an object cue's preposition completes what is said ("called X 'Y' to Z")
    out = []
    for child in head.children:
        if child.dep_ not in ("prep", "agent") or child.i < head.i:
            continue
        start, last = child.left_edge.idx, child.right_edge
        end = last.idx + len(last.text)
        if not quotes.overlaps(start, end):
            out.append((start, end))
    return out


def _without(text: str, content: list[tuple[int, int]], blocked: list[tuple[int, int]],
             doc=None) -> list[tuple[int, int]]:
    """Content segments with the statement's own cue and speaker words cut out (a quote completed
    over an interrupting cue clause must not report its own speaker); edge punctuation dropped, and a
    piece that is a lone relative word or connective (``_lone_link``)."""
    out = []
    for start, end in content:
        pieces = [(start, end)]
        for b_start, b_end in blocked:
            cut: list[tuple[int, int]] = []
            for s, e in pieces:
                if s < b_end and b_start < e:  # the blocked words fall inside: keep what is left around them
                    cut.extend(p for p in ((s, b_start), (b_end, e)) if p[1] > p[0])
                else:
                    cut.append((s, e))
            pieces = cut
        for s, e in pieces:
            while s < e and (text[s].isspace() or text[s] in ",;:-–—"):
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:-–—"):
                e -= 1
            if e > s and not _lone_link(text, s, e, doc):
                out.append((s, e))
    return out


def _lone_link(text: str, start: int, end: int, doc) -> bool:
    """Whether a content piece is a lone relative word ("which it said crashed": not what was said) or a
    connective of the writer's. A demonstrative "that" the parser tags as one is the reported clause's
    subject ("And that, as X points out, is quite a bit": tagged a demonstrative, or a subject that is no
    relative pronoun), which stays."""
    word = text[start:end].lower()
    if word in CONNECTIVES:
        return True
    if word not in RELATIVE_WORDS:
        return False
    span = doc.char_span(start, end) if doc is not None else None
    if span is None or len(span) != 1:
        return True
    token = span[0]
    return not (token.tag_ == "DT" or token.dep_ in ("nsubj", "nsubjpass") and token.tag_ not in ("WDT", "WP"))


def _no_comment(doc, number: int, n: NoComment, actors, dates, published) -> Statement:
    source_span, speaker = _speaker(doc, n.source_tokens, actors)
    cue = doc[n.cue_tokens[0].i:n.cue_tokens[-1].i + 1]
    return Statement(
        id=f"S{number}", speaker=speaker, source=source_span, cue=Span.from_spacy(cue), content=[],
        kind="indirect", frame="no_comment",
        date=date_of_sentence(cue.sent, dates_in(dates, cue.sent), published, anchor=n.cue_tokens[0]),
    )


def _kind(text: str, content: list[tuple[int, int]], quotes: SpanIndex[Quote]) -> str:
    """direct when every word of the content is quoted, mixed when some is, else indirect."""
    quoted = unquoted = 0
    for start, end in content:
        inside = 0
        for quote in quotes.overlapping(start, end):  # quotes are disjoint: count the letters each one shares
            lo, hi = max(start, quote.start), min(end, quote.end)
            if lo < hi:
                inside += sum(ch.isalnum() for ch in text[lo:hi])
        quoted += inside
        unquoted += sum(ch.isalnum() for ch in text[start:end]) - inside
    if quoted and not unquoted:
        return "direct"
    if quoted:
        return "mixed"
    return "indirect"
