"""The README and --help stay accurate: every command is documented and answers --help."""
from __future__ import annotations

import re
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


def _options(command) -> set[str]:
    return {name for param in command.params for name in param.opts + param.secondary_opts}


README_OPTION_USES = sorted({
    (words, option)
    for words, rest in re.findall(r"newsgraph ([a-z]+(?: [a-z]+)?)([^`\n|]*)", README)
    for option in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", rest)
})


def _command(words: str):
    first, *more = words.split()
    command = main.commands.get(first)
    if command is not None and more and more[0] in getattr(command, "commands", {}):
        command = command.commands[more[0]]
    return command


@pytest.mark.parametrize("words, option", [use for use in README_OPTION_USES if _command(use[0]) is not None])
def test_every_option_the_readme_gives_a_command_exists(words, option):
    assert option in _options(_command(words)), f"README.md gives `newsgraph {words}` an option `{option}` it lacks"


def test_the_readme_shows_options_of_commands():
    assert ("ingest", "--db") in README_OPTION_USES and ("eval statements", "--polnear") in README_OPTION_USES


def test_every_environment_variable_the_code_reads_is_in_the_readme():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "newsgraph").rglob("*.py"))
    read = set(re.findall(r"\b(NEWSGRAPH_[A-Z][A-Z_]*)\b", code))
    assert read and not sorted(name for name in read if name not in README)


README_SCRIPT_USES = sorted({
    (path, option)
    for path, rest in re.findall(r"python ((?:benchmarks|scripts)/[\w/]+\.py)([^`\n|;]*)", README)
    for option in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", rest.split("#")[0])
})


@pytest.mark.parametrize("path, option", README_SCRIPT_USES)
def test_every_option_the_readme_gives_a_benchmark_or_script_exists(path, option):
    source = (ROOT / path).read_text(encoding="utf-8")
    assert f'"{option}"' in source, f"README.md gives `python {path}` an option `{option}` it lacks"


def test_the_readme_shows_options_of_benchmarks():
    """The pattern above finds the README's benchmark options at all (else the check above checks nothing)."""
    assert ("benchmarks/analyze_speed.py", "--corpus") in README_SCRIPT_USES
