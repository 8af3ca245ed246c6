"""Offices a person does not hold on the article's date, party nouns that describe one person, and pairs
coded after their members (the categories ``benchmarks/actor_judged.py`` counts on the judged rows).
Every sentence is our own invention; the people named are invented unless a test is about the shipped
knowledge base's facts (then only their names and dated roles appear)."""
from __future__ import annotations

import pytest
from actor_rows import actors, codes, listed

from newsgraph.analyze.actors import coding, kb, knowledge


@pytest.mark.parametrize("phrase, sector", [
    ("the next president", None),  # an office whoever wins takes later
    ("a future senator", None),
    ("would-be presidents", None),
    ("the next chief executive", None),
    ("the potential vice president", None),
    ("Senator Mara Quill's wife", None),  # the senator's office is hers, not her husband's
    ("the governor's son", None),
    ("the governor's spokesman", "GOV"),  # a title word after the possessive: the governor's staff
    ("the senator's office", "LEG"),
    ("the president", "GOV"),
    ("the former president", "ELI"),
])
def test_an_office_not_held_gives_no_sector(phrase, sector):
    assert coding.code_phrase(phrase).sector == sector


def test_an_office_the_base_dates_later_is_not_the_persons_on_the_day(nlp):
    text = ("Donald Trump spoke in Ohio on Monday. Rallygoers chanted that President Trump would build a wall, "
            "the campaign's spokeswoman, Lina Dovey, said.")
    rows = codes(nlp, text, "2016-02-10")
    assert rows["Donald Trump"] == ("USA", "PTY")  # a candidate in February 2016 (GOV from 2017)
    rows = codes(nlp, text, "2017-06-01")
    assert rows["Donald Trump"] == ("USA", "GOV")


def test_the_base_role_on_the_day_overrides_a_later_office():
    base = kb.shipped()
    assert knowledge.code_phrase("President Trump", base, "2016-02-10").sector == "GOV"  # the words win alone
    assert base.lookup("Donald Trump", "2016-02-10").sector == "PTY"


def test_a_singular_party_noun_is_no_actor(nlp):
    text = ("Senator Tom Brell, Republican of Iowa, said the bill would pass. Representative Ada Quill, "
            "Democrat of Vermont, said she agreed. Mr. Brell's partnership with a Democrat surprised the "
            "Republican Party, whose chairman, Ned Varr, said Republicans would meet on Friday.")
    names = listed(nlp, text, published="2016-03-16")
    assert "Republican of Iowa" not in names and "Democrat of Vermont" not in names
    assert "Democrat" not in names
    rows = {name: (kind, sector) for name, kind, _, sector in actors(nlp, text, "2016-03-16")}
    assert rows["Tom Brell"] == ("person", "LEG")
    assert rows["Ada Quill"] == ("person", "LEG")
    assert rows["Republican Party"] == ("organization", "PTY")


def test_the_plural_party_noun_stays_the_party(nlp):
    text = "Republicans in the House said on Friday that they would vote against the bill."
    rows = {name: (kind, sector) for name, kind, _, sector in actors(nlp, text, "2016-05-25")}
    assert rows["Republican Party"] == ("group", "PTY")
    assert "Republican Party" in listed(nlp, text, published="2016-05-25")


def test_a_pair_takes_the_sector_its_members_share(nlp):
    text = "Bernie Sanders and Elizabeth Warren said on Tuesday that the bill would fail."
    rows = codes(nlp, text, "2016-03-01")
    assert rows["Bernie Sanders"] == ("USA", "LEG")
    assert rows["Bernie Sanders and Elizabeth Warren"] == ("USA", "LEG")  # two senators


def test_a_pair_of_different_sectors_keeps_none(nlp):
    text = "Bernie Sanders and Mike Huckabee said on Tuesday that the bill would fail."
    rows = codes(nlp, text, "2016-03-01")
    assert rows["Bernie Sanders and Mike Huckabee"] == ("USA", None)  # a senator and a former governor


@pytest.mark.parametrize("phrase", ["Hartford Courant", "the San Marco Chronicle", "the Philadelphia Inquirer",
                                    "Harbor Magazine"])
def test_mastheads_are_media(phrase):
    assert coding.code_phrase(phrase).sector == "JRN"


@pytest.mark.parametrize("name, date, sector", [
    ("John Boehner", "2014-03-01", "LEG"),  # Phoenix's USAGOVLEG: the House speaker is the legislature's
    ("John Boehner", "2016-03-01", "ELI"),  # his seat (the dated addition) ended in October 2015
    ("Harry Reid", "2016-03-01", "LEG"),
    ("Mitt Romney", "2016-03-01", "ELI"),  # a former governor
    ("Mitt Romney", "2020-03-01", "LEG"),
    ("Bobby Jindal", "2015-06-01", "GOV"),
    ("Bobby Jindal", "2016-03-01", "ELI"),
    ("Jake Tapper", "2016-03-01", "JRN"),
    ("Carl Icahn", "2016-03-01", "BUS"),
])
def test_the_shipped_base_on_the_day(name, date, sector):
    match = kb.shipped().lookup(name, date)
    assert (match.country, match.sector) == ("USA", sector)


@pytest.mark.parametrize("phrase, country, sector", [
    ("National Review", "USA", "JRN"),
    ("the Daily Caller", "USA", "JRN"),
    ("Gallup", "USA", "BUS"),  # a pollster is a company
    ("YouGov", "GBR", "BUS"),
    ("the Heritage Foundation", "USA", "NGO"),
    ("the House Freedom Caucus", "USA", "LEG"),
    ("Priorities USA", "USA", "PTY"),  # a super PAC
])
def test_outlets_pollsters_and_groups_of_us_politics(phrase, country, sector):
    code = knowledge.code_phrase(phrase, kb.shipped(), "2016-03-01")
    assert (code.country, code.sector) == (country, sector)
