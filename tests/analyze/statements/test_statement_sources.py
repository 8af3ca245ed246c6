"""Speakers the actor stage used to leave without an actor (issue 10, recall and speakers): readers'
posts a page collects under their handles ("@janeroe."), a bare plural people noun the tagger took for
a name ("Aides said"), a gathering that speaks as one ("the crowd yelled"), and a person's bare surname
the tagger took for a body beside the full name; a post's signer the tagger missed, and a post whose tag
breaks its line. Invented texts, real spaCy parse."""
from __future__ import annotations

import pytest
from statement_rows import analysed

import newsgraph
from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.surname_bodies import merge_surname_bodies
from newsgraph.model import Span

pytestmark = pytest.mark.model

POSTS = ("Readers Weigh In\n\nWe asked our followers what they made of the vote in Dorset County.\n\n"
         "The vote was a sham. Nobody asked the farmers.\n\n@fieldhand77.\n\n"
         "Best result in years for the county.\n\n@marla_v.\n\nFollow us on Twitter for more.\n")


def test_readers_posts_are_the_writing_of_the_handles_under_them():
    shown = [row for row in analysed(POSTS, "speaker", "content", "frame", "shown") if row[3]]
    assert shown == [
        ("@fieldhand77", ["The vote was a sham. Nobody asked the farmers."], "writing", True),
        ("@marla_v", ["Best result in years for the county."], "writing", True)]


def test_a_bare_plural_people_noun_opening_a_sentence_speaks_as_a_group():
    text = "Campaign Notes\n\nMayor Ivo Tarrant toured Dayton on Monday.\n\nAides said the mayor would return next week.\n"
    assert analysed(text, "source", "speaker", "shown") == [("Aides", "Aides", True)]


def test_a_crowd_that_yells_is_a_group_that_speaks():
    text = 'Rally Notes\n\nMayor Ivo Tarrant spoke in Dayton on Monday.\n\n"Out!" the crowd yelled.\n'
    assert analysed(text, "source", "speaker", "shown") == [("the crowd", "crowd", True)]


def _index(nlp, text, bodies):
    doc = nlp(text)
    index = ActorIndex(doc)
    person = index.new_actor(("person", "Sean Velt"), "Sean Velt", _coding("Sean Velt", "person"))
    index.add_mention(person, doc.char_span(text.index("Sean Velt"), text.index("Sean Velt") + 9))
    for start, end in bodies:
        body = index.new_actor(None, text[start:end], _coding(text[start:end], "organization"))
        body.country = "MEX"
        index.add_mention(body, Span(start, end, text[start:end]))
    return index


def _coding(text, kind):
    from newsgraph.analyze.actors.coding import Coding

    return Coding(text=text, kind=kind)


def test_a_bare_surname_taken_for_a_body_is_the_person_who_bears_it(nlp):
    text = "Sean Velt spoke to Tom Brell.\n\nVelt asked him about the wall."
    at = text.index("Velt asked")
    index = _index(nlp, text, [(at, at + 4)])
    merge_surname_bodies(index)
    assert [(a.name, a.kind, a.country, [m.text for m in a.mentions]) for a in index.to_list()] == [
        ("Sean Velt", "person", None, ["Sean Velt", "Velt"])]


def test_a_show_named_with_its_networks_possessive_stays_a_body(nlp):
    text = "Sean Velt was a guest on Fox News Channel's Velt.\n\nHe spoke."
    at = text.rindex("Fox News Channel's Velt")
    index = _index(nlp, text, [(at, at + len("Fox News Channel's Velt"))])
    index.actors[-1].name = "Velt"
    merge_surname_bodies(index)
    assert [a.name for a in index.to_list()] == ["Sean Velt", "Velt"]


def test_the_actor_stage_keeps_one_person_for_a_surname(nlp):
    text = ("Trump Talks Wall\n\nDuring an interview with Fox News' Sean Velt on Monday, Donald Trump spoke.\n\n"
            '"Would it be negotiable?" Velt pressed.\n')
    names = [a.name for a in find_actors(nlp(text), "2016-03-01").to_list() if "Velt" in a.name]
    assert names == ["Sean Velt"]


def test_a_signature_the_tagger_missed_names_a_person_or_a_body():
    text = ("Title line\n\nThe Courier reported the plan.\n\n"
            '<tweet id="1" author="@bjroe" datetime="2016-06-28">The council booked a convicted fraudster to speak '
            "https://t.co/daC7Qr7ZhZ — Ben Roe (@bjroe) June 28, 2016</tweet>.\n\n"
            '<tweet id="2" author="@TwitchyTeam" datetime="2016-06-28">Fraud? No problem! https://t.co/8Ft '
            "— Twitchy Team (@TwitchyTeam) June 28, 2016</tweet>.\n")
    analysis = newsgraph.analyze(text)
    posts = [(analysis.actor(s.speaker).name, analysis.actor(s.speaker).kind, [c.text for c in s.content])
             for s in analysis.statements if s.cue.text == "—"]
    assert posts == [("Ben Roe", "person", ["The council booked a convicted fraudster to speak"]),
                     ("Twitchy Team", "organization", ["Fraud? No problem!"])]


def test_a_post_tag_broken_over_a_line_keeps_its_words():
    text = ("Title line\n\nSenator Ted Varno was unmoved.\n\n"
            '<tweet tweet-author="@tedvarno" tweet-date="January 19, 2016\n">I love this council. '
            "I will always be a big fan.<tweet/>.\n")
    assert analysed(text, "speaker", "content", "frame") == [
        ("Ted Varno", ["I love this council. I will always be a big fan."], "writing")]
