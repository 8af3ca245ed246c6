"""Statement errors at scale: shown statements against PolNeAR gold attributions, counted by kind of error.

    python benchmarks/statement_errors.py [--polnear FILE] [--limit N] [--examples 3] [--json OUT]

Default data: the TUNE part of PolNeAR ``train.jsonl`` (``eval.splits.is_frozen_polnear`` False; the frozen
fifth is never read here). ``--polnear .../dev.jsonl`` reads the dev file (every document). Parses are
cached under ``$TMPDIR/newsgraph-statement-errors`` (a spaCy DocBin per file, model and selection), so a
rerun after a change to the statement code only re-runs the extraction.

The statements are found as ``analyze`` finds them (dates and the final actor index first: the frame of a
statement depends on whether its source is an actor). What is counted (a proxy for the blind check's "shown statement fully right" and "recall of clear
statements", over hundreds of documents):

* every SHOWN statement with content (the default view's rule, ``newsgraph.model.is_shown``: speech or
  writing by a resolved speaker; ``Statement.shown``), matched to gold one to one by content
  (``eval.polnear.match_contents``): ``matched`` or, when not matched, ``partial`` (shares characters with
  some gold content) or ``spurious`` (shares none);
* a matched one whose gold cue is no speech or writing cue (a belief shown as words): ``not_speech``;
* a matched one whose source is wrong, by kind (``source:missing``, ``source:extra``,
  ``source:pronoun_for_name``, ``source:name_for_pronoun``, ``source:other``);
* a matched one whose content differs from gold by more than one word at an edge (``content:has_cue`` /
  ``content:has_source``: the content holds the gold cue or source; ``content:runs_past``,
  ``content:starts_early``, ``content:stops_early``, ``content:starts_late``);
* a speech or writing statement kept, not shown, for want of a resolved speaker: ``speaker:unresolved``
  (a source mention, no actor) and ``speaker:no_source`` (the blind check's "(none)"; no gold needed);
* a gold attribution whose cue is a speech or writing cue (``SPEECH_CUES``) matched by no shown
  statement: ``miss``, split by what we have there instead (``miss:not_shown:<frame>``, or
  ``miss:not_shown:no_speaker`` for speech or writing with no resolved speaker, ``miss:partial``,
  ``miss:none``) and grouped by cue lemma and by construction.

``proxy fully right`` = matched, speech cue, source right, content within one word at each edge, over
shown; ``proxy recall`` = speech-cue gold matched by a shown statement, over speech-cue gold. Examples are
printed as ``doc_id@offset`` (no article text is printed or stored).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.analyze.actors import find_actors, kb  # noqa: E402
from newsgraph.analyze.dates import find_dates  # noqa: E402
from newsgraph.analyze.statements import find_statements  # noqa: E402
from newsgraph.eval.polnear import (  # noqa: E402
    Attribution,
    PolnearArticle,
    characters,
    half_overlap,
    match_contents,
    read_polnear,
)
from newsgraph.eval.splits import is_frozen_polnear  # noqa: E402
from newsgraph.eval.statements import as_attribution  # noqa: E402
from newsgraph.model import SHOWN_FRAMES  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/polnear/train.jsonl")

#: cue lemmas of speaking or writing (the blind check's "speech": said, told, wrote, tweeted, announced ...);
#: chosen from the rubric's wording and common reporting verbs, not from the code's lexicon
SPEECH_CUES = frozenset("""
say tell according write tweet announce argue add claim state report explain note insist declare ask respond
reply warn deny suggest call testify recall acknowledge admit allege assert charge complain concede confirm
contend counter describe emphasize stress promise predict pledge vow urge recount repeat quote post mention
disagree dismiss criticize praise accuse blame question challenge joke boast brag answer comment
announcement statement remark interview speech letter email memo release op-ed continue conclude exclaim
confess plead speak talk echo read cite declare remark chant shout assure reiterate disclose voice lament decry
rail caution apologize blast slam denounce tout mock thank publish issue reference demand request propose
recommend outline
""".split())

#: cue lemmas of believing, intending, perceiving or of evidence: a statement shown for one of these is no
#: act of speaking (the rubric's "beliefs/intentions/actions ... are NOT speech")
BELIEF_CUES = frozenset("""
think believe know feel want hope hop expect plan intend seem appear consider fear worry wish decide understand
see view find learn show reveal indicate recognize remember wonder doubt prefer like need look sound aim try seek
estimate project determine choose imply signal mean
""".split())

PRONOUNS = frozenset("he she they i we it you him her them his their its this that who".split())

WORD = re.compile(r"\w+")


def words(text: str, segments) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for s, e in segments for m in WORD.finditer(text, s, e)]


def cue_lemma(doc, segments) -> str:
    """The lemma of a cue: its verb (or noun, or "according to")."""
    tokens = [t for s, e in segments for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
    if not tokens:
        return "?"
    if tokens[0].lower_ == "according":
        return "according"
    for pos in ("VERB", "NOUN", "AUX"):
        for t in tokens:
            if t.pos_ == pos:
                return t.lemma_.lower()
    return tokens[-1].lemma_.lower()


def construction(doc, gold: Attribution) -> str:
    """Where source, cue and content stand to each other in a gold attribution."""
    lemma = cue_lemma(doc, gold.cue)
    if lemma == "according":
        return "according_to"
    tokens = [t for s, e in gold.cue for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
    noun = bool(tokens) and any(t.pos_ == "NOUN" for t in tokens) and not any(t.pos_ == "VERB" for t in tokens)
    c0, c1 = gold.content[0][0], gold.content[-1][1]
    q0 = gold.cue[0][0] if gold.cue else c0
    where = "cue_inside" if c0 < q0 < c1 else ("content_first" if c1 <= q0 else "cue_first")
    quoted = "quoted" if any(ch in "\"“”" for s, e in gold.content for ch in doc.text[s:e]) else "unquoted"
    source = "no_source" if not gold.source else "source"
    return f"{'noun_cue' if noun else where}/{source}/{quoted}"


def source_error(text: str, gold, pred) -> str | None:
    if not gold:
        return None if not pred else "source:extra"
    if not pred:
        return "source:missing"
    if half_overlap(gold, pred):
        return None
    g = " ".join(text[s:e] for s, e in gold).lower()
    p = " ".join(text[s:e] for s, e in pred).lower()
    if p in PRONOUNS and g not in PRONOUNS:
        return "source:pronoun_for_name"
    if g in PRONOUNS and p not in PRONOUNS:
        return "source:name_for_pronoun"
    if set(gold) & set(pred) or any(ps < ge and gs < pe for gs, ge in gold for ps, pe in pred):
        return "source:span_overlap"
    return "source:other"


def content_errors(text: str, gold: Attribution, pred: Attribution) -> list[str]:
    """Edge differences of more than one word (a leading "that" alone is no error)."""
    out = []
    pred_chars = characters(pred.content)
    for role, segs in (("cue", gold.cue), ("source", gold.source)):
        if any(pred_chars.issuperset(range(s, e)) for s, e in segs if e > s):
            out.append(f"content:has_{role}")
    gw, pw = words(text, gold.content), words(text, pred.content)
    if not gw or not pw:
        return out
    g0, g1, p0, p1 = gw[0][0], gw[-1][1], pw[0][0], pw[-1][1]
    if sum(1 for s, _ in pw if s >= g1) > 1:
        out.append("content:runs_past")
    if sum(1 for _, e in pw if e <= g0) > 1:
        out.append("content:starts_early")
    if sum(1 for s, _ in gw if s >= p1) > 1:
        out.append("content:stops_early")
    if sum(1 for _, e in gw if e <= p0) > 1:
        out.append("content:starts_late")
    return out


class Counts:
    def __init__(self, examples: int):
        self.n: Counter = Counter()
        self.ex: dict[str, list[str]] = defaultdict(list)
        self.keep = examples

    def add(self, category: str, where: str) -> None:
        self.n[category] += 1
        if len(self.ex[category]) < self.keep:
            self.ex[category].append(where)


def tally_doc(article: PolnearArticle, doc, counts: Counts, knowledge) -> None:
    text = doc.text
    # as ``analyze`` runs it: dates and the final actor index first (frames depend on the speaker found)
    actors = find_actors(doc, article.published, knowledge)
    dates = find_dates(doc, article.published)
    statements = [s for s in find_statements(doc, actors, dates, article.published) if s.content]
    preds = [(s, as_attribution(text, s)) for s in statements]
    shown = [(s, a) for s, a in preds if s.shown]  # the default view's rule (model.is_shown)
    for s, _ in preds:
        if s.frame in SHOWN_FRAMES and s.speaker is None:  # speech kept, not shown, for want of a speaker
            where = f"{article.doc_id}@{s.cue.start}"
            counts.add("speaker:unresolved" if s.source is not None else "speaker:no_source", where)
    gold = article.attributions
    lemmas = [cue_lemma(doc, g.cue) for g in gold]
    pairs = dict((pi, gi) for gi, pi in match_contents(gold, [a for _, a in shown]))
    gold_chars = [characters(g.content) for g in gold]
    counts.n["gold"] += len(gold)
    counts.n["gold_speech"] += sum(lemma in SPEECH_CUES for lemma in lemmas)
    for lemma in lemmas:
        counts.n[f"gold_cue:{lemma}"] += 1
    for pi, (statement, pred) in enumerate(shown):
        where = f"{article.doc_id}@{statement.cue.start}"
        counts.add("shown", where)
        if pi not in pairs:
            chars = characters(pred.content)
            kind = "partial" if any(chars & g for g in gold_chars) else "spurious"
            counts.add(kind, where)
            counts.add(f"{kind}_by_cue:{cue_lemma(doc, pred.cue)}", where)
            continue
        g = gold[pairs[pi]]
        counts.add("matched", where)
        problems = []
        if lemmas[pairs[pi]] in BELIEF_CUES:
            problems.append("not_speech")
            counts.add(f"not_speech_by_cue:{lemmas[pairs[pi]]}", where)
        error = source_error(text, g.source, pred.source)
        if error:
            problems.append(error)
        problems.extend(content_errors(text, g, pred))
        for problem in problems:
            counts.add(problem, where)
        if not problems:
            counts.add("proxy_fully_right", where)
        elif any(p.startswith("content:") for p in problems) and not any(
                p.startswith("source:") or p == "not_speech" for p in problems):
            counts.add("matched_content_only_wrong", where)
    matched_gold = set(pairs.values())
    others = match_contents(gold, [a for _, a in preds])
    other_of = {gi: preds[pi][0] for gi, pi in others}
    pred_chars = [characters(a.content) for _, a in preds]
    for gi, g in enumerate(gold):
        if lemmas[gi] not in SPEECH_CUES:
            continue
        where = f"{article.doc_id}@{g.cue[0][0] if g.cue else g.content[0][0]}"
        if gi in matched_gold:
            counts.add("speech_gold_found", where)
            continue
        if gi in other_of:
            other = other_of[gi]
            kind = f"miss:not_shown:{other.frame if other.frame not in SHOWN_FRAMES else 'no_speaker'}"
        elif any(gold_chars[gi] & c for c in pred_chars):
            kind = "miss:partial"
        else:
            kind = "miss:none"
        counts.add("miss", where)
        counts.add(kind, where)
        counts.add(f"{kind}_by_cue:{lemmas[gi]}", where)
        counts.add(f"{kind}_by_construction:{construction(doc, g)}", where)
        counts.add(f"miss_by_cue:{lemmas[gi]}", where)
        counts.add(f"miss_by_construction:{construction(doc, g)}", where)


def parsed(articles: list[PolnearArticle], path: Path, model: str | None):
    import spacy
    from spacy.tokens import DocBin

    from newsgraph.nlp import loader

    nlp = loader.load(model)
    key = hashlib.sha256("|".join([str(path.resolve()), str(path.stat().st_mtime), str(model), nlp.meta["name"],
                                   nlp.meta["version"], spacy.__version__, *(a.doc_id for a in articles)])
                         .encode()).hexdigest()[:16]
    cache = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "newsgraph-statement-errors" / f"{key}.spacy"
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(articles):
            return docs
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    cache.parent.mkdir(parents=True, exist_ok=True)
    DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS", "SENT_START"],
           docs=docs).to_disk(cache)
    return docs


def report(counts: Counts, top: int) -> str:
    n = counts.n
    shown, speech = n["shown"] or 1, n["gold_speech"] or 1
    lines = [f"documents {n['documents']}  gold {n['gold']}  gold with a speech/writing cue {n['gold_speech']}"
             f"  shown {n['shown']}",
             f"proxy fully right {n['proxy_fully_right']}/{n['shown']} = {n['proxy_fully_right'] / shown:.3f}   "
             f"proxy recall {n['speech_gold_found']}/{n['gold_speech']} = {n['speech_gold_found'] / speech:.3f}",
             "", f"{'category':46s} {'count':>6s} {'rate':>7s}  examples"]
    main = ["matched", "spurious", "partial", "not_speech", "source:missing", "source:extra",
            "source:pronoun_for_name", "source:name_for_pronoun", "source:span_overlap", "source:other",
            "content:has_cue", "content:has_source", "content:runs_past", "content:starts_early",
            "content:stops_early", "content:starts_late", "matched_content_only_wrong"]
    for cat in main:
        lines.append(f"{cat:46s} {n[cat]:6d} {n[cat] / shown:7.3f}  {' '.join(counts.ex[cat])}")
    for cat in ("speaker:unresolved", "speaker:no_source"):  # speech kept, not shown: counts, no rate of shown
        lines.append(f"{cat:46s} {n[cat]:6d} {'':7s}  {' '.join(counts.ex[cat])}")
    lines.append(f"{'(rates above: of shown; below: of speech-cue gold)':46s}")
    for cat in ["miss", "miss:none", "miss:partial"] + sorted(c for c in n if c.startswith("miss:not_shown")
                                                              and "_by_" not in c):
        lines.append(f"{cat:46s} {n[cat]:6d} {n[cat] / speech:7.3f}  {' '.join(counts.ex[cat])}")
    for prefix in ("miss_by_cue:", "miss_by_construction:", "miss:none_by_cue:", "miss:none_by_construction:",
                   "miss:partial_by_construction:", "miss:not_shown:belief_by_cue:", "spurious_by_cue:",
                   "partial_by_cue:", "not_speech_by_cue:"):
        lines.append("")
        lines.append(prefix.rstrip(":"))
        for cat, value in sorted(((c, v) for c, v in n.items() if c.startswith(prefix)), key=lambda cv: -cv[1])[:top]:
            lines.append(f"  {cat[len(prefix):]:44s} {value:6d}  {' '.join(counts.ex[cat])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_DATA,
                        help="PolNeAR JSONL; train.jsonl is read for its tune part only (default %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="at most N documents (after the split filter)")
    parser.add_argument("--examples", type=int, default=3, help="example ids per category")
    parser.add_argument("--top", type=int, default=15, help="rows per grouping")
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the counts and examples here")
    args = parser.parse_args(argv)
    articles = list(read_polnear(args.polnear))
    if args.polnear.name == "train.jsonl":
        articles = [a for a in articles if not is_frozen_polnear(a.doc_id)]
    articles = articles[:args.limit] if args.limit else articles
    counts = Counts(args.examples)
    knowledge = kb.with_codings(Settings().actor_codings)
    for article, doc in zip(articles, parsed(articles, args.polnear, args.model)):
        counts.n["documents"] += 1
        tally_doc(article, doc, counts, knowledge)
    print(report(counts, args.top))
    if args.json:
        args.json.write_text(json.dumps({"counts": dict(counts.n), "examples": dict(counts.ex)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
