"""Does analysis stay linear on hostile text with no sentence boundaries? Measured in one process.

    .venv/bin/python benchmarks/hostile_speed.py [--sizes 500 1500] [--pattern NAME ...] [--profile NAME]

Each pattern (text without a full stop: control characters and brackets around a report, a run of
"Name: ", a chain of "Name says", a run of capitalised words, ordinary words with no punctuation at all),
one of ordinary sentences by many different speakers, one line of thousands of quoted statements, thousands of
short lines (a roster pasted as text), a long story of paragraphs naming many people who speak as he or she
and one naming each person by surname before the full name is built at each size (units of the pattern), parsed with the newsgraph
pipeline (the baseline), and the same Doc analysed (``analyze_doc``: dates, actors, statements,
places, events). Printed per text: parse seconds, analysis seconds, and analysis / parse, in CPU seconds of
this process (steadier than the clock on a machine shared with other work). Parsing
is linear in the length; if the analysis is too, the ratio stays about the same from the small to
the big size; a ratio that grows with the size (about 3x for 3x the units) means the analysis is
quadratic. ``--profile NAME`` runs cProfile over the analysis of the biggest text of that pattern
and prints the top functions by cumulative time.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from newsgraph import nlp
from newsgraph.analyze import analyze_doc
from newsgraph.model import Article
from newsgraph.settings import Settings

WORDS = ("Harbour", "Council", "Minister", "Ferry", "Northern", "Board", "Agency", "River", "Valley",
         "Union", "Office", "Senate", "Court", "Bank", "Forum")


def controls(units: int) -> str:
    """Control characters and brackets around the words of a report (a page damaged into binary)."""
    return "".join(f"{chr(1 + i % 6)} Lind said [ " for i in range(units))


def name_colons(units: int) -> str:
    """ "Name: " over and over (a form or a table flattened into one line)."""
    return "Name: " * units


def speech_chain(units: int) -> str:
    """ "Name says Name says ...": reports nested in reports, without a full stop."""
    return "Name says " * units


def many_speakers(units: int) -> str:
    """Ordinary sentences, each by a different invented speaker (a long list of reactions)."""
    return " ".join(f"{invented_name(i)} said he would meet the minister in Kyiv on Monday." for i in range(units))


def invented_name(i: int) -> str:
    """An invented name, "Balo Kenison", different for each ``i`` below 15 ** 4."""
    letters, vowels = "BCDFGHKLMNPRSTV", "aeiou"
    parts = [letters[i % 15] + vowels[i // 15 % 5] + "lnrst"[i // 75 % 5] + vowels[i // 375 % 5],
             letters[i // 1875 % 15] + vowels[i // 7 % 5] + "lnrst"[i // 11 % 5] + vowels[i // 13 % 5] + "son"]
    return " ".join(parts)


def one_line_quotes(units: int) -> str:
    """Quoted statements on one line with no line break (a story whose paragraphs were joined)."""
    return 'He said, "It is so," and left. ' * units


def short_lines(units: int) -> str:
    """Thousands of short lines: a name, a title, a one-line answer (a roster or a form pasted as text)."""
    return "".join(f"{invented_name(i)}\n{WORDS[i % len(WORDS)]} {WORDS[(i + 4) % len(WORDS)]}\n"
                   f"{invented_name(i)}: We will go.\n" for i in range(units))


def no_punctuation(units: int) -> str:
    """Ordinary reporting with every punctuation mark and capital letter but the names' lost (a transcript
    from speech recognition)."""
    return " ".join(f"{invented_name(i)} said he would meet the minister in kyiv on monday" for i in range(units))


GIVEN = (("Maria", "she"), ("John", "he"), ("Anna", "she"), ("Peter", "he"), ("Laura", "she"), ("David", "he"))


def named_people(units: int) -> str:
    """A long story of ordinary paragraphs, each naming two new people with given names that tell a
    gender, each then speaking as "he" or "she" (what coreference and the he/she speaker rules read)."""
    paragraphs = []
    for i in range(units):
        (first, pronoun), (other, _) = GIVEN[i % len(GIVEN)], GIVEN[(i + 1) % len(GIVEN)]
        name, second = (invented_name(k).replace(" ", "").lower().capitalize() for k in (2 * i, 2 * i + 1))
        paragraphs.append(f"{first} {name}, a member of the {WORDS[i % len(WORDS)]} board, met {other} {second} "
                          f"on Monday. {pronoun.capitalize()} said the talks in Kyiv were useful. "
                          f"\"We will meet again,\" {pronoun} said. {name} told reporters that {second} would "
                          f"visit the ministry.")
    return "\n".join(paragraphs)


def surname_first(units: int) -> str:
    """A long story of paragraphs, each naming a new person by surname alone before the full name (a
    headline-style lead: "Kenison wins the vote. Maria Kenison ... she said"): what merging a name's part
    into the full name and the surname's gender for a pronoun read."""
    paragraphs = []
    for i in range(units):
        first, pronoun = GIVEN[i % len(GIVEN)]
        name = invented_name(i).replace(" ", "").lower().capitalize()
        paragraphs.append(f"{name} wins the {WORDS[i % len(WORDS)]} vote. {first} {name} told reporters on "
                          f"Monday that the count was fair. {pronoun.capitalize()} said {name} would serve.")
    return "\n".join(paragraphs)


def capitalised(units: int) -> str:
    """Capitalised words with no punctuation (a menu, a tag cloud)."""
    return " ".join(WORDS[i % len(WORDS)] for i in range(units))


PATTERNS = {"controls": controls, "name-colons": name_colons, "speech-chain": speech_chain,
            "many-speakers": many_speakers, "capitalised": capitalised, "quotes-line": one_line_quotes,
            "short-lines": short_lines, "no-punctuation": no_punctuation,
            "named-people": named_people, "surname-first": surname_first}


def measure(model, text: str, settings: Settings) -> tuple[float, float]:
    t0 = time.process_time()
    doc = model(text)
    parse_s = time.process_time() - t0
    t0 = time.process_time()
    analyze_doc(doc, Article(text=text, published="2024-05-02"), settings)
    return parse_s, time.process_time() - t0


def print_profile(model, text: str, settings: Settings) -> None:
    """cProfile over the analysis of ``text`` (parsed first): the top functions by cumulative time."""
    doc = model(text)
    profile = cProfile.Profile()
    profile.enable()
    analyze_doc(doc, Article(text=text, published="2024-05-02"), settings)
    profile.disable()
    pstats.Stats(profile).sort_stats("cumulative").print_stats(35)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1500], help="units per text")
    parser.add_argument("--pattern", choices=sorted(PATTERNS), nargs="+", default=list(PATTERNS))
    parser.add_argument("--profile", choices=sorted(PATTERNS), help="cProfile the analysis of this pattern")
    args = parser.parse_args()

    model = nlp.load()
    settings = Settings()
    measure(model, "Nora Lind, a spokeswoman for the harbour board, said the ferry would run again.", settings)
    print(f"{'pattern':<14} {'units':>6} {'chars':>7} {'tokens':>7} {'longest':>7} "
          f"{'parse s':>8} {'analysis s':>10} {'ratio':>7}")
    for name in args.pattern:
        for units in args.sizes:
            text = PATTERNS[name](units)
            doc = model(text)
            longest = max((len(s) for s in doc.sents), default=0)
            parse_s, analysis_s = measure(model, text, settings)
            print(f"{name:<14} {units:>6} {len(text):>7} {len(doc):>7} {longest:>7} "
                  f"{parse_s:>8.2f} {analysis_s:>10.2f} {analysis_s / parse_s:>7.1f}", flush=True)
    if args.profile:
        text = PATTERNS[args.profile](max(args.sizes))
        print_profile(model, text, settings)


if __name__ == "__main__":
    main()
