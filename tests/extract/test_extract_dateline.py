import re

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


@pytest.mark.parametrize("text, lead", [
    ("NEW DELHI: India's shipping ministry said", "India's shipping ministry said"),
    ("WASHINGTON (Reuters) - The Commerce Department said", "The Commerce Department said"),
    ("QUILLPORT — The harbour master said", "The harbour master said"),
    ("QUILLPORT—The harbour master said", "The harbour master said"),
    ("LAGOS, Nigeria (AP) — Nigeria's oil regulator said", "Nigeria's oil regulator said"),
    ("MOSCOW, Dec 2 (Reuters) - Russia will not", "Russia will not"),
    ("ST. LOUIS -- Police said on Sunday", "Police said on Sunday"),
    ("LONDON, 2 December 2022 (Reuters) - Britain said", "Britain said"),
])
def test_dateline_end_finds_datelines_with_and_without_dates(text, lead):
    from newsgraph.extract.dateline import dateline_end

    assert text[dateline_end(text, 0):] == lead


@pytest.mark.parametrize("text", [
    "Russia said - no more talks",              # not capitals
    "NATO-led troops left the valley",          # no dash of a dateline
    "The US said: no",
    "BRIGHTWATER, ONTARIO\n\nThe council met",  # a place alone on its line: nothing follows it
    "HOLLOWAY: We will not sell.\n\nMARSH: Nor will we.",  # a transcript's speaker labels
])
def test_dateline_end_refuses_what_is_no_dateline(text):
    from newsgraph.extract.dateline import dateline_end

    assert dateline_end(text, 0) is None


def test_colon_dateline_only_among_the_first_paragraphs():
    from newsgraph.extract.dateline import dateline_end

    text = "Port to open\n\nNEW DELHI: The port opens in May.\n\nMore text follows."
    assert text[dateline_end(text, 14):].startswith("The port opens")
    late = "Port to open\n\nThe port opens in May.\n\nNEW DELHI: More text follows."
    assert dateline_end(late, late.index("NEW DELHI")) is None
    transcript = "Port to open\n\nNEW DELHI: The port opens in May.\n\nMUMBAI: Not here, it does not."
    assert dateline_end(transcript, 14) is None


def test_a_dateline_is_a_sentence_of_its_own():
    from newsgraph import nlp

    doc = nlp.load()("Port to open\n\nLAGOS, Nigeria (AP) — The regulator said on Thursday that the port opens in May.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Port to open"
    assert sentences[-1] == "The regulator said on Thursday that the port opens in May."
    assert " ".join(sentences[1:-1]) in ("LAGOS, Nigeria (AP) —", "LAGOS, Nigeria (AP) \u2014")


@pytest.mark.parametrize("text, source", [
    ('Pact rejected\n\nNEW DELHI: "We will not sign this pact," the commerce minister of Varnland told parliament.',
     "the commerce minister of Varnland"),
    ("Fines for flaring\n\nLAGOS, Nigeria (AP) — Nigeria's oil regulator said Thursday it had fined three firms "
     "for flaring gas.", "Nigeria's oil regulator"),
])
def test_a_dateline_is_never_the_speaker(text, source):
    import newsgraph

    analysis = newsgraph.analyze(text, published="2024-03-14")
    assert [s.source.text for s in analysis.statements] == [source]


def test_many_label_paragraphs_are_read_in_linear_time():
    # every paragraph opens like a colon dateline; only the first paragraphs are ever considered
    from newsgraph.extract.dateline import dateline_end

    text = "".join(f"PORT{i % 7}: Crew change number {i} went ahead.\n\n" for i in range(50_000))
    starts = [match.end() for match in re.finditer(r"\n\n(?=.)", text)]
    assert len(starts) == 49_999
    assert [dateline_end(text, start) for start in starts[1:]] == [None] * (len(starts) - 1)
