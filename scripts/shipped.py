"""Writing a shipped data file so that the same inputs give the same bytes: gzip with mtime 0 and no file
name, level 9. Every build and training script writes its tables and models through ``write_gzip`` (the
scripts import it as they are run: ``python scripts/<name>.py`` puts scripts/ first on ``sys.path``)."""
from __future__ import annotations

import gzip
from pathlib import Path


def write_gzip(body: bytes, out: Path) -> None:
    """``body`` gzipped to ``out``, reproducibly (no timestamp, no file name in the header)."""
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as fh:
        fh.write(body)


def write_tsv_gzip(comments: list[str], rows, out: Path) -> None:
    """A gzipped TSV: ``comments`` as "# " lines (the header and the table's sources), then one line per row."""
    lines = [f"# {c}\n" for c in comments] + ["\t".join(r) + "\n" for r in rows]
    write_gzip("".join(lines).encode("utf-8"), out)
