"""The CLI's command table (``parole_desktop/cli/registry.py``): every command module of the package is in it,
and ``--help`` lists every command it holds."""

from __future__ import annotations

import pkgutil
import re
import shutil
from pathlib import Path

import pytest

from parole_desktop import cli
from parole_desktop.cli import registry
from parole_desktop.cli.common import Command

# The package's own machinery; every other module of parole_desktop/cli/ holds commands.
HELPERS = {"common", "program", "registry"}
# The commands the CLI had when it was split into a package (more may come; none may go unnoticed).
COMMANDS_AT_THE_SPLIT = [
    "init",
    "demo",
    "passwd",
    "backup",
    "restore",
    "audit",
    "cases",
    "case",
    "evidence",
    "group",
    "check",
    "rules",
    "reviewer",
    "org",
    "roster",
    "signoff",
    "keys",
    "packet",
    "verify",
]
PACKAGE_DIR = Path(cli.__file__).parent


def unlisted_modules(folder: Path) -> set[str]:
    """Modules in ``folder`` that are neither a helper nor in ``registry.COMMAND_MODULES``."""
    listed = {module.__name__.rpartition(".")[2] for module in registry.COMMAND_MODULES}
    return {m.name for m in pkgutil.iter_modules([str(folder)])} - HELPERS - listed


def help_commands(text: str) -> list[str]:
    """The command names under ``COMMAND`` in the top-level ``--help``."""
    block = text.split("\n  COMMAND\n", 1)[1].split("\n\n", 1)[0]
    return [m.group(1) for m in re.finditer(r"^    (\S+)", block, re.MULTILINE)]


def test_every_command_module_in_the_package_is_registered() -> None:
    assert unlisted_modules(PACKAGE_DIR) == set(), "add the module to COMMAND_MODULES in cli/registry.py"
    for module in registry.COMMAND_MODULES:
        assert Path(module.__file__ or "").parent == PACKAGE_DIR, module.__name__
        assert module.__name__.rpartition(".")[2] not in HELPERS
        assert module.COMMANDS, f"{module.__name__} has no COMMANDS"
        assert all(isinstance(c, Command) for c in module.COMMANDS), module.__name__


def test_a_command_file_left_out_of_the_table_is_found(tmp_path: Path) -> None:
    copy = tmp_path / "cli"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "translations.py").write_text('"""A new command module nobody registered."""\nCOMMANDS = ()\n')
    assert unlisted_modules(copy) == {"translations"}


def test_help_lists_every_registered_command_in_table_order(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    listed = help_commands(capsys.readouterr().out)
    names = [c.name for c in registry.commands()]
    assert listed == names
    assert len(set(names)) == len(names), "two commands with one name"
    assert set(COMMANDS_AT_THE_SPLIT) <= set(names), set(COMMANDS_AT_THE_SPLIT) - set(names)


@pytest.mark.parametrize("name", COMMANDS_AT_THE_SPLIT)
def test_each_command_has_its_own_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([name, "--help"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: parole-desktop {name} [-h]")
