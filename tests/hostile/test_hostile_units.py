"""Hostile input, part by part: names, encodings, texts, the time budget, the tokenizer, fetching
(private addresses, feeds), and the web's 414 and security headers."""
from __future__ import annotations

import codecs
import os
import re
import threading
import time

import pytest

import newsgraph
from local_site import LocalSite, Route
from newsgraph.batch.budget import OverTime, within
from newsgraph.errors import InputError, printable
from newsgraph.extract.encoding import UndecodableText, decode_html, decode_text
from newsgraph.extract.text import split_title, text_parts, unusable
from newsgraph.model import Article
from newsgraph.nlp.tokens import LONGEST, BoundedTokenizer
from newsgraph.pipeline import ArticleFailed, Pipeline
from newsgraph.settings import Settings
from newsgraph.sources import http
from newsgraph.sources.expand import iter_sources
from newsgraph.sources.files import iter_documents
from newsgraph.sources.jsonl import normalise_published

# -- names ----------------------------------------------------------------------------------------


def test_names_are_stored_and_printed_escaped():
    name = os.fsdecode(b"/news/caf\xe9\x1b[2J\n.txt")
    assert printable(name) == "/news/caf\\xe9\\x1b[2J\\x0a.txt"
    assert printable("a\u202eb\ud800") == "a\\u202eb\\ud800"  # bidi override, lone surrogate
    assert printable("x" * 600) == "x" * 499 + "…"
    error = InputError(name, "bad\x07")
    assert (error.source, error.reason) == ("/news/caf\\xe9\\x1b[2J\\x0a.txt", "bad\\x07")
    assert printable("Zürich, 東京 – fine") == "Zürich, 東京 – fine"


# -- encodings and texts --------------------------------------------------------------------------


def test_utf32_with_bom_is_utf32_not_utf16():
    text = "Grüße aus Köln, said Lena Ott."
    assert decode_text(codecs.BOM_UTF32_LE + text.encode("utf-32-le")) == text
    assert decode_text(codecs.BOM_UTF32_BE + text.encode("utf-32-be")) == text
    assert decode_html(codecs.BOM_UTF16_LE + "<p>é</p>".encode("utf-16-le")) == "<p>é</p>"


def test_damaged_utf8_is_refused_not_read_as_cp1252():
    with pytest.raises(UndecodableText, match=r"invalid UTF-8 at byte 13 \(the text before it is UTF-8"):
        decode_text("Café au lait ".encode()[:13] + b"\xff rest")
    with pytest.raises(UndecodableText, match="invalid UTF-8 at byte 12"):
        decode_html("<p>Café</p>".encode() + b"\xc3")
    # A page that says what it is, and old cp1252 text without UTF-8 in it, are still read.
    assert decode_html(b'<meta charset="iso-8859-1"><p>caf\xc3\xa9 \xe9</p>') == \
        '<meta charset="iso-8859-1"><p>cafÃ© é</p>'
    assert decode_text(b"caf\xe9 cr\xe8me") == "café crème"


def test_unusable_texts_are_named():
    assert unusable("\x00" * 10) == "the text contains a NUL character at character 0"
    assert unusable("ok \udc80") == "the text contains a lone surrogate (U+DC80, not Unicode) at character 3"
    assert unusable("\u200b \x01\n") == "the text is empty (only spaces or control characters)"
    assert unusable("") == "the text is empty"
    assert unusable("Mira Sol said so.") is None


def test_dates_that_do_not_exist_are_refused():
    assert normalise_published("2024-02-29T10:00:00Z") == "2024-02-29"
    for value in ("2022-13-45", "0000-00-00", "2023-02-29"):
        with pytest.raises(ValueError, match=f"not a real date: '{value}'"):
            normalise_published(value)


def test_a_megabyte_of_blank_lines_after_a_title_is_one_pass():
    lines = ["Harbour reopens"] + [""] * 1_000_000 + ["The harbour reopened on Monday."]
    assert split_title(lines) == ("Harbour reopens", ["The harbour reopened on Monday."])
    parts = text_parts("\n" * 500_000 + "Harbour reopens\n" + "\n" * 1_000_000 + "Body.\n" + "\n" * 500_000)
    assert (parts.title, parts.text) == ("Harbour reopens", "Body.")


# -- sources ----------------------------------------------------------------------------------------


def test_only_regular_files_are_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    os.symlink("/dev/zero", tmp_path / "zero.warc")
    items = list(iter_sources([str(tmp_path / n) for n in ("pipe.jsonl", "zero.txt", "zero.warc")], Settings()))
    assert [(i.source, i.reason.split(";")[0]) for i in items] == [
        (str(tmp_path / "pipe.jsonl"), "not a regular file or directory"),
        (str(tmp_path / "zero.txt"), "not a regular file or directory"),
        (str(tmp_path / "zero.warc"), "not a regular file (a device)")]


def test_a_web_archive_without_an_html_page_is_named(tmp_path):
    """Found by the fuzz suite: warcio reads a few blanks and a NUL as an empty old-style ARC record;
    the archive holds no page, and it is said so instead of passing in silence."""
    (tmp_path / "blank.warc").write_bytes(b"    \x00")
    items = list(iter_sources([str(tmp_path / "blank.warc")], Settings()))
    assert [(i.source, i.reason) for i in items] == [
        (str(tmp_path / "blank.warc"), "no HTML page in this web archive (1 record)")]


def test_a_gzip_bomb_stops_at_the_inflate_cap(tmp_path):
    import gzip
    import json

    record = json.dumps({"text": "Nora Lind said the ferry would run again on Friday."}).encode()
    (tmp_path / "many.jsonl.gz").write_bytes(gzip.compress((record + b"\n") * 200_000, 9))
    settings = Settings(max_bytes=100_000, max_inflate_ratio=10)
    items = list(iter_documents([tmp_path / "many.jsonl.gz"], settings))
    size = (tmp_path / "many.jsonl.gz").stat().st_size
    assert isinstance(items[-1], InputError)
    assert items[-1].reason.startswith(f"it decompresses to more than {max(100_000, 10 * size):,} bytes")
    assert 0 < len(items) - 1 < 200_000 and all(not isinstance(i, InputError) for i in items[:-1])


# -- time budget and tokenizer ---------------------------------------------------------------------


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_the_budget_stops_work_in_the_main_thread_and_in_others():
    with pytest.raises(OverTime):
        with within(0.2):
            _spin(5)
    caught = []

    def in_a_thread():  # Dask runs work in threads: a watchdog raises there
        try:
            with within(0.2):
                _spin(5)
        except OverTime as exc:
            caught.append(exc.seconds)

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join(10)
    assert caught == [0.2]
    with within(5):  # work within its budget is untouched, and nothing fires afterwards
        _spin(0.05)
    _spin(0.1)


def test_long_chunks_are_tokenized_in_pieces_with_the_text_unchanged(seed_pipeline_settings=None):
    nlp = Pipeline(Settings()).nlp
    assert isinstance(nlp.tokenizer, BoundedTokenizer)
    text = 'Ina Dorn said "' + '"' * 100_000 + '" and left. ' + "x" * (LONGEST - 1) + " end"
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert len(doc) > 100_000
    assert max(len(token) for token in doc) == LONGEST - 1
    short = "Ina Dorn said \"yes\" (twice)."
    assert [t.text for t in nlp.tokenizer(short)] == [t.text for t in nlp.tokenizer.base(short)]


def test_an_article_over_its_budget_fails_alone():
    slow = Article(text="Ina Dorn said " + '"' * 60_000, source="slow")
    good = Article(text="Ina Dorn, the harbour master, said on Monday that the ferry would run.", source="good")
    failures = []
    pipeline = Pipeline(Settings(article_seconds=1.0))
    pipeline.analyze(good)  # tables loaded before the budget applies (as the workers' warm-up does)
    analyses = list(pipeline.run([slow, good, Article(text="\x00", source="nul")],
                                 on_error=lambda a, e: failures.append((a.source, str(e)))))
    assert [a.article.source for a in analyses] == ["good"]
    assert failures == [
        ("nul", "the text contains a NUL character at character 0"),
        ("slow", "parse took longer than the budget of 1 s an article (settings.article_seconds)")]


def _speakers(units: int) -> list[str]:
    """Invented names, each with a surname of its own: "Ina Bakenson", "Tomas Cakenson", ..."""
    given = ("Ina", "Tomas", "Mira", "Olek", "Sanna", "Jarl")
    return [f"{given[i % 6]} {'BCDFGHKLMPRSTVZ'[i % 15]}{'aeiou'[i // 15 % 5]}{'klmnrst'[i // 75 % 7]}enson"
            for i in range(units)]


# Texts without a sentence boundary (or with very many names) that made the analysis quadratic or
# worse (benchmarks/hostile_speed.py): before the sentence cap and the per-story lookups they took
# 34 s, 19 s, 24 s and 13 s to analyse after a parse of under a second; each now gets the pipeline's
# usual budget, as the fuzz suite does, and must come back analysed.
QUADRATIC_BEFORE = {
    "controls": "".join(f"{chr(1 + i % 6)} Lind said [ " for i in range(1500)),
    "name-colons": "Name: " * 1500,
    "speech-chain": "Name says " * 1500,
    "many-speakers": " ".join(f"{name} said he would meet the minister in Aldmere on Monday."
                              for name in _speakers(500)),
}


def test_texts_without_sentence_boundaries_or_with_many_speakers_are_analysed():
    from newsgraph.nlp.sentences import LONGEST

    pipeline = Pipeline(Settings(article_seconds=60.0))
    pipeline.analyze(Article(text="Ina Dorn said so."))  # tables loaded before the budget applies
    articles = [Article(text=text, source=name, id=name) for name, text in QUADRATIC_BEFORE.items()]
    failures = []
    analyses = {a.article.source: a for a in pipeline.run(articles, on_error=lambda a, e: failures.append(a.source))}
    assert failures == [] and sorted(analyses) == sorted(QUADRATIC_BEFORE)
    for name, text in QUADRATIC_BEFORE.items():
        assert max(len(s) for s in pipeline.nlp(text).sents) <= LONGEST
        found = analyses[name]
        for statement in found.statements:
            for span in [statement.source, statement.cue, *statement.content]:
                assert span is None or text[span.start:span.end] == span.text
    assert analyses["name-colons"].statements == [] and analyses["name-colons"].actors == []
    chain = analyses["speech-chain"].statements
    assert chain and {(s.source.text, s.cue.text) for s in chain} == {("Name", "says")}
    assert len({s.speaker for s in chain}) == 1
    controls = analyses["controls"].statements
    assert controls and {s.cue.text for s in controls} == {"said"}
    speakers = analyses["many-speakers"]
    assert [s.source.text for s in speakers.statements] == _speakers(500)
    assert {c.text for s in speakers.statements for c in s.content} == {"he would meet the minister in Aldmere on Monday"}
    # each speaker an actor of their own, named by the name (or, where the tagger took the given
    # name for something else, by the surname) of their sentence
    by_id = {a.id: a.name for a in speakers.actors}
    assert len({s.speaker for s in speakers.statements}) == 500
    assert all(s.speaker in by_id and s.source.text.endswith(by_id[s.speaker]) for s in speakers.statements)


# -- fetching ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "192.168.0.9", "[::1]",
                                     "[fd00::1]", "[::ffff:127.0.0.1]", "0.0.0.0", "localhost"])
def test_private_addresses_are_recognised(address):
    assert http.private_address(f"http://{address}:8080/x") is not None


def test_public_addresses_pass():
    assert http.private_address("http://8.8.8.8/") is None
    assert http.private_address("https://[2606:4700::1111]/") is None


@pytest.fixture
def two_sites():
    with LocalSite() as first, LocalSite() as second:
        yield first, second


def test_feed_entries_and_redirects_to_private_hosts_are_refused(two_sites, tmp_path):
    site, other = two_sites
    page = "<html><body><article><p>Ina Dorn said the ferry would run again on Friday, the first time since May.</p>" \
           "</article></body></html>"
    same = site.add("/story", Route(page.encode()))
    elsewhere = other.add("/admin", Route(page.encode()))
    hop = site.add("/hop", Route(b"", status=302, headers={"Location": elsewhere}))
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><link>http://example.org/</link>"
            "<description>d</description>"
            + "".join(f"<item><title>{n}</title><link>{u}</link></item>" for n, u in
                      (("same", same), ("elsewhere", elsewhere), ("hop", hop)))
            + "</channel></rss>").encode()
    feed_url = site.add("/feed", Route(feed, content_type="application/rss+xml"))
    (tmp_path / "feed.rss").write_bytes(feed)

    # A feed the user typed on their own network: its entries on that same host are read; those
    # elsewhere, and redirects elsewhere, are not, and the refused host is never contacted.
    items = list(iter_sources([feed_url], Settings()))
    assert [getattr(i, "url", None) or i.source for i in items] == [same, elsewhere, hop]
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "InputError"]
    assert items[1].reason.startswith("refused: the address 127.0.0.1 is not public")
    assert items[2].reason.startswith(f"refused: the address 127.0.0.1 (redirected to {elsewhere}) is not public")
    assert other.requests == []
    # A feed file's entries may not go to private addresses at all.
    items = list(iter_sources([str(tmp_path / "feed.rss")], Settings()))
    assert all(isinstance(i, InputError) and i.reason.startswith("refused:") for i in items)
    assert other.requests == []
    # --allow-private lets them through
    items = list(iter_sources([str(tmp_path / "feed.rss")], Settings(allow_private=True)))
    assert [i.url for i in items] == [same, elsewhere, elsewhere]


def test_a_trickling_server_is_cut_at_the_fetch_limit(two_sites):
    site, _ = two_sites
    url = site.add("/slow", Route(b"<p>late</p>", delay=3.0))
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out"):
        http.fetch(url, Settings(http_timeout=0.5, allow_private=True))
    assert time.monotonic() - started < 3.0


def test_plain_text_feed_entries_are_text_articles():
    from newsgraph.sources.feeds import iter_feed

    feed = (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>V</title><id>urn:v</id>"
            b"<updated>2024-03-05T00:00:00Z</updated><entry><title>Ferry</title><id>urn:e1</id>"
            b"<updated>2024-03-05T00:00:00Z</updated><content type='text'>Ina Dorn said the ferry runs.\n\n"
            b"It stops at Aldmere.</content></entry></feed>")
    (item,) = list(iter_feed(feed, "v.atom"))
    assert (item.kind, item.content) == ("text", "Ina Dorn said the ferry runs.\n\nIt stops at Aldmere.")


# -- web --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def web_url(tmp_path_factory):
    from newsgraph.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'w.db'}"
    Store.open(url).close()
    return url


@pytest.fixture(scope="module")
def web(web_url):
    from starlette.testclient import TestClient

    from newsgraph.web.app import create_app

    app = create_app(web_url)
    yield TestClient(app, raise_server_exceptions=False)
    app.state.store.close()


def _answer_to(port: int, request: bytes) -> bytes:
    """The server's answer to ``request``, read while the request is still being sent: the server answers
    an over-long request and closes with the rest of it unread, so the kernel may reset the connection
    after the answer (the sender then fails and a late reader loses the answer); a reset after the
    answer has arrived ends the reading."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        def send() -> None:
            try:
                connection.sendall(request)
            except OSError:  # the server closed before reading it all: expected
                pass

        sender = threading.Thread(target=send, daemon=True)
        sender.start()
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
        sender.join(10)
    return answer


def test_over_long_requests_get_414_from_the_real_server(web_url):
    import socket

    import uvicorn

    from newsgraph.web.app import create_app

    app = create_app(web_url)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 15
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        for path in (b"/search", b"/api/search"):
            # 12 kB: past the app's 8 kB limit, inside h11's 16 kB for a request line still arriving
            answer = _answer_to(port, b"GET " + path + b"?q=" + b"a" * 12_000 + b" HTTP/1.1\r\nHost: x\r\n"
                                b"Connection: close\r\n\r\n")
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 414 "), head
            assert b"x-frame-options: DENY" in head.lower().replace(b"deny", b"DENY")
            assert b"address is too long (12,0" in body
            # 100 kB: the app's 414 when the whole line arrives at once, h11's 400 when it comes in pieces
            # longer than 16 kB; either way refused, and the server goes on answering
            answer = _answer_to(port, b"GET " + path + b"?q=" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n"
                                b"Connection: close\r\n\r\n")
            assert answer.startswith((b"HTTP/1.1 414 ", b"HTTP/1.1 400 ")), answer[:200]
        assert _answer_to(port, b"GET /api/search?q=a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                          ).startswith(b"HTTP/1.1 200 ")
    finally:
        server.should_exit = True
        thread.join(10)
        app.state.store.close()


def test_addresses_within_the_limit_are_answered(web):
    assert web.get("/?utm=" + "a" * 7000).status_code == 200
    assert web.get("/api/search?q=" + "a" * 9000).json()["error"]["status"] == 414


@pytest.mark.parametrize("path", ["/", "/api/articles", "/static/style.css", "/no-such-page", "/world.svg"])
def test_every_response_carries_the_security_headers(web, path):
    response = web.get(path)
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-security-policy"].startswith("default-src 'self'; script-src 'self';")


# -- the errors table ---------------------------------------------------------------------------------


def test_migration_7_keeps_the_latest_error_row_per_source_and_reruns_update_it(tmp_path):
    from sqlalchemy import create_engine, select

    from newsgraph.store import Store
    from newsgraph.store.schema import errors

    url = f"sqlite:///{tmp_path / 'n.db'}"
    Store.open(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:  # a database from before migration 7, errors duplicated by reruns
        conn.exec_driver_sql("DROP INDEX ux_errors_source")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 7")
        for source, reason in (("a.txt", "first"), ("b.txt", "only"), ("a.txt", "second")):
            conn.exec_driver_sql("INSERT INTO errors (source, reason, time) VALUES (?, ?, '2024-01-01')",
                                 (source, reason))
    engine.dispose()
    with Store.open(url) as store:
        store.record_error("b.txt", "again")
        store.record_error("c.txt", "new")
        with store.connect() as conn:
            rows = conn.execute(select(errors.c.source, errors.c.reason).order_by(errors.c.source)).all()
    assert [tuple(row) for row in rows] == [("a.txt", "second"), ("b.txt", "again"), ("c.txt", "new")]


@pytest.mark.parametrize("text, why", [
    ("The mayor said \ud800 it was over.", "a lone surrogate (U+D800, not Unicode) at character 15"),
    ("The mayor said\x00 it was over.", "a NUL character at character 14"),
])
def test_the_analyze_api_refuses_text_no_article_can_hold_with_a_clear_reason(text, why):
    with pytest.raises(ArticleFailed, match=re.escape(why)):
        newsgraph.analyze(text)
    assert newsgraph.analyze("").statements == []


def test_the_analyze_api_refuses_a_text_over_max_chars_as_the_pipeline_does():
    with pytest.raises(ArticleFailed, match=re.escape("the text is too long (40 characters; the limit is 39")):
        newsgraph.analyze("The mayor said the bridge would reopen. ", settings=Settings(max_chars=39))
