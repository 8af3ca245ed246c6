"""Places named in the text, geocoded offline against the shipped GeoNames gazetteer.

A name becomes a place when the gazetteer knows it and the text uses it as a place: spaCy's
GPE/LOC/FAC entities directly; any other proper name (spaCy labels "Zaporizhzhia" PERSON) only in a
locative position ("in X", "of X", a list with another place, "the X region"). Among places of the
same name the one that fits the story wins: the countries the story is about, the words around the
name ("the Donetsk region" is the region), the kind of place and its size. A capital used as the
subject of a verb ("Washington refused") is the government acting, an actor, not a place.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Optional

from newsgraph.analyze import gazetteer as gaz
from newsgraph.model import Place, Span

PLACE_LABELS = {"GPE", "LOC", "FAC"}
OTHER_LABELS = {"PERSON", "ORG", "NORP", ""}
REGION_WORDS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "state", "governorate",
                "prefecture", "territory", "county", "department"}
PLURAL_REGION_WORDS = {"regions", "oblasts", "provinces", "states", "governorates", "territories"}
CITY_WORDS = {"city", "town", "capital", "village", "port"}
LOCATIVE_PREPS = {"in", "of", "near", "from", "to", "at", "across", "around", "outside", "into", "toward",
                  "towards", "inside", "throughout", "through", "within", "between", "and", "via"}
# Words that name a place only in some other country's gazetteer ("the West" is not Cameroon's region).
NOT_PLACES = {"west", "east", "north", "south", "central", "western", "eastern", "northern", "southern",
              "middle east", "union", "most", "of", "march", "mobile", "reading", "independence", "victoria",
              "liberty", "justice", "progress", "unity", "hope", "friendship", "peace", "concord", "commerce",
              "eu", "un", "nato", "la", "as", "sale", "split", "nice", "bath", "batman", "eagle", "media"}
# Words that are part of many place names and a place of their own only somewhere else ("Le Port").
GENERIC_WORDS = {"port", "city", "island", "islands", "bay", "lake", "river", "mount", "fort", "cape", "gulf",
                 "sea", "coast", "valley", "park", "saint", "san", "santa", "new", "old", "upper", "lower",
                 "great", "little", "national", "republic", "kingdom", "state", "states", "united", "democratic"}
BIG_PLACE = 500_000  # a name not used as a place is taken as one only for places this big ...
CONTEXT_PLACE = 50_000  # ... or this big in a country the story is about
ACTING_DEPS = {"nsubj", "nsubjpass", "agent", "poss"}
FEATURE_SCORE = {"PCLI": 6.0, "PPLC": 3.0, "ADM1": 1.0, "PPL": 0.0}


def find_places(doc, actors) -> list[Place]:
    """Every place the text names, each once with all its mentions, in order of first mention."""
    gazetteer = gaz.load()
    candidates = _candidates(doc, gazetteer, actors)
    if not candidates:
        return []
    context = _context_countries(candidates, actors)
    # A name the words around it settle ("GENEVA -" dateline, "the Donetsk region") means the same
    # place at its other, unmarked mentions.
    settled = {}
    for span, entries, cue in candidates:
        if cue in ("region", "city"):
            settled.setdefault(gaz.fold(span.text), _best(span, entries, cue, context))
    places: dict[int, Place] = {}
    for span, entries, cue in candidates:
        entry = settled.get(gaz.fold(span.text)) if cue not in ("region", "city") else None
        if entry is None or entry not in entries:
            entry = _best(span, entries, cue, context)
        if entry is None or _is_acting_capital(span, entry):
            continue
        place = places.get(entry.geonameid)
        if place is None:
            name = span.text if entry.feature == "ADM1" else entry.name
            place = Place(id="", name=name, geonameid=entry.geonameid, lat=entry.lat, lon=entry.lon,
                          country=entry.country, feature=entry.feature)
            places[entry.geonameid] = place
        place.mentions.append(Span.from_spacy(span))
    ordered = sorted(places.values(), key=lambda p: p.mentions[0].start)
    for number, place in enumerate(ordered, start=1):
        place.id = f"P{number}"
    return ordered


def _candidates(doc, gazetteer, actors=None):
    """(span, gazetteer entries, cue) for each name used as a place; cue is "region", "city" or None."""
    found = []
    weak = []  # names in no locative position that spaCy does not call a place
    taken = set()
    people = _People(doc, actors)
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS | OTHER_LABELS:
            continue
        for span in _subspans(ent, gazetteer):
            entries = gazetteer.lookup(span.text)
            if not entries or taken & set(range(span.start, span.end)) or gaz.fold(span.text) in NOT_PLACES:
                continue
            if ent.label_ == "PERSON" and people.part_of_a_name(span):
                break
            if ent.label_ not in PLACE_LABELS and not _locative(span, doc):
                if ent.label_ not in ("PERSON", "ORG") or len(ent) != len(span) or not _not_a_person(span, entries, people):
                    continue  # "Vladimir" of "Vladimir Putin" is no place
                weak.append((span, entries, _cue(span)))
                taken.update(range(span.start, span.end))
                break
            found.append((span, entries, _cue(span)))
            taken.update(range(span.start, span.end))
            break
    # Proper names the NER missed altogether: only in a clearly locative position.
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper():
            continue
        span = doc[token.i:token.i + 1]
        entries = gazetteer.lookup(span.text)
        if not entries or gaz.fold(span.text) in NOT_PLACES:
            continue
        if _locative(span, doc):
            found.append((span, entries, _cue(span)))
            taken.add(token.i)
        elif _not_a_person(span, entries, people):
            weak.append((span, entries, _cue(span)))
            taken.add(token.i)
    # A name used neither as a place nor as a person's ("shelling hit Kiev"): a place when it is a big
    # one or one in a country the story is about.
    context = _context_countries(found, actors)
    for span, entries, cue in weak:
        kept = [e for e in entries if e.population >= BIG_PLACE or e.feature in ("PCLI", "ADM1", "PPLC")
                or (context.get(e.country) and e.population >= CONTEXT_PLACE)]
        if kept:
            found.append((span, tuple(kept), cue))
    found.sort(key=lambda item: item[0].start)
    return found


def _subspans(ent, gazetteer):
    """The entity, then (if the whole is unknown) its longest runs of proper-name tokens."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct or doc[end - 1].lower_ in REGION_WORDS):
        end -= 1
    if start >= end:
        return
    yield doc[start:end]
    if ent.label_ not in PLACE_LABELS:
        return  # parts of a person's or organisation's name are not places ("Agriculture Confederation")
    width = min(end - start - 1, gazetteer.max_words)
    for size in range(width, 0, -1):
        for i in range(start, end - size + 1):
            piece = doc[i:i + size]
            if piece[0].pos_ == "PROPN" and piece[-1].pos_ == "PROPN" and piece.text.lower() not in GENERIC_WORDS:
                yield piece


class _People:
    """What the place filters ask about the story's persons, each answer worked out once per
    story: checking a candidate is then a lookup, not a pass over every entity, actor or mention."""

    def __init__(self, doc, actors):
        self.actors = actors
        # the words of longer person names (an entity of two or more words, or a person actor's
        # name), each a word that is not the whole name
        words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
        for actor in _actor_list(actors):
            if actor.kind == "person":
                words.update(word for word in actor.name.split() if word != actor.name)
        self.name_words = frozenset(words)
        self._named_only = {}  # actor id -> whether every mention is the actor's name itself

    def part_of_a_name(self, span) -> bool:
        """A word of a longer person's name in the story ("According to Wen" after "Wen Lihua said")."""
        return span.text in self.name_words

    def named_only(self, actor) -> bool:
        if actor.id not in self._named_only:
            self._named_only[actor.id] = all(m.text == actor.name for m in actor.mentions)
        return self._named_only[actor.id]


def _not_a_person(span, entries, people: _People) -> bool:
    """A single proper name that no person of the story bears ("shelling hit Kiev")."""
    if len(span) != 1:
        return False
    if people.part_of_a_name(span):
        return False
    resolve = getattr(people.actors, "resolve", None)
    actor = resolve(span) if resolve else None
    if actor is None or actor.kind != "person":
        return True
    # a "person" known only by this one word, with no title: spaCy's label, not a person of the story
    return not actor.title and actor.name == span.text and people.named_only(actor)


def _locative(span, doc) -> bool:
    """True when the words around ``span`` use it as a place."""
    head = span.root
    if _cue(span) in ("region", "city"):
        return True
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return True
    if head.dep_ == "conj":
        first = head.head
        if first.ent_type_ in PLACE_LABELS or (first.dep_ == "pobj" and first.head.lower_ in LOCATIVE_PREPS):
            return True
    for child in head.children:
        if child.dep_ == "conj" and child.ent_type_ in PLACE_LABELS:
            return True
    return False


def _cue(span) -> Optional[str]:
    """"region" for "the Donetsk region", "province of X", ...; "city" for "X city", "the city of X";
    "regions-near" when the sentence speaks of regions."""
    doc = span.doc
    if span.text.isupper() and len(span.text) > 3 and (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws):
        return "city"  # a dateline: "GENEVA (Reuters) -"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in REGION_WORDS:
        return "region"
    if after is not None and after.lower_ in CITY_WORDS:
        return "city"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        word = doc[span.start - 2].lower_
        if word in REGION_WORDS:
            return "region"
        if word in CITY_WORDS:
            return "city"
    sent = span[0].sent if len(span) else None
    if sent is not None and any(t.lower_ in PLURAL_REGION_WORDS for t in sent):
        return "regions-near"
    return None


def _context_countries(candidates, actors) -> Counter:
    """How often each country is named or implied: the countries the story is about."""
    counts: Counter = Counter()
    for _span, entries, _cue in candidates:
        countries = {e.country for e in entries}
        if len(countries) == 1:
            counts[next(iter(countries))] += 1
        for entry in entries:
            if entry.feature == "PCLI":
                counts[entry.country] += 1
    for actor in _actor_list(actors):
        if actor.country:
            counts[actor.country] += 1
    return counts


def _actor_list(actors):
    if actors is None:
        return []
    if hasattr(actors, "to_list"):
        return actors.to_list()
    return list(actors)


def _best(span, entries, cue, context: Counter):
    """The entry that best fits the name's use and the story."""
    mention = gaz.fold(span.text)

    def score(entry):
        s = FEATURE_SCORE.get(entry.feature, 0.0)
        s += 0.5 * min(math.log10(entry.population + 1), 7.5)
        if context.get(entry.country):
            s += 3.0 + min(context[entry.country], 5) * 0.2
        if cue == "region":
            s += 6.0 if entry.feature == "ADM1" else -4.0
        elif cue == "city":
            s += 6.0 if entry.feature.startswith("PPL") else -4.0
        elif cue == "regions-near":  # "four regions ... Luhansk, Kherson": a weaker hint
            s += 1.0 if entry.feature == "ADM1" else 0.0
        elif entry.feature.startswith("PPL") and entry.population >= 100_000:
            s += 1.5  # a bare name shared by a region and its big city is usually the city
        if gaz.fold(entry.name) == mention:
            s += 1.0
        return s

    return max(entries, key=lambda e: (score(e), e.population, -e.geonameid))


def _is_acting_capital(span, entry) -> bool:
    """A capital as the doer of an action ("Washington refused", "Moscow's demands") is an actor."""
    if entry.feature != "PPLC":
        return False
    root = span.root
    dep = root.dep_
    if dep == "conj":
        dep = root.head.dep_
    return dep in ACTING_DEPS
