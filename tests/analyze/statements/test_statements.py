"""Statement extraction on short texts of our own writing (invented officials), real spaCy parse.

Each row: a text and the statements expected from it, as (source, cue, [content...], kind).
"""
from __future__ import annotations

import pytest

from newsgraph.analyze.statements import find_statements
from newsgraph.analyze.statements.quotes import find_quotes
from newsgraph.eval.statements import NoResolution
from newsgraph.model import Actor, DateRef

pytestmark = pytest.mark.model


def extract(nlp, text, published="2024-03-08"):
    doc = nlp(text)
    return find_statements(doc, NoResolution(), [], published)


def triples(statements):
    return [
        (s.source.text if s.source else None, s.cue.text, [c.text for c in s.content], s.kind)
        for s in statements
    ]


CASES = [
    pytest.param(
        "The ministry will not accept the terms of the agreement, Foreign Office spokeswoman Marta Ilves "
        "said on Monday.",
        [("Foreign Office spokeswoman Marta Ilves", "said",
          ["The ministry will not accept the terms of the agreement"], "indirect")],
        id="inverted-said-after-name",
    ),
    pytest.param(
        "The new bridge, the mayor said, will open in May.",
        [("the mayor", "said", ["The new bridge", "will open in May"], "indirect")],
        id="cue-interrupts-reported-clause",
    ),
    pytest.param(
        "Councillor Dana Frey called it a waste of money.",
        [("Councillor Dana Frey", "called", ["a waste of money"], "indirect")],
        id="called-it-predicate",
    ),
    pytest.param(
        "Councillor Dana Frey criticized the budget on Tuesday.",
        [("Councillor Dana Frey", "criticized", ["the budget"], "indirect")],
        id="object-without-adjunct",
    ),
    pytest.param(
        "Senator Tom Vale accused the mayor of wasting money.",
        [("Senator Tom Vale", "accused", ["the mayor of wasting money"], "indirect")],
        id="object-with-completing-preposition",
    ),
    pytest.param(
        "Ilves explained that the talks had stalled.",
        [("Ilves", "explained", ["that the talks had stalled"], "indirect")],
        id="explained-that",
    ),
    pytest.param(
        "The spokesman for Governor Anna Berg also assessed that the budget was unlikely to pass.",
        [("The spokesman for Governor Anna Berg", "assessed", ["that the budget was unlikely to pass"],
          "indirect")],
        id="full-noun-phrase-source",
    ),
    pytest.param(
        "The senator told reporters the vote would be delayed.",
        [("The senator", "told", ["the vote would be delayed"], "indirect")],
        id="told-reporters-without-that",
    ),
    pytest.param(
        '"We will not negotiate under pressure," said Tomas Kask, the chief negotiator.',
        [("Tomas Kask, the chief negotiator", "said", ['"We will not negotiate under pressure,"'], "direct")],
        id="inverted-said-name-straight-quotes",
    ),
    pytest.param(
        "“We will not negotiate,” Kask said, “until the troops have left.”",
        [("Kask", "said", ["“We will not negotiate,”", "“until the troops have left.”"], "direct")],
        id="quote-split-around-cue",
    ),
    pytest.param(
        '"The plan is dead. Nobody supports it. We will start again," the minister said.',
        [("the minister", "said", ['"The plan is dead. Nobody supports it. We will start again,"'], "direct")],
        id="multi-sentence-quote",
    ),
    pytest.param(
        'The minister spoke briefly. "We are ready," she said.\n\n"Our offer stands. It will not change."',
        [("she", "said", ['"We are ready,"', '"Our offer stands. It will not change."'], "direct")],
        id="uncued-quote-paragraph-joins-previous-speaker",
    ),
    pytest.param(
        "Ilves explained that the talks had stalled, and that the envoy would return on Monday.",
        [("Ilves", "explained", ["that the talks had stalled, and that the envoy would return on Monday"],
          "indirect")],
        id="two-that-clauses",
    ),
    pytest.param(
        "According to the harbour authority, the ship sank within minutes.",
        [("the harbour authority", "According to", ["the ship sank within minutes"], "indirect")],
        id="according-to",
    ),
    pytest.param(
        "Mayor Lina Sarv emphasized that the city would not raise taxes, underscoring that the budget "
        "was balanced.",
        [("Mayor Lina Sarv", "emphasized", ["that the city would not raise taxes"], "indirect"),
         ("Mayor Lina Sarv", "underscoring", ["that the budget was balanced"], "indirect")],
        id="participial-cue-takes-main-subject",
    ),
    pytest.param(
        "The governor’s attempts to calm the markets, noting that the deficit had fallen, were welcomed.",
        [("The governor", "noting", ["that the deficit had fallen"], "indirect")],
        id="participial-cue-after-possessive",
    ),
    pytest.param(
        "Sarv’s comment that the port would close angered the unions.",
        [("Sarv", "comment", ["that the port would close"], "indirect")],
        id="nominal-cue-possessive",
    ),
    pytest.param(
        "The negotiator said \"we are close\" but warned that \"nothing is agreed yet.\"",
        [("The negotiator", "said", ['"we are close"'], "direct"),
         ("The negotiator", "warned", ['that "nothing is agreed yet."'], "mixed")],
        id="conjoined-cue-shares-subject",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_statement_source_cue_content(nlp, text, expected):
    assert triples(extract(nlp, text)) == expected


def test_nominal_cue_with_by_phrase(nlp):
    found = triples(extract(nlp, "The mayor rejected the claim by the opposition that the election had been rigged."))
    assert ("the opposition", "claim", ["that the election had been rigged"], "indirect") in found


def test_offsets_index_the_text_and_ids_follow_text_order(nlp):
    text = ("Ilves explained that the talks had stalled. \"We are ready,\" Kask said.\n\n"
            "According to the harbour authority, the ship sank.")
    statements = extract(nlp, text)
    assert [s.id for s in statements] == ["S1", "S2", "S3"]
    for s in statements:
        for span in [s.source, s.cue, *s.content]:
            assert text[span.start:span.end] == span.text
    starts = [min(c.start for c in s.content + [s.cue]) for s in statements]
    assert starts == sorted(starts)


def test_content_excludes_cue_and_source(nlp):
    for s in extract(nlp, "“We will not negotiate,” Kask said, “until the troops have left.”"):
        for c in s.content:
            assert not (c.start < s.cue.end and s.cue.start < c.end)
            assert not (c.start < s.source.end and s.source.start < c.end)


def test_odd_quote_mark_keeps_the_rest_of_the_article(nlp):
    text = ('Kask said "the offer stands.\n\n'
            "The minister explained that the talks had stalled.\n\n"
            '"We are ready," Ilves said.')
    warnings: list[str] = []
    statements = find_statements(nlp(text), NoResolution(), [], None, warnings=warnings)
    assert warnings, "the unpaired quote mark is reported"
    found = triples(statements)
    assert ("The minister", "explained", ["that the talks had stalled"], "indirect") in found
    assert ("Ilves", "said", ['"We are ready,"'], "direct") in found


def test_speaker_is_the_resolved_actor_and_date_the_sentence_date(nlp):
    text = "Ilves explained on Tuesday that the talks had stalled."
    doc = nlp(text)
    ilves = Actor(id="A1", name="Marta Ilves", kind="person")

    class OneActor(NoResolution):
        def resolve(self, span):
            return ilves if span.text == "Ilves" else None

    tuesday = text.index("on Tuesday")
    dates = [DateRef(tuesday, tuesday + len("on Tuesday"), "on Tuesday", "2024-03-05")]
    (statement,) = find_statements(doc, OneActor(), dates, "2024-03-08")
    assert statement.speaker == "A1"
    assert statement.date == "2024-03-05"


def test_statement_without_date_takes_publication_date(nlp):
    (statement,) = extract(nlp, "Ilves explained that the talks had stalled.", published="2024-03-08")
    assert statement.date == "2024-03-08"
    assert statement.speaker is None


@pytest.mark.parametrize("text, expected", [
    ('He said "yes" and "no".', [(8, 13), (18, 22)]),
    ("She said “fine” today.", [(9, 15)]),
    ("''Never,'' he said.", [(0, 10)]),
    ("”Wrong mark first,” she said.", [(0, 19)]),
    ("Vos calls the plan ‘a disaster’ and it’s over.", [(19, 31)]),
    ('"First paragraph of a long quote.\n"Second paragraph."', [(0, 33), (34, 53)]),
    # a curly quote inside a straight one is nested: it never closes the straight mark
    ('"The board isn’t about “fair play” now. It is about fees."', [(0, 58)]),
])
def test_find_quotes(text, expected):
    quotes, warnings = find_quotes(text)
    assert [(q.start, q.end) for q in quotes] == expected
    assert warnings == []


def test_straight_mark_left_open_keeps_the_curly_quotes_inside():
    # a quoted excerpt opens each paragraph with a straight mark: the curly quotes inside are the quotes
    text = '"Vos said “no” twice. Then he left.\n"Later he came back."'
    quotes, warnings = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["“no”", '"Later he came back."']
    assert len(warnings) == 1


def test_find_quotes_warns_on_unpaired_mark_and_keeps_later_quotes():
    text = 'He said "oops.\n\nShe said "fine".'
    quotes, warnings = find_quotes(text)
    assert [(text[q.start:q.end]) for q in quotes] == ['"fine"']
    assert len(warnings) == 1


def test_shipped_cue_model_and_lexicon_load():
    from newsgraph.analyze.statements.cue_model import CueModel, default_model
    from newsgraph.analyze.statements.cues import default_lexicon, default_selector

    model = default_model()
    assert isinstance(model, CueModel) and default_selector() is model
    assert 0.0 < model.threshold < 1.0 and len(model.weights) > 1000
    lexicon = default_lexicon()
    assert lexicon.is_speech_verb("say") and lexicon.learned[("say", "ccomp")].precision > 0.5


def test_lexicon_selector_finds_reported_speech(nlp):
    from newsgraph.analyze.statements.cues import default_lexicon

    doc = nlp("Ilves explained that the talks had stalled.")
    (statement,) = find_statements(doc, NoResolution(), [], None, selector=default_lexicon())
    assert (statement.source.text, statement.cue.text) == ("Ilves", "explained")
