"""Modality of an event: negated, hypothetical or only intended (PLOVER manual: an event's status).

PLOVER codes what the text says happened; an event the text only conditions, questions, wishes,
weighs or announces is kept, with its status, so that counts can leave it out and readers can ask
for it:

- ``negated``: "did not attack", "never met", "failed to honor" (a refused cooperation is a REJECT instead, see patterns);
- ``hypothetical``: conditions ("if ... agrees", "only if"), questions, "could/might/may/would", a capacity
  ("can accept"), counterfactuals ("said he would have vetoed"), duties ("should agree", "must act to fight",
  "has to seal"), wished, tried, weighed or intended-on acts ("try to", "would like to see", "bent on attacking",
  "decide whether", "attempts to broker", "no signs of"), acts seen only in a modal ("we might see them using"),
  acts forgone ("instead of reassuring X"), claimed ("his claim about X canceling Y") or timing a future or
  supposed act ("after he steps down, he will ..."); a purpose infinitive shares the status of the act it
  serves ("would form a coalition to fight X");
- ``intended``: announced, planned or promised, not yet done ("will meet", "plans to", "said he
  would raise tariffs": "would" in reported speech is the future of the past; a headline's "X to meet Y").
Pure functions over the dependency parse.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.analyze.events import participants as P

NEGATORS = {"not", "n't", "never", "no"}
SCARCE = {"no", "little", "few", "any"}  # "no signs that ...", "little space for ..."
CONDITION_MARKS = {"if", "unless", "provided", "providing"}
HYPOTHETICAL = {"could", "might", "may", "should've"}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "'d"}
FUTURE_HEADS = {"go", "plan", "intend", "expect", "prepare", "aim", "set", "schedule", "due", "pledge",
                "promise", "vow", "threaten", "announce"}
IRREALIS_HEADS = {"decide", "consider", "hope", "want", "wish", "try", "attempt", "need", "prefer",
                  "mull", "weigh", "discuss", "debate", "hesitate", "doubt", "question",
                  "ask", "wonder", "fear", "seek"}
#: words of wish or resolve whose complement ("bent on attacking", "poised to strike") is not yet done;
#: read whatever their tag ("bent" is often tagged a verb), but only through xcomp or "on"
RESOLVE = {"bent", "intent", "poised", "determined", "ready", "willing"}
#: verbs of desire with "would": "would like to see him support X", "would love to meet"
DESIRE_WITH_WOULD = {"like", "love"}
#: auxiliaries of a duty or advice: "Mexico should ... agree to pay", "the United States must act to fight X"
#: (the act is asked for, not done); "must have" infers a past act instead ("he must have met her")
DUTY = {"should", "ought", "must"}
IRREALIS_ADJECTIVES = {"eager", "keen", "anxious", "desperate", "reluctant", "unwilling", "hesitant", "loath",
                       "able", "unable",  # "(not) able to end the violence": a capacity, not an act
                       "likely", "unlikely"}  # "voters aren't likely to help X": a forecast, not an act
#: nouns of a claim: what they say was done is not reported as done ("his claim about Ford canceling its plant",
#: "the notion that X helped Y"), though what that act is about may be ("theories about the CIA's involvement in
#: Kennedy's assassination": the assassination happened)
CLAIMS = {"claim", "allegation", "assertion", "contention", "notion", "theory", "myth"}
IRREALIS_NOUNS = {"attempt", "effort", "bid", "way", "chance", "possibility", "hope", "space", "search",
                  "ground", "grounds", "prospect", "plan", "proposal", "idea", "need", "offer", "push",
                  # evidence of an act is not the act: "indications that he was backing down"
                  "indication", "sign", "hint", "suggestion", "rumor", "rumour", "speculation", "likelihood",
                  *CLAIMS}
#: nouns of asking or threatening: the act they name is not done ("a call for a ban on X", "threats of sanctions")
ASKING_NOUNS = {"call", "demand", "request", "appeal", "threat", "ultimatum"}
CLAUSE_BREAKS = {"since", "because", "as", "while", "although", "though", "whereas", "after", "when", "but"}
REPORTING = {"say", "tell", "add", "announce", "state", "claim", "insist", "warn", "write", "report", "confirm",
             "explain", "note", "argue", "believe", "think", "expect", "promise", "vow", "pledge", "threaten"}


@dataclass(frozen=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    intended: bool = False


def modality_of(head, conditions: bool = True) -> Modality:
    """The status of the event ``head`` carries; ``conditions=False``: a condition on it ("if ...")
    does not make it hypothetical (a threat states its condition)."""
    occurrence = occurring(head)
    if occurrence is not None:
        return modality_of(occurrence, conditions)  # "the endorsement would come later": as its verb says
    hypothetical = ((conditions and conditional(head)) or hypothetical_aux(head) or under_scarcity(head)
                    or irrealis(head) or question(head) or forgone(head))
    intended = not hypothetical and future(head)
    timed = time_governor(head)
    if timed is not None and not (hypothetical or intended):
        # "after he steps down, he will look for ways", "would meet ... after a Pence withdrawal": an act that
        # times a future or supposed one is not done; only expected, not announced (no promise, AGREE)
        mood = modality_of(timed, conditions)
        # a noun for an act may name one already done ("will meet on Friday after Iran's attack on a tanker"):
        # only a supposed act ("would meet ... after a Pence withdrawal") makes it so; a clause or gerund
        # timing a future act ("before meeting X", "after he steps down") is not done yet either
        hypothetical = mood.hypothetical or (mood.intended and head.pos_ not in ("NOUN", "PROPN"))
    return Modality(negated=negated(head), hypothetical=hypothetical, intended=intended)


#: conjunctions and prepositions of time whose clause or object times the act it hangs on
TIME_WORDS = {"after", "before", "once", "until", "till", "upon"}


def time_governor(head):
    """The verb whose act an event times ("after he steps down, he will look", "10 days after a Pence
    withdrawal", "before meeting X"), or None; not an act told as done already ("will introduce a bill after
    having slammed the plan", "after he resigned")."""
    if head.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have"
                                          for c in head.children):
        return None
    if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_WORDS for c in head.children):
        return head.head
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ in TIME_WORDS and head.head.dep_ == "prep" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    return None


#: verbs that say only that their subject happens: "the endorsement would come", "talks will take place"
OCCURRENCE_VERBS = {"come", "happen", "occur", "materialize", "materialise", "arrive", "begin", "start", "ensue"}


def occurring(noun):
    """The verb that says whether an event named by a noun happens ("an endorsement would come from Ryan",
    "the meeting never happened", "talks will take place"), or None: the noun's event has that verb's
    status, not the plain one of a noun."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and not P.is_someone(g) for g in c.children)
           for c in verb.children):
        return None  # "the apology may come from a realization": where it came from, not whether it came
    if verb.lemma_.lower() in OCCURRENCE_VERBS or verb.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return verb
    return None


def question(head) -> bool:
    """A question ("Will Russia attack?"): the sentence ends with a question mark."""
    sent = head.sent
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote and t.text not in (")", "]")), None)
    return last is not None and last.text == "?"  # 'for who exactly?"': a closing quote comes after it


def _would(token) -> str:
    """ "would" read as the future of a reported past ("said he would raise") -> "intended";
    else (a condition, a wish) -> "hypothetical"; no "would" -> ""."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in token.children):
        return ""
    if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve", "of") for c in token.children):
        return "hypothetical"  # "said he would have vetoed it": a counterfactual, no announced act
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING and not conditional(token):
        return "intended"
    return "hypothetical"


def clause_tokens(head):
    """``head`` and the verbs above it inside the same clause chain (xcomp/conj/aux links, and the verb a
    purpose infinitive serves: "how he would form a coalition to fight X" is as hypothetical as "form")."""
    chain = [head]
    token = head
    for _ in range(4):
        if token.dep_ == "conj" and _own_subject(token):
            break  # "X wanted to raid, but the helicopter was shot down": two clauses
        if (token.dep_ in ("xcomp", "conj", "acomp") or purpose(token)) and token.head.i != token.i:
            token = token.head
            chain.append(token)
        else:
            break
    return chain


def purpose(token) -> bool:
    """An infinitive of purpose with no subject or conjunction of its own ("would form a coalition to fight X",
    "will travel to Havana to meet Y"): what it aims at is done only if the act it serves is."""
    return (token.dep_ == "advcl" and token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children))


#: prepositions of an act forgone for another: "instead of reassuring Americans", "rather than meeting X",
#: "left without consulting Y": the act named after them was not done
FORGOING = {("instead", "of"), ("rather", "than"), ("", "without")}


#: auxiliaries of advice or supposition: "rather than scolding X, he should look for ways" says he IS scolding X
ADVISING = {"should", "must", "ought", "could", "would", "might", "may", "can", "need", "'d"}


def forgone(head) -> bool:
    """A gerund after "instead of", "rather than" or "without" hung on an act that was done ("instead of
    reassuring X, he opted for Y"): the act named was not done (hypothetical, not a refusal: no REJECT of X).
    On advice ("rather than scolding X, he should look for ways") the gerund is what the person does."""
    if head.dep_ != "pcomp" or head.tag_ != "VBG":
        return False
    prep = head.head
    if any(c.dep_ == "aux" and c.lower_ in ADVISING for c in prep.head.children):
        return False
    before = {c.lower_ for c in prep.children if c.dep_ == "advmod"} | {prep.head.lower_} | {
        t.lower_ for t in prep.doc[max(prep.i - 1, 0):prep.i]}
    return any(prep.lower_ == word and (not adverb or adverb in before) for adverb, word in FORGOING)


def _own_subject(token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


#: verbs whose infinitive did not happen: "failed to honor requests", "neglected to tell X"
NEGATING_HEADS = {"fail", "neglect", "refrain", "forgo", "forego", "omit"}


#: pronouns that say an act had no doer or undergoer at all
NO_ONE = {"nobody", "none", "noone"}
PARTIES = ("nsubj", "nsubjpass", "dobj")


def negated(head) -> bool:
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in NEGATING_HEADS:
        return True  # "failed to honor repeated requests": it was not done
    for token in clause_tokens(head):
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in ("no", "never")):
                return True
            if child.dep_ in ("dobj", "nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ == "no"
                                                                   for g in child.children):
                return True  # "made no apology", "held no talks"; "no candidate endorsed", "no worker was asked"
            if child.dep_ in PARTIES and (child.lower_ in NO_ONE or child.lower_ == "one" and any(
                    g.dep_ == "det" and g.lower_ == "no" for g in child.children)):
                return True  # "nobody has been arrested", "no one attacked them": it was not done to or by anyone
    return False


def past(head) -> bool:
    for token in clause_tokens(head):
        for child in token.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in ("did", "had", "has", "have", "was", "were"):
                return True
        if token.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" for c in token.children):
            return True
    return False


def future(head) -> bool:
    for token in clause_tokens(head):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children) or _would(token) == "intended":
            return True
        if token.dep_ == "xcomp" and token.head.lemma_ in FUTURE_HEADS:
            return True
        if token.dep_ == "ROOT" and _own_subject(token) and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in token.children):
            return True  # the headline future: "Clinton to call for wider efforts"
    return False


#: verbs that foretell another's act: "X will back Y, a rival predicted" (not "said": an official often
#: announces what the one they serve will do)
FORETELLING = {"predict", "forecast", "bet", "guess", "reckon", "speculate", "expect", "anticipate"}
#: who speaks for the doer: what they announce of the doer's plans is the doer's word
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "campaign", "office",
                "official", "staff", "statement", "release", "representative", "spokesmen", "team", "source",
                "ministry", "department", "embassy", "government", "administration", "house"}


def foretold(head) -> bool:
    """A future act foretold by someone else: "X will throw his support behind Y, predicted Z", "Z expects X
    will back Y". The teller names another doer than themselves (no pronoun
    on either side, no spokesman): a forecast, not the doer's promise ("Sanders said he will back
    Clinton" is one; so is a state's act told by anyone, who is most likely its official)."""
    token = clause_tokens(head)[-1]
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in FORETELLING:
        return False
    teller = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if teller is None or doer is None or teller.pos_ not in ("NOUN", "PROPN") or doer.pos_ not in ("NOUN", "PROPN"):
        return False
    if teller.lemma_.lower() in SPOKESPEOPLE or teller.lower_ in SPOKESPEOPLE:
        return False
    if doer.ent_type_ in ("GPE", "NORP"):
        return False  # "Admiral X said South Africa would give Nigeria assistance": a state speaks through its officials
    return not _name_words(teller) & _name_words(doer)


def _name_words(noun) -> set:
    """The names in a noun's phrase up to its head ("FBI General Counsel James A. Baker": the FBI speaks
    for itself), not in the clauses hung after it ("Kunin, the governor challenged by Sanders")."""
    return {t.lower_ for t in noun.subtree if t.i <= noun.i and t.pos_ == "PROPN"}


def conditional(head) -> bool:
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "if they are radicalized and they don't support X": the "if" of the first conjunct
    if first.i != head.i and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in first.children):
        return True
    chain = clause_tokens(head)
    for token in chain:
        for child in token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children):
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
                return True
    return reported_in_condition(chain[-1])


def reported_in_condition(token) -> bool:
    """The event is what is said or thought inside a condition: "what would happen if their candidate
    announced he would not back X" (the announcement, and with it the act, is only supposed)."""
    for _ in range(2):
        if token.dep_ != "ccomp" or token.head.i == token.i:
            return False
        token = token.head
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children):
            return True
    return False


def hypothetical_aux(head) -> bool:
    for token in clause_tokens(head):
        auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
        duty = auxes & DUTY and not (auxes & {"have", "'ve"} and "must" in auxes)  # "must have met": inferred, done
        able = "can" in auxes and not any(c.dep_ == "neg" for c in token.children)  # "the refugees the US can
        # accept": a capacity, no act ("cannot accept" is a refusal, read in polarity)
        if auxes & HYPOTHETICAL or (token.i != head.i and duty) or able:
            return True  # "may attack"; "X should be grateful and agree to pay": advice, not an act (a
            # duty on the event's own verb is read in polarity, after "should not share" became a refusal)
        if _would(token) == "hypothetical":
            return True  # "the only way he would speak with ...", "would talk only if": not an offer
        if token.dep_ == "xcomp" and token.head.lemma_ == "have" and token.head.tag_ in ("VBZ", "VBP", "VB"):
            return True  # "he has to seal the deal": a present (or future) duty; "had to flee" happened
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in CAUSATIVE and any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in head.head.children):
        return True  # "we might see candidates using ...": seen only in a possible world
    return False


def under_scarcity(head) -> bool:
    """Inside "no signs that ...", "little space for ...": the event is said not to happen."""
    for ancestor in ancestors_in_clause(head, 4):
        if ancestor.pos_ == "NOUN" and any(c.dep_ in ("det", "amod") and c.lower_ in SCARCE for c in ancestor.children):
            return True
    return False


def ancestors_in_clause(head, limit: int):
    """Ancestors of ``head``, stopping where a subordinate clause of reason or time, or a relative
    clause, begins."""
    token = head
    out: list = []
    if reduced_relative(head):
        return out  # "Palestinians want East Jerusalem, captured by Israel in 1967": the capture is told as done
    for _ in range(limit):
        if any(c.dep_ == "mark" and c.lower_ in CLAUSE_BREAKS for c in token.children) or token.head.i == token.i:
            break
        if token.dep_ == "relcl" or (token.dep_ == "conj" and _own_subject(token)):
            break  # "a proposal, which Kenya has rejected": a relative clause asserts on its own
        token = token.head
        out.append(token)
    return out


def reduced_relative(token) -> bool:
    """A past participle modifying a noun ("East Jerusalem, captured by Israel", "a plan backed by Russia"):
    a reduced relative clause, which states its act as done whatever the sentence around it wishes or
    weighs (like a relative clause, "which Israel captured")."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN")


def irrealis(head) -> bool:
    """Wished, tried, weighed or decided-upon events ("attempts to broker talks", "decide whether")."""
    below = head
    through_noun = False  # a noun between the event and a claim noun: the event is what the claim is about
    for ancestor in ancestors_in_clause(head, 5):
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_ in IRREALIS_HEADS:
            return True
        if ancestor.lower_ in RESOLVE and (below.dep_ == "xcomp" or below.dep_ == "prep" and below.lower_ == "on"):
            return True  # "terrorists bent on attacking the United States", "poised to strike"
        if ancestor.lemma_ in DESIRE_WITH_WOULD and _would(ancestor):
            return True  # "they would like to see him come around to supporting Trump"
        below = ancestor
        if ancestor.pos_ == "NOUN" and ancestor.lemma_ in IRREALIS_NOUNS and not (
                ancestor.lemma_ in CLAIMS and through_noun):
            return True
        through_noun = through_noun or ancestor.pos_ in ("NOUN", "PROPN")
        if ancestor.pos_ == "ADJ" and ancestor.lemma_ in IRREALIS_ADJECTIVES:
            return True  # "has been eager to withdraw": wished, not done
    return asked_for(head) or any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children)


def asked_for(head) -> bool:
    """The act a noun of asking or threatening names as what it asks or threatens: "a call for a
    temporary ban on Muslims", "threats of sanctions", "the demand to withdraw" (not what the thing asked
    for is about: "a request for comment on Trump's criticism")."""
    if head.dep_ == "conj" and head.head.dep_ in ("pobj", "acl"):
        head = head.head  # "a call for a ban and a wall"
    if head.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return head.head.lemma_.lower() in ASKING_NOUNS
    return (head.dep_ == "pobj" and head.head.lower_ in ("for", "of") and head.head.head.pos_ == "NOUN"
            and head.head.head.lemma_.lower() in ASKING_NOUNS)




# --- acts the text does not assert at all: no event, not even a marked one ---------------------------

#: verbs after which a bare verb with its own subject happened ("made him resign", "saw them leave")
CAUSATIVE = {"make", "let", "have", "see", "watch", "hear", "help", "feel", "notice"}
#: verbs whose "from"-clause names an act kept from happening ("preventing clerks from denying ...")
PREVENTING = {"prevent", "stop", "bar", "block", "ban", "prohibit", "keep", "forbid", "restrain", "deter",
              "discourage", "preclude", "enjoin", "exclude", "dissuade"}
#: subjects of advice to everyone: "we need to respect our police", "you have to ..."
GENERIC_SUBJECTS = {"we", "you", "one", "everyone", "everybody", "people", "us"}
DUTY_HEADS = {"need", "have", "ought", "must"}
DUTY_AUX = {"should", "must", "ought", "need"}
GOODWILL = {"SUPPORT", "AGREE", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}


def subjunctive(head) -> bool:
    """A bare verb with a subject of its own and no auxiliary: the act demanded ("demands Ginsburg
    resign", "insisted that she resign"), not one that happened."""
    if head.tag_ != "VB" or head.dep_ not in ("ccomp", "conj", "advcl"):
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("you", "i", "we", "they"):
        return False  # "they resign" could be a present tense
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    return head.head.lemma_.lower() not in CAUSATIVE


def prevented(head) -> bool:
    """"preventing clerks from denying licenses": the act is kept from happening."""
    return (head.dep_ == "pcomp" and head.head.lower_ == "from" and head.head.head.lemma_.lower() in PREVENTING)


def counterfactual_condition(head) -> bool:
    """The condition of an unreal conditional: "if he went into a church and killed people, we'd call it
    ..."; the act named in the "if" clause is imagined, not reported."""
    token = head
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            governor = token.head
            return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "could", "might")
                                                 for c in governor.children)
        if token.dep_ != "conj":
            return False
        token = token.head
    return False


def generic_duty(head, subject, etype: str) -> bool:
    """Advice to everyone: '"We need to respect our police," she said', "you have to stand with them":
    a duty of goodwill stated, no act of anyone's ('"We must attack them now"' is a call to arms)."""
    if etype not in GOODWILL or subject is None or subject.lower_ not in GENERIC_SUBJECTS:
        return False
    if any(t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") for c in head.children if c.dep_ in ("dobj", "prep", "dative")
           for t in c.subtree):
        return False  # '"We should be supporting Kenya"': a view of a policy toward someone named (hypothetical)
    for token in clause_tokens(head):
        if any(c.dep_ == "aux" and c.lower_ in DUTY_AUX for c in token.children):
            return True
        if token.i != head.i and token.lemma_.lower() in DUTY_HEADS:
            return True
    return False


def activity_named(head) -> bool:
    """A gerund with no doer of its own as the subject of a clause: "celebrating Pride this year meant
    choosing ...", "attacking the rebels now would be a mistake": the activity is talked about in general, no one is
    said to do it ("his meeting Putin was a mistake" has a doer)."""
    if head.dep_ == "conj" and head.tag_ == "VBG" and not _own_subject(head):
        head = head.head  # "ignoring or denying the progress carries risks": the gerund it is joined to
    return head.dep_ == "csubj" and head.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "poss") for c in head.children)


def unasserted(head, subject, etype: str) -> bool:
    """An act the sentence does not report at all: demanded, prevented, imagined, advised or only named."""
    return (subjunctive(head) or prevented(head) or counterfactual_condition(head)
            or generic_duty(head, subject, etype) or activity_named(head))
