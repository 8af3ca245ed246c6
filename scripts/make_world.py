"""Build ``static/world.json``, the country outlines the events map draws (a developer tool).

The outlines come from Natural Earth's 1:110m "admin 0" countries (public domain), as shipped in the
geopandas 0.14.4 wheel under ``geopandas/datasets/naturalearth_lowres/``. This module reads that
shapefile with a few lines of ``struct`` (no GIS stack), simplifies each ring (Douglas-Peucker) and
writes SVG path strings in an equirectangular projection: ``x = lon + 180``, ``y = 90 - lat``.
The web app only reads the JSON it writes; nothing here runs at serve time.

    pip download --no-deps geopandas==0.14.4 && unzip geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    python scripts/make_world.py geopandas/datasets/naturalearth_lowres/naturalearth_lowres
"""
from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUT = Path(__file__).parent / "static" / "world.json"
# Natural Earth marks a few sovereign states' ISO code as -99 at this scale.
_CODE_FIXES = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "CYN",
               "Somaliland": "SOL"}


def read_dbf(path: Path) -> list[dict]:
    """Rows of a dBASE III file as dicts of stripped strings."""
    data = path.read_bytes()
    n_rows, header_len, row_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode()
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(n_rows):
        off, row = header_len + i * row_len + 1, {}
        for name, length in fields:
            row[name] = data[off:off + length].decode("utf-8", "replace").strip()
            off += length
        rows.append(row)
    return rows


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each shape of a polygon shapefile as a list of rings of (lon, lat)."""
    data, pos, shapes = path.read_bytes(), 100, []
    while pos < len(data):
        _, length = struct.unpack(">ii", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + 2 * length]
        pos += 8 + 2 * length
        if struct.unpack("<i", body[:4])[0] != 5:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts])) + [n_points]
        base = 44 + 4 * n_parts
        points = [struct.unpack("<dd", body[base + 16 * k: base + 16 * k + 16]) for k in range(n_points)]
        shapes.append([points[parts[k]:parts[k + 1]] for k in range(n_parts)])
    return shapes


def simplify(ring: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: drop points closer than ``tolerance`` degrees to the simplified line."""
    if len(ring) < 4:
        return ring
    (x1, y1), (x2, y2) = ring[0], ring[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
    far, far_dist = 0, -1.0
    for k in range(1, len(ring) - 1):
        x, y = ring[k]
        dist = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if (dx or dy) else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        if dist > far_dist:
            far, far_dist = k, dist
    if far_dist <= tolerance:
        return [ring[0], ring[-1]]
    return simplify(ring[:far + 1], tolerance)[:-1] + simplify(ring[far:], tolerance)


def ring_path(ring: list[tuple[float, float]]) -> str:
    pts = [f"{lon + 180:.1f} {90 - lat:.1f}" for lon, lat in ring]
    deduped = [p for k, p in enumerate(pts) if k == 0 or p != pts[k - 1]]
    return "M" + "L".join(deduped) + "Z" if len(deduped) >= 3 else ""


def build(stem: Path, tolerance: float = 0.25) -> dict:
    rows = read_dbf(stem.with_suffix(".dbf"))
    shapes = read_polygons(stem.with_suffix(".shp"))
    countries = {}
    for row, rings in zip(rows, shapes):
        code = _CODE_FIXES.get(row["name"], row["iso_a3"])
        if row["continent"] == "Antarctica" or not code or code == "-99":
            continue
        d = "".join(ring_path(simplify(r, tolerance)) for r in rings)
        if d:
            countries[code] = {"name": row["name"], "d": d}
    return {
        "source": "Natural Earth 1:110m admin 0 countries (public domain), via geopandas 0.14.4",
        "projection": "equirectangular: x = lon + 180, y = 90 - lat",
        "countries": dict(sorted(countries.items())),
    }


if __name__ == "__main__":
    world = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(world, separators=(",", ":")))
    print(f"{len(world['countries'])} countries -> {OUT} ({OUT.stat().st_size} bytes)")
