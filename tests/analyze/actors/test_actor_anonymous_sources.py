"""An anonymous source spoken of again ("a source close to him said ... That person said", "the person
added"): the same source, not a new person called "person" (``anonymous_sources``). Sentences of our own."""
from __future__ import annotations

import actor_rows

TEXT = ("Tom Brell will change how he treats his colleagues, a source close to him said. That person said the "
        "hostility Brell faced hurt his campaign.\n\n\"He used it as a source of pride,\" the source said.\n\n"
        "Another source familiar with Brell's thinking said, \"He will try.\" Later the person added, "
        "\"the endorsements did not help.\"")


def test_that_person_is_the_source_just_before(nlp):
    assert actor_rows.resolved(nlp, TEXT, "That person") == actor_rows.resolved(nlp, TEXT, "a source close to him")


def test_the_source_is_the_source_just_before(nlp):
    assert actor_rows.resolved(nlp, TEXT, "the source") == actor_rows.resolved(nlp, TEXT, "a source close to him")


def test_the_person_is_the_latest_source(nlp):
    latest = actor_rows.resolved(nlp, TEXT, "Another source familiar with Brell's thinking")
    assert latest is not None and actor_rows.resolved(nlp, TEXT, "the person", last=True) == latest


def test_a_named_speaker_just_before_leaves_the_person_open(nlp):
    text = "Ana Ruiz, a person close to the campaign, said Brell was tired. The person said he would rest."
    # left open: not the named speaker; the phrase stays the description it was before the rule
    assert actor_rows.resolved(nlp, text, "The person") == "person"
