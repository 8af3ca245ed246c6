"""Over-long sentences are cut right after the parser (nlp/sentences.py); ordinary ones are left
exactly as the parser made them. ``ents_within`` is ``Span.ents`` without a pass over the Doc."""
import pytest

from newsgraph import nlp
from newsgraph.nlp.sentences import LONGEST, cap_sentences
from newsgraph.nlp.text import ents_within

pytestmark = pytest.mark.model

STORY = ("Mira Sol, a spokeswoman for the Aldmere harbour board, said on Monday that the ferry to "
         "Port Vell would run again once the storm had passed. The board's chair, Tomas Reyd, told "
         "reporters in Aldmere that repairs would cost the city about 2 million euros.")


def _parse(doc):
    return [(t.head.i, t.dep_, t.is_sent_start) for t in doc]


def test_the_pipeline_cuts_a_sentence_over_the_limit_into_trees_of_its_own():
    doc = nlp.load()("Name: " * 400)  # 800 tokens, no sentence boundary the parser would take
    assert [len(s) for s in doc.sents] == [LONGEST, LONGEST, LONGEST, 800 - 3 * LONGEST]
    for sent in doc.sents:
        assert [t.dep_ for t in sent].count("ROOT") == 1
        assert all(sent.start <= t.head.i < sent.end for t in sent)
        assert sent.root.left_edge.i == sent.start and sent.root.right_edge.i == sent.end - 1


def test_arcs_inside_a_piece_are_kept_and_loose_ones_hang_from_its_first_root():
    doc = nlp.load()(STORY)
    before = _parse(doc)
    first = next(iter(doc.sents))
    cap_sentences(doc, longest=10)
    assert all(len(s) <= 10 for s in doc.sents)
    for token, (head, dep, _) in zip(doc, before):
        piece = token.sent
        loose = [t.i for t in piece if before[t.i][0] == t.i or not piece.start <= before[t.i][0] < piece.end]
        if token.i not in loose:
            assert (token.head.i, token.dep_) == (head, dep)  # an arc inside its piece: as parsed
        elif token.i == loose[0]:
            assert (token.head.i, token.dep_) == (token.i, "ROOT")
        else:
            assert (token.head.i, token.dep_) == (loose[0], "dep")
    assert doc[first.start].sent.start == first.start


def test_a_parse_within_the_limit_is_untouched():
    doc = nlp.load()(STORY)
    before = _parse(doc)
    assert cap_sentences(doc) is doc
    assert _parse(doc) == before


def test_ents_within_is_span_ents():
    doc = nlp.load()(STORY)
    assert len(doc.ents) >= 4
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert [(e.start, e.end, e.label_) for e in ents_within(span)] == \
                [(e.start, e.end, e.label_) for e in span.ents]
