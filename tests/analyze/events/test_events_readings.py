"""Two readings of one event in a sentence (no model): the first reading stands for the event, as before, and
passes the confidence gate when another reading of the same act in other words (same doer, type and
recipient) that the realness filter keeps passes it; readings of the same words, and of other events, stay
apart."""
from __future__ import annotations

from newsgraph.analyze.events.readings import Readings, same_event
from newsgraph.model import Event, Span


def reading(etype, actor, recipient, start, end, passes=True, certainty=None):
    trigger = Span(start, end, "x" * (end - start))
    return Event("", etype, None, actor, recipient, None, None, None, None, trigger, trigger,
                 certainty=certainty, passes_gate=passes)


def test_same_trigger_or_same_dyad_is_one_event():
    asked = reading("REQUEST", "A1", "A2", 10, 15)
    assert same_event(asked, reading("CONSULT", "A1", None, 10, 15))
    assert same_event(asked, reading("REQUEST", "A1", "A2", 40, 49))
    assert not same_event(asked, reading("REQUEST", "A1", "A3", 40, 49))
    assert not same_event(reading("REQUEST", None, "A2", 10, 15), reading("REQUEST", None, "A2", 40, 49))


def test_the_act_passes_the_gate_when_another_reading_of_it_does():
    first = reading("CONSULT", "A1", "A2", 10, 15, passes=False, certainty=0.4)
    second = reading("CONSULT", "A1", "A2", 40, 49, certainty=0.7)
    readings = Readings()
    readings.add_sentence([first, second])
    assert readings.all() == [first, second]
    chosen = readings.chosen()
    assert [id(e) for e in chosen] == [id(first)]
    assert (chosen[0].passes_gate, chosen[0].certainty) == (True, 0.7)


def test_a_reading_the_realness_filter_drops_lends_nothing():
    first = reading("CONSULT", "A1", "A2", 10, 15, passes=False, certainty=0.4)
    second = reading("CONSULT", "A1", "A2", 40, 49, certainty=0.7)
    readings = Readings()
    readings.add_sentence([first, second])
    chosen = readings.chosen({id(first)})
    assert (chosen[0].passes_gate, chosen[0].certainty) == (False, 0.4)
    assert readings.chosen({id(second)}) == []  # the first reading dropped: no event, as before


def test_readings_of_the_same_words_keep_their_own_rating():
    first = reading("CONSULT", "A1", "A2", 10, 15, passes=False, certainty=0.4)
    again = reading("AGREE", "A1", "A2", 10, 15, certainty=0.8)
    readings = Readings()
    readings.add_sentence([first, again])
    chosen = readings.chosen()
    assert [id(e) for e in chosen] == [id(first)] and not chosen[0].passes_gate


def test_other_events_and_other_sentences_stay_apart():
    a, b = reading("REQUEST", "A1", "A2", 10, 15), reading("ACCUSE", "A1", "A2", 20, 26)
    c = reading("REQUEST", "A1", "A2", 60, 65)  # the same dyad in the next sentence: another event
    readings = Readings()
    readings.add_sentence([a, b])
    readings.add_sentence([c])
    assert [id(e) for e in readings.chosen()] == [id(a), id(b), id(c)]
