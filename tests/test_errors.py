"""Every error class newsgraph raises on purpose has its own searchable code."""

import newsgraph.errors as errors
from newsgraph.errors import NewsgraphError, ResourceMissing


def _error_classes() -> list[type[NewsgraphError]]:
    return [value for value in vars(errors).values()
            if isinstance(value, type) and issubclass(value, NewsgraphError) and value is not NewsgraphError]


def test_each_error_class_has_a_code_of_its_own():
    codes = [cls.code for cls in _error_classes()]
    assert len(codes) == len(set(codes)), sorted(codes)


def test_a_missing_shipped_table_names_its_code_and_file():
    assert str(ResourceMissing("actors.tsv")).startswith("[NG103] the shipped table newsgraph/data/actors.tsv is missing")
