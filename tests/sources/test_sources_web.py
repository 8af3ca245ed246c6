"""Sources beyond plain files: HTTP(S) pages, RSS/Atom feeds, web archives, and SOURCE dispatch.

Every network test talks to a real HTTP server on 127.0.0.1 (``local_site``), never the internet.
"""
from __future__ import annotations

import pytest

from ingest_stories import CORRUPT_RECORD, story_html, story_text, write_warc
from local_site import LocalSite, Route
from newsgraph.errors import InputError
from newsgraph.model import RawDocument
from newsgraph.settings import Settings
from newsgraph.sources import http
from newsgraph.sources.expand import iter_sources
from newsgraph.sources.feeds import iter_feed
from newsgraph.sources.skipped import AlreadyStored
from newsgraph.sources.warc import iter_warc

SETTINGS = Settings(http_timeout=2.0, max_bytes=200_000, allow_private=True, user_agent="newsgraph-test/1.0 (+tests)")


@pytest.fixture
def site():
    with LocalSite() as running:
        yield running


def rss(items: list[str]) -> bytes:
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Courier</title>"
            "<link>http://127.0.0.1/</link><description>News</description>"
            + "".join(items) + "</channel></rss>").encode()


def rss_item(title: str, link: str | None = None, description: str | None = None,
             date: str = "Tue, 05 Mar 2024 09:00:00 GMT") -> str:
    parts = [f"<title>{title}</title>", f"<pubDate>{date}</pubDate>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if description:
        parts.append(f"<description><![CDATA[{description}]]></description>")
    return "<item>" + "".join(parts) + "</item>"


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley feed</title><id>urn:valley</id>
<updated>2024-06-02T10:00:00Z</updated>
<entry><title>Volunteers deliver aid</title><id>urn:valley:1</id><link href="{link}"/>
<published>2024-06-02T09:00:00Z</published><updated>2024-06-02T09:30:00Z</updated></entry>
<entry><title>Inline story</title><id>urn:valley:2</id><updated>2024-06-01T09:00:00Z</updated>
<content type="html">&lt;p&gt;The whole story is in the feed.&lt;/p&gt;</content></entry>
</feed>"""


def kinds(items) -> list[str]:
    return [type(i).__name__ for i in items]


# -- HTTP ---------------------------------------------------------------------------------------

def test_fetch_article_follows_redirects_and_says_who_asks(site):
    page = site.add("/story", Route(story_html("rail-strike").encode()))
    site.add("/old", Route(status=301, headers={"Location": "/story"}))
    document = http.fetch_article(site.url("/old"), SETTINGS)
    assert document.kind == "html"
    assert document.url == page  # where the article really is, after the redirect
    assert document.source == site.url("/old")  # what the user asked for
    assert "Train drivers in the province of Kessar" in document.content
    assert [path for path, _ in site.requests] == ["/old", "/story"]
    assert {headers["User-Agent"] for _, headers in site.requests} == {"newsgraph-test/1.0 (+tests)"}


def test_http_error_status_is_an_input_error_naming_the_url(site):
    with pytest.raises(InputError) as caught:
        http.fetch_article(site.url("/missing"), SETTINGS)
    assert caught.value.source == site.url("/missing")
    assert caught.value.reason == "HTTP 404 Not Found"


def test_non_html_response_is_refused(site):
    site.add("/report.pdf", Route(b"%PDF-1.7 ...", content_type="application/pdf"))
    with pytest.raises(InputError) as caught:
        http.fetch_article(site.url("/report.pdf"), SETTINGS)
    assert caught.value.reason == "not an HTML page (content type application/pdf)"


def test_body_over_the_size_limit_is_refused(site):
    site.add("/huge", Route(b"<p>" + b"x" * 300_000 + b"</p>"))
    with pytest.raises(InputError) as caught:
        http.fetch_article(site.url("/huge"), SETTINGS)
    assert caught.value.reason == "too large: 300007 bytes (limit 200000)"


def test_slow_server_times_out(site):
    site.add("/slow", Route(b"<p>late</p>", delay=2.0))
    with pytest.raises(InputError) as caught:
        http.fetch_article(site.url("/slow"), Settings(http_timeout=0.3, allow_private=True))
    assert caught.value.reason == "timed out after 0.3 s"


def test_refused_connection_is_an_input_error():
    with LocalSite() as gone:
        url = gone.url("/x")
    with pytest.raises(InputError) as caught:
        http.fetch_article(url, SETTINGS)
    assert caught.value.reason.startswith("could not fetch: ConnectError")


def test_declared_charset_decodes_the_page(site):
    site.add("/latin", Route("<p>Zürich café</p>".encode("latin-1"), content_type="text/html; charset=ISO-8859-1"))
    assert http.fetch_article(site.url("/latin"), SETTINGS).content == "<p>Zürich café</p>"


# -- feeds --------------------------------------------------------------------------------------

def test_rss_entries_are_fetched_with_the_feed_title_and_date(site):
    link = site.add("/a", Route(story_html("harbour-dispute").encode()))
    data = rss([rss_item("Quay stays closed", link),
                rss_item("Inline only", description="<p>Short inline story.</p>", date="Wed, 06 Mar 2024 10:00:00 GMT")])
    items = list(iter_feed(data, "feed.rss", lambda url, t, p: http.fetch_article(url, SETTINGS, title=t, published=p)))
    assert kinds(items) == ["RawDocument", "RawDocument"]
    fetched, inline = items
    assert (fetched.url, fetched.title, fetched.published) == (link, "Quay stays closed", "2024-03-05")
    assert "Ilse Marrow" in fetched.content
    assert (inline.source, inline.content, inline.published, inline.url) == (
        "feed.rss#entry2", "<p>Short inline story.</p>", "2024-03-06", None)


def test_atom_entry_links_and_inline_content(site):
    link = site.add("/aid", Route(story_html("flood-aid").encode()))
    data = ATOM.format(link=link).encode()
    items = list(iter_feed(data, "valley.atom", lambda url, t, p: http.fetch_article(url, SETTINGS, title=t, published=p)))
    assert kinds(items) == ["RawDocument", "RawDocument"]
    assert (items[0].url, items[0].published) == (link, "2024-06-02")
    assert items[1].content == "<p>The whole story is in the feed.</p>"
    assert items[1].published == "2024-06-01"


def test_failed_entry_link_is_an_error_and_the_rest_goes_on(site):
    good = site.add("/good", Route(story_html("rail-strike").encode()))
    data = rss([rss_item("Gone", site.url("/gone")), rss_item("Good", good)])
    items = list(iter_feed(data, "f.rss", lambda url, t, p: http.fetch_article(url, SETTINGS)))
    assert kinds(items) == ["InputError", "RawDocument"]
    assert (items[0].source, items[0].reason) == (site.url("/gone"), "HTTP 404 Not Found")


def test_stored_entry_links_are_not_fetched(site):
    stored = site.add("/stored", Route(story_html("rail-strike").encode()))
    fresh = site.add("/fresh", Route(story_html("flood-aid").encode()))
    data = rss([rss_item("Old", stored), rss_item("New", fresh)])
    items = list(iter_feed(data, "f.rss", lambda url, t, p: http.fetch_article(url, SETTINGS),
                           known_url=lambda url: url == stored))
    assert items[0] == AlreadyStored(stored)
    assert items[1].url == fresh
    assert [path for path, _ in site.requests] == ["/fresh"]


def test_entry_pages_fetched_ahead_in_threads_keep_the_feed_order(site):
    from concurrent.futures import ThreadPoolExecutor

    links = []
    for n in range(10):  # the early pages answer last: order must not follow completion
        if n % 3 == 2:
            links.append(site.url(f"/missing{n}"))
        else:
            links.append(site.add(f"/p{n}", Route(story_html("rail-strike").encode(), delay=0.05 * (10 - n))))
    data = rss([rss_item(f"Entry {n}", link) for n, link in enumerate(links)])
    with ThreadPoolExecutor(4) as pool:
        items = list(iter_feed(data, "f.rss", lambda url, t, p: http.fetch_article(url, SETTINGS, title=t),
                               executor=pool, lookahead=5))
    assert [i.source for i in items] == links
    assert [type(i).__name__ for i in items] == ["InputError" if n % 3 == 2 else "RawDocument" for n in range(10)]
    assert [i.title for i in items if isinstance(i, RawDocument)] == [f"Entry {n}" for n in range(10) if n % 3 != 2]


def test_bad_feed_xml_is_one_error():
    items = list(iter_feed(b"<html><body>this is not a feed</body>", "broken.rss"))
    assert kinds(items) == ["InputError"]
    assert items[0].source == "broken.rss"
    assert items[0].reason.startswith("not a readable RSS/Atom feed")


def test_truncated_feed_reports_the_damage_and_keeps_recovered_entries():
    data = rss([rss_item("One", description="<p>First story text.</p>")])[:-len("</channel></rss>")]
    items = list(iter_feed(data, "cut.rss"))
    assert kinds(items) == ["InputError", "RawDocument"]
    assert items[0].reason.startswith("malformed feed XML")
    assert items[0].reason.endswith("1 entries recovered")


def test_entry_without_link_or_content_is_an_error():
    items = list(iter_feed(rss([rss_item("Empty")]), "e.rss"))
    assert [(i.source, i.reason) for i in items] == [
        ("e.rss#entry1", "feed entry has neither a link to fetch nor any content")]


# -- web archives -------------------------------------------------------------------------------

PAGES = [(f"http://news.example/{key}", story_html(key))
         for key in ("harbour-dispute", "rail-strike", "vaccine-deal", "flood-aid")]


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_warc_pages_are_read_and_a_corrupt_record_costs_only_itself(tmp_path, gzipped):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, PAGES, gzipped=gzipped, corrupt_after=1)
    items = list(iter_warc(str(path)))
    assert kinds(items) == ["RawDocument", "InputError", "RawDocument", "RawDocument", "RawDocument"]
    assert [i.url for i in items if isinstance(i, RawDocument)] == [url for url, _ in PAGES]
    assert [i.content for i in items if isinstance(i, RawDocument)] == [page for _, page in PAGES]
    assert all(i.kind == "html" for i in items if isinstance(i, RawDocument))
    error = items[1]
    assert error.source.startswith(f"warc:{path}#")
    assert error.reason.startswith("corrupt WARC record")
    offset = int(error.source.rsplit("#", 1)[1])
    damaged = CORRUPT_RECORD[:40]
    if not gzipped:  # offsets point at the records themselves, the damaged one included
        data = path.read_bytes()
        assert data[offset:offset + 40] == damaged
        for item in items:
            if isinstance(item, RawDocument):
                start = int(item.source.rsplit("#", 1)[1])
                assert data[start:start + 60].decode().startswith("WARC/1.0\r\nWARC-Type: response")


def test_warc_skips_stored_urls_before_reading_them(tmp_path):
    path = tmp_path / "c.warc.gz"
    write_warc(path, PAGES[:2], gzipped=True)
    items = list(iter_warc(str(path), known_url=lambda url: url == PAGES[0][0]))
    assert items[0] == AlreadyStored(PAGES[0][0])
    assert items[1].url == PAGES[1][0]


def test_warc_garbage_file_is_one_error(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not an archive at all\n" * 10)
    items = list(iter_warc(str(path)))
    assert kinds(items) == ["InputError"]
    assert items[0].source == f"warc:{path}#0"


# -- SOURCE dispatch ----------------------------------------------------------------------------

def test_folder_glob_and_url_sources_each_reach_their_reader(tmp_path, site):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(story_text("harbour-dispute"))
    (folder / "sub" / "b.html").write_text(story_html("rail-strike"))
    (folder / "notes.md").write_text("not news")  # skipped in folders
    (folder / ".hidden.txt").write_text("skipped")
    write_warc(folder / "c.warc.gz", PAGES[2:3], gzipped=True)
    (folder / "d.rss").write_bytes(rss([rss_item("Inline", description="<p>Feed story.</p>")]))
    page = site.add("/page", Route(story_html("flood-aid").encode()))
    feed = site.add("/feed", Route(rss([rss_item("Linked", page)]), content_type="application/rss+xml"))

    items = list(iter_sources([str(folder), str(tmp_path / "news" / "*.txt"), page, feed,
                               str(tmp_path / "nothing*.txt"), str(tmp_path / "absent.txt")], SETTINGS))
    sources = [i.source for i in items]
    warc_source = sources[1]
    assert warc_source.startswith(f"warc:{folder / 'c.warc.gz'}#")
    assert sources == [
        str(folder / "a.txt"), warc_source, str(folder / "d.rss") + "#entry1",
        str(folder / "sub" / "b.html"), str(folder / "a.txt"), page, page,
        str(tmp_path / "nothing*.txt"), str(tmp_path / "absent.txt")]
    assert kinds(items) == ["RawDocument"] * 7 + ["InputError"] * 2
    assert items[1].url == PAGES[2][0]
    assert (items[5].url, items[6].url, items[6].title) == (page, page, "Linked")
    assert (items[7].reason, items[8].reason) == ("no file matches this pattern", "no such file, folder or URL")


def test_stored_url_source_is_not_fetched(site):
    page = site.add("/page", Route(story_html("flood-aid").encode()))
    items = list(iter_sources([page], SETTINGS, known_url=lambda url: True))
    assert items == [AlreadyStored(page)]
    assert site.requests == []
