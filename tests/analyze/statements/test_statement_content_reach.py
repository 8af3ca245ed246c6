"""How far reported words reach: past a colon to what it announces, not over the speaker's next predicate,
back over a quote's first half parted from its cue by an appositive, inside the parentheses a cue stands in,
and not onto a lone connective of the writer's (invented sentences; issue 10, content spans of the
development sets)."""
import pytest
from statement_rows import extract, rows

from newsgraph.analyze.statements.quotes import find_quotes


def _contents(nlp, text, cue):
    return [content for frame, source, found, content in rows(extract(nlp, text)) if found == cue]


def test_a_content_that_stops_at_a_colon_goes_on_to_what_it_announces(nlp):
    text = ("Mayor Tom Brell reiterated the pledges he has made for months: fixing the ferry, paving the harbour "
            "road and building a new school.")
    assert _contents(nlp, text, "reiterated") == [[
        "the pledges he has made for months: fixing the ferry, paving the harbour road and building a new school"]]


def test_a_cue_sentence_ending_its_paragraph_with_a_colon_takes_the_quote_paragraph_after_it(nlp):
    text = ("Ana Marek, a retired teacher who voted for both parties, said that given the choices on offer:\n\n"
            "\"There is only one. He pays his own way, and he owes nobody.\"\n\n"
            "The vote is on Tuesday.")
    assert _contents(nlp, text, "said") == [[
        "that given the choices on offer", "\"There is only one. He pays his own way, and he owes nobody.\""]]


def test_the_speakers_next_predicate_in_the_cues_verb_form_is_not_content(nlp):
    text = "The Ruritanian government denies that the shelling was a crime and goes to great lengths to hide it."
    assert _contents(nlp, text, "denies") == [["that the shelling was a crime"]]


@pytest.mark.parametrize("text, content", [
    ("Ms. Veld said she resigned from the board and left the harbour for good.",
     "she resigned from the board and left the harbour for good"),
    ("Mayor Brell notes that he was the first to plan a ferry and has the most experience with boats.",
     "that he was the first to plan a ferry and has the most experience with boats"),
])
def test_a_conjunct_in_the_reported_verbs_form_or_of_a_state_stays(nlp, text, content):
    cue = "said" if " said " in text else "notes"
    assert _contents(nlp, text, cue) == [[content]]


def test_a_condition_before_the_cue_of_a_hypothetical_consequence_is_said(nlp):
    text = "If the ferry does not sail on Monday, Ms. Veld said she would close the harbour office."
    assert _contents(nlp, text, "said") == [["If the ferry does not sail on Monday",
                                             "she would close the harbour office"]]


def test_a_writers_condition_before_a_plain_report_is_not_said(nlp):
    text = "If there were any doubts about his plans, Mayor Brell has argued that the ferry will sink."
    assert _contents(nlp, text, "has argued") == [["that the ferry will sink"]]


def test_a_quotes_first_half_before_an_appositive_source_is_the_same_sentence(nlp):
    text = ('"My bosses, whoever they were, including Ana Marek," Mr. Brell, the harbour consultant, said, "the '
            'first thing they hear is that they were on television."')
    assert _contents(nlp, text, "said") == [[
        '"My bosses, whoever they were, including Ana Marek,"',
        '"the first thing they hear is that they were on television."']]


def test_a_lone_connective_before_the_cue_clause_is_the_writers(nlp):
    text = ('However, as Mayor Tom Brell told the Harbour Courier, "We have suffered the same fate as the '
            'ferry, and the ferry sank."')
    assert _contents(nlp, text, "told") == [[
        '"We have suffered the same fate as the ferry, and the ferry sank."']]


def test_a_cue_in_parentheses_reports_only_the_words_inside_them(nlp):
    text = ('The debate is between those who fear softness ("This is less a crisis than an occupation," Ana Marek '
            'wrote in the Courier last week) and those who fear that the town will turn on itself.')
    assert _contents(nlp, text, "wrote") == [['"This is less a crisis than an occupation,"']]


@pytest.mark.parametrize("text, quotes, warned", [
    ("Brell wrote, “If you care, show it even when “your team” is at fault. Otherwise, it is hollow.” Then he left.",
     ["“If you care, show it even when “your team” is at fault. Otherwise, it is hollow.”"], False),
    ("Brell said “the plan. Marek said “no” to it.", ["“no”"], True),  # the outer mark never closes: as before
])
def test_a_curly_quote_inside_a_curly_quote_is_nested_when_the_outer_one_closes(text, quotes, warned):
    found, warnings = find_quotes(text)
    assert [text[q.start:q.end] for q in found] == quotes and bool(warnings) == warned


@pytest.mark.parametrize("text, cue, content", [
    # a colon right after a closed quote: the writer's comment follows
    ('Mayor Tom Brell called the ferry plan "a disaster": the cost has doubled since the spring and the harbour '
     'board meets again next week.', "called", 'the ferry plan "a disaster"'),
    # a closed quote, then an adjunct of the saying, then the colon: the adjunct and what follows are the writer's
    ('Ana Marek said the vote was "a clear win for the valley" on Tuesday: turnout rose by a third in every '
     'village along the river.', "said", 'the vote was "a clear win for the valley"'),
])
def test_a_colon_after_a_closed_quote_goes_on_in_the_writers_narration(nlp, text, cue, content):
    assert _contents(nlp, text, cue) == [[content]]


def test_a_clause_after_a_closed_quote_keeps_reporting_to_the_colon(nlp):
    text = ('The station has always claimed itself to be a "balanced" source of "the facts," and that its staff do '
            'only that: report.')
    assert _contents(nlp, text, "has always claimed") == [[
        'itself to be a "balanced" source of "the facts,"', 'that its staff do only that: report']]


def test_a_quote_after_the_colon_goes_on_with_the_speakers_words(nlp):
    text = 'Ana Marek said the vote was "a clear win" for the valley: "Turnout rose by a third in every village."'
    assert _contents(nlp, text, "said") == [[
        'the vote was "a clear win" for the valley: "Turnout rose by a third in every village."']]


@pytest.mark.parametrize("text, cue, content", [
    # the relative pronoun is the object of the reported infinitive: the noun it stands for goes first
    ("The court ruled against the harbour claims, which the city has vowed to ignore.", "has vowed",
     ["the harbour claims", "to ignore"]),
    ("They opposed the tax, which Brell has promised to repeal next year.", "has promised",
     ["the tax", "to repeal next year"]),
    # the relative pronoun is the speaker: the infinitive is all
    ("The court heard from the mayor, who has vowed to resign.", "has vowed", ["to resign"]),
])
def test_an_infinitive_reported_in_a_relative_clause_says_its_words_of_the_noun(nlp, text, cue, content):
    assert _contents(nlp, text, cue) == [content]


@pytest.mark.parametrize("text, cue, content", [
    # a demonstrative subject before an as-parenthetical cue is the reported clause's own
    ("Low rates help the rest of the economy. And that, as Brell points out, is quite a bit right now.",
     "points out", ["that", "is quite a bit right now"]),
    # a relative pronoun before the cue is not what was said
    ("The plane, which it said crashed at dawn, was old.", "said", ["The plane", "crashed at dawn"]),
])
def test_a_lone_subject_pronoun_stays_a_lone_relative_word_goes(nlp, text, cue, content):
    assert _contents(nlp, text, cue) == [content]


def test_a_subhead_in_capitals_after_the_reported_words_is_no_content(nlp):
    text = ("Mayor Tom Brell also announced the ferry would begin running to Varn for the first time.\n"
            "“VOTERS DECIDE IN THE END”\n"
            "Across the valley, councillors have been startled by the plan.")
    assert _contents(nlp, text, "announced") == [["the ferry would begin running to Varn for the first time"]]
