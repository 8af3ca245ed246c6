"""Readers' letters and comments signed by a name line: the words above the signature are the signer's.

Opinion pages print readers' letters, and a paper's round-ups print readers' comments from its social
pages, as paragraphs of the reader's own words closed by a paragraph that holds only the writer's name
("Jane Roe.", "Tom B. Vell."), for a letter often followed by the writer's town ("Arlington, Mass.").
No verb attributes them: the layout does. Such a block is the signer's statement in writing
(``SIGNED``), its content every paragraph of the block.

A name alone on a line is also a section heading ("Hillary Clinton." over a paragraph on her chances;
"The Pinocchio Test."), a caption or a list of victims. A signature is told from those by layout:
  * the line is a person's name -- a known given name first, or the parser's PERSON entity all through
    -- of two to four words, closed by a full stop (a live blog's author line has none);
  * the block above it does not name the signer (a writer does not sign what they say of themselves),
    and the paragraph below does not either (a heading is followed by the paragraph about that person);
  * the page signs more than one block, or the name is followed by a town line: one name line alone
    is more often a heading than a letter.
Vox-pop pages put the name first: a line that only introduces a person -- "Jane Roe, 24, a student from
Salem:" or "Tom Vell, of Brenton." (an age, a description after commas, or a closing colon; no verb) -- then that
person's words. The paragraph after such a line is theirs when it speaks in the first person or opens with
a quotation mark, does not name them, and holds no attribution of its own ('"A," she said' is found by its
cue); following paragraphs go on while they do the same, up to ``MAX_PARAGRAPHS``.

A statement printed whole after the paragraph that introduces it ("Trump issued the following statement:",
"the White House released this statement:", "tweeting the following:") is its issuer's writing: the
paragraph ends with a colon after a verb of issuing whose object is a written channel or "the following",
and the next paragraphs open with a quotation mark (the quote's own paragraphs, up to ``MAX_PARAGRAPHS``).

The block runs up from the name line to the paragraph after the signature before it (less that
signature's town line), a heading in capitals ("LETTERS.", "TWITTER."), the title, or at most
``MAX_PARAGRAPHS`` paragraphs.
"""
from __future__ import annotations

import re

from newsgraph.analyze import resources
from newsgraph.analyze.actors.names import given_names
from newsgraph.analyze.statements.constructions import Candidate, token_range
from newsgraph.nlp.text import line_spans, text_of

#: the construction of a signed letter or comment (its frame: writing)
SIGNED = "signed"
#: the construction of a statement printed after "X issued the following statement:" (its frame: writing)
ISSUED = "issued"
#: how many paragraphs one signed block may hold (a long letter runs to seven)
MAX_PARAGRAPHS = 10
_WORD = r"(?:[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?|[A-Z]\.)"
#: a person's name of two to four words ("Tom B. Vell", "Ana de la Cruz")
_NAME = rf"{_WORD}(?:\s(?:{_WORD}|de|la|van|von|del|da|di|le)){{1,3}}"
#: "Jane Roe.", "Tom B. Vell.", "Ana de la Cruz." -- a name and the full stop that closes the line
NAME_LINE = re.compile(rf"^(?P<name>{_NAME})\.$")
#: a line that introduces a person before their words: "Jane Roe, 24, a student from Salem:", "Tom Vell, 61,
#: retired teacher.", "Ana Ruiz, of Brenton:" -- a name, then an age or a description after commas, or a colon
INTRO_LINE = re.compile(
    rf"^(?P<name>{_NAME})"
    r"(?:(?P<age>,\s\d{1,3})?(?P<desc>,\s[^.:;!?\"“”]{1,80})?[.:]|(?P<colon>:))$")
#: the speaker's own voice: a first-person word outside quotation marks, or a paragraph that opens a quote
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|we|We|our|Our|us|My)\b")
QUOTE_OPENERS = "\"“'‘"
#: a section heading in capitals: "LETTERS.", "TWITTER.", "FACEBOOK.", "YOUR SAY."
HEADING = re.compile(r"^[A-Z0-9][A-Z0-9 &'’,:-]*\.?$")
#: a writer's town under the name: "Arlington, Mass.", "Minneapolis.", "Long Beach, Calif."
TOWN_LINE = re.compile(r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}(?:,\s[A-Z][\w.\s]{1,14})?\.?$")
#: a commenter's handle alone on a line ("@janeroe."): it closes the comment above it
HANDLE_LINE = re.compile(r"^@\w{1,20}\.?$")
#: verb tags of a finite clause: a signed block says something
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _person_name(doc, start: int, end: int) -> bool:
    """Whether the words at [start, end) name a person: a known given name first, or PERSON all through."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    if not words:
        return False
    first = words[0].text
    if first in given_names() or first.lower() in resources.first_name_genders():
        return True
    return all(t.ent_type_ == "PERSON" for t in words)


def _signature_lines(doc, text: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """Indexes of the paragraphs that are a name line shaped like a signature (not yet checked against
    the words around it)."""
    out = []
    for k, (start, end) in enumerate(paragraphs):
        if k == 0:
            continue  # the title
        match = NAME_LINE.match(text[start:end])
        if match and _person_name(doc, start, start + match.end("name")):
            out.append(k)
    return out


def _names(block: str, name: str) -> bool:
    """Whether ``block`` names the person ``name`` by the surname (the name's last word)."""
    surname = name.split()[-1]
    return len(surname) > 1 and re.search(rf"\b{re.escape(surname)}\b", block) is not None


def _boundary(paragraph: str) -> bool:
    """A heading in capitals or a commenter's handle line: no part of a signed block."""
    return HEADING.match(paragraph) is not None or HANDLE_LINE.match(paragraph) is not None


def _says(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.tag_ in FINITE for t in span)


def introduced_candidates(doc, taken) -> list[Candidate]:
    """A candidate for the words after each line that introduces a person (the module's docstring says
    which); ``taken(start, end)``: whether a paragraph already holds an attribution with a source of its
    own ('"A," she said'; an "I think" inside the words is no such attribution)."""
    text = text_of(doc)
    paragraphs = line_spans(text)
    out = []
    for k, (start, end) in enumerate(paragraphs):
        match = INTRO_LINE.match(text[start:end]) if k else None
        if match is None or not (match.group("age") or match.group("desc") or match.group("colon")
                                 or text[end - 1] == ":"):
            continue
        if not _person_name(doc, start, start + match.end("name")) or _says(doc, start, end) \
                or NAME_LINE.match(text[paragraphs[k - 1][0]:paragraphs[k - 1][1]]):
            continue  # a sentence ("Ana Ruiz, the mayor, was calm."), or a letter writer's town line
        name = match.group("name")
        block = []
        j = k + 1
        while j < len(paragraphs) and len(block) < MAX_PARAGRAPHS:
            s, e = paragraphs[j]
            words = text[s:e]
            if INTRO_LINE.match(words) or _boundary(words) or NAME_LINE.match(words) or _names(words, name) \
                    or taken(s, e) or not (words[0] in QUOTE_OPENERS or FIRST_PERSON.search(_unquoted(words))) \
                    or not _says(doc, s, e):
                break
            block.append((s, e))
            j += 1
        if not block:
            continue
        name_start, name_end = start, start + len(name)
        source = doc.char_span(name_start, name_end, alignment_mode="expand")
        cue = doc.char_span(end - 1, end, alignment_mode="expand")
        if source is None or cue is None or len(cue) != 1:
            continue
        tokens = list(source)
        out.append(Candidate(list(cue), token_range(tokens), block, SIGNED, "sign", tokens, cue[0]))
    return out


#: verbs of putting a text out: "issued the following statement:", "released this statement:", "tweeting the following:"
ISSUING = frozenset({"issue", "release", "post", "tweet", "publish", "send", "give", "put"})
#: what an issued text is called in the sentence that introduces it (written texts and "the following")
ISSUED_TEXTS = frozenset(
    "statement statements email e-mail letter memo tweet tweets post message note following response reply "
    "comment comments".split())


def issued_candidates(doc, taken) -> list[Candidate]:
    """A candidate for the quote paragraphs after a paragraph that ends "X issued the following statement:"
    (the module's docstring says which); ``taken`` as for ``introduced_candidates``."""
    text = text_of(doc)
    paragraphs = line_spans(text)
    out = []
    for k, (_, end) in enumerate(paragraphs[:-1]):
        if text[end - 1] != ":":
            continue
        colon = doc.char_span(end - 1, end, alignment_mode="expand")
        if colon is None:
            continue
        verb = _issuing_verb(colon[0].sent, end - 1)
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            or (verb.head if verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG" else None)
        if subject is not None and subject.pos_ == "VERB":  # "tweeting the following:" after a clause
            subject = next((c for c in subject.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        block = []
        for s, e in paragraphs[k + 1:k + 1 + MAX_PARAGRAPHS]:
            if text[s] not in QUOTE_OPENERS or taken(s, e):
                break
            block.append((s, e))
        if not block:
            continue
        tokens = _issuer_words(subject, verb)
        out.append(Candidate([verb], token_range(tokens), block, ISSUED, verb.lemma_, tokens, verb))
    return out


#: what sets a clause or an aside off a subject: "The senator, who was in Iowa, issued ..." (not a hyphen)
ASIDE_MARKS = frozenset(", ; ( ) \u2014 \u2013 --".split())


def _issuer_words(subject, verb) -> list:
    """The issuer's words: the subject's phrase before the verb less its relative clauses and what commas,
    dashes or brackets set off ("The senator, who was in Iowa on Monday," -> "The senator"); an apposed
    name stays ("Her spokesman Tom Vell")."""
    aside = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") or (c.dep_ == "punct" and c.text in ASIDE_MARKS)
             for t in c.subtree}
    kept = {t.i for t in subject.subtree if t.i < verb.i and t.i not in aside}
    start = end = subject.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    return list(subject.doc[start:end + 1])


def _issuing_verb(sentence, colon_at: int):
    """The verb of issuing in ``sentence`` whose object, a written text or "the following", ends at the colon."""
    for token in sentence:
        if token.idx >= colon_at:
            break
        if token.dep_ == "dobj" and token.lemma_.lower() in ISSUED_TEXTS and token.head.pos_ == "VERB" \
                and token.head.lemma_.lower() in ISSUING \
                and not text_of(sentence.doc)[token.idx + len(token.text):colon_at].strip():
            return token.head
    return None


def _unquoted(words: str) -> str:
    """The words outside straight or curly double quotation marks."""
    return re.sub(r"[\"“][^\"“”]*[\"”]", " ", words)


def signed_candidates(doc) -> list[Candidate]:
    """A candidate for each block of paragraphs a name line signs (the module's docstring says which)."""
    text = text_of(doc)
    paragraphs = line_spans(text)
    lines = _signature_lines(doc, text, paragraphs)
    if not lines:
        return []
    signatures = set(lines)
    town_lines = {k + 1 for k in lines if k + 1 < len(paragraphs)
                  and TOWN_LINE.match(text[paragraphs[k + 1][0]:paragraphs[k + 1][1]])
                  and len(text[paragraphs[k + 1][0]:paragraphs[k + 1][1]].split()) <= 4}
    out = []
    for k in lines:
        if len(lines) < 2 and k + 1 not in town_lines:
            continue  # one name line alone, with no town: more often a heading
        name = text[paragraphs[k][0]:paragraphs[k][1]].rstrip(".")
        block = []
        j = k - 1
        while j > 0 and len(block) < MAX_PARAGRAPHS and j not in signatures and j not in town_lines \
                and not _boundary(text[paragraphs[j][0]:paragraphs[j][1]]):
            block.append(paragraphs[j])
            j -= 1
        block.reverse()
        if not block:
            continue
        below = text[paragraphs[k + 1][0]:paragraphs[k + 1][1]] if k + 1 < len(paragraphs) else ""
        if k + 1 in town_lines:
            below = ""  # the town line; the next letter begins after it
        if _names(" ".join(text[s:e] for s, e in block), name) or (below and _names(below, name)):
            continue  # a heading over the paragraph about that person, or someone written about
        if not any(_says(doc, s, e) for s, e in block):
            continue
        name_start, name_end = paragraphs[k][0], paragraphs[k][0] + len(name)
        source = doc.char_span(name_start, name_end, alignment_mode="expand")
        cue = doc.char_span(name_end, name_end + 1, alignment_mode="expand")
        if source is None or cue is None or len(cue) != 1:
            continue
        tokens = list(source)
        out.append(Candidate(list(cue), token_range(tokens), list(block), SIGNED, "sign", tokens, cue[0]))
    return out
