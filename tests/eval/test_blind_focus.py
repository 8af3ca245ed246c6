"""The blind check's focus review (benchmarks/blind_check/focus.py) on invented renders and judgements."""
import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "blind_check"))

import focus  # noqa: E402
import tally  # noqa: E402

RECORD = {"actors": [{"id": "A1", "name": "Ada Quill", "kind": "person", "country": "USA", "sector": "GOV"},
                     {"id": "A2", "name": "Bo Renn", "kind": "person", "country": None, "sector": None}],
          "statements": [{"id": "S1", "speaker": "A1", "cue": {"start": 10}, "content": [{"start": 15, "end": 40}],
                          "frame": "speech"},
                         {"id": "S2", "speaker": "A2", "cue": {"start": 60}, "content": [{"start": 65, "end": 80}],
                          "frame": "speech"}],
          "events": [{"id": "E1", "type": "ACCUSE", "actor": "A1", "recipient": None, "trigger": {"start": 50}},
                     {"id": "E2", "type": "CONSULT", "actor": "A1", "recipient": "A2", "trigger": {"start": 90}}]}
HEADER = "page\tkind\tid\tf1\tf2\tf3\tf4\tf5\tf6\tnote"


def render(folder: Path, record: dict, lines: list[str] | None = None) -> Path:
    folder.mkdir(parents=True)
    (folder / "doc.json").write_text(json.dumps(record), encoding="utf-8")
    if lines is not None:
        (folder / "review-A").mkdir()
        (folder / "review-A" / "judgments.tsv").write_text("\n".join([HEADER] + lines) + "\n", encoding="utf-8")
    return folder


def test_only_changed_rows_are_judged_again_and_the_rest_carried(tmp_path):
    before = render(tmp_path / "before", RECORD, [
        "doc\tstatement\tS1\tY\tY\tY\tY\tshown\t\t", "doc\tstatement\tS2\tY\tY\tY\tY\tshown\t\t",
        "doc\tevent\tE1\tY\tY\tY\tN\tY\tN\tno recipient", "doc\tevent\tE2\tY\tY\tY\tY\tY\tY\t",
        "doc\tactor\tA1\tY\tright\tright\t\t\t", "doc\tactor\tA2\tY\tmissing\tmissing\t\t\t",
        "doc\tmissed_statement\t-\t\t\t\t\t\t\tP3 a clear one", "doc\tmissed_event\t-\t\t\t\t\t\t\tP4 a meeting"])
    now = copy.deepcopy(RECORD)
    now["events"][0]["recipient"] = "A2"  # the code changed E1 ...
    now["actors"][1]["country"] = "USA"  # ... and A2's country ...
    del now["statements"][1]  # ... lost a right statement ...
    now["statements"].append({"id": "S3", "speaker": "A1", "cue": {"start": 100},  # ... and found the missed one
                              "content": [{"start": 105, "end": 130}], "frame": "speech"})
    after = render(tmp_path / "after", now)
    for folder in (before, after):  # a second page whose output did not change keeps its missed rows
        same = {"actors": RECORD["actors"][:1], "statements": RECORD["statements"][:1], "events": []}
        (folder / "same.json").write_text(json.dumps(same), encoding="utf-8")
    with open(before / "review-A" / "judgments.tsv", "a", encoding="utf-8") as tsv:
        tsv.write("same\tstatement\tS1\tY\tY\tN\tN\tshown\t\tcontent too long\n"
                  "same\tactor\tA1\tY\tright\tright\t\t\t\n"
                  "same\tmissed_statement\t-\t\t\t\t\t\t\tP2 another one\n")

    assert focus.changed_rows(before, after) == [
        ("doc", "statement", "S3"), ("doc", "event", "E1"), ("doc", "actor", "A2")]
    focus.list_focus(before, after)
    assert (after / "focus.tsv").read_text().splitlines()[1:] == ["doc\tstatement\tS3", "doc\tevent\tE1", "doc\tactor\tA2"]
    assert len((after / "missed-before.tsv").read_text().splitlines()) == 2  # only the changed page's

    (after / "review-B").mkdir()  # the focus reviewers judge the three rows and check the missed ones again
    (after / "review-B" / "judgments.tsv").write_text("\n".join([
        HEADER, "doc\tstatement\tS3\tY\tY\tY\tY\tshown\t\t", "doc\tevent\tE1\tY\tY\tY\tY\tY\tY\t",
        "doc\tactor\tA2\tY\tright\tmissing\t\t\t", "doc\tmissed_event\t-\t\t\t\t\t\t\tP4 still missed"]) + "\n")
    rows, how = focus.estimate(before, after)
    assert how == {"statement carried": 2, "statement judged again": 1, "statement gone": 1,
                   "statement gone, counted missed": 1, "event carried": 1, "event judged again": 1,
                   "actor carried": 2, "actor judged again": 1, "missed rows (checked again)": 1,
                   "missed rows (carried, page unchanged)": 1}
    report = tally.report(rows)
    assert report[0].startswith("statements shown: fully right 2/3 = 66.7%")
    assert report[3].startswith("missed clear statements 2; recall 3/5 = 60.0%")
    assert report[4] == "events: real 2/2 = 100.0%; fully right 2/2 = 100.0%; missed clear events 1"
    assert report[6].startswith("  wrong country 0/3 = 0.0%; missing country 0/3")


def test_a_statement_whose_cue_moved_is_not_counted_missed(tmp_path):
    before = render(tmp_path / "before", RECORD, [
        "doc\tstatement\tS1\tY\tY\tY\tY\tshown\t\t", "doc\tstatement\tS2\tY\tN\tY\tN\tshown\t\tspeaker wrong"])
    now = copy.deepcopy(RECORD)
    now["statements"][1].update(id="S3", cue={"start": 82}, speaker="A1")  # another cue, the same words
    after = render(tmp_path / "after", now)
    assert focus.changed_rows(before, after) == [("doc", "statement", "S3")]
    (after / "review-B").mkdir()
    (after / "review-B" / "judgments.tsv").write_text(HEADER + "\ndoc\tstatement\tS3\tY\tY\tY\tY\tshown\t\t\n")
    rows, how = focus.estimate(before, after)
    assert how["statement gone, its words in another row"] == 1 and how["statement gone, counted missed"] == 0
    assert tally.report(rows)[3].startswith("missed clear statements 0; recall 2/2")


def test_asserted_counts_only_the_events_shown_by_default(tmp_path):
    record = copy.deepcopy(RECORD)
    record["events"][1]["hypothetical"] = True
    folder = render(tmp_path / "render", record, [
        "doc\tevent\tE1\tY\tY\tY\tY\tY\tY\t", "doc\tevent\tE2\tY\tY\tY\tY\tY\tY\t"])
    rows, not_asserted_real = tally.asserted_only(tally.read_rows([folder / "review-A" / "judgments.tsv"]))
    assert not_asserted_real == 1
    assert [r[2] for r in rows if r[1] == "event"] == ["E1"]


def test_default_view_counts_only_asserted_events_the_gate_passes(tmp_path):
    """--default-view: a doubted event (passes_gate false) goes like a hypothetical one; a render from
    before the gate (no passes_gate key) keeps its asserted events."""
    record = copy.deepcopy(RECORD)
    record["events"][0]["passes_gate"] = False
    record["events"][1].pop("passes_gate", None)
    folder = render(tmp_path / "render", record, [
        "doc\tevent\tE1\tY\tY\tY\tY\tY\tY\t", "doc\tevent\tE2\tN\tY\tY\tY\tY\tY\t"])
    rows, hidden_real = tally.default_view(tally.read_rows([folder / "review-A" / "judgments.tsv"]))
    assert hidden_real == 1
    assert [r[2] for r in rows if r[1] == "event"] == ["E2"]


def test_one_tally_reads_each_render_once_for_shown_kept_and_asserted_rows(tmp_path):
    record = copy.deepcopy(RECORD)
    for event in record["events"]:
        event["trigger"]["end"] = event["trigger"]["start"] + 5
    record["events"][1]["hypothetical"] = True
    folder = render(tmp_path / "render", record, [
        "doc\tstatement\tS1\tY\tY\tY\tY\tkept\t\t", "doc\tevent\tE1\tY\tY\tY\tY\tY\tY\t",
        "doc\tevent\tE2\tY\tY\tY\tY\tY\tY\t"])
    kept = copy.deepcopy(record)
    del kept["events"][0]  # the other render drops E1
    other = render(tmp_path / "other", kept)
    renders = tally.Renders()
    rows = tally.shown_by_render(tally.read_rows([folder / "review-A" / "judgments.tsv"]), renders)
    (folder / "doc.json").unlink()  # parsed once: the tallies below need no file
    assert [r[7] for r in rows if r[1] == "statement"] == ["shown"]
    rows, dropped_real = tally.kept_by(rows, other, renders)
    (other / "doc.json").unlink()
    assert dropped_real == 1 and [r[2] for r in rows if r[1] == "event"] == ["E2"]
    rows, not_asserted_real = tally.asserted_only(rows, renders)
    assert not_asserted_real == 1 and [r[2] for r in rows if r[1] == "event"] == []


def test_whether_a_row_is_shown_comes_from_the_after_render_changed_or_not(tmp_path):
    """The reviewers copied f5 "shown" under a rule that showed speech with no speaker; the estimate reads
    f5 from the after render by the code's rule (speech or writing by a resolved speaker) for every row."""
    record = copy.deepcopy(RECORD)
    record["statements"][1]["speaker"] = None  # S2: speech, no speaker, judged as shown
    record["statements"].append({"id": "S3", "speaker": None, "cue": {"start": 100},  # to be gone: not missed
                                 "content": [{"start": 105, "end": 130}], "frame": "speech"})
    before = render(tmp_path / "before", record, [
        "doc\tstatement\tS1\tY\tY\tY\tY\tshown\t\t", "doc\tstatement\tS2\tY\tN\tY\tN\tshown\t\tno speaker",
        "doc\tstatement\tS3\tY\tN\tY\tN\tshown\t\tno speaker"])
    now = copy.deepcopy(record)
    del now["statements"][2]
    now["statements"].append({"id": "S4", "speaker": None, "cue": {"start": 140},  # new, judged again
                              "content": [{"start": 145, "end": 160}], "frame": "writing"})
    after = render(tmp_path / "after", now)
    (after / "review-B").mkdir()
    (after / "review-B" / "judgments.tsv").write_text(HEADER + "\ndoc\tstatement\tS4\tY\tN\tY\tN\tshown\t\t\n")
    rows, how = focus.estimate(before, after)
    assert how["statement carried"] == 2 and how["statement judged again"] == 1
    assert how["statement gone"] == 1 and how["statement gone, counted missed"] == 0  # S3 was not shown
    assert {r[2]: r[7] for r in rows if r[1] == "statement"} == {"S1": "shown", "S2": "kept", "S4": "kept"}
    report = tally.report(rows)
    assert report[0] == "statements shown: fully right 1/1 = 100.0%; speech or no-comment 1/1 = 100.0%"
    assert report[1].startswith("statements kept only: fully right 0/2")
    # tally.py reads f5 from the render beside the judgments the same way
    judged = tally.shown_by_render(tally.read_rows([before / "review-A" / "judgments.tsv"]))
    assert [r[7] for r in judged] == ["shown", "kept", "kept"]


def test_carry_reuses_an_earlier_focus_review_of_the_same_output(tmp_path):
    before = render(tmp_path / "before", RECORD, [
        "doc\tstatement\tS1\tY\tY\tY\tY\tshown\t\t", "doc\tstatement\tS2\tY\tY\tY\tY\tshown\t\t",
        "doc\tevent\tE1\tY\tY\tY\tN\tY\tN\tno recipient", "doc\tevent\tE2\tY\tY\tY\tY\tY\tY\t",
        "doc\tactor\tA1\tY\tright\tright\t\t\t", "doc\tactor\tA2\tY\tmissing\tmissing\t\t\t",
        "doc\tmissed_event\t-\t\t\t\t\t\t\tP4 a meeting"])
    first = copy.deepcopy(RECORD)
    first["events"][0]["recipient"] = "A2"  # the earlier code changed E1, judged by its focus review
    earlier = render(tmp_path / "earlier", first, [
        "doc\tevent\tE1\tY\tY\tY\tY\tY\tY\t", "doc\tmissed_event\t-\t\t\t\t\t\t\tP4 a meeting"])
    second = copy.deepcopy(first)
    second["actors"][1]["country"] = "USA"  # the newer code also codes A2
    after = render(tmp_path / "after", second)
    focus.list_focus(before, after)
    assert "carried 1 verdicts" in focus.carry(earlier, after)
    assert (after / "focus.tsv").read_text().splitlines()[1:] == ["doc\tactor\tA2"]  # only the new change is left
    assert len((after / "missed-before.tsv").read_text().splitlines()) == 1  # the page changed since: check again
    assert (after / "review-carried" / "judgments.tsv").read_text().splitlines()[1:] == [
        "doc\tevent\tE1\tY\tY\tY\tY\tY\tY\t"]

    same = render(tmp_path / "same", first)  # a render identical to the earlier one: everything is carried
    focus.list_focus(before, same)
    assert "0 rows and 0 missed rows left" in focus.carry(earlier, same)
    assert tally.report(focus.estimate(before, same)[0]) == tally.report(focus.estimate(before, earlier)[0])
