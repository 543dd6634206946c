"""What the CLI commands share: a command's shape, the secrets they ask for, opening the vault, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from parole_desktop.errors import UserError
from parole_desktop.l10n import LazyText, _
from parole_desktop.paths import AppPaths
from parole_desktop.services.checks import attach_checks
from parole_desktop.services.session import Session, open_vault

PASS_ENV = "PAROLE_DESKTOP_PASSPHRASE"
NEW_PASS_ENV = "PAROLE_DESKTOP_NEW_PASSPHRASE"
RECOVERY_ENV = "PAROLE_DESKTOP_RECOVERY_KEY"
REVIEWER_PASS_ENV = "PAROLE_DESKTOP_REVIEWER_PASSPHRASE"
ORG_PASS_ENV = "PAROLE_DESKTOP_ORG_PASSPHRASE"

Handler = Callable[[argparse.Namespace, AppPaths], int]
"""Runs a command: the parsed arguments and the data folder in, the exit status out."""


def no_arguments(parser: argparse.ArgumentParser) -> None:
    """For a command without options or arguments of its own."""


@dataclass(frozen=True)
class Command:
    """One top-level command: its name and one-line help (as ``--help`` lists it; ``lazy("…")``, translated
    when the parser is built), what it runs, and the options and arguments it adds to its own parser."""

    name: str
    help: str | LazyText
    run: Handler
    arguments: Callable[[argparse.ArgumentParser], None] = no_arguments


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """From the environment variable when set, else prompted without echo."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            _("Set {variable} or run in a terminal to be asked for the {what}.").format(
                variable=env, what=prompt.lower().rstrip(": ")
            )
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(_("Repeat: ")) != first:
        raise UserError(_("The two entries differ."))
    return first


def open_session(args: argparse.Namespace, paths: AppPaths) -> Session:
    """The vault unlocked with its passphrase, readiness refreshed after every save (as in the GUI)."""
    session = open_vault(
        paths,
        secret(PASS_ENV, _("Vault passphrase: ")),
        actor=args.actor,
        force_unlock=getattr(args, "force_unlock", False),
    )
    attach_checks(session)
    return session


def out_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
