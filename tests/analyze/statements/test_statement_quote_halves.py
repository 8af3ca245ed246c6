"""Which statement a quote belongs to, and where a quoted utterance ends: the second half of a quote
after a cue clause with a paraphrase or a question in it, the writer's words the parser hangs after a
closing quote mark, a second cue before the second half, a number's sign, a dash's summing-up noun and a
"by saying" cue (invented sentences; thirteenth session, content errors of the hunting documents)."""
import pytest
from statement_rows import extract, rows


def _contents(nlp, text, cue):
    return [content for frame, source, found, content in rows(extract(nlp, text)) if found == cue]


@pytest.mark.parametrize("text, cue, second", [
    ('"That is the big question," Marlow said, noting he would support any of the other candidates if they won '
     'the nomination. "We have a deep bench here."', "noting", "he would support"),
    ('"It was very pleasant," the casino owner told Reuters in a rare interview in Lisbon when asked if he had '
     'met the senator. "He was very polite."', "asked", "if he had met"),
    ('"We are going to win so much," Walsh said at his party in Dover, two hours after news outlets declared him '
     'the winner of the primary. "You are going to be so happy."', "declared", "him the winner"),
])
def test_a_quote_after_the_cue_sentence_goes_on_with_the_quoting_statement(nlp, text, cue, second):
    statements = rows(extract(nlp, text))
    quoting = [content for _, _, found, content in statements if len(content) == 2]
    assert len(quoting) == 1 and quoting[0][1].startswith('"') and quoting[0][1].endswith('."')
    paraphrase = [content for _, _, found, content in statements if found == cue]
    assert all(not any(c.startswith('"') for c in content) for content in paraphrase)
    assert all(content[0].startswith(second) for content in paraphrase)


def test_a_quote_closed_by_a_full_stop_is_not_attributed_by_the_next_sentence(nlp):
    text = ('"There are going to be riots over there," he said of the mayor\'s plan to house 8,000 new residents. '
            '"I think this is going to destroy Leeds." He added, "Taking these people is madness."')
    assert _contents(nlp, text, "said") == [['"There are going to be riots over there,"',
                                             '"I think this is going to destroy Leeds."']]
    assert _contents(nlp, text, "added") == [['"Taking these people is madness."']]


def test_a_quote_resumed_in_lower_case_after_a_long_cue_clause_is_the_same_sentence(nlp):
    text = ('"Many people are uncertain this year," Varga wrote in a statement to the paper explaining why he is '
            'speaking at the meeting, "but most voters agree that our city is on the wrong track."')
    assert _contents(nlp, text, "wrote") == [['"Many people are uncertain this year,"',
                                              '"but most voters agree that our city is on the wrong track."']]


def test_a_second_half_after_adding_is_what_adding_reports(nlp):
    text = ('"Rob does not really believe I am unhinged. He has failed in this campaign," Walsh said, adding, '
            '"Nobody cares. I am the most solid person up here."')
    assert _contents(nlp, text, "said") == [['"Rob does not really believe I am unhinged. He has failed in this '
                                             'campaign,"']]
    assert _contents(nlp, text, "adding") == [['"Nobody cares. I am the most solid person up here."']]


@pytest.mark.parametrize("text, cue, content", [
    ('Sanders had previously said, "We will see," when asked whether he would raise money for other candidates.',
     "had previously said", ['"We will see,"']),
    ('Trump said: "There will always be exceptions," the Times reported.', "said",
     ['"There will always be exceptions,"']),
])
def test_the_writers_words_after_a_quoted_utterance_are_no_content(nlp, text, cue, content):
    assert _contents(nlp, text, cue) == [content]


def test_a_quoted_fragment_keeps_the_reported_words_after_it(nlp):
    assert _contents(nlp, 'Lee said the plan was "a disaster" for the city.', "said") == [
        ['the plan was "a disaster" for the city']]


def test_a_percent_sign_is_part_of_the_number(nlp):
    text = "Smith said turnout rose by 5%. Jones said the mayor leads 64% to 27%."
    assert _contents(nlp, text, "said") == [["turnout rose by 5%"], ["the mayor leads 64% to 27%"]]


@pytest.mark.parametrize("text, content", [
    ("Marlow sent a text to his supporters, asking them not to stage protests inside the hall — a message that, "
     "at least at the outset, has not been heeded.", ["not to stage protests inside the hall"]),
])
def test_a_summing_up_noun_after_a_dash_is_the_writers(nlp, text, content):
    assert _contents(nlp, text, "asking") == [content]


def test_a_bare_noun_after_a_dash_can_be_the_speakers(nlp):
    assert _contents(nlp, "Officials said the city needs one thing — money.", "said") == [
        ["the city needs one thing — money"]]


def test_a_speech_gerund_after_by_is_part_of_the_cue(nlp):
    text = "The Marlow campaign countered Sunday by suggesting four other nights."
    assert _contents(nlp, text, "countered Sunday by suggesting") == [["four other nights"]]


@pytest.mark.parametrize("text", [
    '"We are going to tax you when those machines come," Walsh said in February of heater maker Acme Corp., whose '
    'parent company Big Holdings Inc. moved 1,400 jobs to Monterrey, Mexico.',
    '"Let us go back six months and look at Ruiz announcing her candidacy and being 3, 4 percent in the polls," '
    'Walsh said in an interview with the Courier aired Monday on "Morning Hour."',
])
def test_a_quote_before_the_cue_is_what_it_reports_not_the_writers_words_after_it(nlp, text):
    assert _contents(nlp, text, "said") == [[text[:text.index(',"') + 2]]]


def test_a_that_clause_after_a_quote_and_its_cue_goes_on_reporting(nlp):
    text = '"It is our bad luck," he said, that both violent men had ties to this little mosque, one of the oldest.'
    assert _contents(nlp, text, "said") == [['"It is our bad luck,"', "that both violent men had ties to this little "
                                                                      "mosque"]]

