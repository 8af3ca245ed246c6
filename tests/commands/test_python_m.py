"""`python -m newsgraph` and `python -m newsgraph.cli` run the same command line as `newsgraph`."""
from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["newsgraph", "newsgraph.cli"])
def test_python_m_runs_the_command_line(module):
    result = subprocess.run([sys.executable, "-m", module, "eval", "--help"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout and "statements" in result.stdout
