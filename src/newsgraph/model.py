"""The records newsgraph produces, and their JSON form (the contract in DESIGN.md).

Every span is a pair of character offsets into ``Article.text`` (end exclusive) plus the
text it covers, so any fact can be checked against the words that support it.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Optional

ACTOR_KINDS = ("person", "country", "organization", "group")
STATEMENT_KINDS = ("direct", "indirect", "mixed")
# The frame of a statement's cue: what kind of attribution it is. Speech and writing are what
# readers mean by "who said what" and are shown by default when a speaker was resolved (see
# ``is_shown``); beliefs, intentions and no-comment records are kept (PolNeAR counts beliefs and
# intentions as attributions) and shown on request.
STATEMENT_FRAMES = ("speech", "writing", "belief", "intention", "no_comment")
SHOWN_FRAMES = ("speech", "writing")


def is_shown(frame: str, speaker: Optional[str]) -> bool:
    """Whether a statement is shown by default: speech or writing by a resolved speaker (an actor).

    The one rule every default view follows (readable output, lists, counts, web, exports; the SQL
    form is ``store.schema.SHOWN``). A statement with no speaker answers no "who said what": on
    blind labels of 24 PolNeAR documents 3 of 31 such shown rows were fully right, against 173 of
    208 with a speaker. Every statement stays in the JSON and the store, shown on request.
    """
    return frame in SHOWN_FRAMES and speaker is not None
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of the article text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    @classmethod
    def from_spacy(cls, span) -> Span:
        """From a spaCy Span or Token (offsets into ``doc.text``)."""
        if hasattr(span, "start_char"):
            return cls(span.start_char, span.end_char, span.text)
        return cls(span.idx, span.idx + len(span.text), span.text)

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: dict) -> Span:
        return cls(int(data["start"]), int(data["end"]), data["text"])


@dataclass
class RawDocument:
    """One input as a source read it, before extraction: HTML or text, with what the source knew."""

    content: str | bytes
    source: str  # a path, "path:line", a URL, "warc:path#offset"
    kind: str  # "html" | "text"
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    id: Optional[str] = None
    verbatim: bool = False  # text used exactly as given (JSONL "text"): offsets index into it


@dataclass
class Article:
    """A clean article: what ``extract`` makes of a page or a text file."""

    text: str
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date (YYYY-MM-DD) or None
    url: Optional[str] = None
    site: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    language: str = "en"
    id: Optional[str] = None
    source: Optional[str] = None  # where it came from: a path, "path:line", a URL

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = content_id(self.text)

    def to_json(self) -> dict:
        return {
            "id": self.id, "source": self.source, "title": self.title,
            "published": self.published, "url": self.url, "site": self.site,
            "authors": list(self.authors), "language": self.language, "text": self.text,
        }


def content_id(text: str) -> str:
    """A stable id for an article without one: a hash of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    country: Optional[str] = None  # ISO 3166 alpha-3, or None
    sector: Optional[str] = None  # PLOVER sector (GOV, MIL, ...), "IGO" for organisations like NATO
    title: Optional[str] = None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    @property
    def code(self) -> Optional[str]:
        """The CAMEO/PLOVER style actor code, e.g. RUSGOV, USA, IGO."""
        parts = [p for p in (self.country, self.sector) if p]
        return "".join(parts) or None

    def to_json(self) -> dict:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
            "sector": self.sector, "code": self.code, "title": self.title,
            "aliases": list(self.aliases),
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass
class Statement:
    id: str
    speaker: Optional[str]  # actor id
    source: Optional[Span]  # the local mention the speaker was resolved from
    cue: Optional[Span]
    content: list[Span]
    kind: str  # direct | indirect | mixed
    date: Optional[str] = None
    frame: str = "speech"  # one of STATEMENT_FRAMES

    @property
    def shown(self) -> bool:
        """Shown by default (speech or writing by a resolved speaker: ``is_shown``), not only kept."""
        return is_shown(self.frame, self.speaker)

    def to_json(self) -> dict:
        return {
            "id": self.id, "speaker": self.speaker,
            "source": self.source.to_json() if self.source else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": [c.to_json() for c in self.content],
            "kind": self.kind, "frame": self.frame, "date": self.date,
        }


@dataclass
class Event:
    id: str
    type: str  # one of PLOVER_TYPES
    mode: Optional[str]
    actor: Optional[str]
    recipient: Optional[str]
    actor_span: Optional[Span]
    recipient_span: Optional[Span]
    date: Optional[str]
    place: Optional[str]  # place id
    trigger: Span
    evidence: Span
    statement: Optional[str] = None
    confidence: float = 0.5
    negated: bool = False  # "did not attack", "refused to meet" is REJECT, not a negated MEET
    hypothetical: bool = False  # conditions, questions, "would", "could", "may"
    intended: bool = False  # announced, planned or promised, not (yet) done: "will meet", "plans to"
    #: the confidence gate's probability that the event is fully right: real, and its type, doer and recipient
    #: right (``analyze.events.confidence``); None where no gate model ran
    certainty: Optional[float] = None
    #: whether the certainty passes the gate's threshold (always, with the gate off): with ``asserted``, what
    #: the default views show (``in_default_view``)
    passes_gate: bool = True
    #: how the recipient was found: "chooser" where the learned recipient chooser (``analyze.events.recipients``)
    #: named it in place of the rules' choice, else None (the rules'). Read by the confidence gate at analysis
    #: time (a chosen recipient is wrong more often); not kept in the JSON nor the store
    recipient_by: Optional[str] = field(default=None, compare=False)

    @property
    def asserted(self) -> bool:
        """Reported as having happened (neither negated, hypothetical nor intended)."""
        return not (self.negated or self.hypothetical or self.intended)

    @property
    def in_default_view(self) -> bool:
        """Shown and counted by default: asserted, and its doer and recipient sure enough (the gate)."""
        return self.asserted and self.passes_gate

    def to_json(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "recipient_by"}
        for key in ("actor_span", "recipient_span", "trigger", "evidence"):
            out[key] = out[key].to_json() if out[key] else None
        return out


@dataclass
class Place:
    id: str
    name: str
    geonameid: Optional[int]
    lat: Optional[float]
    lon: Optional[float]
    country: Optional[str]
    feature: Optional[str]  # PCLI (country), ADM1 (first-level region), PPL* (city), ...
    mentions: list[Span] = field(default_factory=list)

    def to_json(self) -> dict:
        out = asdict(self)
        out["mentions"] = [m.to_json() for m in self.mentions]
        return out


@dataclass
class DateRef:
    """A temporal expression and the date it resolves to (``None`` when it can't be)."""

    start: int
    end: int
    text: str
    value: Optional[str]

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}


@dataclass
class Analysis:
    """Everything newsgraph found in one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def to_json(self) -> dict:
        out: dict[str, Any] = self.article.to_json()
        out.update(
            actors=[a.to_json() for a in self.actors],
            statements=[s.to_json() for s in self.statements],
            events=[e.to_json() for e in self.events],
            places=[p.to_json() for p in self.places],
            dates=[d.to_json() for d in self.dates],
            warnings=list(self.warnings),
        )
        return out

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: dict) -> Analysis:
        """Rebuild an Analysis from its JSON form (what the store and exports read back)."""
        article = Article(
            text=data["text"], title=data.get("title"), published=data.get("published"),
            url=data.get("url"), site=data.get("site"), authors=list(data.get("authors") or []),
            language=data.get("language") or "en", id=data.get("id"), source=data.get("source"),
        )

        def span(d):
            return Span.from_json(d) if d else None

        actors = [
            Actor(id=a["id"], name=a["name"], kind=a["kind"], country=a.get("country"),
                  sector=a.get("sector"), title=a.get("title"),
                  mentions=[Span.from_json(m) for m in a.get("mentions", [])],
                  aliases=list(a.get("aliases") or []))
            for a in data.get("actors", [])
        ]
        statements = [
            Statement(id=s["id"], speaker=s.get("speaker"), source=span(s.get("source")),
                      cue=span(s.get("cue")), content=[Span.from_json(c) for c in s.get("content", [])],
                      kind=s["kind"], date=s.get("date"), frame=s.get("frame") or "speech")
            for s in data.get("statements", [])
        ]
        events = [
            Event(id=e["id"], type=e["type"], mode=e.get("mode"), actor=e.get("actor"),
                  recipient=e.get("recipient"), actor_span=span(e.get("actor_span")),
                  recipient_span=span(e.get("recipient_span")), date=e.get("date"),
                  place=e.get("place"), trigger=span(e["trigger"]), evidence=span(e["evidence"]),
                  statement=e.get("statement"), confidence=float(e.get("confidence", 0.5)),
                  negated=bool(e.get("negated", False)),
                  hypothetical=bool(e.get("hypothetical", False)),
                  intended=bool(e.get("intended", False)),
                  certainty=e.get("certainty"), passes_gate=bool(e.get("passes_gate", True)))
            for e in data.get("events", [])
        ]
        places = [
            Place(id=p["id"], name=p["name"], geonameid=p.get("geonameid"), lat=p.get("lat"),
                  lon=p.get("lon"), country=p.get("country"), feature=p.get("feature"),
                  mentions=[Span.from_json(m) for m in p.get("mentions", [])])
            for p in data.get("places", [])
        ]
        dates = [DateRef(d["start"], d["end"], d["text"], d.get("value")) for d in data.get("dates", [])]
        return cls(article, actors, statements, events, places, dates, list(data.get("warnings", [])))
