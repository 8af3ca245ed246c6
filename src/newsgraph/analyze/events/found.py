"""The record of an event read from the dependency parse, before its words are mapped to actors.

``patterns`` fills it (trigger, participant tokens, folded complements), ``polarity`` marks its polarity and
modality, and ``events`` maps its tokens to actors, dates and places.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Found:
    """An event read from the parse, before its words are mapped to actors."""

    type: str
    mode: Optional[str]
    head: Token  # the token that carries the event (verb, noun or adjective)
    trigger: list[Token]  # tokens of the trigger words ("will not concede", "pull out")
    actor: Optional[Token] = None  # token heading the actor phrase
    recipient: Optional[Token] = None  # token heading the recipient phrase
    irrealis_for: Optional[Token] = None  # "for Putin to pull out": the would-be doer
    confidence: float = 0.6
    absorbed: set = field(default_factory=set)  # token indices of complements folded into this event
    dropped: bool = False  # read, but no event (its complement stays folded): "declined to comment"
    negated: bool = False
    hypothetical: bool = False
    intended: bool = False
    imperative: bool = False  # an order ("Withdraw your troops"): an event only as a speaker's REQUEST
    agentless: bool = False  # a passive with no "by" agent ("was arrested"), or a light verb of suffering
    # with no source ("faced criticism"): the text names no doer
