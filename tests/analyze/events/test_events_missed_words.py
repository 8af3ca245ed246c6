"""Event recall for words the blind labellers of evlab15/16 listed as missed (issue 9), on sentences of our
own writing (invented officials, real spaCy parse): verbal attacks CAMEO lacks or files under a vague head
("insulted", "assailed", "ripped into", "lambasted" as spaCy lemmatizes it), campaigning for a candidate
("stumped for", "lined up behind"), a refusal ("turned down"), demands made by pressing someone to act
("pushed X to release"), a name of contempt given to a pronoun ("calling him a jerk") or said of someone
("said X is unfit"); with look-alikes that make no event."""
from __future__ import annotations

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model

PUBLISHED = "2016-05-08"


@pytest.mark.parametrize("text, rows", [
    ("Senator Amy Cole lambasted Governor Paul Brandt's budget plan on Monday.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole insulted Governor Paul Brandt during the debate.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole assailed Governor Paul Brandt on Tuesday.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole ripped into Governor Paul Brandt on Tuesday.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Senator Amy Cole stumped for Governor Paul Brandt in Ohio last week.",
     [("SUPPORT", "Amy Cole", "Paul Brandt", "asserted")]),
    ("Mayor Jon Teller pushed Governor Ruth Penn to release the report.",
     [("REQUEST", "Jon Teller", "Ruth Penn", "asserted")]),
    ("Mayor Jon Teller challenged Governor Ruth Penn to release her tax returns.",
     [("REQUEST", "Jon Teller", "Ruth Penn", "asserted")]),
    # the infinitive parsed as a purpose clause is still what the one pressed is asked to do (not the
    # presser's own resignation)
    ("Mayor Jon Teller pushed Governor Ruth Penn to resign.",
     [("REQUEST", "Jon Teller", "Ruth Penn", "asserted")]),
    ("Governor Paul Brandt turned down the invitation from Senator Amy Cole.",
     [("REJECT", "Paul Brandt", "Amy Cole", "asserted")]),
    # "him" parsed as an indirect object before the name given
    ("Governor Lena Marsh responded to Senator Tom Alder on Tuesday, calling him a jerk.",
     [("ACCUSE", "Lena Marsh", "Tom Alder", "asserted")]),
    # a name of contempt said of someone is the speaker's accusation, as "called him unfit" is
    ("Senator Amy Cole said Governor Paul Brandt is unfit for office.",
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
    ('"Governor Paul Brandt is a hypocrite," Senator Amy Cole said.',
     [("ACCUSE", "Amy Cole", "Paul Brandt", "asserted")]),
])
def test_missed_words_make_events(text, rows):
    assert event_rows(text, PUBLISHED) == rows


@pytest.mark.parametrize("text", [
    "The storm ripped the roof off the old barn.",  # a thing torn, no one criticized
    "Mayor Jon Teller pushed the cart to the door.",  # a thing moved, no one pressed to act
    "The students lined up behind the barrier.",  # a place, no one backed
    "Voters were insulted by the ads.",  # a feeling, no doer named
    "Senator Amy Cole said Governor Paul Brandt is not unqualified.",  # negated: no charge
    "Senator Amy Cole said the old tax was unconstitutional.",  # a thing judged, no one named
])
def test_look_alikes_make_no_event(text):
    assert event_rows(text, PUBLISHED) == []
