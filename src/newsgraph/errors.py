"""The error tree. Every message says what was wrong and what to do about it.

Messages carry a code (``[NG101]``) so they are searchable and testable, as spaCy's are.
"""
from __future__ import annotations

MAX_NAME_CHARS = 500  # a longer source name is cut (it names the input; 4 bytes a character fit an index)
MAX_REASON_CHARS = 2000


def printable(text: object, limit: int = MAX_NAME_CHARS) -> str:
    """``text`` safe to store in a database and print on a terminal.

    A file name that is not valid UTF-8 reaches Python with lone surrogates (``\\udcff``, the
    ``surrogateescape`` of byte 0xff): each such byte is shown as ``\\xff``, any other lone
    surrogate as ``\\ud800``; control and format characters (ESC, NUL, newlines, C1 controls,
    bidi overrides) are shown escaped (``\\x1b``, ``\\u202e``), never sent to the terminal. Longer than ``limit``: cut, ending in "…".
    """
    text = str(text)
    if text.isprintable() and len(text) <= limit:
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch.isprintable():
            out.append(ch)
        elif 0xDC80 <= code <= 0xDCFF:  # a byte of a non-UTF-8 name, escaped by the OS layer
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        else:  # other surrogates, format characters (bidi overrides), line separators
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    safe = "".join(out)
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"


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

    @classmethod
    def check(cls, data: dict, features: str, source: str, script: str) -> None:
        """Refuse a model (``data``, read from ``source``) trained for other features than ``features``,
        saying which script retrains it."""
        trained_for = data.get("features")
        if trained_for != features:
            raise cls(f"{source} was trained for features {trained_for!r}, but this newsgraph computes "
                      f"{features!r}; retrain it with `python {script} --data ../shared/data`")


class InputError(NewsgraphError):
    """One input (file, record, page) could not be read or made into an article.

    ``source`` names it (a path, ``path:line``, a URL) so the user can find it.
    """

    code = "NG201"

    def __init__(self, source: str, reason: str):
        self.source = printable(source)
        self.reason = printable(reason, MAX_REASON_CHARS)
        super().__init__(f"{self.source}: {self.reason}")


class NoArticle(InputError):
    code = "NG202"


class OverBudget(InputError):
    """An article that took longer than its time budget (``settings.article_seconds``) to analyse."""

    code = "NG203"


class StoreError(NewsgraphError):
    code = "NG301"


class ResourceMissing(NewsgraphError):
    """A table that ships inside the package is not there (a broken or partial install)."""

    code = "NG103"

    def __init__(self, filename: str):
        self.filename = filename
        super().__init__(f"the shipped table newsgraph/data/{filename} is missing; reinstall newsgraph "
                         f"(pip install --force-reinstall newsgraph) or, in a checkout, rebuild it with the "
                         f"script in scripts/ that names it")


class KnowledgeBaseError(NewsgraphError):
    """A user's actor codings file could not be read."""

    code = "NG401"
