"""A speaking description that goes on from the person who spoke just before, a question put to the one who
answers, and a that-clause the parser hung on a noun (invented stories; the fourteenth session's causes)."""
from statement_rows import analysed


def _rows(text, *fields):
    return [tuple(row) for row in analysed(text, *fields)]


def test_a_description_goes_on_from_the_speaker_just_before():
    text = ("Senate Minority Leader Tom Brell (D-Ore.) spoke in Dover on Friday. \"We will rebuild the harbour,\" "
            "Brell said at the opening. Recalling his years as a dock worker, the Senate Democratic leader said the "
            "works would start in May.")
    assert _rows(text, "source", "speaker")[-1] == ("the Senate Democratic leader", "Tom Brell")


def test_a_description_of_a_role_someone_else_holds_is_not_chained():
    text = ("Judge Maria Velt heard the case on Monday. \"The delay is regrettable,\" defence lawyer Tom Brell said. "
            "The judge said the trial would resume in June.")
    # the judge is the one titled so, not the lawyer who spoke before
    assert _rows(text, "source", "speaker") == [("defence lawyer Tom Brell", "Tom Brell"), ("The judge", "Maria Velt")]


def test_a_description_that_brings_in_someone_new_is_not_chained():
    text = ("Senate Minority Leader Tom Brell spoke in Dover on Friday. \"We will rebuild the harbour,\" Brell said "
            "at the opening. The spokesman said the works would start in May.")
    assert _rows(text, "source", "speaker") == [("Brell", "Tom Brell"), ("The spokesman", "spokesman")]


def test_a_name_in_the_question_put_does_not_answer():
    text = ("Senator Ana Ruiz spoke at the rally on Monday. \"Nobody will be left behind,\" Ruiz said.\n\n"
            "Asked about her own vote in the event that Greta Holm runs for governor, she replied: "
            "\"I don't know yet.\"")
    assert _rows(text, "source", "speaker")[-1] == ("she", "Ana Ruiz")


def test_a_that_clause_hung_on_a_noun_of_the_channel_phrase_is_what_was_said():
    text = ("Greta Holm, who ran the port authority for a decade, said in an oral history of the Brell years that "
            "dock workers distrusted the mayor.")
    assert _rows(text, "cue", "content") == [("said", ["that dock workers distrusted the mayor"])]
