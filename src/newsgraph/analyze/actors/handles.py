"""The writers of the posts a page shows, made actors: readers' handles and embedded posts' signers.

A collection of readers' posts signs each with the writer's handle on a line of its own ("@janeroe.",
``posts.signed_posts``). The handle is the only name the writer has, so the actor stage makes it an
actor of its own (a person known by the handle) and the statements stage makes the paragraph above it
that actor's writing (``statements.speaker_lines``). An embedded post's signature names its writer
("— Jane Roe (@janeroe) June 29, 2016", ``posts.POST_SIGNATURE``), who becomes an actor when the
tagger missed the name.
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.actors import coding
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.posts import POST_SIGNATURE, signed_posts
from newsgraph.nlp.text import text_of


def register_handles(index: ActorIndex) -> None:
    """Make each signing handle of a collection of posts an actor (a person known by the handle), one
    actor per handle, unless the index already holds an actor there."""
    doc = index.doc
    for post in signed_posts(text_of(doc)):
        span = doc.char_span(post.handle_start, post.handle_end, alignment_mode="expand")
        if span is None or index.actor_at(span.root.i) is not None:
            continue
        name = text_of(doc)[post.handle_start:post.handle_end]  # "@janeroe", not the token "@janeroe."
        key = ("handle", name.lower())
        actor = index.keyed(key)
        if actor is None:
            actor = index.new_actor(key, name, coding.Coding(text=name, kind="person"))
            actor.aliases = [name]
        index.add_mention(actor, span, head=span.root.i)


def register_signers(index: ActorIndex) -> None:
    """Make the name an embedded post's signature gives ("— Jane Roe (@janeroe) June 29, 2016") an actor
    when the index holds none there: the tagger often misses a name set among a post's tags and links,
    yet the signature says that the name wrote the post. A name whose first word is a given name of the
    names table is a person ("Ben Roe"), any other an organisation ("Twitchy Team", "The Daily Beast")."""
    doc = index.doc
    for signature in POST_SIGNATURE.finditer(text_of(doc)):
        span = doc.char_span(signature.start("name"), signature.end("name"), alignment_mode="expand")
        if span is None or any(index.actor_at(t.i) is not None for t in span):
            continue
        words = [t.text for t in span if not t.is_space]
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        person = len(words) >= 2 and words[0].lower() in resources.first_name_genders()
        key = ("signer", name.lower())
        actor = index.keyed(key)
        if actor is None:
            actor = index.new_actor(key, name, coding.Coding(text=name, kind="person" if person else "organization"))
            actor.aliases = [name]
        index.add_mention(actor, span, head=span[-1].i)
