"""The README and --help stay accurate: every command is documented and answers --help."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def all_commands(group, prefix="newsgraph"):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix} {name}", command
        if hasattr(command, "commands"):
            yield from all_commands(command, f"{prefix} {name}")


COMMANDS = list(all_commands(main))


def test_there_are_commands():
    assert {"newsgraph analyze", "newsgraph extract"} <= {name for name, _ in COMMANDS}


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_command_is_in_the_readme(name):
    top = " ".join(name.split()[:2])
    assert top in README, f"README.md does not mention `{top}`"


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_command_answers_help(name):
    result = CliRunner().invoke(main, name.split()[1:] + ["--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_readme_gives_the_two_setup_commands():
    assert "./dev demo" in README and "./dev test" in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "./dev test" in ci


ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted(p for p in (ROOT / "src" / "newsgraph" / "data").iterdir() if p.is_file())


@pytest.mark.parametrize("table", [p.name for p in SHIPPED])
def test_every_shipped_table_names_its_source_in_notice(table):
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert f"src/newsgraph/data/{table}" in notice


def test_readme_starts_dask_workers_with_the_local_clusters_settings():
    import yaml

    from newsgraph.batch.dask import WORKER_CONFIG

    block = README.split("```yaml\n", 1)[1].split("```", 1)[0]

    def flat(tree, prefix="distributed"):
        for key, value in tree.items():
            if isinstance(value, dict):
                yield from flat(value, f"{prefix}.{key}")
            else:
                yield f"{prefix}.{key}", value

    assert dict(flat(yaml.safe_load(block)["distributed"])) == WORKER_CONFIG
