"""The error tree. Every message says what was wrong and what to do about it.

Messages carry a code (``[NG101]``) so they are searchable and testable, as spaCy's are.
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    code = "NG000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")


class ModelNotFound(NewsgraphError):
    code = "NG101"


class ModelMismatch(NewsgraphError):
    """A shipped model was trained for other features than the code computes."""

    code = "NG102"


class InputError(NewsgraphError):
    """One input (file, record, page) could not be read or made into an article.

    ``source`` names it (a path, ``path:line``, a URL) so the user can find it.
    """

    code = "NG201"

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class NoArticle(InputError):
    code = "NG202"


class StoreError(NewsgraphError):
    code = "NG301"


class ResourceMissing(NewsgraphError):
    """A table that ships inside the package is not there (a broken or partial install)."""

    code = "NG102"

    def __init__(self, filename: str):
        self.filename = filename
        super().__init__(f"the shipped table newsgraph/data/{filename} is missing; reinstall newsgraph "
                         f"(pip install --force-reinstall newsgraph) or, in a checkout, rebuild it with the "
                         f"script in scripts/ that names it")


class KnowledgeBaseError(NewsgraphError):
    """A user's actor codings file could not be read."""

    code = "NG401"
