"""Country readings from the names inside an actor phrase.

``coding`` asks this module which words of a phrase are name words, and which country a name there
points to: a place named in a title or group phrase ("South Dakota Gov."), the person an aide or
adviser serves ("Obama adviser"), or the leader a government is named after ("the Obama
administration"). The gazetteer and the shipped knowledge base answer; both load lazily.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

FUNCTION_WORDS = frozenset({"and", "or", "of", "for", "the", "a", "an", "to", "at", "in", "with", "on", "by",
                            "'s", "’s", "'", "’", ",", "-", "–"})

#: words that open a phrase with a capital only because they open the sentence ("Most economists":
#: no town of Most)
QUANTIFIERS = frozenset({"most", "many", "some", "all", "several", "other", "more", "few", "both", "each",
                         "every", "any", "no", "top", "senior", "local", "two", "three", "four", "five",
                         "one", "six", "seven", "eight", "nine", "ten"})
#: adjectives of a level of government, capitalised at a sentence's start ("Federal courts", "State business
#: leaders"): no town of that name (Federal, Argentina) is meant
LEVEL_ADJECTIVES = frozenset({"federal", "national", "state", "provincial", "municipal", "central", "local",
                              "regional", "county", "city", "public", "private", "royal", "supreme", "general"})
#: common words that open a group phrase at a sentence's start and that the gazetteer also knows as a
#: town ("Young voters": Young, Uruguay; "Human rights lawyers": Uman, Ukraine; "Drug companies")
COMMON_OPENERS = frozenset({"young", "human", "drug", "gay", "liberal", "rich", "big", "media", "male", "police"})
#: the words a phrase's first word may not be to start a place name (built once, not per word)
_NO_PLACE_OPENERS = LEVEL_ADJECTIVES | COMMON_OPENERS


def is_name_word(word: str) -> bool:
    return bool(word) and word[0].isupper() and word.lower() not in FUNCTION_WORDS


#: heads a town names where something happened to, not whose people they are ("the Benghazi victims", "a
#: Paris survivor" were of many countries; "Lagos residents", "the Kabul police" are of the town's)
WHERE_IT_HAPPENED_HEADS = frozenset({"victim", "victims", "survivor", "survivors"})


def named_place_country(words: Sequence[str], lo: int, hi: int, covered: set) -> Optional[str]:
    """The country of a place named in a title or group phrase ("South Dakota Gov.", "the Fort Worth
    police"): a run of capitalised words no table knows, that the gazetteer puts in one country."""
    from newsgraph.analyze.actors.places import place_country

    i = lo
    while i < hi:
        if i in covered or not is_name_word(words[i]) or words[i].lower() in QUANTIFIERS or (
                i == lo and words[i].lower() in _NO_PLACE_OPENERS) or _acronym(words[i]) or (
                i > lo and is_name_word(words[i - 1])
                                                           and i - 1 not in covered):
            i += 1
            continue
        n = 0
        while i + n < hi and n < 3 and i + n not in covered and is_name_word(words[i + n]):
            n += 1
        if i + n == hi or (i + n < hi and words[i + n] not in ("'s", "’s") and is_name_word(words[i + n])
                           and i + n not in covered):
            if i + n < hi or n == 0:  # a longer run is a name ("Virginia Woolf"), not a place
                i += max(n, 1)
                continue
        if i + n < len(words) and words[i + n].lower() in WHERE_IT_HAPPENED_HEADS:
            i += max(n, 1)  # "the Benghazi victims": where they were hit, not whose people they are
            continue
        country = place_country(gazetteer_places().lookup(" ".join(words[i:i + n])))
        if country and not is_known_person(" ".join(words[i:i + n])):
            return country  # "Obama consultant" is no town of Obama, Japan
        i += max(n, 1)
    return None


def _acronym(word: str) -> bool:
    """Whether a word is an acronym ("NARAL", "AFL"): an organisation's, never a town's name as written."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def known_patron(words: Sequence[str], names: list[int]) -> Optional[str]:
    """The first run of name words among ``names`` that the knowledge base knows as a person."""
    runs: list[list[int]] = []
    for i in names:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        name = " ".join(words[run[0]:run[-1] + 1])
        if is_known_person(name):
            return name
    return None


def government_leader(words: Sequence[str], lo: int, end: int, covered: set) -> Optional[str]:
    """The name a government is named after ("the Obama administration", "Putin's government"): a
    run of capitalised words before its head that the knowledge base knows as a person or as a
    government office holder's surname; None for a place ("the Texas government")."""
    from newsgraph.analyze.actors import kb

    names = [i for i in range(lo, end) if i not in covered and is_name_word(words[i])]
    if not names or names[-1] + 1 < end and words[names[-1] + 1] not in ("'s", "’s"):
        return None
    name = " ".join(words[names[0]:names[-1] + 1])
    known = is_known_person(name) or len(names) == 1 and name.lower() in kb.leader_surnames()
    return name if known else None


def leader_country(name: str) -> Optional[str]:
    """The one country every person the name may be has."""
    from newsgraph.analyze.actors import kb

    countries = {c for e in kb.shipped().entries(name) if e.kind == "person" for c in e.countries}
    if not countries:
        countries = set(kb.leader_surnames().get(name.lower(), ()))
    return countries.pop() if len(countries) == 1 else None


def is_known_person(name: str) -> bool:
    from newsgraph.analyze.actors import kb

    return any(e.kind == "person" for e in kb.shipped().entries(name))


def gazetteer_places():
    from newsgraph.analyze import gazetteer

    return gazetteer.load()


def drop_surname_places(index) -> None:
    """Undo a place reading of a word that is the surname of a person of the same article: "Rubio
    spokesman" (Rubio, Venezuela), "Gore's communications director" (Goré, Chad), "Bush campaign
    officials" (Bush, Egypt) in a story that names Marco Rubio, Al Gore or Jeb Bush speak of that
    person's staff, not of a town. Only a country the gazetteer gives that word, and that the person
    does not have, is dropped (the setting may then give the right one)."""
    from newsgraph.analyze.actors import dictionaries
    from newsgraph.analyze.actors.places import place_country

    people: dict[str, set] = {}
    for a in index.actors:
        if a.kind == "person" and a.name[:1].isupper():
            people.setdefault(a.name.split()[-1], set()).add(a.id)
    if not people:
        return
    places = gazetteer_places()
    for actor in index.actors:
        if actor.country is None or actor.kind not in ("person", "group", "organization"):
            continue
        own = set(actor.name.split()) if actor.kind == "person" else set()
        for word in f"{actor.title or ''} {actor.name}".split():
            word = word.removesuffix("’s").removesuffix("'s")
            if word in own or not people.get(word, set()) - {actor.id} or dictionaries.country_of(word):
                continue
            namesakes = {index.actor(i).country for i in people[word] if index.actor(i) is not None}
            if actor.country not in namesakes and place_country(places.lookup(word)) == actor.country:
                actor.country = None
                break
