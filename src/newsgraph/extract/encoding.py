"""Bytes to text for articles, with one documented order of guesses. Pure: no I/O.

Text files (.txt): UTF-8 (a BOM is dropped), UTF-32 or UTF-16 when a BOM says so, else cp1252 when the bytes read as plausible
Windows-1252 text (old newsroom exports); anything else is refused.
HTML pages: UTF-8 (BOM dropped), UTF-32/UTF-16 with a BOM, else the charset the page declares in ``<meta>``, else cp1252.
Pages usually say what they are, and a wrong guess only costs a few odd characters there.
Bytes that are UTF-8 up to a damaged sequence (valid multi-byte characters before it) are refused,
never re-read as cp1252: that would silently garble every accented letter.
"""
from __future__ import annotations

import codecs
import re

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# <?xml version="1.0" encoding="x"?> (XHTML)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# C1 control characters and unassigned bytes in cp1252 decode to these; real text has none.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


class UndecodableText(ValueError):
    """The bytes are not text in any encoding newsgraph accepts; the message says which were tried."""


_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)  # checked first: FF FE 00 00 starts like UTF-16 LE
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BOMS = _UTF32_BOMS + _UTF16_BOMS
# A multi-byte UTF-8 sequence: bytes that would be very unlikely in cp1252 text (Ã©, â€™ ...)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def looks_binary(data: bytes, sample: int = 4096) -> bool:
    """True when ``data`` is evidently not text: a NUL byte, or many control bytes, in its first block.

    UTF-16 text announced by a byte-order mark is text (its NUL bytes are half of its characters).
    """
    if data.startswith(_BOMS):
        return False
    head = data[:sample]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


def _utf8(data: bytes) -> str | None:
    """UTF-8 (BOM dropped), or UTF-32/UTF-16 when a byte-order mark says so; None when it is neither.

    Raises ``UndecodableText`` for text that a BOM, or its valid multi-byte sequences, show to be
    UTF-8 (or UTF-16/32) but that is damaged: reading it as cp1252 would turn every accented
    letter into two wrong characters, silently.
    """
    if data.startswith(_UTF32_BOMS):
        return _strict(data, "utf-32")
    if data.startswith(_UTF16_BOMS):
        return _strict(data, "utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if data.startswith(codecs.BOM_UTF8) or _UTF8_SEQUENCE.search(data, 0, error.start):
            raise UndecodableText(f"invalid UTF-8 at byte {error.start:,} (the text before it is UTF-8, "
                                  "so no other encoding is guessed); repair or re-encode it") from None
        return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UndecodableText(f"invalid {encoding.upper()} at byte {error.start:,} (after a "
                              f"{encoding.upper()} byte-order mark); re-encode it as UTF-8") from None


def _plausible_cp1252(data: bytes) -> str | None:
    """cp1252 text, or None when bytes it leaves undefined show this is something else."""
    if any(b in _CP1252_UNDEFINED for b in data):
        return None
    text = data.decode("cp1252")
    letters = sum(1 for ch in text if ch.isalpha())
    high = sum(1 for ch in text if ord(ch) > 127)
    # Western text in cp1252 is mostly ASCII letters; a high share of accented/symbol characters
    # means another encoding (Cyrillic, CJK in a legacy code page) read wrongly.
    if letters and high / max(letters, 1) > 0.3:
        return None
    return text


def decode_text(data: bytes) -> str:
    """The text of a plain-text article: UTF-8 (BOM dropped), else plausible cp1252.

    Raises ``UndecodableText`` when it is neither.
    """
    text = _utf8(data)
    if text is None:
        text = _plausible_cp1252(data)
    if text is None:
        raise UndecodableText("not valid UTF-8 (nor plausible Windows-1252 text); re-encode it as UTF-8")
    return text


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares (``<meta>`` near its top, or an XML declaration), if Python
    knows it."""
    match = _XML_ENCODING.search(data[:512]) or _META_CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """The text of an HTML page: UTF-8 (BOM dropped), else its declared charset, else cp1252.

    Raises ``UndecodableText`` when the declared charset does not decode and cp1252 is
    implausible too, or when the page is damaged UTF-8 and declares nothing else.
    """
    charset = declared_charset(data)
    try:
        text = _utf8(data)
    except UndecodableText:
        if not charset or charset == "utf-8":
            raise
        text = None  # the page says what else it is: try that
    if text is not None:
        return text
    if charset and charset != "utf-8":
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass
    text = _plausible_cp1252(data)
    if text is None:
        declared = f" (declares {charset})" if charset else ""
        raise UndecodableText(f"HTML is not valid UTF-8{declared} and no other encoding fits; "
                              "re-encode it as UTF-8")
    return text
