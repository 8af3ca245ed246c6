"""Speakers the index leaves open that the source still names (invented sentences; issue 10: recall of the
default view): a bare name beside bodies named after the same person, a name the index split in two, a
first name alone, a name the parser hung inside the quote before its cue, and an inverted asker with a
verb conjoined after it."""
import pytest
from statement_rows import analysed

from newsgraph.analyze.statements.speakers import named_before
from newsgraph.model import Actor


class Index:
    """The little an ``ActorLookup`` gives ``named_before``: the actors."""

    def __init__(self, *actors):
        self.actors = list(actors)

    def to_list(self):
        return self.actors


def _person(n, name):
    return Actor(id=f"A{n}", name=name, kind="person")


def _body(n, name):
    return Actor(id=f"A{n}", name=name, kind="organization")


def _name(nlp, text, word):
    doc = nlp(text)
    return next(doc[t.i:t.i + 1] for t in doc if t.text == word)


@pytest.mark.parametrize("actors, speaker", [
    # the tagger took the host's surname for a body once (a show named after its host)
    ((_person(1, "Mara Velt"), _body(2, "Velt")), "A1"),
    # a body named after the person, the surname and lower-case words
    ((_person(1, "Mara Velt"), _body(2, "Velt campaign")), "A1"),
    # one name the index holds twice
    ((_body(1, "Velt"), _body(2, "Velt")), "A1"),
    # the first name of one person
    ((_person(1, "Tom Brell"), _person(2, "Velt Orlov")), "A2"),
    # a body with a proper name of its own beside the person leaves the name open
    ((_person(1, "Mara Velt"), _body(2, "Velt Motor")), None),
    # two people of the name
    ((_person(1, "Mara Velt"), _person(2, "Tom Velt"), _body(3, "Velt")), None),
])
def test_a_bare_name_of_namesakes(nlp, actors, speaker):
    actor = named_before(_name(nlp, "Velt asked the senator whether the bridge would open.", "Velt"), Index(*actors))
    assert (actor.id if actor else None) == speaker


def test_a_first_name_alone_is_the_one_person_so_named(nlp):
    span = _name(nlp, "Amara estimated she sold forty bottles.", "Amara")
    assert named_before(span, Index(_person(1, "Amara Tembo"), _person(2, "Tom Brell"))).id == "A1"
    # two people of the first name: open
    assert named_before(span, Index(_person(1, "Amara Tembo"), _person(2, "Amara Lund"))) is None
    # a one-word name is no first name of anyone's
    assert named_before(span, Index(_person(1, "Amara"), _person(2, "Tom Brell"))).id == "A1"


def test_a_name_hung_inside_the_quote_before_its_cue_speaks():
    shown = analysed('"It is not the view that everything is fine," Tom Brell, a senior party adviser, said at an '
                     'event in Dover.', "source", "speaker")
    assert shown == [("Tom Brell, a senior party adviser", "Tom Brell")]
