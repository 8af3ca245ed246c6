"""How quotes complete a candidate's content.

* a content that starts or ends inside a quote takes the whole quote (a quote over several
  sentences is one statement); the cue and the source stay out;
* '"A," he said, "B."': the quote right after the cue is the rest of the same content (also after a
  content that ends in a quote opened inside its sentence, 'The "A," he said, "and B."');
* a quote with no cue of its own right after a quoted statement continues it: the second
  half of a quote split around its cue ('"A," he said. "B."'), or a quote paragraph;
* a quote still without a speaker that opens its paragraph belongs to the statement of the very
  next sentence ('"A." Union leader Ana Marek said B.').
"""
from __future__ import annotations

from bisect import bisect_left

from newsgraph.analyze import resources
from newsgraph.analyze.span_index import SpanIndex
from newsgraph.analyze.statements.constructions import Candidate
from newsgraph.analyze.statements.cue_clauses import titled_quote
from newsgraph.analyze.statements.quotes import Quote, blank_back, opens_line
from newsgraph.analyze.statements.segments import merge_segments
from newsgraph.nlp.text import text_of


def with_quotes(doc, candidate: Candidate, quotes: SpanIndex[Quote]) -> Candidate:
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
        for quote in quotes.onward(start):  # the quotes before end at or before the content's start
            if quote.start >= end + 3:
                break  # and so do all after it: the content grows only by a quote it reaches
            if quote.end <= start:
                continue
            if any(quote.start < b_end and b_start < quote.end for b_start, b_end in blocked):
                continue  # the cue is quoted itself: a quote inside a quote, leave it
            if quote.start < start < quote.end or (quote.start <= start and quote.end > end):
                start = min(start, quote.start)
            if quote.start < end < quote.end or (start <= quote.start and quote.end > end
                                                  and not text_of(doc)[end:quote.end - 1].strip(",.;:!? ")):
                end = max(end, quote.end)
        content.append((start, end))
    candidate.content = merge_segments(doc, content)
    _add_split_quote(doc, candidate, quotes, blocked)
    _add_first_half(doc, candidate, quotes, blocked)
    _preposed_quote(doc, candidate, quotes, blocked)
    return candidate


#: words that open a reported clause of the cue's own
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _preposed_quote(doc, candidate: Candidate, quotes: SpanIndex[Quote], blocked) -> None:
    """'"A," Sanders said in an interview aired Monday on "New Day."': a quote that opens the sentence and
    ends in a comma right before the cue clause is what the cue reports, however the parser hung it (an
    adverbial clause, and a participle after the cue as the reported clause). Unquoted words after the
    cue are the writer's; quotes after it stay (the second half, a quote paragraph)."""
    text = text_of(doc)
    if len(blocked) < 2 or not candidate.content or text[min(b[1] for b in blocked):max(b[0] for b in blocked)].strip():
        return  # a cue clause of source and cue alone ("X said"), not '"A," X said, noting ...' from "noting"
    clause_start = min(b[0] for b in blocked)
    before = [q for q in quotes.overlapping(max(0, clause_start - 2000), clause_start) if q.end <= clause_start]
    if not before:
        return
    first = before[-1]
    gap = text[first.end:clause_start]
    if gap.strip() or "\n" in gap or _closing_char(text, first) not in (",", "?", "!") \
            or not _begins_sentence(text, first.start):
        return
    cue_end = max(b[1] for b in blocked)
    rest = [(s, e) for s, e in candidate.content if s >= cue_end]
    if not rest or any(s < cue_end for s, _ in candidate.content if not first.start <= s < first.end):
        return  # content before the cue other than the quote: the parse reads more than '"A," X said'
    unquoted = [(s, e) for s, e in rest if not any(q.contains(s, e) for q in quotes.overlapping(s, e))
                and text[s:e].split(None, 1)[0].lower() not in COMPLEMENTIZERS]
    # '"It's our bad luck," he said, that both men had been there': a clause of its own goes on reporting
    if unquoted:
        candidate.content = merge_segments(doc, [(first.start, first.end)]
                                           + [(s, e) for s, e in rest if (s, e) not in unquoted])


def _closing_char(text: str, quote: Quote) -> str:
    """The last character inside a quote's closing marks: the "," of '"A,"' (an utterance that goes on), "."."""
    return text[quote.start:quote.end].rstrip("\"”’' ")[-1:]


def without_lead_in(text: str, content: list[tuple[int, int]], quotes: SpanIndex[Quote], cue_start: int) -> list:
    """'X defends her record in an ad: "A," the senator says': the writer's lead-in before a colon
    is no part of the quote the cue after it reports (the parser hangs it inside the quoted clause).
    Applied to a selected statement's content (selection weighs the content as parsed)."""
    return [_lead_in_cut(text, start, end, quotes, cue_start) for start, end in content]


def without_closing_tail(text: str, content: list[tuple[int, int]], quotes: SpanIndex[Quote], head=None) -> list:
    """'Sanders said, "We will see," when asked whether ...'; 'Trump said: "There will be exceptions," the
    Times reported': a content that opens with a quoted utterance closed by its own punctuation ends
    with it. Unquoted words the parser hung on the quoted clause after its closing mark are the
    writer's (a question put, a second attribution), not the speaker's. A fragment quote inside
    reported words ('called the plan "a disaster" for the city') is no utterance and keeps its rest, and
    so does a content whose words after the quote hold the clause the cue hangs on ('Titled "A," the
    video pans ...': a title, not an utterance)."""
    governors = [t.idx for t in head.ancestors] if head is not None else []
    out = []
    for start, end in content:
        cut = _tail_cut(text, start, end, quotes)
        out.append(cut if not any(cut[1] <= g < end for g in governors) else (start, end))
    return out


#: first words of a writer's phrase after a quoted fragment: a noun phrase set beside it ("a play on
#: words", "part of a verbal lashing"), a relative or as-clause of the writer's ("which critics use", "as
#: she put it")
APPOSITION_OPENERS = frozenset({"a", "an", "the", "part", "which", "as"})


def without_writers_apposition(doc, content: list[tuple[int, int]],
                               quotes: SpanIndex[Quote]) -> list[tuple[int, int]]:
    """'said he was "losing the war," part of a lashing they gave him'; 'agreed to talk with the "anchor
    baby," which backers of the wall use for ...'; 'called him a "fringe candidate," making air quotes':
    reported words that end in a quoted fragment closed by a comma end there when what follows, unquoted,
    is a noun phrase set beside the fragment, a relative or as-clause, or a participle: the writer's gloss
    on the words, not more of them. A content that opens with its quote is ``without_closing_tail``'s."""
    text = text_of(doc)
    out = []
    for start, end in content:
        inside = [q for q in quotes.overlapping(start, end) if start < q.start and q.end < end]
        last = inside[-1] if inside else None
        if last is not None and _closing_char(text, last) == "," and not quotes.overlaps(last.end, end) \
                and _writers_gloss(doc, last.end, end):
            end = last.end
        out.append((start, end))
    return out


def _writers_gloss(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    if not words:
        return False
    first = words[0]
    if first.tag_ == "VBG" and first.lower_ != "including":
        return True  # a participle: what the speaker did while saying it
    if first.lower_ not in APPOSITION_OPENERS:
        return False
    if first.lower_ in ("which", "as"):
        return True
    ids = {t.i for t in words}
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in ids and t.head.pos_ in ("VERB", "AUX")
                   and t.head.dep_ in ("ROOT", "conj", "ccomp") for t in words)


#: what a quoted utterance ends with inside its closing mark
UTTERANCE_ENDS = frozenset(",.!?")


def _tail_cut(text: str, start: int, end: int, quotes: SpanIndex[Quote]) -> tuple[int, int]:
    quote = quotes.containing(start)
    if quote is None or quote.start != start or quote.end >= end \
            or _closing_char(text, quote) not in UTTERANCE_ENDS \
            or quotes.overlaps(quote.end, end):
        return start, end
    tail = text[quote.end:end].split()
    if tail and tail[0].lower() in GOING_ON:
        return start, end  # 'Ruiz said "the plan is dead," and she would not revive it': her words go on
    return start, quote.end


#: conjunctions with which the speaker's reported words go on after a quote
GOING_ON = frozenset({"and", "but", "or", "nor", "yet"})


def _lead_in_cut(text: str, start: int, end: int, quotes: SpanIndex[Quote], cue_start: int) -> tuple[int, int]:
    for quote in quotes.overlapping(start, end):
        if start < quote.start < end <= quote.end + 2 and quote.end <= cue_start \
                and text[start:quote.start].rstrip().endswith(":"):
            return quote.start, end
    return start, end


def _add_split_quote(doc, candidate: Candidate, quotes: SpanIndex[Quote], blocked) -> None:
    """'"A," he said, "B."': the quote right after the cue is the rest of the same content."""
    last_end = candidate.content[-1][1] if candidate.content else 0
    cue_end = max(b[1] for b in blocked)
    if last_end > cue_end:
        return
    following = quotes.first_from(cue_end)
    if following is None or not candidate.content:
        return
    text = text_of(doc)
    between = text[cue_end:following.start]
    first_quote = quotes.containing(candidate.content[0][0])
    if "\n" in between:
        return
    if first_quote is None:
        # 'The "anger is like never before," he told X of Y after the debate, "and I hope ..."': a content
        # that ends with a quote opened inside its sentence goes on when the sentence resumes in quotes
        ending = quotes.containing(candidate.content[-1][1] - 1)
        if ending is None and not _unquoted_half(text, candidate.content[-1][1], min(b[0] for b in blocked),
                                                 following, between):
            return
        if ending is not None and (ending.end > candidate.content[-1][1] + 1
                                   or not _sentence_resumed(text, ending, following, between)):
            return
    elif len(between) > 40 and not _sentence_resumed(text, first_quote, following, between):
        return
    if _second_cue(doc, cue_end, following.start):
        return  # '"A," Walsh said, adding, "B."': B is what "adding" reports
    # only commas, the cue's adverbs or a time phrase may stand between cue and second half
    if between.strip() in ("", ",", ":") or between.strip().endswith(","):
        candidate.content.append((following.start, following.end))


def _second_cue(doc, start: int, end: int) -> bool:
    """Whether a speech verb of its own opens the next quote: the last word of ``start:end`` (between a
    cue and that quote) is one, only punctuation after it ("said, adding, ...", not "adding of him, ...",
    whose quote no cue of its own reports)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    return bool(words) and words[-1].pos_ == "VERB" and words[-1].lemma_.lower() in resources.speech_verbs()


#: how long a cue clause may run between the halves of one quoted sentence
LONGEST_CUE_CLAUSE = 200


def _sentence_resumed(text: str, first: Quote, following: Quote, between: str) -> bool:
    """'"Many are unsure," she wrote in a note explaining why she came, "but most agree ..."': a quote
    that ends in a comma and a quote that opens in lower case are one sentence split by however
    long a cue clause, when no sentence ends between them."""
    opening = text[following.start + 1:following.end].lstrip(" '‘")
    return len(between) <= LONGEST_CUE_CLAUSE and opening[:1].islower() \
        and _closing_char(text, first) == "," \
        and not any(mark in between for mark in ".!?\"“”")


def _unquoted_half(text: str, end: int, clause_start: int, following: Quote, between: str) -> bool:
    """'It is time for the town to be led, he said, "not only by a strong mayor, but by a kind one."': an
    unquoted reported clause that ends in a comma right before the cue clause goes on in the quote that
    opens in lower case after it, one sentence parted by the cue clause."""
    opening = text[following.start + 1:following.end].lstrip(" '‘")
    return text[end:clause_start].strip() == "," and opening[:1].islower() \
        and len(between) <= LONGEST_CUE_CLAUSE and not any(mark in between for mark in ".!?\"“”")


def _add_first_half(doc, candidate: Candidate, quotes: SpanIndex[Quote], blocked) -> None:
    """'"A," X said, "B."' found from B: the quote that ends in a comma right before the cue clause is
    the first half of the same sentence (only white space and a comma may part it from the cue
    clause, and the cue clause from B)."""
    if not candidate.content:
        return
    text = text_of(doc)
    clause_start, clause_end = min(b[0] for b in blocked), max(b[1] for b in blocked)
    parts = sorted(blocked)
    if len(blocked) < 2 or any(text[a[1]:b[0]].strip(" ,") for a, b in zip(parts, parts[1:])):
        # a cue clause of source, cue and the cue's adjuncts alone ("X said", "said X", "X, the mayor, said
        # on Monday"), not '"A," X said, adding "B"'
        return
    second = quotes.containing(candidate.content[0][0])
    if second is None or second.start < clause_end or text[clause_end:second.start].strip(" ,:") \
            or "\n" in text[clause_end:second.start]:
        return
    before = [q for q in quotes.overlapping(max(0, clause_start - 400), clause_start) if q.end <= clause_start]
    if not before:
        return
    first = before[-1]
    gap = text[first.end:clause_start]
    if gap.strip(" ,") or "\n" in gap or not (text[first.start:first.end].rstrip("\"”’'").endswith(",")
                                              or gap.strip() == ","):
        return
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is not None and titled_quote(doc, span.end - 1):
        return  # 'In an interview with "Harbour Talk," X said, "B."': a name in quote marks, no first half
    candidate.content = merge_segments(doc, [(first.start, first.end)] + candidate.content)


def attach_uncued_quotes(doc, candidates: list[Candidate], quotes: SpanIndex[Quote]) -> list[Candidate]:
    """A quote with no cue of its own, right after a statement, continues that statement.

    '"A," he said. "B."' and a quote paragraph after a quoted statement: B is the same
    speaker's. The quote must begin a sentence, and nothing but the previous statement's
    own words (or a short phrase of its cue clause) may stand between them. One pass over
    the quotes in text order, with sorted look-ups: near-linear in quotes and candidates.
    """
    if not quotes:
        return candidates
    text = text_of(doc)
    segments, starts, longest = _content_index(candidates)
    cues = sorted(c.cue_tokens[0].idx for c in candidates)
    by_end = sorted(range(len(candidates)), key=lambda k: (_last_char(candidates[k]), k))
    added = 0
    best: tuple[int, int] | None = None  # (last character, -index) of the latest statement so far
    for quote in quotes:
        if _covered(segments, starts, longest, quote):
            continue
        while added < len(by_end) and _last_char(candidates[by_end[added]]) <= quote.start:
            k = by_end[added]
            best = max(best, (_last_char(candidates[k]), -k)) if best else (_last_char(candidates[k]), -k)
            added += 1
        if best is None or not _begins_sentence(text, quote.start) or _attributed_after(doc, quote):
            continue
        index = _quoting_governor(candidates, -best[1], quotes)
        last = candidates[index]
        end = _last_char(candidates[-best[1]])
        gap = text[end:quote.start]
        k = bisect_left(cues, end)
        if k < len(cues) and cues[k] < quote.start:
            continue  # another statement's cue stands between: the quote is not a continuation
        if "\n" in gap:
            quoting = any(quotes.overlaps(s, e) for s, e in last.content)
            if not (quoting and _rest_of_cue_sentence(last, text, end, gap) or _reports_to_the_end(last, gap)) \
                    or not _is_paragraph(text, quote) or gap.count("\n") > 2:
                continue  # across a paragraph break only a quote paragraph continues a quote or a report
        elif len(gap.strip()) > 40 and text[last.cue_tokens[-1].sent.end_char:quote.start].strip():
            continue  # in the paragraph: the quote must follow the cue's sentence
        last.content.append((quote.start, quote.end))
        best = (quote.end, -index)
    _attach_to_next(doc, candidates, quotes)
    return candidates


def _quoting_governor(candidates: list[Candidate], k: int, quotes: SpanIndex[Quote]) -> int:
    """The candidate a quote after candidate ``k`` continues: ``k`` itself, unless ``k`` reports no quoted
    words and its cue hangs in the clause of a quoting cue of the same sentence ('"A," Clark said, noting
    he would back B. "C."'; '"A," she told Reuters when asked if ... "B."'): the quote goes on with the
    quoting speaker's words, not with the paraphrase or the question the writer put between them."""
    last = candidates[k]
    head = last.head
    if head is None or any(quotes.overlaps(s, e) for s, e in last.content):
        return k
    ancestors = set()
    token = head
    while token.dep_ != "conj" and token.head.i != token.i:  # "A said X and argued Y": two statements
        token = token.head
        ancestors.add(token.i)
    for j, other in enumerate(candidates):
        if j != k and other.head is not None and other.head.i in ancestors \
                and other.head.sent.start == head.sent.start \
                and any(quotes.overlaps(s, e) for s, e in other.content):
            return j
    return k


def _content_index(candidates: list[Candidate]) -> tuple[list[tuple[int, int]], list[int], int]:
    """The candidates' content segments in text order, their starts, and the longest one's length:
    what ``_covered`` looks a quote up in."""
    segments = sorted((s, e) for c in candidates for s, e in c.content)
    return segments, [s for s, _ in segments], max((e - s for s, e in segments), default=0)


def _attach_to_next(doc, candidates: list[Candidate], quotes: SpanIndex[Quote]) -> None:
    """'"A. B." Union leader Ana Marek said C.': a quote left without a speaker that opens its
    paragraph is the words of the speaker the very next sentence names (the writer quotes first,
    then says who spoke)."""
    text = text_of(doc)
    segments, starts, longest = _content_index(candidates)
    by_cue = sorted(((c.cue_tokens[0].idx, k) for k, c in enumerate(candidates)))
    cue_starts = [i for i, _ in by_cue]
    for quote in quotes:
        if not opens_line(text, quote.start) or _covered(segments, starts, longest, quote) \
                or text[quote.start:quote.end].rstrip("\"”’'")[-1:] not in (".", "!", "?"):
            continue  # a quote of full sentences (not a slogan in a sentence), opening its paragraph
        k = bisect_left(cue_starts, quote.end)
        if k == len(by_cue):
            continue
        candidate = candidates[by_cue[k][1]]
        sent = candidate.cue_tokens[0].sent
        if not candidate.source_tokens or candidate.source_tokens[0].i < sent.start \
                or text[quote.end:sent.start_char].strip() or "\n" in text[quote.end:candidate.cue_tokens[0].idx] \
                or any(s < quote.end for s, _ in candidate.content):
            continue  # the next sentence must be the cue's, in the same paragraph, naming its source
        candidate.content.insert(0, (quote.start, quote.end))


def _rest_of_cue_sentence(last: Candidate, text: str, end: int, gap: str) -> bool:
    """Whether what stands between a statement and the paragraph break after it is nothing but
    punctuation or the rest of the cue's own sentence ("on Monday", "in an interview", "referring to
    the vote in May"), with no quotation mark in it. News style gives a quote paragraph with no
    attribution of its own to the speaker of the paragraph before, however long that cue sentence runs
    on; a sentence of the writer's after it ("The council met on Monday.") breaks the chain."""
    rest = gap[:gap.index("\n")]
    if not rest.strip(" \t\r.,:;"):
        return True
    sent = last.cue_tokens[-1].sent
    return sent.end_char >= end + len(rest.rstrip()) and not any(mark in rest for mark in ("\"", "“", "”", "''"))


def _reports_to_the_end(last: Candidate, gap: str) -> bool:
    """Whether ``last`` reports a clause of a speech verb ("Carter said that the critics were wrong.")
    that runs to the end of its paragraph: a quote paragraph right after it is more of the same
    speaker's words ("That is because ..."), as after a quote; so is a quote paragraph after any cue
    sentence of a speech verb that ends its paragraph with a colon."""
    rest = gap[:gap.index("\n")]
    if rest.strip(" \t\r.,:;") or last.lemma.lower() not in resources.speech_verbs() or not last.source_tokens:
        return False
    # a cue sentence that ends its paragraph with a colon announces the quote paragraph after it, whatever
    # the parser made of the words before the colon ("X said that given the field:")
    return last.frame.removesuffix("-nosrc") == "ccomp" or rest.strip() == ":"


def _attributed_after(doc, quote: Quote) -> bool:
    """'"A," the message read.': a short clause with its own subject and verb closes the quote's
    sentence, so the quote has a source of its own even when its verb is no cue word."""
    span = doc.char_span(quote.end, len(text_of(doc)), alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    after = [t for t in doc[span.start:sent.end] if not t.is_punct and not t.is_space]
    if not after or len(after) > 8 or after[0].text in ('"', "“", "”"):
        return False
    if _closing_char(text_of(doc), quote) == "." and after[0].is_title \
            and (after[0].is_sent_start or after[0].i == span.start):
        return False  # '"A." He added, "B."': a quote closed by a full stop; the next sentence attributes B
    if len(after) < 2:
        return False
    heads = {t.i for t in after}
    # the quoted clause hangs on the words after it ("the message read", tagged a noun or not)
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is not None and any(t.dep_ in ("ccomp", "parataxis") and t.head.i in heads for t in inside):
        return True
    return any(t.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i >= span.start for c in t.children)
               for t in after)


def _covered(segments, starts, longest: int, quote: Quote) -> bool:
    """Whether one content segment covers at least half of ``quote`` (segments sorted by start)."""
    k = bisect_left(starts, quote.start - longest)
    while k < len(segments) and segments[k][0] < quote.end:
        s, e = segments[k]
        if 2 * (min(e, quote.end) - max(s, quote.start)) >= quote.end - quote.start:
            return True
        k += 1
    return False


def _last_char(c: Candidate) -> int:
    ends = [e for _, e in c.content] + [c.cue_tokens[-1].idx + len(c.cue_tokens[-1].text)]
    if c.source_tokens:
        ends.append(c.source_tokens[-1].idx + len(c.source_tokens[-1].text))
    return max(ends)


def _begins_sentence(text: str, position: int) -> bool:
    """Whether a quote at ``position`` opens a line or follows a sentence's end (a quote's own
    closing mark after the full stop counts: '"... up."  "We ...'", and so do two apostrophes, the
    closing mark of papers that write quotes as ''...''). It reads back from ``position`` only over white
    space and closing marks (``quotes.blank_back``)."""
    if opens_line(text, position):
        return True
    k = blank_back(text, position)
    if k >= 2 and text[k - 2:k] == "''":
        k -= 2
    else:
        while k and text[k - 1] in "\"”’":
            k -= 1
    return k == 0 or text[k - 1] in ".!?:"


def _is_paragraph(text: str, quote: Quote) -> bool:
    if not opens_line(text, quote.start):
        return False
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end < 0 else line_end
    return len(text[quote.end:line_end].strip()) <= 1


def within_cue_parentheses(text: str, content: list[tuple[int, int]], quotes: SpanIndex[Quote],
                           cue_start: int, cue_end: int) -> list[tuple[int, int]]:
    """'... those who fear softness ("A," X wrote last week) and those who fear B': a cue that stands in
    parentheses with a quote reports only the words inside them; what the writer's sentence says around
    the parentheses is not the speaker's. The content is cut to the parentheses when a quote in them is
    part of it."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    line_end = text.find("\n", cue_end)
    line_end = len(text) if line_end < 0 else line_end
    opening = text.rfind("(", line_start, cue_start)
    if opening < 0 or ")" in text[opening:cue_start]:
        return content
    closing = text.find(")", cue_end, line_end)
    if closing < 0 or "(" in text[cue_end:closing]:
        return content
    if not any(opening < q.start and q.end <= closing and any(s < q.end and q.start < e for s, e in content)
               for q in quotes.overlapping(opening, closing)):
        return content
    inside = [(max(s, opening + 1), min(e, closing)) for s, e in content]
    return [(s, e) for s, e in inside if e > s and text[s:e].strip()]
