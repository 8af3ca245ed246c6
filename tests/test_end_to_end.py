"""The whole analysis on a story of our own that uses the seed story's constructions:
a spokesperson rejecting preconditions, a president's nominal-cue comment, "the <nationality>
official", a participial cue, "The spokeswoman for ...", "The <country> President", a quote-less
appositive spokesperson, weekday dates, and a trailing comment form."""
from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.model import RawDocument
from newsgraph.pipeline import Pipeline

pytestmark = pytest.mark.model

STORY = """Beijing Calls Manila's Conditions for Talks Unworkable

China will not accept Philippine preconditions for talks on the shoal dispute although it prefers dialogue, Chinese Foreign Ministry spokeswoman Li Wenjing said on Friday.

Responding to President Santos's remark on Thursday that he would meet the Chinese leadership only if Beijing withdraws its ships, the Chinese official said that his conditions were something Beijing would not accept.

Li explained that, in the meantime, coast guard patrols continue, and that Beijing was open to contacts.

The Philippine President's offer, noting that the only way he would travel to Beijing was for China to pull back its vessels, was made on Thursday during his joint press conference with visiting Japanese Prime Minister Haruto Mori.

The spokeswoman for the Chinese Foreign Ministry also assessed that there was little room for Manila and Beijing to negotiate.

The spokesperson for the Philippine National Security Council, Maria Dizon, noted on Wednesday that Beijing has shown no signs of slowing its patrols.

Adding to Santos's comments, Mori emphasized that it is up to Manila to decide when to talk, underscoring that Tokyo will never push its ally into a compromise.

Be the first to comment

Leave a Reply

Your email address will not be published.
"""


@pytest.fixture(scope="module")
def analysis():
    article = extract(RawDocument(content=STORY, source="story.txt", kind="text"))
    article.published = "2024-03-15"  # a Friday
    return Pipeline().analyze(article)


def speaker_of(analysis, statement):
    return analysis.actor(statement.speaker)


def statements_by_cue(analysis):
    return {(s.cue.text if s.cue else None, s.source.text if s.source else None): s for s in analysis.statements}


def test_comment_form_is_not_in_the_text(analysis):
    assert analysis.article.title == "Beijing Calls Manila's Conditions for Talks Unworkable"
    assert analysis.article.text.rstrip().endswith("into a compromise.")
    assert "Leave a Reply" not in analysis.article.text


@pytest.mark.parametrize("source, cue, speaker, date", [
    ("Chinese Foreign Ministry spokeswoman Li Wenjing", "said", "Li Wenjing", "2024-03-15"),
    ("the Chinese official", "said", "Li Wenjing", None),
    ("Li", "explained", "Li Wenjing", "2024-03-15"),
    ("The spokeswoman for the Chinese Foreign Ministry", "assessed", "Li Wenjing", "2024-03-15"),
    ("The spokesperson for the Philippine National Security Council, Maria Dizon", "noted", "Maria Dizon", "2024-03-13"),
    ("Mori", "emphasized", "Haruto Mori", "2024-03-15"),
])
def test_statement_speakers_are_resolved(analysis, source, cue, speaker, date):
    found = [s for s in analysis.statements if s.cue and s.cue.text == cue
             and s.source and (s.source.text == source or s.source.text.endswith(source))]
    assert found, f"no statement with cue {cue!r} and source {source!r}: " + repr(
        [(s.source and s.source.text, s.cue and s.cue.text) for s in analysis.statements])
    actor = speaker_of(analysis, found[0])
    assert actor is not None and actor.name == speaker
    if date:
        assert found[0].date == date


def test_the_president_is_resolved_to_the_named_president(analysis):
    santos = [a for a in analysis.actors if a.name.endswith("Santos")]
    assert len(santos) == 1
    spoken = [s for s in analysis.statements if s.speaker == santos[0].id]
    assert spoken, "Santos's remark and offer are his statements"
    texts = {m.text for m in santos[0].mentions}
    assert "The Philippine President" in texts or "The Philippine President's" in texts


@pytest.mark.parametrize("name, country, sector", [
    ("Li Wenjing", "CHN", "GOV"),
    ("Maria Dizon", "PHL", "GOV"),
    ("Haruto Mori", "JPN", "GOV"),
])
def test_people_are_coded(analysis, name, country, sector):
    actor = next(a for a in analysis.actors if a.name == name)
    assert (actor.country, actor.sector) == (country, sector)


def test_capitals_as_actors_are_governments(analysis):
    beijing = [a for a in analysis.actors if any(m.text == "Beijing" for m in a.mentions)]
    assert beijing and beijing[0].country == "CHN" and beijing[0].sector == "GOV"


def test_weekdays_resolve_against_a_friday_publication(analysis):
    values = {d.text: d.value for d in analysis.dates}
    assert values["on Friday"] == "2024-03-15"
    assert values["on Thursday"] == "2024-03-14"
    assert values["on Wednesday"] == "2024-03-13"


def test_statement_contents_exclude_cue_and_source(analysis):
    for statement in analysis.statements:
        for part in statement.content:
            assert analysis.article.text[part.start:part.end] == part.text
            if statement.cue:
                assert not (part.start < statement.cue.end and statement.cue.start < part.end)
            if statement.source:
                assert not (part.start < statement.source.end and statement.source.start < part.end)


def test_json_has_the_contract_fields(analysis):
    data = analysis.to_json()
    for key in ("id", "title", "published", "url", "site", "authors", "language", "text",
                "actors", "statements", "events", "places", "dates"):
        assert key in data
    assert all(a["code"] == (a["country"] or "") + (a["sector"] or "") or a["code"] is None for a in data["actors"])
