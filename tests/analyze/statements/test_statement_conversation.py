"""A he/she speaker that goes on from the person who spoke just before (invented stories; issue 10)."""
from statement_rows import analysed


def _speakers(text):
    return [(s[0], s[1]) for s in analysed(text, "source", "speaker")]


def test_she_goes_on_for_a_friend_quoted_about_a_candidate():
    # the senator is the story's prominent woman (a subject twice); her friend is quoted about her
    text = ("Senator Ana Ruiz spoke in Dover on Friday. Ruiz has led the race since May.\n\n"
            "Her old school friend Greta Holm said Ruiz was always the bravest in class.\n\n"
            "\"Ana Ruiz never gave up on anything,\" she said.")
    assert _speakers(text) == [("Her old school friend Greta Holm", "Greta Holm"), ("she", "Greta Holm")]


def test_he_goes_on_for_a_friend_quoted_about_a_governor():
    text = ("Governor Tom Brell spoke in Dover on Friday. Brell has led the race since May.\n\n"
            "His old school friend Peter Marsh said Brell was always the bravest in class.\n\n"
            "\"Tom Brell never gave up on anything,\" he said.")
    assert _speakers(text) == [("His old school friend Peter Marsh", "Peter Marsh"), ("he", "Peter Marsh")]


def test_someone_named_in_between_keeps_the_pronoun():
    text = ("Union leader Piet Marsh said the closure would cost jobs.\n\n"
            "Mayor Tom Brell visited the docks on Tuesday. He said the harbour would reopen in May.")
    assert _speakers(text) == [("Union leader Piet Marsh", "Piet Marsh"), ("He", "Tom Brell")]


def test_a_speaker_of_unknown_gender_leaves_the_pronoun_to_coreference():
    # "Brannoc" is in no names table: the woman the text made a "she" keeps the pronoun
    text = ("Taylor Vance said she would tour in May. Brannoc Hale, who runs the label, announced the dates "
            "on Monday. \"We sold out the first night,\" she said.")
    assert _speakers(text)[-1] == ("she", "Taylor Vance")


def test_a_pronoun_of_the_other_gender_is_not_chained():
    text = ("Union leader Piet Marsh said the closure would cost jobs.\n\n"
            "Greta Holm, a councillor, disagreed with him. She said the harbour would reopen soon.")
    assert _speakers(text) == [("Union leader Piet Marsh", "Piet Marsh"), ("She", "Greta Holm")]
