"""`newsgraph ingest` end to end: real spaCy in worker processes, real SQLite and PostgreSQL.

Idempotency (run twice, stored once), near-duplicate grouping, re-analysis, and every kind of bad
input recorded in the `errors` table while the rest is stored.
"""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, update

from ingest_stories import STORIES, generated_story, story_html, story_text, wire_copy, write_warc
from local_site import LocalSite, Route
from newsgraph import __version__
from newsgraph.ingest import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store
from newsgraph.store.schema import articles, errors, statements

pytestmark = pytest.mark.model


def settings_for(url: str, **overrides) -> Settings:
    values = dict(db_url=url, workers=1, batch_size=2, http_timeout=5.0)
    values.update(overrides)
    return Settings(**values)


def rows(url: str, query):
    with Store.open(url) as store, store.connect() as conn:
        return conn.execute(query).all()


def count(url: str, table) -> int:
    return rows(url, select(func.count()).select_from(table))[0][0]


@pytest.fixture
def news_folder(tmp_path):
    """Four stories (text and HTML), a wire copy of one of them, two JSONL records, an empty file."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "harbour.txt").write_text(story_text("harbour-dispute"))
    (folder / "harbour-wire.txt").write_text(wire_copy("harbour-dispute"))
    (folder / "rail.html").write_text(story_html("rail-strike"))
    (folder / "vaccine.txt").write_text(story_text("vaccine-deal"))
    (folder / "flood.html").write_text(story_html("flood-aid"))
    with open(folder / "council.jsonl", "w") as handle:
        for n in (1, 2):
            handle.write(json.dumps({"id": f"council-{n}", "text": generated_story(n),
                                     "published": f"2024-02-0{n}"}) + "\n")
    (folder / "empty.txt").write_text("")
    return folder


def test_folder_ingested_twice_stores_each_article_once(db_url, news_folder):
    settings = settings_for(db_url, workers=2)
    first = ingest([str(news_folder)], settings, progress=False)
    assert (first.stored, first.skipped, first.failed) == (7, 0, 1), first.errors
    assert first.errors == [(str(news_folder / "empty.txt"), "file is empty")]
    assert count(db_url, articles) == 7

    second = ingest([str(news_folder)], settings, progress=False)
    assert (second.stored, second.skipped, second.failed, second.duplicates) == (0, 7, 1, 0), second.errors
    assert count(db_url, articles) == 7
    assert rows(db_url, select(func.count(articles.c.content_hash.distinct())))[0][0] == 7
    # a failure is counted in every run but recorded once (errors is keyed by source)
    assert rows(db_url, select(errors.c.source, errors.c.reason).order_by(errors.c.id)) == [
        (str(news_folder / "empty.txt"), "file is empty")]


def test_same_article_in_one_run_is_stored_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    for name in ("a.txt", "b.txt", "c.txt"):  # three copies of one story under different names
        (tmp_path / name).write_text(story_text("rail-strike"))
    summary = ingest([str(tmp_path / "*.txt")], settings_for(url), progress=False)
    assert (summary.stored, summary.skipped, summary.failed) == (1, 2, 0)
    assert count(url, articles) == 1


def test_wire_copy_of_a_story_is_grouped_with_it(tmp_path, news_folder):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    summary = ingest([str(news_folder)], settings_for(url), progress=False)
    assert summary.duplicates == 1
    by_name = {source.rsplit("/", 1)[-1]: (article_id, cluster) for source, article_id, cluster
               in rows(url, select(articles.c.source, articles.c.id, articles.c.cluster_id))}
    first = min(by_name["harbour.txt"][0], by_name["harbour-wire.txt"][0])
    assert by_name["harbour.txt"][1] == by_name["harbour-wire.txt"][1] == first  # the first stored names it
    others = [v for name, v in by_name.items() if not name.startswith("harbour")]
    assert len(others) == 5 and all(article_id == cluster for article_id, cluster in others)


def test_wire_copy_arriving_on_a_later_day_joins_the_stored_story(tmp_path):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    (tmp_path / "day1").mkdir()
    (tmp_path / "day2").mkdir()
    (tmp_path / "day1" / "harbour.txt").write_text(story_text("harbour-dispute"))
    (tmp_path / "day2" / "wire.txt").write_text(wire_copy("harbour-dispute"))
    (tmp_path / "day2" / "rail.txt").write_text(story_text("rail-strike"))
    ingest([str(tmp_path / "day1")], settings_for(url), progress=False)
    later = ingest([str(tmp_path / "day2")], settings_for(url), progress=False)
    assert (later.stored, later.duplicates) == (2, 1)
    clusters = dict(rows(url, select(articles.c.id, articles.c.cluster_id)))
    # ids follow the order of storing: harbour (day 1), then rail.txt and wire.txt (one batch, in name order)
    assert clusters == {1: 1, 2: 2, 3: 1}


def test_reanalyze_replaces_rows_and_records_the_version(tmp_path, news_folder):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    ingest([str(news_folder)], settings_for(url), progress=False)
    before = rows(url, select(articles.c.id, articles.c.content_hash, articles.c.cluster_id).order_by(articles.c.id))
    statements_before = count(url, statements)
    with Store.open(url) as store, store.engine.begin() as conn:  # as if an older newsgraph had stored them
        conn.execute(update(articles).values(newsgraph_version="0.0.1"))

    summary = ingest([], settings_for(url), reanalyze=True, progress=False)
    assert (summary.stored, summary.reanalyzed, summary.skipped, summary.failed) == (0, 7, 0, 0)
    assert rows(url, select(articles.c.id, articles.c.content_hash, articles.c.cluster_id)
                .order_by(articles.c.id)) == before
    assert {v for (v,) in rows(url, select(articles.c.newsgraph_version))} == {__version__}
    assert count(url, statements) == statements_before  # same code, same text: same statements


def test_reanalyze_with_sources_redoes_those_and_stores_new_ones(tmp_path, news_folder):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    ingest([str(news_folder / "harbour.txt")], settings_for(url), progress=False)
    summary = ingest([str(news_folder / "harbour.txt"), str(news_folder / "rail.html")], settings_for(url),
                     reanalyze=True, progress=False)
    assert (summary.stored, summary.reanalyzed, summary.skipped) == (1, 1, 0)
    assert count(url, articles) == 2


def test_web_sources_and_bad_inputs_are_recorded_while_the_rest_is_stored(tmp_path):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("http://news.example/bridge", story_html("bridge-tolls")),
                      ("http://news.example/museum", story_html("museum-theft"))], gzipped=True, corrupt_after=1)
    with LocalSite() as site:
        harbour = site.add("/harbour", Route(story_html("harbour-dispute").encode()))
        rail = site.add("/rail", Route(story_html("rail-strike").encode()))
        flood = site.add("/flood", Route(story_html("flood-aid").encode()))
        title, published, paragraphs = STORIES["vaccine-deal"]
        inline = "".join(f"&lt;p&gt;{p.replace(chr(34), '&quot;')}&lt;/p&gt;" for p in paragraphs)
        rss = site.add("/rss", Route(
            ("<?xml version='1.0'?><rss version='2.0'><channel><title>Courier</title>"
             f"<item><title>Quay</title><link>{harbour}</link></item>"
             f"<item><title>Gone</title><link>{site.url('/gone')}</link></item>"
             "</channel></rss>").encode(), content_type="application/rss+xml"))
        atom = site.add("/atom", Route(
            ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>V</title><id>urn:v</id>"
             f"<entry><title>Rail</title><id>urn:v:1</id><link href='{rail}'/>"
             "<updated>2024-04-11T08:00:00Z</updated></entry>"
             f"<entry><title>{title}</title><id>urn:v:2</id><updated>{published}T08:00:00Z</updated>"
             f"<content type='html'>{inline}</content></entry></feed>").encode(),
            content_type="application/atom+xml"))
        bad = site.add("/bad-feed", Route(b"<?xml version='1.0'?>\n<<<not xml at all>>>",
                                          content_type="application/rss+xml"))
        summary = ingest([rss, atom, flood, bad, str(warc)], settings_for(url, workers=2), progress=False)

    assert (summary.stored, summary.failed, summary.skipped) == (6, 3, 0), summary.errors
    stored = rows(url, select(articles.c.url, articles.c.title, articles.c.published).order_by(articles.c.url))
    assert [u for u, _, _ in stored] == sorted(
        [harbour, rail, flood, None, "http://news.example/bridge", "http://news.example/museum"],
        key=lambda u: (u is not None, u or ""))
    assert (None, title, published) in stored  # the Atom entry that carried its own text
    failures = rows(url, select(errors.c.source, errors.c.reason).order_by(errors.c.id))
    assert failures[0] == (site.url("/gone"), "HTTP 404 Not Found")
    assert failures[1] == (bad, "not a readable RSS/Atom feed (<unknown>:2:1: not well-formed (invalid token))")
    assert failures[2][0].startswith(f"warc:{warc}#") and failures[2][1].startswith("corrupt WARC record")


def test_stored_page_urls_are_not_fetched_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    with LocalSite() as site:
        page = site.add("/flood", Route(story_html("flood-aid").encode()))
        assert ingest([page], settings_for(url), progress=False).stored == 1
        again = ingest([page], settings_for(url), progress=False)
        assert (again.stored, again.skipped) == (0, 1)
        assert [path for path, _ in site.requests] == ["/flood"]


def test_dask_runner_runs_the_same_work(tmp_path, news_folder):
    from newsgraph.batch.dask import DaskRunner

    url = f"sqlite:///{tmp_path / 'n.db'}"
    settings = settings_for(url, workers=1)
    with DaskRunner(settings) as runner:
        summary = ingest([str(news_folder)], settings, progress=False, runner=runner)
    assert (summary.stored, summary.failed, summary.duplicates) == (7, 1, 1), summary.errors
    assert count(url, articles) == 7


def test_command_prints_the_summary_and_failures_and_exits_1(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import main

    url = f"sqlite:///{tmp_path / 'n.db'}"
    (tmp_path / "flood.txt").write_text(story_text("flood-aid"))
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "flood.txt"), str(tmp_path / "empty.txt"),
                                       "--db", url, "--workers", "1", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"error: {tmp_path / 'empty.txt'}: file is empty\n"
    assert result.stdout.startswith("1 stored, 0 skipped (already stored), 1 failed, 0 near-duplicates grouped in ")
    assert result.stdout.rstrip().endswith("1 worker)")
