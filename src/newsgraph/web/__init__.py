"""The web UI and JSON API (``newsgraph serve``): Starlette, server-rendered Jinja2 pages, no build step.

Pages (each has a JSON twin under ``/api/...`` with the same filters; lists download as CSV with
``?format=csv``):

==========================  ===============================================================
``/``                       counts, newest articles, most active actors, events by type/month
``/search``                 full text over statements and articles, filters and facets
``/articles/{id}``          the text with statements, actors, events, places, dates highlighted
``/actors/{id}``            who, what it said, what it did and had done to it, counterparts
``/positions?a=..&b=..``    two sides' requests, rejections, threats... toward each other
``/events``                 filterable list, timeline by type, actor network, map of places
``/api/openapi.json``       the API description
==========================  ===============================================================

Filters: ``q`` (full text), ``since``/``until`` (YYYY[-MM[-DD]]), ``actor``/``recipient``/``speaker``
(an id, a name or alias, a country code such as RUS, or an actor code such as RUSGOV), ``country``
(ISO3), ``type`` (PLOVER), ``place``; paging with ``limit`` (at most 500) and ``offset``.

Modules: ``app`` (the app factory), ``pages``/``api`` (routes), ``views`` (what each page shows,
as data), ``queries``/``profiles``/``article_page`` (read-only SQL), ``highlight`` (escaped text
with marks), ``charts`` (inline SVG), ``params`` (checked filters), ``http`` (errors, CSV),
``auth`` (the token), ``cache`` (aggregates, dropped when the data changes), ``openapi``.
Static assets (CSS, a small script, ``world.json`` country outlines from Natural Earth, built by
``scripts/make_world.py``) ship with the package: nothing is fetched from elsewhere.
"""
