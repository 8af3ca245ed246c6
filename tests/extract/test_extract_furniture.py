"""Page furniture on pages of our own writing: credits, captions, teasers, prompts, link lists,
newsletter boxes, hover cards; the lead paragraph and its dateline stay."""
from pathlib import Path

import pytest

from newsgraph.extract import ExtractOptions, extract
from newsgraph.extract.boilerplate import is_furniture_line, is_leading_furniture, is_trailing_boilerplate
from newsgraph.extract.bounds import parse
from newsgraph.extract.links import is_link_line, link_blocks
from newsgraph.extract.prune import name_words, prune_furniture
from newsgraph.model import RawDocument

FIXTURES = Path(__file__).parent / "fixtures"

PIER_TEXT = (
    "QUILLPORT (Harbour Wire) — The northern pier of Quillport will close from June until the end of the summer "
    "season while engineers replace its rotten timber piles, the harbour master, Ottilie Brambleworth, said on "
    "Monday.\n\n"
    "Ferry crews will use the southern quay in the meantime, and the timetable will not change, a spokesman for "
    "the port authority, Casimir Dunmore, told reporters at the harbour office.\n\n"
    "The repairs will cost about 2.4 million crowns, which the town council approved in March after a survey "
    "found that a third of the piles had rotted. Ottilie Brambleworth said the work could not wait another "
    "winter.\n\n"
    "Fishing boats will moor at the old coal wharf until the pier reopens, Brambleworth added.")


def html_page(name: str) -> RawDocument:
    path = FIXTURES / name
    return RawDocument(content=path.read_text(encoding="utf-8"), source=str(path), kind="html")


def test_every_kind_of_furniture_goes_and_the_lead_stays():
    article = extract(html_page("pier_furniture.html"))
    assert article.title == "Quillport pier to close for summer repairs"
    assert article.text == PIER_TEXT


@pytest.mark.parametrize("option, leftover", [
    ({"prune_furniture": False}, "Harbour Daily Newsletter"),     # a box named in its class
    ({"link_block_share": 1.1}, "Southern quay gets a fresh coat of paint"),  # a related-headline list
])
def test_each_mechanism_is_what_removes_its_furniture(option, leftover):
    assert leftover not in PIER_TEXT
    assert leftover in extract(html_page("pier_furniture.html"), ExtractOptions(**option)).text


@pytest.mark.parametrize("line", [
    "(Reporting by Ines Harrowgate in Quillport; Editing by Barnaby Coldwell)",
    "Reporting by Ines Harrowgate; additional reporting by Tomas Fell in Lagos; Editing by Mara Hull",
    "Writing by Ines Harrowgate",
    "Read more: Ferry fares to rise again in the autumn",
    "READ MORE",
    "ALSO READ: Lighthouse keeper retires",
    "Related: Council approves a larger harbour budget",
    "More:",
    "(Photo: Ines Harrowgate/Quillport Post)",
    "Photo credit: Quillport Post",
    "The northern pier at low tide. (Photo: Ines Harrowgate/Quillport Post)",
    "The quay at dawn, photos © Quillport Post, 2024",
    "Like this story? Share it with a friend!",
    "Enjoyed this article? Tell your neighbours.",
    "Share this story",
    "Sign up for the Harbour Daily newsletter",
    "Get Harbour Monthly through your letterbox every month. Click here for more information.",
    '[button link="/tips" type="big"] Send us YOUR harbour photos[/button]',
    "Updated at 9:15 a.m.",
])
def test_furniture_lines_recognised_anywhere(line):
    assert is_furniture_line(line)
    assert is_trailing_boilerplate(line)  # and at the end of a plain-text story too


@pytest.mark.parametrize("line", [
    "Reporting by the harbour office found that a third of the piles had rotted.",
    "She read more than twenty surveys before the vote.",
    "Related talks will follow in Quillport next week.",
    "The photo: a fake, the harbour master said.",
    "He declined to comment.",
    "Updated rules take effect on Monday, the port authority said in a statement.",
    "QUILLPORT (Harbour Wire) — The northern pier of Quillport will close from June.",
])
def test_article_lines_are_not_furniture(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line, expected", [
    ("5:45 AM PST 11/19/2019 by Ines Harrowgate", True),
    ("Published: May 6, 2024", True),
    ("10:30 a.m. was when the ferry left, the captain said.", False),
])
def test_time_stamps_opening_the_body_are_furniture(line, expected):
    assert is_leading_furniture(line) is expected


@pytest.mark.parametrize("tail", [
    "SOURCE: Harbour Wire",
    "Ines Harrowgate's book about piers is out now. Follow her on Twitter @ines.",
    "Follow our full coverage of the harbour at https://post.example.org/harbour",
])
def test_notes_after_the_story_are_trailing_boilerplate(tail):
    assert is_trailing_boilerplate(tail)


def test_credit_line_after_a_plain_text_story_is_removed():
    body = ("QUILLPORT (Harbour Wire) — The northern pier will close from June, the harbour master said on "
            "Monday.")
    raw = RawDocument(content=f"Pier to close\n\n{body}\n\n(Reporting by Ines Harrowgate; Editing by Barnaby "
                              f"Coldwell)\n\nLike this story? Share it with a friend!\n", source="pier.txt", kind="text")
    assert extract(raw).text == body


def test_link_blocks_are_headlines_made_of_links():
    tree = parse("<html><body><p>The pier closes in June, <a href='/a'>the harbour master</a> said on Monday "
                 "after the survey.</p><li><a href='/b'>Gull numbers fall for the third year running</a></li>"
                 "<a href='/c'><h3>Saturday market moves to the square</h3></a>"
                 "<li><a href='/d'>Harbour Mints Energize</a></li></body></html>")
    blocks = link_blocks(tree)
    assert blocks == {"gull numbers fall for the third year running", "saturday market moves to the square"}
    assert is_link_line("- Gull numbers fall for the third year running", blocks)
    assert not is_link_line("Harbour Mints Energize", blocks)  # too short to be a headline


def test_hover_card_goes_and_the_name_it_wraps_stays():
    tree = parse("<html><body><p>The harbour master, <span class='rollover-people'><a href='/p/1'>Ottilie "
                 "Brambleworth</a><span class='rolloverBlock'><a href='/x'>Storm season warning</a> <a href='/y'>"
                 "Harbour master named</a></span></span>, said the pier would close.</p></body></html>")
    assert prune_furniture(tree) == 1
    assert " ".join(tree.find(".//p").text_content().split()) == (
        "The harbour master, Ottilie Brambleworth, said the pier would close.")


def test_a_wrapper_named_like_furniture_that_holds_the_article_is_kept():
    paragraphs = "".join(f"<p>Paragraph {i} of the pier story tells what the harbour master said.</p>"
                         for i in range(6))
    tree = parse(f"<html><body><div class='article-with-related'>{paragraphs}</div>"
                 f"<div role='complementary'><p>Lighthouse keeper retires</p></div></body></html>")
    assert prune_furniture(tree) == 1
    assert len(tree.findall(".//p")) == 6


@pytest.mark.parametrize("value, words", [
    ("pushdown-promo relatedPosts", {"pushdown", "promo", "related", "posts"}),
    ("Newsletter-container", {"newsletter", "container"}),
    ("", set()),
])
def test_class_and_id_words(value, words):
    assert name_words(value) == words


def test_a_lead_that_the_page_title_repeats_is_kept():
    lead = ("The northern pier of Quillport will close from June until the end of the summer season while "
            "engineers replace its rotten timber piles, the harbour master said on Monday.")
    html = (f"<html><head><title>{lead}</title></head><body><article><p>{lead}</p><p>Ferry crews will use the "
            f"southern quay in the meantime, a spokesman for the port authority said.</p>"
            f"<p>Like this story? Share it with a friend!</p></article></body></html>")
    article = extract(RawDocument(content=html, source="lead.html", kind="html"))
    assert article.text.split("\n\n") == [
        lead, "Ferry crews will use the southern quay in the meantime, a spokesman for the port authority said."]


@pytest.mark.parametrize("first", [
    "Quillport pier to close for summer repairs",          # the title
    "QUILLPORT PIER TO CLOSE FOR SUMMER REPAIRS",
])
def test_a_first_paragraph_that_is_the_headline_is_dropped(first):
    html = (f"<html><head><title>Quillport pier to close for summer repairs | The Quillport Post</title></head>"
            f"<body><article><h1>{first}</h1><p>The northern pier of Quillport will close from June, the harbour "
            f"master said on Monday after a survey of its timber piles.</p></article></body></html>")
    article = extract(RawDocument(content=html, source="head.html", kind="html"))
    assert article.text.startswith("The northern pier of Quillport")
