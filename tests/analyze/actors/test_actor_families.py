"""A surname with an apostrophe and a family named in the plural (invented texts)."""
from __future__ import annotations

import pytest

from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.actors.names import name_word

pytestmark = pytest.mark.model


def rows(nlp, text):
    return [(a.name, a.kind, a.country, a.sector, [m.text for m in a.mentions])
            for a in find_actors(nlp(text), "2019-11-05").to_list()]


def test_a_word_of_a_name_may_hold_an_apostrophe_or_a_hyphen(nlp):
    doc = nlp("O'Malley, D’Souza, 42, and --")
    assert [t.text for t in doc if name_word(t)] == ["O'Malley", "D’Souza", "and"]


def test_a_bare_surname_with_an_apostrophe_is_the_same_person(nlp):
    # the tagger reads the second "O'Malley" as an organisation; the article named him in full
    text = ("Senator Kevin O'Malley of Ohio spoke to reporters on Tuesday. O'Malley said the bill "
            "would pass next week. Later, O'Malley left the Capitol.")
    people = [r for r in rows(nlp, text) if r[0].endswith("O'Malley")]
    assert people == [("Kevin O'Malley", "person", "USA", "LEG", ["Kevin O'Malley", "O'Malley", "O'Malley"])]


def test_a_surname_in_the_plural_is_the_family_a_group_without_a_sector(nlp):
    text = ("Betsy Ebeling and her husband Tom Ebeling hosted a dinner in Park Ridge on Saturday. "
            "The Ebelings said they had known the candidate for decades.")
    assert rows(nlp, text) == [
        ("Betsy Ebeling", "person", None, None, ["Betsy Ebeling", "her"]),
        ("Tom Ebeling", "person", None, None, ["Tom Ebeling"]),
        ("United States", "country", "USA", None, ["Park Ridge"]),  # the setting (a town of Illinois)
        ("Ebelings", "group", None, None, ["Ebelings", "they"]),
    ]


def test_a_surname_ending_in_s_is_no_plural(nlp):
    # "Weeks" is Timothy Weeks's own surname, not a family of "Week"s
    text = "Timothy Weeks was freed on Tuesday. Weeks said he was grateful."
    assert rows(nlp, text) == [("Timothy Weeks", "person", None, None, ["Timothy Weeks", "Weeks", "he"])]


def test_a_clause_before_a_name_is_no_title(nlp):
    # "... would probably back Mr. Garvin": the words before the honorific are a clause, not his title
    text = ("Dana Welk, a teacher from Ames, said she was a registered voter and would probably back "
            "Mr. Garvin in the caucus. Garvin, a Republican senator, thanked her.")
    garvin = [r for r in rows(nlp, text) if r[0] == "Garvin"]
    assert garvin == [("Garvin", "person", "USA", "LEG", ["Garvin", "Garvin"])]


def test_members_of_a_body_take_its_country_and_sector(nlp):
    # "members of Congress" are of the body their "of" phrase names, once the story makes it the US one
    text = ("Members of Congress said on Tuesday that the bill would pass. "
            "Senator Mara Quill of Ohio agreed.")
    assert rows(nlp, text)[:2] == [
        ("Members of Congress", "group", "USA", "LEG", ["Members of Congress"]),
        ("Congress", "organization", "USA", "LEG", ["Congress"]),
    ]


def test_an_office_holder_of_a_place_is_of_its_country(nlp):
    # "Senator Mara Quill of Ohio": the state she serves is American
    text = "Senator Mara Quill of Ohio said on Tuesday that the bill would pass."
    assert rows(nlp, text)[0] == ("Mara Quill", "person", "USA", "LEG", ["Mara Quill"])


def test_people_from_several_places_take_none_of_them(nlp):
    text = "Hundreds of migrants from Syria and other nations waited at the border with Turkey."
    assert rows(nlp, text)[0] == ("migrants", "group", None, "REF", ["migrants"])


def test_a_team_in_a_result_line_is_a_club_without_a_sector(nlp):
    # "Senators 4, Jets 2": the score is no part of the name, and the team is no legislature
    text = ("Hockey scores on Tuesday:\n\nSenators 4, Jets 2\n\nThe Senators won their third straight game. "
            "Coach Dale Miller praised the defence.")
    senators = [r for r in rows(nlp, text) if r[0].startswith("Senators")]
    assert senators == [("Senators", "organization", None, None, ["Senators 4", "The Senators"])]
