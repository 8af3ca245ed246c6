"""Tidying the actors of one article once they are all found: names of one person merged ("Joe"
and "Joe Pakula", "Shiong" and "Ravi Soon-Shiong", "Pat Carlineo" and "Patrick W. Carlineo Jr."),
and names that are no actor pruned (a product, a unit, a thing the tagger called a name).
"""
from __future__ import annotations

from newsgraph.analyze import resources, syntax
from newsgraph.analyze.actors import dictionaries, generations
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.names import ORGANIZATION_ENDINGS, contains, name_words, same_person, surname
from newsgraph.analyze.actors.organization_descriptions import in_apposition_to_organization
from newsgraph.model import Actor
from newsgraph.nlp.text import spans_of


def merge_name_parts(index: ActorIndex, unnamed: set[str], aliases: dict[str, list[str]]) -> None:
    """A person known by part of a name ("Joe", "Shiong", "Nealy Cox") that one fuller name of
    the article holds ("Joe Pakula", "Ravi Soon-Shiong", "Erin Nealy Cox"), before or after it,
    is that person. A part that two names hold ("Smith" of two Smiths) stays apart.

    Names are compared only with the names they could match (those holding the part's rarest word;
    those with the same surname), so a story with thousands of names stays linear."""
    persons = [a for a in index.actors if a.kind == "person" and a.id not in unnamed]
    kin = generations.kin_given_names(index.doc)
    words_of = {a.id: name_words(a.name) for a in persons}
    holding: dict[str, list[Actor]] = {}  # word -> the persons whose name has it, in index order
    for actor in persons:
        for word in dict.fromkeys(words_of[actor.id]):
            holding.setdefault(word, []).append(actor)
    for part in sorted(persons, key=lambda a: len(words_of[a.id])):
        words = words_of[part.id]
        if not words or not _present(index, part):
            continue
        rarest = min(dict.fromkeys(words), key=lambda w: len(holding[w]))  # a holder has every word of the part
        holders = [a for a in holding[rarest] if a is not part and _present(index, a)
                   and len(words_of[a.id]) > len(words) and contains(words_of[a.id], words)
                   and not generations.set_apart(part.name, a.name, kin)]  # "Donald Trump", "his son Donald Trump Jr."
        if not holders and (full := generations.suffixed_full_name(part.name, [a.name for a in persons if a is not part
                                                                               and _present(index, a)])):
            holders = [a for a in persons if a.name == full and a is not part and _present(index, a)]  # "Donald Jr."
        if len(holders) == 1:
            _merge_persons(index, aliases, holders[0], part)
    persons = [a for a in index.actors if a.kind == "person" and a.id not in unnamed]
    same_surname: dict[str, list[int]] = {}  # surname -> positions in persons
    for k, actor in enumerate(persons):
        key = surname(actor.name)
        if key is not None:
            same_surname.setdefault(key, []).append(k)
    for k, first in enumerate(persons):
        key = surname(first.name)
        for j in same_surname.get(key, ()) if key is not None else ():
            later = persons[j]
            if j > k and _present(index, first) and _present(index, later) and same_person(first.name, later.name, kin):
                _merge_persons(index, aliases, first, later)


def merge_described(index: ActorIndex, unnamed: set[str]) -> None:
    """A person known only by a definite description ("the Vermont senator", "The president") whose
    country and sector are those of exactly one named person before it, whose own titles do not say
    otherwise, is that person: a senator the knowledge base knows, named without a title ("Bernie
    Sanders"). A description whose words leave the country or the sector open ("the president") needs
    the named person's own title to be of that role ("President Barack Obama"). A description of a
    role an unnamed person was introduced with before ("a committee member ... the committee member")
    is that person's (coreference joined them when near), never a named one's. Run once the base has coded the named
    (coreference, earlier, knows only the titles the text gives)."""
    from newsgraph.analyze.actors.allegiance import says_no_other_party_or_state
    from newsgraph.analyze.actors.coref import same_role

    named = [a for a in index.actors if a.kind == "person" and a.id not in unnamed and a.mentions]
    for actor in [a for a in index.actors if a.id in unnamed and a.kind == "person"]:
        heads = index.heads.get(actor.id, set())
        first = min(actor.mentions, key=lambda m: m.start)
        if not (heads and (actor.country or actor.sector)) or not first.text.lower().startswith("the "):
            continue
        if any(other is not actor and other.mentions and _introduced(other, first.start)
               and any(same_role(h, index.heads.get(other.id, ())) for h in heads)
               for other in index.actors if other.id in unnamed):
            continue  # "a committee member ... the committee member said": the one introduced so before
        before = [a for a in named if min(m.start for m in a.mentions) < first.start
                  and (actor.country is None or a.country == actor.country)
                  and (actor.sector is None or a.sector == actor.sector)
                  and says_no_other_party_or_state(actor.title or "", a, index.heads.get(a.id, ()))]
        if actor.country and actor.sector:
            fits = [a for a in before
                    if all(same_role(h, index.heads.get(a.id, ())) for h in heads if index.heads.get(a.id))]
        else:  # the words leave the country or the sector open: the named person's own title must say the role
            fits = [a for a in before if index.heads.get(a.id) and all(same_role(h, index.heads[a.id]) for h in heads)]
        if len(fits) == 1:
            index.merge(fits[0], actor)
    _merge_headline_descriptions(index, unnamed, named)


def _introduced(actor: Actor, before: int) -> bool:
    """Whether a person first appears before ``before`` by an indefinite description ("a committee
    member who ..."): someone new to the reader, no one named."""
    first = min(actor.mentions, key=lambda m: m.start)
    return first.start < before and first.text.lower().split(" ", 1)[0] in ("a", "an", "one")


def _merge_headline_descriptions(index: ActorIndex, unnamed: set[str], named: list[Actor]) -> None:
    """A person the story describes before it names anyone holding that role is the one named after it:

    - the headline or the lead ("Judge blocks ...", "Virginia governor restores ...") describes the first
      person named after it whose own title is of that role (named within the opening sentences);
    - a description before any person is named at all (a summary: "The president has vowed ...",
      then the full text names "President Ana Brell") is the one person of the story holding that role;
    - a description named in the very next sentence ("The league's secretary general called on ... . 'The
      vote ...,' League Secretary General Tomas Vell said") is that person, when no one named before holds
      the role.

    The holder's country is the description's (when it gives one) and their sector does not differ. Two
    holders of the role described ("The Russian foreign minister met Ireland's foreign minister"), or two
    named where the holder is looked for, leave it open; a holder of another party or US state than the
    description names is none of them."""
    from newsgraph.analyze.actors.allegiance import says_no_other_party_or_state
    from newsgraph.analyze.actors.coref import same_role

    if not index.sent_of:
        return
    described = [a for a in index.actors if a.id in unnamed and a.kind == "person" and a.mentions]
    leads = [a for a in described if index.sent_of[_first_token(index, a)] <= 1]
    opening = min((min(m.start for m in a.mentions) for a in named), default=None)
    for actor in described:
        heads = index.heads.get(actor.id, set())
        first = min(actor.mentions, key=lambda m: m.start)
        sent = index.sent_of[_first_token(index, actor)]
        if not heads or any(other is not actor and any(same_role(h, index.heads.get(other.id, ())) for h in heads)
                            for other in (leads if sent <= 1 else described)):
            continue
        holders = [a for a in named if index.actor(a.id) is a
                   and not (actor.country and a.country != actor.country)
                   and not (actor.sector and a.sector and a.sector != actor.sector)
                   and index.heads.get(a.id) and all(same_role(h, index.heads[a.id]) for h in heads)]
        later = sorted((a for a in holders if min(m.start for m in a.mentions) > first.start),
                       key=lambda a: min(m.start for m in a.mentions))
        if sent <= 1:
            near = [a for a in later if index.sent_of[_first_token(index, a)] <= 3]
        elif len(later) < len(holders):
            continue  # someone named before holds the role: coreference and ``merge_described`` weighed them
        else:
            later = [a for a in later if says_no_other_party_or_state(actor.title or "", a, index.heads.get(a.id, ()))]
            if opening is not None and first.start < opening:
                near = later  # no one named yet: the one holder of the role in the whole story
            else:
                near = [a for a in later if index.sent_of[_first_token(index, a)] == sent + 1]
        if len(near) == 1:  # two judges named in the opening ("Judges A and B") leave "Judge" open
            index.merge(near[0], actor)


def _first_token(index: ActorIndex, actor: Actor) -> int:
    first = min(actor.mentions, key=lambda m: m.start)
    span = index.doc.char_span(first.start, first.end, alignment_mode="expand")
    return span.root.i if span is not None else len(index.doc) - 1


def merge_linked(index: ActorIndex, unnamed: set[str]) -> None:
    """A person known only by a description that the text says is a named person, with "be"
    ("The administrator is Denise Turner Roth", "Roth is the administrator") or in parentheses
    right after the name ("Denis McDonough (then deputy national security adviser)"), is that person."""
    doc = index.doc
    for actor in [a for a in index.actors if a.id in unnamed and a.kind == "person"]:
        for mention in list(actor.mentions):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not len(span) or span.root.pos_ == "PRON":
                continue
            other = _linked_person(index, span, actor)
            if other is not None and other.id not in unnamed and (
                    not (actor.country and other.country) or actor.country == other.country):
                index.merge(other, actor)
                break


def _linked_person(index: ActorIndex, span, actor: Actor):
    """The named person a description is linked to by "be" or by parentheses, if any."""
    root = span.root
    doc = span.doc
    linked = None
    if root.dep_ in ("nsubj", "attr") and root.head.lemma_ == "be" and not any(
            c.dep_ == "neg" for c in root.head.children):
        partner = "attr" if root.dep_ == "nsubj" else "nsubj"
        linked = next((c for c in root.head.children if c.dep_ == partner), None)
    else:
        k = span.start - 1
        if k >= 0 and doc[k].lower_ in ("then", "now", "formerly"):
            k -= 1  # "(then deputy national security adviser)"
        if k >= 1 and doc[k].text == "(" and span.end < len(doc) and doc[span.end].text == ")":
            linked = doc[k - 1]
    if linked is None or linked.ent_type_ != "PERSON":
        return None
    other = index.actor_at(linked.i)
    if other is None or other is actor or other.kind != "person":
        return None
    return other


def merge_country_prefixed(index: ActorIndex) -> None:
    """An organisation named with its country's word before the name ("the U.S. Supreme Court") and
    one named without it ("the Supreme Court") of that country and sector are one body."""
    by_name: dict[str, list[Actor]] = {}
    for actor in index.actors:
        if actor.kind == "organization" and actor.mentions:
            by_name.setdefault(actor.name.lower(), []).append(actor)
    for actor in list(index.actors):
        words = actor.name.split()
        if actor.kind != "organization" or len(words) < 3 or not _present(index, actor) or not actor.country:
            continue
        if dictionaries.country_of(words[0]) != actor.country:
            continue
        bare = [a for a in by_name.get(" ".join(words[1:]).lower(), ()) if _present(index, a) and a is not actor
                and a.country in (None, actor.country) and (a.sector is None or actor.sector is None
                                                           or a.sector == actor.sector)]
        if len(bare) == 1:
            index.merge(actor, bare[0])


def _present(index: ActorIndex, actor: Actor) -> bool:
    """Whether ``actor`` is still one of the index's actors (not merged away): ``actor in
    index.actors`` without a pass over them (actor ids are unique)."""
    return index.actor(actor.id) is actor

def _merge_persons(index: ActorIndex, aliases: dict[str, list[str]], keep: Actor, gone: Actor) -> None:
    index.merge(keep, gone)
    names = aliases.setdefault(keep.id, [keep.name])
    for alias in aliases.pop(gone.id, [gone.name]):
        if alias not in names:
            names.append(alias)

def prune_things(index: ActorIndex, named: set[str], ent_of: dict) -> None:
    """Names that are no actor: an unknown name the tagger called an organisation or a
    one-word person that no mention uses as one ("in favour of more AppleSkin", "could be AWD"),
    that a number counts ("0100 GMT", "the 2020 Sportback"), or an organisation name owned by a
    pronoun ("its cancelled IPO"): a product, a unit or a thing. Known names (the organisations table, the knowledge base), titled
    persons and names with a sector are kept."""
    from newsgraph.analyze.actors import kb

    doc = index.doc
    for actor in list(index.actors):
        if actor.id not in named or not actor.mentions:
            continue
        if actor.kind == "person" and (len(actor.name.split()) > 1 or actor.title):
            continue  # a full name is a person's, whatever it does in the story
        if actor.kind not in ("person", "organization") or actor.sector or actor.country:
            continue
        if dictionaries.organization(actor.name) is not None or kb.shipped().entries(actor.name):
            continue
        if actor.kind == "organization" and len(actor.name.split()) > 1 \
                and actor.name.split()[-1].lower() in ORGANIZATION_ENDINGS \
                and all(w.isalpha() and w[:1].isupper() for w in actor.name.split()):
            continue  # "the Ready for Hillary PAC": a body by the shape of its name
        roots = [span for span in spans_of(doc, actor.mentions) if span.root.i in ent_of]
        if not roots or actor.kind == "organization" and any(in_apposition_to_organization(r) for r in roots):
            continue  # "The group, Harbour Watch, formed ...": the text says it is one
        owned = actor.kind == "organization" and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for r in roots for c in r.root.children)
        counted = any(c.dep_ == "nummod" and c.i < r.start for r in roots for c in r.root.children)
        if owned or counted or not any(acts(t) for r in roots for t in r):
            index.remove(actor)


#: media, not outlets: "posted on social media", "watch it on TV", "a smart TV"
MEDIA = frozenset({"tv", "television", "televisions", "tvs", "social media", "radio", "internet", "web"})
#: sets, never an outlet, whatever describes them ("Chinese televisions")
PLURAL_MEDIA = frozenset({"televisions", "tvs", "radios"})


def prune_media(index: ActorIndex) -> None:
    """Drop actors that name a medium or a device, not an outlet: "social media", "TV", "a new TV"
    (lower-case words before it); "CBS TV" and "the media" (the press) stay."""
    for actor in list(index.actors):
        if actor.kind not in ("organization", "group") or not actor.name:
            continue
        words = actor.name.split()
        name = actor.name.lower()
        last = words[-1].lower()
        if last in PLURAL_MEDIA or not actor.country and (
                name in MEDIA or last in MEDIA and all(w.lower() == w for w in words[:-1])):
            index.remove(actor)


#: verbs after which "on X"/"via X" names where something was said or shown, not an actor
_MEDIUM_VERBS = frozenset({"post", "write", "say", "share", "tweet", "announce", "appear", "stream", "publish",
                           "upload", "broadcast", "air", "comment", "reply", "respond", "watch", "see", "find",
                           "sell", "buy", "list", "launch", "release", "report", "show"})


def prune_modifiers(index: ActorIndex) -> None:
    """Drop organisations that never stand as an actor: every mention only names a company's product
    ("a Ford sedan") or a medium after a verb of saying or showing ("posted on Twitter", "sold via
    Amazon"). An organisation the people of the article work
    for keeps its code on them already ("a Twitter spokesman")."""
    doc = index.doc
    for actor in list(index.actors):
        if actor.kind != "organization" or not actor.mentions:
            continue
        if all(_only_modifies(doc.char_span(m.start, m.end, alignment_mode="expand"), actor)
               for m in actor.mentions):
            index.remove(actor)


@resources.cached()
def _event_words() -> frozenset:
    """Words of the trigger table: a company before one takes part in an event ("the Huawei ban")."""
    return frozenset(r[0].split()[-1].lower() for r in resources.read_tsv("event_triggers.tsv") if r)


def _only_modifies(span, actor: Actor) -> bool:
    from newsgraph.analyze.actors.organizations import BODY_NOUNS
    from newsgraph.analyze.actors.phrases import DOCUMENT_HEADS

    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "compound" and head.i >= span.end and head.pos_ in ("NOUN", "PROPN") and head.tag_ != "NNS" \
            and actor.sector == "BUS" and dictionaries.sector_word(head.text) is None \
            and head.lower_ not in BODY_NOUNS | DOCUMENT_HEADS and head.lemma_.lower() not in _event_words():
        return True  # a company's product or shop ("a Ford sedan"); not "Ford workers", "a Google
        # spokesman", "the Google statement", "the Huawei ban", nor a state body's ("the Pentagon team")
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "via"):
        verb = root.head.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _MEDIUM_VERBS
    return False


#: prepositions whose object takes part in what is done: "talks with X", "a letter to X", "by X"
_ROLE_PREPS = frozenset({"by", "with", "against", "between", "among", "from", "to", "toward", "towards",
                         "according", "versus", "vs", "vs."})


def acts(token) -> bool:
    """Whether a name stands where an actor stands: a subject, an object, a possessor, the object
    of "by"/"with"/"against"/"to"/..., or of "of" after a title ("chairman of X"); through
    conjunctions and appositions."""
    for _ in range(8):
        head = token.head
        if head is token:
            break
        if token.dep_ in ("conj", "appos"):
            token = head  # "members Tom Johnston, ...", "its parent company, The We Company"
            continue
        break
    dep = token.dep_
    if dep in ("nsubj", "nsubjpass", "dobj", "dative", "iobj", "agent", "poss", "csubj"):
        return True
    if syntax.is_speaker(token):
        return True
    if dep == "pobj":
        prep = token.head
        if prep.lower_ in _ROLE_PREPS or prep.dep_ == "agent":
            return True
        if prep.lower_ in ("including", "like", "as") and prep.head.pos_ == "NOUN" and prep.head.tag_ == "NNS":
            return True  # "brands including Ford, ...", "rivals such as Kosmo": members of a kind of actor
        if prep.lower_ == "of":
            row = dictionaries.sector_word(prep.head.text)
            return row is not None
    return False
