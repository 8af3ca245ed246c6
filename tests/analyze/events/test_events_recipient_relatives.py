"""A relative acted on is someone other than the one it is a relative of ("arrested her sister" is no act on
"her"): the rules keep the relative's phrase (no actor of the index) and the learned chooser is not offered
its possessor elsewhere in the sentence. Sentences of our own writing (invented people), real spaCy parse."""
from __future__ import annotations

import pytest
from event_rows import trigger_rows

PUBLISHED = "2024-05-08"


@pytest.mark.model
def test_an_arrested_sister_is_not_the_woman_whose_sister_she_is():
    rows = trigger_rows("Maria Lopez is a lawyer in Caracas. She remembers when soldiers came to her family's "
                        "door and tried to arrest her sister, who had given speeches.", PUBLISHED)
    arrests = [row for row in rows if row[1] == "arrest"]
    assert arrests and all(row[3] != "Maria Lopez" for row in arrests)


@pytest.mark.model
def test_a_captured_brother_is_not_the_one_his_possessive_names():
    rows = trigger_rows("Dan Ruiz teaches law in Lima.\n\nHis eldest brother was later captured by the police.",
                        PUBLISHED)
    captured = [row for row in rows if row[1] == "captured"]
    assert captured and all(row[3] != "Dan Ruiz" for row in captured)


@pytest.mark.model
def test_a_wife_is_not_her_husband_but_aides_and_a_record_stay_his():
    opening = "Senator Tom Ortiz spoke on Monday.\n\n"
    assert trigger_rows(opening + "Police arrested his wife.", PUBLISHED) == [("COERCE", "arrested", "Police", None)]
    assert trigger_rows(opening + "Police arrested his aides.", PUBLISHED) == [
        ("COERCE", "arrested", "Police", "Tom Ortiz")]
    assert trigger_rows(opening + "Republicans sharply criticized his record on taxes.", PUBLISHED) == [
        ("ACCUSE", "criticized", "Republican Party", "Tom Ortiz")]
