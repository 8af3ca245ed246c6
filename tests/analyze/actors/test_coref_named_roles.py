"""Whom a description resolves to when the text names it in apposition or introduced someone with
its role before (real spaCy model; invented sentences)."""
from __future__ import annotations

import pytest
from actor_rows import resolved

from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.actors.mentions import Mention
from newsgraph.analyze.actors.person_descriptions import Description, role_holders
from newsgraph.model import Actor

pytestmark = pytest.mark.model

GROUP_TEXT = ("Hundreds of tenants at Veldmark Property were told on Monday that rents would rise. "
              "The group, Westbrook Renters Coalition, formed in recent weeks and sent a letter to managers. "
              "Veldmark Property said the increase was needed. The group said the letter went unanswered.")


def test_an_organisation_named_in_apposition_to_the_group_is_an_actor(nlp):
    # the parse hangs the sentence on "group": the name is no subject, yet the text says it is a group
    assert resolved(nlp, GROUP_TEXT, "Westbrook Renters Coalition") == "Westbrook Renters Coalition"


def test_the_same_noun_later_points_back_to_the_organisation_named_so(nlp):
    # not the company named (and speaking) more recently: the text said which one "the group" is
    assert resolved(nlp, GROUP_TEXT, "The group", last=True) == "Westbrook Renters Coalition"


def test_a_role_introduced_by_an_indefinite_is_not_the_named_subject(nlp):
    text = ("U.S. Senator Dana Whitcombe has spent heavily on travel, records show. "
            "A senior Senate staff member who works for Whitcombe asked not to be named. "
            "Whitcombe raised money from donors in June. Whitcombe spent it on flights in July. "
            "Whitcombe's aides did not comment on the flights. Whitcombe later defended the costs in a long "
            "interview. \"Donors will ask questions,\" the Senate staff member said.")
    assert resolved(nlp, text, "the Senate staff member") == "Senate staff member"


def test_role_holders_need_the_modifiers_of_the_description():
    member = Actor("A1", "senior Republican National Committee member", "person", "USA", "PTY",
                   "senior Republican National Committee member")
    mayor = Actor("A2", "Ivo Brandt", "person", "USA", "GOV", "mayor")
    history = [Mention(member, head=3, sent=0, subject=True, speaker=False),
               Mention(mayor, head=20, sent=1, subject=True, speaker=True)]
    heads = {"A1": {"member"}, "A2": {"mayor"}}
    desc = Description("member", "USA", "PTY")
    assert role_holders(desc, history, heads, 100, ("RNC",)) == [member]  # the initials of its words
    assert role_holders(desc, history, heads, 100, ("county",)) == []
    assert role_holders(Description("mayor", "USA", "GOV"), history, heads, 100, ()) == [mayor]
    assert role_holders(Description("official", "USA", "GOV"), history, heads, 100, ()) == []  # generic


def test_a_lower_case_word_the_tagger_ran_into_a_name_is_cut_off(nlp):
    # the tagger reads "rang Keller" as one name: the surname is the Keller named before, who then speaks
    text = ("Paul Keller fell ill in March. His doctor, Omar Haddad, picked up the phone and rang Keller. "
            "Keller said he felt better.")
    names = {a.name for a in find_actors(nlp(text)).to_list()}
    assert names == {"Paul Keller", "Omar Haddad"}
    assert resolved(nlp, text, "Keller", last=True) == "Paul Keller"


def test_a_speaking_it_is_the_organisation_of_the_clause_before_it(nlp):
    # not the newspaper that spoke in the sentence before: the agency is the subject of the
    # concessive clause on the same verb
    text = ("The Port Safety Agency inspected the pier in May. Reporters from the Coastal Herald asked about "
            "cracks, writes the Coastal Herald. And though the Port Safety Agency has said there is no need to "
            "close the pier, it has also acknowledged that repairs are overdue.")
    assert resolved(nlp, text, "it", last=True) == "Port Safety Agency"


def test_a_speaker_named_exactly_as_one_actor_is_that_actor(nlp):
    from newsgraph.analyze.statements.speakers import named_before

    doc = nlp(GROUP_TEXT.replace("The group said", "Westbrook Renters Coalition said"))
    index = find_actors(doc)
    start = doc.text.rindex("Westbrook Renters Coalition")
    span = doc.char_span(start, start + len("Westbrook Renters Coalition"))
    assert named_before(span, index).name == "Westbrook Renters Coalition"  # the whole name, not only its start
