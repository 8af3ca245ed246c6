"""Members of a US legislature named with their party and state ("Sen. Amy Klobuchar, D-Minn.", "(R-Texas)").

The party-state tag after a name says the person sits in Congress or a state legislature for that party;
``party_state`` cuts it off the name and says it was there.
"""
from __future__ import annotations

from collections.abc import Sequence

#: "Sen. Amy Klobuchar, D-Minn.", "(R-Texas)": a member of a US legislature, by party and state
PARTIES = frozenset({"D", "R", "I"})
US_STATES = frozenset("""Ala Alaska Ariz Ark Calif Colo Conn Del Fla Ga Hawaii Idaho Ill Ind Iowa Kan Kans Ky La
Maine Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev N.H N.J N.M N.Y N.C N.D Ohio Okla Ore Pa R.I S.C S.D Tenn
Texas Tex Utah Vt Va Wash W.Va Wis Wyo AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS
MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY Alabama Arizona Arkansas
California Colorado Connecticut Delaware Florida Georgia Illinois Indiana Kansas Kentucky Louisiana Maryland
Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Oklahoma Oregon Pennsylvania
Tennessee Vermont Virginia Washington Wisconsin Wyoming""".split())


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


_STATE_NAMES = frozenset({"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
                          "Rhode Island", "South Carolina", "South Dakota", "West Virginia"})
#: the states by their full names ("Florida", "New York")
STATE_NAMES = _STATE_NAMES | frozenset(s for s in US_STATES if len(s) > 4 and s.isalpha() and s[1:].islower()) \
    | frozenset({"Iowa", "Ohio", "Utah", "Idaho", "Maine", "Texas", "Hawaii", "Alaska"})
