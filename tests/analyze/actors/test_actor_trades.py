"""Issue 9/10 (twenty-first session), on sentences of our own: a person shown writing or reporting for a
publication is a journalist; occupations a story names people by (pollster, moderator, anchorman, evangelist)
are titles; a plural title ("Sens.", "Reps.") titles each name of its list and is no group; and the actor
index's merges and removals give what they gave before they were made linear."""
from __future__ import annotations

import actor_rows
import pytest

from newsgraph.analyze.actors.index import ActorTable
from newsgraph.model import Actor

PUBLISHED = "2016-05-04"


def _codes(nlp, text):
    return actor_rows.codes(nlp, text, published=PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Jack Pell, writing for The Lantern Review, said the vote was rigged.", "Jack Pell"),
    ("Rita Voss wrote in The Harbor Ledger that the mayor had lied.", "Rita Voss"),
    ("Tom Brisk, reporting for The Valley Courier from Denver this week, was on hand to see it.", "Tom Brisk"),
    ("Strategists conceded as much in a Harbor Times article by Pat Healey.", "Pat Healey"),
    ("The talks ended late.\n\nNolan Mack contributed.", "Nolan Mack"),
])
def test_a_person_writing_for_a_publication_is_a_journalist(nlp, text, name):
    assert _codes(nlp, text)[name][1] == "JRN"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ed Nolte wrote on the union's Facebook page that he wanted his dues back.", "Ed Nolte"),  # a page, no outlet
    ("Mara Quill contributed $500 to the campaign.", "Mara Quill"),  # money, no credit line
    ("Dana Rusk wrote to the Senate Judiciary Committee on Monday.", "Dana Rusk"),  # a body of another sector
])
def test_writing_that_is_no_trade_gives_no_sector(nlp, text, name):
    assert _codes(nlp, text)[name][1] is None


@pytest.mark.model
@pytest.mark.parametrize("text, name, sector", [
    ("Geoff Marlow, a Democratic pollster, said the race was close.", "Geoff Marlow", "PTY"),
    ("Republican pollster Dan Shore told reporters the numbers had moved.", "Dan Shore", "PTY"),
    ("She dodged the question from CBS moderator Jon Dicks.", "Jon Dicks", "JRN"),
    ("Network anchorwoman Kate Corwin spoke at the graduation.", "Kate Corwin", "JRN"),
    ("Later, the host praised evangelist Frank Gable for his stand.", "Frank Gable", "REL"),
])
def test_occupations_a_story_names_people_by(nlp, text, name, sector):
    assert _codes(nlp, text)[name][1] == sector


@pytest.mark.model
def test_a_pollster_of_no_known_employer_has_no_sector(nlp):
    assert _codes(nlp, "Zenith pollster Carl Fenwick said the state was close.")["Carl Fenwick"][1] is None


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Jim Benton, 57, told a voter he liked the plan.", "Jim Benton"),
    ("Sandra Parr (78) arrived at the polling place in the afternoon.", "Sandra Parr"),
])
def test_a_person_named_with_an_age_alone_is_a_private_citizen(nlp, text, name):
    assert _codes(nlp, text)[name][1] == "CVL"


@pytest.mark.model
def test_an_age_leaves_a_role_the_text_gives_alone(nlp):
    codes = _codes(nlp, "Omar Tate, 29, a nurse, said no. Senator Ann Roe, 61, said yes.")
    assert codes["Omar Tate"][1] == "MED" and codes["Ann Roe"][1] == "LEG"


@pytest.mark.model
def test_a_plural_title_titles_each_name_of_its_list(nlp):
    codes = _codes(nlp, "Sens. Tom Varga of Ohio and Bill Orkney of Kansas said they would back him. "
                        "Reps. Ann Mott and Lee Sand voted no.")
    assert {name: sector for name, (_, sector) in codes.items() if name not in ("Ohio", "Kansas", "United States")} \
        == {"Tom Varga": "LEG", "Bill Orkney": "LEG", "Ann Mott": "LEG", "Lee Sand": "LEG",
            "Tom Varga and Bill Orkney": "LEG"}  # no "Sens", no "Reps"; the two who said speak as a pair of senators


def test_an_actor_table_moves_and_drops_an_actors_keys_in_place():
    a, b, c = (Actor(id=f"A{k}", name=n, kind="person") for k, n in enumerate("abc", 1))
    table = ActorTable()
    table[1] = a
    table.setdefault(2, b)
    table.setdefault(2, c)  # kept: b was there first
    table[3] = a
    table[4] = c
    table[3] = b  # 3 is b's now, not a's
    table.replace(a, c)
    assert list(table.items()) == [(1, c), (2, b), (3, b), (4, c)]
    table.replace(b, None)
    assert list(table.items()) == [(1, c), (4, c)]
    del table[1]
    assert table.pop(4) is c and not table
    table.replace(c, a)  # no keys left to move
    assert not table


@pytest.mark.model
def test_merges_and_removals_keep_mentions_and_actors_in_order(nlp):
    from newsgraph.analyze.actors import find_actors

    text = ("Varga wins the vote. Maria Varga told reporters that the count was fair. She said Varga would serve. "
            "Orkney lost. Peter Orkney said he would appeal.")
    index = find_actors(nlp(text), PUBLISHED)
    assert [(a.name, [m.text for m in a.mentions]) for a in index.to_list()] == [
        ("Maria Varga", ["Varga", "Maria Varga", "She", "Varga"]),
        ("reporters", ["reporters"]),
        ("Peter Orkney", ["Orkney", "Peter Orkney", "he"])]
    assert [m.actor.name for m in index.mentions if m.actor.kind == "person"] == [
        "Maria Varga", "Maria Varga", "Maria Varga", "Maria Varga", "Peter Orkney", "Peter Orkney", "Peter Orkney"]
