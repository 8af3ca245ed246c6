"""The error kinds blind reviewers reported, on sentences of our own writing (invented officials, real
countries): questions are no requests, politicians' verbal attacks are accusations, verbs that act on
things (a debate hosted, totals released, supporters rallied) name no event, agreeing with a view is
support, an agentless passive in a quote is not the speaker's act, and acts not done are negated. Each
row: the exact events the sentence makes."""
from __future__ import annotations

import pytest
from event_rows import event_rows

PUBLISHED = "2016-05-04"


def _rows(text):
    return event_rows(text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a question asked is no REQUEST, and what it asks about is no event
    ('Senator Tom Briggs was asked, "What is the most dangerous place you have visited?"', []),
    ('"Who are they?" Governor Ann Holt asked.', []),
    ("Governor Ann Holt asked whether the plan would work.", []),
    ("Senator Tom Briggs was asked about the attack on the embassy.", []),
    ("The host asked Senator Tom Briggs if he would deport all of them.", []),
    # asking for something or someone to act is one
    ("Governor Ann Holt asked Kenya for help.", [("REQUEST", "Ann Holt", "Kenya", "asserted")]),
    ('"Release the prisoners now," Governor Ann Holt asked.', [("REQUEST", "Ann Holt", None, "asserted")]),
    # an attack or clash between politicians with no blow or arm is an accusation (PLOVER ACCUSE)
    ("Senator Tom Briggs attacked Governor Ann Holt over her emails.",
     [("ACCUSE", "Tom Briggs", "Ann Holt", "asserted")]),
    ("Senator Tom Briggs clashed with Governor Ann Holt during the hearing.",
     [("ACCUSE", "Tom Briggs", "Ann Holt", "asserted")]),
    # verbs that act on things: a debate hosted, figures released, supporters rallied, a topic discussed,
    # a win pulled off, a candidate's campaign suspended
    ("CNN hosted a debate in Brooklyn on Thursday.", []),
    ("Two Republican candidates released their fundraising totals.", []),
    ("Senator Tom Briggs rallied young voters with his calls for reform.", []),
    ("The candidate was shown discussing his plan to ban visitors.", []),
    ("The senator helped him pull off a win in Michigan.", []),
    ("Senator Tom Briggs suspended his campaign after losing the primary.", []),
    # a deal struck is an agreement with its partner, not a blow
    ("The senator struck an agreement with the White House.", [("AGREE", "senator", "White House", "asserted")]),
    # agreeing with someone's view is support; agreeing with someone to do something an agreement
    ("Senator Tom Briggs agreed with Governor Ann Holt that the tax was too high.",
     [("SUPPORT", "Tom Briggs", "Ann Holt", "asserted")]),
    # an agentless passive in a quote: no doer named, the speaker is the one criticized
    ('"I have been criticized for this," Senator Tom Briggs said.', [("ACCUSE", None, "Tom Briggs", "asserted")]),
    # what someone failed to do was not done
    ("The State Department failed to honor repeated requests for security.",
     [("CONCEDE", "US State Department", None, "negated")]),
    # a warning against an act: the act warned against is no event of the one who warns
    ("Senator Tom Briggs warned Iran against attacking ships.", [("THREATEN", "Tom Briggs", "Iran", "asserted")]),
    # a denial is aimed at whoever made the accusations, named by a participle's "by"
    ("Russia denied the accusations made by Ukraine.", [("REJECT", "Russia", "Ukraine", "asserted")]),
    # the noun a passive participle modifies underwent the act; the "by" agent did it
    ("Kenyan officials said the four Ugandans killed in the attack were soldiers.",
     [("ASSAULT", None, "Ugandans", "asserted")]),
    # a source's terms ("on condition of anonymity to discuss ...") are no talks
    ('"This is no combat mission," one senior Kenyan official said, speaking on condition of anonymity to '
     'discuss directives to the ministry.', []),
    # a duty given is no charge; a candidate's rally is no protest; a campaign's fight uses no force
    ("The ministry and other agencies charged with overseeing the election have not succeeded.", []),
    ("Supporters of Senator Tom Briggs gathered at one of his rallies in Ohio.", []),
    ('"We will fight back," Senator Tom Briggs said.', []),
    # calling someone unfit is an accusation; calling them on Monday a phone call
    ("Senator Tom Briggs called Governor Ann Holt unfit for office.",
     [("ACCUSE", "Tom Briggs", "Ann Holt", "asserted")]),
    ("Senator Tom Briggs called Governor Ann Holt on Monday.", [("CONSULT", "Tom Briggs", "Ann Holt", "asserted")]),
    # words aimed "at" someone, claims dismissed and qualities questioned: accusations and rejections
    # aimed at the one named (the possessor of what is dismissed or questioned)
    ("Governor Ann Holt spoke on Monday. Senator Tom Briggs took a swipe at Holt on Tuesday.",
     [("ACCUSE", "Tom Briggs", "Ann Holt", "asserted")]),
    ("Governor Ann Holt spoke on Monday. Senator Tom Briggs fired back at Holt on Tuesday.",
     [("ACCUSE", "Tom Briggs", "Ann Holt", "asserted")]),
    ("Senator Tom Briggs dismissed Governor Ann Holt's comments.", [("REJECT", "Tom Briggs", "Ann Holt", "asserted")]),
    ("Senator Tom Briggs questioned Governor Ann Holt's fitness for office.",
     [("ACCUSE", "Tom Briggs", "Ann Holt", "asserted")]),
    # a fact conceded is no concession (nor what the fact says an event); defeat conceded is one
    ("Senator Ann Holt conceded the situation is deeply regrettable.", []),
    ("Senator Ann Holt refused to concede that the voters were unlikely to back him.", []),
    ("Senator Ann Holt conceded defeat.", [("CONCEDE", "Ann Holt", None, "asserted")]),
    # a campaign's gains are no seizure; ideas defended and results sought are no support or request
    ("Senator Ann Holt captured 40 delegates in Ohio.", []),
    ("Senator Ann Holt continued to defend the notion that a video inspired the attacks.", []),
    ("Kenya is seeking talks with Uganda.", [("REQUEST", "Kenya", "Uganda", "asserted")]),
    # the doer of a relative clause on a named person's apposition is that person; the owner of the
    # strike an agentless killing happened in is its doer; a charge's "for" names no target
    ("Officials praised Tom Dale, the former Kenyan army officer who killed 13 rebels in 2009.",
     [("SUPPORT", "Officials", "Tom Dale", "asserted"), ("ASSAULT", "Tom Dale", "rebels", "asserted")]),
    ("The cleric Omar Sheikh, who was killed in a 2011 U.S. drone strike, is shown in the video.",
     [("ASSAULT", "United States", "Omar Sheikh", "asserted")]),
    pytest.param("Governor Ann Holt blamed the fog of war for the failure of the U.S. to help.",
                 [("ACCUSE", "Ann Holt", None, "asserted")],
                 marks=pytest.mark.xfail(strict=True, reason="the learned recipient chooser (on by default) fills this recipient wrongly: the U.S., whose failure is blamed on the fog of war")),
    # conjoined passives share their subject: who is detained is who should be freed
    ("Omar Sheikh has been detained by Kenya since 2010 and should be freed, the rights group says.",
     [("COERCE", "Kenya", "Omar Sheikh", "asserted"), ("RETREAT", "Kenya", "Omar Sheikh", "hypothetical")]),
    # a clash whose clause names no blow is verbal, whatever a later clause says of deaths
    ("Senator Tom Briggs clashed with Governor Ann Holt during the hearing, which was about attacks that "
     "resulted in the deaths of four soldiers.", [("ACCUSE", "Tom Briggs", "Ann Holt", "asserted")]),
    # a poll's margins are no blows; cash pulled in is no withdrawal; someone's remarks praised are praise
    ("The poll shows Senator Tom Briggs beating Governor Ann Holt 45 to 40 percent.", []),
    ("Senator Tom Briggs has pulled in an impressive amount of cash.", []),
    ("Senator Tom Briggs praised Governor Ann Holt's remarks on Thursday.",
     [("SUPPORT", "Tom Briggs", "Ann Holt", "asserted")]),
    # an act a noun names in a quote is not the speaker's: someone else's criticism, a threat lived under
    ('"The criticism of our party is unfair," Senator Tom Briggs said.', []),
    ('"Folks who live under the threat of violence deserve better," Governor Ann Holt said.', []),
    # a business person's criticism of a company is an accusation (a company's deal with one is not)
    ("Tom Briggs, the billionaire businessman, criticized Ford Motor Company for opening a factory in Mexico.",
     [("ACCUSE", "Tom Briggs", "Ford Motor Company", "asserted")]),
    # word senses off politics: a city burning, a thing proposed or offered, health advice
    ('"Nairobi is burning," Senator Tom Briggs said.', []),
    ("Senator Tom Briggs proposed a new tax on imports.", []),
    ("Governor Ann Holt offered a response to the report on Monday.", []),
    ("Doctors urged patients to drink more water, the Kenyan health ministry said.", []),
    # an offer to send troops is an offer, not a threat; talks offered are an offer
    ("Kenya offered to send troops to Somalia.", [("AGREE", "Kenya", "Somalia", "asserted")]),
    ("Kenya offered talks to Uganda.", [("AGREE", "Kenya", "Uganda", "asserted")]),
    ("Kenya pledged its commitment to the peace causes that Uganda pushed.", [("AGREE", "Kenya", None, "asserted")]),
    # a ban on an activity restricts whoever would do it (PLOVER COERCE), its target unnamed
    ("Kenyan police imposed a ban on rallies in Nairobi.", [("COERCE", "Kenyan police", None, "asserted")]),
])
def test_blind_round(text, expected):
    assert _rows(text) == expected
