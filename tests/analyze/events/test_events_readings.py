"""Two readings of one event in a sentence (no model): the one the realness filter keeps and the confidence
gate passes stands for the event, else the first kept; readings of other events stay apart."""
from __future__ import annotations

from newsgraph.analyze.events.readings import Readings, same_event
from newsgraph.model import Event, Span


def reading(etype, actor, recipient, start, end, passes=True):
    trigger = Span(start, end, "x" * (end - start))
    return Event("", etype, None, actor, recipient, None, None, None, None, trigger, trigger, passes_gate=passes)


def test_same_trigger_or_same_dyad_is_one_event():
    asked = reading("REQUEST", "A1", "A2", 10, 15)
    assert same_event(asked, reading("CONSULT", "A1", None, 10, 15))
    assert same_event(asked, reading("REQUEST", "A1", "A2", 40, 49))
    assert not same_event(asked, reading("REQUEST", "A1", "A3", 40, 49))
    assert not same_event(reading("REQUEST", None, "A2", 10, 15), reading("REQUEST", None, "A2", 40, 49))


def test_the_reading_the_gate_passes_stands_for_the_event():
    first, second = reading("REQUEST", "A1", "A2", 10, 15, passes=False), reading("REQUEST", "A1", "A2", 40, 49)
    readings = Readings()
    readings.add_sentence([first, second])
    assert readings.all() == [first, second]
    assert readings.chosen() == [second]


def test_the_first_reading_stays_when_both_or_neither_pass():
    for passes in (True, False):
        first, second = reading("ACCUSE", "A1", "A2", 10, 15, passes), reading("ACCUSE", "A1", "A2", 40, 49, passes)
        readings = Readings()
        readings.add_sentence([first, second])
        assert [id(e) for e in readings.chosen()] == [id(first)]


def test_a_reading_the_realness_filter_drops_gives_way():
    first, second = reading("REQUEST", "A1", "A2", 10, 15), reading("REQUEST", "A1", "A2", 40, 49, passes=False)
    readings = Readings()
    readings.add_sentence([first, second])
    assert readings.chosen({id(second)}) == [second]
    assert readings.chosen(set()) == []


def test_other_events_and_other_sentences_stay_apart():
    a, b = reading("REQUEST", "A1", "A2", 10, 15), reading("ACCUSE", "A1", "A2", 20, 26)
    c = reading("REQUEST", "A1", "A2", 60, 65)  # the same dyad in the next sentence: another event
    readings = Readings()
    readings.add_sentence([a, b])
    readings.add_sentence([c])
    assert readings.chosen() == [a, b, c]
