"""Web boilerplate around an article: comment forms, share buttons, newsletter prompts, credits.

Text copied from a web page (and sometimes what an HTML extractor keeps) ends with lines such as
"Be the first to comment", "Leave a Reply", "Share this:", "Subscribe to our newsletter". They are
only removed from the END of an article, scanning back over blank lines: the same words inside
the body ("he declined to comment", a quoted "leave a reply") are the article's and stay.

A few kinds of line are page furniture wherever they stand, because no sentence of an article
has their shape: agency credit lines ("(Reporting by Ana Li; Editing by Bo Gren)"), "Read
more: ..." and "Related: ..." teasers, photo credits ("(Photo: Ana Li/Reuters)"), "Like this
story? Share it with a friend!", newsletter sign-up prompts, "click here" offers, unrendered
shortcodes. ``strip_furniture_lines`` removes those from anywhere in an HTML body (and they are
trailing boilerplate too). ``is_leading_furniture`` recognises bylines and time stamps that
open a body.
"""
from __future__ import annotations

import re

# Each pattern must match a WHOLE line (case-insensitive, surrounding whitespace ignored).
_SOCIAL = (r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|tumblr|pocket|"
           r"e-?mail|print|messenger|flipboard|skype|sms|copy link|more")
# no furniture line is longer than this (the longest pattern below allows about 500 characters)
FURNITURE_LINE_MAX_CHARS = 600
# Lines that are furniture wherever they stand (case-insensitive, whole line)
_ANYWHERE_PATTERNS = [
    # teasers for other stories
    r"(read|see|watch|listen)( more| also| next| the full story)\s*[:>»|-].{0,200}",
    r"(also read|also see|related|more on this|related (stories|articles|coverage|content))\s*[:>»|-].{0,200}",
    r"read more\.*",
    r"(more|related)\s*:",
    # a time stamp: "Updated at 1:23 p.m.", "Published: Nov 19, 2019"
    r"(last )?(updated|published|posted)( at| on)?:?\s+[\w ,.:/]{0,30}\d[\w ,.:/]{0,20}",
    # photo and video credits, alone or closing a caption
    r"[(\[]?(photo|image|picture|video|graphic|illustration|pic)s?( credit| courtesy)?\s*[:©].{0,150}",
    r".{0,300}[(\[](photo|image|picture|pic|credit|video)s?( credit| courtesy)?\s*[:©/][^)\]]{0,100}[)\]]\.?",
    r".{0,300}\b(photos?|images?|pictures?) ©.{0,80}",
    # reader prompts
    r"(did you )?(like|liked|enjoy|enjoyed|love|loved) this (story|article|post|piece)\?.{0,150}",
    r"share (this|the) (story|article|post|page)( with .{1,40})?[.!:]?",
    r".{0,120}\b(subscrib\w*|sign(ing)? up) (to|for) .{0,60}\b(newsletters?|inbox)\b.{0,120}",
    r".{0,120}\bdelivered (straight |right )?to your inbox\b.{0,120}",
    r".{0,200}\bclick here\b.{0,120}",
    # a shortcode the site never rendered: "[button link=...]Send us...[/button]"
    r".{0,200}\[/[a-z_-]{1,30}\].{0,100}",
]
_ANYWHERE = re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in _ANYWHERE_PATTERNS) + r")\s*", re.IGNORECASE)
# Agency credit lines; the names must be capitalised, so "Reporting by the council found ..." is text
_CREDIT = re.compile(
    r"\s*\(?(?:[Aa]dditional |[Ee]xtra )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|"
    r"[Rr]esearch|[Gg]raphics?|[Pp]roduced|[Ww]ritten|[Rr]eported) by (?:[A-Z][\w.'’-]*)(?:[ ,;&]+(?:and |by |in |"
    r"[Ee]diting |[Ww]riting |[Aa]dditional |[Rr]eporting )*[A-Z][\w.'’-]*)*\s*[);.]?\s*")

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
    # sources, corrections and author notes after the story
    r"sources?\s*:\s*.{0,80}",
    r".{0,250}\bfollow (him|her|them|us|me) (on|at) (twitter|facebook|instagram|linkedin|x)\b.{0,150}",
    r"(follow|visit|read|see|watch|get|download)\b.{0,150}(https?://|www\.)\S+\.?",
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
    # "Updated at 1:23 p.m.", "5:45 AM PST 11/19/2019 by Ana Li", "Published: Nov 19, 2019"
    r"|(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|[Ll]ast updated)(?:\s+(?:at|on))?:?\s+[\w ,.:/]{0,40}"
    r"|\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\s+)?[\d/.,\w ]{0,25}?"
    r"(?:\s+by\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3})?"
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


def is_furniture_line(line: str) -> bool:
    """True when the whole ``line`` is furniture wherever it stands: a credit line, a "Read more" or
    "Related:" teaser, a photo credit, a reader or newsletter prompt, an unrendered shortcode."""
    if len(line) > FURNITURE_LINE_MAX_CHARS:
        return False
    return bool(_ANYWHERE.fullmatch(line) or _CREDIT.fullmatch(line))


def strip_furniture_lines(lines: list[str]) -> list[str]:
    """``lines`` without the lines ``is_furniture_line`` recognises, wherever they stand."""
    return [line for line in lines if not is_furniture_line(line)]


def is_trailing_boilerplate(line: str) -> bool:
    """True when the whole ``line`` is a known web-boilerplate prompt (comment, share, newsletter...)
    or any line ``is_furniture_line`` recognises."""
    return bool(_TRAILING.fullmatch(line)) or is_furniture_line(line)


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
