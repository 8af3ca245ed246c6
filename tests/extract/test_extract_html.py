"""HTML extraction on pages of our own writing: main text only, metadata found."""
from pathlib import Path

import pytest

from newsgraph.errors import NoArticle
from newsgraph.extract import ExtractOptions, extract
from newsgraph.extract.boilerplate import is_leading_furniture
from newsgraph.extract.encoding import decode_html
from newsgraph.extract.html import site_of, split_authors
from newsgraph.model import RawDocument

FIXTURES = Path(__file__).parent / "fixtures"


def page(name: str, **kw) -> RawDocument:
    path = FIXTURES / name
    return RawDocument(content=path.read_text(encoding="utf-8"), source=str(path), kind="html", **kw)


@pytest.fixture(scope="module")
def harbour():
    return extract(page("harbour_talks.html"))


HARBOUR_PARAGRAPHS = [
    "NORTHPORT — Negotiations between the Northport harbour authority",
    "\"We came to the table with a fair offer",
    "The cooperative's chairman, Tobias Quillfeather, said",
    "According to Quillfeather, the authority had ignored a survey",
    "Feldspar rejected that reading, noting that",
    "The regional minister for maritime affairs, Hedda Ruskvold, urged",
]


def test_article_paragraphs_kept_in_order_separated_by_blank_lines(harbour):
    paragraphs = harbour.text.split("\n\n")
    assert len(paragraphs) == len(HARBOUR_PARAGRAPHS)
    for paragraph, start in zip(paragraphs, HARBOUR_PARAGRAPHS):
        assert paragraph.startswith(start)
    assert harbour.text.endswith("set the quotas itself.")


@pytest.mark.parametrize("clutter", [
    "Home", "Business", "Opinion",  # navigation
    "ADVERTISEMENT", "Glimmerwax", "Sponsored", "Lantern Bay ferry",  # ads
    "Share on Facebook", "Email this story", "Share this", "Click to share",  # share buttons
    "Related", "Ferry fares",  # related links
    "Leave a Reply", "Your email address", "Post Comment", "Name *",  # comment form
    "Copyright", "Privacy policy", "Subscribe to our newsletter",  # footer
])
def test_clutter_is_gone(harbour, clutter):
    assert clutter not in harbour.text


def test_metadata_found(harbour):
    assert harbour.title == "Harbour talks stall over fishing quotas"
    assert harbour.published == "2024-03-14"
    assert harbour.authors == ["Mirela Vantongeren"]
    assert harbour.site == "The Northport Ledger"
    assert harbour.url == "https://ledger.example.org/2024/03/14/harbour-talks-stall"
    assert harbour.source.endswith("harbour_talks.html")
    assert harbour.language == "en"


@pytest.mark.parametrize("lang, expected", [("pt-BR", "pt"), ("DE", "de"), (None, "en")])
def test_language_from_html_lang(lang, expected):
    attribute = f' lang="{lang}"' if lang else ""
    html = (f"<html{attribute}><body><article><p>The mayor of Eastwick, Leonora Drabble, said on Monday that "
            "the bridge will reopen in May after two years of repairs.</p></article></body></html>")
    assert extract(RawDocument(content=html, source="p.html", kind="html")).language == expected


def test_given_metadata_wins_over_the_page():
    article = extract(page("harbour_talks.html", title="Given", published="2024-03-15",
                           url="https://mirror.example.net/a", id="page-1"))
    assert (article.title, article.published, article.url, article.id) == (
        "Given", "2024-03-15", "https://mirror.example.net/a", "page-1")


def test_trailing_share_and_newsletter_paragraphs_removed():
    article = extract(page("orchard_blog.html"))
    assert article.title == "Valley growers count frost losses"
    assert article.published == "2023-05-02"
    assert article.text.startswith("Apple growers in the Lindenvale valley")
    assert article.text.endswith("ask the county for emergency loans.")
    for clutter in ("Share this", "Facebook", "Twitter", "newsletter", "Most read", "Log in"):
        assert clutter not in article.text


@pytest.mark.parametrize("name, content", [
    ("navigation_only.html", None),
    ("empty.html", "   \n"),
    ("shell.html", "<html><head><title>Nothing</title></head><body></body></html>"),
])
def test_page_without_article_raises_no_article_naming_it(name, content):
    raw = page(name) if content is None else RawDocument(content=content, source=name, kind="html")
    with pytest.raises(NoArticle) as caught:
        extract(raw)
    assert caught.value.source.endswith(name)


def test_short_page_found_by_a_later_pass():
    html = ("<html><body><nav><a href='/'>Home</a></nav><div><p>The mayor of Eastwick, Leonora "
            "Drabble, said on Monday that the bridge will reopen in May after repairs.</p></div></body></html>")
    article = extract(RawDocument(content=html, source="short.html", kind="html"))
    assert article.text == ("The mayor of Eastwick, Leonora Drabble, said on Monday that the bridge "
                            "will reopen in May after repairs.")


def test_options_object_controls_paragraph_separator():
    article = extract(page("harbour_talks.html"), ExtractOptions(paragraph_separator="\n"))
    assert len(article.text.split("\n")) == len(HARBOUR_PARAGRAPHS)


def test_unknown_pass_mode_is_refused():
    with pytest.raises(ValueError, match="passes"):
        ExtractOptions(passes=("fast",))


@pytest.mark.parametrize("author, expected", [
    ("Tom Example; AP Auto Writer", ["Tom Example"]),
    ("Ana Li;  Ana Li ; Bo Gren", ["Ana Li", "Bo Gren"]),
    (None, []),
])
def test_split_authors(author, expected):
    assert split_authors(author) == expected


@pytest.mark.parametrize("sitename, url, expected", [
    ("The Ledger", "https://www.ledger.example.org/x", "The Ledger"),
    (None, "https://www.ledger.example.org/x", "ledger.example.org"),
    (None, None, None),
])
def test_site_of(sitename, url, expected):
    assert site_of(sitename, url) == expected


@pytest.mark.parametrize("data, expected", [
    ("<p>caf\u00e9</p>".encode("utf-8"), "<p>caf\u00e9</p>"),
    ("\ufeff<p>caf\u00e9</p>".encode("utf-8"), "<p>caf\u00e9</p>"),
    ('<meta charset="iso-8859-5"><p>\u041c\u043e\u0441\u043a\u0432\u0430</p>'.encode("iso-8859-5"),
     '<meta charset="iso-8859-5"><p>\u041c\u043e\u0441\u043a\u0432\u0430</p>'),
    ("<p>caf\u00e9 \u2014 na\u00efve</p>".encode("cp1252"), "<p>caf\u00e9 \u2014 na\u00efve</p>"),
    ('<?xml version="1.0" encoding="koi8-r"?><p>\u041c\u043e\u0441\u043a\u0432\u0430</p>'.encode("koi8-r"),
     '<?xml version="1.0" encoding="koi8-r"?><p>\u041c\u043e\u0441\u043a\u0432\u0430</p>'),
])
def test_html_bytes_decoded(data, expected):
    assert decode_html(data) == expected


@pytest.mark.parametrize("line, expected", [
    ("By Ana Li", True),
    ("By Ana Li and Bo Gren | Reuters", True),
    ("by JANE DOE, Staff Writer", True),
    ("Posted by Casimir Applegarth on May 2, 2023", True),
    ("5 min read", True),
    ("Reading time: 3 minutes", True),
    ("By the end of the week, the mayor said, talks will resume.", False),
    ("By Monday, Eastwick had run out of sandbags and volunteers went home", False),
])
def test_leading_furniture_line_recognised(line, expected):
    assert is_leading_furniture(line) is expected


def test_byline_and_reading_time_opening_the_body_are_dropped():
    html = ("<html><body><article><h1>Bridge to reopen</h1><p>By Ana Li | Eastwick Gazette</p><p>4 min read</p>"
            "<p>The mayor of Eastwick, Leonora Drabble, said on Monday that the bridge will reopen in May "
            "after two years of repairs to its northern arch.</p><p>By Friday, the council had approved the "
            "final payment to the contractor, a spokesman said.</p></article></body></html>")
    article = extract(RawDocument(content=html, source="bridge.html", kind="html"))
    assert article.text == (
        "The mayor of Eastwick, Leonora Drabble, said on Monday that the bridge will reopen in May after two "
        "years of repairs to its northern arch.\n\nBy Friday, the council had approved the final payment "
        "to the contractor, a spokesman said.")
