"""Review sheets for the blind check: the 16 pages in ``pages.txt`` through extraction and analysis.

    python benchmarks/blind_check/sheet.py --data ../shared/data/articles-dev --out /tmp/blind
    python benchmarks/blind_check/sheet.py --pages benchmarks/blind_check/pages-2.txt --out /tmp/blind2

    python benchmarks/blind_check/sheet.py --polnear ../shared/data/polnear/train.jsonl \
        --pages benchmarks/blind_check/pages-3.txt --out /tmp/blind3

(the second, for the second set of 16 pages chosen before the fourth session's changes; the third, for
16 articles of PolNeAR's frozen train fifth drawn before the fifth session's changes) write, per
page, ``<id>.json`` (the analysis, DESIGN contract) and ``<id>.md`` (a readable sheet: the clean
text with numbered paragraphs, then every statement, event and actor newsgraph produced; each event row says
whether the default views show it: asserted and passed by the confidence gate),
and ``all.md`` with every sheet. A reviewer who has not seen the change judges each row against
the article. The sheets hold publishers' text: write them outside the repository.
"""
from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from newsgraph import Pipeline, RawDocument, Settings, extract
from newsgraph.eval.splits import is_frozen_page

HERE = Path(__file__).resolve().parent


def page_ids(path: Path = HERE / "pages.txt") -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    return [line.split()[0] for line in lines if line.strip() and not line.startswith("#")]


def sheet(analysis) -> str:
    article = analysis.article
    out = [f"# {article.id} — {article.title or '(no title)'}", "",
           f"published: {article.published}   url: {article.url}", "", "## Text", ""]
    for k, para in enumerate(p for p in article.text.split("\n\n") if p.strip()):
        out.append(f"[P{k + 1}] {para.strip()}")
        out.append("")
    names = {a.id: a for a in analysis.actors}

    def who(actor_id):
        actor = names.get(actor_id)
        return f"{actor.name} [{actor.code or '-'}]" if actor else "(none)"

    out += ["## Statements", ""]
    for s in analysis.statements:
        content = " … ".join(c.text for c in s.content)
        shown = "shown" if s.shown else "kept only"
        out.append(f"- {s.id} ({s.frame}, {shown}, {s.kind}) speaker: {who(s.speaker)}"
                   f" via \"{s.source.text if s.source else ''}\"; cue \"{s.cue.text if s.cue else ''}\";"
                   f" date {s.date}\n  content: \"{content}\"")
    out += ["", "## Events", ""]
    for e in analysis.events:
        modality = ",".join(k for k in ("negated", "hypothetical", "intended") if getattr(e, k)) or "asserted"
        view = "shown by default" if e.in_default_view else "hidden by default"
        out.append(f"- {e.id} {e.type}{'/' + e.mode if e.mode else ''} ({modality}; {view}) actor: {who(e.actor)}"
                   f" -> recipient: {who(e.recipient)}; trigger \"{e.trigger.text}\"; date {e.date}\n"
                   f"  evidence: \"{e.evidence.text}\"")
    out += ["", "## Actors", ""]
    for a in analysis.actors:
        mentions = "; ".join(sorted({m.text for m in a.mentions}))
        out.append(f"- {a.id} {a.name} ({a.kind}) country {a.country or '-'} sector {a.sector or '-'}"
                   f" title {a.title or '-'} — mentions: {mentions}")
    return "\n".join(out) + "\n"


def blind_pages(args: argparse.Namespace) -> list:
    """The articles-dev pages to render: the blind list, or with ``--tune`` pages of the tune half."""
    truth = json.loads((args.data / "ground-truth.json").read_text("utf-8"))
    full_ids = {key[:12]: key for key in truth}
    if args.tune:
        tune = sorted(key[:12] for key in truth if not is_frozen_page(key))
        chosen = tune[args.skip:args.skip + args.tune]
    else:
        chosen = page_ids(args.pages)
    articles = []
    for short in chosen:
        key = full_ids[short]
        html = gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes())
        raw = RawDocument(content=html, source=f"articles-dev/{short}", kind="html",
                          url=truth[key].get("url"), id=short)
        articles.append(extract(raw))
    return articles


def polnear_articles(path: Path, doc_ids: list[str]) -> list:
    """The listed PolNeAR documents as text articles (title and date from the record)."""
    wanted = set(doc_ids)
    records = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["doc_id"] in wanted:
                records[record["doc_id"]] = record
    missing = wanted - records.keys()
    if missing:
        raise SystemExit(f"not in {path}: {', '.join(sorted(missing))}")
    return [extract(RawDocument(content=records[d]["text"], source=f"polnear/{d}", kind="text",
                                title=records[d].get("title"), published=records[d].get("date"),
                                id=d, verbatim=True))
            for d in doc_ids]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/articles-dev"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--pages", type=Path, default=HERE / "pages.txt",
                        help="the list of blind pages (default pages.txt; pages-2.txt is the second set, "
                             "pages-3.txt the third, with --polnear)")
    parser.add_argument("--polnear", type=Path, metavar="JSONL",
                        help="read the listed documents from this PolNeAR file (by doc_id) instead of "
                             "articles-dev pages")
    parser.add_argument("--tune", type=int, metavar="N", default=0,
                        help="instead of the blind pages, render N pages of the tune half of articles-dev "
                             "(never the frozen half), for looking at errors while developing")
    parser.add_argument("--skip", type=int, default=0, help="with --tune: skip the first K tune pages")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    articles = polnear_articles(args.polnear, page_ids(args.pages)) if args.polnear else blind_pages(args)
    pipeline = Pipeline(Settings.from_env())  # NEWSGRAPH_* variables apply, as in the CLI
    sheets = []
    for analysis in pipeline.run(articles):
        (args.out / f"{analysis.article.id}.json").write_text(analysis.dumps(), "utf-8")
        text = sheet(analysis)
        (args.out / f"{analysis.article.id}.md").write_text(text, "utf-8")
        sheets.append(text)
        print(f"{analysis.article.id}: {len(analysis.statements)} statements, {len(analysis.events)} events, "
              f"{len(analysis.actors)} actors")
    (args.out / "all.md").write_text("\n\n".join(sheets), "utf-8")


if __name__ == "__main__":
    main()
