"""Actors: the people, countries and organisations an article mentions, one per real entity.

``find_actors(doc, published, knowledge)`` is the actor stage. Its parts:

- ``build``: one left-to-right pass over the parse that finds the names and tells which kind of actor
  each is: persons (``persons``: PERSON entities with the title around the name, "Kremlin spokesman
  Dmitry Peskov"; a surname joins the full name it belongs to), countries, governments ("Moscow",
  "the Kremlin" used as actors: RUSGOV), named organisations and groups (``organizations``; "Russian
  forces": RUSMIL); places in locative phrases and names modifying a noun are not actors; then every codable noun phrase that a later stage may ask about is registered, so that the
  index is final (``phrases``); countries and sectors the article around an actor gives are settled
  last (``settling``); ``places`` and ``credits`` are its helpers for place names and datelines;
- ``namesakes``: "police" after "Hong Kong police" in the same article: the country the fuller words gave;
- ``setting``: the country the article is set in (dateline, places, people; else the one a story of
  several countries mostly happens in), given to the actors
  whose coding is local by nature (companies, agencies, police, people) and tied to no other country;
- ``names``: where a name starts and ends, which words are titles or things, which names are one
  person's, and whether the text is English the model can read;
- ``tidy``: names of one person merged, and names that are no actor (products, units, things)
  pruned, once all are found;
- ``coref``: pronouns resolved to an actor already seen, and ``person_descriptions`` definite
  descriptions of persons (``allegiance``: the party and US state a description names must not
  contradict the person's title);
- ``coding``: a short actor phrase -> country, PLOVER sector, title, kind (table-driven, also used by
  ``newsgraph actor``); ``dictionaries`` holds its tables and their lookups, ``token_runs`` codes parsed tokens;
- ``kb`` and ``knowledge``: the dated actor knowledge base (shipped, learned from the corpus, the
  user's own) that codes what the text leaves open, on the article's date;
- ``stated_roles``: the role a sentence states of a name ("Ruiz is the chief executive of Lumen", "Lumen,
  a data firm") fills the sector and country the names, titles and knowledge base left open;
- ``furniture``: bodies named only on lines of page furniture (a share bar, a "Related:" link) pruned;
- ``products``: names of a company's products ("Apple Watch", "Stadia Pro") pruned;
- ``scenery``: countries that only locate something ("offices in Toronto"), left out of the list
  an analysis shows unless a statement or event names them;
- ``nonactors``: phrases that code as an actor but name an act, an event, a stance, a record, a
  venue or a role nobody holds ("the fundraising deal", "any candidate"), left out of that list too;
- ``index``: the ``ActorIndex`` the later stages read through ``analyze.stages.ActorLookup``.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors import (
    clubs,
    known_offices,
    scenery,  # the module: a function bound over it hides it from dotted imports
    tidy,
)
from newsgraph.analyze.actors.build import Builder
from newsgraph.analyze.actors.coref_pass import OWNED_BODY_NAMES
from newsgraph.analyze.actors.credits import code_credited
from newsgraph.analyze.actors.employers import fill_employers
from newsgraph.analyze.actors.furniture import prune_furniture
from newsgraph.analyze.actors.handles import register_handles, register_signers
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.kb import KnowledgeBase
from newsgraph.analyze.actors.knowledge import (
    apply_knowledge,
    home_country,
    known_body,
    known_country,
    known_runner,
    known_sectors,
    settle_context,
)
from newsgraph.analyze.actors.named_countries import drop_surname_places
from newsgraph.analyze.actors.names import reads_as_english
from newsgraph.analyze.actors.namesakes import settle_electorate, settle_namesakes, settle_police_by_place
from newsgraph.analyze.actors.nonactors import no_actors
from newsgraph.analyze.actors.pairs import recode_pairs
from newsgraph.analyze.actors.plural_titles import title_listed_names
from newsgraph.analyze.actors.private_persons import code_private_persons
from newsgraph.analyze.actors.products import prune_market_indices, prune_products
from newsgraph.analyze.actors.setting import (
    country_weights,
    leading_country,
    main_country,
    setting_and_sole,
    settle_setting,
    settle_subject,
    settle_the_country,
    subject_country,
    text_leads,
)
from newsgraph.analyze.actors.state_homonyms import settle_state_homonyms
from newsgraph.analyze.actors.stated_roles import fill_stated_roles
from newsgraph.analyze.actors.surname_bodies import merge_surname_bodies
from newsgraph.analyze.actors.writers import fill_writers
from newsgraph.nlp.text import text_of

__all__ = ["ActorIndex", "KnowledgeBase", "find_actors"]


def find_actors(doc, published: Optional[str] = None, knowledge: Optional[KnowledgeBase] = None) -> ActorIndex:
    """All actors of ``doc`` with their mentions, resolved and coded; final when returned.

    ``published`` (ISO date) dates the knowledge base's roles; ``knowledge`` is the base to consult
    (None: the shipped one; ``kb.KnowledgeBase({})`` for none at all)."""
    from newsgraph.analyze.actors import kb

    index = ActorIndex(doc)
    if not reads_as_english(doc):
        return index  # the English model's names in another language are guesses, not actors
    knowledge = knowledge if knowledge is not None else kb.shipped()
    builder = Builder(index, doc)
    builder.known_country = known_country(knowledge, published)
    builder.known_sectors = known_sectors(knowledge, published)
    builder.known_runner = known_runner(knowledge, published)
    builder.known_body = known_body(knowledge, published)
    builder.known_role = known_offices.known_description(knowledge, published)
    builder.run()
    apply_knowledge(index, knowledge, published)
    tidy.merge_described(index, builder.unnamed)
    tidy.merge_linked(index, builder.unnamed)
    seen = {a.id for a in index.actors}
    builder.register_phrases()
    builder.register_partitive_pronouns()
    register_handles(index)  # readers' posts signed "@janeroe.": the handle is the writer
    register_signers(index)  # "— Jane Roe (@janeroe) June 29, 2016" under a post: Jane Roe
    # a body first found as a noun phrase ("the Department of Defense said") is looked up too: the
    # words' generic coding (GOV, no country) leaves the country the base knows open otherwise
    apply_knowledge(index, knowledge, published, only={a.id for a in index.actors} - seen)
    merge_surname_bodies(index)  # "Roe asked" made a body beside Sean Roe: that person
    fill_stated_roles(index)  # "Ruiz is the chief executive of Lumen": what the names and the base left open
    fill_employers(index)  # "NBC's Ann Roe", "Ann Roe of CNN": the organisation's sector, where none is known
    title_listed_names(index)  # "Sens. Ann Roe and Bo Li": each a senator, "Sens" no group
    fill_writers(index)  # "Ann Roe, writing for The Ledger", "Ann Roe contributed.": a journalist, where none is known
    code_private_persons(index)  # "Ann Roe, 52, of Flint": a private citizen (CVL), where nothing else is known
    recode_pairs(index)  # "Sens. Ann Roe of Ohio and Bo Li of Iowa said": the pair takes what its members share
    builder.register_territories()
    builder.settle_affiliations()
    builder.settle_local()
    builder.prune_things()
    tidy.prune_media(index)
    tidy.prune_modifiers(index)
    prune_furniture(index)
    prune_products(index)
    prune_market_indices(index)
    clubs.score_lines(index)
    clubs.join_short_names(index)
    settle_context(index)
    code_credited(index)
    settle_namesakes(index, country_weights(doc, index, builder.credits))
    drop_surname_places(index)
    weights = country_weights(doc, index, builder.credits)
    setting, sole = setting_and_sole(doc, index, builder.credits, weights)
    home = home_country(index)
    home = home if home is not None and text_leads(weights, home) else None
    setting = setting or home or leading_country(doc, index, builder.credits, weights)
    settle_setting(index, setting, knowledge, sole=sole)
    settle_state_homonyms(index, text_of(doc), setting)  # "Sen. Jo Lin of Georgia": the US state's, no GEO
    subject = None if setting else subject_country(doc, index, weights)
    settle_subject(index, subject, knowledge)
    settle_the_country(index, setting or subject or main_country(weights))
    settle_electorate(index, weights)  # "voters", "candidates": the one country of the story's parties
    settle_police_by_place(index, builder.credits)  # what the setting left open: police act where they are
    builder.settle_families()  # once the setting has given the members their country
    builder.settle_members()  # "members of Congress" once the setting has made Congress the US one
    settle_owned_bodies(index)  # a campaign is of its candidate's country, once the setting has given it
    tidy.merge_country_prefixed(index)
    index.number()
    index.scenery = scenery.scenery(index)
    index.no_actors = no_actors(index)
    return index


def settle_owned_bodies(index: ActorIndex) -> None:
    """A person's campaign (or transition team) takes its candidate's country: the campaign runs in the
    candidate's race. The candidate is the owner the actor stage found ("her campaign", see
    ``DescriptionsAndPronouns._person_body``), or, for a campaign the tagger named ("the Brell
    campaign" as an ORG), the one person of the article with the surname before "campaign"."""
    owners = {id(actor): index.actor(key[1]) for key, actor in index.keyed_actors().items() if key[0] == "owned body"}
    people = [a for a in index.actors if a.kind == "person" and a.mentions]
    for actor in index.actors:
        words = actor.name.split()
        if actor.kind != "organization" or actor.country is not None or len(words) < 2 \
                or " ".join(words[1:]).lower() not in OWNED_BODY_NAMES:
            continue
        owner = owners.get(id(actor))
        if owner is None:
            named = [p for p in people if p.name.split()[-1] == words[0]]
            owner = named[0] if len({p.name for p in named}) == 1 else None
        if owner is not None:
            actor.country = owner.country
            actor.sector = actor.sector or "PTY"
