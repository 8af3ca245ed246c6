"""Web boilerplate that trails an article: comment forms, share buttons, newsletter prompts.

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
    r"(subscribe|sign up)( now)? (to|for) (our|the|my)\b.{0,60}newsletters?.{0,80}",
    r".{0,80}\b(newsletter|inbox)\b.{0,40}\bsubscribe\b.{0,80}",
    r"subscribe( now| today)?[.!]?",
    r"follow us( on .{1,60})?[.!]?",
    r"get the latest .{0,80}(inbox|newsletter).{0,80}",
    # related-content headings
    r"(related|recommended|more)( articles| stories| posts| content| reading| news| from .{1,40})?:?",
    r"read more:?",
    r"advertisement",
]
_TRAILING = re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in _TRAILING_PATTERNS) + r")\s*",
                       re.IGNORECASE)


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
