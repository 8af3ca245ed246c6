"""benchmarks/statement_judged.py reads whether a judged statement is shown by the default view's rule
(``model.is_shown`` on the judged render), not from the reviewer's f5 copy."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "blind_check"))

import dev_sets  # noqa: E402

import statement_judged  # noqa: E402

RECORD = {"actors": [{"id": "A1", "name": "Ada Quill", "kind": "person"}],
          "statements": [
              {"id": "S1", "speaker": "A1", "source": {"start": 0, "end": 8, "text": "Ada Quill"},
               "cue": {"start": 10}, "content": [{"start": 15}], "frame": "speech"},
              {"id": "S2", "speaker": None, "source": {"start": 30, "end": 41, "text": "an official"},
               "cue": {"start": 42}, "content": [{"start": 50}], "frame": "speech"},
              {"id": "S3", "speaker": "A1", "source": {"start": 60, "end": 62, "text": "she"},
               "cue": {"start": 63}, "content": [{"start": 70}], "frame": "belief"}]}


def test_judged_rows_are_shown_by_the_model_rule_not_the_reviewers_f5(tmp_path, monkeypatch):
    folder = tmp_path / "s1"
    (folder / "review-A").mkdir(parents=True)
    (folder / "doc.json").write_text(json.dumps(RECORD), encoding="utf-8")
    # the reviewer copied "shown" for all three (as the old rule, frame alone, had it for S2)
    (folder / "review-A" / "judgments.tsv").write_text("".join(
        f"doc\tstatement\t{sid}\tY\tN\tY\tN\tshown\t\tnote\n" for sid in ("S1", "S2", "S3")), encoding="utf-8")
    monkeypatch.setattr(dev_sets, "DEV_SETS", {1: dev_sets.DevSet("pages.txt", "articles-dev", ("s1",))})
    rows = statement_judged.judged_rows(tmp_path)
    assert {row["statement"]["id"]: row["shown"] for row in rows.values()} == {
        "S1": "shown", "S2": "kept", "S3": "kept"}
