"""Hypothesis strategies for hostile input: random bytes and Unicode (surrogates, controls, NULs,
bidi overrides), long runs of one character, deep nesting, and mangled versions of good input."""
from __future__ import annotations

from hypothesis import strategies as st

NASTY = ["\ud800", "\udcff", "\x00", "\x1b", "\x07", "\u202e", "\ufeff", "\u2028", "\r", "\n", "\t", '"',
         "'", "<", ">", "&", "{", "}", "[", "]", "\\", "\u00e9", "\u6771", "\U0001f600", " ", "."]

# Any code point, surrogates and controls included.
any_char = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
nasty_text = st.one_of(
    st.text(any_char, max_size=300),
    st.lists(st.sampled_from(NASTY), max_size=200).map("".join),
)


def runs(max_length: int = 20_000):
    """One character repeated many times, maybe inside some text."""
    return st.tuples(st.text(max_size=20), st.sampled_from(NASTY + ["a", "-", "*", "="]),
                     st.integers(200, max_length), st.text(max_size=20)).map(
        lambda t: t[0] + t[1] * t[2] + t[3])


def nested(open_: str, close: str, inner: str = "x", max_depth: int = 6000):
    return st.integers(50, max_depth).map(lambda depth: open_ * depth + inner + close * depth)


hostile_text = st.one_of(nasty_text, runs(), nested("<div>", "</div>"), nested('{"a":', "}"),
                         nested("(", ")"), nested("[", "]"))


def mangled(good: bytes):
    """``good`` with random cuts, insertions and byte flips."""
    def mangle(edits) -> bytes:
        data = bytearray(good)
        for position, kind, value in edits:
            if not data:
                break
            at = position % len(data)
            if kind == 0:
                data[at] = value
            elif kind == 1:
                data[at:at] = bytes([value]) * (value % 7 + 1)
            elif kind == 2:
                del data[at:at + value]
            else:
                data = data[:at]
        return bytes(data)

    edits = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 3), st.integers(0, 255)), max_size=8)
    return edits.map(mangle)


def hostile_bytes(good: bytes):
    return st.one_of(st.binary(max_size=2000), mangled(good),
                     hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
