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
    if hit.kind != "country":
        return False
    after = words[hit.end + 1].lower() if hit.end + 1 < len(words) and words[hit.end] in HYPHENS else None
    if after in LANGUAGE_PARTS:
        return True  # "Spanish-language", "English-speaking"
    if hit.start >= 2 and words[hit.start - 1] in HYPHENS and words[hit.start - 2].lower() in STANCE_PARTS:
        return True  # "pro-Israel", "anti-American"
    return after is not None and any(h.kind == "country" and h.start == hit.end + 1 and h.value[1] == "adjective"
                                     for h in hits)  # "Italian-American": American
