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


def test_a_comma_set_participle_after_the_cue_is_no_part_of_the_quote_before_it():
    rows = _rows('"We wrote two dozen songs before the summer," Anna Veld said, mentioning the new album is '
                 '"nearly done."')
    assert ("said", "Anna Veld", ['"We wrote two dozen songs before the summer,"']) in rows


@pytest.mark.parametrize("text, row", [
    pytest.param("While Tom Brell wrongly claimed that the ferries were late, harbour officials say that the "
                 "timetable was kept.", ("claimed", "Tom Brell", ["that the ferries were late"]), id="while"),
    pytest.param('The pilots argued that, because Anna Veld testified that the fees were "fair," it is also a sign '
                 "that the board agreed.",
                 ("testified", "Anna Veld", ['that the fees were "fair,"']), id="because_after_a_quote"),
])
def test_a_cue_in_the_writers_subordinate_clause_reports_no_more_than_that_clause(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text, row", [
    pytest.param("Mayor Anna Veld, though she said the council should give the builder a permit, notably stopped "
                 "short of backing the tower.",
                 ("said", "Anna Veld", ["the council should give the builder a permit"]), id="though"),
    pytest.param("Mayor Anna Veld, though she praised the builder and said the council should give him a permit, "
                 "stopped short of backing the tower.",
                 ("said", "Anna Veld", ["the council should give him a permit"]), id="conjoined_to_though"),
])
def test_a_subordinate_cue_between_subject_and_predicate_reports_no_more_than_its_clause(text, row):
    # the parser hangs the main predicate ("stopped short") inside the reported clause; it has no subject of its own
    assert row in _rows(text)


def test_a_quote_opened_inside_its_sentence_goes_on_after_a_long_cue_clause():
    rows = _rows('Tom Brell spoke at the harbour. The "anger is like I have never seen before," he told Dana Roe of '
                 'the Courier after the meeting, "and I hope we can fix it."')
    assert ("told", "Tom Brell", ['The "anger is like I have never seen before,"', '"and I hope we can fix it."']) \
        in rows


def test_an_as_clause_whose_cue_has_a_matter_of_its_own_frames_nothing():
    rows = _rows("As Tom Brell and Anna Veld lamented the rising fares, the mayor took a moment to visit the harbour.")
    assert not any(content == ["the mayor took a moment to visit the harbour"] for _, _, content in rows)


def test_a_source_that_names_no_one_gives_no_speaker():
    rows = _rows("So far, no pilot group has claimed responsibility for the strike. Nobody said the ferry was late. "
                 "Mayor Anna Veld said no one had been hurt.")
    assert [(cue, speaker) for cue, speaker, _ in rows if cue in ("has claimed", "said")] == [
        ("has claimed", None), ("said", None), ("said", "Anna Veld")]


def test_what_a_speaker_pointed_to_is_the_matter_not_someone_addressed():
    rows = _rows("As proof, Anna Veld pointed to attacks on her ferry plan funded by two shipping firms.")
    assert ("pointed to", "Anna Veld", ["attacks on her ferry plan funded by two shipping firms"]) in rows
