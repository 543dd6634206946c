"""CLI command ``keys``: rotate the master key, or make a new recovery key, when a passphrase or an old key
file may be known to someone."""

from __future__ import annotations

import argparse

from parole_desktop.cli.common import PASS_ENV, Command, open_session, secret
from parole_desktop.l10n import _, lazy
from parole_desktop.paths import AppPaths


def cmd_keys(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        if args.keys_cmd == "new-recovery":
            key = s.vault.rotate_recovery_key(actor=args.actor)
        else:
            if s.vault.rotation_pending:
                s.vault.continue_key_rotation(actor=args.actor)
                print(_("Finished the key rotation that was under way."))
                return 0
            key = s.vault.start_key_rotation(secret(PASS_ENV, "Vault passphrase (again): "), actor=args.actor)
            print(
                "The database is re-keyed. New recovery key (write it down now; the old one no longer works):"
            )
            print(f"    {key}", flush=True)
            n = s.vault.continue_key_rotation(actor=args.actor)
            print(
                f"Re-encrypted {n} file(s). Old key files and old recovery keys no longer open this vault; "
                "make a new backup (older backups keep their old keys)."
            )
            return 0
    print(
        _("New recovery key (write it down and keep it apart from the laptop; the old one no longer works):")
    )
    print(f"    {key}")
    return 0


def _arguments(k: argparse.ArgumentParser) -> None:
    ksub = k.add_subparsers(dest="keys_cmd", required=True)
    ksub.add_parser(
        "rotate", help=_("new master key: database re-keyed, every file re-encrypted (resumable)")
    )
    ksub.add_parser("new-recovery", help=_("a new recovery key (the old one stops working)"))


COMMANDS = (
    Command(
        "keys", lazy("when a passphrase or an old key file may be known to someone"), cmd_keys, _arguments
    ),
)
