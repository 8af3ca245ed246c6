"""A speaking description goes to the one person in reach whom the knowledge base gives its role, before the
story's subject is guessed: two brothers of one surname, only one of whom held the office the description
names (invented people; the knowledge base is a stand-in)."""
from __future__ import annotations

from newsgraph.analyze.actors.kb import shipped
from newsgraph.analyze.actors.known_offices import known_description
from newsgraph.analyze.actors.mentions import Mention
from newsgraph.analyze.actors.person_descriptions import Description, known_holder
from newsgraph.model import Actor

CANDIDATE = Actor("A1", "Rolf Vantongeren", "person", "USA", "PTY")
BROTHER = Actor("A2", "Piet Vantongeren", "person", "USA")
RIVAL = Actor("A3", "Dana Quell", "person", "USA", "PTY")
# "Rolf Vantongeren brought his brother, Piet Vantongeren, to a rally. Dana Quell spoke too. ... the former
# governor told a crowd": the candidate is the subject; the base knows only his brother as a governor
HISTORY = [Mention(CANDIDATE, head=0, sent=0, subject=True, speaker=False),
           Mention(BROTHER, head=6, sent=0, subject=False, speaker=False),
           Mention(RIVAL, head=12, sent=1, subject=True, speaker=False)]


def governors(*holders):
    return lambda actor, head, sector: actor in holders and head == "governor" and sector == "ELI"


def test_the_one_person_the_base_gives_the_role_is_the_description():
    desc = Description("governor", None, "ELI", subject=True)
    assert known_holder(desc, HISTORY, 2, 40, governors(BROTHER)) is BROTHER


def test_no_holder_two_holders_an_excluded_one_or_a_generic_head_say_nothing():
    desc = Description("governor", None, "ELI", subject=True)
    assert known_holder(desc, HISTORY, 2, 40, governors()) is None
    assert known_holder(desc, HISTORY, 2, 40, governors(BROTHER, RIVAL)) is None  # which one is unknown
    excluded = Description("governor", None, "ELI", exclude=frozenset({"A2"}), subject=True)
    assert known_holder(excluded, HISTORY, 2, 40, governors(BROTHER)) is None  # "the governor's brother"
    assert known_holder(Description("official", None, "GOV"), HISTORY, 2, 40, lambda *a: True) is None


def test_a_holder_named_out_of_reach_is_no_one():
    far = [Mention(BROTHER, head=0, sent=0, subject=False, speaker=False)]
    desc = Description("governor", None, "ELI", subject=True)
    assert known_holder(desc, far, 12, 400, governors(BROTHER)) is None


def test_the_shipped_base_knows_the_43rd_president_as_a_former_president_in_2016():
    described = known_description(shipped(), "2016-02-17")
    assert described(Actor("A1", "George W. Bush", "person", "USA"), "president", "ELI")
    assert not described(Actor("A2", "Jeb Bush", "person", "USA"), "president", "ELI")


def test_a_bare_surname_of_namesakes_is_the_one_the_narrative_named_last_not_one_a_quote_named(nlp):
    from actor_rows import resolved

    text = ("Rolf Vantongeren brought his brother, Piet Vantongeren, to the rally on Monday. "
            "\"I have no doubt that Rolf Vantongeren will win,\" the brother told the crowd.\n\n"
            "Mr. Vantongeren also praised the mayor.")
    assert resolved(nlp, text, "Mr. Vantongeren") == "Piet Vantongeren"
    plain = ("Rolf Vantongeren brought his brother, Piet Vantongeren, to the rally on Monday. "
             "The crowd cheered Rolf Vantongeren.\n\nMr. Vantongeren also praised the mayor.")
    assert resolved(nlp, plain, "Mr. Vantongeren") == "Rolf Vantongeren"  # named last by the writer


def test_a_namesake_named_in_another_persons_description_is_no_one_the_story_goes_on_with(nlp):
    from actor_rows import resolved

    text = ("Officer Dirk Halvard died in the raid. On Tuesday, Greta Halvard, widow of officer Dirk Halvard, "
            "rejected the report.\n\n\"Nobody told me the truth,\" Halvard said.")
    assert resolved(nlp, text, "Halvard", last=True) == "Greta Halvard"
