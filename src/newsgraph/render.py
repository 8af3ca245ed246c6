"""Readable plain-text views of analyses (what `newsgraph analyze` prints without --json)."""
from __future__ import annotations

from collections import Counter

from newsgraph.model import SHOWN_FRAMES, Actor, Analysis

MAX_CONTENT = 160


def describe_actor(actor: Actor | None) -> str:
    """``Dmitry Peskov (Kremlin spokesman, RUS/GOV)``; ``(unresolved)`` for no actor."""
    if actor is None:
        return "(unresolved)"
    details = [d for d in (actor.title, "/".join(p for p in (actor.country, actor.sector) if p)) if d]
    return f"{actor.name} ({', '.join(details)})" if details else actor.name


def _clip(text: str, width: int = MAX_CONTENT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary(analysis: Analysis, all_frames: bool = False, all_events: bool = False) -> str:
    """Title, date and source, then one line per statement (speaker · cue · content · date),
    then events and places when there are any.

    Statements shown by default (speech and writing by a resolved speaker: ``Statement.shown``)
    are listed; beliefs, intentions, no-comments and statements with no speaker only with
    ``all_frames`` (marked with their frame), else counted in one line. Events whose doer or recipient the
    confidence gate doubts (``Event.passes_gate`` false) only with ``all_events`` (marked "doubtful"), else
    counted in one line."""
    article = analysis.article
    lines = [f"# {article.title or '(untitled)'}",
             f"  {article.published or 'no date'} · {article.source or article.url or article.id}"]
    shown = [s for s in analysis.statements if all_frames or s.shown]
    if not shown:
        lines.append("  (no statements found)")
    for statement in shown:
        speaker = analysis.actor(statement.speaker)
        who = describe_actor(speaker)
        if speaker is None and statement.source:
            who = f"{statement.source.text!r} (unresolved)"
        cue = statement.cue.text if statement.cue else "—"
        frame = "" if statement.shown else f"[{statement.frame}] "
        if statement.content:
            content = " … ".join(c.text for c in statement.content)
            lines.append(f"  - {frame}{who} · {cue} · “{_clip(content)}” · {statement.date or 'undated'}")
        else:
            lines.append(f"  - {frame}{who} · {cue} · {statement.date or 'undated'}")
    hidden = Counter(s.frame if s.frame not in SHOWN_FRAMES else "with no speaker"
                     for s in analysis.statements if not (all_frames or s.shown))
    if hidden:
        counts = ", ".join(f"{n} {frame.replace('_', '-')}" for frame, n in sorted(hidden.items()))
        lines.append(f"  ({counts} not shown; --all-frames lists them)")
    for event in (e for e in analysis.events if all_events or e.passes_gate):
        actor, recipient = analysis.actor(event.actor), analysis.actor(event.recipient)
        mode = f"/{event.mode}" if event.mode else ""
        place = next((p.name for p in analysis.places if p.id == event.place), None)
        doubt = "" if event.passes_gate else "[doubtful] "
        lines.append(
            f"  * {doubt}{event.type}{mode}: {actor.code or actor.name if actor else '?'} -> "
            f"{recipient.code or recipient.name if recipient else '?'} · {event.date or 'undated'}"
            + (f" · {place}" if place else "") + f" · “{_clip(event.trigger.text, 60)}”"
        )
    doubtful = sum(not e.passes_gate for e in analysis.events)
    if doubtful and not all_events:
        lines.append(f"  ({doubtful} event{'s' if doubtful > 1 else ''} with a doubtful doer or recipient not shown; "
                     "--all-events lists them)")
    if analysis.places:
        lines.append("  places: " + ", ".join(f"{p.name} ({p.country}, {p.feature})" for p in analysis.places))
    for warning in analysis.warnings:
        lines.append(f"  ! {warning}")
    return "\n".join(lines)
