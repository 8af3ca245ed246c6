"""Country words inside a hyphenated modifier that do not give the actor that country.

A country's adjective or name can modify an actor without saying whose the actor is:

- a language: "Spanish-language media", "English-speaking reporters" (of any country that speaks it);
- a stance: "pro-Israel activists", "anti-American protesters" (the country is what they are for or against);
- a heritage: "an Italian-American family", "Cuban-American voters" (the second word is the country).

``coding.code_words`` drops such a country hit before it picks the phrase's country.
"""
from __future__ import annotations

from collections.abc import Sequence

from newsgraph.analyze.actors.table_hits import Hit

#: second parts of a compound that make the country word a language's
LANGUAGE_PARTS = frozenset({"language", "languages", "speaking", "speaker", "speakers", "lingual", "dominant",
                            "medium", "dubbed"})
#: first parts of a compound that make the country what one stands for or against
STANCE_PARTS = frozenset({"pro", "anti", "non"})
HYPHENS = frozenset({"-", "‐", "–"})


def no_country_of_its_own(words: Sequence[str], hit: Hit, hits: Sequence[Hit]) -> bool:
    """Whether a country hit is a language, a stance or the first half of a heritage (see the module)."""
    return hit.kind == "country" and in_compound(words, hit.start, hit.end)


def in_compound(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the country word ``words[start:end]`` is a language, a stance or the first half of a heritage
    (see the module); ``words`` are the texts of a phrase's or a document's tokens."""
    from newsgraph.analyze.actors import dictionaries

    after = words[end + 1].lower() if end + 1 < len(words) and words[end] in HYPHENS else None
    if after in LANGUAGE_PARTS:
        return True  # "Spanish-language", "English-speaking"
    if start >= 2 and words[start - 1] in HYPHENS and words[start - 2].lower() in STANCE_PARTS:
        return True  # "pro-Israel", "anti-American"
    return after is not None and words[end + 1][:1].isupper() and dictionaries.country_of(words[end + 1]) is not None \
        and words[end + 1].lower().endswith(ADJECTIVE_ENDINGS)  # "Italian-American": American


#: endings of a nationality adjective ("American", "Mexican", "Irish", "Chinese"): the second half of a heritage
#: compound is an adjective, unlike the country name after a hyphen in "U.S.-Mexico" (a pair of states)
ADJECTIVE_ENDINGS = ("an", "ish", "ese", "i", "ic", "ch")
