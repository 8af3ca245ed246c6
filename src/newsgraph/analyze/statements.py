"""Statements: who said what, direct and reported speech, with cue, source and content spans.

The extractor reads the dependency parse; it never re-parses. Each statement is found
from its cue:

* a cue verb with a clausal complement, after or before it ("X said that ...",
  "..., X said", "..., said X", "X told reporters ..."), or with an object / object plus
  infinitive / prepositional object where the lexicon has learned that frame is an
  attribution ("X backs the plan", "X called for a ban");
* a participle or conjoined verb without a subject of its own (", noting that ...",
  "and added that ...") takes the subject of the clause it hangs off;
* ``according to X``;
* a cue noun with a that-clause ("X's comment that ...", "the claim by X that ...");
* quotes: a content that starts or ends inside a quote takes the whole quote (a quote
  over several sentences is one statement), the second half of a quote split around its
  cue ("A," he said, "B.") is added as a second content span, and a quote paragraph with
  no cue of its own is added to the statement just before it.

Content spans never include the cue or the source; trailing punctuation outside quotes is
dropped. Which verbs count as cues is the lexicon's business (``analyze.cues``).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.analyze.cues import default_selector
from newsgraph.analyze.dates import date_of_sentence
from newsgraph.analyze.quotes import QUOTE_TOKENS, Quote, find_quotes
from newsgraph.model import DateRef, Span, Statement

SUBJECTS = ("nsubj",)
CLAUSE_DEPS = ("ccomp",)
OBJECT_DEPS = ("dobj", "xcomp", "oprd", "attr", "dative")
CUE_PARTS = ("aux", "auxpass", "neg", "prt")
# Clauses a participle or conjoined cue can hang off while sharing the main clause's subject.
SUBJECT_SHARING = ("advcl", "conj", "xcomp", "acl")
EDGE_PUNCT = set(".,;:!?-–—―()[]") | {"...", "--"}
PRONOUN_LIKE = ("it", "this", "that", "which", "what", "there")


@dataclass
class Candidate:
    """An attribution before ids, speakers and dates are assigned (token-level spans)."""

    cue_tokens: list
    source: Optional[tuple[int, int]]  # token range [start, end)
    content: list[tuple[int, int]]  # character ranges
    frame: str
    lemma: str
    source_tokens: list = field(default_factory=list)
    head: object = None  # the cue's head token
    quoted: bool = False  # the cue stands inside a quote
    parent: Optional["Candidate"] = None  # the candidate whose content holds this one's cue

    @property
    def key(self) -> tuple[str, str]:
        """(lemma, frame) as the lexicon knows it; "-q" marks a cue inside a quote."""
        return self.lemma, self.frame + ("-q" if self.quoted else "")


def find_statements(doc, actors, dates: list[DateRef], published: Optional[str],
                    selector=None, warnings: Optional[list[str]] = None) -> list[Statement]:
    """Every attribution in ``doc`` as a Statement, ids S1, S2... in text order.

    ``actors.resolve(span)`` turns the source mention into a speaker id (None when it cannot);
    ``dates`` give each statement its sentence's date, else ``published``. Unpaired quote
    marks are reported in ``warnings`` (when given) and do not stop the rest. ``selector``
    decides which candidates are attributions (default: the shipped cue model).
    """
    quotes, quote_warnings = find_quotes(doc.text)
    if warnings is not None:
        warnings.extend(quote_warnings)
    candidates = find_candidates(doc, selector or default_selector(), quotes)
    return [_statement(doc, i + 1, c, quotes, actors, dates, published) for i, c in enumerate(candidates)]


def find_candidates(doc, selector, quotes: list[Quote]) -> list[Candidate]:
    """The candidates ``selector.accepts(candidate)`` keeps, quotes completed, in text order."""
    candidates = [c for c in propose_candidates(doc, quotes) if selector.accepts(c)]
    candidates = _suppress_overlaps(candidates, selector)
    candidates = _attach_uncued_quotes(doc, candidates, quotes)
    candidates.sort(key=lambda c: min([c.cue_tokens[0].idx] + [s for s, _ in c.content]))
    return candidates


def propose_candidates(doc, quotes: list[Quote]) -> list[Candidate]:
    """Every cue-like construction with its source and content, before any selection.

    What the cue lexicon and model are learned from (``scripts/train_cues.py``).
    """
    paragraphs = _paragraph_starts(doc.text)
    inside = _quoted_tokens(doc, quotes)
    out = []
    for candidate in _cue_candidates(doc):
        candidate = _within_paragraph(doc, candidate, paragraphs)
        if not candidate.content:
            continue
        candidate = _with_quotes(doc, candidate, quotes)
        if candidate.content:
            candidate.quoted = candidate.cue_tokens[0].i in inside
            out.append(candidate)
    _link_parents(out)
    return out


def _link_parents(candidates: list[Candidate]) -> None:
    """Each candidate's parent: the candidate with the narrowest content containing its cue."""
    for candidate in candidates:
        cue_at = candidate.cue_tokens[0].idx
        best = None
        for other in candidates:
            if other is candidate:
                continue
            for s, e in other.content:
                if s <= cue_at < e and (best is None or e - s < best[0]):
                    best = (e - s, other)
        candidate.parent = best[1] if best else None


# ---------------------------------------------------------------- candidates from cues

def _cue_candidates(doc):
    for token in doc:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            candidate = _according_to(doc, token)
            if candidate:
                yield candidate
        elif token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            yield from _verb_candidates(doc, token)
        elif token.pos_ in ("NOUN", "PROPN"):
            candidate = _noun_candidate(doc, token)
            if candidate:
                yield candidate


def _quoted_tokens(doc, quotes: list[Quote]) -> set:
    inside = set()
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start + 1, span.end - 1))
    return inside


def _verb_candidates(doc, verb):
    source = _source_of(verb)
    suffix = "" if source else "-nosrc"
    lemma = verb.lemma_.lower()

    def candidate(content, frame, cue=None):
        return Candidate(cue or _cue_tokens(verb), _token_range(source), content, frame + suffix, lemma,
                         source or [], verb)

    colon = _colon_after(verb)
    if colon is not None:
        if colon.i + 1 < colon.sent.end:
            yield candidate([_char_range(doc, colon.i + 1, colon.sent.end)], "colon")
        return
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    if clauses:
        yield candidate(_clause_content(doc, verb, clauses, source), "ccomp")
        return
    inverted = _inverted_clause(verb)
    if inverted is not None:
        yield candidate(_clause_content(doc, verb, [inverted], source, exclude_subtree=verb), "ccomp")
        return
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i]
    if objects:
        if not _is_bare_pronoun(objects[0]):
            yield candidate(_objects_content(doc, verb, objects), "obj")
        return
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
             and any(g.dep_ == "pobj" for g in c.children)]
    if preps:
        prep = preps[0]
        pobj = [g for g in prep.children if g.dep_ == "pobj"]
        content = [_char_range(doc, pobj[0].left_edge.i, prep.right_edge.i + 1)]
        yield candidate(content, f"prep:{prep.lower_}", _cue_tokens(verb) + [prep])


def _colon_after(verb):
    """The colon right after a cue and its objects ('X said:', 'X told reporters:'), if any."""
    i = verb.i + 1
    doc = verb.doc
    while i < len(doc) and (doc[i].dep_ in CUE_PARTS or doc[i].head is verb and doc[i].dep_ in
                            ("dobj", "dative", "npadvmod", "advmod", "prep") and doc[i].i < verb.i + 8):
        i = doc[i].right_edge.i + 1
    if i < len(doc) and doc[i].text == ":":
        return doc[i]
    return None


def _inverted_clause(verb):
    """The clause a cue verb interrupts or follows ('"A," he said', 'A, said X'), if any.

    The parser often makes the quoted clause the root and the cue a parataxis/ccomp
    of it; the content is then the root's clause without the cue's own subtree.
    """
    if verb.dep_ not in ("parataxis", "ccomp") or verb.head is verb or verb.i < verb.head.i:
        return None
    if not any(c.dep_ in SUBJECTS for c in verb.children) or any(c.dep_ == "mark" for c in verb.children):
        return None
    # The cue clause must be set off by punctuation from the clause it reports.
    left = verb.left_edge
    before = verb.doc[left.i - 1] if left.i > 0 else None
    if before is not None and before.is_punct:
        head = verb.head
        # "A, but B, the source added": the report is the whole coordination, not just B
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        return head
    return None


def _according_to(doc, according) -> Optional[Candidate]:
    to = next(c for c in according.children if c.lower_ == "to")
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    head = according.head
    if head is according:
        return None
    source = list(pobj[0].subtree)
    clause_tokens = [t for t in head.subtree if not (according.left_edge.i <= t.i <= according.right_edge.i)]
    content = _token_segments(doc, clause_tokens)
    cue = [according, to]
    return Candidate(cue, (source[0].i, source[-1].i + 1), content, "according", "according", source, according)


def _noun_candidate(doc, noun) -> Optional[Candidate]:
    """'X's claim that ...', 'the claim by X that ...', 'the assertion from X that ...'."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")
               and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not clauses:
        return None
    source = None
    for child in noun.children:
        if child.dep_ == "poss":
            source = [t for t in child.subtree if t.dep_ != "case"]
        elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and child.i < clauses[0].i:
            pobj = [g for g in child.children if g.dep_ == "pobj"]
            if pobj:
                source = list(pobj[0].subtree)
    if source and all(t.lower_ in PRONOUN_LIKE for t in source):
        source = None
    frame = "noun" + ("" if source else "-nosrc")
    clause = clauses[0]
    content = [_char_range(doc, clause.left_edge.i, clause.right_edge.i + 1)]
    return Candidate([noun], _token_range(source), content, frame, noun.lemma_.lower(), source or [], noun)


# ---------------------------------------------------------------- sources, cues, contents

def _source_of(verb, depth: int = 0) -> Optional[list]:
    """The subject mention of a cue verb, inherited from the governing clause when it has none."""
    # an inherited subject may be a passive one ("X's attempts, noting ..., were welcomed")
    subjects = SUBJECTS if depth == 0 else SUBJECTS + ("nsubjpass",)
    for child in verb.children:
        if child.dep_ in subjects:
            if child.lower_ in PRONOUN_LIKE and child.lower_ not in ("which", "that"):
                return None  # expletive or non-human pronoun: "it said", "there are"
            return _trim_mention(list(child.subtree))
    if depth < 3 and verb.dep_ in SUBJECT_SHARING and verb.head is not verb:
        head = verb.head
        if _is_reporting_participle(verb) and head.dep_ == "ccomp" and head.head is not head:
            head = head.head  # "X said A, adding that B": X adds
        if head.pos_ in ("NOUN", "PROPN"):
            # "X's attempts ..., noting that ...": the possessor is the one noting.
            poss = _possessor(head)
            if verb.dep_ in ("acl", "advcl") and poss:
                return _trim_mention([t for t in poss.subtree if t.dep_ != "case"])
            return None
        inherited = _source_of(head, depth + 1)
        if inherited and verb.dep_ in ("advcl", "acl"):
            subject_head = _mention_head(inherited)
            poss = _possessor(subject_head)
            if subject_head.pos_ == "NOUN" and poss and not _is_person_noun(subject_head):
                return _trim_mention([t for t in poss.subtree if t.dep_ != "case"])
        return inherited
    return None


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


def _is_person_noun(token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ == "PROPN"


def _trim_mention(tokens: list) -> Optional[list]:
    """A mention without edge punctuation and without a relative clause hanging off it."""
    if not tokens:
        return None
    head = _mention_head(tokens)
    cut = [c for c in head.children if c.dep_ in ("relcl",) and c.i > head.i]
    if cut:
        tokens = [t for t in tokens if t.i < cut[0].left_edge.i]
    while tokens and (tokens[-1].is_punct or tokens[-1].text in QUOTE_TOKENS):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].text in QUOTE_TOKENS):
        tokens = tokens[1:]
    return tokens or None


def _cue_tokens(verb) -> list:
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


def _clause_content(doc, verb, clauses, source, exclude_subtree=None) -> list[tuple[int, int]]:
    excluded = set()
    for t in source or []:
        excluded.add(t.i)
    for t in _cue_tokens(verb):
        excluded.add(t.i)
    if exclude_subtree is not None:
        excluded.update(t.i for t in exclude_subtree.subtree)
    for clause in clauses:
        for participle in _reporting_participles(clause):
            excluded.update(t.i for t in participle.subtree)
            excluded.add(participle.i - 1)
    segments = []
    for clause in clauses:
        tokens = [t for t in clause.subtree if t.i not in excluded]
        if exclude_subtree is not None:
            # the reported clause is the whole head clause minus the cue clause
            tokens = [t for t in clause.subtree if t.i not in excluded]
        segments.extend(_token_segments(doc, tokens))
    # a following conjoined that-clause belongs to the same content ("... that A, and that B")
    for conj in verb.children:
        if conj.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in conj.children):
            segments.extend(_token_segments(doc, [t for t in conj.subtree if t.i not in excluded]))
    return _merge(doc, segments)


def _reporting_participles(clause) -> list:
    """', underscoring that ...' hanging off a reported clause: a cue of its own, not content.

    The parser attaches a trailing participle to the nearest verb; when it reports a clause
    of its own it belongs to the main clause's speaker ("X said A, adding that B").
    """
    return [c for c in clause.children if _is_reporting_participle(c)]


def _is_reporting_participle(token) -> bool:
    return (token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > 0
            and token.doc[token.i - 1].text == "," and any(c.dep_ == "ccomp" for c in token.children))


def _objects_content(doc, verb, objects) -> list[tuple[int, int]]:
    last = max(objects, key=lambda t: t.right_edge.i)
    return [_char_range(doc, objects[0].left_edge.i, last.right_edge.i + 1)]


def _is_bare_pronoun(token) -> bool:
    return token.pos_ == "PRON" and token.n_lefts == 0 and token.n_rights == 0


def _token_segments(doc, tokens) -> list[tuple[int, int]]:
    """Character ranges of maximal runs of consecutive tokens, edge punctuation trimmed."""
    indices = sorted(set(t.i for t in tokens))
    runs, run = [], []
    for i in indices:
        if run and i != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(i)
    if run:
        runs.append(run)
    segments = []
    for run in runs:
        start, end = run[0], run[-1] + 1
        while start < end and _edge_punct(doc[start]):
            start += 1
        while end > start and _edge_punct(doc[end - 1]):
            end -= 1
        if end > start:
            segments.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return segments


def _edge_punct(token) -> bool:
    """Punctuation and dangling conjunctions that never begin or end a content span."""
    return (token.text in EDGE_PUNCT or (token.is_punct and token.text not in QUOTE_TOKENS)
            or token.dep_ == "cc")


def _char_range(doc, start: int, end: int) -> tuple[int, int]:
    """Characters of tokens [start, end), edge punctuation (not quote marks) trimmed."""
    while start < end - 1 and _edge_punct(doc[start]):
        start += 1
    while end > start + 1 and _edge_punct(doc[end - 1]):
        end -= 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _merge(doc, segments) -> list[tuple[int, int]]:
    """Sorted segments, those separated only by white space joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(segments):
        if out and (start <= out[-1][1] or not doc.text[out[-1][1]:start].strip()):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _token_range(tokens) -> Optional[tuple[int, int]]:
    if not tokens:
        return None
    return tokens[0].i, tokens[-1].i + 1


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _within_paragraph(doc, candidate: Candidate, starts: list[int]) -> Candidate:
    """Content and source cut to the cue's paragraph: the parser's sentences may run over a
    paragraph break, a statement does not (quotes over several paragraphs are added later)."""
    cue_at = candidate.cue_tokens[0].idx
    k = bisect_right(starts, cue_at) - 1
    low, high = starts[k], (starts[k + 1] - 1 if k + 1 < len(starts) else len(doc.text))
    content = []
    for start, end in candidate.content:
        start, end = max(start, low), min(end, high)
        text = doc.text[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        if end > start:
            content.append((start, end))
    candidate.content = content
    if candidate.source_tokens and not all(low <= t.idx < high for t in candidate.source_tokens):
        candidate.source_tokens = [t for t in candidate.source_tokens if low <= t.idx < high]
        candidate.source = _token_range(candidate.source_tokens)
    return candidate


# ---------------------------------------------------------------- quotes

def _with_quotes(doc, candidate: Candidate, quotes: list[Quote]) -> Candidate:
    """Contents that start or end inside a quote take the whole quote; cue and source stay out."""
    if not quotes:
        return candidate
    cue_start = candidate.cue_tokens[0].idx
    cue_end = candidate.cue_tokens[-1].idx + len(candidate.cue_tokens[-1].text)
    blocked = [(cue_start, cue_end)]
    if candidate.source_tokens:
        s = candidate.source_tokens
        blocked.append((s[0].idx, s[-1].idx + len(s[-1].text)))
    content = []
    for start, end in candidate.content:
        for quote in quotes:
            if quote.end <= start or quote.start >= end + 3:
                continue
            if any(quote.start < b_end and b_start < quote.end for b_start, b_end in blocked):
                continue  # the cue is quoted itself: a quote inside a quote, leave it
            if quote.start < start < quote.end or (quote.start <= start and quote.end > end):
                start = min(start, quote.start)
            if quote.start < end < quote.end or (start <= quote.start and quote.end > end
                                                  and not doc.text[end:quote.end - 1].strip(",.;:!? ")):
                end = max(end, quote.end)
        content.append((start, end))
    candidate.content = _merge(doc, content)
    _add_split_quote(doc, candidate, quotes, blocked)
    return candidate


def _add_split_quote(doc, candidate: Candidate, quotes: list[Quote], blocked) -> None:
    """'"A," he said, "B."': the quote right after the cue is the rest of the same content."""
    last_end = candidate.content[-1][1] if candidate.content else 0
    cue_end = max(b[1] for b in blocked)
    if last_end > cue_end:
        return
    following = next((q for q in quotes if q.start >= cue_end), None)
    if following is None or not candidate.content:
        return
    between = doc.text[cue_end:following.start]
    first_quote = next((q for q in quotes if q.start <= candidate.content[0][0] < q.end), None)
    if first_quote is None or len(between) > 40 or "\n" in between:
        return
    # only commas, the cue's adverbs or a time phrase may stand between cue and second half
    if between.strip() in ("", ",", ":") or between.strip().endswith(","):
        candidate.content.append((following.start, following.end))


def _attach_uncued_quotes(doc, candidates: list[Candidate], quotes: list[Quote]) -> list[Candidate]:
    """A quote with no cue of its own, right after a statement, continues that statement.

    '"A," he said. "B."' and a quote paragraph after a quoted statement: B is the same
    speaker's. The quote must begin a sentence, and nothing but the previous statement's
    own words (or a short phrase of its cue clause) may stand between them.
    """
    if not quotes:
        return candidates
    text = doc.text
    covered = [(s, e) for c in candidates for s, e in c.content]
    cues = sorted(c.cue_tokens[0].idx for c in candidates)
    for quote in quotes:
        if any(2 * (min(e, quote.end) - max(s, quote.start)) >= quote.end - quote.start for s, e in covered):
            continue
        if not _begins_sentence(text, quote.start):
            continue
        previous = [c for c in candidates if _last_char(c) <= quote.start]
        if not previous:
            continue
        last = max(previous, key=_last_char)
        if not any(q.start < e and s < q.end for s, e in last.content for q in quotes):
            continue  # continues only a statement that quotes
        gap = text[_last_char(last):quote.start]
        if any(_last_char(last) <= cue < quote.start for cue in cues):
            continue  # another statement's cue stands between: the quote is not a continuation
        if "\n" in gap and (gap.strip(" \t\r\n.,:;") or not _is_paragraph(text, quote) or gap.count("\n") > 2):
            continue  # across a paragraph break only a whole quote paragraph continues
        if len(gap.strip()) > 40:
            continue
        last.content.append((quote.start, quote.end))
        covered.append((quote.start, quote.end))
    return candidates


def _last_char(c: Candidate) -> int:
    ends = [e for _, e in c.content] + [c.cue_tokens[-1].idx + len(c.cue_tokens[-1].text)]
    if c.source_tokens:
        ends.append(c.source_tokens[-1].idx + len(c.source_tokens[-1].text))
    return max(ends)


def _begins_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?:\n" or text[before.rfind("\n") + 1:position].strip() == ""


def _is_paragraph(text: str, quote: Quote) -> bool:
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:quote.start].strip() and len(text[quote.end:line_end].strip()) <= 1


def _suppress_overlaps(candidates: list[Candidate], selector) -> list[Candidate]:
    """One statement per stretch of content: of candidates whose contents share more than half
    of each one's characters (the same clause reached from two cues, or a nested cue that
    spans most of its parent's content), the one the selector rates highest is kept. A nested
    cue the selector is certain of ("the claim by X that ...") stays beside its parent."""
    score = getattr(selector, "score", None)
    certain = getattr(selector, "certain", None)
    ranked = sorted(enumerate(candidates), key=lambda ic: (-(score(ic[1]) if score else 0.0), ic[0]))
    kept: list[tuple[int, Candidate, set]] = []
    for index, candidate in ranked:
        chars = {i for s, e in candidate.content for i in range(s, e)}
        sure = certain is not None and certain(candidate) and candidate.parent is not None
        if not sure and any(2 * len(chars & other) > len(chars) and 2 * len(chars & other) > len(other)
                            for _, _, other in kept):
            continue
        kept.append((index, candidate, chars))
    return [c for _, c, _ in sorted(kept, key=lambda k: k[0])]


# ---------------------------------------------------------------- statements

def _statement(doc, number: int, c: Candidate, quotes: list[Quote], actors, dates, published) -> Statement:
    text = doc.text
    source_span = None
    speaker = None
    if c.source is not None:
        span = doc[c.source[0]:c.source[1]]
        source_span = Span.from_spacy(span)
        actor = actors.resolve(span) if actors is not None else None
        speaker = actor.id if actor is not None else None
    cue = doc[c.cue_tokens[0].i:c.cue_tokens[-1].i + 1]
    content = [Span.of(text, s, e) for s, e in c.content]
    sent = c.cue_tokens[0].sent
    return Statement(
        id=f"S{number}", speaker=speaker, source=source_span, cue=Span.from_spacy(cue),
        content=content, kind=_kind(text, c.content, quotes), date=date_of_sentence(sent, dates, published),
    )


def _kind(text: str, content: list[tuple[int, int]], quotes: list[Quote]) -> str:
    """direct when every word of the content is quoted, mixed when some is, else indirect."""
    quoted = unquoted = 0
    for start, end in content:
        for i in range(start, end):
            if not text[i].isalnum():
                continue
            if any(q.start <= i < q.end for q in quotes):
                quoted += 1
            else:
                unquoted += 1
    if quoted and not unquoted:
        return "direct"
    if quoted:
        return "mixed"
    return "indirect"
