"""Every source reader, fed hostile bytes: no exception escapes, every item is a document or an
error naming its input (printable: safe for a database and a terminal), and good records mixed in
come through."""
from __future__ import annotations

import gzip
import io
import json
import os
import tempfile

from hostile_strategies import hostile_bytes, hostile_text, mangled
from hypothesis import given
from hypothesis import strategies as st

from ingest_stories import generated_story, page_html, write_warc
from newsgraph.errors import InputError, printable
from newsgraph.model import RawDocument
from newsgraph.settings import Settings
from newsgraph.sources.expand import iter_sources
from newsgraph.sources.feeds import iter_feed
from newsgraph.sources.jsonl import iter_jsonl
from newsgraph.sources.warc import iter_warc

SETTINGS = Settings(max_bytes=200_000)
GOOD = [json.dumps({"id": f"g{n}", "text": generated_story(n)}).encode() for n in range(3)]


def check_items(items, allowed=(RawDocument, InputError)) -> None:
    for item in items:
        assert isinstance(item, allowed), item
        if isinstance(item, InputError):
            assert item.source == printable(item.source) and item.reason == printable(item.reason, 2000)
            assert item.source and item.reason


bad_line = st.one_of(
    hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    hostile_text.map(lambda t: json.dumps({"text": t}).encode()),
    hostile_text.map(lambda t: json.dumps({"html": t, "published": t[:12]}).encode()),
    st.sampled_from(["2022-13-45", "0000-00-00", "yesterday", 12, None, ["2024-01-01"]]).map(
        lambda p: json.dumps({"text": "Ina Dorn said so.", "published": p}).encode()),
    mangled(GOOD[0]),
    st.binary(max_size=300),
)


@given(st.lists(st.tuples(st.booleans(), bad_line), max_size=12))
def test_jsonl_good_records_survive_any_neighbours(lines):
    data, good_lines = [], []
    for keep_good, bad in lines:
        if keep_good:
            data.append(GOOD[len(good_lines) % 3])
            good_lines.append(len(data))
        data.append(bad.replace(b"\n", b" ").replace(b"\r", b" "))
    items = list(iter_jsonl(io.BytesIO(b"\n".join(data) + b"\n"), "f.jsonl", SETTINGS.max_bytes))
    check_items(items)
    documents = {item.source for item in items if isinstance(item, RawDocument)}
    assert {f"f.jsonl:{n}" for n in good_lines} <= documents
    assert all(item.source.startswith("f.jsonl:") for item in items)


SUFFIXES = [".txt", ".html", ".jsonl", ".txt.gz", ".html.gz", ".jsonl.gz", ".rss", ".atom", ".warc", ".warc.gz"]
FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><link>http://example.org/</link>"
        b"<description>d</description><item><title>A</title><description>&lt;p&gt;Ina Dorn said the ferry runs."
        b"&lt;/p&gt;</description><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item></channel></rss>")


@given(st.sampled_from(SUFFIXES), hostile_bytes(FEED + b"\n" + GOOD[0]), st.booleans())
def test_any_file_of_any_type_is_read_or_named(suffix, data, compress):
    with tempfile.TemporaryDirectory() as folder:
        name = os.path.join(folder, os.fsdecode(b"in\xff\x1b" + suffix.encode()))
        with open(name, "wb") as handle:
            handle.write(gzip.compress(data) if compress and suffix.endswith(".gz") else data)
        items = list(iter_sources([name, folder], SETTINGS))
    check_items(items)
    assert items and all("\x1b" not in item.source for item in items)


@given(hostile_bytes(FEED))
def test_feeds_never_raise(data):
    check_items(list(iter_feed(data, "f.rss")))


def _warc_bytes(gzipped: bool) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "a.warc")
        pages = [(f"https://a.example/{n}", page_html(f"Story {n}", "2024-03-05", [generated_story(n)]))
                 for n in range(2)]
        write_warc(path, pages, gzipped=gzipped)
        with open(path, "rb") as handle:
            return handle.read()


WARC = _warc_bytes(False)
WARC_GZ = _warc_bytes(True)


@given(st.one_of(mangled(WARC), mangled(WARC_GZ), st.binary(max_size=500)))
def test_web_archives_never_raise(data):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "x.warc")
        with open(path, "wb") as handle:
            handle.write(data)
        items = list(iter_warc(path, max_bytes=SETTINGS.max_bytes))
    check_items(items)
