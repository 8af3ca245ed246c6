"""Recall of event words at the lexicon level, on sentences of our own writing (invented officials, real
spaCy parse): CAMEO synonym-set patterns lent to a verb whose own rows name no event, acts named by the
noun of one of our event verbs, things handed back to someone; with the look-alikes that stay no event
(a return to a place, a noun whose verb ends the act, a job lost)."""
from __future__ import annotations

import pytest
from event_rows import event_rows

from newsgraph.analyze.events.lexicon import parse_patterns
from newsgraph.analyze.events.recall import nominal_verbs
from scripts_module import load_script

PUBLISHED = "2019-05-08"

#: a tiny dictionary in the CAMEO.2.0.txt format, written for this test: a synonym set of two verbs whose
#: one pattern was written for the first
DICTIONARY = """####### VERB PATTERNS #######
---  HALT   [---]  ---
HALT
CEASE
- * MEDIATION                                    [040]         # HALT
"""
MAPPING = "040: CONSULT, ,  # Consult\n"


def _build_module():
    return load_script("build_event_lexicon")


def test_a_pattern_is_lent_to_its_synonym_set(tmp_path):
    build = _build_module()
    (tmp_path / "dictionaries").mkdir()
    (tmp_path / "plover").mkdir()
    (tmp_path / "dictionaries" / "CAMEO.2.0.txt").write_text(DICTIONARY, encoding="utf-8")
    (tmp_path / "plover" / "CAMEO2PLOVER-2021.txt").write_text(MAPPING, encoding="utf-8")
    assert build.build(tmp_path) == [("cease", "", "mediation", "", "040", "CONSULT", "", "halt"),
                                     ("halt", "", "mediation", "", "040", "CONSULT", "", "")]
    assert build.build(tmp_path, origin_only=True) == [("halt", "", "mediation", "", "040", "CONSULT", "", "")]


#: a pattern whose comment names its verb inflected ("LAID_DOWN"), and a set with a verb of its own code
INFLECTED = """####### VERB PATTERNS #######
---  LAY   [---]  ---
LAY {LAYING LAID}
- * DOWN RIFLES                                  [0871]        # LAID_DOWN
---  GO_SOMEWHERE   [040]  ---
ATTEND [042]
LEAVE
- * MEETING                                      [042]         # ATTEND
"""
MAPPINGS = MAPPING + "042: CONSULT, visit,   # Make a visit\n0871: RETREAT, ceasefire, military # Declare truce\n"


def test_inflected_origins_and_verbs_with_codes_of_their_own(tmp_path):
    build = _build_module()
    (tmp_path / "dictionaries").mkdir()
    (tmp_path / "plover").mkdir()
    (tmp_path / "dictionaries" / "CAMEO.2.0.txt").write_text(INFLECTED, encoding="utf-8")
    (tmp_path / "plover" / "CAMEO2PLOVER-2021.txt").write_text(MAPPINGS, encoding="utf-8")
    rows = build.build(tmp_path)
    assert ("lay", "down", "rifle", "", "0871", "RETREAT", "ceasefire", "") in rows  # kept, as LAY's own
    assert ("attend", "", "meeting", "", "042", "CONSULT", "visit", "") in rows
    assert not any(row[0] == "leave" and row[2] == "meeting" for row in rows)  # "left the meeting": no visit


def test_borrowed_rows_are_read_apart_from_own_rows():
    senses, defaults, borrowed = parse_patterns([
        "# comment\n", "halt\t\tmediation\t\t040\tCONSULT\t\t\n", "cease\t\tmediation\t\t040\tCONSULT\t\thalt\n",
        "halt\t\t\t\t190\tASSAULT\t\t\n"])
    assert list(senses) == [("halt", "")] and list(borrowed) == [("cease", "")]
    assert defaults[("halt", "")].cameo == "190"
    assert next(iter(borrowed[("cease", "")])).objects == frozenset({"mediation"})


@pytest.mark.parametrize("noun, verb", [("suspension", "suspend"), ("deportation", "deport"), ("seizure", "seize"),
                                        ("denial", "deny"), ("cancellation", "cancel"), ("imprisonment", "imprison"),
                                        ("occupation", "occupy")])
def test_nominal_verbs(noun, verb):
    assert verb in nominal_verbs(noun)


@pytest.mark.model
@pytest.mark.parametrize("text, rows", [
    # CAMEO lists "contribute" with "give" (070 provide aid): "contribute money" is lent to it
    ("Germany has contributed $40 million to the World Food Programme in Yemen.",
     [("AID", "Germany", "World Food Programme", "asserted")]),
    # "spurn" shares "reject"'s patterns: an offer of talks refused
    ("The Kenyan government spurned an offer of talks from the rebels.",
     [("REJECT", "Kenyan government", "rebels", "asserted")]),
    # a noun named after one of our event verbs, as the object of a light verb
    ("The Kenyan foreign minister announced a suspension of aid to Somalia.",
     [("SANCTION", "Kenyan foreign minister", "Somalia", "asserted")]),
    # CAMEO's "lay down weapons" (its comment names the verb as LAID_DOWN)
    ("The Somali rebel group laid down its weapons on Sunday.",
     [("RETREAT", "Somali rebel group", None, "asserted")]),
    ("The occupation of the northern town by Turkish forces drew protests.",
     [("COERCE", "Turkish forces", None, "asserted")]),
    # a thing handed back to a government (CAMEO 0842), actively or in the passive
    ("Italian police returned a stolen painting to the Greek government.",
     [("RETREAT", "Italian police", "Greek government", "asserted")]),
    ("A stolen manuscript was returned to the Egyptian government by Italian officials.",
     [("RETREAT", "Italian officials", "Egyptian government", "asserted")]),
])
def test_recall_mechanisms(text, rows):
    assert event_rows(text, PUBLISHED) == rows


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The senator returned to Washington on Monday.",  # a return to a place
    "Senator Amy Cole returned the call from Governor Paul Brandt.",  # a call, nothing handed back
    "The Kenyan government ended its cooperation with Somalia.",  # the verb ends the act its object names
    "Governor Paul Brandt fired his chief of staff on Friday.",  # a job lost, no shot fired
    "The board announced the firing of its director.",
    "The settlement of the dispute was announced by the Kenyan government.",
    "She applied for an occupation in the Kenyan civil service.",  # a job, no one occupied
])
def test_look_alikes_stay_no_event(text):
    assert event_rows(text, PUBLISHED) == []
