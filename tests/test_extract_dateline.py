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


def test_dateline_end_points_at_the_lead():
    from newsgraph.extract.dateline import dateline_end

    text = "Title\n\nSANTIAGO, March 14, 2024 — Chile and Bolivia agreed"
    assert text[dateline_end(text, 7):] == "Chile and Bolivia agreed"
    assert dateline_end(text, 0) is None
