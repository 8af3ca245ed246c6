"""How long the web pages and API take to render on a database of >= 50,000 statements.

    .venv/bin/python benchmarks/web_latency.py                      # builds a SQLite db in a temp folder
    .venv/bin/python benchmarks/web_latency.py --db sqlite:////tmp/web-bench.db          # build it there
    .venv/bin/python benchmarks/web_latency.py --db sqlite:////tmp/web-bench.db --reuse  # measure again

The database comes from ``benchmarks/query_latency.py``'s ``build_database`` (synthetic, hand-coded
analyses: 10 statements and 10 events per article, 600 speakers, 40 countries). Each request goes
through the whole app in-process (routing, read-only queries, Jinja2 rendering, JSON encoding) via
``httpx.ASGITransport``, ``--repeat`` times after one warm-up, twice: "cold" with the aggregate cache
(charts, facets, counts; see ``web/cache.py``) emptied before every request — the first visit after
new data arrived — and "warm" as it is. The report gives medians and the cold 95th percentile in ms,
and the cold median's ratio to the 200 ms target (below 1.00 meets it), with a static file as the
baseline (the cost of the HTTP plumbing alone).
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgraph.store.schema import actors, events, statements  # noqa: E402
from newsgraph.web.app import create_app  # noqa: E402
from query_latency import build_database  # noqa: E402  (the store's generator, shared)

TARGET_MS = 200.0


def pick_subjects(app) -> dict:
    """Busy, realistic subjects: the most quoted speaker, the country pair with most events, ..."""
    with app.state.store.connect() as conn:
        n = func.count().label("n")
        speaker = conn.execute(select(statements.c.speaker_id, n).group_by(statements.c.speaker_id)
                               .order_by(n.desc()).limit(1)).first()[0]
        pair = conn.execute(select(events.c.actor_id, events.c.recipient_id, n)
                            .where(events.c.recipient_id.is_not(None))
                            .group_by(events.c.actor_id, events.c.recipient_id).order_by(n.desc()).limit(1)).first()
        codes = dict(conn.execute(select(actors.c.id, actors.c.country).where(
            actors.c.id.in_([pair[0], pair[1]]))).all())
        article = conn.scalar(select(statements.c.article_id).order_by(statements.c.id.desc()).limit(1))
    return {"speaker": speaker, "country_actor": pair[0], "a": codes[pair[0]], "b": codes[pair[1]],
            "article": article}


def requests(s: dict) -> dict[str, str]:
    return {
        "baseline: /static/app.js": "/static/app.js",
        "Home": "/",
        "Search (word)": "/search?q=pipeline",
        "Search (phrase + country + dates)": f'/search?q="ceasefire talks"&country={s["a"]}&since=2024-01&until=2024-06',
        "Search in articles": "/search?q=drought&in=articles",
        "Article": f"/articles/{s['article']}",
        "Actor (most quoted speaker)": f"/actors/{s['speaker']}",
        "Actor (busiest country)": f"/actors/{s['country_actor']}",
        "Positions (busiest pair, by country code)": f"/positions?a={s['a']}&b={s['b']}",
        "Events (all)": "/events",
        "Events ?type=REJECT": "/events?type=REJECT",
        f"Events ?actor={s['a']}&since=2024": f"/events?actor={s['a']}&since=2024",
        "Articles list page 20": "/articles?offset=950",
        "Actors list": "/actors",
        "API events page 20": "/api/events?limit=50&offset=950",
        "API statements by speaker": f"/api/statements?speaker={s['speaker']}",
        "API search": "/api/search?q=refugees",
        "API article": f"/api/articles/{s['article']}",
        "API events CSV (type=AID, all rows)": "/api/events?type=AID&format=csv",
    }


async def measure(app, paths: dict[str, str], repeat: int) -> list[tuple]:
    """(name, cold median, cold p95, warm median, bytes) per request."""
    rows = []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for name, path in paths.items():
            r = await client.get(path)  # warm-up
            if r.status_code != 200:
                raise SystemExit(f"{path}: HTTP {r.status_code}: {r.text[:300]}")
            timings = {}
            for mode in ("cold", "warm"):
                runs = []
                for _ in range(repeat):
                    if mode == "cold":
                        app.state.cache.clear()
                    started = time.perf_counter()
                    r = await client.get(path)
                    runs.append((time.perf_counter() - started) * 1000)
                runs.sort()
                timings[mode] = (statistics.median(runs), runs[min(len(runs) - 1, int(0.95 * len(runs)))])
            rows.append((name, *timings["cold"], timings["warm"][0], len(r.content)))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database URL (default: a SQLite file in a temporary folder)")
    parser.add_argument("--statements", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="measure an already filled --db")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'web-bench.db'}"
        if not args.reuse:
            built = build_database(url, args.statements)
            print(f"built {built['articles']} articles in {built['seconds']:.0f} s")
        app = create_app(url)
        try:
            counts = {}
            with app.state.store.connect() as conn:
                for name, table in (("statements", statements), ("events", events), ("actors", actors)):
                    counts[name] = conn.scalar(select(func.count()).select_from(table))
            print(f"database {app.state.store.dialect}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
            rows = asyncio.run(measure(app, requests(pick_subjects(app)), args.repeat))
        finally:
            app.state.store.close()
    base = rows[0][1]
    print(f"{'request':44s} {'cold ms':>8s} {'cold p95':>8s} {'warm ms':>8s} {'cold/target':>11s} "
          f"{'/baseline':>9s} {'KiB':>5s}")
    for name, cold, p95, warm, size in rows:
        print(f"{name:44s} {cold:8.2f} {p95:8.2f} {warm:8.2f} {cold / TARGET_MS:11.2f} {cold / base:9.1f} "
              f"{size / 1024:5.0f}")
    pages = [r for r in rows[1:] if "CSV" not in r[0]]
    for label, column in (("cold", 1), ("warm", 3)):
        worst = max(pages, key=lambda r: r[column])
        print(f"slowest {label} median: {worst[0]} {worst[column]:.1f} ms; target {TARGET_MS:.0f} ms: "
              f"{'met' if worst[column] < TARGET_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
