"""Where what was said ends when the sentence goes on after it: a participle set off by a comma, the
writer's circumstance of the saying (invented sentences; issue 10, twelfth session)."""
import pytest
from statement_rows import analysed

import newsgraph


def _rows(text):
    return analysed(text, "cue", "speaker", "content", shown_only=False)


@pytest.mark.parametrize("text, row", [
    pytest.param("Mayor Anna Veld rejected the ferry plan, saying the harbour could not afford it.",
                 ("rejected", "Anna Veld", ["the ferry plan"]), id="saying_after_the_object"),
    pytest.param('Tom Brell called the levy a "quiet theft," linking to a report on harbour fees.',
                 ("called", "Tom Brell", ['the levy a "quiet theft,"']), id="after_a_closing_quote_mark"),
    pytest.param("The Harbour Board slammed a lawsuit filed by a former pilot, calling it baseless.",
                 ("slammed", "Harbour Board", ["a lawsuit filed by a former pilot"]), id="calling_after_the_object"),
])
def test_a_participle_set_off_after_the_object_is_no_part_of_it(text, row):
    assert row in _rows(text)


def test_a_reporting_participle_after_a_closing_quote_is_a_statement_of_its_own():
    rows = _rows('Anna Veld said last week that the ferry is "a lifeline," stating at the meeting that the '
                 'fares are "too high for families, who cannot pay them."')
    assert ("said", "Anna Veld", ['that the ferry is "a lifeline,"']) in rows
    assert ("stating", "Anna Veld", ['that the fares are "too high for families, who cannot pay them."']) in rows


def test_the_writers_circumstance_after_the_cue_is_not_what_was_said():
    rows = _rows('Tom Brell spoke at the harbour. "The pilots never paid the fees," he said as some in the crowd '
                 'booed.')
    assert ("said", "Tom Brell", ['"The pilots never paid the fees,"']) in rows


def test_the_one_interviewed_is_the_one_the_introduction_names_most():
    analysis = newsgraph.analyze(
        "Q&A with Governor Marta Kowalczyk.\n\nGovernor Marta Kowalczyk spoke to us on Thursday. Kowalczyk "
        "praised Tom Brell.\n\nQ: What about Brell?\n\nA: I think Tom Brell did well. Tom Brell is a friend.\n\n"
        "Q: And the ferry?\n\nA: I think Tom Brell should fix it. Tom Brell knows how.")
    speakers = {analysis.actor(s.speaker).name for s in analysis.statements if s.cue.text == ":" and s.speaker}
    assert speakers == {"Marta Kowalczyk"}
