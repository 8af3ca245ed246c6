"""Where reported words end and the writer's begin at a content's edges: the second half of the words
that the parser hung on the cue, a noun phrase the writer sets after a dash, and the writer's setting
before the cue (invented sentences; issue 10, content spans of stlab9 and dev sets 1-4)."""
import pytest
from statement_rows import extract, rows


def _contents(nlp, text, cue):
    return [content for frame, source, found, content in rows(extract(nlp, text)) if found == cue]


@pytest.mark.parametrize("text, content", [
    ('Tom Brell said he had received offers for the boat, but "the offers were to race it in a way I did '
     'not like."',
     ['he had received offers for the boat, but "the offers were to race it in a way I did not like."']),
    ("Ms. Veld said she hoped to get her licence back, and then would continue to run her ferry.",
     ["she hoped to get her licence back, and then would continue to run her ferry"]),
])
def test_a_quoted_or_backshifted_second_half_on_the_cue_goes_on_reporting(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


def test_a_second_half_with_a_speech_verb_of_its_own_is_a_second_cue(nlp):
    text = "Ms. Veld said she hoped to get her licence back, and Tom Brell says the ferry will sail on Monday."
    assert _contents(nlp, text, "said") == [["she hoped to get her licence back"]]


@pytest.mark.parametrize("text, content", [
    ("Ms. Veld said that she went because she thought it would be fun — something Brell could understand.",
     ["that she went because she thought it would be fun"]),
    ("The mayor said that the ferry would carry 300 cars a day - a figure harbour officials dispute.",
     ["that the ferry would carry 300 cars a day"]),
])
def test_a_noun_phrase_after_a_dash_is_the_writers_aside(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


@pytest.mark.parametrize("text, content", [
    ("The mayor said that the ferry would run late - or at least not before noon.",
     ["that the ferry would run late - or at least not before noon"]),
    ("The mayor said that the plan — which cost a great deal — was dead.",
     ["that the plan — which cost a great deal — was dead"]),
    ('The mayor said that the ferry was "a wreck — a floating disgrace."',
     ['that the ferry was "a wreck — a floating disgrace."']),
])
def test_words_after_a_dash_that_go_on_stay_in_the_content(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


@pytest.mark.parametrize("text, content", [
    ("Inside the hall - which looks like a barn except for the missing roof - Tom Brell said he and many of "
     "those who worked last Friday are trying to collect money.",
     ["he and many of those who worked last Friday are trying to collect money"]),
    ("Mr. Brell is so careless, the mayor said in an interview, that he should resign.",
     ["Mr. Brell is so careless", "that he should resign"]),
])
def test_a_clause_before_the_cue_is_content_only_when_the_cue_interrupts_it(nlp, text, content):
    assert _contents(nlp, text, "said") + _contents(nlp, text, "said in an interview") == [content]


def test_a_second_act_after_the_closing_quote_of_the_words_is_the_writers(nlp):
    text = "Mr. Brell has assured the board he is going to keep it ''classy'' and has invited two guests."
    assert "and has invited two guests" not in " ".join(
        " ".join(content) for frame, source, cue, content in rows(extract(nlp, text)))


def test_a_first_person_cue_ends_its_words_before_the_speakers_next_claim(nlp):
    text = "I believe the ferry will sail, and we will keep pressing the council."
    assert rows(extract(nlp, text)) == [("belief", "I", "believe", ["the ferry will sail"])]


@pytest.mark.parametrize("text, content", [
    # the parser's slip simulated: the reported clause of the cue inside the aside runs on into the main clause
    ("Party leader Tom Brell - who said he would close the old mills - said at a rally that the port must act.",
     ["he would close the old mills"]),
    # a hyphen inside a word opens no aside
    ("Front-runner Tom Brell said he would close the old mills - all of them - before the port must act.",
     ["he would close the old mills - all of them - before the port must act"]),
])
def test_a_cue_inside_a_dash_aside_reports_up_to_the_dash_that_closes_it(nlp, text, content):
    from newsgraph.analyze.span_index import SpanIndex
    from newsgraph.analyze.statements.content_choice import inside_dash_aside
    from newsgraph.analyze.statements.quotes import find_quotes

    doc = nlp(text)
    cue = text.index("said")
    start = text.index("he would")
    source = text.index("who") if "who" in text else 0
    spans = inside_dash_aside(doc, [(start, len(text) - 1)], cue, cue + 4, SpanIndex(find_quotes(text)[0]), source)
    assert [text[s:e] for s, e in spans] == content


def test_a_cue_inside_a_dash_aside_with_words_around_it_keeps_them(nlp):
    from newsgraph.analyze.span_index import SpanIndex
    from newsgraph.analyze.statements.content_choice import inside_dash_aside
    from newsgraph.analyze.statements.quotes import find_quotes

    text = "Most voters - 63 percent, according to a poll - still back the port."
    doc = nlp(text)
    cue = text.index("according to")
    content = [(0, text.index(" - 63")), (text.index("still"), len(text) - 1)]
    source = text.index("a poll")
    assert inside_dash_aside(doc, content, cue, cue + 12, SpanIndex(find_quotes(text)[0]), source) == content


def test_a_cue_whose_source_stands_before_the_aside_shares_what_follows_it(nlp):
    from newsgraph.analyze.span_index import SpanIndex
    from newsgraph.analyze.statements.content_choice import inside_dash_aside
    from newsgraph.analyze.statements.quotes import find_quotes

    text = "Tom Brell spoke, criticizing - and even threatening to sue - his rivals."
    doc = nlp(text)
    cue = text.index("threatening")
    content = [(text.index("to sue"), len(text) - 1)]
    assert inside_dash_aside(doc, content, cue, cue + 11, SpanIndex(find_quotes(text)[0]), 0) == content


def test_an_inch_mark_after_a_number_opens_no_quote():
    from newsgraph.analyze.statements.quotes import find_quotes

    text = 'The storm dropped 6" of rain. \u201cWe are fine,\u201d Ruiz said. Another 2" fell overnight.'
    quotes, _ = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["\u201cWe are fine,\u201d"]
