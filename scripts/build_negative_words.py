"""Build the shipped table ``src/newsgraph/data/negative_words.tsv``: words of strongly negative valence.

Source: the VADER sentiment lexicon (C.J. Hutto and Eric Gilbert, "VADER: A Parsimonious Rule-based Model
for Sentiment Analysis of Social Media Text", ICWSM 2014), file ``vaderSentiment/vader_lexicon.txt`` of the
PyPI package ``vaderSentiment`` 3.3.2, MIT licence. Each lexicon word carries the mean of ten human
ratings from -4 (extremely negative) to +4 (extremely positive).

The events stage reads the table to tell a name of contempt ("called him a liar", "branded the plan
'disastrous'") from a neutral or kind one ("called him a friend"). Only plain lower-case words with a
mean valence at or below ``--cut`` are kept (emoticons and slang abbreviations are left out).

    pip download vaderSentiment==3.3.2 --no-deps -d /tmp/vader
    python scripts/build_negative_words.py --wheel /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl
"""
from __future__ import annotations

import argparse
import re
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "negative_words.tsv"
MEMBER = "vaderSentiment/vader_lexicon.txt"
WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")

HEADER = """# Words of strongly negative valence (mean human rating <= {cut} on -4..+4), one a line: word, mean valence.
# Source: VADER sentiment lexicon (C.J. Hutto and Eric Gilbert, ICWSM 2014), vaderSentiment 3.3.2
# (vaderSentiment/vader_lexicon.txt), MIT licence, Copyright (c) 2016 C.J. Hutto.
# Built by scripts/build_negative_words.py; do not edit by hand.
"""


def negative_words(lexicon: str, cut: float) -> list[tuple[str, float]]:
    """(word, mean valence) for every plain word of the VADER lexicon at or below ``cut``."""
    rows = []
    for line in lexicon.splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not WORD.match(fields[0]):
            continue
        valence = float(fields[1])
        if valence <= cut:
            rows.append((fields[0], valence))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, required=True, help="the vaderSentiment 3.3.2 wheel")
    parser.add_argument("--cut", type=float, default=-1.5, help="keep words with mean valence <= this")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        lexicon = wheel.read(MEMBER).decode("utf-8")
    rows = negative_words(lexicon, args.cut)
    body = "".join(f"{word}\t{valence:g}\n" for word, valence in rows)
    args.out.write_text(HEADER.format(cut=args.cut) + body, encoding="utf-8")
    print(f"{len(rows)} words -> {args.out}")


if __name__ == "__main__":
    main()
