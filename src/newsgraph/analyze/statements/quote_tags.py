"""Quote tags: the short clause after a quote that says who spoke it, read off the words.

News style attributes a quoted sentence with a tag right after it: '"Go back home," the mayor
barked.', '"Mexico!" the crowd screamed.', '"We were wrong," Ana Ruiz, 58, told the paper.',
'"Never," snapped Ruiz.' The tag's verb need not be a speech verb of the lexicon (a verb of the
manner of speaking -- bark, scream, snap, quip, muse -- is rare in any one corpus) and the parser
often misreads the tag (an age in apposition, a verb it takes for a noun), yet the construction
itself says the quote is the tag subject's words. A quote tag is proposed only where no selected
candidate reports the quote already: it is the fallback the parse-based constructions lack.

A tag needs: a quote that opens its sentence, is a clause (a finite verb in it, or ! or ?) and
closes with a comma, ! or ? before its closing mark; right after it, on the same line, a short noun
phrase (its subject; an appositive between commas may follow it) and a finite verb, or the verb
and then the noun phrase ("snapped Ruiz"). After ! or ? a new sentence may begin with a name and a
verb ('"Or was I wrong?" Brell sold his house.'): there a verb with a noun object must be a speech verb.
Quotes the previous statement goes on with ('"A," he said. "B?" ...') are its own already.
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.span_index import SpanIndex
from newsgraph.analyze.statements.constructions import Candidate, token_range
from newsgraph.analyze.statements.quotes import Quote, blank_back, opens_line
from newsgraph.nlp.text import text_of

#: parts of speech of a tag's subject ("the audience", "Ana Ruiz", "he", "Ruiz's spokesman")
SUBJECT_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "PART"})
#: the longest subject, and the longest appositive after it ('Ruiz, 58,', 'Ruiz, the mayor,')
LONGEST_SUBJECT = 5
LONGEST_APPOSITIVE = 6
#: the tag verb: finite, past or present ("barked", "says")
TAG_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: finite verb tags that make the quote a clause (not a title or a slogan of one noun)
CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})
#: words that open no subject of a tag: the quote is not attributed but goes on in the writer's sentence
NOT_SUBJECTS = frozenset({"which", "that", "who", "what", "where", "when", "it", "this", "there"})


def quote_tag_candidates(doc, quotes: SpanIndex[Quote]) -> list[Candidate]:
    """A candidate for each quote with a tag after it (cue: the tag verb; source: its subject)."""
    text = text_of(doc)
    out = []
    for quote in quotes:
        inner = text[quote.start:quote.end].rstrip("\"”’'")
        if inner[-1:] not in (",", "!", "?") or not _opens_sentence(text, quote.start):
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or not (inner[-1] in "!?" or any(t.tag_ in CLAUSE_TAGS for t in span[1:-1])):
            continue
        tag = _tag(doc, span.end, text)
        if tag is None:
            continue
        verb, subject = tag
        if inner[-1] in "!?" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children) \
                and verb.lemma_.lower() not in resources.spoken_cue_lemmas():
            continue  # '"Or was I wrong?" Brell put his house up for sale': a new sentence, no tag
        out.append(Candidate([verb], token_range(subject), [(quote.start, quote.end)], "ccomp", verb.lemma_,
                             subject, verb))
    return out


def _opens_sentence(text: str, position: int) -> bool:
    """Whether ``position`` opens its line or follows a sentence's end (or a closing quote mark: two
    apostrophes count as one, as ``quotes`` reads them; one apostrophe may end a plural's possessive).
    It reads back only over white space (``quotes.blank_back``), not the whole line."""
    back = blank_back(text, position)
    return opens_line(text, position) or text[back - 1] in ".!?\"”" or text[back - 2:back] == "''"


def _tag(doc, start: int, text: str):
    """(verb, subject tokens) of the tag that begins at token ``start``, or None."""
    sent_end = doc[start - 1].sent.end if start > 0 else len(doc)
    tokens = list(doc[start:min(len(doc), start + LONGEST_SUBJECT + LONGEST_APPOSITIVE + 4)])
    if not tokens or "\n" in text[doc[start - 1].idx:tokens[0].idx]:
        return None
    first = tokens[0]
    if first.tag_ in TAG_VERB_TAGS and first.pos_ == "VERB":  # '"Never," snapped Ruiz.'
        subject = _noun_phrase(tokens[1:])
        if subject and (len(subject) == len(tokens) - 1 or tokens[len(subject) + 1].is_punct):
            return first, subject
        return None
    subject = _noun_phrase(tokens)
    if not subject or subject[0].lower_ in NOT_SUBJECTS:
        return None
    rest = tokens[len(subject):]
    if rest and rest[0].text == ",":  # 'Ruiz, 58, told ...': skip an appositive between commas
        close = next((k for k, t in enumerate(rest[1:LONGEST_APPOSITIVE + 2], 1) if t.text == ","), None)
        if close is None:
            return None
        rest = rest[close + 1:]
    if not rest or rest[0].i >= sent_end + 3 and not _one_clause(doc, start, rest[0].i, text):
        return None
    verb = rest[0]
    if verb.pos_ != "VERB" or verb.tag_ not in TAG_VERB_TAGS and not (
            verb.tag_ == "VBN" and verb.lemma_.lower() in resources.spoken_cue_lemmas()):
        return None  # a participle only of a speech verb: the parser reads "the nominee, X, tweeted" as "tweeted X"
    return verb, subject


def _one_clause(doc, start: int, verb: int, text: str) -> bool:
    """Whether tokens ``start:verb`` (a tag's subject and the appositive after it) run on one line with no
    sentence punctuation: the parser may begin a sentence after a quote that ends with ! or ? and end it
    before the verb ('"... in disgrace!" the party's nominee, Ana Ruiz, tweeted'); the words are one tag."""
    tokens = doc[start:verb]
    return not any(t.text in (".", "!", "?", ";", ":") for t in tokens) \
        and "\n" not in text[doc[start].idx:doc[verb].idx]


def _noun_phrase(tokens: list) -> list:
    """The leading tokens that can make a short subject: a pronoun alone, else determiners, adjectives,
    nouns and names (a possessive "'s" inside)."""
    if tokens and tokens[0].pos_ == "PRON":
        return tokens[:1] if tokens[0].lower_ not in NOT_SUBJECTS else []
    out = []
    for t in tokens[:LONGEST_SUBJECT]:
        if t.pos_ not in SUBJECT_POS or t.pos_ == "PRON" or t.tag_ in TAG_VERB_TAGS:
            break
        out.append(t)
    while out and out[-1].pos_ in ("DET", "ADJ", "PART", "NUM"):
        out.pop()
    return out if out and any(t.pos_ in ("NOUN", "PROPN") for t in out) else []
