"""Roles the text states of a named actor in a clause of their own: the sector and country they give.

A title before the name ("Home Depot CEO Ana Ruiz") and an appositive title ("Ana Ruiz, president of
Lumen") are read where the name is found. What a sentence says of the name is not: "Ruiz is the chief
executive of Lumen", "Ana Ruiz, who is a professor of law", "Tomas Brandt, a Swedish investor", "Lumen, a
data firm". This pass codes that predicate noun phrase the way a title is coded (``token_runs``) and fills
only what the names, the titles and the knowledge base left open: a sector where the actor has none.
Nothing coded is overwritten (a wrong sector is worse than a missing one). The phrase's country is not
taken: on the dev sets' judged rows it named the subject of a role more often than the bearer's country
("the National Security Council Ukraine expert", "a Chilean-born voter").

Only the name itself counts (a pronoun's clause may be another person's), only a positive, asserted
copula ("is not", "would be", "could become" say nothing of what the actor is), and only a phrase that
codes as the actor's kind (a person's title for a person, an organisation's head for an organisation)
with a sector of its own words, naming nobody else ("the wife of Senator Cole" is no senator).
"""
from __future__ import annotations

from newsgraph.analyze.actors.coding import KIN, Coding, code_words
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.analyze.actors.token_runs import code_tokens

#: auxiliaries that make a copula say what may be, not what is
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "’ll", "'d",
                    "’d"})
#: tokens that end the predicate's phrase: what follows is another clause or another appositive
STOPS = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "which", "who", "that", "whose", "where"})
#: the parts of speech of a predicate's head (the tagger takes "CEO" for a proper noun); a name in the
#: predicate codes as a name, not as the actor's kind of role, and is left alone below
NOUNS = frozenset({"NOUN", "PROPN"})
#: the most words of a predicate phrase coded (a longer one is a clause, not a role)
MOST_WORDS = 14


def fill_stated_roles(index: ActorIndex) -> None:
    """Give each person or organisation without a sector the one its stated role codes."""
    doc = index.doc
    for token in doc:
        actor = index.actor_at(token.i)
        if actor is None or actor.kind not in ("person", "organization") or actor.sector \
                or not token.text[:1].isupper() or token.text not in actor.name.split():
            continue  # only the name itself: a pronoun or a description may be resolved to the wrong one
        roles = [(noun, ()) for noun in _predicate_nouns(token)] + _verb_roles(token)
        for noun, prefix in roles:
            code = _code_role(noun, prefix)
            if code is None or code.kind != actor.kind:
                continue
            if actor.sector is None and code.sector and code.explicit_sector:
                actor.sector = code.sector
                break


def _predicate_nouns(name) -> list:
    """The common nouns a sentence says the name is: its appositive ("X, a data firm"), the attribute
    of a copula it is the subject of ("X is the chief"), or of a "who is" clause on it."""
    nouns = [c for c in name.children if c.dep_ == "appos" and c.pos_ in NOUNS and c.i > name.i
             and c.left_edge.i > 0 and name.doc[c.left_edge.i - 1].text == ","]  # "X, the owner" (not a dash:
    # "addressed to Channing Fell - the Utah Republican asks" is the next clause's subject)
    if name.dep_ in ("nsubj", "nsubjpass") and _asserted_copula(name.head):
        nouns += [c for c in name.head.children if c.dep_ == "attr" and c.pos_ in NOUNS]
    for clause in name.children:
        if clause.dep_ == "relcl" and _asserted_copula(clause) and any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in clause.children):
            nouns += [c for c in clause.children if c.dep_ == "attr" and c.pos_ in NOUNS]
    return nouns


def _asserted_copula(verb) -> bool:
    return verb.lemma_ == "be" and _asserted(verb)


def _asserted(verb) -> bool:
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children)


#: verbs that state a role over their object ("X chairs the committee" = "chairman of the committee")
ROLE_VERBS = {"chair": ("chairman", "of"), "head": ("head", "of"), "lead": ("head", "of"), "run": ("head", "of"),
              "direct": ("director", "of"), "found": ("founder", "of"), "co-found": ("founder", "of"),
              "cofound": ("founder", "of")}
#: verbs whose "as" phrase is the role ("X serves as the agency's director", "X worked as a reporter")
AS_VERBS = frozenset({"serve", "work"})
#: verbs whose passive gives its subject an office ("was elected mayor", "was appointed as director"; not
#: "nominated": a nominee holds nothing yet)
ELECTED_VERBS = frozenset({"elect", "reelect", "re-elect", "appoint", "name", "install"})
#: roles a past tense leaves in the past ("who chaired the committee" is a former chairman); founding is
#: always past
PRESENT_ONLY = frozenset({"chair", "head", "lead", "run", "direct", "serve", "work"})


def _verb_roles(name) -> list:
    """(noun, words before it) of the roles a verb states of the name, as its subject or in a "who"
    clause on it: "X, who chairs the panel" -> ("panel", "chairman of"), "X served as a judge" -> ("judge",
    "former"); "X works for the Pentagon" -> ("Pentagon", "employee of")."""
    if name.dep_ == "nsubjpass" and name.head.lemma_.lower() in ELECTED_VERBS and _asserted(name.head):
        # "X was elected mayor of Y", "X was appointed as the agency's director": the office given
        return [(c, ()) for c in name.head.children if c.dep_ in ("oprd", "attr") and c.pos_ in NOUNS] + [
            (c, ()) for prep in name.head.children if prep.dep_ == "prep" and prep.lower_ == "as"
            for c in prep.children if c.dep_ == "pobj" and c.pos_ in NOUNS]
    verbs = [name.head] if name.dep_ == "nsubj" and name.head.pos_ == "VERB" else []
    verbs += [c for c in name.children if c.dep_ == "relcl" and c.pos_ == "VERB"
              and any(g.dep_ == "nsubj" and g.lower_ in ("who", "which", "that") for g in c.children)]
    out = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if not _asserted(verb) or verb.tag_ in ("VBG", "VB"):
            continue  # "would chair", "is not running", "to head": no role held
        past = ("former",) if verb.tag_ == "VBD" and lemma in PRESENT_ONLY else ()
        if lemma in ROLE_VERBS:
            out += [(c, past + ROLE_VERBS[lemma]) for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUNS]
        if lemma in AS_VERBS:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    out += [(c, past) for c in prep.children if c.dep_ == "pobj" and c.pos_ in NOUNS]
                elif prep.dep_ == "prep" and prep.lower_ in ("for", "at") and lemma == "work":
                    out += [(c, past + ("employee", "of")) for c in prep.children if c.dep_ == "pobj"]
    return out


def _code_role(noun, prefix: tuple = ()) -> Coding | None:
    """The coding of the predicate noun's phrase: its modifiers and its complement up to the next
    clause or appositive, or None where the phrase names someone else or is no role. Coordinated
    roles ("a former treasury official and head of a hedge fund") are coded one by one and must agree."""
    doc = noun.doc
    start = noun.left_edge.i
    end = noun.i + 1
    while end <= noun.right_edge.i and doc[end].text not in STOPS and doc[end].lower_ not in STOPS:
        end += 1
    tokens = doc[start:end]
    if len(tokens) > MOST_WORDS or any(t.lower_ in KIN for t in tokens) \
            or any(t.ent_type_ == "PERSON" for t in tokens):
        return None  # "the wife of Senator Cole", "a former aide to Mayor Ito": a relation, not the role
    words = [t for t in tokens if t.pos_ != "DET"]
    if len(words) == 1 and words[0].text[:1].isupper():
        return None  # "Khan, a Muslim", "Ruiz, a Republican": an identity, not a role
    if prefix:
        tokens = [t for t in tokens if t.pos_ != "DET" or t.i != start]  # "head of the panel", not "of the the"
    parts, part = [], []
    for t in tokens:
        if t.dep_ == "cc" and t.lower_ in ("and", "or"):
            parts.append(part)
            part = []
        else:
            part.append(t)
    parts.append(part)
    if prefix:
        parts = [parts[0]]  # "chairs the panel and the board": the first object only
    codes = [code for code in (_code_part(p, prefix if k == 0 else ()) for k, p in enumerate(parts) if p)
             if code is not None and code.sector]
    if len({code.sector for code in codes}) != 1:
        return None  # no role, or roles of two sectors ("a lecturer at a college and a columnist")
    if "former" in prefix and codes[0].sector != "ELI":
        return None  # "who ran a bakery": where they work now the past does not say (a former official is ELI)
    return codes[0]


def _code_part(tokens, prefix: tuple = ()) -> Coding | None:
    code = code_words([*prefix, *(t.text for t in tokens)]) if prefix else code_tokens(tokens)
    if code.plural or code.head is None or code.name is not None and code.kind == "person":
        return None  # a group, no role word ("a Republican" says a vote, not a party office), another name
    if code.sector == "CVL" and code_words([code.head]).sector != "CVL":
        return None  # "president of the Women's Media Center": a group word in a body's name, no civilian
    return code
