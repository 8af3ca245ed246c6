"""Small invented news stories for the ingest tests (our own writing; every person is made up)."""
from __future__ import annotations

import html
import random

STORIES = {
    "harbour-dispute": (
        "Harbour authority rejects fishing fleet's demand",
        "2024-03-05",
        ["The harbour authority of Port Vellan said on Monday that it would not reopen the northern "
         "quay to trawlers before the end of the month.",
         "\"We cannot let boats tie up next to a crumbling wall,\" said Ilse Marrow, a spokeswoman for "
         "the authority. She added that engineers were still testing the foundations.",
         "Fishermen's union leader Tomas Brecken accused the authority of dragging its feet and said "
         "his members were losing money every day the quay stayed closed.",
         "The dispute began in January, when a storm washed away part of the breakwater."],
    ),
    "rail-strike": (
        "Rail workers vote to strike over pay",
        "2024-04-11",
        ["Train drivers in the province of Kessar voted on Wednesday to walk out for three days next "
         "week, their union announced.",
         "Union secretary Amal Dorsey told reporters that the offer of a two percent raise was "
         "\"an insult to people who kept the trains running through the floods\".",
         "The state rail operator said in a statement that it regretted the decision and remained "
         "open to talks. Commuters were advised to plan other routes.",
         "It would be the first rail strike in the province since 2019."],
    ),
    "vaccine-deal": (
        "Health ministry signs vaccine deal with regional producer",
        "2024-05-20",
        ["The health ministry of Norvania signed an agreement on Friday to buy two million doses of a "
         "measles vaccine from a producer in the neighbouring republic.",
         "Deputy health minister Pavel Ostrik said the doses would reach clinics in rural districts by "
         "the autumn. \"Every child who needs a dose will get one,\" he said.",
         "Opposition lawmakers questioned the price, noting that an earlier tender had been cancelled "
         "without explanation.",
         "The ministry said the contract would be published in full next week."],
    ),
    "flood-aid": (
        "Volunteers deliver aid to flooded valley",
        "2024-06-02",
        ["Dozens of volunteers drove lorries of drinking water and blankets into the Tarrow valley on "
         "Saturday after three days of heavy rain cut off several villages.",
         "Mayor Lena Hask said that about four hundred households were still without electricity and "
         "that the road bridge at Millford had been closed as a precaution.",
         "According to the regional weather office, more rain is expected on Tuesday.",
         "Residents thanked the volunteers but criticised the slow response of the provincial "
         "government, which promised to send army engineers."],
    ),
    "bridge-tolls": (
        "Drivers protest new bridge tolls",
        "2024-07-08",
        ["Several hundred drivers blocked the approach to the Sorrel Bridge for two hours on Sunday to "
         "protest against tolls that took effect at the start of the month.",
         "Transport commissioner Rhea Vantrell defended the charge, saying it would pay for repairs "
         "that had been postponed for a decade.",
         "Organisers of the protest said they had collected eleven thousand signatures and would "
         "deliver them to the regional assembly on Thursday.",
         "Police reported no arrests."],
    ),
    "museum-theft": (
        "Stolen manuscripts returned to city museum",
        "2024-08-19",
        ["Two medieval manuscripts stolen from the Orlan city museum in 2016 were handed back on "
         "Monday after a collector in another country recognised them in an auction catalogue.",
         "Museum director Fabian Kroll called the return \"a small miracle\" and thanked the "
         "collector, who asked not to be named.",
         "Investigators said the thieves had entered through a skylight during renovation work. Nobody "
         "has been charged.",
         "The manuscripts will go on display again in the spring."],
    ),
}


def story_text(key: str) -> str:
    """A story as a plain-text file: title line, blank line, paragraphs."""
    title, _published, paragraphs = STORIES[key]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def story_html(key: str, *, site: str = "Valley Courier") -> str:
    """A story as a web page with navigation and a footer around the article."""
    title, published, paragraphs = STORIES[key]
    return page_html(title, published, paragraphs, site=site)


def page_html(title: str, published: str, paragraphs: list[str], *, site: str = "Valley Courier") -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | {site}</title>
<meta property="article:published_time" content="{published}T08:00:00Z">
<meta property="og:site_name" content="{site}"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>{html.escape(title)}</h1>
<p class="byline">By staff reporter, {published}</p>
{body}
</article>
<footer><p>&copy; 2024 {site}. All rights reserved.</p></footer></body></html>
"""


def wire_copy(key: str) -> str:
    """The same story as another outlet runs it: its own headline, a dateline and a credit line."""
    title, _published, paragraphs = STORIES[key]
    first = "PORT VELLAN (Wire) - " + paragraphs[0]
    return ("Authority keeps northern quay closed\n\n" + "\n\n".join([first, *paragraphs[1:]])
            + "\n\nReporting by Wire staff; editing by the news desk.\n")


_PEOPLE = ["Ada Kovel", "Bruno Stat", "Celia Marn", "Dario Pell", "Edda Vorn", "Farid Olle",
           "Greta Samm", "Hugo Brenn", "Iris Tamm", "Jonas Veld", "Kira Moss", "Lukas Dahl"]
_ROLES = ["a spokesman for the city council", "the transport minister", "the head of the teachers' union",
          "a senior police officer", "the mayor", "an adviser to the prime minister"]
_TOPICS = ["a new bus depot", "the closure of two schools", "a rise in water prices", "a bridge repair",
           "longer opening hours for clinics", "a ban on night flights", "the price of bread",
           "a tax on tourist flats", "the harbour dredging plan", "a wind farm off the coast"]
_PLACES = ["Aldmere", "Brisk", "Corran", "Dunmore", "Elswick", "Farrow", "Glenholt", "Harwick"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generated_story(n: int) -> str:
    """Story number ``n``: a distinct short article built from pools of invented parts."""
    rng = random.Random(n)
    person, role = rng.choice(_PEOPLE), rng.choice(_ROLES)
    topic, place, day = rng.choice(_TOPICS), rng.choice(_PLACES), rng.choice(_DAYS)
    other = rng.choice([p for p in _PEOPLE if p != person])
    count = rng.randint(12, 9000)
    return (f"{place} debates {topic} (report {n})\n\n"
            f"{person}, {role}, said on {day} that {place} would decide on {topic} within {rng.randint(2, 9)} "
            f"weeks. \"We have listened to {count} residents and we will not rush this,\" {person} said.\n\n"
            f"{other}, who leads a local residents' group, told reporters that the plan had been "
            f"discussed for {rng.randint(2, 14)} years without result.\n\n"
            f"The council is due to meet again on {rng.choice(_DAYS)}; item {n} on its agenda "
            f"concerns {rng.choice(_TOPICS)}.\n")


CORRUPT_RECORD = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://broken.example/\r\n"
                  b"Content-Length: 4000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>cut")


def write_warc(path, pages: list[tuple[str, str]], *, gzipped: bool, corrupt_after: int | None = None,
               extra_records: bool = True) -> None:
    """A web archive of (url, html) response records written with warcio, as a crawler would,
    with a request record and a non-HTML response among them; ``corrupt_after``: a damaged record
    (its Content-Length runs past its end) follows page number ``corrupt_after``."""
    import gzip as gzip_module
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def record(build) -> bytes:
        buffer = BytesIO()
        writer = WARCWriter(buffer, gzip=gzipped)
        writer.write_record(build(writer))
        return buffer.getvalue()

    chunks = []
    for i, (url, page) in enumerate(pages):
        if extra_records:
            chunks.append(record(lambda w: w.create_warc_record(
                url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\nHost: example\r\n\r\n"))))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        chunks.append(record(lambda w: w.create_warc_record(
            url, "response", payload=BytesIO(page.encode("utf-8")), http_headers=headers)))
        if extra_records and i == 0:
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            chunks.append(record(lambda w: w.create_warc_record(
                url + "logo.png", "response", payload=BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=image)))
        if corrupt_after is not None and i + 1 == corrupt_after:
            damaged = CORRUPT_RECORD if not gzipped else gzip_module.compress(CORRUPT_RECORD)[:-12]
            chunks.append(damaged)
    with open(path, "wb") as handle:
        handle.write(b"".join(chunks))
