"""Which word of a title or group phrase decides its sector, and which cues are too weak to give one: a
leader's kind, a department of lobbying, a job's field, an advisory body, a coordination of bodies, the
branch of "authorities", an aide's or an office's patron, a default sector a later mention corrects, and a
description that names another kind of body. Every sentence here is our own invention."""
from __future__ import annotations

import pytest
from actor_rows import actors

from newsgraph.analyze.actors.coding import code_phrase


@pytest.mark.parametrize("phrase, code", [
    ("congressional leaders", "LEG"),  # a legislature's leaders
    ("House Minority Leader", "LEG"),
    ("the majority leader", "LEG"),
    ("a feminist leader and author", None),  # a lower-case word no table knows: not a state's leader
    ("religious leaders", None),
    ("world leaders", "GOV"),  # a reach of government keeps the default
    ("their leaders", "GOV"),
    ("whose leaders", "GOV"),
    ("the nation leaders", "GOV"),
    ("Union leaders", "LAB"),
    ("party leaders", "PTY"),
    ("Director of Government Affairs", None),  # a department of lobbying, no government
    ("Government Relations Director Al Moss", None),
    ("a seasoned operative", None),  # an operative of whom?
    ("a Republican operative", "USAPTY"),
    ("a CIA operative", "USASPY"),
    ("chair of the Dorvale advisory council", None),  # an advisory body is no government by default
    ("the Dorvale advisory board", None),
    ("the departments of State, Labor and Justice", "GOV"),  # several departments, not the judiciary
    ("law enforcement authorities", "COP"),  # a state branch before "authorities" decides
    ("local authorities", "GOV"),
    ("Chinese authorities", "CHNGOV"),
    ("representatives", None),  # of whom: delegates, a company's, a union's?
    ("union representatives", "LAB"),
    ("the Allied Steelworkers", "LAB"),  # workers are labour, not the business of steel
    ("the United Steelworkers", "USALAB"),  # a union the organisations table knows
])
def test_the_deciding_word_of_a_phrase(phrase, code):
    assert code_phrase(phrase).code == code


def test_a_field_of_work_before_a_role_is_no_employer():
    coded = code_phrase("senior media adviser")  # buys a campaign's advertising, no journalist
    assert coded.sector != "JRN" and not coded.explicit_sector


def test_an_aide_and_an_office_take_the_sector_of_the_person_they_serve(nlp):
    text = ("Rep. Dana Whitcomb rejected the complaint on Monday. \"We disagree strongly,\" Whitcomb spokesman "
            "Leo Farrant said in a statement. Whitcomb's office said the claims were false.")
    rows = {name: sector for name, _kind, _country, sector in actors(nlp, text, "2016-03-01")}
    assert rows["Dana Whitcomb"] == "LEG"
    assert rows["Leo Farrant"] == "LEG"  # a congressman's spokesman: not the title's default GOV
    assert rows["Whitcomb office"] == "LEG"


def test_words_that_say_a_sector_replace_a_default_of_the_same_group(nlp):
    text = "Many workers did not agree with their leaders' choice. Union leaders have never trusted him."
    rows = {name: sector for name, _kind, _country, sector in actors(nlp, text, "2016-03-01")}
    assert rows["leaders"] == "LAB"


def test_the_news_is_no_description_of_a_foundation(nlp):
    text = ("The Dorvale Martin Foundation said it would keep working for young people. In a statement released "
            "Thursday, Rep. Dana Whitcomb reacted to the news.")
    rows = {name: sector for name, _kind, _country, sector in actors(nlp, text, "2016-03-01")}
    assert rows["Dorvale Martin Foundation"] == "NGO"  # its name's ending, not "the news" (JRN)


def test_a_withdrawn_state_code_is_no_role():
    from test_actor_kb import build_script

    build = build_script()
    sectors = build.cameo_sectors()
    assert build.parse_role("SUN", sectors, {"USA", "RUS"}) is None  # the Soviet Union, no Sunni body (REL)
    assert build.parse_role("SUNGOV", sectors, {"USA", "RUS"})[:2] == (None, "GOV")
