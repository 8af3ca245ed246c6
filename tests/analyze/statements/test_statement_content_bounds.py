"""Where a statement's content begins and ends: quotes the parser left beside their cue, a second
cue's clause, the writer's clause after the words (invented sentences; issue 10, third blind set)."""
import pytest
from statement_rows import analysed


def _rows(text):
    return analysed(text, "cue", "speaker", "content")


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


@pytest.mark.parametrize("text, row", [
    ("Tom Brell, a columnist, was arguing with the host on how the harbour fire should be described.",
     ("was arguing with the host on", "Tom Brell", ["how the harbour fire should be described"])),
    ("Mayor Ana Ruiz told reporters about the flooding.",
     ("told reporters about", "Ana Ruiz", ["the flooding"])),
])
def test_the_matter_after_the_one_addressed_is_the_content(text, row):
    assert _rows(text) == [row]


@pytest.mark.parametrize("text, shown", [
    # whom or what the words answered, the text written, the target judged: no words, not shown
    ("Anna Veld was responding to a message from the port director.", []),
    ("The company wrote a detailed, six-page letter to the dean of the college.", []),
    ("Anna Veld defended her decision to rely on the old ferry for the festival.", []),
    ("Anna Veld criticized the council's plan to close the harbour.", []),
    # with words of their own they are shown
    ("Anna Veld accused the mayor of having hidden the report.", ["accused"]),
    ("Anna Veld wrote a letter saying the harbour would close.", ["wrote"]),
    ("Anna Veld criticized the council's plan as reckless.", ["criticized"]),
])
def test_a_cue_whose_content_names_no_words_is_not_shown(text, shown):
    assert [row[0] for row in _rows(text)] == shown


@pytest.mark.parametrize("text, content", [
    ("If you listen to what she said this week, Anna Veld talked about how hard it was for the port, how we need "
     "to respect our sailors, how we need to pray for those who are lost and those who are hurt.",
     "how hard it was for the port, how we need to respect our sailors, how we need to pray for those who are lost "
     "and those who are hurt"),
    ("Tom Brell explained why the ferry was late, why the bridge closed, and why nobody was told.",
     "why the ferry was late, why the bridge closed, and why nobody was told"),
    ("Tom Brell said how the ferry works, which surprised everyone.", "how the ferry works"),
])
def test_parallel_items_of_a_list_stay_in_the_content(text, content):
    assert _rows(text)[-1][2] == [content]


def test_a_concession_the_writer_sets_off_by_a_dash_is_not_content():
    text = ("The ferry clerk Tom Brell told police that he had not made the changes the manager requested months "
            "earlier - though he gave varying stories as to what happened next.")
    assert _rows(text) == [("told", "Tom Brell", ["that he had not made the changes the manager requested months "
                                                  "earlier"])]


@pytest.mark.parametrize("text, content", [
    ('Anna Veld described harbour officials as "obsessed" with dredging.',
     'harbour officials as "obsessed" with dredging'),
    ('Anna Veld described her son as "brave" before the hearing.', 'her son as "brave"'),
    ("Anna Veld wrote a letter saying the harbour would close.", "the harbour would close"),
])
def test_what_an_as_phrase_or_a_texts_participle_says_is_the_content(text, content):
    assert _rows(text)[0][2] == [content]


@pytest.mark.parametrize("text, rows", [
    # the question put to someone is not their words; their answer is
    ('Asked how the trip went, Anna Veld replied "So far so good."', [("replied", "Anna Veld", ['"So far so good."'])]),
    ("Asked whether the bridge was safe, Tom Brell said no.", [("said", "Tom Brell", ["no"])]),
    ("Asked about the bridge, Tom Brell said it was safe.", [("said", "Tom Brell", ["it was safe"])]),
])
def test_an_answer_is_what_was_said_not_the_question(text, rows):
    assert _rows(text) == rows


def test_a_partitive_relative_clause_closes_the_content_and_reports_its_own_words():
    text = ("Mayor Tom Brell remarked that he had consulted the city lawyer Anna Veld and the scholar Ed Marr, "
            "both of whom advised him that the order was within the rules.")
    assert [(row[0], row[2]) for row in _rows(text)] == [
        ("remarked", ["that he had consulted the city lawyer Anna Veld and the scholar Ed Marr"]),
        ("advised", ["that the order was within the rules"])]


@pytest.mark.parametrize("text, rows", [
    ("As Tom Brell seized on the flood to renew his call to close the harbour, other mayors did the same.",
     [("call", "Tom Brell", ["to close the harbour"])]),
    ("Anna Veld repeated her pledge to close the harbour.", [("pledge", "Anna Veld", ["to close the harbour"])]),
    ("The call to prayer sounded at dawn.", []),
])
def test_a_call_or_pledge_delivered_reports_its_infinitive(text, rows):
    assert _rows(text) == rows


def test_a_quoted_predicate_after_an_interrupting_cue_is_not_a_quote_of_its_own():
    text = "The harbour's new ferry, Anna Veld said, ''is a perfect example of adapting'' to the tides."
    assert all(row[2] != ["''is a perfect example of adapting''"] for row in _rows(text))


@pytest.mark.parametrize("text, rows", [
    ("Local shop owners decried it; newspaper editorials railed against it; and residents filed suit.", []),
    ("The bridge is unsafe, the agency said, and it will close.",
     [("said", None, ["The bridge is unsafe", "it will close"])]),
    ('"The bridge is unsafe; it will close," the agency said.',
     [("said", None, ['"The bridge is unsafe; it will close,"'])]),
])
def test_a_clause_a_semicolon_parts_from_the_cue_is_not_its_content(text, rows):
    assert [(row[0], None, row[2]) for row in _rows(text)] == rows


@pytest.mark.parametrize("text, row", [
    ('"If the last three mayors do not want to get on that stage," Tom Robel said, "why would the ferry '
     'lines want to align themselves with him?"',
     ("said", "Tom Robel", ['"If the last three mayors do not want to get on that stage,"',
                            '"why would the ferry lines want to align themselves with him?"'])),
    ('"My bosses, whoever they have been," Tom Robel said, "hear the same comment at every stop."',
     ("said", "Tom Robel", ['"My bosses, whoever they have been,"', '"hear the same comment at every stop."'])),
])
def test_a_quote_split_by_its_cue_is_one_content(text, row):
    """'"A," X said, "B."': the first half before the cue clause belongs to the same words."""
    assert _rows(text) == [row]


def test_a_quote_parted_from_the_cue_by_the_writers_words_is_not_the_first_half():
    text = ('"To the extent they care," he said of the campaign, "I am sure I have irritated all of them." '
            'Tom Robel said so.')
    assert ("said", ['"I am sure I have irritated all of them."']) in [(row[0], row[2]) for row in _rows(text)]


@pytest.mark.parametrize("text, row", [
    # a second report conjoined inside the first's clause is a cue of its own
    ("Brell said if the mayor is elected, she'll close many more harbours under the new plan and Brell says "
     "some of those closures will be worse than the last.",
     ("said", "Tom Brell", ["if the mayor is elected, she'll close many more harbours under the new plan"])),
    # the quote marks end the speaker's words; the writer's clause after them is not content
    ('Mayor Ana Ruiz said: "I have admitted many times that closing two harbours was a mistake," but in fact '
     'Ruiz closed only one harbour as mayor - the northern one.',
     ("said", "Ana Ruiz", ['"I have admitted many times that closing two harbours was a mistake,"'])),
    ('Ruiz said "the plan is dead," but in fact the council had already revived it.',
     ("said", "Ruiz", ['"the plan is dead,"'])),
    # words fronted before an inverted cue are all the speaker's, a closing participle too
    ('That would create a "summer of pain" for Ruiz leading up to the vote, forcing her to fight both Brell and '
     'Veld, said Tom Klee, a local pollster.',
     ("said", "Tom Klee", ['That would create a "summer of pain" for Ruiz leading up to the vote, forcing her to '
                           'fight both Brell and Veld'])),
    # the occasion between the cue and its that-clause is not what was said
    ('Mayor Ana Ruiz, a harbour council member, predicted at the most recent council debate that the greens will '
     'win "every ward" if Brell wins the runoff.',
     ("predicted", "Ana Ruiz", ['that the greens will win "every ward" if Brell wins the runoff'])),
    ("The mayor said at a rally that the bridge would be finished in May.",
     ("said", None, ["that the bridge would be finished in May"])),
])
def test_the_content_ends_where_the_words_end_and_starts_at_the_clause(text, row):
    cue, _, content = row
    assert (cue, content) in [(r[0], r[2]) for r in _rows(text)]


@pytest.mark.parametrize("text, content", [
    # a backshifted predicate after the quote goes on reporting; a second quote too
    ('Ruiz said "the plan is dead," and she would not revive it.', ['"the plan is dead," and she would not revive it']),
    ('Ruiz said that "the plan is dead" and "the bridge is next."', ['that "the plan is dead" and "the bridge is next."']),
])
def test_the_speakers_words_go_on_after_a_quote(text, content):
    assert _rows(text)[0][2] == content


def test_a_second_speakers_label_in_one_paragraph_ends_the_first_speakers_words():
    text = ('The two rivals agree on the harbour.\n\nRuiz: "Our aim is not to slow the dredging, but to stop it." '
            'Brell: "The task is to stop the dredging -- not to slow it."\n\nNeither said how.')
    rows = [(r[0], r[2]) for r in _rows(text)]
    assert (":", ['"Our aim is not to slow the dredging, but to stop it."']) in rows
    assert (":", ['"The task is to stop the dredging -- not to slow it."']) in rows


def test_a_subject_the_parser_hung_on_the_according_to_source_is_the_clauses():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.analyze.statements.constructions import _subject_in_source

    # the parse a pipeline gave such a sentence: "the flood" an apposition of the last name
    words = "According to a study by Tom Klee , the flood is to blame".split()
    heads = [10, 0, 3, 1, 3, 6, 4, 6, 9, 6, 10, 12, 10]
    deps = ["prep", "prep", "det", "pobj", "prep", "compound", "pobj", "punct", "det", "appos", "ROOT", "aux", "xcomp"]
    pos = ["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "PART", "VERB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    subject = _subject_in_source(doc[0], doc[10])
    assert subject is not None and subject.text == "flood"
    # a clause with a subject of its own keeps its source whole
    parsed = Doc(Vocab(), words=words, heads=[10, 0, 3, 1, 3, 6, 4, 10, 9, 10, 10, 12, 10],
                 deps=["prep", "prep", "det", "pobj", "prep", "compound", "pobj", "punct", "det", "nsubj", "ROOT",
                       "aux", "xcomp"], pos=pos)
    assert _subject_in_source(parsed[0], parsed[10]) is None
