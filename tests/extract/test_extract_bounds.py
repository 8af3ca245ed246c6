"""Pages the HTML parser or trafilatura's passes cannot take as they are: too deep, too big."""
from newsgraph.extract import ExtractOptions, extract
from newsgraph.extract.bounds import FLAT_DEPTH, flatten, parse, plain_blocks, shape
from newsgraph.model import RawDocument

LEAD = ("The harbour master of Quillport, Ottilie Brambleworth, said on Tuesday that the northern pier "
        "will close for repairs from June until the end of the summer season.")
SECOND = ("Ferry crews will use the southern quay in the meantime, and the timetable will not change, "
          "a spokesman for the port authority added.")


def raw(html: str) -> RawDocument:
    return RawDocument(content=html, source="generated.html", kind="html")


def nested(depth: int, inner: str, tag: str = "div") -> str:
    return (f"<html><head><title>Pier to close</title></head><body>{f'<{tag}>' * depth}{inner}"
            f"{f'</{tag}>' * depth}</body></html>")


def test_content_nested_deeper_than_the_parser_goes_is_kept():
    html = nested(3000, f"<p>{LEAD}</p><p>{SECOND}</p>")
    assert shape(parse(html)).too_deep  # lxml alone stops at 256 levels and drops the article
    article = extract(raw(html))
    assert article.text == f"{LEAD}\n\n{SECOND}"


def test_flatten_caps_container_depth_and_keeps_text_in_order():
    html = nested(1000, f"<p>{LEAD}</p><p>{SECOND}</p><script>if (a < b) x();</script>", tag="section")
    flat = flatten(html)
    tree = parse(flat)
    page = shape(tree)
    assert not page.too_deep and page.depth <= FLAT_DEPTH + 5
    assert [p.text_content() for p in tree.iter("p")] == [LEAD, SECOND]
    assert "if (a < b) x();" in flat  # script text is written as it is


def test_flatten_keeps_escaped_text_and_attributes():
    flat = flatten('<p class="lead" data-x=\'a "b"\'>Fish &amp; chips &lt;3</p><br/><img src="a.png">')
    assert flat == '<p class="lead" data-x="a &quot;b&quot;">Fish &amp; chips &lt;3</p><br /><img src="a.png">'


def test_a_page_of_200k_sibling_paragraphs_takes_the_plain_pass():
    # issue 12: through trafilatura's passes this page took a minute and half a gigabyte
    paragraphs = "".join(f"<p>Berth {i} is in use today.</p>" for i in range(200_000))
    html = f"<html><body><nav><a href='/'>Home</a></nav><article>{paragraphs}</article></body></html>"
    article = extract(raw(html))
    parts = article.text.split("\n\n")
    assert len(parts) == 200_000
    assert parts[0] == "Berth 0 is in use today."
    assert parts[-1] == "Berth 199999 is in use today."
    assert "Home" not in article.text


def test_max_elements_option_chooses_the_plain_pass():
    html = (f"<html><head><title>Pier to close</title></head><body><header><a href='/'>Home</a></header>"
            f"<h1>Pier to close</h1><p>{LEAD}</p><ul><li><a href='/a'>Ferry fares rise</a></li>"
            f"<li><a href='/b'>Quay painted</a></li></ul><p>{SECOND}</p><footer>Copyright Quillport Post</footer>"
            f"</body></html>")
    article = extract(raw(html), ExtractOptions(max_elements=5))
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert article.title == "Pier to close"


def test_plain_blocks_skip_furniture_link_lists_and_nested_blocks():
    tree = parse(f"<html><body><nav><p>Menu text here</p></nav><li><p>{LEAD}</p></li>"
                 f"<p><a href='/x'>A related story about the pier</a></p><h2>Quay works</h2></body></html>")
    assert plain_blocks(tree) == [LEAD, "Quay works"]
