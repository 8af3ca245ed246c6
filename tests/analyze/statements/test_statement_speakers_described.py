"""Speakers a definite description, a document or a mistyped name stands for (invented sentences; issue 10,
stlab11: "The Democratic presidential nominee", "The radioman", "the suit", "her plan" left unresolved or
given to someone else)."""
import pytest
from statement_rows import analysed

pytestmark = pytest.mark.model


def _speakers(text):
    """(speaker name, source text) of every statement."""
    return analysed(text, "speaker", "source", shown_only=False)


def test_a_party_description_is_the_former_official_the_sentence_before_is_about():
    text = ("In an effort to explain her remarks, Mara Quillon on Friday only deepened the dispute. Quillon, a former "
            "secretary of state, acknowledged that she had misspoken in two interviews. The Democratic presidential "
            "nominee explained that the director was referring only to her interviews.")
    assert _speakers(text)[-1] == ("Mara Quillon", "The Democratic presidential nominee")


def test_the_same_title_is_the_spokesman_named_before_whatever_sector_the_possessor_gives():
    text = ("Congressman Tom Brell's office rejected the claims on Monday. \"The committee does not discriminate,\" "
            "Brell spokesman Ivo Marden said in a statement. Marden added that the claims were false. The "
            "congressman's spokesman also pointed out that the committee employs veterans.")
    assert _speakers(text)[-1] == ("Ivo Marden", "The congressman's spokesman")


def test_a_description_is_the_writer_of_a_long_quote_not_the_one_the_quote_talks_about():
    text = ("Radio talk show host Glenn Varick criticized the endorsement on Tuesday. In a post after the speech, "
            "Varick wrote: \"I couldn't disagree with Sara Pell more. Perhaps she knows more than we do. Maybe she "
            "was right.\" The radioman pointed out that the candidate once backed bailouts.")
    assert _speakers(text)[-1] == ("Glenn Varick", "The radioman")


def test_a_delegate_is_a_person_the_description_of_the_one_who_just_spoke():
    text = ("\"They want to change the rules,\" Morton Velder, the Republican National Committeeman from Virginia, "
            "told reporters. The influential delegate warned of a ferocious battle ahead.")
    assert _speakers(text)[-1] == ("Morton Velder", "The influential delegate")


def test_a_lawsuit_speaks_for_the_staffer_named_and_the_suit_many_sentences_later_too():
    text = ("The lawsuit filed by a former staffer named Corvin Maldaska, an Army reserve major, alleges a long list "
            "of violations. The committee denied the claims. Its chairman called them false. A spokesman said the "
            "staffer was fired for cause. The chairman repeated that on Monday. Other staffers declined to comment. "
            "The suit claims that the chairman damaged his reputation.")
    found = _speakers(text)
    assert found[1] == ("Corvin Maldaska", "The lawsuit filed by a former staffer named Corvin Maldaska, an Army "
                                           "reserve major")
    assert found[-1] == ("Corvin Maldaska", "The suit")


def test_the_suit_with_two_named_filers_before_is_no_ones():
    text = ("A lawsuit filed by Corvin Maldaska alleges bias. The committee denied the claims. Its chairman called "
            "them false. A spokesman said the staffer was fired for cause. Another lawsuit filed by Dana Pruitt "
            "alleges fraud. Other staffers declined to comment. The chairman repeated that on Monday. "
            "The suit claims that the chairman damaged his reputation.")
    assert _speakers(text)[-1] == (None, "The suit")


def test_a_plan_speaks_for_its_owner():
    text = ("Senator Ana Ruiz has a tax proposal that gives firms incentives to invest at home. According to her "
            "plan, firms moving overseas must repay any aid they received.")
    assert _speakers(text) == [("Ana Ruiz", "her plan")]


def test_a_description_named_with_the_same_title_in_the_next_sentence_is_that_person():
    text = ("The regime tested a missile on Wednesday. Defense Secretary Tom Brellan said the test was a threat.\n\n"
            "The alliance's secretary general, in turn, called on the regime to give up its rockets.\n\n"
            "\"The test breaks the truce,\" Alliance Secretary General Ivo Pradelund said.")
    assert ("Ivo Pradelund", "The alliance's secretary general") in _speakers(text)


def test_a_summary_describes_the_one_holder_of_the_role_the_full_text_names():
    text = ("Marines get a wider mission.\n\nABSTRACT.\n\nAlthough the president has often said he is against "
            "new wars, his government makes exceptions.\n\nFULL TEXT.\n\nThey are taking on a larger role. "
            "They are headed to the border. And President Tom Brellan recently ordered 300 of them to the coast.")
    assert ("Tom Brellan", "the president") in _speakers(text)


def test_a_plural_description_with_one_named_example_is_that_person_two_examples_leave_it():
    text = ("Candidates like Ana Ruizberg have blasted the plan as weak. Even the biggest hawks, like Ruizberg "
            "and Tom Brellan, say the plan will fail.")
    found = _speakers(text)
    assert found[0] == ("Ana Ruizberg", "Candidates like Ana Ruizberg")
    assert found[1][0] != "Ana Ruizberg"



def test_a_person_noun_a_name_only_modifies_is_someone_of_theirs_not_that_person(nlp):
    from newsgraph.analyze.statements.speakers import someone_of
    from newsgraph.model import Actor, Span

    text = "Former Brellan Pollster Says Brellan Is In Trouble\n\nMore than 500 Brellan supporters said so. Brellan said no."
    doc = nlp(text)
    starts = [k for k in range(len(text)) if text.startswith("Brellan", k)]
    brellan = Actor("A1", "Tom Brellan", "person", mentions=[Span(k, k + 7, "Brellan") for k in starts])
    pollster = doc.char_span(0, len("Former Brellan Pollster"))
    supporters = doc.char_span(text.index("More"), text.index(" said so"))
    himself = doc.char_span(starts[-1], starts[-1] + 7)
    assert someone_of(pollster, brellan) and someone_of(supporters, brellan)
    assert not someone_of(himself, brellan)


def test_title_case_is_read_line_by_line_whatever_order_the_tokens_are_asked_in(nlp):
    from newsgraph.analyze.statements.speakers import _title_case_line

    text = "Brellan Pollster Says Brellan Is In Trouble\nBrellan said the poll was wrong.\nBrellan Pollster Quits"
    doc = nlp(text)
    firsts = [t for t in doc if t.text == "Brellan" and (t.i == 0 or doc[t.i - 1].text == "\n")]
    assert [_title_case_line(t) for t in firsts] == [True, False, True]
    assert [_title_case_line(t) for t in reversed(firsts)] == [True, False, True]  # each line's answer kept
    assert _title_case_line(nlp("Brellan said the poll was wrong.")[0]) is False  # another Doc: its own lines
