"""The query functions against real SQLite and real PostgreSQL (each test runs on both)."""
from __future__ import annotations

import pytest

from newsgraph.store import Store, queries


@pytest.fixture
def conn(db_url, story):
    """A database of six invented stories:
    1-3: Ana Verlo (OST) / Ostland rejects Westria, dated 2024-03-04, on sites a, b, a;
    4:   the same but dated 2024-04-10;
    5:   Jon Brask (WST) / Westria accuses Ostland in Lake Morrow, 2024-04-11;
    6:   Ana Verlo / Ostland requests Westria, dated only to the month (2024-05)."""
    with Store.open(db_url) as store:
        store.save([story(1), story(2, site="b.example"), story(3), story(4, date="2024-04-10")], "0.1.0")
        store.save([story(5, speaker="Jon Brask", country="WST", country_name="Westria", other="Ostland",
                          other_code="OST", event_type="ACCUSE", date="2024-04-11", city="Lake Morrow",
                          geonameid=9990002),
                    story(6, event_type="REQUEST", date="2024-05", extra=" Ministers met for peace talks.")],
                   "0.1.0")
    with Store.open(db_url, readonly=True) as store, store.connect() as connection:
        yield connection


def test_statements_newest_first_with_speaker_and_article(conn):
    rows = queries.statements(conn)
    assert [r["date"] for r in rows] == ["2024-05", "2024-04-11", "2024-04-10", "2024-03-04", "2024-03-04",
                                         "2024-03-04"]
    assert rows[1]["speaker"] == "Jon Brask" and rows[1]["speaker_country"] == "WST"
    assert rows[1]["content"] == "Westria rejects the proposal from Ostland"
    assert rows[1]["cue"] == "said" and rows[1]["speaker_title"] == "foreign minister"


@pytest.mark.parametrize("filters, expected", [
    ({"speaker": "verlo"}, 5),
    ({"speaker": "Jon Brask"}, 1),
    ({"speaker": "WSTGOV"}, 1),
    ({"country": "wst"}, 1),
    ({"since": "2024-04"}, 3),
    ({"until": "2024-04"}, 5),  # inclusive at month precision
    ({"since": "2024-04-11", "until": "2024-04-11"}, 1),
    ({"search": "Westria proposal"}, 6),
    ({"search": "\"proposal from Ostland\""}, 1),
    ({"search": "nonexistentword"}, 0),
    ({"speaker": "verlo", "since": "2024-04"}, 2),
])
def test_statement_filters(conn, filters, expected):
    assert queries.count_statements(conn, **filters) == expected
    assert len(queries.statements(conn, **filters)) == expected


def test_statement_paging(conn):
    everything = [r["id"] for r in queries.statements(conn, limit=None)]
    pages = [r["id"] for r in queries.statements(conn, limit=4)] + \
        [r["id"] for r in queries.statements(conn, limit=4, offset=4)]
    assert pages == everything and len(everything) == 6


def test_bad_date_is_refused(conn):
    with pytest.raises(ValueError, match="since='last week' is not a date"):
        queries.statements(conn, since="last week")


def test_events_are_merged_and_filtered(conn):
    rows = queries.events(conn)
    assert [(r["type"], r["date"], r["num_articles"], r["num_sources"]) for r in rows] == [
        ("REQUEST", "2024-05", 1, 1), ("ACCUSE", "2024-04-11", 1, 1), ("REJECT", "2024-04-10", 1, 1),
        ("REJECT", "2024-03-04", 3, 2)]
    accuse = rows[1]
    assert (accuse["actor"], accuse["recipient"], accuse["place"]) == ("Westria", "Ostland", "Lake Morrow")
    assert accuse["trigger"] == "rejects" and accuse["evidence"].startswith("Jon Brask, the foreign minister")


@pytest.mark.parametrize("filters, expected", [
    ({"type": "reject"}, 2),
    ({"actor": "OST"}, 3),
    ({"actor": "Westria"}, 1),
    ({"recipient": "OST"}, 1),
    ({"actor": "ost", "recipient": "WST", "type": "REJECT"}, 2),
    ({"place": "morrow"}, 1),
    ({"since": "2024-04", "until": "2024-04-30"}, 2),
    ({"actor": "Nobody"}, 0),
])
def test_event_filters(conn, filters, expected):
    assert queries.count_events(conn, **filters) == expected
    assert len(queries.events(conn, **filters)) == expected


def test_event_lists_every_report(conn):
    [merged] = [e for e in queries.events(conn) if e["num_articles"] == 3]
    detail = queries.event(conn, merged["id"])
    assert [s["site"] for s in detail["sources"]] == ["a.example", "b.example", "a.example"]
    assert all(s["trigger_text"] == "rejects" for s in detail["sources"])
    assert queries.event(conn, 10_000) is None


def test_search_finds_articles_and_statements(conn):
    found = queries.search(conn, "peace talks")
    assert [a["title"] for a in found["articles"]] == ["Ostland rejects Westria proposal (6)"]
    assert "[peace]" in found["articles"][0]["snippet"]
    assert found["statements"] == []  # "peace talks" is in the article, not in what was said
    said = queries.search(conn, '"proposal from Ostland"')
    assert [s["speaker"] for s in said["statements"]] == ["Jon Brask"]
    assert queries.search(conn, "  ?! ") == {"articles": [], "statements": []}


def test_search_text_is_never_query_syntax(conn):
    # FTS5 operators and unbalanced quotes in user text are words, not errors.
    assert queries.search(conn, 'Ostland AND "unbalanced NEAR(x')["articles"] == []
    assert queries.search(conn, 'Westria" (')["statements"] != []


def test_stats(conn):
    found = queries.stats(conn, top=2)
    assert found["counts"]["articles"] == 6
    assert found["counts"]["statements"] == 6
    assert found["counts"]["events"] == 4
    assert found["counts"]["event_reports"] == 6
    assert found["counts"]["actors"] == 4
    assert [(a["name"], a["num_articles"]) for a in found["top_actors"]] == [("Ostland", 6), ("Westria", 6)]
    assert found["events_by_type"] == [{"type": "REJECT", "count": 2}, {"type": "ACCUSE", "count": 1},
                                       {"type": "REQUEST", "count": 1}]
    assert found["events_by_month"] == [
        {"month": "2024-03", "type": "REJECT", "count": 1}, {"month": "2024-04", "type": "ACCUSE", "count": 1},
        {"month": "2024-04", "type": "REJECT", "count": 1}, {"month": "2024-05", "type": "REQUEST", "count": 1}]


def test_article_has_every_row_and_database_ids(conn):
    [row] = queries.articles_list(conn, search="peace talks")
    found = queries.article(conn, row["id"])
    assert found["article_id"] == row["id"] and found["newsgraph_version"] == "0.1.0"
    assert [a["name"] for a in found["actors"]] == ["Ana Verlo", "Ostland", "Westria"]
    assert all(isinstance(a["actor_id"], int) for a in found["actors"])
    assert found["statements"][0]["speaker"] == "A1"
    assert found["events"][0]["type"] == "REQUEST" and found["events"][0]["num_articles"] == 1
    assert found["places"][0]["geonameid"] == 9990001
    assert found["dates"] == [{"start": found["text"].index("on Monday"),
                               "end": found["text"].index("on Monday") + 9, "text": "on Monday", "value": "2024-05"}]
    assert queries.article(conn, 10_000) is None


def test_actor_record(conn):
    [verlo] = [a for a in queries.actors_list(conn, search="verlo")]
    found = queries.actor(conn, verlo["id"])
    assert (found["name"], found["country"], found["code"], found["title"]) == \
        ("Ana Verlo", "OST", "OSTGOV", "foreign minister")
    assert found["num_articles"] == 5 and found["num_statements"] == 5 and found["num_mentions"] == 5
    [ostland] = queries.actors_list(conn, search="Ostland")
    record = queries.actor(conn, ostland["id"])
    assert record["events_as_actor"] == {"REJECT": 2, "REQUEST": 1}
    assert record["events_as_recipient"] == {"ACCUSE": 1}
    assert [(p["name"], p["events"]) for p in record["partners"]] == [("Westria", 4)]
    assert queries.actor(conn, 10_000) is None
