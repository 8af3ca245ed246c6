"""Speakers a statement takes from its context, and attributions cut from content edges
(invented sentences; issue 10 follow-up)."""
import pytest
from statement_rows import analysed

import newsgraph


def _shown(text):
    return analysed(text, "source", "speaker", "content", "frame")


@pytest.mark.parametrize("text, speaker", [
    ("Health bosses said the ward would close next week.", "Health bosses"),
    ("Aviation analysts said the airline would need new planes.", "Aviation analysts"),
    ("The drug is cheap to make, the agency says.", "agency"),
    ("One commenter wrote that the plan was silly.", "commenter"),
    # one of a people, religion or party, with an indefinite determiner: one person so described
    ("Another Muslim who prayed at the mosque said the imam was kind.", "Muslim"),
    ("An American said the bill would fail.", "American"),
])
def test_a_described_speaker_is_an_actor(text, speaker):
    assert [s[1] for s in _shown(text)] == [speaker]


def test_a_passed_on_quote_is_credited_to_its_speaker():
    shown = _shown("The health commission said 40 people had been taken to hospital, Reuters reported.")
    assert shown == [("The health commission", "health commission", ["40 people had been taken to hospital"],
                      "speech")]


def test_according_to_at_the_content_edge_is_cut():
    shown = _shown("The harbour authority said the port would stay open, according to Reuters.")
    assert shown == [("The harbour authority", "harbour authority", ["the port would stay open"], "speech")]


def test_it_they_and_the_statement_take_the_last_speaker():
    assert _shown("Norvane Motors cut its forecast. They said demand for trucks had fallen.")[0][1] == "Norvane Motors"
    shown = _shown("The weather office said in a statement on Tuesday that the storm had passed. "
                   "The statement said roads were still closed.")
    assert [(s[1], s[3]) for s in shown] == [("weather office", "writing"), ("weather office", "writing")]


def test_a_relative_pronoun_speaker_is_the_noun_it_describes():
    shown = _shown("Farmers were angry, according to the mayor, who said prices had collapsed.")
    assert shown[-1][:3] == ("who", "mayor", ["prices had collapsed"])


def test_a_list_of_names_and_charges_is_no_speech():
    assert _shown("Tom Brell: robbery, assault, burglary\nAnna Veld: fraud, theft") == []
    assert _shown("BRELL: We will appeal the ruling.")[0][2] == ["We will appeal the ruling"]


@pytest.mark.parametrize("text, names", [
    pytest.param("Peter Orm, the mayor, spoke after Maria Lund left. He said the vote would be held in June.",
                 ["Peter Orm"],
                 id="he_is_the_last_sentence_subject_not_a_clause_subject"),
    pytest.param("Orm's supporters have said that the mayor had no choice.",
                 ["Orm supporters"],
                 id="a_possessed_description_speaker_is_a_group"),
    pytest.param("Mayor Tom Brell said the bridge would reopen in May. The council met on Tuesday. "
                 "He said the steel was sound.",
                 ["Tom Brell", "Tom Brell"],
                 id="the_speaker_stays_when_no_one_else_comes_in_between"),
    pytest.param("CNBC reported that the mood in the capital was gloomy. The news organization, citing an "
                 "unnamed official, said talks had stalled.",
                 ["CNBC", "CNBC"],
                 id="the_news_organization_is_the_outlet_named_before"),
    pytest.param("The Democratic candidates, Maria Lopez and Peter Hansen, said they would build on the "
                 "governor's legacy.",
                 ["Maria Lopez and Peter Hansen"],
                 id="named_speakers_in_apposition_to_a_plural_speak_as_their_pair"),
])
def test_the_speakers_named(text, names):
    assert [s[1] for s in _shown(text)] == names


@pytest.mark.parametrize("text, frame", [
    ('"We will not sign this," the minister concluded.', "speech"),
    ("Ann Roe quipped that the vote was a circus.", "speech"),
    ("The minister concluded that the plan had failed.", "belief"),
])
def test_quoted_words_and_manner_of_speaking_are_speech(text, frame):
    analysis = newsgraph.analyze(text)
    assert [s.frame for s in analysis.statements] == [frame]


def test_a_closing_relative_clause_with_its_own_cue_is_not_in_the_content():
    analysis = newsgraph.analyze("The rebels claimed the attack on the convoy, which they said took place near the river.")
    assert [[c.text for c in s.content] for s in analysis.statements] == [
        ["the attack on the convoy"], ["the attack on the convoy", "took place near the river"]]


@pytest.mark.parametrize("text, pairs", [
    pytest.param("Mayor Tom Brell said the bridge would reopen in May. Peter Kolm, a council engineer, "
                 "inspected the site on Tuesday. He said the steel was sound.",
                 [("Mayor Tom Brell", "Tom Brell"), ("He", "Peter Kolm")],
                 id="he_she_is_the_person_the_last_sentence_is_about_not_the_last_speaker"),
    pytest.param("Mayor Tom Brell said the bridge would reopen in May. Anna Veld inspected the site. "
                 "Brell visited the site too. She said the steel was sound.",
                 [("Mayor Tom Brell", "Tom Brell"), ("She", "Anna Veld")],
                 id="a_given_name_gives_the_gender_a_pronoun_needs"),
    pytest.param("Talvik Motors unveiled a new truck. The automaker says it will sell it in Europe.",
                 [("The automaker", "Talvik Motors")],
                 id="the_automaker_is_the_carmaker_just_named_not_a_person"),
    pytest.param("Volta Motors has used recycled paint and done away with plastic inserts in favour of more "
                 "Fernhide. The automaker says it will do that with all models.",
                 [("The automaker", "Volta Motors")],
                 id="the_automaker_is_the_salient_carmaker_not_a_material_named_in_passing"),
    pytest.param('People in the ads say "I am fine." The report says the state paid nearly $40,000.',
                 [("People in the ads", "People"), ("The report", None)],
                 id="a_report_is_not_the_last_speakers_without_an_issuer"),
    pytest.param("\"And while I'm at it, I hold in the highest esteem Sen. Ana Ruiz,\" Tom Brell said, \"and I "
                 "fully support her re-election.\"",
                 [("Tom Brell", "Tom Brell")],
                 id="a_name_inside_the_quote_is_not_the_inverted_cues_speaker"),
])
def test_the_sources_and_their_speakers(text, pairs):
    assert [(s[0], s[1]) for s in _shown(text)] == pairs


def test_the_company_and_the_group_are_the_organisation_just_named():
    text = ("Northwind Logistics cut 300 jobs last year. The company said on Monday that sales had recovered. "
            "The group did not respond to a request for comment.")
    analysis = newsgraph.analyze(text)
    assert [(s.source.text, analysis.actor(s.speaker).name, s.frame) for s in analysis.statements] == [
        ("The company", "Northwind Logistics", "speech"), ("The group", "Northwind Logistics", "no_comment")]


def test_a_report_speaks_for_whoever_issued_it():
    shown = _shown("The Daily Courier published a long report on Monday. The report says the agency paid "
                   "nearly $40,000.")
    assert [(s[0], s[1], s[3]) for s in shown] == [("The report", "Daily Courier", "writing")]
    shown = _shown("A report by the Harbour Safety Agency said the crane had failed.")
    assert [(s[1], s[3]) for s in shown] == [("Harbour Safety Agency", "writing")]


@pytest.mark.parametrize("text, source, speaker", [
    ("Northwind Logistics cut 300 jobs. Northwind did not immediately respond to requests for comment.",
     "Northwind", "Northwind Logistics"),
    ("Tom Brell resigned on Monday. Brell's office did not return a request for comment.", "Brell's office",
     "Tom Brell"),
    ("Tom Brell resigned on Monday. Representatives for Brell declined to comment.", "Representatives for Brell",
     "Tom Brell"),
])
def test_a_no_comment_keeps_the_speaker_named_before(text, source, speaker):
    analysis = newsgraph.analyze(text)
    assert [(s.source.text, analysis.actor(s.speaker).name, s.frame) for s in analysis.statements] == [
        (source, speaker, "no_comment")]


def test_unreturned_messages_are_a_no_comment_of_whom_they_were_left_with():
    analysis = newsgraph.analyze("Northwind Logistics cut 300 jobs. Messages left with the company were not returned. "
                                 "The books were not returned to the library.")
    assert [(s.source.text, analysis.actor(s.speaker).name, s.frame) for s in analysis.statements] == [
        ("the company", "Northwind Logistics", "no_comment")]


@pytest.mark.parametrize("text, speaker", [
    # a description naming no role anyone in the story holds: the person the story just made its subject
    ("Helena Marsh spoke in Ohio on Tuesday. The former secretary of state said she would win the state.",
     "Helena Marsh"),
    ("Senator Mara Quill criticized the plan on Monday. The Utah Republican said the bill would fail.",
     "Mara Quill"),
])
def test_a_speaking_description_is_the_person_the_story_is_about(text, speaker):
    assert [s[1] for s in _shown(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the spokesman is someone new, not the minister who was the subject just before
    pytest.param("Finance Minister Jan Kossel presented the budget on Monday. The spokesman said the talks went well.",
                 "spokesman",
                 id="a_speaking_description_of_a_newcomer_stays_unnamed"),
    # a campaign is an organisation of its own (staff, money, statements): its words are the campaign's,
    # not its candidate's, even when only a pronoun names whose campaign it is
    pytest.param("Dana Whitcombe met voters in Columbia on Friday. Her campaign said three mayors would "
                 "campaign for her.",
                 "Whitcombe campaign",
                 id="a_campaign_owned_by_a_pronoun_is_the_campaign_of_the_person_it_stands_for"),
    pytest.param("On the trail, Ted Calloway describes himself as a consistent conservative. Harold Rennick "
                 "blasted the plan in an interview on Monday. \"It is one of the worst plans I have ever seen,\" "
                 "the Senate minority leader said.",
                 "Harold Rennick",
                 id="a_speaking_leader_description_is_the_subject_of_the_sentence_before"),
])
def test_the_last_speaker_is(text, speaker):
    assert _shown(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Maria Lopez and Peter Hansen said the company would expand to Asia.", "Maria Lopez and Peter Hansen"),
    ("Maria Lopez and Peter Hansen founded the firm in 2010. They said the company would expand to Asia.",
     "Maria Lopez and Peter Hansen"),
    ("Senator John Barrow met Governor Peter Hansen on Monday. Both men said the talks had gone well.",
     "John Barrow and Peter Hansen"),
    ("Northwind Logistics and Corvex Holdings agreed to merge on Monday. Both companies said the deal would "
     "close in May.", "Northwind Logistics and Corvex Holdings"),
    # the pair speaks by a verb joined to the subject's own ("stood ... and repeated")
    ("Maria Lopez and Peter Hansen stood side by side on Monday and repeated the attacks they have made for "
     "months.", "Maria Lopez and Peter Hansen"),
    # two names given as a plural speaker's examples
    ("Critics like Maria Lopez and Peter Hansen say the tax is unfair.", "Maria Lopez and Peter Hansen"),
    # "X of Ohio and Y of Iowa": the parser hangs the second name on the first one's state
    ("Senators John Barrow of Ohio and Peter Hansen of Iowa, both up for reelection, also said they would "
     "welcome the plan.", "John Barrow and Peter Hansen"),
    # "X and Senate leader Y": the parser hangs X and its "and" on Y's title
    ("Maria Lopez and Senate leader Peter Hansen pledged on Monday to unite the party.", "Maria Lopez and Peter Hansen"),
    # "both ... and" joins them ("either", "neither" do not)
    ("Both Maria Lopez and Peter Hansen said the deal was dead.", "Maria Lopez and Peter Hansen"),
    ("Both The Daily Courier and the Harbour Times confirmed a few of his claims.", "Daily Courier and Harbour Times"),
    # a pair named again speaks as the pair again
    ("Maria Lopez and Peter Hansen said the deal was dead. The talks went on for weeks. Maria Lopez and Peter "
     "Hansen said the vote would come in May.", "Maria Lopez and Peter Hansen"),
])
def test_named_speakers_who_speak_together_are_one_pair(text, speaker):
    assert [s[1] for s in _shown(text)][-1] == speaker


def test_names_denied_together_make_no_pair():
    analysis = newsgraph.analyze("Maria Lopez met Peter Hansen on Monday. Neither Maria Lopez nor Peter Hansen "
                                 "echoed the tone of the mayor.")
    assert not [a.name for a in analysis.actors if a.kind == "group"]


@pytest.mark.parametrize("text, speaker", [
    ("Charlie Voss, a former director of the party, spoke first. \"That is 60 electoral votes,\" Mr. Voss said.",
     "Charlie Voss"),
    ("The Daily Courier reported the cuts on Monday. The paper said 200 jobs would go.", "Daily Courier"),
])
def test_honorific_surnames_and_the_paper_find_who_was_named(text, speaker):
    assert [s[1] for s in _shown(text)][-1] == speaker


@pytest.mark.parametrize("text, other", [
    pytest.param("The Harbour Authority cut its staff last year. The paper said 200 jobs would go.",
                 "Harbour Authority",
                 id="the_paper_is_no_body_that_is_not_an_outlet"),
    pytest.param("Gov. Dana Whitcombe launched the campaign on Monday. The campaign cost the state $449,000, "
                 "according to the Harbour City Leader.",
                 "Dana Whitcombe",
                 id="a_newspaper_named_leader_is_no_description_of_the_person_before"),
])
def test_the_last_speaker_is_not(text, other):
    assert _shown(text)[-1][1] != other




def test_a_name_with_a_description_after_it_is_the_one_named():
    # the index knows "Mr. O'Keefe" and "O'Rourke", not the whole phrase with its apposition or clause
    assert _shown("Tim O'Keefe wrote a book about the harbour in 2005.\n\nMr. O'Keefe, a former editor of "
                  "the Dover Post, said the port would reopen in May.")[-1][:2] == (
        "Mr. O'Keefe, a former editor of the Dover Post", "Tim O'Keefe")
    assert _shown("The harbour board met on Monday. John O'Rourke, its chairman, left early.\n\nO'Rourke, who "
                  "said in an interview that he never signed the deal, called the vote a sham.")[-1][:2] == (
        "O'Rourke, who said in an interview that he never signed the deal", "John O'Rourke")


def test_a_relative_pronoun_speaker_is_the_name_the_index_knows_alone():
    shown = _shown("The harbour board met on Monday. John O'Rourke, its chairman, left early.\n\nO'Rourke, who "
                   "said in an interview that he never signed the deal, called the vote a sham.")
    assert shown[0][:2] == ("who", "John O'Rourke")


def test_a_possessed_person_noun_speaks_not_its_possessor():
    # "her mother ..., insisting": the mother insists; "His campaign ..., claiming": the campaign claims
    # (the candidate's campaign organisation, not the candidate)
    assert _shown("Anna Veld left the council in May. When her family moved to Dover, her mother refused to sell "
                  "the farm, insisting that it stay with the family.")[0][:2] == ("her mother", "her mother")
    assert _shown("Tom Brell lost the vote in Dover. His campaign sued the board on Friday, claiming the count "
                  "was wrong.")[0][:2] == ("His campaign", "Brell campaign")


@pytest.mark.parametrize("text, source, speaker", [
    ("The mayor opened the fair. Nearly all the attendees expressed their thanks for the new park.",
     "Nearly all the attendees", "attendees"),
    ("The shop closed early; some of the men reported the manager to the police.", "some of the men", "men"),
    ("The league told its affiliates to wait, after several of them indicated support for the new rules.",
     "several of them", "affiliates"),
    ("Vell drew derision from political opponents, who accused the candidate of gloom.", "who", "political opponents"),
    # the parser hangs "who" on the object of the phrase after the people noun: "the left" is no one
    ("Vell drew derision from political opponents on the left, who accused the candidate of gloom.", "who",
     "political opponents"),
])
def test_a_speaking_group_of_people_is_a_group_actor(text, source, speaker):
    """Issue 10: a plural people noun that speaks through a cue word, a partitive quantifier or a
    relative pronoun is a group actor, so its statement has a speaker and is shown."""
    shown = [s for s in _shown(text) if s[0] == source]
    assert [s[1] for s in shown] == [speaker]


@pytest.mark.parametrize("text, source", [
    ("The stakes could not be higher. Many of you have noted the difference between the two plans.", "Many of you"),
    ("The numbers are in. Some of them indicated a decline.", "Some of them"),
])
def test_a_partitive_pronoun_with_no_people_named_stays_unresolved(text, source):
    assert all(s[1] is None for s in _shown(text) if s[0] == source)


def test_a_subject_before_its_cue_ends_at_the_cue():
    # the parser hangs the apposition after the content ("a claim that ...") on the subject
    assert _shown("Tom Brell further alleges that he was fired for his views, a claim that the board strongly "
                  "disputes.")[0][:2] == ("Tom Brell", "Tom Brell")


@pytest.mark.parametrize("text, speaker", [
    # only the given-names table makes Marty a man: the subject just before is whom "She" stands for
    ("Marty Quell chairs the council. Quell approaches it calmly. She said the vote would pass.", "Marty Quell"),
    # a woman the text names fits: she is the one
    ("Marty Quell chairs the council. Anna Veld spoke next. She said the vote would pass.", "Anna Veld"),
    # not the subject of the sentence just before: unresolved
    ("Marty Quell chairs the council. The vote was delayed. She said the vote would pass.", None),
    # the text makes him a man: never "she"
    ("Marty Quell chairs the council. Mr. Quell approaches it calmly. She said the vote would pass.", None),
])
def test_a_pronoun_against_the_given_names_table_alone(text, speaker):
    assert _shown(text)[-1][1] == speaker


@pytest.mark.parametrize("text, source, speaker", [
    # the parser hangs the subject as an apposition on the object of the fronted phrase
    ("Ana Ruiz spoke on Monday. In a statement to the Gazette, her senior policy adviser, Tom Brell, said: "
     "\"Ana Ruiz believes that the bridge is essential.\"", "Tom Brell", "Tom Brell"),
    ("On the campaign trail for his wife Ana Ruiz, former mayor Tom Ruiz said his wife was ready.",
     "former mayor Tom Ruiz", "Tom Ruiz"),
])
def test_a_subject_after_a_fronted_phrase_speaks(text, source, speaker):
    found = _shown(text)[-1]
    assert found[0].endswith(source) and found[1] == speaker


@pytest.mark.parametrize("text, speakers", [
    # a pronoun that is an argument of a relative clause's verb is not the noun the clause describes
    ("Senator Tom Roe called for Republicans to back Chris Christie, whom he describes as a fighter.",
     ["Tom Roe", "Tom Roe"]),
    # ... but one inside a clause of its own within it may be ("who said he would run": Christie)
    ("Chris Christie, who said he would run, spoke on Monday.", ["Chris Christie"]),
])
def test_a_pronoun_in_a_relative_clause_is_not_the_noun_it_describes(text, speakers):
    assert [s[1] for s in _shown(text)] == speakers
