"""One speech-verb list (issue 8): the parse helpers' speakers and the statements' cue verbs agree."""
from newsgraph.analyze import resources, syntax
from newsgraph.nlp import loader


def test_the_speaker_verbs_are_the_shipped_cue_verbs():
    verbs = resources.speech_verbs()
    assert {"say", "tweet", "testify", "accuse", "ask", "urge"} <= verbs
    assert not hasattr(syntax, "SPEECH_VERBS")


def test_a_subject_of_any_shipped_cue_verb_is_a_speaker():
    nlp = loader.load()
    for text, subject in (("Brell tweeted that the vote was rigged.", "Brell"),
                          ("Veld urged that the vote be held again.", "Veld"),
                          ("Kolm painted the fence.", None)):
        doc = nlp(text)
        assert [t.text for t in doc if syntax.is_speaker(t)] == ([subject] if subject else [])
