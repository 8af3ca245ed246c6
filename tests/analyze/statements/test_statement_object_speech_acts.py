"""Speech acts whose complement is a noun phrase, a gerund, a predicative or an "of"-phrase, and
information withheld as a no-comment, on sentences of our own writing (invented people and
companies), real spaCy parse and the shipped cue model."""
from __future__ import annotations

import pytest
from statement_rows import extract, rows  # statements with no actor index, as rows

from newsgraph.analyze.statements import find_statements
from newsgraph.eval.statements import NoResolution

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("The health authority reported a third case on Friday.",
     [("speech", "The health authority", "reported", ["a third case"])]),
    ('Councillor Tom Brask blasted the bonus as "morally wrong".',
     [("speech", "Councillor Tom Brask", "blasted", ['the bonus as "morally wrong"'])]),
    ("Ortiz branded the payout as theft.",
     [("speech", "Ortiz", "branded", ["the payout as theft"])]),
])
def test_a_speech_act_verb_with_an_object_reports_what_was_said(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


@pytest.mark.parametrize("text, cue, content", [
    ("The union sharply criticised the shift to weekend work.", "criticised", "the shift to weekend work"),
    ("Ortiz has blasted the new fees.", "has blasted", "the new fees"),
    ("Mayor Lena Ortiz condemned the attack on the ferry.", "condemned", "the attack on the ferry"),
    ("Senator Pim Oduya questioned the cost of the new bridge.", "questioned", "the cost of the new bridge"),
    ("Ortiz praised the harbour board's handling of the storm.", "praised", "the harbour board's handling of the storm"),
    ("Ortiz criticised the developer's company on Tuesday.", "criticised", "the developer's company"),
])
def test_a_judging_verb_with_a_speaker_and_a_matter_as_its_target_is_a_speech_act(nlp, text, cue, content):
    # "X blasted the fees" reports words said against the fees: blind reviewers take the matter judged for
    # what was said (judged rows of dev sets 1-4 and stlab9: "has denounced a court ruling", "have
    # criticized various aspects of the strategy", "has blasted the delegate system" ...), and PolNeAR gold
    # counts them; a body someone owns is a matter of theirs
    assert [(s.frame, s.shown, s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text)] \
        == [("speech", True, cue, [content])]


@pytest.mark.parametrize("text, cue, content", [
    ("Mayor Lena Ortiz praised the police officers on Tuesday.", "praised", "the police officers"),
    ("The judge, Mary Holt, questioned the prosecutor.", "questioned", "the prosecutor"),
    ("Senator Pim Oduya criticized Governor Ann Holt.", "criticized", "Governor Ann Holt"),
    ("Tom Vell was mocking his rivals.", "was mocking", "his rivals"),
    ("Ortiz thanked the crowd.", "thanked", "the crowd"),
    ("The union criticised the city council.", "criticised", "the city council"),
    ("Oduya criticized Holt over the weekend.", "criticized", "Holt"),
])
def test_a_judging_verb_with_only_someone_as_its_target_is_kept(nlp, text, cue, content):
    # whom the words were about is not what they said: blind reviewers judge such a content wrong
    # ("questioned Morrison", "accuses one of the journalists", "was criticizing Trump", "attacked Hillary
    # Clinton and Marco Rubio": every such judged row of dev sets 1-4 and stlab9); a time is no charge
    assert [(s.frame, s.shown, s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text)] \
        == [("belief", False, cue, [content])]


@pytest.mark.parametrize("text, cue, content", [
    ("Senator Pim Oduya slammed the council over the closures.", "slammed", "the council over the closures"),
    ("Senator Pim Oduya criticized Governor Ann Holt for the delay.", "criticized", "Governor Ann Holt for the delay"),
    ("Ortiz thanked the volunteers for their work.", "thanked", "the volunteers for their work"),
])
def test_what_someone_is_judged_for_or_over_is_said(nlp, text, cue, content):
    # the charge is what was said of them, as in "praised the crew for acting fast" (judged rows: "blame
    # trade deals for the plight ...", "praised George W. Bush for reaching out ..." right)
    assert [(s.frame, s.shown, s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text)] \
        == [("speech", True, cue, [content])]


@pytest.mark.parametrize("text, cue, content", [
    ("Ana Pell blasted her rival Tom Vell on Monday over his stance on taxes.", "blasted",
     ["her rival Tom Vell", "over his stance on taxes"]),
    ("The union criticized the port authority almost daily for its decision to close the docks.", "criticized",
     ["the port authority", "for its decision to close the docks"]),
])
def test_a_charge_after_the_writers_day_is_still_said(nlp, text, cue, content):
    # the day or the frequency between the target and the charge is the writer's, left out
    assert [(s.frame, s.shown, s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text)] \
        == [("speech", True, cue, content)]


@pytest.mark.parametrize("text, cue, content", [
    ("Senator Pim Oduya lashed out at Governor Ann Holt.", "lashed out at", "Governor Ann Holt"),
    ("Senator Pim Oduya defended her vote on Tuesday.", "defended", "her vote"),
    ("Oduya described the meeting with the mayor.", "described", "the meeting with the mayor"),
    ("Oduya described Mrs. Vell's plans for new harbour rules.", "described", "Mrs. Vell's plans for new harbour rules"),
    ("Praising the crew was easy.", "Praising", "the crew"),
])
def test_a_judging_verb_with_only_its_target_and_no_speaker_or_words_is_kept(nlp, text, cue, content):
    # whom the words answered, an act that may be no words ("defended her vote"), a thing described with
    # nothing of what it was said to be, or no one saying it: kept as a stance, not shown as speech
    assert [(s.frame, s.shown, s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text)] \
        == [("belief", False, cue, [content])]


def test_a_judging_verb_with_a_clause_reports_words(nlp):
    assert [(s.cue.text, [c.text for c in s.content]) for s in extract(nlp, "Ortiz described how the plan would fail.")
            if s.shown] == [("described", ["how the plan would fail"])]


def test_a_judging_verb_and_the_words_that_follow_are_two_statements(nlp):
    # what was criticised and what was said of it: PolNeAR gold annotates both (PolNeAR tune documents:
    # 8 such target rows, all matched with the right source and content)
    assert [(s.cue.text, [c.text for c in s.content]) for s in
            extract(nlp, "Ortiz criticised the plan, saying it would cost too much.") if s.shown] \
        == [("criticised", ["the plan"]), ("saying", ["it would cost too much"])]


@pytest.mark.parametrize("text, cue, content", [
    ("Councillor Tom Brask accused the developer of hiding the survey.", "accused",
     "the developer of hiding the survey"),
    ("Councillor Tom Brask accused the developer of fraud.", "accused", "the developer of fraud"),
    ("Mayor Lena Ortiz blamed the board for raising the fees.", "blamed", "the board for raising the fees"),
    ("Mayor Lena Ortiz praised the crew for acting so fast.", "praised", "the crew for acting so fast"),
])
def test_a_judging_verb_with_its_charge_reports_words(nlp, text, cue, content):
    # what the target is accused of, blamed or praised for is what was said (PolNeAR tune documents:
    # 62 such statements had been kept as beliefs; see benchmarks/statement_errors.py)
    assert [(s.frame, s.shown, s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text)] \
        == [("speech", True, cue, [content])]


def test_citing_a_reason_is_speech(nlp):
    found = [(s.frame, s.cue.text) for s in extract(
        nlp, "The council delayed the vote, citing concerns about the cost of the new bridge.") if s.shown]
    assert found == [("speech", "citing")]


@pytest.mark.parametrize("text", [
    "The council delayed the vote, citing an unnamed official.",
    "The party cut its forecast, citing a new poll.",
])
def test_citing_a_source_is_no_speech(nlp, text):
    # whose word a claim rests on is no content said
    assert [(s.frame, s.cue.text) for s in extract(nlp, text) if s.cue.text == "citing"] == [("belief", "citing")]


def test_a_participle_the_tagger_took_for_a_noun_is_still_a_cue(nlp):
    # "warning" is tagged a noun hanging off "issued"; the ministry warns
    assert rows(extract(nlp, "The ministry issued a statement on Monday, warning of dangerous consequences.")) \
        == [("speech", "The ministry", "warning of", ["dangerous consequences"])]


@pytest.mark.parametrize("text", [
    "The mayor called the police.",            # a call, not words
    "Tarnwell Mining plans to announce the deal.",    # not yet said
])
def test_acts_and_unsaid_words_are_no_shown_speech(nlp, text):
    assert [s for s in extract(nlp, text) if s.shown and s.frame != "no_comment"] == []


@pytest.mark.parametrize("text, source, cue", [
    ("A spokeswoman for Orvane did not provide further information.", "A spokeswoman for Orvane",
     "did not provide"),
    ("The company didn't give a date for the launch.", "The company", "didn't give"),
    ("Pim Oduya declined to give details.", "Pim Oduya", "declined to give"),
    ("Officials gave no details.", "Officials", "gave"),
])
def test_information_withheld_is_a_no_comment(nlp, text, source, cue):
    assert rows(extract(nlp, text)) == [("no_comment", source, cue, [])]


def test_giving_a_thing_is_no_no_comment(nlp):
    assert extract(nlp, "The firm did not give money to the party.") == []


def test_what_is_said_of_a_pronoun_object_is_its_as_phrase(nlp):
    assert rows(extract(nlp, "Pim Oduya described him as reckless.")) \
        == [("speech", "Pim Oduya", "described", ["him as reckless"])]


def test_a_stance_tweeted_is_words_written(nlp):
    assert rows(extract(nlp, "Ana Pell tweeted her support for the strikers.")) \
        == [("writing", "Ana Pell", "tweeted", ["her support for the strikers"])]


@pytest.mark.parametrize("text, cue, content", [
    ("As Velt told reporters, the plant will close in May.", "told", ["the plant will close in May"]),
    ("The plant will close in May, as Velt told reporters on Monday.", "told", ["The plant will close in May"]),
])
def test_an_as_clause_of_a_speech_verb_frames_what_was_said(nlp, text, cue, content):
    assert rows(extract(nlp, text)) == [("speech", "Velt", cue, content)]


def test_an_as_clause_without_a_speaker_is_no_statement(nlp):
    assert extract(nlp, "As expected, the plant closed.") == []


def test_a_quote_closing_a_quote_inside_it_before_a_bare_cue_sentence_is_taken(nlp):
    text = "“I once wrote to my editor, like, ‘Can this be right, really?’” Varga recalled. “Nobody listened.”"
    assert rows(extract(nlp, text)) == [
        ("speech", "Varga", "recalled",
         ["“I once wrote to my editor, like, ‘Can this be right, really?’”", "“Nobody listened.”"])]


def test_a_name_the_parser_hung_on_the_interrupted_clause_speaks_the_interrupting_cue(nlp):
    # the small model's slip, written out as its parse: "Velt" a second subject of "helps",
    # "says" a parataxis without a subject
    from spacy.tokens import Doc

    words = ["This", "system", ",", "says", "Mara", "Velt", ",", "a", "chemist", ",", "helps", "steer", "the",
             "response", "."]
    heads = [1, 10, 3, 10, 5, 10, 5, 8, 5, 5, 10, 10, 13, 11, 10]
    deps = ["det", "nsubj", "punct", "parataxis", "compound", "nsubj", "punct", "det", "appos", "punct", "ROOT",
            "xcomp", "det", "dobj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "VERB", "DET",
           "NOUN", "PUNCT"]
    tags = ["DT", "NN", ",", "VBZ", "NNP", "NNP", ",", "DT", "NN", ",", "VBZ", "VB", "DT", "NN", "."]
    lemmas = ["this", "system", ",", "say", "Mara", "Velt", ",", "a", "chemist", ",", "help", "steer", "the",
              "response", "."]
    spaces = [k + 1 < len(words) and words[k + 1] not in ",." for k in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 9)
    statements = find_statements(doc, NoResolution(), [], "2019-11-20")
    assert rows(statements) == [("speech", "Mara Velt, a chemist", "says", ["This system", "helps steer the response"])]


def test_the_writers_own_as_clause_frames_nothing_and_leaves_the_clause_its_cue(nlp):
    statements = extract(nlp, "As we have noted, a study by the Orlo Institute concluded that rents will rise.")
    assert [(s.cue.text, [c.text for c in s.content]) for s in statements if s.cue.text != "have noted"] \
        == [("concluded", ["that rents will rise"])]


@pytest.mark.parametrize("text, content", [
    ("Mayor Ana Ruiz blamed the flooding on the old drains.", "the flooding on the old drains"),
    ("Mayor Ana Ruiz blamed the board on Monday.", "the board"),
])
def test_what_something_is_blamed_on_is_said_but_not_the_day(nlp, text, content):
    # PolNeAR tune documents (benchmarks/statement_errors.py): 2 more blame statements matched, 3 more fully right
    assert [(s.cue.text, [c.text for c in s.content]) for s in extract(nlp, text)] == [("blamed", [content])]
