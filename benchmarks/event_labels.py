"""Read the blind event labels (``evlab`` directories) and parse the labellers' free-text notes.

Used by ``event_judged.py``. A labels directory holds ``<doc>.json`` (the analysis the labellers saw,
ids E1...) and ``review-*/judgments.tsv`` with rows ``page kind id real type actor recipient modality
fully note``; kind ``event`` judges a shown event, kind ``missed_event`` names an event the output
lacks, in the note. The rules below were written from reading every note of the seven review files:

- a wrong field names the right value as ``<field> should be X`` (a few write ``recipient X``); X ends
  at the first ``;`` outside brackets; further comma-separated chunks that start with a capital are
  more acceptable names (also "the X"), a chunk starting ``not`` names a wrong one; inside X, ``a/b``,
  ``a or b``, ``a and b``, ``a incl. b`` are alternatives, ``(not Y)`` excludes Y, ``(and Y)`` / ``(or Y)``
  / a short ``(alias)`` adds one (not an aside like "(in Ohio)", "(X is his aide)", a quoted pronoun);
  ``none`` accepts no recipient/actor, "(none is wrong)" does not; names compare by their words less
  titles and function words ("Clinton" = "Hillary Clinton", "the Israeli government" = "Israel") or as
  initials ("DNC");
- a wrong type names the right one as ``type should be ACCUSE/...`` or elsewhere in the note as a
  PLOVER word in capitals; words after ``not`` / ``rather than`` and the old type are not candidates;
- a missed event quotes its trigger words (``"..."``, ``...`` splits fragments), may give paragraphs
  (``[P2,P6]``, ``(P11)``, ``P2-P3``), its PLOVER type(s) in capitals, and actor and recipient either as
  ``actor X; recipient Y`` / ``actor X, recipient Y`` or as ``X -> Y`` (``X <-> Y``: either way).
A note that does not name a value leaves the field "unknown" wherever the value changed.
"""
from __future__ import annotations

import json
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT", "ACCUSE",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
TYPE_WORD = re.compile(r"\b(" + "|".join(PLOVER) + r")\b")
NOT_TYPE = re.compile(r"\b(?:not|than)\s+(?:\w+\s+){0,2}?(?:" + "|".join(PLOVER) + r")(?:/\w+)*")
#: words that do not tell two names apart ("the House" = "House"; "Clinton campaign" ~ "Hillary Clinton")
NAME_STOPWORDS = frozenset("""the a an of his her their its our mr mrs ms dr sen senator rep gov governor president
    former secretary and to for in at on by with who all other others some jr sr campaign administration government
    arguably possibly s""".split())
#: a nation's adjective names the nation ("the Israeli government" ~ "Israel")
DEMONYMS = {"israeli": "israel", "chinese": "china", "russian": "russia",
            "mexican": "mexico", "french": "france", "german": "germany", "british": "britain", "iranian": "iran",
            "philippine": "philippines", "japanese": "japan", "turkish": "turkey", "syrian": "syria"}
PREPOSITION = re.compile(r"(?:in|against|at|on|for|from|by|with|as|who|which|to)\s")
PRONOUNS = frozenset("he she they him her them his their it its we us i me you".split())
WORD_STOPWORDS = frozenset("""the a an of to in on at by for with and or but not no is was were be been being has have had
    will would could should can may might do does did that this these those it its he she they him her them his
    their we our you your i me my as from into over about up out than then so if who which what when said says
    say also just very more most""".split())


@dataclass(frozen=True)
class Names:
    """The names a note accepts for a field, the ones it rules out, and whether "none" is right."""
    accept: tuple = ()
    exclude: tuple = ()
    none_ok: bool = False
    none_wrong: bool = False

    def judge(self, name: str | None) -> str:
        if name is None:
            return "right" if self.none_ok else "wrong"
        tokens = name_tokens(name)
        if any(named(tokens, other) for other in self.exclude):
            return "wrong"
        return "right" if any(named(tokens, other) for other in self.accept) else "wrong"


@dataclass
class Labelled:
    """One judged event: the record the labeller saw, the judgement and the note."""
    page: str
    id: str
    real: str
    fields: dict  # type/actor/recipient -> "Y" or "N"
    note: str
    event: dict
    actor: str | None  # the old actor's name
    recipient: str | None
    right: dict = field(default_factory=dict)  # field -> Names or type set the note gives for an N field


@dataclass
class Missed:
    """A missed event: its trigger fragments and where to look, and the type, actor and recipient it names."""
    page: str
    id: str
    note: str
    fragments: list
    paragraphs: set
    types: tuple
    actor: Names | None
    recipient: Names | None
    symmetric: bool = False


def name_tokens(name: str) -> tuple:
    text = re.sub(r"\bU\.?S\.?A?\.?(?=\W|$)|\b[Uu]nited [Ss]tates\b|\bAmerica\b", " unitedstates ", name)
    text = re.sub(r"\b[Ww]hite [Hh]ouse\b", " whitehouse ", text)  # not "the House"
    text = re.sub(r"'s\b", " ", text.lower().replace("’", "'"))
    words = (DEMONYMS.get(w, w) for w in re.findall(r"[a-z0-9]+", text))
    return tuple(dict.fromkeys(w for w in words if w not in NAME_STOPWORDS and len(w) > 1))


def covers(longer: tuple, shorter: tuple, head: bool = True) -> bool:
    """``longer`` holds every word of ``shorter`` (and, with ``head``, ends like it: "Hillary Clinton" covers
    "Clinton"; "Central American immigrants" does not cover "America")."""
    return bool(shorter) and set(shorter) <= set(longer) and (not head or longer[-1] == shorter[-1])


def acronym(short: tuple, long: tuple) -> bool:
    """``short`` is the initials of ``long`` ("DNC", "Democratic National Committee")."""
    return len(short) == 1 and len(long) >= 2 and short[0] == "".join(w[0] for w in long)


def same_name(a: tuple, b: tuple) -> bool:
    """Two names of one actor: one covers the other ("Trump" ~ "Donald Trump") or abbreviates it."""
    return covers(a, b) or covers(b, a) or acronym(a, b) or acronym(b, a)


def named(actor: tuple, candidate: tuple) -> bool:
    """An actor's name fits a name in a note: all the note's words are in it ("State Department" fits "U.S.
    State Department"), or the name is the note's with words left out at the front ("Obama" fits "Obama")."""
    return covers(actor, candidate, head=False) or covers(candidate, actor) or acronym(actor, candidate) or \
        acronym(candidate, actor)


def split_top(text: str, separators: str) -> list[str]:
    """Split at the separators that are outside brackets and double quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for k, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "([" and not quoted:
            depth += 1
        elif char in ")]" and not quoted:
            depth = max(0, depth - 1)
        elif char in separators and depth == 0 and not quoted:
            parts.append(text[start:k])
            start = k + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def parse_names(value: str) -> Names | None:
    """The names a value like ``Paul Ryan ("him"), not Romney`` or ``none/US government`` accepts."""
    accept: list = []
    exclude: list = []
    flags = {"none_ok": False, "none_wrong": False}
    chunks = split_top(value, ",")
    for k, chunk in enumerate(chunks):
        if chunk.lower().startswith("not "):
            _add(chunk[4:], exclude, flags, "none_wrong")
        elif k == 0 or re.sub(r"^the\s+", "", chunk)[:1].isupper():  # "..., the Firefighters"
            _add(chunk, accept, flags, "none_ok", aliases=True, exclude=exclude)
        else:
            break
    if not accept and not flags["none_ok"]:
        return None
    return Names(tuple(accept), tuple(exclude), flags["none_ok"], flags["none_wrong"])


def _add(chunk: str, into: list, flags: dict, none_flag: str, aliases: bool = False, exclude: list | None = None):
    for inner in re.findall(r"\(([^()]*)\)", chunk):
        inner = inner.strip()
        if "wrong" in inner or '"' in inner:  # "(none is wrong)", "(nickname "Bibi" unresolved)"
            if re.match(r"none is wrong", inner):
                flags["none_wrong"] = True
            continue
        if inner.lower().startswith("not ") and exclude is not None:
            _add(inner[4:], exclude, flags, "none_wrong")
        elif aliases and re.match(r"(and|or)\s", inner):
            _add(inner.split(None, 1)[1], into, flags, none_flag)
        elif aliases and len(inner.split()) <= 4 and not re.match(PREPOSITION, inner) and \
                not re.search(r"\b(?:is|are|was|were)\b", inner):  # "(in Louisiana)", "(X is co-actor)"
            _add(inner, into, flags, none_flag)
    main = re.sub(r"\([^()]*\)", " ", chunk).replace('"', " ")
    main, _, ruled_out = main.partition(" not ")
    if ruled_out.strip() and exclude is not None:
        _add(ruled_out, exclude, flags, "none_wrong")
    for alternative in re.split(r"/|\bor\b|\band\b|&|\bincl\.|\bincluding\b", main):
        alternative = alternative.strip(" .:;'")
        if alternative.lower() == "none":
            flags[none_flag] = True
            continue
        tokens = name_tokens(alternative)
        if tokens and not set(tokens) <= PRONOUNS and len(tokens) <= 8:
            into.append(tokens)


def field_value(note: str, name: str) -> str | None:
    """The text a note gives as the right value of a field, up to the next ``;`` outside brackets."""
    found = re.search(rf"\b{name} should be\s+", note) or re.search(rf"\b{name}\s+(?=[A-Z])", note)
    if found is None:
        return None
    value = split_top(note[found.end():], ";")[0]
    for other in ("actor", "recipient", "modality", "type"):  # ", recipient should be ..." ends the value
        value = re.split(rf",\s*(?:and\s+)?{other}\b", value)[0]
    return value.strip() or None


def right_types(note: str, old_type: str) -> frozenset:
    """The PLOVER types a note offers for a wrong type (empty when it names none)."""
    found = re.search(r"\btype should be\s+", note)
    text = split_top(note[found.end():], ";")[0] if found else note
    text = NOT_TYPE.sub(" ", text)
    return frozenset(TYPE_WORD.findall(text)) - {old_type}


def parse_labelled(row: list[str], record: dict) -> Labelled:
    page, _kind, label_id, real, type_ok, actor_ok, recipient_ok = row[:7]
    note = row[9] if len(row) > 9 else ""
    event = next(e for e in record["events"] if e["id"] == label_id)
    names = {a["id"]: a["name"] for a in record["actors"]}
    modality_ok = row[7]
    item = Labelled(page, label_id, real, {"type": type_ok, "actor": actor_ok, "recipient": recipient_ok,
                                           "modality": modality_ok}, note,
                    event, names.get(event.get("actor")), names.get(event.get("recipient")))
    if real == "Y":
        if type_ok == "N":
            types = right_types(note, event["type"])
            if types:
                item.right["type"] = types
        for part in ("actor", "recipient"):
            value = field_value(note, part) if item.fields[part] == "N" else None
            parsed = parse_names(value) if value else None
            if parsed is not None:
                item.right[part] = parsed
    return item


#: a quotation in a note: in double quotes, or in single quotes set off by spaces or punctuation (some
#: labellers quote so: "'pushed for' a ban"; not the apostrophe of "Patrolmen's")
QUOTED = re.compile(r'"([^"]+)"|(?:(?<=^)|(?<=[\s(\[/,;:]))\'([^\']+)\'(?=[\s)\].,;:/]|$)')


def parse_missed(page: str, missed_id: str, note: str) -> Missed:
    fragments = []
    for quote in (double or single for double, single in QUOTED.findall(note)):
        for piece in re.split(r"\.\.\.|…|\[[^\]]*\]", quote):
            if any(w not in WORD_STOPWORDS for w in re.findall(r"[a-z]+", piece.lower())):
                fragments.append(piece.strip())
    paragraphs = set()
    for first, last in re.findall(r"\bP(\d+)(?:\s*-\s*P?(\d+))?", note):
        paragraphs.update(range(int(first), int(last or first) + 1))
    rest = QUOTED.sub(" ", note)
    rest = re.sub(r"[\[(]\s*P\d+[^)\]]*[)\]]|\bP\d+(?:\s*-\s*P?\d+)?", " ", rest)
    rest = re.sub(r"^\s*trigger\b", " ", rest)
    types = tuple(dict.fromkeys(TYPE_WORD.findall(rest)))
    actor = recipient = None
    symmetric = False
    pair = re.search(r"\bactor\s+(.+?)\s*[;,]\s*recipient\s+(.+)$", rest)
    if pair:
        actor, recipient = parse_names(pair.group(1)), parse_names(pair.group(2))
    else:
        arrow = next((part for part in split_top(rest, ";") if "->" in part), None)
        if arrow is not None:
            symmetric = "<->" in arrow
            left, right = re.split(r"<?->", arrow, maxsplit=1)
            left = re.sub(r"^.*\b(?:" + "|".join(PLOVER) + r")\b(?:/\w+)*(?:\s*\([^)]*\))?[\s,:]*", "", left)
            actor, recipient = parse_names(left.strip()), parse_names(right.strip())
    return Missed(page, missed_id, note, fragments, paragraphs, types, actor, recipient, symmetric)


def read_labels(directory: Path, pages: Optional[Container[str]] = None) -> tuple[dict, dict, dict]:
    """Per page: the labelled events, the missed events, and the record the labellers saw; only the rows of
    ``pages`` when given (other documents' records stay unread)."""
    labelled: dict = {}
    missed: dict = {}
    records: dict = {}
    for sheet in sorted(directory.glob("review-*/judgments.tsv")):
        for line in sheet.read_text(encoding="utf-8").splitlines():
            row = line.split("\t")
            if len(row) < 9 or row[1] not in ("event", "missed_event") or (pages is not None and row[0] not in pages):
                continue
            page = row[0]
            if page not in records:
                records[page] = json.loads((directory / f"{page}.json").read_text(encoding="utf-8"))
            if row[1] == "event":
                labelled.setdefault(page, []).append(parse_labelled(row, records[page]))
            else:
                rows = missed.setdefault(page, [])
                rows.append(parse_missed(page, f"M{len(rows) + 1}", row[9] if len(row) > 9 else ""))
    return labelled, missed, records


def latest_labelled(folders: Iterable[dict]) -> dict:
    """Per page the judged events of review folders (``read_labels``' first dict each, oldest folder first),
    the latest verdict of an event winning: a later folder's row of the same page and trigger span (a focus
    review of a later render, or ``review-carried``) replaces the older one in its place."""
    by_trigger: dict = {}
    for labelled in folders:
        for page, items in labelled.items():
            spans = by_trigger.setdefault(page, {})
            for item in items:
                spans[(item.event["trigger"]["start"], item.event["trigger"]["end"])] = item
    return {page: list(spans.values()) for page, spans in by_trigger.items()}
