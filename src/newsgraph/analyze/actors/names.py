"""The shape of a name in the text: where an entity the tagger found starts and ends ("Battin:
Dealing", "Kit Draper, Firefly Aerospace", "Browns DL Sheldon Richardson", "Customs" of "Customs and
Border Protection"), which words are a title rather than a name, which names are one person's
("Pat Carlineo", "Patrick W. Carlineo Jr."), and which text the English model can read at all.

Pure functions over a spaCy parse; the actor builder (``build``) uses them.
"""
from __future__ import annotations

import re

from newsgraph.analyze import resources
from newsgraph.analyze.actors import coding, dictionaries, generations
from newsgraph.nlp.text import token_positions

POSSESSIVE_MARKERS = coding.POSSESSIVE_MARKERS

#: a word of a name: letters, joined by an apostrophe or a hyphen ("O'Malley", "D’Souza", "Soon-Shiong")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def name_word(token) -> bool:
    """A word of letters, or of letters joined by an apostrophe or a hyphen: spaCy's ``is_alpha`` is
    false for "O'Malley", which made a surname with an apostrophe no name of its own."""
    return token.is_alpha or _NAME_WORD.fullmatch(token.text) is not None


#: punctuation a name never runs across ("Battin: Dealing", "Kit Draper, Firefly Aerospace")
_NAME_BREAKS = frozenset({":", ";", ",", "|", "—", "–", "(", ")", "[", "]", "/", "•"})
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "JR", "SR"})
#: past and present forms of speech verbs that open an inverted sentence ("Said Kit Draper, ...")
_IRREGULAR_CUES = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
                   "writes": "write", "spoke": "speak", "added": "add", "adds": "add", "asked": "ask"}


def split_entity(ent) -> list:
    """An entity cut at punctuation inside it into its parts ("Battin: Dealing" -> "Battin",
    "Dealing"), and a person's name cut after an all-capitals abbreviation that precedes a full
    name ("Browns DL Sheldon Richardson" -> "Sheldon Richardson"). A comma between a name and an
    organisation ("Kit Draper, Firefly Aerospace"), or a possessive ("Jeff Bezos’s Blue Origin"),
    leaves the organisation an organisation."""
    from spacy.tokens import Span as DocSpan

    doc = ent.doc
    parts, start = [], ent.start
    listing = any(t.lower_ in ("and", "&", "of", "for") for t in ent)  # "Bureau of Alcohol, Tobacco, ..."
    owned = set()  # parts after a possessive: what the owner has ("Jeff Bezos’s Blue Origin")
    whole = ent.label_ != "PERSON" and _known_whole(ent)  # "the People's Liberation Army" is one name
    for i in range(ent.start, ent.end + 1):
        possessive = i < ent.end - 1 and doc[i].text in POSSESSIVE_MARKERS and i > ent.start and not whole and not (
            ent.label_ != "PERSON" and doc[i + 1].lower_ in coding.NEEDS_A_NAME)  # "NASA’s Office of ..." is one
        if i == ent.end or possessive or _name_break(doc[i]) and not (
                doc[i].text == "," and listing and ent.label_ != "PERSON"):
            if i > start:
                parts.append((start, i))
            start = i + 1
            if possessive:
                owned.add(start)
    out = []
    for k, (a, b) in enumerate(parts):
        label = ent.label_
        if ent.label_ == "PERSON" and k > 0 and (b - a >= 2 or a in owned):
            label = "ORG"  # "Kit Draper, Firefly Aerospace": the name, then where the person works
        elif b + 1 in owned and ent.label_ != "PERSON" and _a_place(doc[a:b].text):
            label = "GPE"  # "Cleveland’s Public Auditorium": the owner is a place
        if label == "PERSON":
            a = _after_abbreviation(doc, a, b)
        out.append(DocSpan(doc, a, b, label=label) if (a, b) != (ent.start, ent.end) else ent)
    return out


def known_organization(name: str) -> bool:
    """Whether an organisation table (the shipped dictionaries or the knowledge base) knows ``name``."""
    from newsgraph.analyze.actors import kb

    return dictionaries.organization(name) is not None or kb.normal_name(name) in kb.shipped_organizations()


def _known_whole(ent) -> bool:
    """Whether the tables or the knowledge base know the entity's whole text, possessive and all, as one
    organisation ("the People's Liberation Army") or one country's official name ("the Democratic
    People's Republic of Korea", "the Lao People's Democratic Republic": the country table's names and
    the gazetteer's names of countries), which a cut at the possessive would make another's ("Republic
    of Korea" is the South's)."""
    from newsgraph.analyze import gazetteer

    if not any(t.text in POSSESSIVE_MARKERS for t in ent):
        return False
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return known_organization(text) or dictionaries.country_of(text) is not None \
        or any(place.feature == "PCLI" for place in gazetteer.load().lookup(text))


#: endings of the abstract nouns that name a body's field ("Border Protection", "Human Services")
_DOMAIN_ENDINGS = ("tion", "sion", "ment", "ity", "ance", "ence", "ness", "ics", "ices", "ies", "ure", "ing",
                   "ives", "fare", "ship", "affairs", "security", "defense", "defence", "trade", "energy")


def coordinated_name(ent):
    """An organisation's name that the tagger cut at its own "and" ("Customs" of "Customs and
    Border Protection"): the name runs on through "and"/"&" over two or more capitalised words the
    tagger left untagged that end in a field's abstract noun ("Protection", "Services") and that
    name nothing the tables know, when the first half is not known by itself either ("Ford and
    General Motors" stay two)."""
    from spacy.tokens import Span as DocSpan

    from newsgraph.analyze.actors import kb

    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 2 >= len(doc) or doc[ent.end].lower_ not in ("and", "&"):
        return ent
    end = ent.end + 1
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" \
            and doc[end].ent_type_ == "":
        end += 1
    run = doc[ent.end + 1:end]
    if len(run) < 2 or not run[-1].lower_.endswith(_DOMAIN_ENDINGS) or any(
            dictionaries.organization(part.text) or kb.shipped().entries(part.text) for part in (ent, run)):
        return ent
    return DocSpan(doc, ent.start, end, label="ORG")


@resources.cached()
def thing_heads() -> frozenset[str]:
    """The last words of a name that make it a thing's, a place's, an event's or an illness's
    (``data/thing_heads.txt``, its sources in its header)."""
    return frozenset(w.lower() for line in resources.text("thing_heads.txt").splitlines()
                     if not line.startswith("#") for w in line.split())


@resources.cached()
def inanimate_heads() -> frozenset[str]:
    """Nouns for things, quantities and living matter that never speak or stand for a body
    (``data/inanimate_heads.txt``, its sources in its header)."""
    return frozenset(w.lower() for line in resources.text("inanimate_heads.txt").splitlines()
                     if not line.startswith("#") for w in line.split())


def names_a_thing(tokens) -> bool:
    """Whether a name ends in a word that names a thing, an event or an illness ("the IllustrisTNG
    Project", "the Davis Cup", "the Paris Agreement", "Ebola Virus"), and no table knows it as a body."""
    doc, end = tokens.doc, tokens.end
    while end < len(doc) - 1 and doc[end].like_num and doc[end].head.i == tokens.root.head.i:
        end += 1  # "Pixel Nova 5 phone": the model number between the name and its noun
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in thing_heads() and "\n" not in tokens[-1].whitespace_ and (
            nxt.text[:1].isupper() or tokens.root.dep_ in ("compound", "nmod") and tokens.root.head.i == end):
        # "Mohegan Sun" of "Mohegan Sun Arena", "the Pixel Nova phone": the name of the thing
        return dictionaries.organization(tokens.text) is None
    last = tokens[-1].lower_
    return last in thing_heads() and len(tokens) > 1 and dictionaries.organization(tokens.text) is None


def described_as_a_thing(tokens) -> bool:
    """Whether a lower-case thing word right before a name, or in apposition to it, says what it is
    ("the handheld console Nova Ultra", "Harbour Lights, a film by ..."): a thing's name."""
    doc = tokens.doc
    root = tokens.root
    words = []
    if tokens.start > 0:
        words.append(doc[tokens.start - 1])
    if root.dep_ == "appos" and root.head.i < tokens.start:
        words.append(root.head)
    words += [c for c in root.children if c.dep_ == "appos" and c.i >= tokens.end]
    kinds = thing_heads() | inanimate_heads()
    return any(w.pos_ == "NOUN" and w.text.islower() and w.lemma_.lower() in kinds for w in words)


def cut_from_longer_name(tokens) -> bool:
    """Whether the tagger cut a person's name out of a longer name: a capitalised proper noun
    of no entity stands right before or after it on the same line ("Jiffy" before "Lube Live",
    "Nation" after "Live"), and it is no title, honorific, country or body word ("President
    Lindqvist", "the Lindqvist Administration"); a name that opens with a given name or an initial
    starts there ("Coach P.J. Fleck")."""
    doc = tokens.doc
    around = []
    first = tokens[0].text
    if tokens.start > 0 and not tokens[0].is_sent_start and first not in given_names() \
            and not (first.endswith(".") and len(first) <= 5):
        around.append(doc[tokens.start - 1])  # "Coach P.J. Fleck", "Coach Mike Glass": a title before a name
    if tokens.end < len(doc) and "\n" not in tokens[-1].whitespace_:
        around.append(doc[tokens.end])
    for t in around:
        if t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.ent_type_ or "\n" in t.whitespace_ \
                and t.i < tokens.start:
            continue
        word = t.text.rstrip(".")
        if word in HONORIFICS or dictionaries.sector_word(word) or dictionaries.country_of(word) \
                or word.lower() in coding.NEEDS_A_NAME or word.lower() in coding.CORPORATE_SUFFIXES:
            continue
        return True
    return False


def model_number(tokens) -> bool:
    """Whether a name carries a model number after its first word ("Corvan X-220", "Aventra A320",
    "Brightway 737 Max"): a product's name, not its maker's. A model number mixes letters and digits
    or is a number of three digits or more that is not a year; scores ("6-2") and channel numbers
    ("Fox 5") are none."""
    for t in list(tokens)[1:]:
        text = t.text
        digits = sum(c.isdigit() for c in text)
        letters = sum(c.isalpha() for c in text)
        if digits and letters and not text.lower().endswith(("st", "nd", "rd", "th", "s")):
            return True  # "X-220", "A320"; not "21st", "1990s"
        if text.isdigit() and len(text) >= 3 and not (len(text) == 4 and text[:2] in ("19", "20")):
            return True
    return False


HONORIFICS = frozenset({"Sir", "Dame", "Lord", "Lady", "Mr", "Mrs", "Ms", "Dr", "Sheikh", "Prince", "Princess", "King",
                        "Queen", "Emir", "Sultan", "Imam", "Rev", "Father", "Saint", "St"})


@resources.cached()
def given_names() -> frozenset[str]:
    """Given names that open three or more persons' names in the shipped knowledge base ("Diego",
    "Maria", "Vladimir"), less titles ("Sir", "General"): a first name tells a person's name from
    an organisation's."""
    from collections import Counter

    from newsgraph.analyze.actors.kb import KB_FILE

    counts: Counter = Counter()
    bodies: Counter = Counter()  # "United", "Al": they open organisations' names too
    for _name, _entity, canonical, kind, _roles, _source in resources.read_tsv(KB_FILE):
        words = canonical.split()
        if len(words) > 1 and words[0][:1].isupper():
            (counts if kind == "person" else bodies)[words[0]] += 1
    return frozenset(w for w, n in counts.items() if n >= 3 and bodies[w] * 5 < n and w not in HONORIFICS
                     and dictionaries.sector_word(w.rstrip(".")) is None and dictionaries.country_of(w) is None)


def in_an_address(tokens) -> bool:
    """Whether a name is part of an address ("Holmdel, NJ", "Mountain View, CA"): followed by, or
    being, a comma and a two-capital region code after a place."""
    doc = tokens.doc
    end, start = tokens.end, tokens.start
    if end + 1 < len(doc) and doc[end].text == "," and _region_code(doc[end + 1]):
        return True
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper():
        # a venue in a listing: "Harmon Arts Center, Ridgewood, NJ" (a place between the name and the code)
        k = end + 1
        while k < min(len(doc), end + 5) and doc[k].text[:1].isupper() and doc[k].text != ",":
            k += 1
        if k + 1 < len(doc) and doc[k].text == "," and _region_code(doc[k + 1]):
            return True
    return len(tokens) == 1 and _region_code(tokens[0]) and start >= 2 and doc[start - 1].text == "," \
        and doc[start - 2].text[:1].isupper()


def _region_code(token) -> bool:
    """"NJ", "CA": two capitals that no capitalised word follows on the same line ("NJ Transit" is a name)."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return len(token.text) == 2 and token.text.isalpha() and token.text.isupper() and (
        nxt is None or "\n" in token.whitespace_ or nxt.is_space or not (nxt.is_alpha and nxt.text[:1].isupper()))


def _a_place(text: str) -> bool:
    """Whether the gazetteer or the country tables know ``text`` as a place."""
    from newsgraph.analyze import gazetteer

    return bool(dictionaries.country_of(text) or dictionaries.capital_country(text) or gazetteer.load().lookup(text))


def _name_break(token) -> bool:
    if token.text in _NAME_BREAKS:
        return True
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _after_abbreviation(doc, start: int, end: int) -> int:
    """Where a person's name starts after an all-capitals abbreviation ("DL" in "Browns DL Sheldon
    Richardson": a position or a unit, then the full name)."""
    for i in range(end - 3, start - 1, -1):
        t = doc[i]
        if t.is_alpha and t.text.isupper() and 2 <= len(t.text) <= 4 and t.text not in _ROMAN and all(
                w.is_alpha and w.text[:1].isupper() and not w.text.isupper() for w in doc[i + 1:end]):
            return i + 1
    return start


#: the tokens that join the parts of a hyphenated word
HYPHENS = ("-", "‐")


def hyphenated(doc, i: int):
    """The hyphenated word token ``i`` is part of ("Soon-Shiong"), or None when it is none."""
    if not doc[i].is_alpha:
        return None
    start = end = i
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in HYPHENS and not doc[end].whitespace_ \
            and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
        end += 2
    return doc[start:end + 1] if end > start else None


def speech_verb_word(token) -> bool:
    """A capitalised speech verb opening a sentence ("Said Kit Draper, ..."), not part of a name."""
    if not (token.is_sent_start or token.i > 0 and token.doc[token.i - 1].is_punct):
        return False
    word = token.lower_
    lemma = _IRREGULAR_CUES.get(word)
    if lemma is None:
        return False
    return lemma in resources.speech_verbs()


_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "«": "»"}


def quoted_titles(doc) -> set[int]:
    """Tokens of a short title in quotation marks, its words capitalised as titles are (“Takin’ It
    to the Streets”, "The Last Ride"): a song, a book, a film or a campaign, whose words name no
    actor of the story."""
    out: set[int] = set()
    i = 0
    while i < len(doc):
        closing = _QUOTE_PAIRS.get(doc[i].text)
        if closing is None:
            i += 1
            continue
        end = next((k for k in range(i + 1, min(len(doc), i + 14)) if doc[k].text == closing and not (
            closing == "’" and not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].is_alpha)), None)
        if end is None:
            i += 1
            continue
        words = [t for t in doc[i + 1:end] if t.is_alpha]
        if (len(words) >= 3 or len(words) == 2 and _in_a_list_of_quotes(doc, i, end)
                or 0 < len(words) <= 2 and _named_as_a_work(doc, i, end)) and all(w.text[:1].isupper() for w in words if len(w.text) > 3) \
                and not all(w.text.isupper() for w in words) and not any(t.text in ".?!" for t in doc[i + 1:end - 1]):
            out.update(range(i + 1, end))
        i = end + 1 if doc[i].text != '"' or end > i else i + 1
    return out


#: nouns of a work with a title: the quoted name beside one is the work's ("the thriller, “Bloodline,”")
WORK_NOUNS = frozenset("series show drama thriller comedy sitcom film movie documentary book novel memoir song "
                       "album play musical opera miniseries serial podcast".split())
#: nouns of the people of a work, after its quoted title ("‘Bloodline’ star", "the ‘Hamilton’ creator")
WORK_PEOPLE = frozenset("star stars actor actress cast creator author director host producer writer".split())


def _named_as_a_work(doc, opening: int, closing: int) -> bool:
    """Whether a short quoted name is the title of a work: a work's noun comes right before it
    ("the thriller, “Bloodline,”") or one of its people right after it ("‘Bloodline’ Star")."""
    k = opening - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].lower_ in WORK_NOUNS:
        return True
    k = closing + 1
    return k < len(doc) and doc[k].lower_ in WORK_PEOPLE


def _in_a_list_of_quotes(doc, opening: int, closing: int) -> bool:
    """Whether a quotation stands in a list of quotations (“Black Water,” “Harbour Lights” and ...):
    titles, where a quoted name alone may be a name in scare quotes."""
    after = [t.text for t in doc[closing + 1:closing + 3]]
    before = [t.text for t in doc[max(0, opening - 2):opening]]
    return bool(after) and (after[0] in _QUOTE_PAIRS or after[0] in (",", "and") and after[1:2] and after[1] in _QUOTE_PAIRS) \
        or bool(before) and (before[-1] in _QUOTE_PAIRS.values() or before[-1] in (",", "and")
                             and before[:1] and before[0] in _QUOTE_PAIRS.values())


def reads_as_english(doc) -> bool:
    """Whether a text is English prose, as far as the English model can tell: English's function
    words ("the", "of", "and", "to", ...) make a third or more of any English text, and next to none
    of a text in another language, whose names the English tagger only guesses at. A short text is
    taken as English."""
    words = [t for t in doc if t.is_alpha]
    if len(words) < 40:
        return True
    return sum(1 for t in words if t.is_stop) / len(words) >= 0.08


def headline_cased(sent) -> bool:
    """A sentence in title case ("Mayor Tweets Praise For Police"), where the tagger runs names on and a
    capital is the headline's style, not a name's."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def only_titles(tokens) -> bool:
    """Whether every word is a person's title or rank ("Lt Col", "Gen.", "President")."""
    words = [t.text.rstrip(".") for t in tokens if not t.is_punct]
    return bool(words) and all((row := dictionaries.sector_word(w)) is not None and row.kind == "person" for w in words)


def bare_singular(token) -> bool:
    """A lower-case singular title with no article, possessor or modifier ("justice has been
    served"): a mass noun or an idea, since one person needs an article ("the justice said")."""
    return token.tag_ == "NN" and token.text.islower() and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nummod", "nmod", "predet", "appos", "prep")
        for c in token.children)


def name_words(name: str) -> list[str]:
    """A person's name as words, hyphenated names in their parts ("Soon-Shiong": "Soon", "Shiong")."""
    return [w for w in re.split(r"[\s\-‐]+", name.replace(".", " ")) if w]


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _full_name_words(name: str) -> list[str]:
    """``name``'s words without initials and "Jr.": what ``same_person`` compares."""
    return [w for w in name_words(name) if len(w) > 1 and w.lower() not in _SUFFIXES]


def surname(name: str) -> str | None:
    """The surname ``same_person`` compares (two names it can match always share it), or None for a
    name it never matches (fewer than two words once initials and "Jr." are set aside)."""
    words = _full_name_words(name)
    return words[-1] if len(words) >= 2 else None


def _initials(name: str) -> list[str]:
    return [w.upper() for w in name_words(name) if len(w) == 1]


def same_person(one: str, other: str, kin: frozenset | set = frozenset()) -> bool:
    """Two full names of one person: the same surname, and the same given name or one the short
    form of the other ("Pat Carlineo", "Patrick W. Carlineo Jr."); initials and "Jr." aside. Two
    people who share a surname stay two: given names of opposite genders ("Eric"/"Erica" Garner),
    two different sets of initials ("George W. Bush"/"George H.W. Bush"), or suffixes that tell two
    generations apart (``generations.set_apart``; ``kin``: the given names the article says of a child or
    parent) are never one person."""
    a, b = (_full_name_words(n) for n in (one, other))
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or a == b and one == other:
        return False
    if generations.set_apart(one, other, kin):
        return False
    x, y = a[0].lower(), b[0].lower()
    if (i := _initials(one)) and (j := _initials(other)) and i != j:
        return False
    genders = resources.first_name_genders()
    if x != y and {genders.get(x), genders.get(y)} == {"f", "m"}:
        return False
    return x == y or min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))


def contains(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` is a run of ``words``."""
    n = len(part)
    return any(words[k:k + n] == part for k in range(len(words) - n + 1))


#: last words that make a name an organisation's, whatever the tagger said ("Brightwater Productions",
#: "the Harlan County Sheriff's Department", "Kessel Media", "Ravel Machine")
ORGANIZATION_ENDINGS = coding.COMPANY_ENDINGS | frozenset({
    "productions", "media", "machine", "films", "pictures", "music", "publishing", "newspapers", "broadcasting",
    "realty", "properties", "marketing", "advertising", "restaurants", "stores", "motors", "bank", "department",
    "office", "administration", "bureau", "services", "authority", "board", "committee", "police", "court",
    "party", "times", "journal", "herald", "tribune", "gazette", "news", "magazine", "institute", "university",
    "college", "school", "academy", "foundation", "center", "centre", "council", "association", "society",
    "museum", "hospital", "church", "federation", "league", "commission", "ministry", "pac"})


def sentence_opener(tokens) -> bool:
    """Whether the first word of a name is only the capitalised opening of its sentence ("Combine
    Clinton and Sanders' numbers ..."): no given name nor title, never capitalised inside a sentence
    of the article, before a name the article gives another full name elsewhere ("Hillary Clinton";
    not a short form of it, "Pat" of "Patrick Dorne")."""
    doc, first = tokens.doc, tokens[0]
    if len(tokens) < 2 or not first.is_sent_start or not first.text.isalpha() or not first.text[1:].islower():
        return False
    if first.text in given_names() or first.lower_ in resources.first_name_genders() or first.text in HONORIFICS \
            or dictionaries.sector_word(first.text) is not None or dictionaries.country_of(first.text) is not None:
        return False
    rest = [t.text for t in tokens[1:]]
    n = len(rest)
    positions = token_positions(doc)  # where else the words stand, without a pass over the doc
    given = [doc[i - 1].text for i in positions.get(rest[0], ())
             if 1 <= i <= len(doc) - n and not tokens.start <= i < tokens.end
             and [t.text for t in doc[i:i + n]] == rest]
    elsewhere = any(g[:1].isupper() and g.isalpha() and g != first.text and not g.startswith(first.text)
                    for g in given)
    inside = any(not doc[i].is_sent_start and i != first.i for i in positions.get(first.text, ()))
    if not elsewhere or inside:
        return False
    from newsgraph.analyze.actors import kb

    return not kb.shipped().entries(tokens.text)  # "Jeb Bush" beside "George W. Bush" is a name


def owned_body(tokens) -> bool:
    """Whether a name ends with a body the tables know, its owner's name before it ("the Obama White
    House", "the Trump Justice Department"): the body in the owner's time, no person."""
    return any(dictionaries.organization(tokens[k:].text) is not None
               and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in tokens[:k]) for k in range(1, len(tokens)))


def organization_shaped(tokens) -> bool:
    """A name of two words or more ending with a word organisations end with (``ORGANIZATION_ENDINGS``):
    "Brightwater Productions" is no person, whatever the tagger said."""
    words = [t for t in tokens if t.text not in POSSESSIVE_MARKERS]
    return len(words) >= 2 and words[-1].text[:1].isupper() and words[-1].lower_ in ORGANIZATION_ENDINGS


def given_name_before(surname) -> bool:
    """Whether the word before an untagged surname is its bearer's given name, which the tagger
    missed with it ("Rahm Lindqvist may have thought ..." where the article tags "Lindqvist" elsewhere):
    an untagged capitalised proper noun in compound with the surname, no title, honorific, country,
    capital or organisation, and a given name the first-name tables know or, where they do not, one
    with which the surname makes a person's full name the knowledge base knows ("Rahm Emanuel").
    A capitalised common word before a surname ("Outside Lindqvist's plant", "Team Lindqvist", a
    headline's "Hints Lindqvist Would ...") is neither, and stays out of the name."""
    from newsgraph.analyze import resources
    from newsgraph.analyze.actors import kb

    doc = surname.doc
    word = doc[surname.i - 1]
    if not (word.pos_ == "PROPN" and word.dep_ == "compound" and word.head.i == surname.i and word.ent_type_ == ""
            and word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and word.whitespace_ == " "
            and word.text not in HONORIFICS and dictionaries.sector_word(word.text) is None
            and dictionaries.country_of(word.text) is None and dictionaries.capital_country(word.text) is None
            and dictionaries.organization(word.text) is None):
        return False
    if word.text in given_names() or word.lower_ in resources.first_name_genders():
        return True
    return any(e.kind == "person" for e in kb.shipped().entries(f"{word.text} {surname.text}"))


#: titles whose portfolio follows after "of" ("Minister of Energy Ana Ruiz")
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "undersecretary", "commissioner", "director", "chief",
                              "head", "ministry", "department", "governor", "mayor", "president"})


def portfolio_before_name(tokens) -> int:
    """How many leading tokens of an organisation's name are a portfolio before a person's name:
    "Energy Tomás Quiroga" after "Deputy Minister of" is the portfolio "Energy", then the minister.
    The name must begin with a given name the first-names table knows (accents folded); 0 if none."""
    from unicodedata import combining, normalize

    from newsgraph.analyze import resources

    doc = tokens.doc
    if tokens.start < 2 or doc[tokens.start - 1].lower_ != "of" \
            or doc[tokens.start - 2].lower_ not in PORTFOLIO_TITLES:
        return 0
    given = resources.first_name_genders()
    for k in range(1, len(tokens) - 1):  # a portfolio word, then a given name and a surname at least
        word = "".join(c for c in normalize("NFKD", tokens[k].lower_) if not combining(c))
        if word in given and all(t.is_title or t.is_upper for t in tokens[k:]):
            return k
    return 0
