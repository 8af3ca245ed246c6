"""A source that is no speaker -- a common noun for neither someone, a body, a group nor a document that
speaks for its author -- reports no words (``statements.no_speaker``; invented sentences, twenty-first
session)."""
import pytest
from statement_rows import analysed

pytestmark = pytest.mark.model


def _rows(text):
    return analysed(text, "source", "frame", "shown", shown_only=False)


@pytest.mark.parametrize("text, rows", [
    ("In March, a quiz asked visitors to guess which mayor had said each line.",
     [("a quiz", "belief", False), ("which mayor", "speech", True)]),
    ("Officials said the parts of the grid that were breached suggested the intruders wanted maps.",
     [("Officials", "speech", True), ("the parts of the grid that were breached", "belief", False)]),
    ("The Lisbon harbor pilot whose prank first revealed that the dock was unsafe resigned on Monday.",
     [("whose prank", "belief", False)]),
    ("Part of being a good coach is admitting mistakes.", [("Part of being a good coach", "belief", False)]),
])
def test_a_thing_as_source_is_kept_as_belief(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, source", [
    ("The crowd chanted that the mayor must resign.", "The crowd"),
    ("A handful of farmers said the levy was unfair.", "A handful of farmers"),
    ("The book accuses the governor of hiding the audit.", "The book"),
    ("The actress explained that the film was shot in Porto.", "The actress"),
    ("Both sides acknowledged that the talks had stalled.", "Both sides"),
    ("Twelve superdelegates have publicly said they back Ruiz.", "Twelve superdelegates"),
    ("A young boy shouted that the bus was late.", "A young boy"),
    ("The ferry will stop running in May, the news service reported.", "the news service"),
    # a count or collection of people (twenty-second session)
    ("Hundreds of pro-union demonstrators marched through the port on Monday, chanting \"No levy, no vote.\"",
     "Hundreds of pro-union demonstrators"),
    ("A wide array of economists say the levy slowed the recovery.", "A wide array of economists"),
])
def test_people_bodies_and_written_works_still_speak(text, source):
    assert _rows(text) == [(source, "speech", True)]


def test_no_speaker_reads_the_head_noun():
    from newsgraph.analyze.statements.no_speaker import is_thing_source
    from newsgraph.nlp import loader

    doc = loader.load(None)("A quiz asked readers. The petition says it. A slice of Hollywood is tweeting.")
    heads = {t.lower_: t for t in doc}
    assert is_thing_source(heads["quiz"]) is True
    assert is_thing_source(heads["petition"]) is False
    assert is_thing_source(heads["slice"]) is False  # "of Hollywood": the named ones speak


def test_a_count_is_read_through_a_few_of_phrases_only():
    """A parse of 2,000 nested "of" phrases neither recurses past Python's limit nor reads past MAX_COUNTS."""
    from spacy.tokens import Doc

    from newsgraph.analyze.statements.no_speaker import is_thing_source
    from newsgraph.nlp import loader

    vocab = loader.load(None).vocab  # its lexical attributes: lower-case forms

    n = 2000
    words = ["Heaps"] + ["of", "heaps"] * n + ["of", "farmers"]
    heads = [0] + [h for i in range(n + 1) for h in (2 * i, 2 * i + 1)]  # each "of" hangs on the noun before it
    deps = ["ROOT"] + ["prep", "pobj"] * (n + 1)
    tags = ["NNS"] + ["IN", "NNS"] * (n + 1)
    pos = ["NOUN"] + ["ADP", "NOUN"] * (n + 1)
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert is_thing_source(doc[0]) is True  # the farmers stand too deep to make the heaps a count of people
    short = Doc(vocab, words=["Heaps", "of", "farmers"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
                tags=["NNS", "IN", "NNS"], pos=["NOUN", "ADP", "NOUN"])
    assert is_thing_source(short[0]) is False
