"""Participants read from the clause structure, on sentences of our own writing (invented people), real
spaCy parse: the learned recipient chooser only fills from the trigger's own, governing or complement
clause (``recipients.in_reach``); plural pronouns take up no single person; a pronoun after a preposed
condition clause takes up that clause's subject; "wants X banned" reads X as the one banned; "nobody"
names no one and negates the act."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph import nlp
from newsgraph.analyze.events.control import small_clause_undergoer
from newsgraph.analyze.events.recipients import in_reach

PUBLISHED = "2024-05-08"


def _rows(text: str):
    analysis = newsgraph.analyze(text, published=PUBLISHED)
    name = lambda actor_id: analysis.actor(actor_id).name if actor_id else None  # noqa: E731
    return [(e.type, e.trigger.text, name(e.actor), name(e.recipient), e.negated, e.hypothetical)
            for e in analysis.events]


@pytest.mark.model
def test_in_reach_excludes_adverbial_relative_and_coordinated_clauses():
    doc = nlp.load(None)("Democrats opposed it because it fell short of Senator Vera Lind's request.")
    opposed = next(t for t in doc if t.text == "opposed")
    lind = next(t for t in doc if t.text == "Lind")
    assert not in_reach(opposed, lind)  # the reason clause is a clause of its own
    doc = nlp.load(None)("Senator Omar Haddad demanded to know whether Governor Lena Ortiz would resign.")
    demanded = next(t for t in doc if t.text == "demanded")
    ortiz = next(t for t in doc if t.text == "Ortiz")
    assert in_reach(demanded, ortiz)  # the complement: whom the demand is put to
    doc = nlp.load(None)("The coalition, which Senator Omar Haddad denounced, is backed by Governor Lena Ortiz.")
    denounced = next(t for t in doc if t.text == "denounced")
    coalition = next(t for t in doc if t.text == "coalition")
    ortiz = next(t for t in doc if t.text == "Ortiz")
    assert in_reach(denounced, coalition)  # the antecedent of the relative clause
    assert not in_reach(denounced, ortiz)  # beyond it


@pytest.mark.model
def test_in_reach_keeps_a_governing_clause_to_its_own_arguments():
    doc = nlp.load(None)("The Daily Ledger reporters are so brazen in their Lind worship that they ridicule the idea.")
    ridicule = next(t for t in doc if t.text == "ridicule")
    assert not in_reach(ridicule, next(t for t in doc if t.text == "Lind"))  # a name inside its thing
    assert not in_reach(ridicule, next(t for t in doc if t.text == "brazen"))  # the governing word, no one
    doc = nlp.load(None)("Mexico should be grateful for Haddad's leadership and even agree to help pay for it.")
    agree = next(t for t in doc if t.text == "agree")
    assert in_reach(agree, next(t for t in doc if t.text == "Haddad"))  # one clause, a shared subject


@pytest.mark.model
def test_a_reason_clause_names_no_recipient():
    rows = _rows("Democrats opposed the bill because it fell far short of Senator Vera Lind's original request.")
    # (the request, a noun with its possessor as doer, is Lind's own event, with no one named as asked)
    assert [(r[0], r[1], r[3]) for r in rows] == [("REJECT", "opposed", None), ("REQUEST", "request", None)]


@pytest.mark.model
def test_a_plural_pronoun_takes_up_no_single_person():
    rows = _rows("As Senator Vera Lind spoke, the Daily Ledger's fact-checkers were so eager that they "
                 "ridiculed Governor Lena Ortiz.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("ridiculed", "Daily Ledger", "Lena Ortiz")]


@pytest.mark.model
def test_a_plural_pronoun_takes_up_a_pair_named_as_subject():
    rows = _rows("Senator Omar Haddad and Governor Lena Ortiz issued a statement describing their meeting.")
    assert [(r[0], r[2], r[3]) for r in rows] == [("CONSULT", "Omar Haddad", "Lena Ortiz")]


@pytest.mark.model
def test_a_pronoun_after_a_preposed_condition_takes_up_its_subject():
    opening = "Governor Glenn Barker said on Friday that Senator Omar Haddad is dangerous. "
    said = ("dangerous", "Glenn Barker")  # the opening's accusation, said in negative words
    rows = _rows(opening + "Barker said if Haddad wins, he would impose a dictatorship on America.")
    assert [(r[1], r[2]) for r in rows] == [said, ("would impose", "Omar Haddad")]
    rows = _rows(opening + "Barker said if Congress refuses, he would criticize the senators.")
    assert [(r[1], r[2]) for r in rows] == [said, ("would criticize", "Glenn Barker")]


@pytest.mark.model
def test_wants_someone_banned_is_a_ban_on_them():
    doc = nlp.load(None)("A Philippine senator wants Omar Haddad banned from the country.")
    banned = next(t for t in doc if t.text == "banned")
    assert small_clause_undergoer(banned).text == "Haddad"
    rows = _rows("A Philippine senator, Juan Cruz, wants Omar Haddad banned from the Philippines.")
    assert [(r[0], r[2], r[3]) for r in rows] == [("COERCE", "Juan Cruz", "Omar Haddad")]
    doc = nlp.load(None)("The senator said Omar Haddad has banned the group.")
    assert small_clause_undergoer(next(t for t in doc if t.text == "banned")) is None


@pytest.mark.model
def test_nobody_is_no_one_named_and_negates_the_act():
    from newsgraph.analyze.events.modality import negated
    doc = nlp.load(None)("The chief said nobody has been arrested at the convention.")
    assert negated(next(t for t in doc if t.text == "arrested"))
    doc = nlp.load(None)("The chief said no one attacked the protesters.")
    assert negated(next(t for t in doc if t.text == "attacked"))
    rows = _rows("Police Chief Calvin Moss said nobody has been arrested at the convention.")
    assert all(r[3] != "Calvin Moss" for r in rows)
