"""Unit tests of the web's pure parts: highlighting, filter parsing, charts, CSV cells."""
from __future__ import annotations

import pytest
from starlette.datastructures import QueryParams

from newsgraph.store.filters import FilterError, Filters, check_date, until_bound
from newsgraph.web import charts
from newsgraph.web.highlight import Mark, highlight
from newsgraph.web.http import BadRequest, _cell
from newsgraph.web.params import query_of, read_filters, read_page


# ------------------------------------------------------------------------------------ highlight
def test_unmarked_text_is_escaped_into_one_paragraph():
    assert str(highlight("a < b & c", [])) == "<p>a &lt; b &amp; c</p>"


def test_each_piece_is_escaped_inside_and_outside_marks():
    text = "<b>Ann</b> said <script>x()</script>"
    html = str(highlight(text, [Mark(0, 10, "actor", "actor-A1"), Mark(16, len(text), "statement", "statement-S1")]))
    assert html == ('<p><span class="hl hl-actor" data-keys="actor-A1" tabindex="0">&lt;b&gt;Ann&lt;/b&gt;</span>'
                    ' said <span class="hl hl-statement" data-keys="statement-S1" tabindex="0">'
                    '&lt;script&gt;x()&lt;/script&gt;</span></p>')


def test_overlapping_marks_split_into_segments_most_specific_first():
    text = "Russia rejects talks"
    html = str(highlight(text, [Mark(0, 20, "statement", "statement-S1"), Mark(7, 14, "event", "event-E1"),
                                Mark(0, 6, "actor", "actor-A2")]))
    assert html == ('<p><span class="hl hl-actor hl-statement" data-keys="actor-A2 statement-S1" tabindex="0">Russia</span>'
                    '<span class="hl hl-statement" data-keys="statement-S1" tabindex="0"> </span>'
                    '<span class="hl hl-event hl-statement" data-keys="event-E1 statement-S1" tabindex="0">rejects</span>'
                    '<span class="hl hl-statement" data-keys="statement-S1" tabindex="0"> talks</span></p>')


def test_blank_lines_make_paragraphs_and_marks_never_straddle_them():
    html = str(highlight("One.\n\nTwo.\nThree.", [Mark(2, 9, "statement", "statement-S1")]))
    assert html == ('<p>On<span class="hl hl-statement" data-keys="statement-S1" tabindex="0">e.</span></p>'
                    '<p><span class="hl hl-statement" data-keys="statement-S1" tabindex="0">Two</span>.<br>Three.</p>')


def test_marks_outside_the_text_are_clipped_or_dropped():
    html = str(highlight("abc", [Mark(1, 99, "date", "date-1"), Mark(5, 9, "date", "date-2"),
                                 Mark(2, 2, "place", "place-P1"), Mark(0, 1, "bogus", "x")]))
    assert html == '<p>a<span class="hl hl-date" data-keys="date-1" tabindex="0">bc</span></p>'


# ---------------------------------------------------------------------------------- parameters
@pytest.mark.parametrize("value", ["2022", "2022-12", "2022-12-02", "2024-02-29"])
def test_good_dates(value):
    assert check_date("since", value) == value


@pytest.mark.parametrize("value", ["2022-13", "2023-02-29", "22-12-02", "2022/12/02", "2022-12-02T10:00", "now"])
def test_bad_dates(value):
    with pytest.raises(FilterError):
        check_date("since", value)


def test_partial_until_covers_the_whole_period():
    assert until_bound("2022") == "2022-99-99T99" and until_bound("2022-12") == "2022-12-99T99"
    assert "2022-12-31" <= until_bound("2022-12") and "2022-12" <= until_bound("2022-12")
    assert "2022-12-02T10:00" <= until_bound("2022-12-02") < "2022-12-03"


def test_filters_are_normalised():
    f = read_filters(QueryParams("q=+peace+&country=rus&type=reject&actor=&since=2022-01"))
    assert f == Filters(text="peace", country="RUS", type="REJECT", since="2022-01")
    assert query_of(f) == {"q": "peace", "country": "RUS", "type": "REJECT", "since": "2022-01"}
    every = read_filters(QueryParams("frame=all&modality=all"))
    assert every.all_frames and every.modality == "all"
    assert query_of(every) == {"frame": "all", "modality": "all"}


def test_paging_defaults_and_bounds():
    assert (read_page(QueryParams("")).limit, read_page(QueryParams("")).offset) == (50, 0)
    assert read_page(QueryParams("limit=500&offset=20")).offset == 20
    for bad in ("limit=501", "limit=-1", "offset=-5", "limit=ten"):
        with pytest.raises(BadRequest):
            read_page(QueryParams(bad))


def test_long_text_filter_is_refused():
    with pytest.raises(BadRequest):
        read_filters(QueryParams({"q": "x" * 201}))


# --------------------------------------------------------------------------------------- charts
def test_timeline_stacks_types_and_escapes_labels():
    svg = str(charts.timeline([{"period": "2023-01", "type": "REJECT", "count": 2},
                               {"period": "2023-01", "type": "AGREE", "count": 1},
                               {"period": "<x>", "type": "AGREE", "count": 1}], "t"))
    assert svg.count("<rect") == 3 and "&lt;x&gt;" in svg and "<x>" not in svg
    assert '<li><span class="swatch" style="background:#1b7837"></span>AGREE</li>' in svg


def test_network_draws_one_curve_per_pair_and_type():
    nodes = [{"id": 1, "name": "A <b>"}, {"id": 2, "name": "B"}]
    edges = [{"source": 1, "target": 2, "type": "REJECT", "count": 3}, {"source": 1, "target": 2, "type": "ACCUSE", "count": 1}]
    svg = str(charts.network(nodes, edges))
    assert svg.count('class="edge"') == 2 and "A &lt;b&gt;" in svg and 'href="/actors/1"' in svg


def test_map_zooms_on_the_places_and_sizes_dots_by_count():
    svg = str(charts.event_map([{"name": "Kyiv", "lat": 50.45, "lon": 30.52, "count": 4},
                                {"name": "Lviv", "lat": 49.84, "lon": 24.03, "count": 1},
                                {"name": "Nowhere", "lat": None, "lon": None, "count": 9}]))
    assert svg.count("<circle") == 2 and 'viewBox="0.0 0.0 360.0 150.0"' not in svg
    assert "place=Kyiv" in svg


def test_world_basemap_has_country_outlines():
    svg = charts.world_svg()
    assert svg.count("<path") > 150 and "<title>Russia</title>" in svg and "<title>Brazil</title>" in svg


# ----------------------------------------------------------------------------------------- csv
@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1+1", "'+1+1"), ("-0.5", "-0.5"), (None, ""),
    (["a", "b"], "a; b"), ("plain", "plain"),
])
def test_csv_cells_never_start_a_formula(value, cell):
    assert _cell(value) == cell


def test_random_overlapping_marks_each_cover_exactly_their_characters():
    import random
    import re
    from html import unescape

    from newsgraph.web.highlight import MARK_KINDS

    rng = random.Random(5)
    for _ in range(50):
        text = "".join(rng.choice("ab <&>\"'\n") for _ in range(rng.randrange(1, 80)))
        marks = []
        for n in range(rng.randrange(0, 12)):
            start = rng.randrange(0, len(text))
            marks.append(Mark(start, rng.randrange(start, len(text) + 1), rng.choice(MARK_KINDS), f"k{n}"))
        html = str(highlight(text, marks))
        # Without the markup, the text comes back whole (newlines become paragraph/line breaks).
        plain = unescape(re.sub(r"<[^>]+>", "", html))
        assert plain == text.replace("\n", "")
        for m in marks:
            pattern = rf'<span class="[^"]*" data-keys="(?:[^"]* )?{m.key}(?: [^"]*)?" tabindex="0">([^<]*)</span>'
            got = "".join(unescape(x) for x in re.findall(pattern, html))
            expected = "".join(text[i] for i in sorted({i for x in marks if x.key == m.key
                                                        for i in range(x.start, x.end)}) if text[i] != "\n")
            assert got == expected
