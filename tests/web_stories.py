"""Hand-analysed stories for the web, store and browser tests (no model), a bundled sample stored
with its real analysis (``stored_sample``, for tests marked ``model``), and a tiny client.

Offsets are computed from the text (never typed), so every span's text is exactly
``text[start:end]``; tests/web/test_web_stories.py checks that. The people are invented.
"""
from __future__ import annotations

from newsgraph.model import Actor, Analysis, Article, DateRef, Event, Place, Span, Statement

XSS_MARKERS = ("<script>", "onerror=")


class Text:
    """A text and a helper that finds the n-th occurrence of a phrase as a Span."""

    def __init__(self, text: str):
        self.text = text

    def span(self, phrase: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(phrase, start + 1)
        return Span(start, start + len(phrase), phrase)

    def sentence(self, phrase: str) -> Span:
        """The sentence (up to the next period or newline) that holds ``phrase``."""
        at = self.text.index(phrase)
        start = max(self.text.rfind(". ", 0, at) + 2, self.text.rfind("\n", 0, at) + 1, 0)
        ends = [e for e in (self.text.find(". ", at), self.text.find(".\n", at), self.text.find('."', at)) if e >= 0]
        end = min(ends) + 1 if ends else len(self.text)
        return Span(start, end, self.text[start:end])


def moscow_rejects() -> Analysis:
    """Russia rejects a US demand; the US urges a withdrawal (REJECT and REQUEST between RUS and USA)."""
    t = Text(
        "Kremlin aide Pavel Orlov said on Friday that Russia rejects the American demand to withdraw "
        "troops before any talks.\n\n"
        "\"We will not accept conditions written in Washington,\" Orlov told reporters in Moscow.\n\n"
        "State Department spokeswoman Dana Whitfield urged Russia on Thursday to pull its forces out of Kherson.")
    actors = [
        Actor("A1", "Pavel Orlov", "person", "RUS", "GOV", title="Kremlin aide",
              mentions=[t.span("Pavel Orlov"), t.span("Orlov", 1)]),
        Actor("A2", "Russia", "country", "RUS", "GOV", mentions=[t.span("Russia"), t.span("Russia", 1)]),
        Actor("A3", "United States", "country", "USA", "GOV", aliases=["Washington"],
              mentions=[t.span("American"), t.span("Washington")]),
        Actor("A4", "Dana Whitfield", "person", "USA", "GOV", title="State Department spokeswoman",
              mentions=[t.span("Dana Whitfield")]),
    ]
    statements = [
        Statement("S1", "A1", t.span("Pavel Orlov"), t.span("said"),
                  [t.span("Russia rejects the American demand to withdraw troops before any talks")],
                  "indirect", "2023-03-10"),
        Statement("S2", "A1", t.span("Orlov", 1), t.span("told"),
                  [t.span("We will not accept conditions written in Washington")], "direct", "2023-03-10"),
    ]
    events = [
        Event("E1", "REJECT", None, "A2", "A3", t.span("Russia"), t.span("American"), "2023-03-10", None,
              t.span("rejects"), t.sentence("rejects"), "S1", 0.8),
        Event("E2", "REQUEST", None, "A4", "A2", t.span("Dana Whitfield"), t.span("Russia", 1), "2023-03-09",
              "P2", t.span("urged"), t.sentence("urged"), None, 0.7),
    ]
    places = [
        Place("P1", "Moscow", 524901, 55.75, 37.62, "RUS", "PPLC", mentions=[t.span("Moscow")]),
        Place("P2", "Kherson", 706448, 46.64, 32.61, "UKR", "PPLA", mentions=[t.span("Kherson")]),
    ]
    dates = [DateRef(*_se(t.span("on Friday")), "2023-03-10"), DateRef(*_se(t.span("on Thursday")), "2023-03-09")]
    article = Article(text=t.text, title="Moscow rejects US demand for troop withdrawal", published="2023-03-10",
                      url="https://news.example/moscow-rejects", site="news.example", source="test:moscow")
    return Analysis(article, actors, statements, events, places, dates)


def washington_threatens() -> Analysis:
    """A later US threat and a Russian accusation: the Positions timeline gets both directions."""
    t = Text(
        "Washington threatened new sanctions on Russia on Monday, spokeswoman Dana Whitfield said.\n\n"
        "Kremlin aide Pavel Orlov accused the United States of sabotaging the grain deal in Odesa.")
    actors = [
        Actor("A1", "United States", "country", "USA", "GOV",
              mentions=[t.span("Washington"), t.span("United States")]),
        Actor("A2", "Russia", "country", "RUS", "GOV", mentions=[t.span("Russia")]),
        Actor("A3", "Dana Whitfield", "person", "USA", "GOV", title="State Department spokeswoman",
              mentions=[t.span("Dana Whitfield")]),
        Actor("A4", "Pavel Orlov", "person", "RUS", "GOV", title="Kremlin aide", mentions=[t.span("Pavel Orlov")]),
    ]
    statements = [
        Statement("S1", "A3", t.span("Dana Whitfield"), t.span("said"),
                  [t.span("Washington threatened new sanctions on Russia on Monday")], "indirect", "2023-04-03"),
    ]
    events = [
        Event("E1", "THREATEN", None, "A1", "A2", t.span("Washington"), t.span("Russia"), "2023-04-03", None,
              t.span("threatened"), t.sentence("threatened"), "S1", 0.7),
        Event("E2", "ACCUSE", None, "A4", "A1", t.span("Pavel Orlov"), t.span("United States"), "2023-04-04",
              "P1", t.span("accused"), t.sentence("accused"), None, 0.6),
    ]
    places = [Place("P1", "Odesa", 698740, 46.48, 30.73, "UKR", "PPLA", mentions=[t.span("Odesa")])]
    dates = [DateRef(*_se(t.span("on Monday")), "2023-04-03")]
    article = Article(text=t.text, title="Washington threatens sanctions; Moscow cries sabotage",
                      published="2023-04-04", url="https://wire.example/sanctions", site="wire.example",
                      source="test:sanctions")
    return Analysis(article, actors, statements, events, places, dates)


def fisheries_accord() -> Analysis:
    """Canada and Norway agree; nothing about Russia or the US (filters must leave it out)."""
    t = Text(
        "Canada and Norway agreed on Tuesday to share cod quotas in the Barents Sea, "
        "Canadian fisheries minister Marie Tremblay-Holt said in Oslo.")
    actors = [
        Actor("A1", "Canada", "country", "CAN", "GOV", mentions=[t.span("Canada"), t.span("Canadian")]),
        Actor("A2", "Norway", "country", "NOR", "GOV", mentions=[t.span("Norway")]),
        Actor("A3", "Marie Tremblay-Holt", "person", "CAN", "GOV", title="fisheries minister",
              mentions=[t.span("Marie Tremblay-Holt")]),
    ]
    statements = [Statement("S1", "A3", t.span("Marie Tremblay-Holt"), t.span("said"),
                            [t.span("Canada and Norway agreed on Tuesday to share cod quotas in the Barents Sea")],
                            "indirect", "2023-05-02")]
    events = [Event("E1", "AGREE", None, "A1", "A2", t.span("Canada"), t.span("Norway"), "2023-05-02", "P1",
                    t.span("agreed"), t.sentence("agreed"), "S1", 0.9)]
    places = [Place("P1", "Oslo", 3143244, 59.91, 10.75, "NOR", "PPLC", mentions=[t.span("Oslo")])]
    dates = [DateRef(*_se(t.span("on Tuesday")), "2023-05-02")]
    article = Article(text=t.text, title="Canada and Norway agree on cod quotas", published="2023-05-02",
                      url="https://fish.example/cod", site="fish.example", source="test:cod")
    return Analysis(article, actors, statements, events, places, dates)


XSS_TEXT = (
    "Spokesman Ivo <b>Marek</b> said <script>window.__xss = 'script ran'</script> the talks failed.\n\n"
    "<img src=x onerror=\"window.__xss = 'onerror ran'\"> He accused Canada of \"<svg onload=alert(1)>\" tricks.")


def hostile_article() -> Analysis:
    """Untrusted text: markup and event handlers in the text, the title, an actor name and a quote."""
    t = Text(XSS_TEXT)
    actors = [
        Actor("A1", "Ivo <img src=y onerror=\"window.__xss='actor'\">Marek", "person", "CZE", "GOV",
              title="<i onmouseover=\"window.__xss='title'\">spokesman</i>",
              mentions=[t.span("Ivo <b>Marek</b>")]),
        Actor("A2", "Canada", "country", "CAN", "GOV", mentions=[t.span("Canada")]),
    ]
    statements = [Statement("S1", "A1", t.span("Ivo <b>Marek</b>"), t.span("said"),
                            [t.span("<script>window.__xss = 'script ran'</script> the talks failed")],
                            "indirect", "2023-06-01")]
    events = [Event("E1", "ACCUSE", None, "A1", "A2", None, t.span("Canada"), "2023-06-01", None,
                    t.span("accused"), t.sentence("accused"), None, 0.5)]
    article = Article(text=t.text, title="<script>window.__xss='title ran'</script>Talks fail",
                      published="2023-06-01", url="javascript:window.__xss='url'", site="<b>x</b>.example",
                      source="test:xss")
    return Analysis(article, actors, statements, events, [], [])


def unshown_statements() -> Analysis:
    """One statement the default view shows, one speech with no resolved speaker and one belief with
    a speaker (kept, shown with ``frame=all``). Not in ``all_stories``: its own database."""
    t = Text(
        "Harbour master Lena Brandt said the pier will reopen in May.\n\n"
        "\"The cranes are too old,\" an official said.\n\n"
        "Brandt believes the port can double its traffic.")
    actors = [Actor("A1", "Lena Brandt", "person", "NOR", "GOV", title="harbour master",
                    mentions=[t.span("Lena Brandt"), t.span("Brandt", 1)])]
    statements = [
        Statement("S1", "A1", t.span("Lena Brandt"), t.span("said"), [t.span("the pier will reopen in May")],
                  "indirect", "2023-07-01"),
        Statement("S2", None, t.span("an official"), t.span("said", 1), [t.span("The cranes are too old")],
                  "direct", "2023-07-01"),
        Statement("S3", "A1", t.span("Brandt", 1), t.span("believes"),
                  [t.span("the port can double its traffic")], "indirect", "2023-07-01", frame="belief"),
    ]
    article = Article(text=t.text, title="Pier to reopen in May", published="2023-07-01",
                      url="https://port.example/pier", site="port.example", source="test:pier")
    return Analysis(article, actors, statements, [], [], [])


def all_stories() -> list[Analysis]:
    return [moscow_rejects(), washington_threatens(), fisheries_accord(), hostile_article()]


def _se(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.text


def _spans(analysis: Analysis):
    for a in analysis.actors:
        yield from a.mentions
    for s in analysis.statements:
        yield from [x for x in (s.source, s.cue, *s.content) if x]
    for e in analysis.events:
        yield from [x for x in (e.actor_span, e.recipient_span, e.trigger, e.evidence) if x]
    for p in analysis.places:
        yield from p.mentions
    for d in analysis.dates:
        yield d.span


def store_stories(url: str) -> dict[str, int]:
    """Store ``all_stories()`` at ``url``; the article id of each story by its source tag."""
    from newsgraph.store import Store

    stories = all_stories()
    with Store.open(url) as store:
        result = store.save(stories, "test")
    assert not result.failed, result.failed
    return {s.article.source: i for s, i in zip(stories, result.ids)}


def stored(url: str, analyses: list[Analysis]) -> list[int]:
    """Store ``analyses`` at ``url`` (none may fail); their article ids, in order."""
    from newsgraph.store import Store

    with Store.open(url) as store:
        result = store.save(analyses, "test")
    assert not result.failed, result.failed
    return result.ids


def three_ways(url: str, analyses: list[Analysis]):
    """``analyses`` stored at ``url``, then what the CLI, the web API and the notebook API read it with:
    a generator for a fixture, yielding (url, a Client of the web app, the notebook database)."""
    import newsgraph
    from newsgraph.web.app import create_app

    stored(url, analyses)
    app = create_app(url)
    db = newsgraph.open(url)
    yield url, Client(app), db
    db.close()
    app.state.store.close()


def stored_sample(name: str, folder) -> tuple[str, Analysis, int]:
    """The bundled sample ``src/newsgraph/samples/<name>`` analysed by the real pipeline and stored
    in a new SQLite database in ``folder``: (the database URL, the analysis, its article id)."""
    from pathlib import Path

    import newsgraph
    from newsgraph.inputs import read_articles
    from newsgraph.settings import Settings
    from newsgraph.store import Store

    errors = []
    articles = list(read_articles([str(Path(newsgraph.__file__).parent / "samples" / name)], Settings(),
                                  errors.append))
    assert not errors and len(articles) == 1
    analysis = next(newsgraph.Pipeline(Settings()).run(articles))
    url = f"sqlite:///{folder / 'web.db'}"
    with Store.open(url) as store:
        article_id = store.save([analysis], "test").ids[0]
    return url, analysis, article_id


class Client:
    """A synchronous client that talks to an ASGI app in-process (httpx.ASGITransport), no server."""

    def __init__(self, app):
        self.app = app

    def get(self, path: str, **kwargs):
        import asyncio

        import httpx

        async def fetch():
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
                return await client.get(path, **kwargs)

        return asyncio.run(fetch())
