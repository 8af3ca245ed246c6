"""A person's advisers and aides named by a possessive pronoun ("her advisers said") are that person's:
they take the owner's sector once it is coded (the table's GOV is only a default), one owner's are no
other's, and they are named after the owner ("Brenning advisers"). Words that name a sector of their own
("her military advisers") keep it. Sentences of our own."""
from __future__ import annotations

import actor_rows


def test_advisers_of_a_pronoun_take_the_owner_sector_and_name(nlp):
    text = "Sen. Carla Brenning, D-Ohio, spoke on Tuesday. Her advisers said she would run again."
    rows = actor_rows.actors(nlp, text)
    assert ("Carla Brenning", "person", "USA", "LEG") in rows
    assert ("Brenning advisers", "group", "USA", "LEG") in rows


def test_advisers_of_two_owners_are_two_groups(nlp):
    text = ("Dana Pell and Carl Brook met on Monday. Pell said her advisers were tired. "
            "Brook said his aides were fine.")
    names = [row[0] for row in actor_rows.actors(nlp, text)]
    assert "Pell advisers" in names and "Brook aides" in names
    assert "advisers" not in names


def test_advisers_whose_words_name_a_sector_keep_it(nlp):
    text = "Gov. Ana Ruiz of Ohio signed the bill on Monday. Her military advisers said the troops were ready."
    assert [row[3] for row in actor_rows.actors(nlp, text) if row[0] == "military advisers"] == ["MIL"]
