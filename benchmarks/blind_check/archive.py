"""Keep a blind review's verdicts in the repository, text-free, and bring the review back from them.

    python benchmarks/blind_check/archive.py save DIR --name NAME --pages FILE --commit SHA
        [--polnear JSONL | --data DIR] [--env VAR=VALUE ...]
    python benchmarks/blind_check/archive.py restore NAME --out DIR [--polnear JSONL | --data DIR]

A review lives in a folder outside the repository (``<page>.json`` renders, ``<page>.md`` sheets,
``review-*/judgments.tsv``): the renders and the reviewers' notes quote publishers' and data sets' text, which
must not enter the repository. A folder outside it is lost with the machine, as every label made before the
eleventh session was. ``save`` writes ``labels/NAME.tsv`` with what is not text: the commit and settings the
pages were rendered with, a digest of each page's render, and every judged row's page, kind, id and verdicts
(a missed row without its note, but with a locator: the character span of the article text that the note quotes,
``@START-END`` in f1, where one is found). ``restore`` renders the same pages with the code of that commit
(a temporary ``git worktree``), checks each render against its digest, and writes ``DIR/<page>.json``,
``<page>.md`` and ``DIR/review-archive/judgments.tsv``: a review folder that ``tally.py``, ``focus.py`` and
``statement_labels.py`` read as they read the original (only the notes are gone: a missed row's note is the
located words, quoted, read from the new render, or "-" where the note quoted nothing the text holds).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import tally

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LABELS = HERE / "labels"
FIELDS = 6  # f1..f6 of RUBRIC.md's judgments.tsv
VERDICTS = {"statement": 5, "event": 6, "actor": 3}  # how many of them each kind fills (a note may follow)
MISSED = ("missed_statement", "missed_event")
COLUMNS = ["page", "kind", "id"] + [f"f{i}" for i in range(1, FIELDS + 1)]  # judgments.tsv's, less the note


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


QUOTED = re.compile(r"'([^']{8,})'|\"([^\"]{8,})\"|‘([^’]{8,})’|“([^”]{8,})”")
WINDOW = 6  # words of a note's unquoted text that must occur together in the article to locate it


def locate(note: str, text: str) -> str:
    """``@START-END``: where in ``text`` the words a missed row's note quotes stand (the first quoted fragment of
    8 or more characters found, cut at an ellipsis; else the first run of ``WINDOW`` note words the text holds),
    or "" where none is found. Offsets only: the archive stays text-free."""
    lowered = text.lower()
    fragments = [part.strip() for quoted in QUOTED.findall(note) for part in re.split(r"\.\.\.|…", next(q for q in quoted if q))
                 if len(part.strip()) >= 8]
    words = note.split()
    fragments += [" ".join(words[k:k + WINDOW]) for k in range(len(words) - WINDOW + 1)]
    for fragment in fragments:
        start = lowered.find(fragment.lower())
        if start >= 0:
            return f"@{start}-{start + len(fragment)}"
    return ""


def located_note(locator: str, text: str) -> str:
    """What ``restore`` writes as a missed row's note: the located words, quoted (the form ``statement_labels``
    reads a note's quoted fragment from), or "-"."""
    found = re.fullmatch(r"@(\d+)-(\d+)", locator)
    if not found or int(found[2]) > len(text):
        return "-"
    return f'{locator} "{text[int(found[1]):int(found[2])]}"'


def judged_rows(review: Path) -> list[list[str]]:
    """Every ``review-*/judgments.tsv`` row of ``review`` as page, kind, id, f1..f6 (notes dropped); a missed
    row keeps only its page and kind (its id numbers it within the page), and in f1 the locator of the words
    its note quotes in the page's render (``locate``)."""
    texts: dict[str, str] = {}
    rows = []
    for tsv in sorted(review.glob("review-*/judgments.tsv")):
        for line in tally.read_text(tsv).splitlines():
            cells = line.split("\t")
            if len(cells) < 3 or cells[0] == "page" or cells[1] not in ("statement", "event", "actor") + MISSED:
                continue
            verdicts = [cell.strip() for cell in cells[3:3 + VERDICTS.get(cells[1], 0)]]
            if cells[1] in MISSED and (review / f"{cells[0]}.json").exists():
                if cells[0] not in texts:
                    texts[cells[0]] = json.loads(tally.read_text(review / f"{cells[0]}.json")).get("text") or ""
                verdicts = [locate(cells[9] if len(cells) > 9 else "", texts[cells[0]])]
            verdicts += [""] * (FIELDS - len(verdicts))
            rows.append([cells[0], cells[1], cells[2].strip(), *verdicts])
    return rows


def save(review: Path, name: str, pages: Path, commit: str, source: list[str], env: list[str]) -> Path:
    rows = judged_rows(review)
    if not rows:
        raise SystemExit(f"{review}: no review-*/judgments.tsv rows to archive")
    renders = {row[0] for row in rows}
    missing = sorted(page for page in renders if not (review / f"{page}.json").exists())
    if missing:
        raise SystemExit(f"{review}: judged pages without a render: {', '.join(missing)}")
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", f"{commit}^{{commit}}"],
                            capture_output=True, text=True, check=True).stdout.strip()
    LABELS.mkdir(exist_ok=True)
    out = LABELS / f"{name}.tsv"
    lines = [
        f"# blind-check verdicts of {review.name}, text-free (benchmarks/blind_check/archive.py; RUBRIC.md fields)",
        f"# commit\t{commit}",
        f"# pages\t{pages.name}",
        f"# source\t{' '.join(source)}",
        f"# env\t{' '.join(env)}",
    ]
    lines += [f"# render\t{page}\t{digest(review / f'{page}.json')}" for page in sorted(renders)]
    lines.append("\t".join(COLUMNS))
    lines += ["\t".join(row) for row in rows]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return out


def read_archive(name: str) -> tuple[dict[str, str], dict[str, str], list[list[str]]]:
    """(header fields, page -> render digest, judged rows) of ``labels/NAME.tsv``."""
    path = LABELS / f"{name}.tsv"
    if not path.exists():
        raise SystemExit(f"no archive {path}; `ls {LABELS}` lists them")
    header, renders, rows = {}, {}, []
    for line in tally.read_text(path).splitlines():
        cells = line.split("\t")
        if line.startswith("# render\t"):
            renders[cells[1]] = cells[2]
        elif line.startswith("# ") and len(cells) == 2:
            header[cells[0][2:]] = cells[1]
        elif not line.startswith("#") and cells[0] != "page":
            rows.append(cells)
    return header, renders, rows


def restore(name: str, out: Path, source: list[str]) -> None:
    header, renders, rows = read_archive(name)
    if header.get("source") and not source:
        raise SystemExit(f"{name} was rendered from {header['source']}: give --polnear or --data with its path here")
    env = dict(os.environ)
    env.update(item.split("=", 1) for item in header.get("env", "").split() if "=" in item)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsgraph-archive-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), header["commit"]],
                       check=True)
        try:
            env["PYTHONPATH"] = str(tree / "src")
            pages = tree / "benchmarks" / "blind_check" / header["pages"]
            if not pages.exists():  # a page list committed after the render (the labels of that commit)
                pages = HERE / header["pages"]
            subprocess.run([sys.executable, str(tree / "benchmarks/blind_check/sheet.py"), "--pages", str(pages),
                            "--out", str(out), *source], check=True, env=env, cwd=str(tree))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    changed = [page for page, want in renders.items()
               if not (out / f"{page}.json").exists() or digest(out / f"{page}.json") != want]
    review = out / "review-archive"
    review.mkdir(exist_ok=True)
    lines = ["\t".join(COLUMNS + ["note"])]
    texts = {page: json.loads(tally.read_text(out / f"{page}.json")).get("text") or "" for page in renders
             if (out / f"{page}.json").exists()}
    lines += ["\t".join(row + [located_note(row[3], texts.get(row[0], "")) if row[1] in MISSED else "-"])
              for row in rows]
    (review / "judgments.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(rows)} judged rows of {len(renders)} pages into {review / 'judgments.tsv'}")
    if changed:
        raise SystemExit(f"these renders differ from the judged ones (another model or data?): {', '.join(changed)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    keep = commands.add_parser("save", help="write labels/NAME.tsv from a review folder")
    keep.add_argument("review", type=Path)
    keep.add_argument("--name", required=True)
    keep.add_argument("--pages", type=Path, required=True, help="the page list the folder was rendered from")
    keep.add_argument("--commit", required=True, help="the commit the folder was rendered at")
    keep.add_argument("--env", nargs="*", default=[], metavar="VAR=VALUE",
                      help="settings the render was made with (e.g. NEWSGRAPH_EVENT_REALNESS=0)")
    back = commands.add_parser("restore", help="render the archived pages again and write their verdicts")
    back.add_argument("name")
    back.add_argument("--out", type=Path, required=True)
    for sub in (keep, back):
        sub.add_argument("--polnear", type=Path, metavar="JSONL", help="PolNeAR documents (sheet.py --polnear)")
        sub.add_argument("--data", type=Path, help="articles-dev folder (sheet.py --data)")
    args = parser.parse_args(argv)
    source = (["--polnear", str(args.polnear)] if args.polnear else []) + (["--data", str(args.data)] if args.data
                                                                            else [])
    if args.command == "save":
        source = [source[0], Path(source[1]).name] if source else []  # the data file's name, not this machine's path
        print(save(args.review, args.name, args.pages, args.commit, source, args.env))
    else:
        restore(args.name, args.out, source)


if __name__ == "__main__":
    main()
