"""Roles a sentence states of a name ("Quillon is the chief executive of Brindlewood", "Brandt, who is a
professor", "Kestrel Analytics, a data firm") fill the sector names and titles left open; nothing else
does: a negated or modal copula, a relative, an identity word, coordinated roles of two sectors. Also
the title fixes that go with them: a relative of an office holder, the officers of a body no table
knows, a civilian group word inside a body's name. All sentences are our own."""
from __future__ import annotations

import actor_rows
import pytest

from newsgraph.analyze.actors.coding import code_phrase


def sector_of(nlp, text, name):
    rows = [row for row in actor_rows.actors(nlp, text) if row[0] == name]
    assert rows, f"{name!r} not found in {actor_rows.actors(nlp, text)}"
    return rows[0][3]


@pytest.mark.parametrize("text, name, sector", [
    ("Marta Quillon is the chief executive of Brindlewood. Quillon said sales rose in May.", "Marta Quillon", "BUS"),
    ("Tomas Brandt, who is a professor of chemistry, said the results were clear.", "Tomas Brandt", "EDU"),
    ("Kestrel Analytics, a data firm, said the figures were wrong.", "Kestrel Analytics", "BUS"),
])
def test_a_stated_role_fills_the_sector(nlp, text, name, sector):
    assert sector_of(nlp, text, name) == sector


@pytest.mark.parametrize("text, name", [
    ("Dario Pell is not a senator, his lawyer said. Pell said he would appeal.", "Dario Pell"),  # negated
    ("Halvard Sunde would be the next mayor, Sunde said.", "Halvard Sunde"),  # a modal: not (yet) the role
    ("Nora Feld, the wife of Senator Abel Crane, said the house was sold.", "Nora Feld"),  # a relative
    ("Iker Salas is a Muslim. Salas said the mosque had been vandalised twice.", "Iker Salas"),  # an identity
    ("Wenda Hollis, who is a lecturer at a college and a newspaper columnist, said the race was close.",
     "Wenda Hollis"),  # two roles of two sectors: no guess
])
def test_no_sector_where_the_sentence_gives_no_role(nlp, text, name):
    assert sector_of(nlp, text, name) is None


def test_a_coded_sector_is_not_overwritten(nlp):
    text = "Senator Ada Rowe is a former teacher, her office said. Rowe spoke on Monday."
    assert sector_of(nlp, text, "Ada Rowe") == "LEG"


@pytest.mark.parametrize("phrase, sector", [
    ("the wife of Senator Abel Crane", None),  # the senator's office is not his wife's
    ("the son of the governor", None),
    ("leaders of the Brindle Cultural Center of Ohio", None),  # officers of a body no table knows: no GOV
    ("officials of Lumen Creative", None),
    ("directors of Kestrel Robotics Inc.", "BUS"),  # a company's name still says business
    ("president of the Women's Policy Forum", None),  # "Women" is part of the body's name, no civilian group
    ("leaders of the Ohio Democratic Party", "PTY"),
    ("Iowa women", "CVL"),
])
def test_title_sectors(phrase, sector):
    assert code_phrase(phrase).sector == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Lena Ostrova, who chairs the Senate Judiciary Committee, said the hearing would go ahead.", "Lena Ostrova",
     "LEG"),  # "chairs X": chairman of X
    ("Pavel Dunn heads the local police department. Dunn said arrests were made.", "Pavel Dunn", "COP"),
    ("Rhea Mott, who chaired the House Oversight Committee, said the report was late.", "Rhea Mott",
     "ELI"),  # a past office: a former official
    ("Cato Ferris works for the State Department. Ferris said the cable was real.", "Cato Ferris", "GOV"),
    ("Ivo Banner served as a judge for ten years. Banner said he was retired.", "Ivo Banner",
     None),  # a past job that is no office: what he is now, the text does not say
])
def test_a_role_verb_fills_the_sector(nlp, text, name, sector):
    assert sector_of(nlp, text, name) == sector


def test_an_office_given_by_election_or_appointment_is_the_subjects_role(nlp):
    text = ("Omar Rahimi said on Tuesday he would not meet the envoy. Rahimi, a Muslim, was elected as mayor of "
            "Leeds last week. Ada Marlow was appointed as director of the state health agency in May, and Marlow "
            "said the plan was sound. Tom Vale was named after his grandfather, and Vale said nothing.")
    found = {name: sector for name, _, _, sector in actor_rows.actors(nlp, text)}
    assert found["Omar Rahimi"] == "GOV"  # a mayor: "a Muslim" says a faith, no role (no REL)
    assert found["Ada Marlow"] == "GOV"
    assert found["Tom Vale"] is None  # named after someone: no office
