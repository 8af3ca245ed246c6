"""Dates resolved against the publication date with newspaper conventions."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.analyze.dates import (
    date_of_sentence,
    dates_in,
    find_dates,
    parse_published,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
)
from newsgraph.model import DateRef

WED = date(2023, 3, 15)  # a Wednesday


@pytest.mark.parametrize("weekday, mod, future, expected", [
    (2, None, False, date(2023, 3, 15)),  # "on Wednesday" in a Wednesday story: that day
    (1, None, False, date(2023, 3, 14)),  # "on Tuesday": the day before
    (3, None, False, date(2023, 3, 9)),  # "on Thursday": last week's
    (3, None, True, date(2023, 3, 16)),  # "will meet on Thursday": the coming one
    (2, "last", False, date(2023, 3, 8)),
    (0, "next", False, date(2023, 3, 20)),
    (4, "this", False, date(2023, 3, 17)),
])
def test_weekday(weekday, mod, future, expected):
    assert resolve_weekday(weekday, WED, mod, future) == expected


@pytest.mark.parametrize("month, mod, future, expected", [
    (9, None, False, (2022, 9)), (3, None, False, (2023, 3)), (3, "last", False, (2022, 3)),
    (1, None, False, (2023, 1)), (5, None, True, (2023, 5)), (2, "next", False, (2024, 2)),
])
def test_month(month, mod, future, expected):
    assert resolve_month(month, WED, mod, future) == expected


def test_month_day_without_year_is_the_last_one():
    assert resolve_month_day(12, 24, WED) == date(2022, 12, 24)
    assert resolve_month_day(3, 2, WED) == date(2023, 3, 2)
    assert resolve_month_day(4, 2, WED, "future") == date(2023, 4, 2)
    assert resolve_month_day(4, 2, WED) == date(2022, 4, 2)  # the past unless the tense says future
    assert resolve_month_day(4, 2, WED, "past") == date(2022, 4, 2)


def test_published_parsing():
    assert parse_published("2023-03-15T08:00:00Z") == WED
    assert parse_published("not a date") is None
    assert parse_published(None) is None


TEXT = ("Finance minister Lena Okafor said on Tuesday that the budget was balanced. "
        "She added that the reform, announced in January, takes effect on June 1, 2024. "
        "The cabinet met yesterday and will meet again next Monday. "
        "Earlier this month the central bank raised rates, as it did last year and in 2019. "
        "Two days ago the opposition walked out; previously, it had stayed. "
        "Talks continue at the moment and inflation peaked last week.")


@pytest.mark.model
@pytest.mark.parametrize("text, value", [
    ("on Tuesday", "2023-03-14"), ("in January", "2023-01"), ("on June 1, 2024", "2024-06-01"),
    ("yesterday", "2023-03-14"), ("next Monday", "2023-03-20"), ("Earlier this month", "2023-03"),
    ("last year", "2022"), ("in 2019", "2019"), ("Two days ago", "2023-03-13"),
    ("previously", None), ("at the moment", None), ("last week", "2023-W10"),
])
def test_expressions_in_text(nlp, text, value):
    refs = {r.text: r.value for r in find_dates(nlp(TEXT), "2023-03-15")}
    assert refs[text] == value


@pytest.mark.model
def test_offsets_point_into_the_text(nlp):
    for ref in find_dates(nlp(TEXT), "2023-03-15"):
        assert TEXT[ref.start:ref.end] == ref.text


@pytest.mark.model
def test_without_publication_date_only_absolute_dates_resolve(nlp):
    refs = {r.text: r.value for r in find_dates(nlp(TEXT), None)}
    assert refs["on Tuesday"] is None and refs["in January"] is None
    assert refs["on June 1, 2024"] == "2024-06-01" and refs["in 2019"] == "2019"


@pytest.mark.model
def test_future_tense_looks_forward(nlp):
    doc = nlp("The envoy will travel to Lima on Thursday.")
    assert [(r.text, r.value) for r in find_dates(doc, "2023-03-15")] == [("on Thursday", "2023-03-16")]


@pytest.mark.model
def test_sentence_date_comes_from_the_main_clause(nlp):
    text = ("Responding to the governor's remarks on Monday, the mayor said the plan was late. "
            "The mayor said on Sunday that the plan was late. The mayor said the plan was late.")
    doc = nlp(text)
    dates = find_dates(doc, "2023-03-15")
    sents = list(doc.sents)
    assert [date_of_sentence(s, dates, "2023-03-15") for s in sents] == ["2023-03-15", "2023-03-12", "2023-03-15"]


@pytest.mark.model
def test_sentence_date_reaches_down_to_an_anchor_below_it(nlp):
    doc = nlp("On Monday, the mayor said that she would resign.")
    dates = find_dates(doc, "2023-03-15")
    resign = next(t for t in doc if t.lemma_ == "resign")
    assert date_of_sentence(next(doc.sents), dates, "2023-03-15", anchor=resign) == "2023-03-13"


@pytest.mark.model
@pytest.mark.parametrize("text, value", [
    ("The ministers agreed to meet again in April.", "2023-04"),
    ("She said both sides would meet in Oslo in February.", "2024-02"),
    ("The ministers met in April.", "2022-04"),
])
def test_infinitive_and_reported_future_look_forward(nlp, text, value):
    assert [r.value for r in find_dates(nlp(text), "2023-03-15")] == [value]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a day without a year is the last one on or before publication, however near the next one is
    ("The strike at the Orvane mill began on May 16.", [("on May 16", "2019-05-16")]),
    ("The strike at the Orvane mill began on May 15.", [("on May 15", "2019-05-15")]),
    ("The union's vote on May 16 ended the strike.", [("on May 16", "2019-05-16")]),
    # ... unless the tense or "next" puts it in the future
    ("Talks will resume on December 2.", [("on December 2", "2019-12-02")]),
    ("The mill cut 200 jobs in March.", [("in March", "2019-03")]),
    ("The mill will reopen next March.", [("next March", "2020-03")]),
    # numbers inside names are no dates
    ("Prices of Orvane's 2025 bonds fell sharply on Monday.", [("on Monday", "2019-11-18")]),
    ("The Vision 2030 plan was announced on Monday.", [("on Monday", "2019-11-18")]),
    ("The mill was sold in 2016.", [("in 2016", "2016")]),
])
def test_dates_without_a_year_and_numbers_in_names(nlp, text, expected):
    assert [(r.text, r.value) for r in find_dates(nlp(text), "2019-11-20")] == expected


@pytest.mark.model
def test_a_year_inside_a_name_does_not_date_the_sentence(nlp):
    doc = nlp("Prices of Orvane's 2025 bonds fell sharply.")
    dates = find_dates(doc, "2019-11-20")
    assert date_of_sentence(next(doc.sents), dates, "2019-11-20") == "2019-11-20"


@given(st.lists(st.integers(0, 40), max_size=12), st.integers(-2, 42), st.integers(0, 20))
def test_dates_in_a_sentence_are_those_a_pass_over_all_finds(starts, start, length):
    dates = [DateRef(s, s + 3, "May", f"2023-05-{k:02}") for k, s in enumerate(sorted(starts))]
    sent = SimpleNamespace(start_char=start, end_char=start + length)
    assert dates_in(dates, sent) == [d for d in dates if start <= d.start < start + length]

