"""Query latency on a database of >= 50,000 statements, and the store's write throughput.

    .venv/bin/python benchmarks/query_latency.py                       # SQLite in a temporary folder
    .venv/bin/python benchmarks/query_latency.py --db postgresql://newsgraph:newsgraph@127.0.0.1:5432/newsgraph_bench
    .venv/bin/python benchmarks/query_latency.py --statements 100000 --repeat 30
    .venv/bin/python benchmarks/query_latency.py --overhead   # + store vs analyse time on the samples
    .venv/bin/python benchmarks/query_latency.py --overhead --overhead-db postgresql://.../empty_db

The database is generated from synthetic, hand-coded analyses (``synthetic_analyses``): invented
speakers from invented countries making statements that carry PLOVER events, with offsets computed
into each article's text, so every query has realistic selectivity. Each query runs ``--repeat``
times after one warm-up; the report gives the median and the 95th percentile in milliseconds, and
the median's ratio to the 100 ms target (below 1.00 meets it).

``build_database(url, n_statements)`` is importable (e.g. by the web benchmarks).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from newsgraph.model import PLOVER_TYPES, Actor, Analysis, Article, DateRef, Event, Place, Span, Statement
from newsgraph.store import Store, queries

TARGET_MS = 100.0
STATEMENTS_PER_ARTICLE = 10
WORDS = ("talks ceasefire border troops sanctions grain pipeline elections aid convoy harbour drills "
         "treaty summit refugees tariffs reactor drought court strike minerals corridor").split()
CUES = ("said", "told reporters", "warned", "insisted", "stated", "added", "noted")


def _countries(rng: random.Random) -> list[tuple[str, str]]:
    """40 invented countries: (name, three-letter code)."""
    out, seen = [], set()
    while len(out) < 40:
        name = rng.choice("BCDFGKLMNPRSTVZ") + "".join(rng.choice("aeiou") + rng.choice("lnrstv") for _ in range(2)) + "ia"
        code = name[:3].upper()
        if code not in seen:
            seen.add(code)
            out.append((name, code))
    return out


def synthetic_analyses(n_articles: int, seed: int = 7) -> Iterator[Analysis]:
    """``n_articles`` analyses of STATEMENTS_PER_ARTICLE statements each, with events, places, dates."""
    rng = random.Random(seed)
    countries = _countries(rng)
    speakers = [(f"{rng.choice('ABCDEFGHJKLMNPRST')}{rng.choice('aeiou')}{rng.choice('lnrst')}a "
                 f"{rng.choice('BCDFGKLMNPRSTVZ')}{rng.choice('aeiou')}{rng.choice('lnrst')}{rng.choice('aeiou')}v",
                 rng.randrange(len(countries))) for _ in range(600)]
    cities = [(f"Port {rng.choice(WORDS).title()}{i}", 9_000_000 + i) for i in range(300)]
    for n in range(n_articles):
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        year = 2023 + (n // 336) % 3
        published = f"{year}-{month:02d}-{day:02d}"
        parts: list[str] = []
        actors: dict[str, Actor] = {}
        statements, events, place_list, dates = [], [], [], []
        length = 0

        def add(text: str) -> Span:
            nonlocal length
            parts.append(text)
            span = Span(length, length + len(text), text)
            length += len(text)
            return span

        def actor(name: str, kind: str, country: str, sector) -> str:
            if name not in actors:
                actors[name] = Actor(f"A{len(actors) + 1}", name, kind, country, sector,
                                     title="minister" if kind == "person" else None)
            return actors[name].id

        city, geonameid = rng.choice(cities)
        place_list.append(Place("P1", city, geonameid, rng.uniform(-60, 60), rng.uniform(-170, 170),
                                countries[geonameid % 40][1], "PPL"))
        add(f"Reporting from {city}. ")
        place_list[0].mentions.append(Span(len("Reporting from "), len("Reporting from ") + len(city), city))
        for s in range(STATEMENTS_PER_ARTICLE):
            name, home = rng.choice(speakers)
            country_name, code = countries[home]
            other_name, other_code = countries[(home + 1 + rng.randrange(39)) % 40]
            speaker_id = actor(name, "person", code, "GOV")
            country_id = actor(country_name, "country", code, None)
            other_id = actor(other_name, "country", other_code, None)
            mention = add(name)
            actors[name].mentions.append(mention)
            add(" ")
            cue = add(rng.choice(CUES))
            add(" ")
            when = add("on Monday")
            dates.append(DateRef(when.start, when.end, when.text, published))
            add(" that ")
            subject = add(country_name)
            actors[country_name].mentions.append(subject)
            add(" ")
            trigger = add(rng.choice(("rejects", "demands", "welcomes", "condemns", "offers")))
            add(f" the {rng.choice(WORDS)} {rng.choice(WORDS)} plan of ")
            target = add(other_name)
            actors[other_name].mentions.append(target)
            add(". ")
            content = Span(subject.start, target.end, "".join(parts)[subject.start:target.end])
            statements.append(Statement(f"S{s + 1}", speaker_id, mention, cue, [content], "indirect", published))
            evidence = Span(mention.start, target.end + 1, "".join(parts)[mention.start:target.end + 1])
            events.append(Event(f"E{s + 1}", rng.choice(PLOVER_TYPES), None, country_id, other_id, subject,
                                target, published, "P1", trigger, evidence, f"S{s + 1}", 0.7))
        text = "".join(parts)
        article = Article(text=text, title=f"Dispatch {n}", published=published, url=f"https://bench.example/{n}",
                          site=f"outlet{n % 25}.example", source=f"bench:{n}")
        yield Analysis(article, list(actors.values()), statements, events, place_list, dates)


def build_database(url: str, n_statements: int, batch: int = 100) -> dict:
    """Fill ``url`` with >= ``n_statements`` statements; return write timings."""
    n_articles = -(-n_statements // STATEMENTS_PER_ARTICLE)
    store = Store.open(url)
    started, pending, stored = time.perf_counter(), [], 0
    for analysis in synthetic_analyses(n_articles):
        pending.append(analysis)
        if len(pending) == batch:
            stored += store.save(pending, "bench").stored
            pending = []
    if pending:
        stored += store.save(pending, "bench").stored
    seconds = time.perf_counter() - started
    # What autovacuum (PostgreSQL) and `PRAGMA optimize` (SQLite) do in a live database: planner
    # statistics, and a visibility map that lets PostgreSQL count from indexes.
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE" if store.dialect == "postgresql" else "ANALYZE")
    store.close()
    return {"articles": stored, "seconds": seconds}


def storage_overhead(copies: int = 8, url: str | None = None) -> None:
    """Analyse the bundled samples (real spaCy pipeline) and store them (into ``url``, an empty
    database, or a temporary SQLite file): storage time / analysis time."""
    from newsgraph.extract import extract
    from newsgraph.model import RawDocument, content_id
    from newsgraph.pipeline import Pipeline

    samples = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "samples"
    articles = []
    for copy in range(copies):
        for path in sorted(samples.glob("*.*")):
            if path.suffix not in (".txt", ".html"):
                continue
            article = extract(RawDocument(content=path.read_text(encoding="utf-8"), source=str(path),
                                          kind="html" if path.suffix == ".html" else "text"))
            # Distinct copies: a marker sentence changes the content hash, not the analysis work.
            article.text += f"\n\nCopy {copy}."
            article.id = content_id(article.text)
            articles.append(article)
    pipeline = Pipeline()
    list(pipeline.run(articles[:4]))  # warm-up
    started = time.perf_counter()
    analyses = list(pipeline.run(articles))
    analyse_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(url or f"sqlite:///{Path(folder) / 'overhead.db'}")
        started = time.perf_counter()
        for i in range(0, len(analyses), 32):
            store.save(analyses[i:i + 32], "bench")
        store_s = time.perf_counter() - started
        store.close()
    n = len(analyses)
    print(f"{n} sample articles ({sum(len(a.statements) for a in analyses)} statements): analyse "
          f"{analyse_s / n * 1000:.1f} ms/article, store ({store.dialect}) {store_s / n * 1000:.2f} ms/article, "
          f"store/analyse ratio {store_s / analyse_s:.3f} (target <= 0.10)")


def timed(call, repeat: int) -> tuple[float, float]:
    call()  # warm-up (caches, plans)
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        runs.append((time.perf_counter() - started) * 1000)
    runs.sort()
    return statistics.median(runs), runs[min(len(runs) - 1, int(0.95 * len(runs)))]


def query_suite(conn) -> dict:
    """The typical questions, as the CLI and the web UI ask them (first page of 50)."""
    some_speaker = queries.statements(conn, limit=1)[0]["speaker"]
    some_event = queries.events(conn, limit=1)[0]
    country = some_event["actor_code"]
    article_id = queries.articles_list(conn, limit=1, offset=100)[0]["id"]
    actor_id = some_event["actor_id"]
    return {
        "statements (newest)": lambda: queries.statements(conn),
        "statements --speaker NAME": lambda: queries.statements(conn, speaker=some_speaker),
        "statements --country ISO3": lambda: queries.statements(conn, country=country),
        "statements --since --until (a month)": lambda: queries.statements(conn, since="2024-03", until="2024-03"),
        "statements --search WORD": lambda: queries.statements(conn, search="pipeline"),
        "statements --search PHRASE": lambda: queries.statements(conn, search='"ceasefire talks"'),
        "count_statements --country": lambda: queries.count_statements(conn, country=country),
        "events (newest)": lambda: queries.events(conn),
        "events --type": lambda: queries.events(conn, type="REJECT"),
        "events --actor ISO3": lambda: queries.events(conn, actor=country),
        "events --actor NAME --recipient ISO3": lambda: queries.events(
            conn, actor=some_event["actor"], recipient=some_event["recipient_code"]),
        "events --place": lambda: queries.events(conn, place="Port T"),
        "search TEXT": lambda: queries.search(conn, "drought refugees"),
        "stats": lambda: queries.stats(conn),
        "article ID": lambda: queries.article(conn, article_id),
        "actor ID": lambda: queries.actor(conn, actor_id),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database URL to fill (default: a SQLite file in a temporary folder)")
    parser.add_argument("--statements", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--reuse", action="store_true", help="query an already filled --db")
    parser.add_argument("--overhead", action="store_true",
                        help="also time storing vs analysing the bundled samples (loads the spaCy model)")
    parser.add_argument("--overhead-db", metavar="URL", help="an EMPTY database for --overhead (default: SQLite)")
    args = parser.parse_args(argv)
    if args.overhead:
        storage_overhead(url=args.overhead_db)
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        if not args.reuse:
            built = build_database(url, args.statements)
            print(f"stored {built['articles']} articles ({built['articles'] * STATEMENTS_PER_ARTICLE} statements) "
                  f"in {built['seconds']:.1f} s: {built['articles'] / built['seconds']:.0f} articles/s, "
                  f"{built['articles'] * STATEMENTS_PER_ARTICLE / built['seconds']:.0f} statements/s")
        with Store.open(url, readonly=True) as store, store.connect() as conn:
            counts = queries.stats(conn)["counts"]
            print(f"database: {store.dialect}, "
                  + ", ".join(f"{k} {v}" for k, v in counts.items()))
            print(f"{'query':42s} {'median ms':>10s} {'p95 ms':>8s} {'median/target':>14s}")
            worst = 0.0
            for name, call in query_suite(conn).items():
                median, p95 = timed(call, args.repeat)
                worst = max(worst, median)
                print(f"{name:42s} {median:10.2f} {p95:8.2f} {median / TARGET_MS:14.2f}")
            print(f"slowest median {worst:.1f} ms; target {TARGET_MS:.0f} ms: "
                  f"{'met' if worst < TARGET_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
