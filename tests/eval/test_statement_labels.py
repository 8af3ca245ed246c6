"""The blind-label statement scorer (benchmarks/statement_labels.py) on invented labels and analyses."""
import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import statement_labels  # noqa: E402

TEXT = ('Mayor Ada Quill said the bridge would reopen in May. "We are ready," she told reporters.\n\n'
        'Governor Bo Renn said the tolls stay. Aides believe the plan works. "Fees fund the repairs," Renn added.')


def span(word, start=0):
    at = TEXT.index(word, start)
    return {"start": at, "end": at + len(word), "text": word}


def statement(sid, speaker, cue, content, frame="speech", cue_from=0):
    return {"id": sid, "speaker": speaker, "cue": span(cue, cue_from), "content": [span(content)], "frame": frame}


ACTORS = [{"id": "A1", "name": "Ada Quill"}, {"id": "A2", "name": "Bo Renn"}, {"id": "A3", "name": "Aides"}]
RECORD = {"text": TEXT, "actors": ACTORS, "statements": [
    statement("S1", "A1", "said", "the bridge would reopen in May"),
    statement("S2", "A2", "told", "We are ready,"),  # the speaker is wrong: "she" is Quill
    statement("S3", "A2", "said", "the tolls stay", cue_from=60),
    statement("S4", "A3", "believe", "the plan works", frame="belief"),
]}
ROWS = [  # page kind id speech speaker content fully shown f6 note
    ("doc", "statement", "S1", "Y", "Y", "Y", "Y", "shown", "", ""),
    ("doc", "statement", "S2", "Y", "N", "Y", "N", "shown", "", "speaker should be Ada Quill"),
    ("doc", "statement", "S3", "Y", "Y", "Y", "Y", "shown", "", ""),
    ("doc", "statement", "S4", "N", "N", "N", "N", "kept", "", "a belief, not speech"),
    ("doc", "missed_statement", "M1", "", "", "", "", "", "", "Bo Renn; cue 'added'; 'Fees fund the repairs' [P2]"),
]


def write_labels(tmp_path: Path) -> Path:
    (tmp_path / "doc.json").write_text(json.dumps(RECORD), encoding="utf-8")
    review = tmp_path / "review-A"
    review.mkdir()
    lines = ["page\tkind\tid\tf1\tf2\tf3\tf4\tf5\tf6\tnote"] + ["\t".join(row) for row in ROWS]
    (review / "judgments.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_the_labelled_output_gives_the_labellers_counts(tmp_path):
    labelled, missed, records = statement_labels.read_labels(write_labels(tmp_path))
    rows = statement_labels.score(labelled, missed, {"doc": RECORD})
    totals = statement_labels.totals(rows, labelled, missed)
    assert (totals["shown"], totals["fully right"], totals["fully wrong"], totals["kept only"]) == (3, 2, 1, 1)
    assert (totals["recall of shown rows"], totals["recall whole"]) == (3, 4)  # 3 speech rows + 1 missed


def test_a_changed_speaker_is_judged_by_the_note_and_a_missed_statement_is_found(tmp_path):
    labelled, missed, _ = statement_labels.read_labels(write_labels(tmp_path))
    now = copy.deepcopy(RECORD)
    now["statements"][1]["speaker"] = "A1"  # "she" now resolves to Quill, as the note says
    now["statements"][2]["content"] = [span("the tolls")]  # content changed: not judged
    now["statements"].append(statement("S5", "A2", "added", '"Fees fund the repairs,"'))
    rows = {row["id"]: row for row in statement_labels.score(labelled, missed, {"doc": now})}
    assert rows["S2"]["speaker now"] == "right" and rows["S2"]["fully"] == "right"
    assert rows["S3"]["content now"] == "unknown" and rows["S3"]["fully"] == "unknown"
    assert "found" in rows["S5"] and rows["S5"]["fully"] == "unknown"  # the note's speaker fits: content unjudged
    totals = statement_labels.totals(list(rows.values()), labelled, missed)
    assert (totals["fully right"], totals["fully unknown"], totals["found"]) == (2, 2, 1)
    assert totals["recall of shown rows"] == 4


def test_a_speaker_changed_away_from_a_right_one_is_unknown_without_a_note(tmp_path):
    labelled, missed, _ = statement_labels.read_labels(write_labels(tmp_path))
    now = copy.deepcopy(RECORD)
    now["statements"][0]["speaker"] = "A2"
    rows = {row["id"]: row for row in statement_labels.score(labelled, missed, {"doc": now})}
    assert rows["S1"]["speaker now"] == "unknown"


def test_dev_sets_keep_the_newest_judgement_of_each_statement(tmp_path, monkeypatch):
    import dev_sets
    for folder, speaker_verdict in (("old", "N"), ("new", "Y")):
        (tmp_path / folder).mkdir()
        write_labels(tmp_path / folder)
        tsv = tmp_path / folder / "review-A" / "judgments.tsv"
        lines = tsv.read_text(encoding="utf-8").splitlines()
        lines[2] = lines[2].replace("\tY\tN\tY\tN\t", f"\tY\t{speaker_verdict}\tY\tN\t")  # S2's speaker verdict
        tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sets = {1: dev_sets.DevSet("pages.txt", "polnear", ("old", "new"))}
    monkeypatch.setattr(dev_sets, "DEV_SETS", sets)
    monkeypatch.setattr(statement_labels, "DEV_SETS", sets)
    labelled, missed, set_of = statement_labels.read_dev_sets(tmp_path)
    assert set_of == {"doc": 1}
    assert sorted(labelled["doc"]) == ["new/S1", "new/S2", "new/S3", "new/S4"]  # the newer folder's judgements
    assert labelled["doc"]["new/S2"]["speaker"] == "Y"
    assert len(missed["doc"]) == 1  # the newest folder's missed statements only
