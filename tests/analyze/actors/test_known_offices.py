"""Descriptions of well-known people by an office or occupation the text never gives them ("the real estate
tycoon", "the former secretary of state"): the shipped table of known offices, the rule that a description
fits one on the article's date, and description resolution that counts it as a title (invented sentences;
the people must be ones the shipped knowledge base knows)."""
from __future__ import annotations

import pytest
from actor_rows import resolved

from newsgraph.analyze.actors.kb import shipped
from newsgraph.analyze.actors.known_offices import Office, fits, known_description, offices
from newsgraph.analyze.actors.mentions import Mention
from newsgraph.analyze.actors.person_descriptions import Description, resolve_description, titled
from newsgraph.model import Actor

BUSINESS = Office("businessman", "BUS", "USA", "1971-01-01", "2017-01-20")
STATE = Office("secretary of state", "GOV", "USA", "2009-01-21", "2013-02-01")
GOVERNOR = Office("governor", "GOV", "USA", "2011-01-01", None)


def test_the_shipped_table_knows_offices_with_dates():
    held = offices()
    assert any(o.head == "secretary of state" and o.end for o in held["hillary clinton"])
    assert any(o.head == "chancellor" for o in held["angela merkel"])
    # two offices of one sector whose roles cannot be told apart are left out ("president", "prime minister")
    assert not any(o.head == "prime minister" for o in held.get("vladimir putin", ()))


def test_an_occupation_fits_by_its_sector_an_office_only_by_its_name():
    assert fits("tycoon", "BUS", (BUSINESS,), "2016-04-12")
    assert fits("businessman", "BUS", (BUSINESS,), "2016-04-12")
    assert not fits("tycoon", "BUS", (BUSINESS,), "2018-04-12")  # no longer one
    assert fits("governor", "GOV", (GOVERNOR,), "2016-04-12")
    assert not fits("minister", "GOV", (GOVERNOR,), "2016-04-12")  # another office of the same sector


def test_a_former_holder_is_one_whose_office_ended_before_the_day():
    assert fits("secretary of state", "ELI", (STATE,), "2016-02-11")
    assert not fits("secretary of state", "GOV", (STATE,), "2016-02-11")  # not the sitting one
    assert not fits("secretary of state", "ELI", (STATE,), "2012-02-11")  # still in office
    assert fits("secretary of state", "GOV", (STATE,), "2012-02-11")


def test_the_base_is_asked_for_named_people_on_the_day_not_for_campaign_roles():
    described = known_description(shipped(), "2016-04-12")
    trump = Actor("A1", "Donald Trump", "person", "USA", "PTY")
    assert described(trump, "tycoon", "BUS")
    assert not described(trump, "candidate", "PTY")  # the base knows only some of a race's candidates
    assert not described(Actor("A2", "the mogul", "person"), "tycoon", "BUS")  # no name
    assert not known_description(shipped(), None)(trump, "tycoon", "BUS")  # no date


def test_a_known_role_counts_as_a_title_whatever_sector_the_text_gave():
    mogul = Actor("A1", "Dana Quell", "person", "USA", "PTY")
    rival = Actor("A2", "Omar Haddad", "person", "USA", "PTY")
    history = [Mention(mogul, head=1, sent=0, subject=True, speaker=False),
               Mention(rival, head=12, sent=1, subject=True, speaker=False)]
    desc = Description("tycoon", None, "BUS")
    assert resolve_description(desc, history, 2, {}, 30) is None  # the text never called anyone one
    known = lambda actor, head, sector: actor is mogul  # noqa: E731
    assert resolve_description(desc, history, 2, {}, 30, known_role=known) is mogul
    assert not titled("tycoon", ()) and titled("tycoon", {"tycoon"}) and titled("official", ())


def test_two_persons_the_base_gives_the_role_leave_it_open():
    one = Actor("A1", "Dana Quell", "person", "USA", "PTY")
    other = Actor("A2", "Omar Haddad", "person", "USA", "LEG")
    history = [Mention(one, head=1, sent=0, subject=True, speaker=False),
               Mention(other, head=12, sent=1, subject=False, speaker=False)]
    both = lambda actor, head, sector: True  # noqa: E731
    assert resolve_description(Description("candidate", "USA", "PTY"), history, 2, {}, 30, known_role=both) is None


@pytest.mark.model
def test_a_description_of_a_known_person_is_that_person(nlp):
    text = ("Donald Trump spoke to supporters in Ohio on Monday. The crowd cheered.\n\n"
            "The real estate tycoon criticized Mexico for its trade policy.")
    assert resolved(nlp, text, "The real estate tycoon", published="2016-04-12") == "Donald Trump"
    text = ("Hillary Clinton spoke in Iowa on Monday. The crowd cheered.\n\n"
            "The former secretary of state praised the workers.")
    assert resolved(nlp, text, "The former secretary of state", published="2016-02-11") == "Hillary Clinton"
    # a predicate noun describes its own subject, not a person the base knows in the role
    text = ("Donald Trump spoke in Ohio on Monday.\n\n"
            "Bernie Sanders was the only candidate who skipped the meeting.")
    assert resolved(nlp, text, "the only candidate", published="2016-03-22") != "Donald Trump"
    text = ("Hillary Clinton spoke in Iowa on Monday. The crowd cheered.\n\n"
            "The former secretary of state praised the workers.")
    # in office on the day, she is no former secretary of state
    assert resolved(nlp, text, "The former secretary of state", published="2011-02-11") != "Hillary Clinton"
