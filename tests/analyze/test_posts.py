"""Readers' posts a page collects under their handles: which handle lines sign a post. Invented texts,
no parse."""
from __future__ import annotations

from newsgraph.analyze.posts import POST_SIGNATURE, signed_posts


def test_a_writers_bio_over_their_own_handle_is_no_post():
    text = "Town Notes\n\nJane Roe covers politics for the paper.\n\n@janeroe\n\nTom Lee covers the courts.\n\n@tomlee\n"
    assert signed_posts(text) == []  # each paragraph names the person its handle spells: bylines


def test_a_lone_handle_under_a_quote_signs_nothing():
    text = ('Town Notes\n\nThe mayor spoke on Monday.\n\n"We will fix the road," Mayor Ivo Tarrant said.\n\n'
            "@townhall.\n\nThe road opens in May.\n\n@roads.\n")
    assert signed_posts(text) == []  # under a quote, and a collection needs two posts


def test_each_handle_line_signs_the_paragraph_above_it():
    text = ("Readers Weigh In\n\nWe asked our followers about the vote.\n\n"
            "The vote was a sham.\n\n@fieldhand77.\n\nBest result in years.\n\n@marla_v.\n")
    assert [(text[p.handle_start:p.handle_end], text[p.start:p.end]) for p in signed_posts(text)] == [
        ("@fieldhand77", "The vote was a sham."), ("@marla_v", "Best result in years.")]


def test_an_embedded_posts_signature_gives_the_writers_name():
    line = "The vote was a sham. — Jane Roe (@janeroe) June 29, 2016"
    assert POST_SIGNATURE.search(line).group("name") == "Jane Roe"
