"""Where input comes from: files, directories, JSONL, stdin (this is the only place that reads it).

``iter_documents(paths, settings)`` yields ``RawDocument`` or ``InputError`` items; see
``sources.files``.
"""
from newsgraph.sources.files import iter_documents

__all__ = ["iter_documents"]
