"""Opening inputs safely: only regular files, and decompression with a cap on what comes out.

``open_regular(path)`` refuses FIFOs, devices and sockets, also behind a symbolic link (a ``.rss``
link to ``/dev/zero`` would grow without end, a FIFO named ``.warc`` would block for ever): the
file is opened without blocking and checked on the open descriptor, so nothing can be swapped in
between. ``Capped`` stops a decompressing stream once it has given ``cap`` bytes (a gzip bomb:
150 KB that inflate to 10 million JSONL records).
"""
from __future__ import annotations

import os
import stat
from typing import BinaryIO, Union

from newsgraph.errors import InputError

PathLike = Union[str, "os.PathLike[str]"]


def open_regular(path: PathLike, source: str) -> BinaryIO:
    """``path`` open for reading in binary; ``InputError`` naming ``source`` when it is not a
    regular file (following symbolic links) or cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise InputError(source, f"cannot open: {error.strerror or error}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(source, f"not a regular file ({_kind(mode)}); only regular files are read "
                                     "(use `-` to read JSONL from standard input)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a plain file"


class InflatedTooMuch(OSError):
    """A compressed input gave more bytes than its cap."""


class Capped:
    """A binary stream that raises ``InflatedTooMuch`` once more than ``cap`` bytes were read."""

    def __init__(self, stream: BinaryIO, cap: int):
        self.stream, self.cap, self.given = stream, cap, 0

    def _count(self, data: bytes) -> bytes:
        self.given += len(data)
        if self.given > self.cap:
            raise InflatedTooMuch(f"it decompresses to more than {self.cap:,} bytes "
                                  "(settings.max_inflate_ratio times its size); reading stopped there")
        return data

    def read(self, size: int = -1) -> bytes:
        return self._count(self.stream.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._count(self.stream.readline(size))

    def close(self) -> None:
        self.stream.close()

    def __enter__(self) -> Capped:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def inflate_cap(compressed_size: int, max_bytes: int, ratio: int) -> int:
    """How many bytes a compressed file of ``compressed_size`` may give."""
    return max(max_bytes, compressed_size * max(1, ratio))
