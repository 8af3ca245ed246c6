"""Quote tags: the clause after a quote that names who spoke it, whatever its verb ('"Go home," the
mayor barked.', 'Ruiz, 58, told the paper.'), and what is no tag: a title, a new sentence after a
question. Sentences of our own writing (invented people), real spaCy parse and the shipped cue model."""
from __future__ import annotations

import pytest
from statement_rows import extract

from newsgraph.model import SHOWN_FRAMES

pytestmark = pytest.mark.model


def _shown(nlp, text):
    return [(s.source.text if s.source else None, s.cue.text, [c.text for c in s.content])
            for s in extract(nlp, text) if s.frame in SHOWN_FRAMES]


@pytest.mark.parametrize("text, row", [
    ('"Go back to your office," Mayor Ana Ruiz barked and a guard led the man out.',
     ("Mayor Ana Ruiz", "barked", ['"Go back to your office,"'])),
    ('"Who is going to pay for the bridge?" Ruiz asked. "The county!" the audience screamed back.',
     ("the audience", "screamed", ['"The county!"'])),
    # a quote that follows a quote closed with two apostrophes (as some papers write quotes) opens a sentence
    ("Ruiz asked who would pay for the bridge. ''Not us.'' ''The county will pay!'' the audience screamed back.",
     ("the audience", "screamed", ["''The county will pay!''"])),
    ('"We were wrong to wait so long before we spoke up," Tom Brell, 58, told the Daily Courier on Monday.',
     ("Tom Brell", "told", ['"We were wrong to wait so long before we spoke up,"'])),
    # after ! or ? the parser may start a sentence at the tag and end it before the verb: one tag all the same
    ('"Is the mayor going to finally say the words? If he doesn\'t he should resign in disgrace!" the presumptive '
     'Republican nominee, Tom Brell, tweeted Sunday after the storm.',
     ("the presumptive Republican nominee", "tweeted",
      ['"Is the mayor going to finally say the words? If he doesn\'t he should resign in disgrace!"'])),
    # ... and read the speech verb after the appositive as a participle on the subject ("nominee ... tweeted")
    ('"Is the governor going to finally mention the words radical tax fraud? If she doesn\'t she should immediately '
     'resign in disgrace!" the presumptive GOP presidential nominee, Tom Brell, tweeted Sunday after a lone-wolf '
     'attack on an Ohio bank.',
     ("the presumptive GOP presidential nominee", "tweeted",
      ['"Is the governor going to finally mention the words radical tax fraud? If she doesn\'t she should '
       'immediately resign in disgrace!"'])),
])
def test_a_quote_tag_gives_the_quote_to_its_subject(nlp, text, row):
    source, cue, content = row
    assert any(s.startswith(source) and (c, t) == (cue, content) for s, c, t in _shown(nlp, text))


def test_a_quote_after_a_plural_possessive_is_not_taken_to_open_a_sentence():
    from newsgraph.analyze.statements.quote_tags import _opens_sentence

    text = "They passed the players' \"best game,\" the coach said."
    assert not _opens_sentence(text, text.index('"'))
    assert _opens_sentence("''Not us.'' ''The county!''", 12) and _opens_sentence('"Not us." "The county!"', 10)


@pytest.mark.parametrize("text", [
    '"Harbour Lights," the musical, opened on Friday.',
    'Tom Brell left the council. "Was I going to stay forever?" Brell sold his house and moved away.',
    # a participle after an appositive that is no speech verb describes the subject: no tag
    '"Stop the fight!" The man, Tom Brell, arrested Sunday after the brawl, was released on Monday.',
])
def test_a_title_or_a_new_sentence_after_a_question_is_no_tag(nlp, text):
    assert _shown(nlp, text) == []
