"""Selection of statement candidates: the near-linear parent linking and overlap suppression give
what comparing every pair gives (property tests), and the cue model refuses a model built for other
features."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.analyze.statements.constructions import Candidate
from newsgraph.analyze.statements.cue_model import FEATURE_VERSION, CueModelError, load_model
from newsgraph.analyze.statements.selection import link_parents, suppress_overlaps


@dataclass
class Cue:
    """A cue word at character ``idx`` (what selection reads of a token)."""

    idx: int
    i: int = 0


class Scores:
    """A selector rating candidates by a fixed score each (ties: text order)."""

    def __init__(self, scores):
        self.scores = scores

    def accepts(self, candidate):
        return True

    def score(self, candidate):
        return self.scores[id(candidate)]

    def certain(self, candidate):
        return candidate.lemma == "sure"


def brute_parents(candidates):
    out = []
    for candidate in candidates:
        cue_at = candidate.cue_tokens[0].idx
        best = None
        for other in candidates:
            if other is candidate:
                continue
            for s, e in other.content:
                if s <= cue_at < e and (best is None or e - s < best[0]):
                    best = (e - s, other)
        out.append(best[1] if best else None)
    return out


def brute_suppress(candidates, selector):
    ranked = sorted(enumerate(candidates), key=lambda ic: (-selector.score(ic[1]), ic[0]))
    kept = []
    for index, candidate in ranked:
        chars = {i for s, e in candidate.content for i in range(s, e)}
        sure = candidate.frame == "noun" and candidate.parent is not None and selector.certain(candidate)
        if not sure and any(2 * len(chars & other) > len(chars) and 2 * len(chars & other) > len(other)
                            for _, _, other in kept):
            continue
        kept.append((index, candidate, chars))
    return [c for _, c, _ in sorted(kept, key=lambda k: k[0])]


segment = st.tuples(st.integers(0, 60), st.integers(1, 25)).map(lambda p: (p[0], p[0] + p[1]))
candidate_data = st.lists(
    st.tuples(st.integers(0, 80), st.lists(segment, min_size=1, max_size=3), st.sampled_from(["ccomp", "noun"]),
              st.sampled_from(["say", "sure"]), st.integers(0, 3)),
    max_size=12,
)


def build(data):
    candidates, scores = [], {}
    for cue_at, segments, frame, lemma, score in data:
        c = Candidate([Cue(cue_at)], None, sorted(segments), frame, lemma)
        candidates.append(c)
        scores[id(c)] = score / 3
    return candidates, Scores(scores)


@settings(max_examples=150, deadline=None)
@given(candidate_data)
def test_parent_linking_and_suppression_match_all_pairs(data):
    candidates, selector = build(data)
    expected_parents = brute_parents(candidates)
    link_parents(candidates)
    assert [c.parent for c in candidates] == expected_parents
    assert suppress_overlaps(candidates, selector) == brute_suppress(candidates, selector)


def test_a_model_built_for_other_features_is_refused_clearly():
    text = f"feature\tweight\n__feature_version__\t{FEATURE_VERSION - 1}\n__threshold__\t0.4\nbias\t-1.0\n"
    with pytest.raises(CueModelError, match="feature version 1, but this newsgraph computes cue features "
                                            "version 2: retrain it with scripts/train_cues.py"):
        load_model(text, frozenset())
    with pytest.raises(CueModelError, match="has no feature version"):
        load_model("feature\tweight\n__threshold__\t0.4\nbias\t-1.0\n", frozenset())
    model = load_model(text.replace(f"\t{FEATURE_VERSION - 1}\n", f"\t{FEATURE_VERSION}\n"), frozenset())
    assert model.threshold == 0.4 and model.weights == {"bias": -1.0}


def test_the_shipped_model_knows_no_names():
    from importlib import resources

    text = resources.files("newsgraph.data").joinpath("cue_model.tsv").read_text(encoding="utf-8")
    features = [line.split("\t")[0] for line in text.splitlines()[1:]]
    assert features[0] == "__feature_version__"
    # the surnames the old model keyed on, and the most frequent speakers of its training data
    assert not {"srcn=francis", "srcn=woodward", "srcn=trump", "srcn=clinton"} & set(features)
    # a named source is seen only by entity type and shape
    assert any(f.startswith("srcname=PERSON|Xx") for f in features)
