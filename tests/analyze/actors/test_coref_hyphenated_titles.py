"""A title written with a hyphen ("front-runner") is one word of the title tables though the tokenizer
splits it in three ("front", "-", "runner"): a description headed by it is a person's description like
any other ("the GOP front-runner said" is the party's front-runner named before). Sentences of our own."""
from __future__ import annotations

import actor_rows
import pytest

from newsgraph.analyze.actors.coding import code_phrase
from newsgraph.analyze.actors.coref_pass import hyphenated_title


@pytest.mark.parametrize("phrase", ["the GOP front-runner", "the Democratic front-runner", "the frontrunner"])
def test_a_front_runner_is_a_party_person(phrase):
    c = code_phrase(phrase)
    assert (c.kind, c.sector) == ("person", "PTY")


def test_a_party_front_runner_is_the_one_named_before(nlp):
    text = ("Republican front-runner Tom Brell held a rally in Iowa on Monday. As usual, it was Brell who "
            "drew the crowds. Appearing on television, the GOP front-runner said taxes would fall.")
    assert actor_rows.resolved(nlp, text, "the GOP front-runner") == "Tom Brell"


def test_only_a_title_of_the_tables_is_read_across_its_hyphen(nlp):
    doc = nlp("The GOP front-runner met Dana Soon-Runner and the director-general.")
    split = {t.text: hyphenated_title(t) for t in doc if t.i >= 2 and doc[t.i - 1].text == "-"}
    assert split == {"runner": "front-runner", "Runner": None, "general": "director-general"}, split


def test_a_hyphenated_surname_is_still_no_title(nlp):
    text = "Dana Soon-Runner spoke on Monday. Soon-Runner said the plan was sound."
    assert "Dana Soon-Runner" in [row[0] for row in actor_rows.actors(nlp, text)]
