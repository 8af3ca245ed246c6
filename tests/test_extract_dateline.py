import pytest

from newsgraph.extract.dateline import dateline_date


@pytest.mark.parametrize("text, expected", [
    ("SANTIAGO, March 14, 2024 — Chile and Bolivia agreed", "2024-03-14"),
    ("NEW DELHI, Sept. 20, 2024 - India summoned", "2024-09-20"),
    ("LONDON, 2 December 2022 (Reuters) - Britain said", "2022-12-02"),
    ("WASHINGTON, D.C., Jan 5, 2023 — The White House", "2023-01-05"),
    ("MOSCOW, Dec 2 (Reuters) - Russia will not", None),        # no year: no guess
    ("Russia said on Friday, March 3, 2023 — that", None),       # not a dateline
    ("PARIS, February 30, 2024 — Impossible date", None),
])
def test_dateline_date(text, expected):
    assert dateline_date(text) == expected
