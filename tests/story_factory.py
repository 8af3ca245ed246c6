"""A hand-analysed invented story for store and web tests (a plain module, so that subprocesses
and any test can import it; conftest modules are not importable by name)."""
from __future__ import annotations


def build_story(n: int, *, speaker: str = "Ana Verlo", country: str = "OST", country_name: str = "Ostland",
                other: str = "Westria", other_code: str = "WST", event_type: str = "REJECT",
                date: str = "2024-03-04", published: str = "2024-03-05", site: str = "a.example",
                city: str = "Port Hollis", geonameid: int = 9990001, url: str | None = "default",
                extra: str = ""):
    """A small invented story, fully analysed by hand (offsets computed, not typed):
    ``speaker`` (minister of ``country_name``) says ``country_name`` rejects ``other``'s proposal;
    one statement, one event (``event_type``, country -> other, in ``city``), one date."""
    from newsgraph.model import Actor, Analysis, Article, DateRef, Event, Place, Span, Statement

    sentence = f"{country_name} rejects the proposal from {other}"
    text = (f"{speaker}, the foreign minister of {country_name}, said on Monday that {sentence}. "
            f"Talks in {city} ended without a deal. Story number {n}.{extra}")

    def span(part: str, after: int = 0) -> Span:
        start = text.index(part, after)
        return Span(start, start + len(part), part)

    said = span("said")
    actors = [
        Actor("A1", speaker, "person", country, "GOV", title="foreign minister", mentions=[span(speaker)]),
        Actor("A2", country_name, "country", country, None,
              mentions=[span(country_name), span(country_name, said.end)]),
        Actor("A3", other, "country", other_code, None, mentions=[span(other)]),
    ]
    statement = Statement("S1", "A1", span(speaker), said, [span(sentence)], "indirect", date)
    trigger = span("rejects")
    first_sentence = text[: text.index(".") + 1]
    event = Event("E1", event_type, None, "A2", "A3", span(country_name, said.end), span(other), date,
                  "P1", trigger, Span(0, len(first_sentence), first_sentence), "S1", 0.75)
    place = Place("P1", city, geonameid, 41.5, 19.25, country, "PPL", mentions=[span(city)])
    when = span("on Monday")
    article = Article(text=text, title=f"{country_name} rejects {other} proposal ({n})", published=published,
                      url=f"https://{site}/story/{n}" if url == "default" else url, site=site,
                      authors=["Test Writer"], source=f"test:{n}")
    return Analysis(article, actors, [statement], [event], [place],
                    [DateRef(when.start, when.end, when.text, date)])
