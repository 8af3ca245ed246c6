"""Who the doer of an event is, on sentences of our own writing (invented people), real spaCy parse: a CAMEO
pattern PETRARCH marks as undergone ("came under fire from X"), the one a predicate noun's relative clause
is said of, a subject pronoun that cannot be the name its own clause holds, a quoted "I", the object of an
object-control verb, and no speaker's support taken for a doerless "supporting X"."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

from scripts_module import load_script

PUBLISHED = "2024-05-08"
INTRO = "Senator Omar Haddad and Governor Lena Ortiz spoke on Monday.\n\n"


def _rows(text: str):
    return trigger_rows(text, PUBLISHED)


def test_the_lexicon_keeps_petrarchs_mark_of_an_undergone_act():
    build = load_script("build_event_lexicon")
    assert build._code("[:111]".strip("[]")) == ":111"  # "COME (UNDER FIRE) [:111]"
    assert build._code("042:043") == "042" and build._code("---") == ""
    assert build.plover_of(":111", {"111": ("ACCUSE", "disapprove")}) == ("ACCUSE", "disapprove")


@pytest.mark.model
def test_who_comes_under_fire_is_the_recipient():
    rows = _rows(INTRO + "Haddad has come under fire from Ortiz over his tax returns.")
    assert [r[2:] for r in rows if r[0] == "ACCUSE"] == [("Lena Ortiz", "Omar Haddad")]  # not Haddad's act
    rows = _rows("Kenyan President Uhuru Kenyatta came under fire over the deal on Monday.")
    assert [r[2:] for r in rows if r[0] == "ACCUSE"] == [(None, "Uhuru Kenyatta")]  # no doer named


@pytest.mark.model
def test_who_stands_trial_is_tried_not_the_one_who_tries():
    rows = _rows("Kenyan opposition leader Raila Odinga will stand trial in Nairobi next month.")
    assert [r[2:] for r in rows if r[0] == "COERCE"] == [(None, "Raila Odinga")]


@pytest.mark.model
def test_a_predicate_nouns_relative_clause_is_its_subjects_act():
    rows = _rows("Governor Lena Ortiz often says that she is a proud Democrat who wants to help elect other "
                 "Democrats.")
    assert [r[:3] for r in rows] == [("AID", "help", "Lena Ortiz")]  # not the party "Democrat" names


@pytest.mark.model
def test_a_subject_pronoun_is_not_the_name_in_its_own_clause():
    rows = _rows(INTRO + "Haddad met Kenyan President Uhuru Kenyatta on Monday. He criticized Haddad later.")
    assert ("ACCUSE", "criticized", "Omar Haddad", None) not in rows  # "he" is not Haddad
    assert all(r[2] != r[3] or r[2] is None for r in rows)


@pytest.mark.model
def test_a_quoted_i_is_the_speaker_not_the_person_named_before_it():
    rows = _rows("Mayor Sadiq Halim spoke on Monday.\n\n"
                 "\"If Omar Haddad becomes the president I'll be stopped from going there, which means I can't "
                 "engage with American mayors and swap ideas,\" Halim said.")
    assert rows and all(r[2] == "Sadiq Halim" for r in rows)  # not Haddad, named in the "if" clause


@pytest.mark.model
def test_the_object_of_an_object_control_verb_does_its_infinitive():
    rows = _rows(INTRO + "Ortiz forced Haddad to apologize to Kenyan President Uhuru Kenyatta.")
    assert [r[2:] for r in rows if r[0] == "CONCEDE"] == [("Omar Haddad", "Uhuru Kenyatta")]
    rows = _rows(INTRO + "Ortiz encouraged Haddad to meet Kenyan President Uhuru Kenyatta.")
    assert ("CONSULT", "meet", "Omar Haddad", "Uhuru Kenyatta") in rows
    rows = _rows(INTRO + "Ortiz promised Haddad to support Kenyan President Uhuru Kenyatta.")
    assert ("SUPPORT", "support", "Omar Haddad", "Uhuru Kenyatta") not in rows  # a promise: Ortiz's own


@pytest.mark.model
def test_a_common_noun_for_people_under_an_object_control_verb_does_its_infinitive():
    # "encouraged police officers to arrest X": the officers would arrest X, not the one who encouraged them
    rows = _rows(INTRO + "Ortiz encouraged Kenyan police officers to arrest Haddad.")
    assert [r[2:] for r in rows if r[0] == "COERCE"] == [("Kenyan police officers", "Omar Haddad")]
    # under a command the one who gave the order stays the doer
    rows = _rows(INTRO + "General Sadiq Halim ordered Kenyan troops to arrest Haddad.")
    assert all(r[2] == "Sadiq Halim" for r in rows if r[0] == "COERCE")


@pytest.mark.model
def test_the_person_a_party_noun_is_apposed_to_does_its_participle():
    rows = _rows(INTRO + '"The race is close," said Rep. Ana Pell, a Utah Democrat supporting Haddad.')
    assert [r[2:] for r in rows if r[0] == "SUPPORT"] == [("Ana Pell", "Omar Haddad")]  # not "Utah Democrat"


@pytest.mark.model
def test_a_doerless_supporting_in_quoted_words_is_not_the_speakers_support():
    rows = _rows(INTRO + "\u201cIt\u2019s a way to take part without supporting Haddad,\u201d Ortiz said.")
    assert not any(r[0] == "SUPPORT" and r[2] == "Lena Ortiz" for r in rows)


@pytest.mark.model
def test_receiving_a_thing_pronoun_is_no_visit():
    rows = _rows("The Kenyan Workers Union notes the wage is for new workers, with few Kenyans receiving it.")
    assert not any(r[0] == "CONSULT" for r in rows)  # "it" is the wage, no visitor received
    rows = _rows("Kenyan President Uhuru Kenyatta received the Somali foreign minister in Nairobi on Monday.")
    assert [r[0] for r in rows] == ["CONSULT"]


@pytest.mark.model
def test_who_wins_someones_support_is_its_recipient_and_a_polls_share_no_act():
    rows = _rows("Senator Omar Haddad won the backing of the Kenyan government on Monday.")
    assert [r[2:] for r in rows if r[0] == "SUPPORT"] == [("Kenyan government", "Omar Haddad")]
    rows = _rows("Senator Omar Haddad earned the support of nearly four in 10 likely voters, while Governor Lena "
                 "Ortiz earned 30 percent.")
    assert rows == []


@pytest.mark.model
def test_a_quoted_i_with_a_possessive_after_it_keeps_its_recipient():
    rows = _rows("Senator Omar Haddad spoke in Iowa on Monday.\n\n\u201cI hold in the highest esteem Sen. John "
                 "McCain,\u201d Haddad said, \u201cand I fully support and endorse his re-election.\u201d")
    assert ("SUPPORT", "endorse", "Omar Haddad", "John McCain") in rows


@pytest.mark.model
def test_the_one_pressure_is_put_on_does_the_infinitive():
    rows = _rows(INTRO + "Ortiz sent more aid to the farmers to put more pressure on Kenyan President Uhuru "
                 "Kenyatta to compromise.")
    assert [r[2] for r in rows if r[0] == "CONCEDE"] == ["Uhuru Kenyatta"]  # not Ortiz, who puts it on


@pytest.mark.model
def test_a_named_persons_apposition_does_its_participle_not_its_nation():
    rows = _rows("Tomas Varga, 41, a Hungarian man visiting Nairobi with his family, told reporters that he had "
                 "met Kenyan President Uhuru Kenyatta.")
    assert not any(r[2] in ("Hungary", "Hungarian") for r in rows)  # the man is Varga, not his country


@pytest.mark.model
def test_a_free_relative_whoever_is_no_one_named_before_it():
    rows = _rows("Kenyan President Uhuru Kenyatta is today an ally of whoever provides support for his hold on Kenya.")
    assert not any(r[1] == "provides" and r[2] == "Uhuru Kenyatta" for r in rows)  # whoever, not Kenyatta



@pytest.mark.model
def test_a_passive_infinitives_raised_subject_is_acted_on_not_the_doer():
    rows = _rows(INTRO + "Haddad said the Kenyan police are likely to be attacked next week.")
    assert [r for r in rows if r[1] == "attacked"] == [("ASSAULT", "attacked", None, "Kenyan police")]


@pytest.mark.model
def test_a_role_nouns_apposed_name_is_the_doer_not_the_owner_of_the_role():
    rows = _rows("Senator Omar Haddad and Governor Lena Ortiz spoke on Monday. CNN journalist Maria Lenz asked "
                 "questions.\n\nOrtiz was pressed by CNN's host, Maria Lenz, "
                 "about her remarks.")
    assert [r for r in rows if r[1] == "pressed"] == [("REQUEST", "pressed", "Maria Lenz", "Lena Ortiz")]  # not CNN


@pytest.mark.model
def test_a_singular_relative_clause_after_two_joined_names_is_about_the_second():
    rows = _rows(INTRO + "Several candidates, including Haddad and Ortiz, who has openly opposed the treaty, "
                 "have taken a tougher stance.")
    assert [r[2] for r in rows if r[1] == "opposed"] == ["Lena Ortiz"]
    rows = _rows(INTRO + "Haddad and Ortiz, who have opposed the treaty, met on Monday.")
    assert [r[2] for r in rows if r[1] == "opposed"] == ["Omar Haddad"]  # plural "have": both, the first
