"""Evaluative and figurative cue verbs report words in the frame of their verb class
(``analyze.statements.communication_classes``, issue 10, recall): a directive with its advice ("warned the
bank against raising rates"), a characterisation with its as-phrase ("cast her rival as unfit"), a judgement
with its charge ("berated the players for ..."), "made (it) clear that A" and "made the case that A". The
same verbs without that frame, negated, under a modal or said of a thing report no words. Sentences of our
own writing (invented people), real spaCy parse and the shipped cue model."""
from __future__ import annotations

import pytest
from statement_rows import analysed

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence, cue, content", [
    ("Minister Ada Kell warned the central bank against raising rates too fast.", "warned",
     "the central bank against raising rates too fast"),
    ("Governor Pedro Holt advised the graduates to work hard and stay humble.", "advised",
     "the graduates to work hard and stay humble"),
    ("Senator Ada Kell cast her rival as unfit for office.", "cast", "her rival as unfit for office"),
    ("Governor Pedro Holt portrayed the strikers as dangerous radicals.", "portrayed",
     "the strikers as dangerous radicals"),
    ("Coach Pedro Holt berated the players for not running hard enough.", "berated",
     "the players for not running hard enough"),
    ("Mayor Ada Kell made it clear that the plant would close.", "made it clear", "that the plant would close"),
    ("Senator Pedro Holt made clear over the weekend that the vote would go ahead.", "made clear",
     "that the vote would go ahead"),
])
def test_a_class_frame_reports_the_words(sentence, cue, content):
    text = f"Title line\n\n{sentence}\n"
    assert analysed(text, "cue", "content", "frame") == [(cue, [content], "speech")]


@pytest.mark.parametrize("sentence, content", [
    ("Mayor Ada Kell accuses it of hiding the figures.", "it of hiding the figures"),
    ("Senator Pedro Holt likened it to a circus.", "it to a circus"),
])
def test_what_is_said_of_a_pronoun_object_is_the_content(sentence, content):
    assert analysed(f"Title line\n\n{sentence}\n", "content") == [([content],)]


def test_making_the_case_reports_the_that_clause_not_the_noun():
    text = "Title line\n\nThe two senators have made the case that the budget is too small.\n"
    assert analysed(text, "cue", "content") == [("have made the case", ["that the budget is too small"])]


@pytest.mark.parametrize("sentence", [
    "Mayor Ada Kell cast her vote on Monday.",  # an act: no as-phrase
    "The officials warned investors.",  # the one addressed, no advice
    "Coach Pedro Holt berated the players.",  # the target, no charge
    "The film portrays Mayor Ada Kell as a hero.",  # a thing shows, no one says
    "The ruling made clear that the law stands.",  # a thing shows
    "Minister Ada Kell did not warn the bank against raising rates.",  # negated
    "We need to make it clear that we stand with the workers.",  # a plan, not said
    "A win would help Senator Pedro Holt make his case that he can win.",  # not stated outright
    "Millions of voters cast their ballots as part of the referendum on Sunday.",  # a thing cast, no one
    "City workers painted the bridge as part of the renovation.",  # a thing painted, and an as of purpose
])
def test_without_the_frame_or_stated_outright_no_words_are_shown(sentence):
    assert analysed(f"Title line\n\n{sentence}\n", "cue") == []


@pytest.mark.parametrize("sentence, cue, content", [
    ("In Dover, Pedro Holt referred to the strikers as friends and smiled.", "referred to", "the strikers as friends"),
    ("Mayor Ada Kell repeatedly pointed to the case as proof of a rigged system.", "pointed to",
     "the case as proof of a rigged system"),
])
def test_what_a_referring_verb_calls_its_object_is_said(sentence, cue, content):
    assert analysed(f"Title line\n\n{sentence}\n", "cue", "content", "frame") == [(cue, [content], "speech")]


def test_a_pointer_pointing_while_something_happens_says_nothing():
    assert analysed("Title line\n\nThe arrow pointed to the door as we entered.\n", "cue") == []


@pytest.mark.parametrize("sentence, cue, content", [
    ("Mayor Tom Brell criticized the governor for her handling of the budget.", "criticized",
     "the governor for her handling of the budget"),
    ("Senator Ana Ruiz praised the firefighters for their courage.", "praised", "the firefighters for their courage"),
    ("Mayor Tom Brell slammed the council for its silence on the matter.", "slammed",
     "the council for its silence on the matter"),
    ("Senator Ana Ruiz blamed the delays on the contractor.", "blamed", "the delays on the contractor"),
])
def test_a_charge_named_by_a_noun_phrase_is_said(sentence, cue, content):
    """A judging verb's for-phrase names the charge also as a noun phrase (and "blame" lays it "on" someone):
    what the target was judged for is what was said (``communication_classes.charge_named``)."""
    assert analysed(f"Title line\n\n{sentence}\n", "cue", "content", "frame") == [(cue, [content], "speech")]


@pytest.mark.parametrize("sentence, content", [
    ("Speaker Tom Brell blasted the Federal Aviation Agency (FAA) Tuesday for its baffling decision not to ground "
     "the jets.", "the Federal Aviation Agency (FAA) Tuesday for its baffling decision not to ground the jets"),
    ('Mayor Ana Ruiz assailed a county judge, Tom Brell, for his "Ohio roots."',
     'a county judge, Tom Brell, for his "Ohio roots."'),
])
def test_the_charge_goes_on_past_a_time_or_an_apposition(sentence, content):
    """The content of a judging verb with its charge runs to the charge's end (``reported_content.objects_content``)."""
    assert analysed(f"Title line\n\n{sentence}\n", "content") == [([content],)]


@pytest.mark.parametrize("sentence", [
    "Mayor Tom Brell has praised the union for years.",  # a for-phrase of time
    "Mayor Tom Brell criticized the plan for the first time on Monday.",  # of time again
    "Senator Ana Ruiz praised the funding for schools.",  # part of the object's noun phrase
    "Governor Ana Ruiz blamed the mayor on Twitter.",  # where, not whom: a person blamed
])
def test_a_for_or_on_phrase_that_names_no_charge_leaves_the_target_only(sentence):
    assert analysed(f"Title line\n\n{sentence}\n", "cue") == []  # kept as a belief, if at all
