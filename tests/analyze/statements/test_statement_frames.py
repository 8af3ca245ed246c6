"""Statement frames, no-comments, organisation and delayed speakers, on sentences of our own writing
(invented companies and spokespeople), real spaCy parse and the shipped cue model."""
from __future__ import annotations

import pytest
from statement_rows import extract, rows  # statements with no actor index, as rows

import newsgraph
from newsgraph.analyze.statements import find_statements
from newsgraph.eval.statements import NoResolution
from newsgraph.model import Actor, Analysis, Article

pytestmark = pytest.mark.model


FRAME_OF_THE_CUE = [
    ("Mira Tessel, a spokeswoman for Orvane, said the plant would stay open.",
     [("speech", "Mira Tessel, a spokeswoman for Orvane", "said", ["the plant would stay open"])]),
    ("Orvane warned that prices would rise.",
     [("speech", "Orvane", "warned", ["that prices would rise"])]),
    ("The harbour authority wrote that the pier was unsafe.",
     [("writing", "The harbour authority", "wrote", ["that the pier was unsafe"])]),
    ("The agency said in a statement that the road would reopen.",
     [("writing", "The agency", "said", ["that the road would reopen"])]),
    ("Prosecutors believe the money was moved abroad.",
     [("belief", "Prosecutors", "believe", ["the money was moved abroad"])]),
    ("Halvard Quist wants the board to resign.",
     [("intention", "Halvard Quist", "wants", ["the board to resign"])]),
    ("Orvane plans to cut 300 jobs.",
     [("intention", "Orvane", "plans", ["to cut 300 jobs"])]),
    ('"That is absurd," Pim Oduya laughed.',
     [("speech", "Pim Oduya", "laughed", ['"That is absurd,"'])]),
]


@pytest.mark.parametrize("text, source, cue", [
    ("A spokeswoman for Tarnwell Mining declined to comment on the report.",
     "A spokeswoman for Tarnwell Mining", "declined to comment"),
    ("Tarnwell Mining did not respond to a request for comment.", "Tarnwell Mining", "did not respond"),
    ("The ministry could not be reached for comment on Sunday.", "The ministry", "could not be reached"),
    ("Ode Brandt did not immediately return calls seeking comment.", "Ode Brandt", "did not immediately return"),
    ("Marsh Holdings had no immediate comment.", "Marsh Holdings", "had no immediate comment"),
])
def test_no_comment_is_a_record_of_the_actor_without_content(nlp, text, source, cue):
    assert rows(extract(nlp, text)) == [("no_comment", source, cue, [])]


def test_a_negated_answer_to_something_else_is_no_no_comment(nlp):
    assert all(s.frame != "no_comment" for s in extract(nlp, "The navy did not respond to the attack."))


@pytest.mark.parametrize("text, source, content", [
    # organisations and offices speak
    ("Ruritania's trade ministry said the tariffs would be lifted in March.",
     "Ruritania's trade ministry", "the tariffs would be lifted in March"),
    ("The state attorney's office in Brisk said the two men were arrested on Tuesday.",
     "The state attorney's office in Brisk", "the two men were arrested on Tuesday"),
    ("The company said it expects sales to fall.", "The company", "it expects sales to fall"),
    # delayed and inverted speakers with a title after the name, the channel left out of both
    ('"We will not sell the plant," said Ivo Marsh, chief financial officer of Tarnwell Mining, in an email.',
     "Ivo Marsh, chief financial officer of Tarnwell Mining", '"We will not sell the plant,"'),
    ('"We remain committed to our staff," said the Acme Group\'s executive chairman Lars Odegaard in an email.',
     "the Acme Group's executive chairman Lars Odegaard", '"We remain committed to our staff,"'),
    ("The deal will close soon, said Lars Odegaard, executive chairman of Acme, in a statement to staff.",
     "Lars Odegaard, executive chairman of Acme", "The deal will close soon"),
    ('"The plan is dead," added one senior official.', "one senior official", '"The plan is dead,"'),
    # a phrase the parser takes for a name is no speaker when the sentence has one
    ('Hosting Marla Venn at the expo "is our dream," Quentin Abara said.',
     "Quentin Abara", 'Hosting Marla Venn at the expo "is our dream,"'),
])
def test_speakers(nlp, text, source, content):
    (statement,) = [s for s in extract(nlp, text) if s.frame in ("speech", "writing")]
    assert statement.source.text == source
    assert [c.text for c in statement.content] == [content]


def test_content_never_holds_its_own_speaker_or_cue(nlp):
    text = ('"The bridge is safe," said Anja Velt, the city engineer, "and it will stay open." '
            'Velt added that inspections would continue.')
    for statement in extract(nlp, text):
        for part in statement.content:
            assert not (statement.cue.start < part.end and part.start < statement.cue.end)
            if statement.source:
                assert not (statement.source.start < part.end and part.start < statement.source.end)


def test_readable_output_shows_speech_and_writing_unless_asked_for_all(nlp):
    from newsgraph.render import summary

    text = ("Lena Vik, a spokeswoman for Orvane, said the offer was never serious. "
            "Orvane believes the deal can still be saved. Its rival Tessaly declined to comment.")
    doc = nlp(text)
    statements = find_statements(doc, NoResolution(), [], "2019-11-20")
    statements[0].speaker = "A1"  # resolved by hand (no actor index here): shown needs a speaker
    analysis = Analysis(article=Article(id="a", text=text, published="2019-11-20"),
                        actors=[Actor("A1", "Lena Vik", "person")],
                        statements=statements, events=[], places=[], dates=[])
    default = summary(analysis)
    assert "  - Lena Vik · said · “the offer was never serious” · 2019-11-20" in default.splitlines()
    assert "believes" not in default
    assert "(1 belief, 1 no-comment not shown; --all-frames lists them)" in default
    statements[0].speaker = None  # speech with no speaker: kept, counted, listed on request
    assert "(1 belief, 1 no-comment, 1 with no speaker not shown; --all-frames lists them)" in summary(analysis)
    statements[0].speaker = "A1"
    every = summary(analysis, all_frames=True)
    assert "[belief] 'Orvane' (unresolved) · believes · “the deal can still be saved”" in every
    assert "[no_comment] 'Its rival Tessaly' (unresolved) · declined to comment · 2019-11-20" in every
    assert [s["frame"] for s in analysis.to_json()["statements"]] == ["speech", "belief", "no_comment"]


def test_many_short_statements_stay_near_linear(nlp):
    """Parent linking and overlap suppression index contents instead of comparing all pairs (issue 12):
    a bounded size that the old quadratic code needed many seconds for; no timing assert."""
    doc = nlp("He said she said they said. " * 600)
    statements = find_statements(doc, NoResolution(), [], None)
    assert len(statements) >= 600 and all(s.frame == "speech" for s in statements)


DATELINES = [
    ("NEW DELHI: The government said on Monday it would cut fuel taxes.",
     [("speech", "The government", "said", ["it would cut fuel taxes"])]),
    ("BRISKVILLE: The council said the bridge would reopen.",
     [("speech", "The council", "said", ["the bridge would reopen"])]),
    ("VOSS: Well, look, we never agreed to that.",
     [("speech", "VOSS", ":", ["Well, look, we never agreed to that"])]),
]


def test_a_statement_takes_the_last_such_day_before_publication(nlp):
    from newsgraph.analyze.dates import find_dates

    doc = nlp("On May 16, the union said the strike would end. Orvane's 2025 bonds fell, the bank said.")
    dates = find_dates(doc, "2019-11-20")
    statements = find_statements(doc, NoResolution(), dates, "2019-11-20")
    assert [(s.source.text, s.date) for s in statements] == [("the union", "2019-05-16"), ("the bank", "2019-11-20")]


def test_a_list_of_names_and_charges_without_a_clause_is_no_speech():
    import newsgraph
    text = ("Tom Brell: charged with robbery and assault\nAnna Veld: possession of a weapon with intent to cause harm\n"
            "Senator Vos: the bill is dead")
    shown = [(s.source.text, [c.text for c in s.content]) for s in newsgraph.analyze(text).statements if s.shown]
    assert shown == [("Senator Vos", ["the bill is dead"])]


def test_posting_things_is_no_writing_posting_a_message_that_says_something_is():
    from newsgraph.analyze.statements.constructions import cue_candidates
    from newsgraph.analyze.statements.cue_frames import frame_of
    from newsgraph.analyze.statements.cues import speech_verbs
    from newsgraph.nlp import loader

    nlp = loader.load()
    frames = []
    for text in ("Students posted leaflets on the wall.",
                 "The mayor posted on the council website that the bridge would reopen.",
                 "The mayor posted a message on the council website."):
        candidate = next(c for c in cue_candidates(nlp(text)) if c.lemma == "post")
        frames.append(frame_of(candidate, False, speech_verbs()))
    # a message named without any of its words is no content (the words are what a reader wants)
    assert frames == ["belief", "writing", "belief"]


def test_voiced_concern_is_speech():
    import newsgraph
    statements = newsgraph.analyze("Residents voiced concern that the noise would continue.").statements
    assert [(s.cue.text, s.frame, s.shown) for s in statements] == [("voiced", "speech", True)]


@pytest.mark.parametrize("text, rows", [
    ("Many residents have voiced concerns about the noise.", [("have voiced", "speech", ["concerns about the noise"])]),
    ("The senator expressed doubts about the deal on Tuesday.", [("expressed", "speech", ["doubts about the deal"])]),
    ("The company raised $5 million from investors.", []),
    ("The rebels freed two hostages on Monday, raising hopes of a thaw.", []),
])
def test_voicing_a_stance_is_speech(text, rows):
    import newsgraph
    assert [(s.cue.text, s.frame, [c.text for c in s.content]) for s in newsgraph.analyze(text).statements] == rows


@pytest.mark.parametrize("text, frames", [
    # a business figure booked is an act, not words; what the company said about it is words
    ("Northwind Logistics reported revenue of $9 billion. It said demand had fallen.", ["belief", "speech"]),
    ("Orvane posted a quarterly loss of $20 million.", ["belief"]),
    ("Orvane reported a 10% rise in sales in Asia.", ["belief"]),
    ("The harbour agency reported that traffic had fallen.", ["speech"]),
    # a poll's share of respondents is a finding, not someone speaking
    ("In the survey, 47% say the country should act.", ["belief"]),
    ("Three-fourths say the police should wear cameras.", ["belief"]),
    ("Those surveyed say prices are too high.", ["belief"]),
    ("Two officials said the talks had failed.", ["speech"]),
])
def test_booked_figures_and_poll_shares_are_not_speech(nlp, text, frames):
    assert [s.frame for s in extract(nlp, text)] == frames


AUDIENCE_AND_MATTER = [
    # telling an audience about a matter: the matter is what was said, the audience is not
    ("Mayor Ana Ruiz told reporters about the flood plan.",
     [("speech", "Mayor Ana Ruiz", "told reporters about", ["the flood plan"])]),
    # (talking about a bare matter names no words: ``test_statement_no_words``)
    ("Mayor Ana Ruiz told reporters that the bridge would reopen.",
     [("speech", "Mayor Ana Ruiz", "told", ["that the bridge would reopen"])]),
]


def _cases(group, cases):
    return [pytest.param(*row, id=f"{group}-{i}") for i, row in enumerate(cases)]


@pytest.mark.parametrize("text, expected", [
    *_cases("each_statement_carries_the_frame_of_its_cue", FRAME_OF_THE_CUE),
    *_cases("a_dateline_is_never_a_speaker", DATELINES),
    *_cases("telling_an_audience_about_a_matter_is_a_statement", AUDIENCE_AND_MATTER),
])
def test_statement_rows(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


def test_one_of_a_group_named_in_apposition_speaks(nlp):
    text = "One of the firm's top executives, Dana Orrell, testified that the courses were sold honestly."
    assert [s.frame for s in extract(nlp, text)] == ["speech"]


@pytest.mark.parametrize("text", [
    "But it's impossible to talk about the company without its founder.",
    "It is fair to say that the deal was a failure.",
])
def test_an_extraposed_infinitive_is_the_writers_judgement_not_speech(nlp, text):
    assert [s.frame for s in extract(nlp, text)] == ["belief"]


@pytest.mark.parametrize("text, frames", [
    # a document no one is named as the author of shows, it does not speak; one that says writes
    ("The new paper underscores a broader rethinking among economists.", ["belief"]),
    ("Internal documents show that the firm knew of the risk.", ["belief"]),
    ("The report said 200 jobs would go.", ["writing"]),
])
def test_a_document_that_shows_is_evidence_not_words(text, frames):
    import newsgraph

    assert [s.frame for s in newsgraph.analyze(text).statements] == frames


@pytest.mark.parametrize("text, shown", [
    ("Mary Holt leads the race with 52 percent, according to a Gazette survey released on Thursday.", False),
    ("Mary Holt leads the race, according to a poll.", False),
    # a finding whose author is named is the author's words written
    ("Sales fell, according to a study by Ravi Kell.", True),
    ("Sales fell, according to the ministry.", True),
])
def test_according_to_a_survey_no_one_is_named_for_is_a_finding(text, shown):
    assert [s.shown for s in newsgraph.analyze(text).statements] == [shown]


@pytest.mark.parametrize("text, cue, frame, content", [
    # a cue passing on words its object only names: no words reported, kept (belief), not shown
    ("Mayor Tom Brell repeated his contention on Monday.", "repeated", "belief", ["his contention"]),
    ("Ana Marek reiterated those feelings at the rally.", "reiterated", "belief", ["those feelings"]),
    ("The harbour report points out some other interesting statistics.", "points out", "belief",
     ["some other interesting statistics"]),
    # the words given after the noun, or a verb that answers or judges the words named: reported as before
    ("Ana Marek repeated her remarks that the ferry is unsafe.", "repeated", "speech",
     ["her remarks that the ferry is unsafe"]),
    ("Brell reiterated his position: the ferry must stay.", "reiterated", "speech",
     ["his position: the ferry must stay"]),
    ("Brell rejects the senator's remarks about ferries.", "rejects", "speech", ["the senator's remarks about ferries"]),
])
def test_a_cue_passing_on_words_it_only_names_reports_none(nlp, text, cue, frame, content):
    assert [(f, c) for f, _, found, c in rows(extract(nlp, text)) if found == cue] == [(frame, content)]


def test_a_colon_ending_the_paragraph_after_the_named_words_gives_none_of_them(nlp):
    text = ("The harbour board also points out some other interesting statistics:\n\n"
            "The ferry costs $7 a ride, though most towns charge more.")
    assert [(f, c) for f, _, found, c in rows(extract(nlp, text)) if found == "points out"] == [
        ("belief", ["some other interesting statistics"])]
