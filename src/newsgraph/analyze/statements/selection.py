"""Proposing candidates and selecting the attributions among them.

``propose_candidates`` reads every cue construction (``constructions``) and speaker line
(``speaker_lines``) off the parse, cuts it to its paragraph and completes it with quotes;
``find_candidates`` keeps those a ``Selector`` (the cue model, or the plain lexicon) accepts,
one per stretch of content. Both steps are near-linear in the number of candidates: a long
article of many short statements costs no more per statement than a short one.
"""
from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Protocol

from newsgraph.analyze import resources
from newsgraph.analyze.span_index import SpanIndex
from newsgraph.analyze.statements.constructions import Candidate, according_clause, cue_candidates, token_range
from newsgraph.analyze.statements.parallel_items import with_parallel_items
from newsgraph.analyze.statements.quote_completion import attach_uncued_quotes, with_quotes
from newsgraph.analyze.statements.quote_tags import quote_tag_candidates
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS, Quote
from newsgraph.analyze.statements.signatures import introduced_candidates, issued_candidates, signed_candidates
from newsgraph.analyze.statements.speaker_lines import POST, speaker_line_candidates
from newsgraph.nlp.text import text_of

BUCKET = 512  # characters per stretch of text in the overlap index


class Selector(Protocol):
    """What decides which candidates are attributions (``CueModel``, ``CueLexicon``)."""

    def accepts(self, candidate: Candidate) -> bool:
        ...

    def score(self, candidate: Candidate) -> float:
        """How sure the selector is (higher wins when two candidates report the same words)."""
        ...

    def certain(self, candidate: Candidate) -> bool:
        """A core construction, kept whatever else competes for its words."""
        ...


def find_candidates(doc, selector: Selector, quotes: SpanIndex[Quote] | Sequence[Quote],
                    answer_lines: Sequence[tuple[int, int]] = (), turn_colons: Sequence[int] = ()) -> list[Candidate]:
    """The candidates ``selector.accepts(candidate)`` keeps, quotes completed, in text order;
    an interview's answer lines (``answer_lines``, when its interviewee is known), a
    transcript's turn lines (the colon of each at ``turn_colons``) and embedded posts (a signature
    names their writer: ``speaker_lines.POST``) are kept too."""
    quotes = SpanIndex.of(quotes)
    turns = frozenset(turn_colons)
    candidates = [c for c in propose_candidates(doc, quotes) if not _no_saying(c) and (
        selector.accepts(c) or _answer_line(c, answer_lines) or _turn_line(c, turns) or c.frame == POST)]
    candidates = _without_datelines(candidates, turns)
    candidates = without_passed_on(candidates)
    candidates = suppress_overlaps(candidates, selector)
    candidates = attach_uncued_quotes(doc, candidates, quotes)
    tagged = with_quote_tags(doc, candidates, quotes)
    if len(tagged) > len(candidates):  # '"A," Cross wrote. "B."': B goes on with the tagged quote
        candidates = attach_uncued_quotes(doc, tagged, quotes)
    # readers' letters and comments signed by a name line: whole paragraphs, after the rest, so that a
    # statement reported inside a letter keeps its own speaker
    # (and a vox-pop's words under a line that introduces the person, where no cue attributes them already)
    cues = sorted(c.cue_tokens[0].idx for c in candidates if c.source_tokens
                  and " ".join(t.lower_ for t in c.source_tokens) not in ("i", "we"))  # not "I think"

    def taken(start: int, end: int) -> bool:
        k = bisect_left(cues, start)
        return k < len(cues) and cues[k] < end

    candidates = candidates + signed_candidates(doc) + introduced_candidates(doc, taken) \
        + issued_candidates(doc, taken)
    candidates.sort(key=lambda c: min([c.cue_tokens[0].idx] + [s for s, _ in c.content]))
    return candidates


def with_quote_tags(doc, candidates: list[Candidate], quotes: SpanIndex[Quote]) -> list[Candidate]:
    """The selected candidates and a quote tag ('"Go home," the mayor barked.') for each quote no selected
    candidate reports and whose tag verb is no selected candidate's cue (``quote_tags``)."""
    cues = {c.cue_tokens[0].i for c in candidates}
    segments = [(s, e) for c in candidates for s, e in c.content]
    extra = [t for t in quote_tag_candidates(doc, quotes)
             if t.cue_tokens[0].i not in cues and not any(s < t.content[0][1] and t.content[0][0] < e
                                                         for s, e in segments)]
    return candidates + extra


#: participles of the writer's own gloss: '"...," he said, referring to the rebels' tells what the
#: quote was about, not something the speaker said
GLOSS_PARTICIPLES = frozenset({"refer"})
#: verbs of turning down or taking on, and the people in a role one turns down or takes on ("rejected
#: the mediator" is an act toward a person; "rejected the offer" still tells a stance)
REFUSING_PEOPLE = frozenset({"reject", "accept", "refuse", "dismiss", "welcome"})
PERSON_ROLES = frozenset({"mediator", "envoy", "negotiator", "candidate", "nominee", "appointee", "ambassador",
                          "arbitrator", "monitor", "observer", "representative", "emissary", "intermediary"})

#: verbs of naming: words only with what something is called ("called the plan a disgrace", "dubbed it
#: 'new Fenwick'", "branded the payout as theft"); "called the police", "named a new chief" are acts
NAMING_VERBS = frozenset({"call", "name", "label", "brand", "term", "dub"})


def _no_saying(candidate: Candidate) -> bool:
    """A candidate that reports no words: the writer's "referring to X" gloss, or an object cue
    whose object is a person ("rejected Tom Vell as mediator" is an act toward Vell, not words)."""
    head = candidate.head
    if head is None:
        return False
    if head.lemma_.lower() in GLOSS_PARTICIPLES and head.tag_ == "VBG" and head.dep_ in ("advcl", "acl", "xcomp"):
        return True
    if _participle_on_counted_noun(candidate) or _asks_for_anonymity(head):
        return True
    if candidate.frame.removesuffix("-nosrc") == "obj" and candidate.lemma in NAMING_VERBS:
        if _quoted_name(head):
            return False
        return not any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or c.dep_ == "prep" and c.lower_ == "as"
                       or c.dep_ == "dobj" and any(g.dep_ == "dobj" for g in head.children if g.i != c.i)
                       for c in head.children)
    if candidate.frame == "obj" and head.lemma_.lower() in REFUSING_PEOPLE:
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        return obj is not None and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in PERSON_ROLES)
    return False


def _quoted_name(verb) -> bool:
    """A naming verb whose object is followed, inside its own phrase, by words in quotation marks: the
    parser may take the name for the object ("called the protesters "vandals"") or hang it on the object
    ("called the mess "a lesson I had to learn""); either way the quoted words are what it was called."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return False
    doc = verb.doc
    first = obj.left_edge.i
    return any(doc[i].text in QUOTE_TOKENS and doc[i].i > first and i + 1 < len(doc) and doc[i + 1].is_alpha
               for i in range(first + 1, obj.right_edge.i + 1))


#: verbs of asking, and the words of a source's asking not to be named: the condition the reporter
#: was given the words on ("asking for anonymity to speak freely", "who asked not to be named"), no words
ASKING = frozenset({"ask", "request", "seek", "demand", "insist"})
UNNAMED = frozenset({"name", "identify", "quote", "cite"})


def _asks_for_anonymity(head) -> bool:
    if head.lemma_.lower() not in ASKING:
        return False
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "for" \
                and any(g.dep_ == "pobj" and g.lemma_.lower() == "anonymity" for g in child.children):
            return True
        if child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() in UNNAMED \
                and any(g.dep_ == "neg" for g in child.children):
            return True
    return False


def _participle_on_counted_noun(candidate: Candidate) -> bool:
    """A participle between a number and its noun that the parser took for a verb with the number as
    its subject ("60 pledged delegates were at stake", "12 elected members"): no one speaks."""
    head, source = candidate.head, candidate.source_tokens
    if head.tag_ not in ("VBD", "VBN") or len(source) != 1 or source[0].pos_ != "NUM" \
            or source[0].i != head.i - 1 or head.i + 1 >= len(head.doc):
        return False
    noun = head.doc[head.i + 1]
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != head.i


def _answer_line(candidate: Candidate, answer_lines: Sequence[tuple[int, int]]) -> bool:
    """An interview's "A: ..." line: attributed by layout, whatever the cue model says of a colon."""
    at = candidate.cue_tokens[0].idx
    return candidate.frame.startswith("colon-line") and any(start <= at < end for start, end in answer_lines)


def _turn_line(candidate: Candidate, turn_colons: frozenset) -> bool:
    """A transcript's "NAME: ..." line (``transcripts``): attributed by layout."""
    return candidate.frame.startswith("colon-line") and candidate.cue_tokens[0].idx in turn_colons


FIRST_PERSON = frozenset("i we my our me us".split())  # the line's speaker reporting themselves


def _without_datelines(candidates: list[Candidate], turn_colons: frozenset = frozenset()) -> list[Candidate]:
    """A ``NAME: text`` line whose text reports someone else's words with a speaker of their own
    ("BRISKVILLE: The council said ...", "Poll: voters see ...") is a dateline or a headline
    label, not a transcript line -- but an interview's answer ("A: ...") stays one."""
    cues = sorted(c.cue_tokens[0].idx for c in candidates
                  if c.source_tokens and not c.frame.startswith(("colon-line", "byline"))
                  and c.source_tokens[0].lower_ not in FIRST_PERSON)

    def reports_another(candidate: Candidate) -> bool:
        for start, end in candidate.content:
            k = bisect_left(cues, start)
            if k < len(cues) and cues[k] < end:
                return True
        return False

    return [c for c in candidates if not (c.frame.startswith("colon-line") and reports_another(c)
                                          and [t.text for t in c.source_tokens] != ["A"]
                                          and not _turn_line(c, turn_colons))]


def propose_candidates(doc, quotes: SpanIndex[Quote] | Sequence[Quote]) -> list[Candidate]:
    """Every cue-like construction with its source and content, before any selection.

    What the cue lexicon and model are learned from (``scripts/train_cues.py``).
    """
    quotes = SpanIndex.of(quotes)
    paragraphs = _paragraph_starts(text_of(doc))
    inside = _quoted_tokens(doc, quotes)
    out = []
    for candidate in [*cue_candidates(doc), *speaker_line_candidates(doc, quotes)]:
        candidate.content = with_parallel_items(doc, candidate.content)
        candidate = _within_paragraph(doc, candidate, paragraphs)
        if not candidate.content:
            continue
        candidate = with_quotes(doc, candidate, quotes)
        if candidate.content:
            candidate.quoted = candidate.cue_tokens[0].i in inside
            out.append(candidate)
    link_parents(out)
    return out


def link_parents(candidates: list[Candidate]) -> None:
    """Each candidate's parent: the candidate with the narrowest content containing its cue
    (ties: the earlier candidate). One sweep over the cues in text order with a heap of the
    content segments begun so far, narrowest first; segments that ended are dropped for good."""
    segments = sorted((s, e, k) for k, c in enumerate(candidates) for s, e in c.content)
    cues = sorted((c.cue_tokens[0].idx, k) for k, c in enumerate(candidates))
    heap: list[tuple[int, int, int, int]] = []  # (length, owner, start, end)
    j = 0
    for cue_at, k in cues:
        while j < len(segments) and segments[j][0] <= cue_at:
            s, e, owner = segments[j]
            heapq.heappush(heap, (e - s, owner, s, e))
            j += 1
        own = []
        parent = None
        while heap:
            top = heap[0]
            if top[3] <= cue_at:
                heapq.heappop(heap)  # ended before this cue, so before every later one
            elif top[1] == k:
                own.append(heapq.heappop(heap))  # the candidate's own content: set aside
            else:
                parent = candidates[top[1]]
                break
        for item in own:
            heapq.heappush(heap, item)
        candidates[k].parent = parent


def without_passed_on(candidates: list[Candidate]) -> list[Candidate]:
    """An "according to Y" on a clause whose own verb is a speech cue with a source ("X says A, according
    to Y", "According to Y, X wrote that A") only passes on X's words: X's statement is the one kept (the
    outer one would show Y as the speaker of what X said)."""
    verbs = resources.speech_verbs()
    cue_heads = {c.head.i for c in candidates
                 if c.lemma != "according" and c.source_tokens and c.head is not None and not c.quoted
                 and c.head.pos_ == "VERB" and c.head.lemma_.lower() in verbs}

    def passes_on(candidate: Candidate) -> bool:
        if candidate.lemma != "according" or candidate.head is None:
            return False
        clause = according_clause(candidate.head)
        return clause is not None and clause.i in cue_heads

    return [c for c in candidates if not passes_on(c)]


def suppress_overlaps(candidates: list[Candidate], selector: Selector) -> list[Candidate]:
    """One statement per stretch of content: of candidates whose contents share more than half
    of each one's characters (the same clause reached from two cues, or a nested cue that
    spans most of its parent's content), the one the selector rates highest is kept. A nested
    cue noun the selector is certain of ("rejected the claim by X that ...") stays beside its
    parent. Kept contents are filed by stretches of text, so each candidate is compared only
    with the kept ones near it."""
    ranked = sorted(enumerate(candidates), key=lambda ic: (-selector.score(ic[1]), ic[0]))
    buckets: dict[int, list[int]] = {}  # stretch of BUCKET characters -> kept candidates touching it
    kept: list[tuple[int, Candidate, set]] = []
    for index, candidate in ranked:
        chars = {i for s, e in candidate.content for i in range(s, e)}
        stretches = {b for s, e in candidate.content for b in range(s // BUCKET, (e - 1) // BUCKET + 1)}
        sure = candidate.frame == "noun" and candidate.parent is not None and selector.certain(candidate)
        if not sure:
            near = {k for b in stretches for k in buckets.get(b, ())}
            if any(2 * len(chars & kept[k][2]) > len(chars) and 2 * len(chars & kept[k][2]) > len(kept[k][2])
                   for k in near):
                continue
        for b in stretches:
            buckets.setdefault(b, []).append(len(kept))
        kept.append((index, candidate, chars))
    return [c for _, c, _ in sorted(kept, key=lambda k: k[0])]


def _quoted_tokens(doc, quotes: SpanIndex[Quote]) -> set:
    inside: set[int] = set()
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start + 1, span.end - 1))
    return inside


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _bounds(doc, starts: list[int], k: int) -> tuple[int, int]:
    return starts[k], (starts[k + 1] - 1 if k + 1 < len(starts) else len(text_of(doc)))


def _ends_paragraph(doc, candidate: Candidate, next_start: int) -> bool:
    """Whether only the colon after the cue stands between the cue clause and the next paragraph."""
    last = max(t.idx + len(t.text) for t in [*candidate.cue_tokens, *candidate.source_tokens])
    rest = text_of(doc)[last:next_start]
    return rest.rstrip().endswith(":") and ":" in rest and not rest.split(":", 1)[1].strip() \
        and len(rest.split(":", 1)[0]) < 120


def _within_paragraph(doc, candidate: Candidate, starts: list[int]) -> Candidate:
    """Content and source cut to the cue's paragraph: the parser's sentences may run over a
    paragraph break, a statement does not (quotes over several paragraphs are added later).
    A cue clause that ends its paragraph with a colon ("X, who ..., said:") introduces the next
    paragraph: that is the content's paragraph; a handle line signs the one before it (``speaker_lines``)."""
    cue_at = candidate.cue_tokens[0].idx
    k = bisect_right(starts, cue_at) - 1
    own = k
    if candidate.frame.startswith("colon") and candidate.content and k + 1 < len(starts) \
            and candidate.content[0][0] >= starts[k + 1] and _ends_paragraph(doc, candidate, starts[k + 1]):
        k = bisect_right(starts, candidate.content[0][0]) - 1
    elif candidate.frame == POST and candidate.content:
        # a post's words are its own paragraph's: "@janeroe." signs the paragraph above it, and a post tag
        # may break its line before the words ('<tweet author="@janeroe" date="...\n">TEXT<tweet/>')
        k = bisect_right(starts, candidate.content[0][0]) - 1
    low, high = _bounds(doc, starts, k)
    content = []
    for start, end in candidate.content:
        start, end = max(start, low), min(end, high)
        text = text_of(doc)[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        if end > start:
            content.append((start, end))
    candidate.content = content
    low, high = _bounds(doc, starts, own)
    if candidate.source_tokens and not all(low <= t.idx < high for t in candidate.source_tokens):
        candidate.source_tokens = [t for t in candidate.source_tokens if low <= t.idx < high]
        candidate.source = token_range(candidate.source_tokens)
    return candidate
