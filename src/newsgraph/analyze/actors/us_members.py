"""Members of a US legislature named with their party and state ("Sen. Amy Klobuchar, D-Minn.", "(R-Texas)").

The party-state tag after a name says the person sits in Congress or a state legislature for that party;
``party_state`` cuts it off the name and says it was there.
"""
from __future__ import annotations

from collections.abc import Sequence

#: "Sen. Amy Klobuchar, D-Minn.", "(R-Texas)": a member of a US legislature, by party and state
PARTIES = frozenset({"D", "R", "I"})
#: the states by their full names ("Florida", "New York")
STATE_NAMES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
Washington Wisconsin Wyoming""".split()) | frozenset({
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia"})
#: the states as a party-state tag writes them: abbreviations and one-word names ("D-Minn.", "R-TX", "R-Texas")
US_STATES = frozenset("""Ala Ariz Ark Calif Colo Conn Del Fla Ill Ind Kan Kans Mass Mich Minn Miss Mont N.C N.D N.H
N.J N.M N.Y Neb Nebr Nev Okla Ore R.I S.C S.D Tenn Tex W.Va Wash Wis Wyo AK AL AR AZ CA CO CT DE FL GA Ga HI IA ID IL IN KS KY Ky LA La MA
MD ME MI MN MO MS MT Md Mo NC ND NE NH NJ NM NV NY OH OK OR PA Pa RI SC SD TN TX UT VA VT Va Vt WA WI WV WY""".split()) \
    | frozenset(name for name in STATE_NAMES if " " not in name)
#: the names of two words, which the one-word ``US_STATES`` lacks ("D-New York")
_STATE_NAMES = frozenset(name for name in STATE_NAMES if " " in name)


def party_state(words: Sequence[str], lo: int, hi: int) -> tuple[int, bool]:
    """Cut a trailing party and state ("..., D-Minn.", "(R-Texas)", "D-New York"): (new end, found)."""
    end = hi - 1 if hi > lo and words[hi - 1] == ")" else hi
    for n in (2, 1):
        k = end - n - 2  # the party letter
        if k <= lo or words[k] not in PARTIES or words[k + 1] not in ("-", "–"):
            continue
        state = " ".join(w.rstrip(".") for w in words[k + 2:end])
        if state not in US_STATES and " ".join(words[k + 2:end]) not in _STATE_NAMES:
            continue
        cut = k
        while cut > lo and words[cut - 1] in (",", "("):
            cut -= 1
        return cut, True
    return hi, False
