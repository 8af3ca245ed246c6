"""A he/she/Mr./Mrs. source given a person of the other gender takes the namesake of the right gender
(invented story; issue 10)."""
from newsgraph.analyze.actors import find_actors
from newsgraph.analyze.statements.namesake_speakers import namesake_speaker, source_gender
from newsgraph.model import Span

TEXT = ("Tom Brell accepted the nomination in Dover on Friday after his daughter Anna Brell introduced him. "
        "\"We will win in May,\" he said. Mrs. Brell said the campaign had only begun.")


def _index(nlp):
    doc = nlp(TEXT)
    actors = find_actors(doc, "2024-05-03")
    by_name = {a.name: a for a in actors.to_list()}
    return actors, by_name


def _span(word):
    start = TEXT.index(f" {word} said") + 1
    return Span.of(TEXT, start, start + len(word))


def test_source_gender():
    assert [source_gender(Span.of(w, 0, len(w))) for w in ("he", "She", "Mr. Brell", "Ms. Brell", "Brell",
                                                             "they", "Mr. and")] == ["m", "f", "m", "f", None,
                                                                                     None, None]


def test_he_given_the_daughter_is_her_father(nlp):
    actors, by_name = _index(nlp)
    father = namesake_speaker(_span("he"), by_name["Anna Brell"], actors)
    assert father is not None and father.name == "Tom Brell"


def test_mrs_given_the_father_is_the_daughter(nlp):
    actors, by_name = _index(nlp)
    daughter = namesake_speaker(_span("Mrs. Brell"), by_name["Tom Brell"], actors)
    assert daughter is not None and daughter.name == "Anna Brell"


def test_a_speaker_of_the_right_gender_stays(nlp):
    actors, by_name = _index(nlp)
    assert namesake_speaker(_span("he"), by_name["Tom Brell"], actors) is None
