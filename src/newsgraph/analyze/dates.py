"""Temporal expressions resolved against the publication date, as newspapers use them.

Conventions (the reader of a news story counts from the day it was published):

- "on Thursday", "Thursday" -> the last Thursday on or before publication (the same day when the story
  is from a Thursday); "last Thursday" -> the one strictly before; "next/coming Thursday" -> the first
  one after; "this Thursday" -> the Thursday of the publication week (Monday to Sunday).
- "in September", "September 12" (no year) -> the last such month/day on or before publication
  ("May 16" in a November story is that year's May 16, never next year's, however near);
  "last September" -> strictly before the publication month.
- Numbers inside names are no dates: "the 2025 bonds", "Vision 2030" (a bare year that modifies a
  noun or follows a name, or stands inside an ORG/PRODUCT/LAW/EVENT entity) is left out.
- The future turns this around: when the expression modifies a verb with "will"/"shall"/"would" or an
  infinitive ("talks will resume on Monday", "agreed to meet in March"), the first such day/month
  on or after publication is meant.
- "yesterday", "today", "tomorrow", "tonight", "last night", "this morning"; "last/this/next week"
  (ISO week, "2022-W47"), "earlier this month", "last month" ("2022-11"), "last year" ("2021");
  "two days ago", "three weeks ago", "a year ago"; ISO dates; years after a preposition ("in 2021")
  or inside a spaCy DATE entity.
- Values are ISO 8601 at the precision the text gives: YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD.
- Vague expressions ("previously", "recently", "in the meantime", "meanwhile", "at the moment",
  "currently", "so far", "earlier"/"later" as adverbs) ARE listed, with value None: they are temporal
  expressions a reader may want to see, but they name no date. Other spaCy DATE entities we cannot
  resolve ("four years", "the 1990s") are listed with value None too.
- With ``published=None`` relative expressions stay None; absolute ones ("September 12, 2021") resolve.

Spans include the preposition or modifier ("on Thursday", "earlier this month") as DESIGN.md shows.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from typing import Optional

from newsgraph.model import DateRef
from newsgraph.nlp.text import text_of

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
               "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

_WD = "|".join(WEEKDAYS)
_MON_FULL = "|".join(MONTHS)
_MON_ANY = _MON_FULL + "|" + "|".join(rf"{a}\.?" for a in _MONTH_ABBR)
_PREP = r"(?:\b(?P<prep>[Oo]n|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Aa]s of|[Ss]tarting)\s+)?"
_EDGE = r"(?:\b(?P<edge>[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]arlier|[Ll]ater)\s*)?"
_MOD = r"(?:\b(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?"
_NUM = r"(?P<num>\d+|" + "|".join(_NUMBERS) + ")"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(_PREP + r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day", re.compile(_PREP + r"\b(?P<month>" + _MON_ANY + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
                             r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?")),
    ("day_month", re.compile(_PREP + r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + _MON_ANY +
                             r")(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?")),
    ("weekday", re.compile(_PREP + _MOD + r"\b(?P<wd>" + _WD + r")(?:\s+(?P<part>morning|afternoon|evening|night))?\b")),
    ("month", re.compile(_PREP + _EDGE + _MOD + r"\b(?P<month>" + _MON_FULL + r")\b(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b)?")),
    ("year", re.compile(r"(?:\b(?P<prep>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Oo]f)\s+)?" + _EDGE +
                        r"\b(?P<year>(?:19|20)\d{2})\b(?!-\d)")),
    ("relday", re.compile(r"\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast night|"
                          r"[Tt]his (?:morning|afternoon|evening))\b")),
    ("relperiod", re.compile(_PREP + _EDGE + r"\b(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+"
                             r"(?P<unit>week|weekend|month|year)\b")),
    ("ago", re.compile(r"\b" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("vague", re.compile(r"\b(?:[Pp]reviously|[Rr]ecently|[Ii]n the meantime|[Mm]eanwhile|[Aa]t the moment|"
                         r"[Cc]urrently|[Ll]ately|[Ss]o far|[Ii]n the past|[Ee]arlier|[Ll]ater)\b")),
]
# bare months and years are dates only after a preposition or inside a spaCy DATE entity
_NEEDS_SUPPORT = {"month", "year"}
_ADVERB_ONLY = {"earlier", "later"}


def parse_published(published: Optional[str]) -> Optional[date]:
    """The publication date of an ISO string (time part ignored), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return _MONTH_ABBR[name]


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def resolve_weekday(weekday: int, pub: date, mod: Optional[str] = None, future: bool = False) -> date:
    """The date of weekday (0 = Monday) relative to ``pub`` under the conventions above."""
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if mod == "last" or mod == "past":
        return pub - timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return pub + timedelta(days=ahead or 7)
    if mod == "this":
        return pub - timedelta(days=pub.weekday()) + timedelta(days=weekday)
    if future:
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def resolve_month(month: int, pub: date, mod: Optional[str] = None, future: bool = False) -> tuple[int, int]:
    """(year, month) of a month named without a year, relative to ``pub``."""
    if mod == "this":
        return pub.year, month
    if mod in ("next", "coming") or (future and mod is None):
        strictly = mod in ("next", "coming")
        year = pub.year if (month > pub.month or (month == pub.month and not strictly)) else pub.year + 1
        return year, month
    strictly = mod in ("last", "past")
    year = pub.year if (month < pub.month or (month == pub.month and not strictly)) else pub.year - 1
    return year, month


def resolve_month_day(month: int, day: int, pub: date, tense: Optional[str] = None) -> Optional[date]:
    """A day and month without a year: the last one on or before ``pub`` ("May 16" in a November
    story is that year's May 16), unless the tense puts it in the future ("talks will resume on
    December 2"): then the first one on or after it."""
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if tense == "future":
        later = [d for d in options if d >= pub]
        return min(later) if later else None
    earlier = [d for d in options if d <= pub]
    return max(earlier) if earlier else None


def _value(kind: str, m: re.Match, pub: Optional[date], future: bool, past: bool = False) -> Optional[str]:
    g = m.groupdict()
    mod = (g.get("mod") or "").lower() or None
    if kind == "iso":
        try:
            return date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat()
        except ValueError:
            return None
    if kind in ("month_day", "day_month"):
        month, day = _month_number(g["month"]), int(g["day"])
        if g.get("year"):
            try:
                return date(int(g["year"]), month, day).isoformat()
            except ValueError:
                return None
        if pub is None:
            return None
        d = resolve_month_day(month, day, pub, "future" if future else "past" if past else None)
        return d.isoformat() if d else None
    if kind == "month":
        month = _month_number(g["month"])
        if g.get("year"):
            return f"{int(g['year']):04d}-{month:02d}"
        if pub is None:
            return None
        year, month = resolve_month(month, pub, mod, future)
        return f"{year:04d}-{month:02d}"
    if kind == "year":
        return g["year"]
    if pub is None or kind == "vague":
        return None
    if kind == "weekday":
        return resolve_weekday(WEEKDAYS.index(g["wd"]), pub, mod, future).isoformat()
    if kind == "relday":
        rel = g["rel"].lower()
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(rel, 0)
        return (pub + timedelta(days=offset)).isoformat()
    if kind == "relperiod":
        step = {"last": -1, "next": 1, "coming": 1}.get(mod or "", 0)
        unit = g["unit"].lower()
        if unit in ("week", "weekend"):
            return _iso_week(pub + timedelta(weeks=step))
        if unit == "month":
            year, month = _shift_month(pub.year, pub.month, step)
            return f"{year:04d}-{month:02d}"
        return str(pub.year + step)
    if kind == "ago":
        raw = g["num"].lower()
        n = int(raw) if raw.isdigit() else _NUMBERS[raw]
        unit = g["unit"].lower()
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat()
        if unit == "week":
            return _iso_week(pub - timedelta(weeks=n))
        if unit == "month":
            year, month = _shift_month(pub.year, pub.month, -n)
            return f"{year:04d}-{month:02d}"
        return str(pub.year - n)
    return None


def _tense(doc, start: int, end: int) -> Optional[str]:
    """"future" when the expression at ``start:end`` modifies a verb with will/shall ("will meet on
    Monday"), "past" for a verb in the past tense, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(4):  # up to the governing verb, a few steps at most
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    # "would" too: in reported speech it is the future of the past ("said they would meet in May")
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo", "would") for c in token.children):
        return "future"
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return "future"  # "agreed to meet again in March", "plans to visit on Monday"
    if token.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in token.children):
        return "past"
    return None


def _covered(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping)."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def find_dates(doc, published: Optional[str]) -> list[DateRef]:
    """Every temporal expression in ``doc``, resolved against ``published`` (ISO date) where possible.

    Sorted by position, never overlapping (the longest expression wins)."""
    text = text_of(doc)
    pub = parse_published(published)
    date_ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    ents = [(e.start_char, e.end_char) for e in date_ents]
    candidates: list[tuple[int, int, str, re.Match]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if kind in _NEEDS_SUPPORT and not m.group("prep") and not (m.groupdict().get("mod") or m.group("edge")):
                if not _covered(ents, m.start("year" if kind == "year" else "month")):
                    continue
            if kind == "vague" and m.group().lower() in _ADVERB_ONLY and not _is_adverb(doc, start, end):
                continue
            if kind == "year" and not m.group("prep") and _names_something(doc, m.start("year"), m.end("year")):
                continue
            candidates.append((start, end, kind, m))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    refs: list[DateRef] = []
    last_end = -1
    taken: list[tuple[int, int]] = []
    for start, end, kind, m in candidates:
        if start < last_end:
            continue
        tense = _tense(doc, start, end) if kind in ("weekday", "month", "month_day", "day_month") and pub else None
        refs.append(DateRef(start, end, text[start:end], _value(kind, m, pub, tense == "future", tense == "past")))
        taken.append((start, end))
        last_end = end
    # spaCy DATE entities we did not read: listed, unresolved
    for e in date_ents:
        if e.label_ != "DATE":
            continue
        k = bisect_right(taken, (e.end_char, -1))  # the expressions starting before the entity ends
        if k and taken[k - 1][1] > e.start_char:
            continue
        if len(e) == 1 and e[0].like_num and _names_something(doc, e.start_char, e.end_char):
            continue
        refs.append(DateRef(e.start_char, e.end_char, e.text, None))
    refs.sort(key=lambda r: r.start)
    return refs


NAME_ENTITIES = ("ORG", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC")


def _names_something(doc, start: int, end: int) -> bool:
    """A bare year that is part of a name or an attribute of a thing, not a date of the clause:
    "the 2025 bonds", "its 2030 notes" (a modifier before its noun), "Vision 2030" (after a
    name), or a year inside a named entity ("the Expo 2020 organisers")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.ent_type_ in NAME_ENTITIES:
        return True
    head = token.head
    if head is token:
        return False
    if token.dep_ in ("nummod", "compound", "amod", "nmod") and head.i > token.i and head.pos_ in ("NOUN", "PROPN"):
        return True
    return head.pos_ == "PROPN" and head.i < token.i and token.dep_ in ("nummod", "appos", "compound")


def _is_adverb(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return bool(span) and span.root.pos_ == "ADV" and span.root.dep_ != "amod"


def _governing_verb(token):
    """The nearest verb above ``token`` (itself when it is one); the sentence root at worst."""
    for _ in range(20):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return token
        token = token.head
    return token


def dates_in(dates: list[DateRef], sent) -> list[DateRef]:
    """The dates of ``dates`` (in order of position, as ``find_dates`` gives them) that start in ``sent``:
    the only ones ``date_of_sentence`` reads, found by a binary search instead of a pass over all the
    story's dates for each statement or event (quadratic on a long story)."""
    first = bisect_left(dates, sent.start_char, key=_start)
    return dates[first:bisect_left(dates, sent.end_char, lo=first, key=_start)]


def _start(date: DateRef) -> int:
    return date.start


def date_of_sentence(sent, dates: list[DateRef], published: Optional[str], anchor=None) -> Optional[str]:
    """The date a sentence gives for what it reports, else the publication date.

    A date counts when it modifies the clause of ``anchor`` (a token: a cue or trigger; the sentence
    root when None) or a clause above it: "On Thursday, Biden said he would ..." dates both verbs,
    but "Commenting on Biden's remark on Thursday, Peskov said ..." does not date what Peskov said.
    Unresolved (vague) dates are skipped."""
    inside = [r for r in dates if r.value and sent.start_char <= r.start < sent.end_char]
    if not inside:
        return published
    doc = sent.doc
    target = _governing_verb(anchor if anchor is not None else sent.root)
    above = {target.i} | {t.i for t in target.ancestors}
    for ref in inside:
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is not None and len(span) and _governing_verb(span.root.head if span.root.dep_ != "ROOT" else span.root).i in above:
            return ref.value
    return published
