"""Speakers named inside, beside or before their source, and words introduced by a colon
(invented sentences; issue 10, blind-check round 4)."""
import pytest
from statement_rows import analysed

import newsgraph


def _shown(text, shown=True):
    """(speaker name, content texts) of the shown statements (``shown=False``: of every statement)."""
    return analysed(text, "speaker", "content", shown_only=shown)


def test_a_cue_ending_its_paragraph_with_a_colon_introduces_the_quote_paragraphs_after_it():
    text = ('Senator Dana Pruitt, who chairs the budget committee, said:\n\n'
            '"We cannot keep borrowing. The numbers do not add up."\n\n'
            '"We need a plan."\n\nThe vote is on Friday.')
    assert _shown(text) == [("Dana Pruitt", ['"We cannot keep borrowing. The numbers do not add up."',
                                             '"We need a plan."'])]


def test_a_gerund_after_a_preposition_shares_the_verbs_subject():
    every = _shown('The boy\'s mother testified, describing her son as "brave" before describing the fight.',
                   shown=False)
    assert [s[0] for s in every] == ["boy mother", "boy mother"]
    assert every[1][1] == ["the fight"]  # kept, not shown: "the fight" is what was described, not words


@pytest.mark.parametrize("text, expected", [
    pytest.param('Diego Marren beat Tom Vell on Monday. "I played well," the 14th-ranked Marren said.',
                 [("Diego Marren", ['"I played well,"'])],
                 id="a_name_after_words_that_are_no_part_of_it_is_the_speaker"),
    pytest.param("Northwind's parent company, Brightwater Holdings, said it would sell the unit.",
                 [("Brightwater Holdings", ["it would sell the unit"])],
                 id="a_description_with_a_name_in_apposition_is_the_one_named"),
    pytest.param("The deal comes a week after Bloomberg reported the bank was under investigation.",
                 [("Bloomberg", ["the bank was under investigation"])],
                 id="a_news_outlet_the_tagger_took_for_a_place_still_speaks"),
    pytest.param("Blue Heron Productions said in a statement that the show would return. "
                 "A coalition of 40 groups wrote in a letter that the rules were unfair.",
                 [("Blue Heron Productions", ["that the show would return"]),
                  ("coalition of 40 groups", ["that the rules were unfair"])],
                 id="a_that_clause_on_the_channel_is_what_the_cue_reports"),
    pytest.param("“Rivers first” is rolling out with billboards on which farmers say, “We are on it.”",
                 [("farmers", ["“We are on it.”"])],
                 id="a_slogan_opening_a_sentence_is_no_quote_of_the_speaker_after_it"),
    pytest.param("Vell said at the time that the bridge was safe. Orm said on Monday the vote was rigged. "
                 "Brell said that on Monday the vote was rigged.",
                 [("Vell", ["that the bridge was safe"]), ("Orm", ["the vote was rigged"]),
                  ("Brell", ["that on Monday the vote was rigged"])],
                 id="the_time_of_the_saying_is_no_part_of_what_was_said"),
    pytest.param('Aroha Tane, the wife of the senator, spoke at the rally on Monday. Rangi Hohaia, the senator, '
                 'was absent. "We will win," she said.',
                 [("Aroha Tane", ['"We will win,"'])],
                 id="a_gendered_noun_in_apposition_tells_who_she_is"),
    pytest.param("Northwind’s parent company, Brightwater Holdings, announced on Monday that it was selling "
                 "the unit.",
                 [("Brightwater Holdings", ["that it was selling the unit"])],
                 id="a_main_verb_parsed_as_a_participle_on_its_subject_keeps_the_whole_subject"),
    pytest.param("While the line-up is thin (only three ferries have been ordered), Ana Ruiz says there is a "
                 "chance that more boats will be built.",
                 [("Ana Ruiz", ["there is a chance that more boats will be built"])],
                 id="the_writers_framing_clause_before_the_cue_is_no_content"),
])
def test_the_speakers_and_their_words(text, expected):
    assert _shown(text) == expected


def test_a_place_that_speaks_stays_its_country_and_a_title_no_organisation():
    analysis = newsgraph.analyze("Moscow said the talks were over.")
    assert analysis.actor(analysis.statements[0].speaker).kind == "country"
    text = ("Canadian Prime Minister Luc Tremblay met Grace Holt. The Canadian Prime Minister said trade would grow.")
    assert [s[0] for s in _shown(text)] == ["Luc Tremblay"]


@pytest.mark.parametrize("text, names", [
    pytest.param("Airbus delivered 40 jets in May, while Boeing delivered 12. The French manufacturer said "
                 "demand remained strong. The American company said it expected more orders.",
                 ["Airbus", "Boeing"],
                 id="a_description_with_a_nationality_is_the_company_of_that_country_named_before"),
    pytest.param("A Brisk man pleaded guilty to fraud, the U.S. Attorney’s Office for the Northern District "
                 "announced Monday. His sentencing is set for May 4, according to the office release.",
                 ["U.S. Attorney", "U.S. Attorney"],
                 id="an_office_named_with_capitals_speaks_for_its_holder"),
    pytest.param('"Trains are late," says Petra Early, who runs the rail union. "Streaming is binary," says Early. '
                 'Early says there is a chance of a strike. "We will see," she says.',
                 ["Petra Early"] * 4,
                 id="a_surname_the_tagger_took_for_an_adverb_is_the_speaker"),
])
def test_the_speakers_named(text, names):
    assert [s[0] for s in _shown(text)] == names


def test_an_infinitive_of_purpose_is_an_intention_not_shown():
    analysis = newsgraph.analyze("Vell flew to Oslo on Monday to announce the merger.")
    assert [(s.cue.text, s.frame, s.shown) for s in analysis.statements] == [("to announce", "intention", False)]


def test_a_quote_opening_its_paragraph_is_the_speaker_named_in_the_next_sentence():
    shown = _shown('"We will keep the plant open," Vell said on Monday. "Nobody will lose a job."\n\n'
                   '"It is a lie. They said the same thing last year." Union leader Ana Marek said the workers '
                   'had heard such promises before.\n\n"Tickets are sold out." The band will play on Friday.')
    assert shown[1] == ("Ana Marek", ['"It is a lie. They said the same thing last year."',
                                      "the workers had heard such promises before"])
    assert len(shown) == 2


def test_a_thing_shown_and_evidence_without_a_speaker_are_not_shown():
    analysis = newsgraph.analyze("Kestrel has revealed its new phone. Preliminary tests by the lab reveal that "
                                 "the phone runs hot. The minister revealed details of the budget.")
    assert [(s.cue.text, s.frame) for s in analysis.statements] == [
        ("has revealed", "belief"), ("reveal", "belief"), ("revealed", "speech")]


def test_a_sentence_break_after_an_abbreviation_does_not_cut_the_content():
    shown = _shown("Kestrel says the motor gives the ZX. ROAMER a top speed of 90 mph. There is no spare wheel. "
                   "She said she loved the USA. Texas, mostly.")
    assert [s[1] for s in shown] == [["the motor gives the ZX. ROAMER a top speed of 90 mph"], ["she loved the USA"]]


def test_the_group_is_the_coalition_named_before_not_the_newspaper_that_reported_it():
    shown = _shown("Civic Watch, a coalition of tenant groups, criticised the plan. The Harbour Gazette, which first "
                   "reported the plan, said the mayor had not consulted residents. The group said it would hold a "
                   "protest on Friday.", shown=False)
    # "criticised the plan" is Civic Watch's stance (kept, not shown); "which first reported the plan" is no speaker
    assert [s[0] for s in shown] == ["Civic Watch", "Harbour Gazette", "Civic Watch"]


def test_answers_of_a_question_and_answer_interview_are_the_interviewees():
    analysis = newsgraph.analyze("Brightwater has named Marta Kowalczyk its chief executive. We asked Marta "
                                 "Kowalczyk about her plans.\n\nQ: What did you learn in your past roles?\n\n"
                                 "A: I think listening matters most.\n\nQ: What is next?\n\n"
                                 "A: We are moving subscriptions to the next level.")
    rows = [(s.cue.text, analysis.actor(s.speaker).name if s.speaker else None, s.frame)
            for s in analysis.statements if s.cue.text == ":"]
    assert rows == [(":", "Marta Kowalczyk", "speech"), (":", "Marta Kowalczyk", "speech")]
    assert not any(s.cue.text == ":" and s.content[0].text.startswith("What") for s in analysis.statements)


def test_answers_go_to_no_one_the_introduction_does_not_name():
    analysis = newsgraph.analyze("Our new chief talks about the year ahead.\n\nQ: Who inspires you?\n\n"
                                 "A: Marta Kowalczyk inspires me, and I think Marta Kowalczyk is right.\n\n"
                                 "Q: What is next?\n\nA: We are moving to Brenton.")
    assert not any(s.speaker for s in analysis.statements if s.cue.text == ":")


def test_a_group_described_in_apposition_speaks_for_the_organisation_named_before_it():
    shown = _shown("Duties have helped local mills, said Ravi Kell, who heads the Union of Northern Millers, a group "
                   "that has applauded the new duties.", shown=False)
    assert shown == [("Ravi Kell", ["Duties have helped local mills"]),
                     ("Union of Northern Millers", ["the new duties"])]


def test_a_headline_label_x_on_y_is_the_words_of_x_not_of_y():
    # "Gallup Chief On Trump: ..." is the chief's words about Trump: Trump is no speaker of it, and
    # "Gallup Chief On" is no title of his
    analysis = newsgraph.analyze("Gallup Chief On Trump: \u2018We Do Not Poll Candidates Early.\u2019\n\n"
                                 "Gallup chief Ned Vargo is not bowing to Republican candidate Donald Trump. "
                                 "\u201cWe do not poll candidates early,\u201d Vargo said on Thursday.")
    headline = next(s for s in analysis.statements if s.cue.text == ":")
    assert headline.source.text == "Gallup Chief"
    trump = next(a for a in analysis.actors if a.name == "Donald Trump")
    assert headline.speaker != trump.id
    assert "On" not in (trump.title or "").split()
