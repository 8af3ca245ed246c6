"""The one filter object: checked once, the same date rule and LIKE escape for every reader."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.model import SHOWN_FRAMES, STATEMENT_FRAMES
from newsgraph.store.filters import FilterError, Filters, contains_pattern, until_bound


def test_values_are_normalised_once():
    f = Filters.of(speaker="  Ana Verlo ", country="ost", type="reject", kind="Direct", q="peace", since="",
                   until=None)
    assert (f.speaker, f.country, f.type, f.kind, f.text, f.since, f.until) == (
        "Ana Verlo", "OST", "REJECT", "direct", "peace", None, None)
    assert (f.frames, f.modality) == (SHOWN_FRAMES, "asserted")
    assert f.as_dict() == {"speaker": "Ana Verlo", "country": "OST", "type": "REJECT", "kind": "direct",
                           "text": "peace"}


@pytest.mark.parametrize("values, message", [
    ({"since": "2022-13"}, "since='2022-13' is not a calendar date."),
    ({"until": "yesterday"}, "until='yesterday' is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)."),
    ({"since": "2023-05", "until": "2023-04"}, "since=2023-05 is after until=2023-04."),
    ({"country": "RU"}, "country='RU' is not an ISO 3166 alpha-3 code such as RUS or USA."),
    ({"type": "BOMB"}, "type='BOMB' is not a PLOVER event type"),
    ({"kind": "rumour"}, "kind='rumour': use one of direct, indirect, mixed."),
    ({"frames": "speech,gossip"}, "frame='gossip': use all or some of speech, writing, belief"),
    ({"modality": "maybe"}, "modality='maybe': use one of asserted, all, negated, hypothetical, intended."),
    ({"speakr": "Ana"}, "unknown filter 'speakr'"),
    ({"text": "x" * 201}, "text is longer than 200 characters."),
])
def test_bad_values_name_the_filter(values, message):
    with pytest.raises(FilterError) as caught:
        Filters.of(**values)
    assert str(caught.value).startswith(message)


def test_all_frames_and_lists_of_frames():
    assert Filters.of(frames="all").all_frames and Filters.of(frames="all").frames == STATEMENT_FRAMES
    assert Filters.of(frames="belief, speech").frames == ("speech", "belief")  # in STATEMENT_FRAMES' order
    assert Filters.of(frames="writing,speech") == Filters()  # the default view, however it is written
    assert not Filters().all_frames


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans())
def test_until_is_inclusive_at_every_precision(day, with_time):
    stored = day.isoformat() + ("T23:59:59" if with_time else "")
    for value in (day.isoformat()[:4], day.isoformat()[:7], day.isoformat()):
        assert value <= stored <= until_bound(value)  # since=value and until=value both keep the row
    after = day + dt.timedelta(days=1)
    assert until_bound(day.isoformat()) < after.isoformat()  # and the next day is out


ASCII = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12)


@given(ASCII.filter(bool), ASCII, ASCII)
def test_like_pattern_matches_its_text_literally(value, before, after):
    """``%``, ``_`` and backslashes in a name are letters, not wildcards; any case matches (SQLite's
    lower() folds ASCII only, hence ASCII here)."""
    db = sqlite3.connect(":memory:")

    def like(text: str) -> bool:
        return db.execute("SELECT lower(?) LIKE ? ESCAPE '\\'", (text, contains_pattern(value))).fetchone()[0] == 1

    assert like(before + value.upper() + after)
    if "%" in value or "_" in value:  # the same length, a letter where the wildcard was: no match
        assert not like(value.replace("%", "x").replace("_", "y"))
