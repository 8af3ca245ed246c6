"""spaCy model resolution and loading (cached), and batch parsing."""
from newsgraph.nlp.loader import clear, load, resolve_model_name

__all__ = ["load", "clear", "resolve_model_name"]
