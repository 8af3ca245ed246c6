"""The corpus teaches the knowledge base: a name coded with title and country in one stored article
codes the bare name in another, with provenance; the article's own text still wins.
Real ingest (worker processes), real SQLite and PostgreSQL. The stories are our own invention."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.analyze import analyze_doc
from newsgraph.cli import main
from newsgraph.ingest import ingest
from newsgraph.model import Article
from newsgraph.settings import Settings
from newsgraph.store import Store, actor_codings

pytestmark = pytest.mark.model

TEACHER = ("Ingrid Halvorsen, the Norwegian fisheries minister, said on Monday that the quota talks "
           "would resume in spring. The harbour board welcomed the news.")
LEARNER = "Halvorsen told reporters on Wednesday that the quota would not change this year."


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def halvorsen(url: str):
    with Store.open(url) as store:
        for analysis in store.iter_articles():
            if analysis.article.id == "learner":
                return next(a for a in analysis.actors if a.name == "Halvorsen")
    raise AssertionError("the second article was not stored")


def test_a_stored_article_teaches_a_later_one(tmp_path, db_url):
    settings = Settings(db_url=db_url, workers=1, batch_size=1)
    first = write_jsonl(tmp_path / "first.jsonl", [{"id": "teacher", "text": TEACHER, "published": "2024-03-04"}])
    ingest([first], settings, progress=False)
    second = write_jsonl(tmp_path / "second.jsonl", [{"id": "learner", "text": LEARNER, "published": "2024-03-06"}])
    ingest([second], settings, progress=False)

    actor = halvorsen(db_url)
    assert (actor.country, actor.sector) == ("NOR", "GOV")

    with Store.open(db_url) as store, store.connect() as conn:
        rows = {(r["name"], r["layer"], r["canonical"], r["country"], r["sector"], r["first_seen"], r["last_seen"])
                for r in actor_codings.all_rows(conn)}
    assert ("halvorsen", "corpus", "Ingrid Halvorsen", "NOR", "GOV", "2024-03-04", "2024-03-04") in rows

    looked = CliRunner().invoke(main, ["kb", "lookup", "Halvorsen", "--json", "--db", db_url])
    match = json.loads(looked.output)
    assert (match["layer"], match["canonical"], match["code"]) == ("corpus", "Ingrid Halvorsen", "NORGOV")
    assert match["source"].startswith("article ") and "2024-03-04..2024-03-04" in match["source"]


def test_a_bare_name_is_unknown_without_the_corpus():
    from newsgraph import nlp as loader

    doc = loader.load()(LEARNER)
    analysis = analyze_doc(doc, Article(id="x", text=LEARNER, published="2024-03-06"), Settings())
    actor = next(a for a in analysis.actors if a.name == "Halvorsen")
    assert (actor.country, actor.sector) == (None, None)


def test_the_article_text_wins_over_what_the_corpus_taught():
    from newsgraph import nlp as loader

    rows = (("halvorsen", "corpus", "Ingrid Halvorsen", "person", "NOR", "GOV", None, None, "article 1"),)
    text = "Halvorsen, the Danish ambassador, said the quota would not change."
    analysis = analyze_doc(loader.load()(text), Article(id="y", text=text, published="2024-03-06"),
                           Settings(actor_codings=rows))
    actor = next(a for a in analysis.actors if a.name == "Halvorsen")
    assert actor.country == "DNK"
