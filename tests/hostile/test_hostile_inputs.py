"""Hostile input never costs good input: the regression corpus of issue 12, through real `ingest`
(SQLite and PostgreSQL, the real spaCy model) and `analyze`.

Good articles (invented: ``ingest_stories.generated_story``) are mixed with broken ones; every
good one must be stored exactly once, every bad one named once in the ``errors`` table (also
after a rerun), and no run may crash, hang or print a traceback.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from ingest_stories import generated_story
from newsgraph.cli import main
from newsgraph.ingest import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store
from newsgraph.store.schema import articles, errors

NEWSGRAPH = [str(Path(sys.executable).parent / "newsgraph")]  # the console script of this virtualenv
BAD_NAME = os.fsdecode(b"caf\xe9 \x1b[31mred.txt")  # not UTF-8, with a terminal escape sequence
SHOWN_NAME = "caf\\xe9 \\x1b[31mred.txt"


def deep_json(depth: int = 5000) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def story(n: int) -> str:
    return generated_story(n)


def body(n: int) -> str:
    """The stored text of story ``n`` (its first line is its title)."""
    return story(n).split("\n\n", 1)[1].strip("\n")


def hostile_folder(root) -> tuple[list[str], dict[str, str], set[int]]:
    """(SOURCE arguments, {error source: start of its reason}, numbers of the good stories)."""
    folder = root / "news"
    folder.mkdir()
    good: set[int] = set()
    expected: dict[str, str] = {}
    lines = []
    for n in (1, 2, 3):
        lines.append(json.dumps({"id": f"g{n}", "text": body(n), "published": "2024-05-0" + str(n)}).encode())
        good.add(n)
    bad_lines = [
        (deep_json(), "JSON nested too deeply"),
        (b'{"text": "He said \\ud800 nothing."}', "'text' contains a lone surrogate (\\ud800"),
        (json.dumps({"text": "\x00" * 40}).encode(), "'text' contains a NUL character at character 0"),
        (json.dumps({"text": body(4), "published": "2022-13-45"}).encode(), "'published' is not a real date: '2022-13-45'"),
        (json.dumps({"text": body(5), "published": "0000-00-00"}).encode(), "'published' is not a real date: '0000-00-00'"),
        (json.dumps({"text": "\x01\x02 \t\x7f"}).encode(), "the text is empty (only spaces or control characters)"),
    ]
    # good, bad, good, bad ...: every bad line sits in the same batch as good ones
    mixed = []
    for i, line in enumerate(lines):
        mixed.append(line)
        for bad, reason in bad_lines[2 * i: 2 * i + 2]:
            mixed.append(bad)
            expected[f"{folder / 'mixed.jsonl'}:{len(mixed)}"] = reason
    (folder / "mixed.jsonl").write_bytes(b"\n".join(mixed) + b"\n")

    (folder / os.fsencode(BAD_NAME).decode("utf-8", "surrogateescape")).write_text(story(6))
    good.add(6)
    (folder / "utf32.txt").write_bytes(codecs.BOM_UTF32_LE + story(7).encode("utf-32-le"))
    good.add(7)
    (folder / "blank-lines.txt").write_text(story(8).split("\n\n", 1)[0] + "\n" + "\n" * 1_000_000
                                            + body(8) + "\n")
    good.add(8)
    (folder / "damaged-utf8.txt").write_bytes(("Café talks resume\n\n" + body(9)).encode() + b"\xff\xfe tail")
    expected[str(folder / "damaged-utf8.txt")] = "invalid UTF-8 at byte"
    (folder / "empty.warc").write_bytes(b"")
    expected[str(folder / "empty.warc")] = "empty web archive (0 bytes)"
    # a gzip bomb: ten million junk records in a few kilobytes
    (folder / "bomb.jsonl.gz").write_bytes(gzip.compress(b'{"a":1}\n' * 10_000_000, 9))
    expected[str(folder / "bomb.jsonl.gz")] = "more than 100 bad lines, more than good ones"
    for line in range(1, 102):  # the junk lines read before reading stops are each named
        expected[f"{folder / 'bomb.jsonl.gz'}:{line}"] = "record has no 'text' or 'html' string"
    # a feed whose entry links to this machine, and one whose entry is plain text
    (folder / "ssrf.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><link>http://example.org/</link>"
        "<description>d</description><item><title>Internal</title><link>http://127.0.0.1:9/admin</link>"
        "</item></channel></rss>")
    expected["http://127.0.0.1:9/admin"] = "refused: the address 127.0.0.1 is not public"
    (folder / "plain.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><link>http://example.org/</link>"
        "<description>d</description><item><title>Plain entry</title><description>"
        + body(10).replace("&", "&amp;").replace("<", "&lt;") + "</description></item></channel></rss>")
    good.add(10)
    # named explicitly: a FIFO and a link to /dev/zero that only look like a feed and an archive
    os.mkfifo(root / "stuck.warc")
    os.mkfifo(root / "stuck.rss")
    os.symlink("/dev/zero", root / "zero.rss")
    for name in ("stuck.warc", "stuck.rss", "zero.rss"):
        expected[str(root / name)] = "not a regular file"
    sources = [str(folder), str(root / "stuck.warc"), str(root / "stuck.rss"), str(root / "zero.rss")]
    return sources, expected, good


def check_database(db_url: str, expected: dict[str, str], good: set[int], shown_name: str) -> None:
    with Store.open(db_url, readonly=True) as store, store.connect() as conn:
        texts = [row[0] for row in conn.execute(select(articles.c.text))]
        assert sorted(texts) == sorted(body(n) for n in good)  # each good one, exactly once
        assert conn.execute(select(articles.c.source).where(articles.c.text == body(6))).scalar() \
            == shown_name
        assert conn.execute(select(articles.c.published).where(articles.c.text == body(1))).scalar() == "2024-05-01"
        rows = dict(conn.execute(select(errors.c.source, errors.c.reason)).all())
    assert set(rows) == set(expected), sorted(set(rows) ^ set(expected))
    for source, reason in expected.items():
        assert reason in rows[source], (source, rows[source])


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_hostile_corpus_costs_no_good_article_and_every_bad_one_is_named_once(backend, tmp_path, request):
    sources, expected, good = hostile_folder(tmp_path)
    shown_name = str(tmp_path / "news" / SHOWN_NAME)
    if backend == "sqlite":
        db_url = f"sqlite:///{tmp_path / 'n.db'}"
    else:
        db_url = request.getfixturevalue("pg_schema_url")
    settings = Settings(db_url=db_url, workers=1, batch_size=4)
    first = ingest(sources, settings, progress=False)
    assert (first.stored, first.failed) == (len(good), len(expected)), first.errors
    check_database(db_url, expected, good, shown_name)
    again = ingest(sources, settings, progress=False)  # a rerun: nothing new, errors not duplicated
    assert (again.stored, again.skipped, again.failed) == (0, len(good), len(expected)), again.errors
    check_database(db_url, expected, good, shown_name)


def test_ingest_command_prints_names_escaped_and_finishes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsencode(BAD_NAME).decode("utf-8", "surrogateescape")).write_bytes(b"")
    (folder / "good.txt").write_text(story(11))
    os.mkfifo(tmp_path / "pipe.warc")
    db_url = f"sqlite:///{tmp_path / 'n.db'}"
    run = subprocess.run([*NEWSGRAPH, "ingest", str(folder), str(tmp_path / "pipe.warc"), "--db", db_url,
                          "--workers", "1", "--no-progress"], capture_output=True, timeout=600)
    err = run.stderr.decode("utf-8")
    assert run.returncode == 1, err
    assert "Traceback" not in err and "\x1b" not in err
    assert f"error: {folder / SHOWN_NAME}: file is empty\n" in err
    assert f"error: {tmp_path / 'pipe.warc'}: not a regular file (a FIFO)" in err
    assert run.stdout.decode().startswith("1 stored, 0 skipped (already stored), 2 failed")


def test_analyze_reports_deep_json_and_bad_records_and_goes_on(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(deep_json() + b"\n" + b'{"text": "x\\udfff"}\n'
                     + json.dumps({"text": body(12)}).encode() + b"\n")
    result = CliRunner().invoke(main, ["analyze", str(path), "--json"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines() == [
        f"error: {path}:1: JSON nested too deeply to read (a record is one flat object)",
        f"error: {path}:2: 'text' contains a lone surrogate (\\udfff, not Unicode) at character 1",
        "2 input(s) failed."]
    analyses = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["text"] for a in analyses] == [body(12)]
