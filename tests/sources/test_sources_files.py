"""Reading inputs: files, directories, JSONL and stdin; every bad input is an error naming it."""
import gzip
import io
import json

import pytest

from newsgraph.errors import InputError
from newsgraph.model import RawDocument
from newsgraph.settings import Settings
from newsgraph.sources import iter_documents

SETTINGS = Settings()
STORY = "Bridge to reopen in May\n\nThe mayor of Eastwick said on Monday that the bridge will reopen.\n"
PAGE = ("<html><head><title>Bridge to reopen</title></head><body><article><p>The mayor of Eastwick, "
        "Leonora Drabble, said on Monday that the bridge will reopen in May after two years of repairs "
        "to its northern arch.</p></article></body></html>")


def items(paths, settings=SETTINGS, stdin=None):
    return list(iter_documents([str(p) for p in paths], settings, stdin=stdin))


def only_error(paths, **kw) -> InputError:
    found = items(paths, **kw)
    assert len(found) == 1 and isinstance(found[0], InputError), found
    return found[0]


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("empty.html", b"", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("binary.html", bytes(range(256)) * 4, "binary"),
    ("undecodable.txt", "\u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u043a\u0430\u0437\u0430\u043b\u0430".encode("koi8-r") * 5, "UTF-8"),
    ("undecodable2.txt", b"caf\x81\x8d\x90 bar", "UTF-8"),
    ("notes.md", b"# notes", "unsupported file type"),
    ("broken.html.gz", b"not gzip at all", "gzip"),
])
def test_bad_file_is_an_error_naming_it(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    error = only_error([path])
    assert error.source == str(path)
    assert reason in error.reason
    assert str(path) in str(error)


def test_missing_file_named(tmp_path):
    error = only_error([tmp_path / "nowhere.txt"])
    assert (error.source, error.reason) == (str(tmp_path / "nowhere.txt"), "no such file or directory")


@pytest.mark.parametrize("name, data", [
    ("huge.txt", b"word " * 100),
    ("huge.html.gz", gzip.compress(b"<p>word</p>" * 100)),  # small on disk, large once inflated
])
def test_huge_file_refused(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    error = only_error([path], settings=Settings(max_bytes=200))
    assert error.source == str(path)
    assert "too large" in error.reason


@pytest.mark.parametrize("name, data, kind, content", [
    ("story.txt", STORY.encode("utf-8"), "text", STORY),
    ("bom.txt", b"\xef\xbb\xbf" + STORY.encode("utf-8"), "text", STORY),
    ("old.txt", "Caf\u00e9 owner says \u201cno\u201d".encode("cp1252"), "text", "Caf\u00e9 owner says \u201cno\u201d"),
    ("utf16.txt", STORY.encode("utf-16"), "text", STORY),
    ("page.HTML", PAGE.encode("utf-8"), "html", PAGE),
    ("page.htm", PAGE.encode("utf-8"), "html", PAGE),
    ("page.html.gz", gzip.compress(PAGE.encode("utf-8")), "html", PAGE),
])
def test_good_file_read(tmp_path, name, data, kind, content):
    path = tmp_path / name
    path.write_bytes(data)
    [doc] = items([path])
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.kind, doc.content, doc.verbatim) == (str(path), kind, content, False)


def test_directory_walked_sorted_recursively_skipping_hidden_and_bad_files_reported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text(STORY)
    (tmp_path / "a_one.html").write_text(PAGE)
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "d_three.txt").write_text(STORY)
    (tmp_path / ".hidden.txt").write_text(STORY)
    (tmp_path / ".git" / "x.txt").write_text(STORY)
    (tmp_path / "README.md").write_text("not an article")
    found = items([tmp_path])
    assert [(type(i).__name__, i.source) for i in found] == [
        ("RawDocument", str(tmp_path / "a_one.html")),
        ("RawDocument", str(tmp_path / "b" / "two.txt")),
        ("InputError", str(tmp_path / "c_empty.txt")),
        ("RawDocument", str(tmp_path / "d_three.txt")),
    ]


def jsonl(*lines) -> bytes:
    return "".join(line + "\n" for line in lines).encode("utf-8")


RECORDS = jsonl(
    json.dumps({"id": "r1", "text": "  Verbatim text, kept as it is.\r\n", "title": "T1", "published": "2024-03-14"}),
    "",
    "{not json",
    json.dumps({"id": "r4", "title": "no body"}),
    json.dumps({"id": "r5", "html": PAGE, "url": "https://example.org/b", "published": "2024-03-14T08:00:00Z"}),
    json.dumps(["a", "list"]),
    json.dumps({"id": "r7", "text": "x", "published": "14/03/2024"}),
    json.dumps({"id": 8, "text": "numeric id"}),
)


def check_records(found, name):
    assert [i.source for i in found] == [f"{name}:{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    first, bad_json, no_body, html, not_object, bad_date, numeric = found
    assert isinstance(first, RawDocument)
    assert (first.content, first.kind, first.verbatim, first.id, first.title, first.published) == (
        "  Verbatim text, kept as it is.\r\n", "text", True, "r1", "T1", "2024-03-14")
    assert isinstance(bad_json, InputError) and "malformed JSON" in bad_json.reason
    assert isinstance(no_body, InputError) and "'text' or 'html'" in no_body.reason
    assert isinstance(html, RawDocument)
    assert (html.kind, html.verbatim, html.url, html.published) == ("html", False, "https://example.org/b", "2024-03-14")
    assert isinstance(not_object, InputError) and "JSON object" in not_object.reason
    assert isinstance(bad_date, InputError) and "YYYY-MM-DD" in bad_date.reason
    assert isinstance(numeric, RawDocument) and numeric.id == "8"


def test_jsonl_file_records_and_errors_named_by_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(RECORDS)
    check_records(items([path]), str(path))


def test_jsonl_from_stdin():
    check_records(items(["-"], stdin=io.BytesIO(RECORDS)), "<stdin>")


def test_jsonl_overlong_line_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_bytes(jsonl(json.dumps({"text": "x" * 500}), json.dumps({"text": "short one"})))
    first, second = items([path], settings=Settings(max_bytes=100))
    assert isinstance(first, InputError) and first.source == f"{path}:1" and "longer" in first.reason
    assert isinstance(second, RawDocument) and second.content == "short one"


def test_jsonl_invalid_utf8_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "caf\xff"}\n')
    error = only_error([path])
    assert error.source == f"{path}:1" and "UTF-8" in error.reason


def test_empty_jsonl_file(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_bytes(b"")
    error = only_error([path])
    assert (error.source, error.reason) == (str(path), "file is empty")


def test_directory_symlink_loop_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [i.source for i in items([tmp_path])] == [str(tmp_path / "a.txt")]


def test_gzipped_jsonl_read_line_by_line(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(RECORDS))
    check_records(items([path]), str(path))


def test_corrupt_gzipped_jsonl_is_an_error(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"not gzip")
    error = only_error([path])
    assert error.source == str(path) and "cannot read" in error.reason
