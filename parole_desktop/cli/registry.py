"""The CLI's commands, in one table.

A command module is part of the CLI when it is listed in ``COMMAND_MODULES``, and only then (nothing
registers itself by being imported). Each command module has ``COMMANDS``, a tuple of
:class:`~parole_desktop.cli.common.Command`; ``--help`` lists them in the order of this table.
``tests/test_cli_registry.py`` fails when a module of this package is neither listed here nor one of the
package's own helpers.
"""

from __future__ import annotations

import argparse
from types import ModuleType

from parole_desktop.cli import (
    bundles,
    cases,
    checks,
    devices,
    evidence,
    exchange,
    groups,
    hub,
    keys,
    lan,
    packets,
    review,
    vault,
)
from parole_desktop.cli.common import Command

COMMAND_MODULES: tuple[ModuleType, ...] = (
    vault,
    cases,
    evidence,
    groups,
    checks,
    review,
    devices,
    exchange,
    bundles,
    hub,
    lan,
    keys,
    packets,
)


def commands() -> tuple[Command, ...]:
    """Every command, in the order of ``COMMAND_MODULES``."""
    found: tuple[Command, ...] = tuple(c for module in COMMAND_MODULES for c in module.COMMANDS)
    return found


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """A sub-parser for every command (argparse refuses a name used twice)."""
    for command in commands():
        command.arguments(sub.add_parser(command.name, help=str(command.help)))
