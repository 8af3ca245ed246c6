"""Verbs of the event tables used of a state, a share or a task rather than an act by someone on someone
(issue 9: events that are real), on sentences of our own writing: an attitude held, a poll's share of
support, a task helped with, an interview, an attempt, a need stated, one's own act defended, a lecture to
an audience and a place described are no events; the same verbs done to someone stay events."""
from __future__ import annotations

import pytest
from event_rows import event_types, parsed_token  # the types of the events of a text; a parsed token

from newsgraph.analyze.events import nonacts
from newsgraph.analyze.events import participants as P

PUBLISHED = "2024-05-08"


def _types(text):
    return event_types(text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, gone", [
    ("Senator Ann Pike has always valued a strong Canada in a strong NAFTA.", "SUPPORT"),
    ("For ten straight years, Pike has been named the woman Americans admire most, according to a yearly poll.",
     "SUPPORT"),
    ("Harlow also fares well in several Midwest states, receiving 19 percent support in Idaho and Utah.", "AID"),
    ("The Green Party's Pike receives less support than Harlow, averaging 5 percent across all states in the new "
     "poll.", "AID"),
    ("Governor Harlow later walked back his comments while speaking to NBC's Jane Miller.", "CONSULT"),
    ("President Harlow sought on Wednesday to ease growing Asian worries about the raucous election campaign.",
     "REQUEST"),
    ("Regarding the military action against Libya, President Harlow defended the process, though not the results.",
     "SUPPORT"),
    ("As President Harlow lectured the nation about Muslims on Sunday night, Pike responded on Twitter.", "ACCUSE"),
    ("Monday night, as the music blared, pro-democracy forces danced and cheered in Rangoon's streets.", "SUPPORT"),
    ('"Nothing prepares you for the office," the president will say, according to excerpts of his speech released '
     "by the White House.", "RETREAT"),
])
def test_no_act_names_no_event(text, gone):
    assert gone not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("Senator Pike said she admires his determination and his record.", "SUPPORT"),  # said: praise given
    ("Governor Harlow spoke to Prime Minister Ann Pike on Monday about trade.", "CONSULT"),
    ("Governor Pike defended President Harlow on Monday.", "SUPPORT"),
    ("The rebels sought to capture the city.", "COERCE"),  # the attempt's own act stays
    ("Cuba also released Alan Gross, an American contractor accused of spying.", "RETREAT"),
    ("The European Union promised Ukraine more support than ever on Monday.", "AGREE"),  # given, no poll
])
def test_acts_on_someone_stay(text, kept):
    assert kept in _types(text)


@pytest.mark.model
def test_readings_of_the_parse():
    helped = parsed_token("Bill Harlow helped convince Republicans across the state that Pike should be governor.",
                          "helped")
    assert nonacts.task_helped(helped, "AID")
    rebuilt = parsed_token("The United States helped rebuild Libya after the war.", "helped")
    assert not nonacts.task_helped(rebuilt, "AID")  # aid to a country
    armed = parsed_token("The United States helped arm the rebels in the north.", "helped")
    assert not nonacts.task_helped(armed, "AID")  # aid through the task
    talking = parsed_token("In talking to reporters on Monday, Mrs. Pike looked past November.", "talking")
    assert nonacts.interview(talking, "CONSULT")
    need = parsed_token('"We need real change," Harlow said.', "need")
    assert nonacts.need_stated(need, "REQUEST")
    asked = parsed_token('"We need Congress to act now," Harlow said.', "need")
    assert not nonacts.need_stated(asked, "REQUEST")  # Congress is asked
    supported = parsed_token("The poll finds Harlow supported by an average of 13 percent across all states.",
                             "supported")
    assert nonacts.polled_support(supported)
    chaotic = parsed_token('"Libya today is completely chaotic," Harlow said.', "chaotic")
    assert nonacts.place_described(chaotic, P.first_child(chaotic.head, ("nsubj",)))
    lectured = parsed_token("Harlow lectured Netanyahu about the settlements.", "lectured")
    assert not nonacts.lecture_given(lectured, "ACCUSE")  # a rebuke of someone
    charged = parsed_token("At the same time Senator Pike is lecturing the nation that its president is a criminal.",
                           "lecturing")
    assert not nonacts.lecture_given(charged, "ACCUSE")  # the charge its clause states

    pledged = parsed_token('During the discussion, Pence pledged that Harlow "really is" in favor of free trade.',
                           "pledged")
    assert nonacts.fact_pledged(pledged, "AGREE")
    promised = parsed_token("Harlow pledged that he would be a friend to the Palestinians.", "pledged")
    assert not nonacts.fact_pledged(promised, "AGREE")  # a promise to act
    insisted = parsed_token("When he insisted on paying his hotel bill himself, Francis understood gestures.",
                            "insisted")
    assert nonacts.own_act_insisted(insisted, "REQUEST")
    release = parsed_token("In the Harlow release announcing his expanded role, Pike described the race.", "release")
    assert nonacts.document_released(release, "RETREAT")
    cheered = parsed_token("Supporters cheered the verdict outside the court.", "cheered")
    assert not nonacts.acclaim_alone(cheered, "SUPPORT")
