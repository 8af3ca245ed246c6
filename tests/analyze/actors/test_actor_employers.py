"""Country and sector from whom an actor works for, and from the article around it, on sentences of
our own: executives of companies are BUS (not a president's GOV), analysts are not of their subject,
police ranks are police in a police story, US legislators are written with party and state, widely
known organisations and people are coded by the shipped knowledge base, and the local institutions of
an article about one country are that country's."""
from __future__ import annotations

from functools import partial

import actor_rows
import pytest

from newsgraph.analyze.actors import kb
from newsgraph.analyze.actors.coding import code_phrase
from newsgraph.analyze.actors.knowledge import code_phrase as code_with_knowledge


@pytest.mark.parametrize("phrase, code", [
    ("president of Ceres Robotics Inc.", "BUS"),  # a company's name: its president is a businessman
    ("Lumen Labs president", "BUS"),
    ("vice president of the Harwick Trust", None),  # an organisation no table knows: no guess
    ("Former President", "ELI"),  # title words are no organisation's name
    ("Deputy Foreign Minister Ana Cruz", "GOV"),  # a person's title before the head names no institution
    ("Deputy Director", None),
    ("Sheriff's Deputy Jim Roe", "COP"),
    ("Vice President", "GOV"),
    ("spokesman for Acme", None),
    ("president of Kenya", "KENGOV"),  # a state's president is still GOV
    ("spokesman for Dallas", "USAGOV"),  # a place is no unknown organisation
    ("Pentagon spokesman", "USAMIL"),
    ("an analyst at Wedbush Securities", "BUS"),  # analysts take their employer's sector ...
    ("a media analyst", None),  # ... not their subject's
    ("a defense analyst", None),
    ("CIA analyst", "USASPY"),
    ("Syracuse University economist", "EDU"),
    ("Most mainstream economists", None),  # no town of Most
    ("president of the Lumen advertising agency", "BUS"),
    ("police spokesman Lt. Mark Dobbs", "COP"),  # the police's, not a spokesman's GOV or a rank's MIL
    ("the Dayton Police Department commander", "USACOP"),
    ("the police intelligence unit", "COP"),  # a unit of the police, no spy agency
    ("Hong Kong Chief Executive Carrie Lam", "HKGGOV"),  # Hong Kong's head of government
    ("Apple CEO Tim Cook", "USABUS"),
    ("a Justice Department spokesman", "USAGOV"),  # the name the base knows, not "justice" (JUD)
    ("the Obama administration", "USAGOV"),  # a government named after its leader ...
    ("the Trudeau government", "CANGOV"),
    ("the Kim regime", "GOV"),  # ... whose surname several countries' leaders bear: no country
    ("Obama consultant", "USA"),  # the consultant of a person the base knows; no town of Obama, Japan
    ("adviser to Mr. Netanyahu", "ISRGOV"),
    ("security analyst at the Center for European Reform in London", "GBR"),  # London is where, not whom
    ("expert on energy economics at the Massachusetts Institute of Technology", None),  # no company
])
def test_employers_decide_the_sector(phrase, code):
    assert code_phrase(phrase).code == code


@pytest.mark.parametrize("phrase, name, code", [
    ("Sen. Amy Kolb, D-Minn.", "Amy Kolb", "USALEG"),
    ("Rep. Dan Crane (R-Texas)", "Dan Crane", "USALEG"),
    ("Amy Kolb, D-Minn.", "Amy Kolb", "USALEG"),
    ("Rep. Lena Ortiz, D-New York", "Lena Ortiz", "USALEG"),
])
def test_party_and_state_make_a_us_legislator(phrase, name, code):
    coded = code_phrase(phrase)
    assert (coded.name, coded.code) == (name, code)


@pytest.mark.parametrize("phrase, date, code", [
    ("Volkswagen", None, "DEUBUS"),
    ("a SoftBank spokeswoman", None, "JPNBUS"),
    ("Gannett", None, "USAJRN"),
    ("U.S. Customs and Border Protection", None, "USAGOV"),
    ("the Chinese CDC", None, "CHNGOV"),
    ("CDC", None, "USAGOV"),
    ("Elon Musk", "2019-11-20", "USABUS"),
    ("Carrie Lam", "2019-11-20", "HKGGOV"),
    ("Carrie Lam", "2023-01-10", "HKGELI"),  # an office that ended
    ("Benny Gantz", "2019-11-20", "ISRLEG"),
    ("Benny Gantz", "2021-06-01", "ISRGOV"),
    ("Kamala Harris", "2019-11-20", "USALEG"),  # a senator then, not Harris Corporation
])
def test_the_knowledge_base_knows_widely_known_organisations_and_people(phrase, date, code):
    assert code_with_knowledge(phrase, kb.shipped(), date).code == code


# -- in articles ------------------------------------------------------------------------------------

actors = partial(actor_rows.actors, published="2019-11-20")  # (name, kind, country, sector) of each actor


@pytest.mark.model
def test_a_police_rank_is_police_in_a_police_story(nlp):
    found = actors(nlp, "The driver was taken to a hospital, Lt. Omar Reyes said. Police closed the road "
                        "for two hours.")
    assert found == [("Omar Reyes", "person", None, "COP"), ("Police", "group", None, "COP")]


@pytest.mark.model
def test_a_rank_stays_military_where_the_army_is(nlp):
    found = actors(nlp, "The patrol came under fire, Lt. Omar Reyes said. The army said two soldiers "
                        "were hurt.")
    assert found[0] == ("Omar Reyes", "person", None, "MIL")


@pytest.mark.model
def test_a_rank_with_a_police_title_is_police(nlp):
    found = actors(nlp, "Lt. Jane Dorsey, a spokeswoman for the Dayton police, said the suspect fled on foot.")
    assert found == [("Jane Dorsey", "person", "USA", "COP"), ("Dayton police", "group", "USA", "COP")]


@pytest.mark.model
def test_local_institutions_take_the_country_the_article_is_about(nlp):
    found = actors(nlp, "Police in the town searched the river on Sunday. The governor said the search "
                        "would go on. Officers in Dayton, Ohio, and Columbus, Ohio, joined them, and Toledo, "
                        "Ohio, sent divers.")
    assert found == [("Police", "group", "USA", "COP"), ("governor", "person", "USA", "GOV"),
                     ("United States", "country", "USA", None)]


@pytest.mark.model
def test_a_person_is_no_company_by_a_surname(nlp):
    assert actors(nlp, "Harrison Ford said the film was his last.") == [("Harrison Ford", "person", None, None)]
    assert actors(nlp, "Volkswagen said sales rose. A Huawei spokeswoman declined to comment.") == [
        ("Volkswagen", "organization", "DEU", "BUS"), ("Huawei spokeswoman", "person", "CHN", "BUS")]
