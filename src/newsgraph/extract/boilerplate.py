"""Web boilerplate around an article: comment forms, share buttons, newsletter prompts.

Text copied from a web page (and sometimes what an HTML extractor keeps) ends with lines such as
"Be the first to comment", "Leave a Reply", "Share this:", "Subscribe to our newsletter". They are
only removed from the END of an article, scanning back over blank lines: the same words inside
the body ("he declined to comment", a quoted "leave a reply") are the article's and stay.
"""
from __future__ import annotations

import re

# Each pattern must match a WHOLE line (case-insensitive, surrounding whitespace ignored).
_SOCIAL = (r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|tumblr|pocket|"
           r"e-?mail|print|messenger|flipboard|skype|sms|copy link|more")
_TRAILING_PATTERNS = [
    # comment forms
    r"be the first to comment[.!]?",
    r"leave a (reply|comment)[.!]?( cancel reply)?",
    r"(post|add|write|submit) (a |your )?comments?[.!]?",
    r"cancel reply",
    r"submit|\u0394",  # a form's button; WordPress's anti-spam field shows as a lone delta
    r"(\d+ )?comments?( \(\d+\))?:?",
    r"(view|show|read|see|load) (all )?(\d+ )?comments?.*",
    r"your email address will not be published\.?.*",
    r"required fields are marked.*",
    r"(name|email|e-mail|website|comment)\s*\*?",
    r"save my name, email,? and website in this browser.*",
    r"you must be (logged|signed) in to (post|leave) a comment.*",
    r"this site uses akismet to reduce spam.*",
    r"notify me of (follow-up comments|new posts).*",
    r"comments are closed\.?",
    r"tell us what (you|YOU) think.*",
    r"join the (conversation|discussion).*",
    # share buttons
    r"share( this| the)?( article| story| post| page)?( on| via)?:?",
    r"share (on|via|with) .{1,40}",
    r"click to (share|email|print) .{0,80}",
    rf"({_SOCIAL})",
    r"like this:?",
    r"like loading\.*",
    r"loading\.*",
    # newsletters and follow prompts
    r"subscribe( now| today)?[.!]?",
    r"follow us( on .{1,60})?[.!]?",
    r"get the latest .{0,80}(inbox|newsletter).{0,80}",
    # a line that asks the reader to subscribe or sign up to a newsletter, or offers their inbox
    r".{0,120}\b(subscrib\w*|sign(ing)? up) (to|for) .{0,60}\b(newsletters?|inbox)\b.{0,120}",
    r".{0,120}\bdelivered (straight |right )?to your inbox\b.{0,120}",
    r"follow (us|\w+( \w+)?) on (twitter|facebook|instagram|youtube|linkedin|x)\b.{0,120}",
    r"(have|got) a (news )?tip\?.{0,200}",
    # site furniture
    r"(copyright|\(c\)|©)\s.{0,150}",
    r".{0,100}\ball rights reserved\b.{0,60}",
    r"(filed under|tagged( with)?|tags|categories|posted in):.{0,200}",
    # related-content headings
    r"(related|recommended|more)( articles| stories| posts| content| reading| news| from .{1,40})?:?",
    r"you (may|might) also (like|enjoy)\b.{0,40}",
    r"read more:?",
    r"advertisement",
]
_TRAILING = re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in _TRAILING_PATTERNS) + r")\s*",
                       re.IGNORECASE)


# Page furniture that can open an extracted HTML body: a byline or a reading-time note.
_NAME = r"[A-Z][\w.'\-]*"
_LEADING = re.compile(
    r"\s*(?:"
    rf"(?:[Bb]y|BY|[Pp]osted by|[Ww]ritten by)\s+{_NAME}(?:(?:\s+|,\s*|\s+and\s+){_NAME}){{0,6}}"
    r"(?:\s+on\s+[A-Z0-9][\w ,.:]{0,30})?"  # "Posted by Ana Li on May 2, 2023"
    r"(?:\s*[|·•–—-]\s*.{0,60}|,(?:\s*[A-Z][\w.'\-]*){1,4})?"  # "| Reuters", ", Staff Writer"
    r"|\d+\s*(?:min|mins|minute|minutes)\.?\s+read"
    r"|(?:[Ee]stimated\s+)?[Rr]eading time:?\s*.{0,30}"
    r")\s*")


def is_leading_furniture(line: str) -> bool:
    """True when the whole ``line`` is a byline ("By Ana Li") or a reading-time note."""
    return bool(_LEADING.fullmatch(line))


def strip_leading_furniture(lines: list[str]) -> list[str]:
    """``lines`` without the bylines and reading-time notes (and blank lines) at their start."""
    start = 0
    while start < len(lines) and (not lines[start].strip() or is_leading_furniture(lines[start])):
        start += 1
    return lines[start:]


def is_trailing_boilerplate(line: str) -> bool:
    """True when the whole ``line`` is a known web-boilerplate prompt (comment, share, newsletter...)."""
    return bool(_TRAILING.fullmatch(line))


def trailing_boilerplate_start(lines: list[str]) -> int:
    """The index where trailing boilerplate begins in ``lines`` (``len(lines)`` when there is none).

    Scans back from the end over blank lines and boilerplate lines; stops at the first line of
    article text. Blank lines just before the boilerplate are included in it.
    """
    cut = len(lines)
    index = len(lines) - 1
    while index >= 0:
        line = lines[index]
        if line.strip() and not is_trailing_boilerplate(line):
            break
        if line.strip():
            cut = index
        index -= 1
    # give the blank lines between the article and its boilerplate to the boilerplate
    while cut > 0 and not lines[cut - 1].strip():
        cut -= 1
    return cut


def strip_trailing_boilerplate(lines: list[str]) -> list[str]:
    """``lines`` without the boilerplate (and blank lines) at their end."""
    return lines[:trailing_boilerplate_start(lines)]
