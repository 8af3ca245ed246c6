"""The persons a he/she speaker is looked for among, found once per story: for any stretch of text they name
whom a pass over every person and every mention names (the pass per statement made a story of many people
quadratic). Invented story."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.analyze.span_index import Coverage
from newsgraph.analyze.statements.subject_pronouns import PeopleByGender, _gender, _in_question_put
from newsgraph.nlp.quote_marks import quote_marks

TEXT = ("Mayor Greta Holm met Tom Brell and Ana Ruiz on Monday. She said the harbour would open in May.\n\n"
        "\"Nobody trusts Tom Brell with the ferry,\" said Peter Marsh, who runs the docks. Asked about Ana Ruiz, "
        "he said she had done well. Brell said Holm and Ruiz would meet again, and he said Marsh agreed.\n\n"
        "Holm, a former judge, told reporters that Ruiz had signed. Mr. Marsh said he would wait for Ms. Ruiz.")


class Listed:
    def __init__(self, actors):
        self.actors = actors

    def to_list(self):
        return list(self.actors)


def scanned(actors, want, start, end, doc, said):
    """id -> (person, mentions): the pass over every person of gender ``want`` and each of its mentions."""
    people = [a for a in actors if a.kind == "person" and _gender(a) == want
              and all(w[:1].isupper() for w in a.name.split())]
    found = {}
    for a in people:
        named = [m for m in a.mentions
                 if start <= m.start < end and m.text[:1].isupper() and m.text.lower() not in ("he", "she", "i", "we")
                 and not quote_marks(doc).inside(m.start) and not said(m.start) and not _in_question_put(doc, m)]
        if named:
            found[a.id] = (a, named)
    return found


@pytest.mark.model
def test_people_by_gender_name_whom_a_pass_over_every_person_names(nlp):
    actors = newsgraph.analyze(TEXT).actors
    doc = nlp(TEXT)
    people = PeopleByGender(Listed(actors))
    said = Coverage([(60, 110), (140, 180)])
    found = 0
    for want in ("m", "f"):
        for start in range(0, len(TEXT), 9):
            for end in (start + 30, start + 120, len(TEXT)):
                expected = scanned(actors, want, start, end, doc, said.covers)
                assert people.named(want, start, end, doc, said.covers) == expected
                found += len(expected)
    assert found > 50  # the stretches name people of both genders
