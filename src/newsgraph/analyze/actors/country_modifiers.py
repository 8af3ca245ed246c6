"""Country words inside a hyphenated modifier that do not give the actor that country.

A country's adjective or name can modify an actor without saying whose the actor is:

- a language: "Spanish-language media", "English-speaking reporters" (of any country that speaks it);
- a stance: "pro-Israel activists", "anti-American protesters" (the country is what they are for or against).

A heritage ("an Iranian-American businessman") is left as it is: the reviewers took the first country for
dual nationals (two judged rows), and the second would be no surer.

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
    """Whether a country hit is a language or a stance (see the module)."""
    return hit.kind == "country" and in_compound(words, hit.start, hit.end)


def in_compound(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the country word ``words[start:end]`` is a language or a stance (see the module); ``words`` are
    the texts of a phrase's or a document's tokens."""
    after = words[end + 1].lower() if end + 1 < len(words) and words[end] in HYPHENS else None
    if after in LANGUAGE_PARTS:
        return True  # "Spanish-language", "English-speaking"
    return start >= 2 and words[start - 1] in HYPHENS and words[start - 2].lower() in STANCE_PARTS
    # "pro-Israel", "anti-American"
