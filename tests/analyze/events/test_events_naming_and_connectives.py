"""Uses of event words that name no PLOVER act (fourteenth session, the released sets' not-real verdicts), on
sentences of our own writing: the connective "as opposed to" (rather than), "call" naming what it names (no
phone call and no concession), a thing protected (no aid to anyone), a refusal to weigh in (a no-comment),
taxes released (no prisoner). The same words acting on people still make events."""
from __future__ import annotations

import pytest
from event_rows import CANDIDATES

import newsgraph

PUBLISHED = "2024-05-08"


def _events(text):
    """(type, trigger) of every candidate, before the realness filter."""
    analysis = newsgraph.analyze(text, published=PUBLISHED, settings=CANDIDATES)
    return [(e.type, e.trigger.text) for e in analysis.events]


@pytest.mark.model
@pytest.mark.parametrize("text, etype, word", [
    ('"We may end up having to do it in pieces, as opposed to some sort of big omnibus bill," the president said '
     "in an interview.", "REJECT", "opposed"),
    ("Governor Brown reiterated his pledges: rebuilding the army, protecting the Second Amendment and building a "
     "fence on the border.", "AID", "protecting"),
    ("President Obama rebuked critics, saying calling the Islamic State by another name will do nothing to defeat "
     "it.", "CONSULT", "calling"),
    ("Some Republican presidents have advanced national security by practicing containment while calling it "
     "something else.", "CONSULT", "calling"),
    ('Early in his campaign, Governor Pike attacked Senator Dolan, calling him, among other things, "a failed '
     'candidate."', "CONSULT", "calling"),
    ("Senator Warren attacked Governor Pike on Wednesday over his refusal thus far to release his taxes, calling "
     "it disqualifying.", "RETREAT", "release"),
])
def test_no_act_is_named(text, etype, word):
    assert not [e for e in _events(text) if e[0] == etype and word in e[1]]


@pytest.mark.model
@pytest.mark.parametrize("text, etype", [
    ("Senator Kemal Arslan opposed the bill in 2007.", "REJECT"),  # an opposition
    ("The troops protected the villagers from the rebels.", "AID"),  # someone protected
    ("Obama called both candidates Tuesday night.", "CONSULT"),  # a phone call
])
def test_acts_on_people_still_make_events(text, etype):
    assert etype in [e[0] for e in _events(text)]


@pytest.mark.model
def test_senses_read_from_the_parse():
    from newsgraph import nlp
    from newsgraph.analyze.events import senses as S

    language = nlp.load(None)
    doc = language("We should act in stages, as opposed to one big bill.")
    assert S.as_opposed_to(next(t for t in doc if t.lower_ == "opposed"))
    doc = language("She firmly opposed the bill.")
    assert not S.as_opposed_to(next(t for t in doc if t.lower_ == "opposed"))
    doc = language("The bank had called the court decision a landmark judgment.")
    called = next(t for t in doc if t.lower_ == "called")
    assert S.naming_call(called, "CONSULT") and not S.naming_call(called, "ACCUSE")
    doc = language("Brown will protect funding for the program.")
    assert S.thing_protected(next(t for t in doc if t.lower_ == "protect"), "AID")
