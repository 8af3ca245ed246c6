"""Verbs of the event tables used of a state, a share or a task rather than an act by someone on someone:
reviewers of the released sets marked each of these readings not real (PLOVER codes what one actor does to
or with another; the CAMEO dictionary lists the same verbs as acts only when they are done or said).

- a held attitude: "she has always valued a strong Britain", "the woman Americans admire most" (CAMEO's
  051 lists VALUE, ESTEEM, ADMIRE as praise, which is said; an attitude the text states as a trait is no
  praise given). Said ("she said she admires his determination") it stays;
- a poll's share: "receiving 19 percent support", "receives less support than Johnson", "supported by an
  average of 13 percent": the measure of a candidate's standing, no support given by anyone;
- a task helped with: "helped convince Republicans", "helping unify the party", "helped investigate the
  breaches": a part taken in doing something, no aid given (CAMEO's HELP patterns code aid by what is
  given: ARM, PATIENTS, HOMELESS); help to rebuild or establish a country or its government stays;
- an interview: "speaking to NBC's Hallie Jackson", "talking to reporters": a statement to the press,
  no consultation between parties (PLOVER CONSULT: meetings, visits, calls, negotiations);
- an attempt: "sought to ease worries" ("seek" with an infinitive is trying, no request to anyone; CAMEO's
  SEEK patterns name what is asked for: aid, talks, asylum);
- a need stated: "We need real change": a speaker's opinion, no one asked;
- a place described: "Libya is a mess", "Libya today is completely chaotic": the state of a country, no
  charge against anyone;
- one's own act defended ("defended the process"), a lecture to an audience or on a topic, a crowd's acclaim
  with no one acclaimed, a pledge that something is so, insisting on one's own act, a text released (each
  function's docstring says which CAMEO or PLOVER reading it keeps).
Pure functions over spaCy tokens, used by ``patterns`` and ``evaluations``.
"""
from __future__ import annotations

from newsgraph.analyze import resources
from newsgraph.analyze.actors import kb
from newsgraph.analyze.events import participants as P

#: verbs of esteem (CAMEO 051's RESPECT and ACCLAIM sets) that name an attitude unless said
ATTITUDES = {"value", "admire", "esteem", "prize", "cherish", "treasure", "respect", "revere"}


def _said(verb) -> bool:
    """The clause is what someone says: the complement of a speech verb ("said she admires him"), or a
    clause a speech verb governs in a participle ("while saying that he does respect her")."""
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or clause.head.i == clause.i:
            return False
        clause = clause.head
        if clause.lemma_.lower() in resources.speech_verbs():
            return True
    return False


def held_attitude(verb, etype: str) -> bool:
    """"has always valued a strong United Kingdom", "the woman Americans admire most": esteem stated of
    its holder, no praise given. Not one's own ("I respect him", "we value our allies": a speaker's own
    words of support), not said ("said she admires his determination")."""
    if etype != "SUPPORT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ATTITUDES:
        return False
    subject = P.first_child(verb, ("nsubj",))
    if subject is not None and subject.lower_ in ("i", "we"):
        return False
    return not _said(verb)


#: nouns that measure a candidate's standing in a poll
SUPPORT_NOUNS = {"support", "backing"}
COMPARATIVES = {"less", "more", "most", "least", "fewer"}
#: verbs that measure a standing one has, not support one gives ("promised more support than ever")
STANDING_VERBS = {"receive", "get", "draw", "garner", "win", "have", "enjoy", "attract", "command"}
#: verbs whose "by N percent" agent is a poll's share of those who back a candidate
BACKING_VERBS = {"support", "back", "favor", "favour", "prefer"}


def _percent(token) -> bool:
    return token.lower_ in ("percent", "%", "per", "points") or token.ent_type_ == "PERCENT"


def polled_support(verb) -> bool:
    """"receiving 19 percent support", "receives less support than Johnson", "Johnson supported by an average
    of 13 percent": a poll's measure of standing, no one gives support or aid."""
    nouns = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in nouns:
        if noun.lemma_.lower() not in SUPPORT_NOUNS or noun.pos_ != "NOUN":
            continue
        if any(_percent(c) for c in noun.children):
            return True  # "19 percent support"
        if verb.lemma_.lower() in STANDING_VERBS and any(
                c.dep_ == "amod" and c.lower_ in COMPARATIVES for c in noun.children) and any(
                t.lower_ == "than" for t in verb.subtree):
            return True  # "receives less support than Johnson" (not "promised Kyiv more support than ever")
    if verb.lemma_.lower() not in BACKING_VERBS:
        return False  # "approved by 52 percent of voters": a vote's result, read elsewhere
    agent = P.first_child(verb, ("agent",))
    return agent is not None and any(_percent(t) for t in agent.subtree)  # "supported by 13 percent"


#: what help may build that is a polity: help to rebuild or establish it is aid to it
POLITIES = {"country", "nation", "state", "government", "economy", "army", "military", "force", "institution"}


#: tasks of persuasion or of bringing a party together: taking part in them gives no one aid
PERSUADING = {"convince", "persuade", "unify", "unite", "reassure", "woo", "court", "energize", "mobilize"}


def task_helped(verb, etype: str) -> bool:
    """"helped convince Republicans that ...", "her role in helping unify the party", "has helped investigate
    the breaches": help with a task (a verb as complement) and no one helped named as object: a part taken,
    no aid. Aid through the task stays: "help rebuild the country", "helped arm the rebels", "helped establish
    a new government" (CAMEO's HELP patterns: ARM 072)."""
    if etype != "AID" or verb.lemma_.lower() not in ("help", "assist") or verb.pos_ != "VERB":
        return False
    obj = P.first_child(verb, ("dobj",))
    if obj is not None and P.is_someone(obj) and obj.tag_ not in ("WDT", "WP"):
        return False  # "helped Mr. Ailes start Fox", "help rebel fighters"
    task = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
    if task is None:
        return False
    helped = P.first_child(task, ("nsubj",))
    if helped is not None and P.is_someone(helped):
        return False  # "helped Mr. Ailes start Fox" (parsed with Ailes as the complement's subject)
    if task.lemma_.lower() in PERSUADING:
        return True
    built = P.first_child(task, ("dobj",))
    return built is None or not (P.is_someone(built) or built.lemma_.lower() in POLITIES)


#: the press as a partner in talk
PRESS = {"reporter", "journalist", "press", "media", "correspondent", "interviewer", "anchor", "newsman",
         "newswoman", "columnist", "editor", "newspaper", "paper", "network", "broadcaster", "pundit", "host"}
SPEAKING = {"talk", "speak", "chat"}


def _outlet(token) -> bool:
    """A news organisation the shipped actor tables list (sector JRN): "NBC", "The Washington Post"."""
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if span is None or span.label_ not in ("ORG", "WORK_OF_ART", "PERSON", "GPE"):
        return False
    entry = kb.shipped_organizations().get(kb.normal_name(span.text))
    return entry is not None and any(r.sector == "JRN" for r in entry.roles)


def press_partner(token) -> bool:
    """The press as one talked to: "reporters", "the Times", "NBC's Hallie Jackson" (a journalist named by
    the outlet that owns the name)."""
    if token is None:
        return False
    if token.lemma_.lower() in PRESS or _outlet(token):
        return True
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return owner is not None and _outlet(owner) or any(
        c.dep_ == "compound" and c.lemma_.lower() in PRESS for c in token.children)


def interview(verb, etype: str) -> bool:
    """"speaking to NBC's Hallie Jackson", "in talking to reporters": a statement to the press, no
    consultation ("met with local reporters" is read elsewhere)."""
    if etype != "CONSULT" or verb.lemma_.lower() not in SPEAKING:
        return False
    return press_partner(P.prep_object(verb, ("to", "with")))


def attempt(verb, etype: str) -> bool:
    """"sought to ease worries", "is seeking to win": "seek" with an infinitive is an attempt, no request."""
    return (etype == "REQUEST" and verb.lemma_.lower() == "seek" and P.first_child(verb, ("dobj",)) is None
            and any(c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and c.i > verb.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children))


def need_stated(verb, etype: str) -> bool:
    """"We need real change", "I need a big change": a speaker's need, nothing asked of anyone (no one to
    act: "we need Congress to act" asks Congress)."""
    if etype != "REQUEST" or verb.lemma_.lower() != "need" or verb.pos_ != "VERB":
        return False
    subject = P.first_child(verb, ("nsubj",))
    if subject is None or subject.lower_ not in ("we", "i") or any(c.dep_ == "neg" for c in verb.children):
        return False  # "we do not need change based on demagogy": a rebuke, read as the words say
    obj = P.first_child(verb, ("dobj",))
    return (obj is not None and not P.is_someone(obj)
            and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
            and P.prep_object(verb, ("from",)) is None)


#: words of disorder that describe a place's state, not a charge against it
DISORDER = {"mess", "chaotic", "chaos", "shambles", "disarray", "turmoil", "battleground", "quagmire", "wreck",
            "unstable", "lawless", "hellhole"}


def place_described(word, subject) -> bool:
    """"Libya is a mess", "Libya today is completely chaotic", "Ohio would be a battleground": a country's or a
    place's state, no accusation against it ("Iran is a threat" is one)."""
    return (subject is not None and subject.ent_type_ in ("GPE", "LOC")
            and word.lemma_.lower() in DISORDER)


#: verbs of acclaim that a crowd may do with no one acclaimed ("danced and cheered in the streets")
ACCLAIM = {"cheer", "clap", "applaud", "celebrate", "rejoice", "jubilate"}


def acclaim_alone(verb, etype: str) -> bool:
    """"forces danced and cheered in Rangoon's streets": joy shown with no one and nothing acclaimed (CAMEO
    codes ACCLAIM by whom or what it hails: "cheered the verdict", "applauded Obama" stay)."""
    if etype != "SUPPORT" or verb.lemma_.lower() not in ACCLAIM or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "agent", "dative", "ccomp", "xcomp") for c in verb.children) \
        and P.prep_object(verb, ("for", "at", "on", "to")) is None


#: verbs of promise (PLOVER AGREE, CAMEO 03) whose complement may state a fact instead of a commitment
PROMISING = {"pledge", "promise", "vow", "swear", "assure", "guarantee"}
PRESENT_OR_PAST = ("VBZ", "VBP", "VBD")


def fact_pledged(verb, etype: str) -> bool:
    """"Pence pledged that Trump really is in favor of free trade": an assurance about what is, no promise to
    act ("pledged that he would be a friend", "vowed to fight" stay)."""
    if etype != "AGREE" or verb.lemma_.lower() not in PROMISING:
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ not in PRESENT_OR_PAST:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def own_act_insisted(verb, etype: str) -> bool:
    """"he insisted on paying his hotel bill himself": one's own act insisted on, nothing asked of anyone
    ("insisted on a review of the deal", "insisted on Congress being heard" ask others)."""
    if etype != "REQUEST" or verb.lemma_.lower() != "insist":
        return False
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    act = P.first_child(on, ("pcomp",)) if on is not None else None
    return act is not None and act.tag_ == "VBG" and P.first_child(act, ("nsubj", "poss")) is None


#: what may be released that is a text or a record, no one set free (senses.RELEASED_THINGS has more)
DOCUMENTS = {"excerpt", "speech", "remark", "text", "transcript", "email", "e-mail", "memo", "tape", "return",
             "record", "statement", "report", "video", "letter", "document", "data", "footage", "poll", "ad"}
SPEAKING_PARTS = {"announce", "say", "state", "describe", "claim", "note"}


def document_released(verb, etype: str) -> bool:
    """"excerpts of his speech released by the White House", "the Trump release announcing his role": a text
    made public, no prisoner freed (PLOVER RETREAT release)."""
    if etype != "RETREAT" or verb.lemma_.lower() != "release":
        return False
    if verb.pos_ == "VERB":
        return verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENTS
    return any(c.dep_ == "acl" and c.lemma_.lower() in SPEAKING_PARTS for c in verb.children) \
        and P.prep_object(verb, ("of",)) is None and not any(c.dep_ == "poss" for c in verb.children)


def no_act(verb, etype: str) -> bool:
    """Any of this module's readings of ``verb`` (an event trigger of type ``etype``) as no act."""
    return (held_attitude(verb, etype) or task_helped(verb, etype) or interview(verb, etype) or attempt(verb, etype)
            or need_stated(verb, etype) or own_thing_defended(verb, etype) or lecture_given(verb, etype)
            or acclaim_alone(verb, etype) or fact_pledged(verb, etype) or own_act_insisted(verb, etype)
            or document_released(verb, etype))


#: verbs of defence that CAMEO codes as verbal support (052) of whose the defended thing is
DEFENDING = {"defend", "justify"}
OWN_POSSESSIVES = {"his", "her", "its", "their", "our", "my", "own"}


def own_thing_defended(verb, etype: str) -> bool:
    """"Obama defended the process", "hiring foreign workers, which he defended", "defended his record": one's
    own act or record defended, no one supported (CAMEO's "DEFEND * DECISION" is 052, verbal support of the
    decision's maker: "defended Obama's decision" stays, and so does "defended Melania Trump")."""
    if etype != "SUPPORT" or verb.lemma_.lower() not in DEFENDING or verb.pos_ != "VERB":
        return False
    obj = P.first_child(verb, ("dobj",))
    if obj is None:  # "defending and advancing the international order": the object both verbs share
        obj = next((P.first_child(c, ("dobj",)) for c in verb.children if c.dep_ == "conj"), None)
    if obj is None:
        return False
    if obj.tag_ in ("WDT",) and obj.lower_ in ("which", "that"):
        return True  # "hiring foreign workers, which he both defended": a thing (a person is "who")
    if obj.pos_ != "NOUN" or obj.ent_type_ or P.is_someone(obj):
        return False
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner.lower_ in OWN_POSSESSIVES
    return not any(c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ or P.is_someone(c)) for c in obj.children) \
        and P.prep_object(obj, ("of",)) is None


#: the audience of a lecture: a talk given, no one charged
AUDIENCE = {"nation", "country", "public", "audience", "crowd", "class", "student", "congregation", "room"}


def lecture_given(verb, etype: str) -> bool:
    """"lectured the nation about Muslims", "lecturing on human rights": a talk given to an audience or on a
    topic (CAMEO's LECTURE 111 is a rebuke of someone: "lectured Netanyahu on settlements" and "lecturing the
    nation that its president is a criminal" stay)."""
    if etype != "ACCUSE" or verb.lemma_.lower() != "lecture":
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "lecturing the nation that its president is a criminal": the charge the clause states
    obj = P.first_child(verb, ("dobj",))
    return obj is None or obj.lemma_.lower() in AUDIENCE or not P.is_someone(obj)
