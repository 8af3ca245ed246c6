"""A statement is dated by the date that modifies its cue's clause, not by any date in its sentence."""
import pytest

import newsgraph

pytestmark = pytest.mark.model

TEXT = ("Responding to Governor Alvarez's remark on Tuesday that he would resign only if the audit failed, "
        "the party chairman said that the audit would be published.")


def test_nominal_cue_takes_its_own_date_and_the_main_verb_the_publication_date():
    analysis = newsgraph.analyze(TEXT, published="2024-06-07")  # a Friday
    dated = {s.cue.text: s.date for s in analysis.statements if s.cue}
    assert dated["remark"] == "2024-06-04"
    assert dated["said"] == "2024-06-07"
