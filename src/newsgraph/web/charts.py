"""Charts drawn on the server as inline SVG: no chart library, nothing fetched by the browser.

Every label that came from the data is escaped; numbers are formatted by us.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

from markupsafe import Markup, escape

from newsgraph.model import PLOVER_TYPES

# Cooperation in greens and blues, verbal conflict in ambers, material conflict in reds and purples.
TYPE_COLOURS = {
    "AGREE": "#1b7837", "CONSULT": "#5aae61", "SUPPORT": "#2c7fb8", "CONCEDE": "#41b6c4",
    "COOPERATE": "#006d77", "AID": "#7fcdbb", "RETREAT": "#a6dba0", "REQUEST": "#6a51a3",
    "REJECT": "#e08214", "ACCUSE": "#fdb863", "THREATEN": "#d6604d", "PROTEST": "#b35806",
    "SANCTION": "#b2182b", "MOBILIZE": "#8c510a", "COERCE": "#762a83", "ASSAULT": "#67001f",
}


def colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, "#777777")


def legend(types: list[str]) -> Markup:
    """An HTML legend: a colour swatch and the name of each event type shown."""
    items = "".join(
        f'<li><span class="swatch" style="background:{colour(t)}"></span>{escape(t)}</li>' for t in types)
    return Markup(f'<ul class="legend">{items}</ul>')


def timeline(rows: list[dict], title: str, width: int = 720, height: int = 220) -> Markup:
    """Stacked bars: one bar per period (``rows``: period, type, count), stacked by event type."""
    if not rows:
        return Markup('<p class="empty">Nothing to chart for these filters.</p>')
    by_period: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        by_period[r["period"]][r["type"]] = by_period[r["period"]].get(r["type"], 0) + int(r["count"])
    periods = sorted(by_period)
    types = [t for t in PLOVER_TYPES if any(t in v for v in by_period.values())]
    types += sorted({t for v in by_period.values() for t in v} - set(types))
    top = max(sum(v.values()) for v in by_period.values())
    left, plot_h = 40, height - 40
    slot = (width - left - 10) / len(periods)
    bar_w = max(2.0, min(40.0, slot * 0.8))
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<title>{escape(title)}</title>']
    for tick in _ticks(top):
        y = 10 + plot_h - plot_h * tick / top
        parts.append(f'<line x1="{left}" x2="{width - 5}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" class="axis" text-anchor="end">{tick}</text>')
    label_every = max(1, math.ceil(len(periods) / 12))
    for i, period in enumerate(periods):
        x = left + i * slot + (slot - bar_w) / 2
        y = 10 + plot_h
        for t in types:
            n = by_period[period].get(t, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{colour(t)}"><title>{escape(period)} {escape(t)}: {n}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - 8}" class="axis" '
                         f'text-anchor="middle">{escape(period)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts)) + legend(types)


def bars(rows: list[tuple[str, int]], title: str, link=None, colours=None) -> Markup:
    """Horizontal bars, one per (label, count); ``link(label)`` makes the label a link."""
    if not rows:
        return Markup('<p class="empty">None.</p>')
    top = max(n for _, n in rows) or 1
    items = []
    for label, n in rows:
        name = escape(label)
        if link:
            name = Markup(f'<a href="{escape(link(label))}">{name}</a>')
        fill = (colours or {}).get(label, "#2c7fb8")
        items.append(f'<div class="bar-row"><span class="bar-label">{name}</span>'
                     f'<span class="bar" style="width:{max(1.0, 100 * n / top):.1f}%;background:{fill}"></span>'
                     f'<span class="bar-n">{n}</span></div>')
    return Markup(f'<div class="bars" role="img" aria-label="{escape(title)}">{"".join(items)}</div>')


def network(nodes: list[dict], edges: list[dict], width: int = 560, height: int = 420) -> Markup:
    """Actors on a circle, an arrow actor -> recipient per (pair, type), its width by count.

    ``nodes``: id, name, weight; ``edges``: source, target, type, count.
    """
    if not edges:
        return Markup('<p class="empty">No events between two known actors for these filters.</p>')
    # Room on the circle for every label: the drawing grows with the number of actors.
    width = max(width, int(len(nodes) * 18 + 240))
    height = max(height, int(width * 0.75))
    cx, cy, radius = width / 2, height / 2, min(width, height) / 2 - 70
    pos = {}
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        pos[node["id"]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    top = max(e["count"] for e in edges)
    parts = [f'<svg class="chart network" viewBox="0 0 {width} {height}" role="img" aria-label="Actor network">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" '
             'markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" fill="#444"/></marker></defs>']
    seen: dict[tuple, int] = defaultdict(int)
    names = {n["id"]: n["name"] for n in nodes}
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        k = seen[(e["source"], e["target"])]
        seen[(e["source"], e["target"])] += 1
        # Several types between one pair bend apart so each stays visible.
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        nx, ny = -(y2 - y1), x2 - x1
        norm = math.hypot(nx, ny) or 1
        bend = 18 * (k + 1)
        qx, qy = mx + nx / norm * bend, my + ny / norm * bend
        # End the curve at the node's rim, so the arrow head stays visible.
        ex, ey = x2 - qx, y2 - qy
        rim = 8 / (math.hypot(ex, ey) or 1)
        x2, y2 = x2 - ex * rim, y2 - ey * rim
        w = 1.5 + 4.5 * e["count"] / top
        label = f'{names.get(e["source"], "?")} → {names.get(e["target"], "?")}: {e["type"]} ×{e["count"]}'
        parts.append(f'<path d="M{x1:.1f} {y1:.1f}Q{qx:.1f} {qy:.1f} {x2:.1f} {y2:.1f}" fill="none" '
                     f'stroke="{colour(e["type"])}" stroke-width="{w:.1f}" stroke-opacity="0.8" '
                     f'marker-end="url(#arrow)" class="edge" data-type="{escape(e["type"])}">'
                     f'<title>{escape(label)}</title></path>')
    for node in nodes:
        x, y = pos[node["id"]]
        anchor = "start" if x > cx + 1 else "end" if x < cx - 1 else "middle"
        dx = 9 if anchor == "start" else -9 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (-11 if y < cy else 18)
        parts.append(f'<a href="/actors/{escape(str(node["id"]))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="6" '
                     f'class="node"><title>{escape(node["name"])}</title></circle>'
                     f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" class="node-label">'
                     f'{escape(_short(node["name"]))}</text></a>')
    parts.append("</svg>")
    types = [t for t in PLOVER_TYPES if any(e["type"] == t for e in edges)]
    return Markup("".join(parts)) + legend(types)


def event_map(places: list[dict], link_params: dict | None = None) -> Markup:
    """Country outlines with a dot per place, its area by the number of events there.

    ``places``: name, lat, lon, count, country. The outlines are ``/static/world.svg``.
    """
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    x0, y0, w, h = _view_box([(float(p["lon"]) + 180, 90 - float(p["lat"])) for p in located])
    parts = [f'<svg class="chart map" viewBox="{x0:.1f} {y0:.1f} {w:.1f} {h:.1f}" role="img" '
             'aria-label="Map of event places">',
             '<image href="/world.svg" x="0" y="0" width="360" height="150"/>']
    top = max((p["count"] for p in located), default=1)
    scale = w / 360
    for p in located:
        x, y = float(p["lon"]) + 180, 90 - float(p["lat"])
        r = (1.2 + 3.8 * math.sqrt(p["count"] / top)) * max(scale, 0.25)
        query = urlencode({**(link_params or {}), "place": p["name"]})
        parts.append(f'<a href="/events?{escape(query)}"><circle cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}" '
                     f'class="place-dot"><title>{escape(p["name"])}: {p["count"]} events</title></circle></a>')
    parts.append("</svg>")
    if not located:
        parts.append('<p class="empty">No geocoded places for these filters.</p>')
    return Markup("".join(parts))


def _view_box(points: list[tuple[float, float]], aspect: float = 2.4) -> tuple[float, float, float, float]:
    """The part of the world map that shows every point with a margin (the whole map when none)."""
    if not points:
        return 0.0, 0.0, 360.0, 150.0
    xs, ys = [x for x, _ in points], [y for _, y in points]
    w = max(60.0, max(xs) - min(xs) + 30)
    h = max(w / aspect, max(ys) - min(ys) + 20)
    w = min(360.0, max(w, h * aspect))
    h = min(150.0, w / aspect)
    x0 = min(max(0.0, (min(xs) + max(xs)) / 2 - w / 2), 360 - w)
    y0 = min(max(0.0, (min(ys) + max(ys)) / 2 - h / 2), 150 - h)
    return x0, y0, w, h


@lru_cache(maxsize=1)
def world_svg() -> str:
    """The basemap: every country outline from ``static/world.json`` as one SVG document."""
    world = json.loads((Path(__file__).parent / "static" / "world.json").read_text())
    paths = "".join(f'<path d="{c["d"]}"><title>{escape(c["name"])}</title></path>'
                    for c in world["countries"].values())
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150">'
            '<rect width="360" height="150" fill="#eef4f8"/>'
            f'<g fill="#dfe3e6" stroke="#9aa5ad" stroke-width="0.15">{paths}</g></svg>')


def _ticks(top: int) -> list[int]:
    step = max(1, 10 ** int(math.log10(top)) if top >= 10 else 1)
    while top / step > 5:
        step *= 2
    return list(range(0, top + 1, step))


def _short(name: str, n: int = 22) -> str:
    return name if len(name) <= n else name[: n - 1] + "…"
