"""A quotation over several paragraphs (each opens with a quote mark, only the last closes) is one
statement's words (statements/quote_runs.py). Invented sentences."""
from __future__ import annotations

from statement_rows import analysed

from newsgraph.analyze.statements.quote_runs import continue_quotation_runs, quotation_runs
from newsgraph.model import Span, Statement

RUN = ('Ms. Whitcombe stated:\n\n"The city hall isn’t about “open doors” anymore. It is about fees.\n\n'
       '"The latest example is the “transit memo,” which nobody saw.\n\n"I will open the books," she said.\n')


def _texts(text, run):
    return [text[a:b] for a, b in run]


def test_runs_follow_the_open_marks_to_the_paragraph_that_closes():
    runs = quotation_runs(RUN)
    assert [_texts(RUN, r) for r in runs] == [[
        '"The city hall isn’t about “open doors” anymore. It is about fees.',
        '"The latest example is the “transit memo,” which nobody saw.',
        '"I will open the books,"']]


def test_a_quote_left_open_after_its_tag_runs_on():
    text = '"We will win," Ruiz said. "The money is there.\n"Nobody should doubt it."\n'
    assert [_texts(text, r) for r in quotation_runs(text)] == [['"The money is there.', '"Nobody should doubt it."']]


def test_no_run_where_quotes_close_or_the_next_paragraph_opens_no_quote():
    assert quotation_runs('"We will win," Ruiz said.\n"Nobody should doubt it."\n') == []
    assert quotation_runs('"We will win, Ruiz said.\nThe council met on Monday.\n') == []
    # a curly quotation is not continued by a straight mark
    assert quotation_runs('“We will win.\n"Nobody doubts it."\n') == []


def _statement(text, sid, frame, cue, content):
    return Statement(id=sid, frame=frame, cue=Span.of(text, *cue), content=[Span.of(text, *c) for c in content],
                     source=None, speaker=None, kind="direct")


def test_the_statement_reporting_the_open_quotation_takes_the_run():
    cue = RUN.index("stated")
    first = RUN.index('"The city')
    s = _statement(RUN, "S1", "speech", (cue, cue + 6), [(first, RUN.index(" It is"))])
    assert continue_quotation_runs(RUN, [s]) == 1
    assert [c.text for c in s.content] == [
        '"The city hall isn’t about “open doors” anymore. It is about fees.',
        '"The latest example is the “transit memo,” which nobody saw.',
        '"I will open the books,"']


def test_a_speaker_of_its_own_inside_the_run_leaves_it_an_excerpt():
    text = 'The paper wrote:\n\n"Vos said “no” twice. Then he left.\n\n"Later Ruiz said he would return."\n'
    cue = text.index("wrote")
    first = text.index('"Vos')
    inner = text.index("said he")
    outer = _statement(text, "S1", "writing", (cue, cue + 5), [(first, text.index(" Then"))])
    ruiz = _statement(text, "S2", "speech", (inner, inner + 4), [(inner + 5, text.index('."\n') + 1)])
    assert continue_quotation_runs(text, [outer, ruiz]) == 0
    assert [c.text for c in outer.content] == ['"Vos said “no” twice.']


def test_colon_cue_then_quote_paragraphs_is_one_statement():
    text = ('Council Race Heats Up\n\nFormer councillor Dana Whitcombe called for the resignation of the city '
            'manager on Friday.\n\nMs. Whitcombe stated:\n\n"The city hall isn’t about “open doors” anymore. It is '
            'about parking fees and closed meetings.\n\n"The latest example is the manager hiding the “transit '
            'memo,” which the council never saw.\n\n"The town was supposed to serve its residents. I will open '
            'the books on my first day."\n\nThe council meets again on Tuesday.\n')
    assert ('Dana Whitcombe', 'stated', [
        '"The city hall isn’t about “open doors” anymore. It is about parking fees and closed meetings.',
        '"The latest example is the manager hiding the “transit memo,” which the council never saw.',
        '"The town was supposed to serve its residents. I will open the books on my first day."']) \
        in analysed(text, "speaker", "cue", "content")


def test_a_cue_inside_the_open_quotation_leaves_the_run():
    # the first paragraph's open quotation holds a cue of its own: someone else speaks inside it
    text = 'Vos wrote:\n\n“Ruiz came up and she said hello. She left.\n\n“Then she came back.”\n'
    cue = text.index("wrote")
    first = text.index("“Ruiz")
    inner = text.index("said")
    outer = _statement(text, "S1", "writing", (cue, cue + 5), [(first, text.index(" She left"))])
    ruiz = _statement(text, "S2", "speech", (inner, inner + 4), [(inner + 5, inner + 10)])
    assert continue_quotation_runs(text, [outer, ruiz]) == 0
    assert [c.text for c in outer.content] == ['“Ruiz came up and she said hello.']
    assert continue_quotation_runs(text, [outer]) == 1
    assert [c.text for c in outer.content] == ['“Ruiz came up and she said hello. She left.', '“Then she came back.”']
