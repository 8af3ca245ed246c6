"""Build the PLOVER verb-pattern table shipped as src/newsgraph/data/event_verb_patterns.tsv.gz.

    python scripts/build_event_lexicon.py [--data ../shared/data]

Source: PETRARCH2's CAMEO verb dictionary (``dictionaries/CAMEO.2.0.txt``, MIT, (c) 2015 Open Event
Data Alliance): verb synonym sets, each verb with its default CAMEO code and object patterns
(``FREEZE - * AID [162]``, ``- * RELATIONS [160]``); every CAMEO code mapped to a PLOVER type and mode
through ``plover/CAMEO2PLOVER-2021.txt`` (PLOVER, CC BY-SA 4.0). A code the mapping leaves out (CAMEO 01
"make a statement", 02 "appeal") is kept with an empty type: that verb with that object is *no* event.

One row a pattern: ``verb, particle, object, preps, cameo, type, mode, via``:
- ``verb``: the lemma ("freeze"; "ask" with particle "for" for ``+ASK_FOR``);
- ``object``: the head words the direct object may have ("aid"; a synonym set gives several,
  ``|``-separated); empty for the verb's default row;
- ``preps``: prepositional phrases the pattern needs, ``prep:head|head`` joined by ``;``
  ("(TO BORDER)" -> ``to:border``);
- ``via``: empty for the verb's own pattern; for a pattern the synonym set shares, the verb it was
  written for (``_pattern_row``).
Patterns with words before the verb (subject constraints) are left out: our doer comes from the parse
and the actor index. The output is sorted and gzip-compressed with mtime 0, so a rebuild from the same
sources gives the same bytes.
"""
from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shipped.py beside it, also when loaded by path

from shipped import write_gzip  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "event_verb_patterns.tsv.gz"
PARTICLES = {"out", "up", "off", "down", "back", "away", "over", "forward", "aside", "in", "on", "through"}
MARKERS = {"$", "+", "^", "%", "="}
CODE = re.compile(r"\[([^\]]*)\]")
HEADER = re.compile(r"^---\s+(\S.*?)\s+\[([^\]]*)\]\s+---")


def read_mapping(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode) from CAMEO2PLOVER. A mode that is one of the file's context
    words (a slip in the source: "175: ASSAULT, pro_autocracy, military") is no mode."""
    mapping = {}
    contexts = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split(",")
        if len(parts) > 2:
            contexts.update(w.strip() for w in parts[2].split(";") if w.strip())
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        if parts and parts[0]:
            mode = parts[1] if len(parts) > 1 and parts[1] not in contexts else ""
            mapping[code.strip()] = (parts[0], mode)
    return mapping


def plover_of(code: str, mapping: dict) -> tuple[str, str]:
    """The PLOVER type and mode of a CAMEO code; a sub-code falls back to its parent ("1041" -> "104")."""
    code = code.lstrip(":")  # an undergone act ("come under fire") has the type of the act done
    while code:
        if code in mapping:
            return mapping[code]
        code = code[:-1]
    return "", ""


def _word(raw: str) -> str:
    return raw.strip("_").replace("_", " ").lower()


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _heads(item: str, synsets: dict) -> list[str]:
    """The head words an element stands for: a word, a {multi word} phrase's last word, a &SYNSET."""
    item = item.strip("{}")
    if item.startswith("&"):
        return sorted({_singular(w.split()[-1]) for w in synsets.get(item, []) if w})
    words = [w for w in item.split() if w not in MARKERS and not w.startswith("&")]
    if not words:
        return []
    return [_singular(_word(words[-1]).split()[-1])]


def _elements(text: str) -> list[str]:
    """Top-level elements of a pattern side: words, {phrases}, (prep phrases)."""
    out, depth, current = [], 0, ""
    for char in text:
        if char in "({":
            if depth == 0 and current.strip():
                out.extend(current.split())
                current = ""
            depth += 1
            current += char
        elif char in ")}":
            depth -= 1
            current += char
            if depth == 0:
                out.append(current.strip())
                current = ""
        else:
            current += char
    out.extend(current.split())
    return out


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            name = line.split()[0]
            synsets[name] = []
        elif line.startswith("+") and name:
            synsets[name].append(_word(line[1:].split("{")[0].strip()))
        elif not line.strip():
            name = None
    return synsets


def _code(raw: str) -> str:
    """"042:043" -> "042" (the code of the source's act), "---" -> "", and ":173" -> ":173": PETRARCH's
    code with no source act, only the target's, is a pattern whose subject undergoes the act ("come under
    fire", "receive threats"): the colon is kept so that the reader takes the subject as the recipient."""
    raw = raw.strip()
    if raw.startswith("-"):
        return ""
    first, _, second = raw.partition(":")
    return first.strip() or (":" + second.strip() if second.strip() else "")


def _pattern_row(verbs, body: str, code: str, origin: str, synsets: dict, mapping: dict,
                 origin_only: bool = False) -> list[tuple]:
    """The rows of one pattern line, for every verb of its synonym set. PETRARCH2's dictionary
    documentation says a synonym block is "a set of verbs which are synonymous (or close enough) with
    respect to the patterns"; the comment (``# HALT``) names the TABARI verb the pattern was first
    written for. A row for that verb (or for a line with no such comment) is the verb's own; a row
    for another verb of the set is *borrowed* (not from a verb with a code of its own: a sense apart) (last column: the verb it was written for): the reader
    uses it only where the verb's own rows and defaults name no event ("ended mediation efforts" from
    "halt ... mediation"). ``origin_only`` leaves borrowed rows out (the table before the seventh session)."""
    head = origin.replace("_", " ").lower().split()[0] if origin else ""
    if head and (origin_only or not any(v[0] == head for v in verbs)
                 or any(v[0] == head and v[3] for v in verbs)):
        # (a pattern of a verb outside the set: left out; of a verb with a code of its own, "ATTEND [042]"
        # in a set of "GO", "LEAVE", "PULL OUT": that verb's sense apart, not lent to the set)
        verbs = [v for v in verbs if v[0] == head]
    before, star, after = body.partition("*")
    if not star or any(w not in MARKERS for w in before.split()):
        return []  # a subject constraint ("&MILITARY * ..."): not modelled
    elements = [e for e in _elements(after) if e not in MARKERS]
    particle, objects, preps = "", [], []
    for element in elements:
        if element.startswith("("):
            words = _elements(element[1:-1])
            if len(words) < 2:
                continue
            heads = _heads(words[-1], synsets)
            if heads:
                preps.append(f"{words[0].lower()}:{'|'.join(heads)}")
        elif not objects and not preps and element.lower() in PARTICLES and not particle:
            particle = element.lower()
        elif not objects:
            objects = _heads(element, synsets)
    if not objects and not preps and not particle:
        return []
    etype, mode = plover_of(code, mapping)
    rows = []
    for verb, verb_particle, _, _ in verbs:
        via = head if head and verb != head else ""
        rows.append((verb, verb_particle or particle, "|".join(objects), ";".join(sorted(preps)), code, etype, mode,
                     via))
    return rows


def _origin_lemma(origin: str, forms: dict) -> str:
    """The verb of the set a pattern's comment names, which it often names inflected ("LAID_DOWN",
    "CALLED_OFF", "PULLED_OUT", "WENT_TO"): by the forms the set lists, else by a regular ending;
    unchanged when none is of the set."""
    if not origin:
        return origin
    word = origin.replace("_", " ").lower().split()[0]
    guesses = [word]
    for ending, back in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""),
                         ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            guesses.append(stem + back)
            if ending in ("ed", "ing") and stem[-1] == stem[-2]:
                guesses.append(stem[:-1])  # "stopped" -> "stop"
    for guess in guesses:
        if guess in forms:
            return forms[guess].upper()
    return origin


def read_patterns(lines: list[str], synsets: dict, mapping: dict, origin_only: bool = False) -> set[tuple]:
    rows: set[tuple] = set()
    verbs: list[tuple[str, str, str, bool]] = []  # (lemma, particle, code, whether the code is its own)
    forms: dict[str, str] = {}  # a form of a verb of the set -> its lemma
    block_code = ""
    in_verbs = False
    after_patterns = False
    for raw in lines:
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        header = HEADER.match(line)
        if header:
            block_code, verbs, forms, in_verbs, after_patterns = _code(header.group(2)), [], {}, True, False
            continue
        if not line.strip() or not in_verbs:
            continue
        if line.startswith("-"):
            match = CODE.search(line)
            if match:
                body = line[1:match.start()]
                origin = comment.split()[0] if comment.split() and comment.split()[0].isupper() else ""
                origin = _origin_lemma(origin, forms)
                rows.update(_pattern_row(verbs, body, _code(match.group(1)), origin, synsets, mapping,
                                         origin_only))
            after_patterns = True
            continue
        if after_patterns:  # verbs after patterns start a new synonym set of the same block
            verbs, forms, after_patterns = [], {}, False
        word = line.split("{")[0].split("[")[0].strip()
        if not word or " " in word:
            continue
        multi = word.startswith("+")
        parts = _word(word.lstrip("+")).split()
        lemma, particle = parts[0], " ".join(parts[1:]) if multi else ""
        own = CODE.search(line.split("{")[-1]) if "[" in line else None
        code = _code(own.group(1)) if own else block_code
        verbs.append((lemma, particle, code, own is not None))
        forms[lemma] = lemma
        if "{" in line:  # the forms the line lists ("LAY {LAYING LAIN LAID LIE}", "+PUT_DOWN {+PUTS_DOWN}")
            for form in line.split("{", 1)[1].split("}", 1)[0].split():
                forms.setdefault(_word(form.lstrip("+")).split()[0], lemma)
        if code:
            etype, mode = plover_of(code, mapping)
            rows.add((lemma, particle, "", "", code, etype, mode, ""))
    return rows


def build(data: Path, origin_only: bool = False) -> list[tuple]:
    mapping = read_mapping(data / "plover" / "CAMEO2PLOVER-2021.txt")
    lines = (data / "dictionaries" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    synsets = read_synsets(lines[:start])
    rows = read_patterns(lines[start:], synsets, mapping, origin_only)
    own = {row[:7] for row in rows if not row[7]}
    return sorted(row for row in rows if not row[7] or row[:7] not in own)  # own rows win over borrowed


def write(rows: list[tuple], out: Path) -> None:
    text = io.StringIO()
    text.write("# PLOVER verb patterns built by scripts/build_event_lexicon.py from PETRARCH2's CAMEO verb\n"
               "# dictionary (CAMEO.2.0.txt, MIT License, (c) 2015 Open Event Data Alliance) mapped through\n"
               "# CAMEO2PLOVER-2021 (PLOVER, Open Event Data Alliance, CC BY-SA 4.0).\n"
               "# verb\tparticle\tobject\tpreps\tcameo\ttype\tmode\tvia (borrowed from this verb of the synonym set)\n")
    for row in rows:
        text.write("\t".join(row) + "\n")
    write_gzip(text.getvalue().encode("utf-8"), out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--origin-only", action="store_true",
                        help="keep each pattern to the verb its comment names (the former reading)")
    args = parser.parse_args()
    rows = build(args.data, args.origin_only)
    write(rows, args.out)
    print(f"{len(rows)} patterns -> {args.out} ({args.out.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
