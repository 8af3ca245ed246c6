"""Plain-text extraction: title line, trailing web boilerplate, verbatim records, no-article cases."""
from pathlib import Path

import pytest

from newsgraph.errors import NoArticle
from newsgraph.extract import ExtractOptions, extract
from newsgraph.extract.boilerplate import is_trailing_boilerplate
from newsgraph.model import RawDocument, content_id

BODY = ("Port officials said on Monday that the new ferry terminal will open in June.\n\n"
        "\"We are ready,\" terminal manager Ines Okonkwo-Lund said.")


def text_doc(content, **kw) -> RawDocument:
    return RawDocument(content=content, source="story.txt", kind="text", **kw)


@pytest.mark.parametrize("content, title, text", [
    # a first line followed by a blank line is the title
    ("Ferry terminal to open in June\n\n" + BODY, "Ferry terminal to open in June", BODY),
    # headlines may end in ? or ! or quote marks
    ("Will the ferry run on time?\n\n" + BODY, "Will the ferry run on time?", BODY),
    # no blank line after the first line: no title, all text
    ("Ferry terminal to open in June\n" + BODY, None, "Ferry terminal to open in June\n" + BODY),
    # a sentence closed by a full stop is a lead paragraph, not a title
    (BODY, None, BODY),
    # a first line with nothing after it is the text, not a title
    ("Port officials said the terminal will open", None, "Port officials said the terminal will open"),
    # \r\n and trailing spaces are normalised, outer blank lines dropped
    ("\r\n\r\nFerry terminal to open in June  \r\n\r\nLine one.  \r\nLine two.\r\n\r\n",
     "Ferry terminal to open in June", "Line one.\nLine two."),
    # a leading BOM is not part of the title
    ("\ufeffFerry terminal to open in June\n\n" + BODY, "Ferry terminal to open in June", BODY),
])
def test_title_line_rule(content, title, text):
    article = extract(text_doc(content))
    assert article.title == title
    assert article.text == text


@pytest.mark.parametrize("tail", [
    "\n\nBe the first to comment\n\nLeave a Reply\n\nYour email address will not be published.",
    "\n\nShare this:\n\nClick to share on Twitter (Opens in new window)\nClick to share on Facebook (Opens in new window)",
    "\n\nSubscribe to our newsletter\n",
    "\n\nRelated\n\n\n",
    "\n\nLeave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\n"
    "Comment\nName *\nEmail *\nWebsite\nSave my name, email, and website in this browser for the next time I comment.",
    "\n\n3 Comments\n\nLike this:\nLike Loading...",
])
def test_trailing_boilerplate_removed(tail):
    article = extract(text_doc("Ferry terminal to open in June\n\n" + BODY + tail))
    assert article.text == BODY


def test_boilerplate_phrases_inside_the_body_are_kept():
    body = ("The council asked residents to leave a reply on its website.\n\n"
            "Leave a Reply\n\n"
            "That was the name of the consultation, Okonkwo-Lund said on Tuesday.")
    article = extract(text_doc("Consultation opens\n\n" + body + "\n\nShare this:\n"))
    assert article.text == body


@pytest.mark.parametrize("line, expected", [
    ("Be the first to comment", True),
    ("  Leave a Reply  ", True),
    ("Your email address will not be published. Required fields are marked *", True),
    ("Click to share on WhatsApp (Opens in new window)", True),
    ("Sign up for our daily newsletter", True),
    ("Get the top headlines delivered to your inbox by subscribing to our newsletter.", True),
    ("Follow Harbour Radio on Instagram, Facebook and YouTube.", True),
    ("Have a tip? Ines Okonkwo-Lund may be reached at ines@example.org.", True),
    ("Copyright 2024 The Northport Ledger", True),
    ("\u00a9 2024 Ledger Media. All rights reserved.", True),
    ("Filed under: Harbour, Fishing |", True),
    ("You may also like...", True),
    ("The newsletter's editor said she would subscribe to the view of the council in time.", False),
    ("He declined to comment.", False),
    ("The reply came on Friday.", False),
    ("Related talks will follow in Geneva.", False),
])
def test_boilerplate_line_recognised(line, expected):
    assert is_trailing_boilerplate(line) is expected


def test_verbatim_text_is_used_exactly():
    content = "Ferry terminal to open in June\r\n\r\n" + BODY + "\n\nLeave a Reply\n  "
    doc = text_doc(content, verbatim=True, title="Given title", id="rec-7", published="2024-03-14")
    article = extract(doc)
    assert article.text == content
    assert article.title == "Given title"
    assert (article.id, article.published, article.source) == ("rec-7", "2024-03-14", "story.txt")


def test_given_title_wins_and_repeated_first_line_is_dropped():
    article = extract(text_doc("Ferry Terminal To Open In June\n\n" + BODY, title="Ferry terminal to open in June"))
    assert (article.title, article.text) == ("Ferry terminal to open in June", BODY)


def test_given_title_keeps_a_different_first_line():
    content = "NORTHPORT BRIEFING\n\n" + BODY
    article = extract(text_doc(content, title="Ferry terminal to open in June"))
    assert (article.title, article.text) == ("Ferry terminal to open in June", content)


def test_id_is_content_hash_without_given_id():
    article = extract(text_doc("Ferry terminal to open in June\n\n" + BODY))
    assert article.id == content_id(BODY)


def test_bytes_content_is_decoded():
    article = extract(text_doc(("Caf\u00e9 reopens\n\n" + BODY).encode("utf-8")))
    assert article.title == "Caf\u00e9 reopens"


@pytest.mark.parametrize("content, verbatim", [
    ("", False), ("   \n\n  ", False), ("", True), ("  \n ", True),
    ("Leave a Reply\n\nBe the first to comment", False),
])
def test_no_article_names_the_source(content, verbatim):
    with pytest.raises(NoArticle) as caught:
        extract(text_doc(content, verbatim=verbatim))
    assert caught.value.source == "story.txt"
    assert "story.txt" in str(caught.value)


SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_b4c4be988496e769.txt"


@pytest.mark.data
@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is absent")
def test_seed_story_loses_its_comment_form():
    content = SEED.read_text(encoding="utf-8")
    article = extract(RawDocument(content=content, source=str(SEED), kind="text"))
    assert article.title == content.split("\n", 1)[0].strip()
    assert article.text.endswith("acceptable to them.")
    assert "Leave a Reply" not in article.text


@pytest.mark.parametrize("options, title, text", [
    (ExtractOptions(text_title=False), None, "Ferry terminal to open in June\n\n" + BODY),
    (ExtractOptions(strip_boilerplate=False), "Ferry terminal to open in June", BODY + "\n\nLeave a Reply"),
])
def test_text_rules_can_be_switched_off(options, title, text):
    article = extract(text_doc("Ferry terminal to open in June\n\n" + BODY + "\n\nLeave a Reply\n"), options)
    assert (article.title, article.text) == (title, text)


@pytest.mark.parametrize("content, given, published", [
    ("Quota deal reached\n\nSANTIAGO, March 14, 2024 — Chile and Bolivia agreed on Thursday.", None, "2024-03-14"),
    ("Quota deal reached\n\nSANTIAGO, March 14, 2024 — Chile and Bolivia agreed on Thursday.", "2024-03-15", "2024-03-15"),
    ("Quota deal reached\n\nSANTIAGO, March 14 (Reuters) — Chile and Bolivia agreed on Thursday.", None, None),
])
def test_published_from_dateline_when_not_given(content, given, published):
    article = extract(text_doc(content, published=given))
    assert article.published == published
    assert article.text.startswith("SANTIAGO, March 14")
