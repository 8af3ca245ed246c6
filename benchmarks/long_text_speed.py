"""Does analysis stay linear on long articles of one statement per sentence? Measured in one process.

    .venv/bin/python benchmarks/long_text_speed.py [--kb 60 120 240] [--profile KB]

The text: paragraphs of ordinary reporting, each sentence a statement by a different invented
speaker or body, some of them quoted ('"...," Name said.', 'Name said that ...', '"...," said Name,
a spokeswoman for ...'), with dates, places, events and descriptions, built to about ``--kb``
kilobytes. Each text is parsed with the newsgraph
pipeline (the baseline) and the same Doc analysed (``analyze_doc``: dates, actors, statements,
places, events). Printed per size: characters, tokens, statements, quotes, parse seconds,
analysis seconds and analysis / parse, in CPU seconds of this process (steadier than the clock on a
machine shared with other work), the fastest of ``--repeat`` runs each. A ratio that stays about the same from the smallest to the
biggest size means the analysis is linear in the length of the article, as parsing is; one that
grows with the size means some stage looks at every statement or quote again for each statement.
``--profile KB`` runs cProfile over the analysis of the text of that size and prints the top
functions by cumulative time. No asserts: numbers to read.
"""
from __future__ import annotations

import argparse
import time

from hostile_speed import WORDS, invented_name, print_profile  # the hostile-text benchmark's names, words, profile
from newsgraph import nlp
from newsgraph.analyze import analyze_doc
from newsgraph.analyze.statements.quotes import find_quotes
from newsgraph.model import Article
from newsgraph.settings import Settings

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def paragraph(i: int) -> str:
    """One paragraph of five statements, each by its own invented speaker or body: quoted, reported,
    inverted, with an organisation, a description ("the ministry"), a pronoun, a date, a place and
    an event for the other stages to read."""
    a, b, c, d = invented_name(4 * i), invented_name(4 * i + 1), invented_name(4 * i + 2), invented_name(4 * i + 3)
    place, body = WORDS[i % len(WORDS)], WORDS[(i + 5) % len(WORDS)]
    day = DAYS[i % len(DAYS)]
    return (f"\"We will keep the {place.lower()} service running through the winter,\" {a} said. "
            f"{b} said that the {body.lower()} would meet again on {day}. "
            f"\"The talks were useful but slow,\" said {c}, a spokeswoman for the {place} {body}. "
            f"The {place} {body} said on {day} that Russian forces had attacked Kharkiv. "
            f"{d} told reporters the ministry would send aid to Ukraine, and she said it would come soon.")


def long_text(kb: int) -> str:
    """Paragraphs until the text holds about ``kb`` kilobytes."""
    paragraphs, size, i = [], 0, 0
    while size < kb * 1000:
        paragraphs.append(paragraph(i))
        size += len(paragraphs[-1]) + 1
        i += 1
    return "\n".join(paragraphs)


def measure(model, text: str, settings: Settings) -> tuple[float, float, int]:
    t0 = time.process_time()
    doc = model(text)
    parse_s = time.process_time() - t0
    t0 = time.process_time()
    analysis = analyze_doc(doc, Article(text=text, published="2024-05-02"), settings)
    return parse_s, time.process_time() - t0, len(analysis.statements)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", type=int, nargs="+", default=[60, 120, 240], help="sizes in kilobytes")
    parser.add_argument("--repeat", type=int, default=3, help="measure each size N times, keep the fastest")
    parser.add_argument("--profile", type=int, metavar="KB", help="cProfile the analysis of a text of this size")
    args = parser.parse_args()

    model = nlp.load()
    settings = Settings()
    measure(model, long_text(1), settings)  # warm up: tables and models loaded before the clock
    print(f"{'kb':>4} {'chars':>7} {'tokens':>7} {'stmts':>6} {'quotes':>6} "
          f"{'parse s':>8} {'analysis s':>10} {'ratio':>6}")
    for kb in args.kb:
        text = long_text(kb)
        runs = [measure(model, text, settings) for _ in range(args.repeat)]
        parse_s, analysis_s = min(r[0] for r in runs), min(r[1] for r in runs)
        statements = runs[0][2]
        tokens = len(model.make_doc(text))
        quotes = len(find_quotes(text)[0])
        print(f"{kb:>4} {len(text):>7} {tokens:>7} {statements:>6} {quotes:>6} "
              f"{parse_s:>8.2f} {analysis_s:>10.2f} {analysis_s / parse_s:>6.2f}", flush=True)
    if args.profile:
        print_profile(model, long_text(args.profile), settings)


if __name__ == "__main__":
    main()
