"""Attributions set by layout rather than by a verb: ``NAME: text``, ``"quote" ― Name`` and embedded posts.

Transcripts ("PENCE: Well, look ..."), headlines ("Senator Vos: the bill is dead") and
collections of reader quotes ('"..." ― Jane Roe') attribute words by position. Both are
found on the text, paragraph by paragraph, and tied to the parse's tokens. A place before the
colon ("NEW DELHI: ...") or a line that reports someone else's words with their own speaker
("BRISKVILLE: The council said ...") is a dateline, never a speaker; an interview's "Q:" line
is a question, no statement.

An embedded social-media post ends with the signature the embed code writes under the post's text:
"TEXT — Jane Roe (@janeroe) June 29, 2016" (a name, the account's handle in parentheses, the date).
The signature names who wrote TEXT, so the post is that person's statement in writing (``POST``),
whatever verb the text holds; its content runs from the start of the line (or the end of the
``<tweet ...>`` tag a corpus wraps the post in) to the dash, less the links the post ends with.
"""
from __future__ import annotations

import re

from newsgraph.analyze.posts import NAME, POST_SIGNATURE, signed_posts
from newsgraph.analyze.span_index import SpanIndex
from newsgraph.analyze.statements.constructions import Candidate, token_range
from newsgraph.analyze.statements.quotes import QUOTE_TOKENS, Quote
from newsgraph.model import Actor
from newsgraph.nlp.text import text_of

PLACE_ENTITIES = ("GPE", "LOC", "FAC")
SPEAKER_COLON = re.compile(rf"^[\"“'‘]*\s*(?P<name>{NAME})(?P<cue>:)\s+(?P<content>\S.*?)\s*$")
#: a second speaker's label inside one paragraph, right after the first's closing quote mark:
#: 'Ruiz: "A." Brell: "B."' -- two lines of a debate set on one
NEXT_SPEAKER = re.compile(rf"(?<=[\"”’'])\s+(?={NAME}:\s+[\"“‘'])")
BYLINE = re.compile(rf"(?P<cue>[―—–])\s*(?P<name>{NAME})[\s.\u00a0]*$")
#: the construction of an embedded post's signature (``post_candidates``)
POST = "post"
#: the opening tag a corpus wraps an embedded post in (``<tweet id="..." author="...">``)
POST_TAG = re.compile(r"<tweet\b[^<>]*>")
#: a post a corpus wraps in a tag naming its author's handle and no signature:
#: '<tweet tweet-author="@janeroe" tweet-date="...">TEXT<tweet/>', '<tweet author="janeroe" ...>TEXT</tweet>'
TAGGED_POST = re.compile(r"<(?P<cue>tweet)\b[^<>]*?\bauthor=\"@?(?P<handle>\w{1,20})\"[^<>]*>(?P<body>[^<>]*)</?tweet/?>")
#: links a post ends with (a shortened link, an attached picture) and a newsletter prompt the page set into
#: the embed ("SIGN UP FOR OUR NEWSLETTER"): no words of the writer's
TRAILING_LINKS = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|"
                            r"(?i:sign up|subscribe) (?i:to|for) (?i:our|the) (?i:newsletters?)))+\s*$")


def speaker_line_candidates(doc, quotes: SpanIndex[Quote]) -> list[Candidate]:
    """Candidates for every speaker-colon line and every quote followed by a dash and a name."""
    text = text_of(doc)
    out = []
    for line, start in _speaker_lines(text):
        match = SPEAKER_COLON.match(line)
        if match and match.group("content"):
            content_start = start + match.start("content")
            content_end = start + match.end("content")
            if text[content_end - 1] == ".":
                content_end -= 1
            candidate = _candidate(doc, start + match.start("name"), start + match.end("name"),
                                   start + match.start("cue"), start + match.end("cue"),
                                   (content_start, content_end), "colon-line")
            if candidate:
                out.append(candidate)
        byline = BYLINE.search(line)
        if byline:
            cue_at = start + byline.start("cue")
            quote = next((q for q in quotes.starting_in(start, cue_at)
                          if q.end <= cue_at and not text[q.end:cue_at].strip()), None)
            if quote is not None:
                candidate = _candidate(doc, start + byline.start("name"), start + byline.end("name"),
                                       cue_at, cue_at + 1, (quote.start, quote.end), "byline")
                if candidate:
                    out.append(candidate)
        out.extend(post_candidates(doc, line, start))
    out.extend(tagged_post_candidates(doc, text))
    out.extend(handle_line_candidates(doc, text))
    return out


def handle_line_candidates(doc, text: str) -> list[Candidate]:
    """Readers' posts an article collects, each signed by a handle on the line under it ("@janeroe."):
    the paragraph is the handle's writing (``posts.signed_posts``; the handle is the cue too)."""
    out = []
    for post in signed_posts(text):
        candidate = _candidate(doc, post.handle_start, post.handle_end, post.handle_start, post.handle_end,
                               (post.start, post.end), POST)
        if candidate:
            out.append(candidate)
    return out


def tagged_post_candidates(doc, text: str) -> list[Candidate]:
    """Posts wrapped in a tag that names the author's handle and carry no signature: the handle is the
    source (``post_author`` finds whose it is); a post with a signature is read by ``post_candidates``."""
    out = []
    for match in TAGGED_POST.finditer(text):
        body = match.group("body")
        if POST_SIGNATURE.search(body):
            continue
        words = TRAILING_LINKS.sub("", body).rstrip()
        lead = len(words) - len(words.lstrip())
        words = words.strip()
        if not any(ch.isalpha() for ch in words):
            continue
        at = match.start("body") + lead
        candidate = _candidate(doc, match.start("handle"), match.end("handle"), match.start("cue"),
                               match.end("cue"), (at, at + len(words)), POST)
        if candidate:
            out.append(candidate)
    return out


def post_author(handle: str, actors) -> Actor | None:
    """The one actor whose full name, written as one word, a post's handle is, or begins or ends with
    ("@janeroe", "@realJaneRoe", "@JaneRoeUSA" are Jane Roe's); None when no actor or several fit."""
    words = re.findall(r"\w+", handle.lower())  # the source as the parse cut it: 'author="@janeroe'
    if not words:
        return None
    handle = words[-1]
    fits = []
    for actor in actors.to_list():
        words = re.findall(r"[a-z0-9]+", actor.name.lower())
        joined = "".join(words)
        if len(words) >= 2 and len(joined) >= 6 and (handle == joined or handle.startswith(joined)
                                                     or handle.endswith(joined)):
            fits.append(actor)
    return fits[0] if len(fits) == 1 else None


def post_candidates(doc, line: str, start: int) -> list[Candidate]:
    """The embedded posts of one line ('TEXT — Jane Roe (@janeroe) June 29, 2016'), each TEXT the
    signature's name's, in writing; a line may hold several posts, each after the one before."""
    out = []
    begin = 0
    for signature in POST_SIGNATURE.finditer(line):
        tags = list(POST_TAG.finditer(line, begin, signature.start()))
        tag = tags[-1] if tags else None  # the last opening tag before the signature
        text_start = tag.end() if tag is not None else begin
        body = line[text_start:signature.start()]
        body = TRAILING_LINKS.sub("", body).rstrip()
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        begin = signature.end()
        if not any(ch.isalpha() for ch in body):
            continue  # a picture or a link alone: no words
        content = (start + text_start + lead, start + text_start + lead + len(body))
        candidate = _candidate(doc, start + signature.start("name"), start + signature.end("name"),
                               start + signature.start("cue"), start + signature.end("cue"), content, POST)
        if candidate:
            out.append(candidate)
    return out


def _speaker_lines(text: str):
    """(line, offset) of each line, a line that goes on with a second speaker's label after a closing
    quote mark split there: each label gives its own speaker their own words."""
    start = 0
    for line in text.split("\n"):
        match = SPEAKER_COLON.match(line)
        cuts = [m.end() for m in NEXT_SPEAKER.finditer(line)] if match else []
        for a, b in zip([0] + cuts, cuts + [len(line)]):
            yield line[a:b].rstrip(), start + a
        start += len(line) + 1


#: the words of a headline's genre label before a colon ("News Guide:", "Newspaper:", "Fact check:",
#: "Analysis:"): a kind of story, not a speaker
LABEL_WORDS = frozenset({"news", "guide", "newspaper", "paper", "analysis", "explainer", "editorial", "opinion",
                         "review", "update", "exclusive", "breaking", "live", "video", "photos", "watch", "timeline",
                         "fact", "check", "factcheck", "fact-check", "correction", "recap", "preview", "the"})


#: verb tags of a finite clause (or an imperative): a list item ("charged with robbery", "possession
#: with intent to supply") has none
CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})


def _speech_like(span) -> bool:
    """Words someone said: a finite clause, a quotation, or the speaker talking of themselves."""
    if span is None:
        return False
    return any(t.text in QUOTE_TOKENS or t.lower_ in ("i", "we", "you") for t in span) or any(
        t.tag_ in CLAUSE_TAGS and t.pos_ in ("VERB", "AUX") and not _infinitive(t) for t in span)


#: prepositions that, capitalised inside a headline's label, join its speaker to the topic of the words
#: ("Gallup Chief On Trump: ..." is the chief's words about Trump)
TOPIC_WORDS = frozenset({"on", "about"})


def _before_topic(tokens: list) -> list:
    """The speaker of a headline label "X On Y": the words before the preposition (all of them when none)."""
    for k, t in enumerate(tokens):
        if k and t.lower_ in TOPIC_WORDS and t.text[:1].isupper():
            return tokens[:k]
    return tokens


def _infinitive(token) -> bool:
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _candidate(doc, name_start, name_end, cue_start, cue_end, content, frame):
    while name_end > name_start and text_of(doc)[name_end - 1] in ".\u00a0 ":
        name_end -= 1
    source = doc.char_span(name_start, name_end, alignment_mode="expand")
    cue = doc.char_span(cue_start, cue_end, alignment_mode="expand")
    if source is None or cue is None or len(cue) != 1 or content[1] <= content[0]:
        return None
    tokens = list(source)
    if frame == "colon-line":
        tokens = _before_topic(tokens)
    if frame == "colon-line" and source.text == "Q":
        return None  # an interviewer's question ("Q: ..."), no statement of anyone named
    if frame == "colon-line" and all(t.lower_ in LABEL_WORDS or t.is_punct for t in tokens):
        return None  # "News Guide: ...", "Newspaper: ...", "Analysis: ...": a headline's label, no one
    if frame == "colon-line" and any(t.ent_type_ in PLACE_ENTITIES for t in tokens):
        return None  # "NEW DELHI: ..." is a dateline, not a speaker
    if frame == "colon-line" and not _speech_like(doc.char_span(*content, alignment_mode="expand")):
        return None  # "Jane Roe: fraud, theft" lists charges; words said have a verb or a quote
    return Candidate(list(cue), token_range(tokens), [content], frame, cue[0].text, tokens, cue[0])
