"""Where a statement's content begins and ends: quotes the parser left beside their cue, a second
cue's clause, the writer's clause after the words (invented sentences; issue 10, third blind set)."""
import pytest

import newsgraph


def _rows(text):
    analysis = newsgraph.analyze(text)
    return [(s.cue.text, analysis.actor(s.speaker).name if s.speaker else None, [c.text for c in s.content])
            for s in analysis.statements if s.shown]


@pytest.mark.parametrize("text, row", [
    ('Tom Brell asked how the ferry trip went. "So far so good," Anna Veld replied.',
     ("replied", "Anna Veld", ['"So far so good,"'])),
    ('The ferry left at dawn. "Ferry wheels up an hour ago. Another harbour miracle," Anna Veld wrote.',
     ("wrote", "Anna Veld", ['"Ferry wheels up an hour ago. Another harbour miracle,"'])),
    ('"Unchecked dredging, falling fish stocks and the silting of the bay come with great dangers," Tom Brell '
     'told a plenary session of the harbour council on Monday.',
     ("told", "Tom Brell", ['"Unchecked dredging, falling fish stocks and the silting of the bay come with great '
                            'dangers,"'])),
])
def test_a_quote_left_beside_its_cue_is_what_was_said(text, row):
    assert row in _rows(text)


def test_a_quote_after_an_interrupting_cue_is_what_was_said():
    text = ('The storm prompted Brell to read up on tides and old charts, and coincidentally, he said, '
            '“all of these flood maps started turning up in my mail, almost in step with the charts. '
            'It was almost like the sea was writing to me.”')
    assert _rows(text)[-1][0] == "said"
    assert _rows(text)[-1][2] == ['“all of these flood maps started turning up in my mail, almost in step with the '
                                  'charts. It was almost like the sea was writing to me.”']


def test_a_clause_past_a_reporting_participle_is_the_participles():
    text = ('"With this vote, we will send a signal to the fishermen and to the region that the bay will no longer '
            'be closed to them, we will open it," Brell said, adding that the council would send a "clear signal '
            'that the harbour is a place where boats are welcome, they pay their fees and are treated as partners."')
    rows = _rows(text)
    assert rows[0][0] == "said"
    assert rows[0][2] == ['"With this vote, we will send a signal to the fishermen and to the region that the bay '
                          'will no longer be closed to them, we will open it,"']
    assert rows[1][0] == "adding"
