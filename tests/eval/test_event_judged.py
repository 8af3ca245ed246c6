"""The blind-label event scorer (benchmarks/event_judged.py): note parser and matcher on invented rows."""
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import event_judged  # noqa: E402
from event_labels import (  # noqa: E402
    field_value,
    latest_labelled,
    name_tokens,
    parse_missed,
    parse_names,
    read_labels,
    right_types,
)

TEXT = ("Mayor Ada Quill met Governor Bo Renn on Monday.\n\n"
        "Quill later blasted the Tollway Board for its fees, aides said.\n\n"
        "The Tollway Board praised Renn.")


def span(text, word, start=0):
    at = TEXT.index(word, start)
    return {"start": at, "end": at + len(word), "text": word}


def event(eid, etype, trigger, actor, recipient, sentence):
    begin = TEXT.index(sentence)
    return {"id": eid, "type": etype, "actor": actor, "recipient": recipient, "trigger": span(TEXT, trigger),
            "evidence": {"start": begin, "end": begin + len(sentence), "text": sentence}}


ACTORS = [{"id": "A1", "name": "Ada Quill"}, {"id": "A2", "name": "Bo Renn"}, {"id": "A3", "name": "Tollway Board"},
          {"id": "A4", "name": "Harbor City"}]
S1, S2, S3 = "Mayor Ada Quill met Governor Bo Renn on Monday.", \
    "Quill later blasted the Tollway Board for its fees, aides said.", "The Tollway Board praised Renn."


@pytest.mark.parametrize("note, part, value", [
    ("a real meeting; recipient should be Bo Renn (none is wrong)", "recipient", "Bo Renn (none is wrong)"),
    ("actor should be Ada Quill (\"she\"), recipient should be the Board; modality fine", "actor",
     "Ada Quill (\"she\")"),
    ("criticism; recipient Bo Renn (and Ada Quill)", "recipient", "Bo Renn (and Ada Quill)"),
    ("no value named here", "recipient", None),
])
def test_field_value_reads_the_named_value(note, part, value):
    assert field_value(note, part) == value


def test_parse_names_alternatives_exclusions_and_none():
    names = parse_names("none/Tollway Board (not Harbor City), Bo Renn, not Ada Quill")
    assert names.none_ok
    assert names.judge(None) == "right"
    assert names.judge("the Tollway Board") == "right"
    assert names.judge("Renn") == "right"  # a surname names the person
    assert names.judge("Harbor City") == "wrong"
    assert names.judge("Ada Quill") == "wrong"
    assert parse_names("Bo Renn (none is wrong)").judge(None) == "wrong"
    assert parse_names("Renn (and Quill)").judge("Ada Quill") == "right"
    assert parse_names('"him"') is None
    # "US" is the country, not the pronoun; a head word must match ("Central American ..." is not "America")
    assert parse_names("the United States").judge("U.S.") == "right"
    assert parse_names("Harbor City immigrants").judge("Harbor City") == "wrong"


def test_right_types_skip_the_old_and_the_negated_type():
    assert right_types("calling is criticism: type should be ACCUSE (not CONSULT/phone)", "CONSULT") == {"ACCUSE"}
    assert right_types("a demand (REQUEST) rather than COERCE", "COERCE") == {"REQUEST"}
    assert right_types("a disapproval (ACCUSE/disapprove or REJECT), not a failed AGREE", "AGREE") == \
        {"ACCUSE", "REJECT"}
    assert right_types("wrong sense of the word", "AID") == frozenset()


@pytest.mark.parametrize("note, types, actor, recipient", [
    ('"blasted the Tollway Board" [P2]; ACCUSE; Ada Quill -> Tollway Board', ("ACCUSE",), "Ada Quill", "Tollway Board"),
    ('trigger "blasted ... fees"; ACCUSE/DISAPPROVE; actor Ada Quill; recipient the Tollway Board', ("ACCUSE",),
     "Ada Quill", "Tollway Board"),
    ('"blasted the Tollway Board" ACCUSE, actor Quill, recipient Tollway Board (P2)', ("ACCUSE",), "Quill",
     "Tollway Board"),
    ('P2 "blasted"; ACCUSE (disapprove); Ada Quill -> Tollway Board', ("ACCUSE",), "Ada Quill", "Tollway Board"),
])
def test_parse_missed_reads_every_format(note, types, actor, recipient):
    item = parse_missed("page", "M1", note)
    assert item.types == types
    assert item.actor.judge(actor) == "right" and item.recipient.judge(recipient) == "right"
    assert "blasted" in item.fragments[0]


def test_parse_missed_fragments_paragraphs_and_symmetry():
    item = parse_missed("page", "M1", '"met Governor ... on Monday" [P1,P3-P4]; CONSULT; Ada Quill <-> Bo Renn')
    assert item.fragments == ["met Governor", "on Monday"]
    assert item.paragraphs == {1, 3, 4}
    assert item.symmetric
    assert name_tokens("Mr. Bo Renn's") == ("bo", "renn")


@pytest.fixture
def labels(tmp_path):
    """An invented labels directory: three shown events judged, one missed event."""
    record = {"text": TEXT, "actors": ACTORS, "events": [
        event("E1", "CONSULT", "met", "A1", None, S1),
        event("E2", "SUPPORT", "praised", "A3", "A2", S3),
        event("E3", "ASSAULT", "fees", "A3", None, S2)]}
    (tmp_path / "doc1.json").write_text(json.dumps(record), "utf-8")
    review = tmp_path / "review-A"
    review.mkdir()
    rows = ["page\tkind\tid\tf1\tf2\tf3\tf4\tf5\tf6\tnote",
            "doc1\tevent\tE1\tY\tY\tY\tN\tY\tN\treal meeting; recipient should be Bo Renn (none is wrong)",
            "doc1\tevent\tE2\tY\tY\tY\tY\tY\tY\t",
            "doc1\tevent\tE3\tN\tN\tN\tN\tN\tN\tnot real: word sense",
            "doc1\tmissed_event\tM1\t\t\t\t\t\t\t\"blasted the Tollway Board\" [P2]; ACCUSE; Ada Quill -> Tollway Board"]
    (review / "judgments.tsv").write_text("\n".join(rows) + "\n", "utf-8")
    return read_labels(tmp_path)


def run(labels, events):
    labelled, missed, records = labels
    now = {"doc1": {"text": TEXT, "actors": ACTORS, "events": events}}
    rows = event_judged.score(labelled, missed, records, now)
    return {r["key"]: r for r in rows}, event_judged.totals(rows, labelled, missed)


def test_the_labelled_output_reproduces_the_labels(labels):
    rows, totals = run(labels, labels[2]["doc1"]["events"])
    assert totals["kept real"] == 2 and totals["kept not real"] == 1
    assert totals["fully right"] == 1 and totals["fully wrong"] == 2 and totals["recipient wrong"] == 1
    assert rows["L:doc1:E1"]["verdict"] == {"type": "right", "actor": "right", "recipient": "wrong",
                                            "modality": "right"}


def test_a_changed_output_is_judged_by_the_notes(labels):
    events = [event("N1", "CONSULT", "met", "A1", "A2", S1),  # recipient now as the note says
              event("N2", "SUPPORT", "praised", "A3", "A4", S3),  # a right recipient changed: wrong
              event("N3", "ACCUSE", "blasted", "A1", "A3", S2),  # the missed event, found
              event("N4", "AID", "Monday", None, None, S1)]  # no label
    rows, totals = run(labels, events)
    assert rows["L:doc1:E1"]["fully"] == "right"
    assert rows["L:doc1:E2"]["verdict"]["recipient"] == "wrong"
    assert rows["L:doc1:E3"]["status"] == "dropped"
    assert rows["M:doc1:M1"]["match"] == "quote" and rows["M:doc1:M1"]["fully"] == "right"
    new = [r for k, r in rows.items() if k.startswith("U:")]
    assert len(new) == 1 and new[0]["new"]["type"] == "AID"
    assert totals["shown"] == 4 and totals["fully right"] == 2 and totals["fully unknown"] == 1
    assert totals["dropped not real"] == 1 and totals["found"] == 1 and totals["new"] == 1


def test_overlapping_trigger_keeps_the_label_and_diff_lists_the_change(labels):
    before = {"code": "a", "totals": run(labels, labels[2]["doc1"]["events"])[1],
              "rows": list(run(labels, labels[2]["doc1"]["events"])[0].values())}
    wider = event("N1", "CONSULT", "Ada Quill met", "A1", "A2", S1)
    rows, totals = run(labels, [wider])
    assert rows["L:doc1:E1"]["status"] == "kept" and rows["L:doc1:E1"]["fully"] == "right"
    after = {"code": "b", "totals": totals, "rows": list(rows.values())}
    text = event_judged.diff(before, after)
    assert "L:doc1:E1 (labelled real): recipient None (wrong) -> Bo Renn (right); fully wrong -> right" in text
    assert "L:doc1:E2 (labelled real): kept -> dropped; fully right -> -" in text
    assert "totals changed: " in text and "dropped real 0 -> 1" in text


def test_names_abbreviated_and_the_white_house():
    assert parse_names("the TRB").judge("Tollway Review Board") == "right"
    assert parse_names("Tollway Review Board").judge("TRB") == "right"
    assert parse_names("Congress (House/Senate)").judge("White House") == "wrong"
    assert parse_names("the House").judge("House of Representatives") == "right"


def test_missed_rows_by_paragraph_and_own_type_first():
    rows = [parse_missed("doc1", "M1", '"Quill later blasted the board" [P2]; ACCUSE; Ada Quill -> Tollway Board'),
            parse_missed("doc1", "M2", '"blasted" (P2): REJECT, actor Ada Quill, recipient Tollway Board'),
            parse_missed("doc1", "M3", '"praised Renn" [P3]; SUPPORT; Tollway Board -> Bo Renn')]
    starts = event_judged.paragraph_starts(TEXT)
    accuse = event("N1", "ACCUSE", "blasted", "A1", "A3", S2)
    item, how = event_judged.match_missed(accuse, TEXT, rows, starts)
    assert (item.id, how) == ("M1", "paragraph")  # M1's quote is not in the text; its paragraph is
    item, how = event_judged.match_missed(dict(accuse, type="REJECT"), TEXT, rows, starts)
    assert (item.id, how) == ("M2", "quote")
    assert event_judged.match_missed(event("N2", "SUPPORT", "fees", "A1", "A3", S2), TEXT, rows, starts) == \
        (None, None)


def test_a_changed_value_the_note_does_not_name_is_unknown():
    from event_labels import parse_labelled
    record = {"actors": ACTORS, "events": [event("E1", "ACCUSE", "blasted", "A1", "A4", S2)]}
    row = ["doc1", "event", "E1", "Y", "Y", "Y", "N", "Y", "N", "criticism; the target is unclear"]
    item = parse_labelled(row, record)
    assert "recipient" not in item.right
    now = {"type": "ACCUSE", "actor": "Ada Quill", "recipient": "Tollway Board"}
    assert event_judged.judge_labelled(item, now) == {"type": "right", "actor": "right", "recipient": "unknown"}
    assert event_judged.judge_labelled(item, dict(now, recipient="Harbor City"))["recipient"] == "wrong"


def test_several_folders_read_as_one_the_latest_verdict_winning(tmp_path):
    """A released set: a full review, then a focus review of a later render; the later verdict of the same
    trigger wins, the missed rows are pooled (one per note) and renumbered."""
    def folder(name, events, rows):
        path = tmp_path / name
        (path / "review-A").mkdir(parents=True)
        (path / "doc1.json").write_text(json.dumps({"text": TEXT, "actors": ACTORS, "events": events}), "utf-8")
        (path / "review-A" / "judgments.tsv").write_text("\n".join(rows) + "\n", "utf-8")
        return str(path)

    missed = "doc1\tmissed_event\tM1\t\t\t\t\t\t\t\"blasted the Tollway Board\" [P2]; ACCUSE; Ada Quill -> Tollway Board"
    old = folder("base", [event("E1", "CONSULT", "met", "A1", None, S1), event("E2", "SUPPORT", "praised", "A3", "A2", S3)],
                 ["doc1\tevent\tE1\tY\tY\tY\tN\tY\tN\trecipient should be Bo Renn",
                  "doc1\tevent\tE2\tY\tY\tY\tY\tY\tY\t", missed])
    new = folder("focus", [event("E7", "CONSULT", "met", "A1", "A2", S1)],
                 ["doc1\tevent\tE7\tY\tY\tY\tY\tY\tY\t", missed,
                  "doc1\tmissed_event\tM1\t\t\t\t\t\t\t\"praised Renn\" [P3]; SUPPORT; Tollway Board -> Bo Renn"])
    labelled, pooled, records = event_judged.read_folders(f"{old}:{new}")
    assert sorted(item.id for item in labelled["doc1"]) == ["E2", "E7"]  # E7 judged the same trigger as E1 later
    assert [m.id for m in pooled["doc1"]] == ["M1", "M2"]
    assert records["doc1"]["events"][0]["id"] == "E7"
    assert [item.id for item in labelled["doc1"]] == ["E7", "E2"]  # in the older verdict's place
    # the one merge the participants trainer shares: only the listed documents' rows are read
    assert latest_labelled(read_labels(Path(f), pages=["doc2"])[0] for f in (old, new)) == {}
    assert latest_labelled(read_labels(Path(f), pages=["doc1"])[0] for f in (old, new)).keys() == {"doc1"}
