"""The per-document quotation-mark index answers each quote test as the scans it replaced did.

The oracles below are the scans the realness filter, the recipient chooser, the he/she speaker rule and
the trigger proposer each ran on their own before they shared ``quote_marks`` (kept here, written out
the slow way, as the definition of each question)."""
import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.nlp.quote_marks import quote_marks

CHARACTERS = "\"“”«»"
_PAIRED = re.compile("''|``|\"|“|”|\n")


@pytest.fixture(scope="module")
def english():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def odd_in_paragraph_scan(text: str, sent_start: int, position: int) -> bool:
    """Realness: an odd number of quotation-mark characters between the sentence's paragraph start and
    the word."""
    start = text.rfind("\n", 0, sent_start) + 1
    return sum(1 for c in text[start:position] if c in CHARACTERS) % 2 == 1


def inside_scan(text: str, position: int) -> bool:
    """He/she speakers: curly marks opened and not closed, or an odd number of straight ones (a double
    quote, two apostrophes, two backticks), in the paragraph before the position."""
    start = text.rfind("\n", 0, position) + 1
    found = [m.group() for m in _PAIRED.finditer(text[start:position])]
    opened = found.count("“") - found.count("”")
    plain = sum(1 for mark in found if mark not in ("“", "”"))
    return bool(found) and (opened > 0 or plain % 2 == 1)


def mark_tokens_scan(token) -> bool:
    """Recipients: an odd number of quotation-mark tokens before the word in its sentence."""
    sent = token.sent
    return sum(1 for t in token.doc[sent.start:token.i] if t.text in CHARACTERS or t.text in ("``", "''")) % 2 == 1


def marked_tokens_scan(token) -> bool:
    """Trigger proposals: an odd number of tokens holding a quotation mark before the word in its sentence."""
    sent = token.sent
    return sum(1 for t in sent if t.i < token.i and any(q in t.text for q in CHARACTERS)) % 2 == 1


def _check(nlp, text: str) -> None:
    doc = nlp(text)
    marks = quote_marks(doc)
    for token in doc:
        sent = token.sent
        assert marks.odd_marks_in_paragraph(sent.start_char, token.idx) == odd_in_paragraph_scan(
            text, sent.start_char, token.idx), (text, token.i)
        assert marks.odd_mark_tokens(sent.start, token.i) == mark_tokens_scan(token), (text, token.i)
        assert marks.odd_marked_tokens(sent.start, token.i) == marked_tokens_scan(token), (text, token.i)
    for position in range(len(text) + 1):
        assert marks.inside(position) == inside_scan(text, position), (text, position)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .\n\"“”«»'`", max_size=40))
def test_the_index_agrees_with_the_scans_on_random_text(english, text):
    _check(english, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Ann said", " ", "\"", "“", "”", "''", "``", "«", "»", "\n", "\n\n",
                                 ". ", "It rained.", "'", "x\"y", "said:", "”«", "“\""]), max_size=25))
def test_the_index_agrees_with_the_scans_on_random_sentences(english, parts):
    _check(english, "".join(parts))


def test_a_word_inside_a_quote_of_its_own_paragraph(english):
    text = "Ann said “we will go” and left.\nHe said \"we stay."
    doc = english(text)
    marks = quote_marks(doc)
    assert marks.inside(text.index("will"))
    assert not marks.inside(text.index("left"))
    assert marks.inside(text.index("stay"))
    assert not marks.inside(text.index("He"))  # the quote of the first paragraph does not run on
    assert marks.odd_marks_in_paragraph(text.index("stay"), text.index("stay"))
    assert not marks.odd_marks_in_paragraph(text.index("left"), text.index("left"))
    stay = next(t for t in doc if t.text == "stay")
    assert marks.odd_mark_tokens(stay.sent.start, stay.i)
    assert marks.odd_marked_tokens(stay.sent.start, stay.i)
