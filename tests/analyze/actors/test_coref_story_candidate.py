"""The runner a campaign description stands for when nothing nearer resolves it (twenty-second session,
invented sentences and actors): "The candidate also continued to refute ..." in a story about one candidate
is that candidate (``person_descriptions.story_candidate``), a runner by the text or by the knowledge base's
dated party role (``knowledge.known_runner``); a story about two runners, a runner of another party, or a
second runner named just before leaves it open."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.actors.kb import Entry, KnowledgeBase, Role
from newsgraph.analyze.actors.knowledge import known_runner
from newsgraph.analyze.actors.mentions import Mention
from newsgraph.analyze.actors.person_descriptions import Description, story_candidate
from newsgraph.model import Actor

QUILL = Actor("A1", "Mara Quill", "person", "USA", "PTY", None)
ROSS = Actor("A2", "Ian Ross", "person", "USA", None, None)
CANDIDATE = Description("candidate", None, "PTY", subject=True)


def _mentions(*actors_sents) -> list[Mention]:
    return [Mention(actor, head=10 * k, sent=sent, subject=True, speaker=False)
            for k, (actor, sent) in enumerate(actors_sents)]


def _base() -> KnowledgeBase:
    entry = Entry(entity="t:1", canonical="Mara Quill", kind="person",
                  roles=(Role("USA", "PTY", "2023-06-01", "2024-11-06", source="additions"),))
    return KnowledgeBase({"mara quill": [entry], "quill": [entry]})


def test_the_story_s_runner_is_the_candidate():
    history = _mentions((QUILL, 0), (QUILL, 1), (ROSS, 2), (QUILL, 3))
    assert story_candidate(CANDIDATE, history, 5, {}, 1000) is QUILL


def test_no_campaign_word_no_runner():
    history = _mentions((QUILL, 0), (QUILL, 1), (QUILL, 3))
    assert story_candidate(Description("lawyer", None, None, subject=True), history, 5, {}, 1000) is None


def test_a_story_about_two_people_leaves_it_open():
    history = _mentions((QUILL, 0), (ROSS, 1), (QUILL, 2), (ROSS, 3), (QUILL, 4))  # 3 against 2
    assert story_candidate(CANDIDATE, history, 8, {}, 1000) is None


def test_a_person_named_twice_is_no_story_s_subject():
    assert story_candidate(CANDIDATE, _mentions((QUILL, 0), (QUILL, 1)), 5, {}, 1000) is None


def test_the_main_person_must_run():
    ross = Actor("A2", "Ian Ross", "person", "USA", "BUS", None)
    history = _mentions((ross, 0), (ross, 1), (ross, 2))
    assert story_candidate(CANDIDATE, history, 5, {}, 1000) is None
    assert story_candidate(CANDIDATE, history, 5, {"A2": {"contender"}}, 1000) is ross  # a campaign title
    assert story_candidate(CANDIDATE, history, 5, {}, 1000, known_runner=lambda a: a is ross) is ross


def test_another_runner_named_just_before_leaves_it_open():
    rival = Actor("A3", "Lena Dorr", "person", "USA", "PTY", None)
    history = _mentions((QUILL, 0), (QUILL, 1), (QUILL, 2), (QUILL, 3), (rival, 5))
    assert story_candidate(CANDIDATE, history, 5, {}, 1000) is QUILL  # a party person of no campaign title: staff
    assert story_candidate(CANDIDATE, history, 5, {"A3": {"hopeful"}}, 1000) is None
    assert story_candidate(CANDIDATE, history, 5, {}, 1000, known_runner=lambda a: a is rival) is None
    heads = {"A3": {"candidate"}}
    assert story_candidate(CANDIDATE, history, 7, heads, 1000) is None  # two sentences back: still in reach
    assert story_candidate(CANDIDATE, history, 8, heads, 1000) is QUILL  # three back: out of reach


def test_a_party_the_description_names_must_be_the_runner_s():
    history = _mentions((QUILL, 0), (QUILL, 1), (QUILL, 2))
    democrat = Description("front-runner", None, "PTY", subject=True, parties=frozenset({"dem"}))
    assert story_candidate(democrat, history, 5, {}, 1000) is None  # the text never made her a Democrat
    assert story_candidate(democrat, history, 5, {"A1": {"democratic candidate"}}, 1000) is QUILL


def test_the_base_knows_a_runner_on_the_campaign_s_days():
    quill = Actor("A1", "Mara Quill", "person", "USA", None, None)
    assert known_runner(_base(), "2024-03-04")(quill)
    assert not known_runner(_base(), "2025-03-04")(quill)  # the race is over
    assert not known_runner(_base(), None)(quill)
    assert not known_runner(_base(), "2024-03-04")(ROSS)


@pytest.mark.model
def test_the_candidate_and_his_words_are_the_story_s_runner(nlp):
    text = ("Mara Quill answered her critics on Sunday. Quill said the report was false. "
            "Later, Quill posted a copy of the letter online. "
            "The candidate also continued to dispute a story about her tax returns. "
            "\"I have nothing to hide,\" she said.")
    doc = nlp(text)
    index = find_actors(doc, "2024-03-04", _base())
    start = text.index("The candidate")
    actor = index.resolve(doc.char_span(start, start + len("The candidate"), alignment_mode="expand"))
    assert actor is not None and actor.name == "Mara Quill"
