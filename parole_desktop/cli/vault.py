"""CLI commands for the vault itself: init, demo, passwd, backup, restore, audit."""

from __future__ import annotations

import argparse
from pathlib import Path

from parole_desktop.cli.common import (
    NEW_PASS_ENV,
    PASS_ENV,
    RECOVERY_ENV,
    Command,
    open_session,
    secret,
)
from parole_desktop.errors import UserError
from parole_desktop.paths import AppPaths
from parole_desktop.services.checks import attach_checks
from parole_desktop.services.demo import populate
from parole_desktop.services.session import (
    NeedsConfirmation,
    create_vault,
    open_vault,
    restore_backup,
    vault_exists,
)


def cmd_init(args: argparse.Namespace, paths: AppPaths) -> int:
    passphrase = secret(PASS_ENV, "New vault passphrase: ", confirm=True)
    session, recovery = create_vault(paths, passphrase, actor=args.actor)
    session.close()
    print(f"Created a vault in {paths.vault}")
    print("Recovery key (write it down and keep it apart from the laptop; it is shown only once):")
    print(f"    {recovery}")
    return 0


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    if vault_exists(paths):
        session = open_session(args, paths)
    else:
        session, recovery = create_vault(paths, secret(PASS_ENV, "New vault passphrase: ", confirm=True))
        attach_checks(session)
        print(f"Created a vault in {paths.vault}; recovery key: {recovery}")
    with session:
        ids = populate(session, args.cases)
    print(f"Added {len(ids)} synthetic demo cases.")
    return 0


def cmd_passwd(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.recovery:
        session = open_vault(paths, recovery_key=secret(RECOVERY_ENV, "Recovery key: "), actor=args.actor)
    else:
        session = open_vault(paths, secret(PASS_ENV, "Current passphrase: "), actor=args.actor)
    with session:
        session.change_passphrase(secret(NEW_PASS_ENV, "New passphrase: ", confirm=True))
    print("Passphrase changed.")
    print(
        "If the old passphrase may be known to someone, also run `parole-desktop keys rotate`: a new "
        "passphrase alone does not stop a copy of the old key file from opening the vault."
    )
    return 0


def cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        try:
            rep = s.backup(Path(args.file), overwrite=args.overwrite)
        except NeedsConfirmation as exc:
            raise UserError(f"{exc} Run again with --overwrite to replace it.") from exc
    print(
        f"Backup written and verified: {rep.path} ({rep.size} bytes, {rep.counts['cases']} cases, "
        f"{rep.attachments} attachments)"
    )
    return 0


def cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    try:
        kept = restore_backup(
            paths,
            Path(args.file),
            secret(PASS_ENV, "Passphrase of the backup: "),
            other_vault_ok=args.other_vault,
        )
    except NeedsConfirmation as exc:
        raise UserError(f"{exc} Run again with --other-vault to restore it.") from exc
    print(f"Restored {args.file} into {paths.vault}.")
    if kept:
        print(f"The previous vault was kept in {kept}.")
    return 0


def cmd_audit(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        rep = s.audit_verify()
    if rep.ok:
        print(f"Audit log intact: {rep.entries} entries.")
        return 0
    print(f"Audit log damaged ({rep.entries} entries):")
    for p in rep.problems:
        print(f"  - {p}")
    return 1


def _demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cases", type=int, default=12)


def _passwd_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--recovery", action="store_true", help="unlock with the recovery key instead of the passphrase"
    )


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.add_argument(
        "--overwrite", action="store_true", help="replace an existing file that is not a backup of this vault"
    )


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.add_argument(
        "--other-vault", action="store_true", help="restore even if the backup is of another vault"
    )


def _audit_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("audit_cmd", choices=["verify"])


COMMANDS = (
    Command("init", "create a new vault", cmd_init),
    Command("demo", "add synthetic demo cases (creates the vault if needed)", cmd_demo, _demo_arguments),
    Command("passwd", "change the vault passphrase", cmd_passwd, _passwd_arguments),
    Command("backup", "write a verified, encrypted backup", cmd_backup, _backup_arguments),
    Command("restore", "restore a backup (the current vault is kept aside)", cmd_restore, _restore_arguments),
    Command("audit", "audit log tools", cmd_audit, _audit_arguments),
)
