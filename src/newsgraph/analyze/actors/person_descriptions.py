"""Person descriptions: which earlier person a definite description ("the Russian official", "The
spokesman for Russian President Vladimir Putin", "the Florida senator") points back to. Cautious like
the rest of coreference (``coref``): when unsure the answer is None.

- Definite descriptions ("the Russian official", "The spokesman for Russian President Vladimir
  Putin", "The US President"): a candidate must agree in country (or not have one yet), in the title
  head (for specific heads such as spokesman or president; "official" or "leader" fit any title) and
  in sector; a person named inside the description ("for ... Putin") is excluded. Salience breaks
  ties: earlier subjects and speakers first, then recency. A person mentioned only in the same
  sentence, not as its subject, is a poor antecedent for a description (writers would use a pronoun).
- Person descriptions agree with the party and the US state a description names ("the Democratic
  candidate" is no one titled a Republican one, "the Florida senator" no "Iowa Sen."), "candidate"/"contender"/"hopeful" are one role (not "nominee", a
  role nobody may hold yet); a named person whom the knowledge base puts in another country is
  no description of this one ("Obama ... The French president"); two persons who fit equally well
  leave it unresolved.
- Sectors are one code a person holds of several roles: a party description ("the Democratic
  nominee") fits the sitting or former official or legislator the story is about, and a
  description whose title names the very role someone was introduced with ("Gowdy spokesman Jamal
  Ware ... the congressman's spokesman") fits across the political sectors (GOV, LEG, PTY).
- Whom a direct quote talks about is no subject the story is about ("Beck wrote: '... she has
  played the game ...' The radioman said"): ``described_subject`` skips mentions inside quotes
  and counts its two sentences back over the writer's own sentences, not the quoted ones.

The scoring works on ``mentions.Mention`` records alone (tested without a model);
``coref_pass.DescriptionsAndPronouns`` finds the descriptions in a parse.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze.actors.allegiance import agrees, parties_named
from newsgraph.analyze.actors.coref import MAX_SENTENCES_BACK, same_role
from newsgraph.analyze.actors.mentions import Mention, recent, recent_actors
from newsgraph.model import Actor

#: description heads that fit any titled person of the right country and sector
GENERIC_HEADS = frozenset({"official", "leader", "representative", "head", "chief", "politician",
                           "diplomat", "figure", "source", "counterpart"})

#: heads of state and government: each other's "counterparts"
LEADER_HEADS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen",
                          "emir", "sultan", "monarch", "head of state", "president-elect"})

MIN_DESCRIPTION_SCORE = 2.0

#: the sectors of political roles one person holds together: a party's nominee is often a sitting
#: or former official or legislator ("former secretary of state Clinton ... the Democratic
#: nominee"), and a legislator's spokesman is coded like any government spokesman ("the
#: congressman's spokesman")
PARTY = "PTY"
OFFICE_SECTORS = frozenset({"GOV", "LEG", "ELI"})
POLITICAL_SECTORS = frozenset({"GOV", "LEG", PARTY})


def political(one: str, other: str) -> bool:
    """Whether two sectors are both political ones (``POLITICAL_SECTORS``): a description whose title
    head names the very role a person was introduced with ("Gowdy spokesman Jamal Ware ... the
    congressman's spokesman") is that person whichever of them its other words give."""
    return one in POLITICAL_SECTORS and other in POLITICAL_SECTORS


@dataclass(frozen=True)
class Description:
    """What a definite description says about its referent."""

    head: Optional[str]  # title head word ("spokesman", "official")
    country: Optional[str]
    sector: Optional[str]
    exclude: frozenset = frozenset()  # ids of actors the description is not (named inside it)
    subject: bool = False
    any_of: frozenset = frozenset()  # when set, the referent must hold one of these roles
    explicit_sector: bool = True  # False: the sector is a default guess, not a constraint
    parties: frozenset = frozenset()  # the parties its words name (``PARTY_WORDS`` values)
    states: frozenset = frozenset()  # the US states its words name ("the Florida senator")


def counterpart_roles(owner_heads: Iterable[str]) -> frozenset:
    """The roles "his counterpart" may hold: a leader's counterpart is a leader (a president's may be
    a prime minister); anyone else's holds the same role."""
    owner_heads = frozenset(owner_heads)
    if owner_heads & LEADER_HEADS:
        return LEADER_HEADS
    return owner_heads


def resolve_description(desc: Description, history: list[Mention], sent: int,
                        heads: dict[str, set], before: int,
                        known_country: Callable[[Actor], Optional[str]] = lambda actor: None,
                        known_sectors: Callable[[Actor], frozenset] = lambda actor: frozenset(),
                        known_role: Callable[[Actor, str, Optional[str]], bool] = lambda actor, head, sector: False,
                        ) -> Optional[Actor]:
    """The earlier person a definite description points back to, or None when unsure.

    ``heads`` maps actor id -> the title heads learned for it so far; ``known_country`` gives the
    country the knowledge base knows a named person by, while the text has given none yet ("Obama
    ... The French president" is not Obama); ``known_sectors`` the occupations it knows them in on the
    article's date (a weaker hint than a title); ``known_role`` whether the base says a named person held
    the description's role on the day (``known_offices``: "Donald Trump ... the real estate tycoon"), which
    counts as a title the text gave (the sector the text gave the person need not agree: the tycoon is
    the party's candidate too), when no one else named in reach holds it by the base too. Two persons that
    fit equally well (as near, as salient) leave it unresolved: a guess between them is as often wrong as right."""
    best: tuple[float, Optional[Actor]] = (MIN_DESCRIPTION_SCORE - 1e-9, None)
    tied = False
    known_fits: set[str] = set()  # persons whom only the knowledge base gives the role
    for st in recent_actors(history, sent, before, MAX_SENTENCES_BACK).values():
        actor = st.last.actor
        if actor.kind != "person" or actor.id in desc.exclude or not agrees(desc.parties, desc.states, actor, heads.get(actor.id, ())):
            continue
        score = 0.0
        if desc.country:
            if actor.country == desc.country:
                score += 2.0
            elif _of_another_country(actor, desc.country, known_country):
                continue
        matched_role = occupation = known = False
        if desc.head and desc.head not in GENERIC_HEADS:
            if same_role(desc.head, heads.get(actor.id, ())):
                score += 2.0
                matched_role = True
            elif " " not in desc.head and any(h.split()[-1] == desc.head and not h.startswith("vice")
                                              for h in heads.get(actor.id, ())):
                score += 1.0  # "the minister" for a foreign minister: an exact title wins over it
            elif known_role(actor, desc.head, desc.sector):
                score += 2.0
                matched_role = known = True
                known_fits.add(actor.id)
            elif desc.sector and desc.sector in known_sectors(actor):
                score += 1.0  # "the billionaire" for a candidate the base knows as a businessman: a title wins over it
                occupation = True
            else:
                continue
        elif not heads.get(actor.id) and actor.sector is None:
            continue  # "the official" is someone with a title
        if desc.any_of:
            if not any(same_role(h, desc.any_of) for h in heads.get(actor.id, ())):
                continue
            score += 2.0
        if desc.sector and actor.sector and desc.explicit_sector and not known:
            if desc.sector == actor.sector:
                score += 0.5
            elif not (matched_role and political(desc.sector, actor.sector)) and not occupation:
                continue  # (a candidate may be a businessman too: the base said so)
        if any(k < sent for k in st.subject_sents):
            score += 1.5
        if any(k < sent for k in st.speaker_sents):
            score += 0.5
        if not any(k < sent for k in st.sents):
            score -= 1.0  # only named in this very sentence, and not as its subject
        score -= 0.2 * (sent - st.last.sent)
        if score > best[0]:
            best = (score, actor)
            tied = False
        elif score == best[0] and best[1] is not None:
            tied = True
    if best[1] is not None and best[1].id in known_fits and len(known_fits) > 1:
        return None  # "the candidate" when the base knows several of those named as candidates: no guess
    return None if tied else best[1]


def known_holder(desc: Description, history: list[Mention], sent: int, before: int,
                 known_role: Callable[[Actor, str, Optional[str]], bool]) -> Optional[Actor]:
    """The one person in reach (``MAX_SENTENCES_BACK``) whom the knowledge base gives the role a speaking
    description names, however faintly the text ties them: "Jeb Bush ... brought his brother, George W.
    Bush ... the former president told a crowd" is George W. Bush, not the sentence's subject, who shares
    his surname but never held the office. ``resolve_description`` may leave such a person below its bar
    (named once, not as a subject); this is asked before ``described_subject`` guesses the story's subject.
    None when no one, or more than one, holds the role by the base, or for a head anyone fits."""
    if not desc.head or desc.head in GENERIC_HEADS:
        return None
    found: dict[str, Actor] = {}
    for st in recent_actors(history, sent, before, MAX_SENTENCES_BACK).values():
        actor = st.last.actor
        if actor.kind == "person" and actor.id not in desc.exclude and known_role(actor, desc.head, desc.sector):
            found[actor.id] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def titled(head: Optional[str], heads: Iterable[str]) -> bool:
    """Whether the text gave a person the title ``head`` names (as ``resolve_description`` weighs it), or the
    head fits anyone: not a role only the knowledge base gives them."""
    if not head or head in GENERIC_HEADS or same_role(head, heads):
        return True
    return " " not in head and any(h.split()[-1] == head and not h.startswith("vice") for h in heads)


def _of_another_country(actor: Actor, country: str, known_country: Callable[[Actor], Optional[str]]) -> bool:
    """Whether ``actor`` belongs to a country other than ``country``: by its own code, or where it has none by the
    knowledge base's (``known_country``)."""
    if actor.country is not None:
        return actor.country != country
    return known_country(actor) not in (None, country)


def _says_the_same(modifiers: Iterable[str], actor: Actor) -> bool:
    """Whether each of a description's modifiers ("RNC", "Utah") is a word of the actor's title or
    name, or the initials of its capitalised words ("Republican National Committee")."""
    text = f"{actor.title or ''} {actor.name}"
    words = {w.strip(".,").lower() for w in text.split()}
    initials = "".join(w[0] for w in text.split() if w[:1].isupper()).lower()
    return all(m.lower() in words or len(m) > 1 and m.isupper() and m.lower() in initials for m in modifiers)


def role_holders(desc: Description, history: list[Mention], heads: dict[str, set], before: int,
                 modifiers: tuple = ()) -> list[Actor]:
    """The persons named anywhere before token ``before`` who hold the role a specific description
    names ("the committee member": someone was introduced as one, however long ago), of a country
    that does not contradict it and not named inside it, whose title or name has each of the
    description's ``modifiers`` ("the RNC member": a Republican National Committee member); nearest first. Such a description is
    none of the others, whoever the story is about (``described_subject`` must not guess)."""
    if not desc.head or desc.head in GENERIC_HEADS:
        return []
    found: dict[str, Actor] = {}
    for m in reversed(history):
        actor = m.actor
        if m.head >= before or actor.kind != "person" or actor.id in desc.exclude or actor.id in found:
            continue
        if desc.country and actor.country and actor.country != desc.country:
            continue
        if same_role(desc.head, heads.get(actor.id, ())) and _says_the_same(modifiers, actor):
            found[actor.id] = actor
    return list(found.values())


#: description heads that usually bring in someone new rather than describe who the story is about
#: ("the spokesman said" after a minister's words is the minister's spokesman)
NEWCOMER_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "press secretary", "aide", "adviser",
                            "advisor", "lawyer", "attorney", "source", "witness", "resident", "analyst",
                            "expert", "official", "officer", "representative", "diplomat", "figure",
                            "counterpart"})
#: generic heads that still describe the one the story is about ("the Senate minority leader said")
WEAK_ROLE_HEADS = frozenset({"leader", "head", "chief", "politician"})
#: how many sentences back the person a speaking description stands for was last the subject
DESCRIBED_SUBJECT_BACK = 2


def _quoted_sentences_before(doc, before: int, quoted: frozenset | set, narrative: int) -> int:
    """How many sentences wholly inside direct quotes lie among the sentences before token ``before``
    until ``narrative`` sentences of the writer's own are counted: a quote of several sentences
    does not push the one who spoke it out of reach."""
    if not quoted or before <= 0:
        return 0
    skipped = 0
    sent = doc[before].sent
    while narrative > 0 and sent.start > 0:
        sent = doc[sent.start - 1].sent
        words = [t for t in sent if t.is_alpha]
        if words and all(t.i in quoted for t in words):
            skipped += 1
        else:
            narrative -= 1
    return skipped


def described_subject(desc: Description, history: list[Mention], sent: int, heads: dict[str, set],
                      before: int, doc, unnamed: frozenset | set = frozenset(),
                      quoted: frozenset | set = frozenset(),
                      known_country: Callable[[Actor], Optional[str]] = lambda actor: None) -> Optional[Actor]:
    """The named person a speaking definite description that names no role anyone in the story holds
    stands for ("Sen. Mara Quill ... The Utah Republican said", "Hillary Clinton ... the former
    secretary of state said"): the one person who was the subject of a sentence just before -- and
    no other person in those sentences a subject or a holder of a role with the description's head
    word ("the minister" after a foreign minister was named is no one else). A description of one country
    is not a person the knowledge base (``known_country``) puts in another, as in ``resolve_description``
    ("Defense Secretary Ash Carter said ... The deputy head of China's delegation said" is someone new).
    None when unsure."""
    if desc.head is None or desc.head in NEWCOMER_HEADS or desc.head in GENERIC_HEADS - WEAK_ROLE_HEADS:
        return None
    word = desc.head.split()[-1]
    subjects: dict[int, dict[str, Actor]] = {}  # sentence -> the persons that are its main subject
    back = DESCRIBED_SUBJECT_BACK + _quoted_sentences_before(doc, before, quoted, DESCRIBED_SUBJECT_BACK)
    for m in recent(history, sent, back):
        actor = m.actor
        if m.head >= before or actor.kind != "person" or actor.id in desc.exclude:
            continue
        if m.head in quoted:
            continue  # whom a quote talks about ("... she has played the game," Beck wrote) is no subject of the story
        if any(h.split()[-1] == word for h in heads.get(actor.id, ())):
            return None  # someone holds the role: ``resolve_description`` weighed it
        if m.subject and m.sent < sent and doc[m.head].dep_ in ("nsubj", "nsubjpass") \
                and doc[m.head].head.dep_ == "ROOT":
            subjects.setdefault(m.sent, {})[actor.id] = actor
    if not subjects:
        return None
    latest = subjects[max(subjects)]  # the sentence just before that has one decides
    if len(latest) != 1:
        return None
    actor = next(iter(latest.values()))
    if actor.id in unnamed or desc.country and _of_another_country(actor, desc.country, known_country):
        return None
    if desc.sector and actor.sector and desc.explicit_sector and desc.sector != actor.sector \
            and not (desc.sector == PARTY and actor.sector in OFFICE_SECTORS):
        return None  # "the Democratic nominee" may hold (or have held) an office too: Clinton as secretary of state
    if not agrees(desc.parties, desc.states, actor, heads.get(actor.id, ())):
        return None  # "Iowa Sen. Joan Erne ... The Florida senator said": someone else
    return actor


#: title heads of a race's runners: "the candidate", "the GOP front-runner", "the presumptive nominee"
CAMPAIGN_HEADS = frozenset({"candidate", "contender", "hopeful", "challenger", "front-runner", "frontrunner",
                            "nominee", "presumptive nominee", "standard-bearer"})
#: how often the story's main person must have been mentioned before, and how many times as often as anyone else
MAIN_PERSON_MIN_MENTIONS = 3
MAIN_PERSON_MARGIN = 2.0


def _runs(actor: Actor, heads: Iterable[str], known_runner: Callable[[Actor], bool]) -> bool:
    """Whether ``actor`` is one of a race's runners: a campaign title or the party sector the text gave them, or
    a campaign the knowledge base dates to the article's day (``known_runner``)."""
    return actor.sector == PARTY or any(same_role(h, CAMPAIGN_HEADS) for h in heads) or known_runner(actor)


def story_candidate(desc: Description, history: list[Mention], sent: int, heads: dict[str, set],
                    before: int, known_runner: Callable[[Actor], bool] = lambda actor: False) -> Optional[Actor]:
    """The runner a campaign description ("The candidate also continued to refute ...", "the GOP
    front-runner said") stands for when nothing nearer resolved it: the person the story is about --
    mentioned before token ``before`` at least ``MAIN_PERSON_MIN_MENTIONS`` times and ``MAIN_PERSON_MARGIN``
    times as often as anyone else -- when the text made them a runner (``_runs``), a party the description
    names is one their titles name too, and no other runner was named in this sentence or the two before
    (``DESCRIBED_SUBJECT_BACK``: "Huckabee's campaign acknowledged that the candidate ..." in a story about
    another candidate, "Trump had spent the week panning Colorado ... The GOP front-runner complained" in a
    story about his rival, stay open; a campaign manager named there is no runner). Reporters describe the story's candidate so, once named; a second runner nearby is as likely."""
    if desc.head not in CAMPAIGN_HEADS:
        return None
    counts: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for m in history:
        if m.head < before and m.actor.kind == "person" and m.actor.id not in desc.exclude:
            counts[m.actor.id] = counts.get(m.actor.id, 0) + 1
            actors[m.actor.id] = m.actor
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    main_id, most = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if most < MAIN_PERSON_MIN_MENTIONS or most < MAIN_PERSON_MARGIN * second:
        return None
    main = actors[main_id]
    if not _runs(main, heads.get(main_id, ()), known_runner):
        return None
    if desc.parties:
        words = " ".join([main.title or "", *heads.get(main_id, ())]).replace("-", " ").split()
        if not parties_named(words) & desc.parties:
            return None  # "the Democratic front-runner" only for a person the text made a Democrat
    if not agrees(desc.parties, desc.states, main, heads.get(main_id, ())):
        return None
    for m in recent(history, sent, DESCRIBED_SUBJECT_BACK):
        if m.head < before and m.actor.kind == "person" and m.actor.id != main_id \
                and (any(same_role(h, CAMPAIGN_HEADS) for h in heads.get(m.actor.id, ())) or known_runner(m.actor)):
            return None  # another runner named just before (a campaign's staff are no runners): no better than chance
    return main
