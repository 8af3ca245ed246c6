"""Statements found by layout or by an idiom of wording (issue 10, recall): an embedded post is the
writing of the name its signature gives ('TEXT — Maria Lopez (@mlopez) June 2, 2016'), or of the one actor
whose name its author handle spells ('<tweet tweet-author="@MariaLopez" ...>TEXT<tweet/>'); "as X puts it,
A" and "X made the case that A" report A in X's words. Sentences of our own writing (invented people),
real spaCy parse and the shipped cue model."""
from __future__ import annotations

import pytest
from statement_rows import analysed, extract, rows

from newsgraph.analyze.statements.speaker_lines import post_author
from newsgraph.model import Actor

pytestmark = pytest.mark.model


def test_an_embedded_post_is_its_signatures_writing(nlp):
    text = ("Title line\n\nThe council voted on Monday.\n\n"
            "The vote was a disgrace and the people know it. pic.twitter.com/xyz — Pedro Ruiz (@pruiz) July 2, 2016\n")
    assert rows(extract(nlp, text)) == [
        ("writing", "Pedro Ruiz", "—", ["The vote was a disgrace and the people know it."])]


def test_a_tagged_post_ends_before_its_signature_and_links(nlp):
    text = ('Title line\n\nThe Courier reported the plan.\n\n<tweet id="1" author="@mlopez" datetime="2016-06-29">'
            "The council never asked me to speak. The press makes everything up! https://t.co/abc"
            " — Maria Lopez (@mlopez) June 29, 2016</tweet>.\n")
    posts = [r for r in rows(extract(nlp, text)) if r[2] == "—"]
    assert posts == [("writing", "Maria Lopez", "—",
                      ["The council never asked me to speak. The press makes everything up!"])]


def test_a_signature_without_a_post_says_nothing(nlp):
    text = "Title line\n\nhttps://t.co/abc — Maria Lopez (@mlopez) June 29, 2016\n"
    assert [r for r in rows(extract(nlp, text)) if r[2] == "—"] == []


class Index:
    def __init__(self, *names):
        self.actors = [Actor(id=f"A{k}", name=name, kind="person") for k, name in enumerate(names, 1)]

    def to_list(self):
        return self.actors


@pytest.mark.parametrize("handle, author", [
    ('author="@MariaLopez', "Maria Lopez"), ("realMariaLopez", "Maria Lopez"), ("@MariaLopezUSA", "Maria Lopez"),
    ("@mlopez", None), ("@Lopez", None)])
def test_a_handle_is_the_actor_whose_whole_name_it_spells(handle, author):
    found = post_author(handle, Index("Maria Lopez", "Pedro Ruiz", "Lopez"))
    assert (found.name if found else None) == author


@pytest.mark.parametrize("text, content", [
    ('Title line\n\nAs the Courier\'s Maria Lopez puts it, the council is trying to make the mayor '
     '"an offer she cannot refuse."\n',
     'the council is trying to make the mayor "an offer she cannot refuse."'),
    ('Title line\n\nAs Maria Lopez put it in a speech on Monday, the plan is dead.\n', "the plan is dead"),
])
def test_as_x_puts_it_frames_the_clause_it_is_set_off_from(nlp, text, content):
    assert [(r[0], r[3]) for r in rows(extract(nlp, text))] == [("speech", [content])]


def test_putting_something_somewhere_is_no_wording(nlp):
    assert [r for r in rows(extract(nlp, "Title line\n\nThe mayor put it on hold, as the council asked.\n"))
            if r[2] == "put"] == []


def test_making_the_case_that_a_is_arguing_a():
    text = "Title line\n\nOn Monday, Maria Lopez privately made the case to the council that she did not sell them out.\n"
    assert analysed(text, "speaker", "cue", "content") == [
        ("Maria Lopez", "made the case", ["that she did not sell them out"])]


@pytest.mark.parametrize("text", [
    "Title line\n\nIt becomes harder to make the case that the mayor can win.\n",
    "Title line\n\nMaria Lopez made a case for the new budget on Monday.\n",
])
def test_a_case_made_with_no_subject_or_no_clause_is_left_to_the_model(nlp, text):
    assert [r for r in rows(extract(nlp, text)) if r[0] in ("speech", "writing")] == []


@pytest.mark.parametrize("text, content", [
    ("Title line\n\nMs. Lopez seemed to mock the plan, saying at one point, ''The answer is not to shout.'' "
     "But the mayor did not respond.\n", "''The answer is not to shout.''"),
    ('Title line\n\nMs. Lopez spoke for an hour, telling the crowd in Ohio, "We will not give up."\n',
     '"We will not give up."'),
])
def test_a_quote_set_off_after_a_cue_and_its_prepositional_adjunct_is_what_was_said(nlp, text, content):
    assert [r[3] for r in rows(extract(nlp, text)) if r[0] == "speech"] == [[content]]


def test_the_case_made_to_people_that_a_is_arguing_a_when_the_parser_hangs_the_clause_on_them():
    text = ("Title line\n\nOn Wednesday, Maria Lopez privately made the case to 23 union leaders that she did not "
            "sell them out.\n")
    assert analysed(text, "speaker", "cue", "frame") == [("Maria Lopez", "made the case", "speech")]
