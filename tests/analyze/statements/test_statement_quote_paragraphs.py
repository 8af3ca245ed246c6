"""A paragraph of nothing but a quote, its speaker the one subject of the paragraph before (invented stories;
issue 10)."""
from statement_rows import analysed


def _rows(text):
    return analysed(text, "speaker", "cue", "content")


def test_a_quote_paragraph_after_a_cue_the_parser_left_without_subject():
    text = ("Mayor Tom Brell spoke to reporters in Dover on Friday.\n\n"
            "Brell was quick to add that the harbour plan does not include closing the docks.\n\n"
            "\u201cClosing them? Not on the table.\u201d")
    assert ("Tom Brell", "add", ["\u201cClosing them? Not on the table.\u201d"]) in _rows(text)


def test_a_quote_paragraph_after_a_writers_sentence_about_the_speaker():
    text = ("Actor Piet Marsh attacked the senator in a radio interview on Monday.\n\n"
            "Marsh continued his scathing remarks.\n\n"
            "\"She was the favourite, and then she lost. I am not sure voters will forgive her.\"")
    rows = _rows(text)
    assert rows[-1][0] == "Piet Marsh"
    assert rows[-1][2] == ["\"She was the favourite, and then she lost. I am not sure voters will forgive her.\""]


def test_two_people_as_subjects_leave_the_quote_alone():
    text = ("Campaign chief Ana Ruiz and spokesman Tom Brell drafted the campaign's first statement overnight.\n\n"
            "\"In writing the speech, the team took notes on her life and her inspirations.\"")
    assert all("In writing" not in " ".join(r[2]) for r in _rows(text))


def test_a_passive_sentence_has_no_speaker_for_the_quote():
    text = ("Governor Tom Brell was criticized for the trade by Senator Ana Ruiz last year.\n\n"
            "\"Had he listened to her, I would still be in prison today.\"")
    assert all("Had he listened" not in " ".join(r[2]) for r in _rows(text))


def test_a_quote_paragraph_with_an_attribution_of_its_own_is_left_to_it():
    text = ("Mayor Tom Brell spoke in Dover on Friday.\n\n"
            "\"The harbour will reopen in May,\" said Ana Ruiz, the port director.")
    assert [r[0] for r in _rows(text)] == ["Ana Ruiz"]


def test_a_quote_after_a_sentence_of_agreement_in_the_same_paragraph():
    text = ("Senator Ana Ruiz said turnout fell in every county.\n\n"
            "Mary Holm, a pollster in Dover, agreed. \"Voters are running out of patience. The race is open again.\"")
    assert ("Mary Holm", "agreed", ["\"Voters are running out of patience. The race is open again.\""]) in _rows(text)


def test_a_quote_paragraph_after_a_writers_sentence_with_the_speakers_pronoun():
    text = ("Mayor Tom Brell said the harbour would reopen. He then had a question for the crowd.\n\n"
            "\u201cWho is going to pay for it?\u201d")
    assert _rows(text)[-1] == ("Tom Brell", "had", ["\u201cWho is going to pay for it?\u201d"])


def test_a_quote_inside_a_writers_sentence_is_no_bare_quote():
    text = ("Mayor Tom Brell spoke in Dover on Friday.\n\n"
            "The crowd carried signs that read \"Open the docks now.\"")
    assert all("Open the docks" not in " ".join(r[2]) for r in _rows(text))


def test_a_pronoun_subject_goes_with_the_person_named_as_subject_just_before():
    # coreference may hand "he" to the expert quoted first; the spokesman is the subject just before
    text = ("\"The network was never safe,\" said Tom Brell, a security expert.\n\n"
            "Speaking in Dover, ministry spokesman Piet Marsh repeated that the ministry opposed hacking.\n"
            "People should give evidence and not speculate, he told reporters.\n"
            "\u201cThis is extremely irresponsible.\u201d")
    assert all(r[0] == "Piet Marsh" for r in _rows(text) if "irresponsible" in " ".join(r[2]))


def test_a_heading_in_quotation_marks_is_no_bare_quote():
    text = ("Mayor Tom Brell also announced that the ferry would run again in May.\n"
            "\u201cVOTERS DECIDE IN THE END\u201d\n"
            "Across the region, councils have been startled by the plan.")
    assert all("VOTERS" not in " ".join(r[2]) for r in _rows(text))
