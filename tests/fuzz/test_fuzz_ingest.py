"""`ingest` end to end on hostile input mixed with good articles: every good article is stored
exactly once, every bad input is named in the `errors` table once, nothing raises; a rerun
stores nothing new and records nothing twice."""
from __future__ import annotations

import json
import os
import tempfile

from hostile_strategies import hostile_bytes, hostile_text
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from ingest_stories import generated_story
from newsgraph.ingest import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store
from newsgraph.store.schema import articles, errors
from thread_runner import ThreadRunner


def body(n: int) -> str:
    return generated_story(n).split("\n\n", 1)[1].strip("\n")


bad_record = st.one_of(
    hostile_text.map(lambda t: json.dumps({"text": t}).encode()),
    hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b'{"text": "x\\ud800"}', b'{"text": "\\u0000"}', b'{"a":' * 3000,
                     json.dumps({"text": "Ina Dorn said so.", "published": "2022-13-45"}).encode()]),
)


@given(st.lists(st.tuples(st.booleans(), bad_record), min_size=1, max_size=6),
       st.lists(hostile_bytes(b"Title\n\nIna Dorn said the ferry runs."), max_size=3), st.integers(1000, 5000))
@settings(max_examples=12)
def test_good_articles_are_stored_once_and_bad_ones_named(records, files, first):
    lines, good = [], []
    for keep_good, bad in records:
        if keep_good:
            number = first + len(good)
            lines.append(json.dumps({"text": body(number)}).encode())
            good.append(number)
        lines.append(bad.replace(b"\n", b" ").replace(b"\r", b" "))
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "in.jsonl"), "wb") as handle:
            handle.write(b"\n".join(lines) + b"\n")
        for i, data in enumerate(files):
            with open(os.path.join(folder, os.fsdecode(b"f%d\xff.txt" % i)), "wb") as handle:
                handle.write(data)
        db_url = f"sqlite:///{folder}/n.db"
        settings_ = Settings(db_url=db_url, workers=1, batch_size=3, article_seconds=30.0)
        first_run = ingest([folder], settings_, progress=False, runner=ThreadRunner())
        with Store.open(db_url, readonly=True) as store, store.connect() as conn:
            texts = [row[0] for row in conn.execute(select(articles.c.text, articles.c.source))]
            named = [row[0] for row in conn.execute(select(errors.c.source))]
        second_run = ingest([folder], settings_, progress=False, runner=ThreadRunner())
        with Store.open(db_url, readonly=True) as store, store.connect() as conn:
            named_again = [row[0] for row in conn.execute(select(errors.c.source))]
            stored_again = conn.execute(select(articles.c.id)).all()
    for number in good:  # each good article exactly once
        assert texts.count(body(number)) == 1
    assert first_run.failed == len(named) == len(set(named))  # each failure named once
    assert first_run.stored == len(texts)
    # every input (each non-blank line, each file) is stored, skipped as a duplicate or named
    assert first_run.done == len([line for line in lines if line.strip()]) + len(files)
    assert (second_run.stored, second_run.failed) == (0, first_run.failed)
    assert sorted(named_again) == sorted(named) and len(stored_again) == len(texts)
