"""End to end with the real spaCy pipeline: analyse invented stories, store them, read them back."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from newsgraph.model import Article
from newsgraph.pipeline import Pipeline
from newsgraph.store import Store, queries, schema

pytestmark = pytest.mark.model

STORIES = [
    ("Carvalia rejects talks offer", "2024-06-14", """Carvalia will not accept preconditions for talks on the river dispute, foreign ministry spokesman Tomas Reyner said on Friday.

"We are open to dialogue, but not under threats," Reyner told reporters in Almira.

Prime Minister Elsa Mond of Norvania said on Thursday that Norvania would only negotiate if Carvalia withdraws its troops from the border."""),
    ("Norvania repeats its conditions", "2024-06-15", """Norvania repeated on Saturday that Carvalia must withdraw its troops before any talks.

"Our position has not changed," Prime Minister Elsa Mond said in a televised address.

Carvalian spokesman Tomas Reyner said the demand was unacceptable."""),
]


@pytest.fixture(scope="module")
def analyses():
    pipeline = Pipeline()
    return [pipeline.analyze(Article(text=text, title=title, published=published, url=f"https://n.example/{i}",
                                     site="n.example"))
            for i, (title, published, text) in enumerate(STORIES)]


def test_model_analyses_are_stored_and_read_back_exactly(db_url, analyses):
    with Store.open(db_url) as store:
        result = store.save(analyses, "test")
        assert result.stored == 2 and result.failed == []
        assert [a.to_json() for a in store.iter_articles()] == [a.to_json() for a in analyses]
        with store.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(schema.statements)).scalar_one()
            assert stored == sum(len(a.statements) for a in analyses)
            assert queries.count_events(conn) <= sum(len(a.events) for a in analyses)
            # Every speaker the analysis named can be asked for by name.
            for analysis in analyses:
                for statement in analysis.statements:
                    speaker = analysis.actor(statement.speaker)
                    if speaker is None:
                        continue
                    found = queries.statements(conn, speaker=speaker.name, limit=None)
                    assert statement.content[0].text in {r["content"].split(" … ")[0] for r in found}


def test_actor_named_in_both_stories_is_one_actor(db_url, analyses):
    with Store.open(db_url) as store:
        store.save(analyses, "test")
        names = [{a.name for a in analysis.actors} for analysis in analyses]
        shared = {(a.name, a.country) for a in analyses[0].actors} & {(a.name, a.country) for a in analyses[1].actors}
        assert shared, names  # both stories name Tomas Reyner and Elsa Mond
        with store.connect() as conn:
            for name, country in shared:
                rows = conn.execute(select(schema.actors.c.id).where(
                    schema.actors.c.name == name, schema.actors.c.country.is_(None) if country is None
                    else schema.actors.c.country == country)).all()
                assert len(rows) == 1, (name, country, names)
