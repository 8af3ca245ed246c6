"""Settings.from_env: each NEWSGRAPH_* variable sets its field; on/off switches take the usual words and
refuse anything else, naming the variable."""
import pytest

from newsgraph.settings import ENVIRONMENT, Settings

SWITCHES = [name for name, (_, read) in ENVIRONMENT.items() if read.__name__ == "_switch"]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


def test_the_switches_are_the_learned_event_filters_and_all_are_on_by_default():
    assert SWITCHES == ["NEWSGRAPH_EVENT_REALNESS", "NEWSGRAPH_EVENT_RECIPIENTS", "NEWSGRAPH_EVENT_GATE"]
    assert Settings().event_realness is True and Settings().event_recipients is True and Settings().event_gate is True
    assert Settings.from_env() == Settings()


@pytest.mark.parametrize("name", SWITCHES)
@pytest.mark.parametrize("value, on", [("1", True), ("yes", True), (" On ", True), ("TRUE", True),
                                       ("0", False), ("off", False), ("No", False), ("false", False)])
def test_a_switch_reads_on_and_off_words(monkeypatch, name, value, on):
    monkeypatch.setenv(name, value)
    assert getattr(Settings.from_env(), ENVIRONMENT[name][0]) is on


@pytest.mark.parametrize("name", SWITCHES)
def test_a_switch_refuses_another_word_naming_the_variable(monkeypatch, name):
    monkeypatch.setenv(name, "maybe")
    with pytest.raises(ValueError, match=f"{name}='maybe': use 1 .on. or 0 .off."):
        Settings.from_env()


def test_values_are_read_as_their_fields_and_explicit_overrides_win(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_MODEL", "en_core_web_md")
    monkeypatch.setenv("NEWSGRAPH_DB", "sqlite:///elsewhere.db")
    monkeypatch.setenv("NEWSGRAPH_WORKERS", "3")
    monkeypatch.setenv("NEWSGRAPH_ARTICLE_SECONDS", "2.5")
    monkeypatch.setenv("NEWSGRAPH_MAX_CHARS", "1000")
    settings = Settings.from_env(workers=5, db_url=None)
    assert (settings.model, settings.db_url, settings.workers, settings.article_seconds, settings.max_chars) == (
        "en_core_web_md", "sqlite:///elsewhere.db", 5, 2.5, 1000)


def test_an_empty_variable_is_unset(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_WORKERS", "")
    monkeypatch.setenv("NEWSGRAPH_EVENT_REALNESS", "")
    assert Settings.from_env() == Settings()
