"""The blind check's archive (benchmarks/blind_check/archive.py): verdicts kept text-free in the repository."""
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "blind_check"))

import archive  # noqa: E402

TEXT = "The port opened. Bo Renn says the ferry runs at dawn, and “the tide will not wait” for anyone."
HEADER = "page\tkind\tid\tf1\tf2\tf3\tf4\tf5\tf6\tnote"


def review(folder: Path) -> Path:
    folder.mkdir()
    (folder / "doc.json").write_text(json.dumps({"text": TEXT, "statements": [], "events": [], "actors": []}), "utf-8")
    (folder / "review-A").mkdir()
    (folder / "review-A" / "judgments.tsv").write_text("\n".join([
        HEADER,
        "doc\tstatement\tS1\tY\tN\tY\tN\tshown\tspeaker should be Ada Quill",
        "doc\tactor\tA1\tY\tright\tmissing",
        "doc\tmissed_statement\tM1\t\t\t\t\t\t\tP3 Bo Renn says the ferry runs",
        "doc\tmissed_statement\tM2\t\t\t\t\t\t\tRenn: \"the tide will not wait\" (a quote)",
        "doc\tmissed_event\tM3\t\t\t\t\t\t\tnothing the text holds",
        "doc\tnot a kind\tX\t", ""]), "utf-8")
    return folder


def test_save_keeps_verdicts_and_render_digests_but_no_notes(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "LABELS", tmp_path / "labels")
    folder = review(tmp_path / "rev")
    commit = archive.subprocess.run(["git", "-C", str(archive.ROOT), "rev-parse", "HEAD"], capture_output=True,
                                    text=True, check=True).stdout.strip()
    out = archive.save(folder, "demo", Path("pages-x.txt"), "HEAD", ["--polnear", "train.jsonl"],
                       ["NEWSGRAPH_EVENT_REALNESS=0"])
    text = out.read_text("utf-8")
    assert "Ada" not in text and "ferry" not in text  # the reviewers' notes quote the article: never kept
    header, renders, rows = archive.read_archive("demo")
    assert header == {"commit": commit, "pages": "pages-x.txt", "source": "--polnear train.jsonl",
                      "env": "NEWSGRAPH_EVENT_REALNESS=0"}
    assert renders == {"doc": archive.digest(folder / "doc.json")}
    assert rows == [["doc", "statement", "S1", "Y", "N", "Y", "N", "shown", ""],
                    ["doc", "actor", "A1", "Y", "right", "missing", "", "", ""],
                    ["doc", "missed_statement", "M1", "@17-44", "", "", "", "", ""],
                    ["doc", "missed_statement", "M2", "@59-81", "", "", "", "", ""],
                    ["doc", "missed_event", "M3", "", "", "", "", "", ""]]
    assert TEXT[17:44] == "Bo Renn says the ferry runs" and TEXT[59:81] == "the tide will not wait"


def test_a_located_note_quotes_the_words_from_the_new_render():
    assert archive.located_note("@59-81", TEXT) == '@59-81 "the tide will not wait"'
    assert archive.located_note("", TEXT) == "-"
    assert archive.located_note("@59-800", TEXT) == "-"  # a render shorter than the judged one locates nothing


def test_save_refuses_a_judged_page_without_its_render(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "LABELS", tmp_path / "labels")
    folder = review(tmp_path / "rev")
    (folder / "doc.json").unlink()
    with pytest.raises(SystemExit, match="judged pages without a render: doc"):
        archive.save(folder, "demo", Path("pages-x.txt"), "HEAD", [], [])


def test_restore_names_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "LABELS", tmp_path / "labels")
    with pytest.raises(SystemExit, match="no archive"):
        archive.restore("nothing", tmp_path / "out", [])
    archive.save(review(tmp_path / "rev"), "demo", Path("pages-x.txt"), "HEAD", ["--polnear", "train.jsonl"], [])
    with pytest.raises(SystemExit, match="give --polnear or --data"):
        archive.restore("demo", tmp_path / "out", [])


def test_the_shipped_archives_are_text_free_and_complete():
    for path in sorted(archive.LABELS.glob("*.tsv")):
        header, renders, rows = archive.read_archive(path.stem)
        assert len(header["commit"]) == 40 and renders, path
        for row in rows:
            assert len(row) == 3 + archive.FIELDS and row[0] in renders, (path, row)
            assert all(len(cell) <= 16 for cell in row[1:]), (path, row)  # codes and verdicts, no words


def test_a_judgments_file_that_is_not_utf8_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "LABELS", tmp_path / "labels")
    folder = review(tmp_path / "rev")
    (folder / "review-A" / "judgments.tsv").write_bytes(b"page\tkind\tid\n\xff\xfe broken\n")
    with pytest.raises(SystemExit, match="judgments.tsv: not UTF-8 text"):
        archive.save(folder, "demo", Path("pages-x.txt"), "HEAD", [], [])
