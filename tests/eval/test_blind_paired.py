"""The blind check's row pairing (benchmarks/blind_check/paired.py) on invented renders and judgements."""
import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "blind_check"))

import paired  # noqa: E402

RECORD = {"actors": [{"id": "A1", "name": "Ada Quill", "kind": "person", "country": "USA", "sector": "GOV"},
                     {"id": "A2", "name": "Bo Renn", "kind": "person", "country": None, "sector": None}],
          "statements": [{"id": "S1", "speaker": "A1", "cue": {"start": 10}, "content": [{"start": 15, "end": 40}],
                          "frame": "speech"}],
          "events": [{"id": "E1", "type": "ACCUSE", "actor": "A1", "recipient": None, "trigger": {"start": 50}},
                     {"id": "E2", "type": "CONSULT", "actor": "A1", "recipient": "A2", "trigger": {"start": 90}}]}
HEADER = "page\tkind\tid\tf1\tf2\tf3\tf4\tf5\tf6\tnote"


def review(folder: Path, record: dict, lines: list[str]) -> Path:
    (folder / "review-A").mkdir(parents=True)
    (folder / "doc.json").write_text(json.dumps(record), encoding="utf-8")
    (folder / "review-A" / "judgments.tsv").write_text("\n".join([HEADER] + lines) + "\n", encoding="utf-8")
    return folder


def test_pairs_tell_the_code_from_the_reviewers(tmp_path):
    before = review(tmp_path / "before", RECORD, [
        "doc\tstatement\tS1\tY\tY\tY\tY\tshown\t\t", "doc\tevent\tE1\tY\tY\tY\tN\tY\tN\tno recipient",
        "doc\tevent\tE2\tY\tY\tY\tY\tY\tY\t", "doc\tactor\tA2\tY\tmissing\tmissing\t\t\t"])
    now = copy.deepcopy(RECORD)
    now["events"][0]["recipient"] = "A2"  # the code changed E1
    now["actors"][1]["country"] = "USA"
    after = review(tmp_path / "after", now, [
        "doc\tstatement\tS1\tY\tY\tN\tN\tshown\t\tstricter", "doc\tevent\tE1\tY\tY\tY\tY\tY\tY\t",
        "doc\tevent\tE2\tY\tY\tY\tY\tY\tY\t", "doc\tactor\tA2\tY\tright\tmissing\t\t\t"])
    statements = paired.compare(paired.rows(before, "statement"), paired.rows(after, "statement"))
    assert statements[("same output", "Y", "N")] == 1  # the reviewers, not the code
    events = paired.compare(paired.rows(before, "event"), paired.rows(after, "event"))
    assert (events[("changed output", "N", "Y")], events[("same output", "Y", "Y")]) == (1, 1)
    actors = paired.compare(paired.rows(before, "actor"), paired.rows(after, "actor"))
    assert actors[("changed output", "Y/missing/missing", "Y/right/missing")] == 1
