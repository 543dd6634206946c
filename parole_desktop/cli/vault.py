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
from parole_desktop.l10n import _, lazy, ngettext
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
    passphrase = secret(PASS_ENV, _("New vault passphrase: "), confirm=True)
    session, recovery = create_vault(paths, passphrase, actor=args.actor)
    session.close()
    print(_("Created a vault in {folder}").format(folder=paths.vault))
    print(_("Recovery key (write it down and keep it apart from the laptop; it is shown only once):"))
    print(f"    {recovery}")
    return 0


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    if vault_exists(paths):
        session = open_session(args, paths)
    else:
        session, recovery = create_vault(paths, secret(PASS_ENV, _("New vault passphrase: "), confirm=True))
        attach_checks(session)
        print(_("Created a vault in {folder}; recovery key: {key}").format(folder=paths.vault, key=recovery))
    with session:
        ids = populate(session, args.cases)
    print(
        ngettext("Added {n} synthetic demo case.", "Added {n} synthetic demo cases.", len(ids)).format(
            n=len(ids)
        )
    )
    return 0


def cmd_passwd(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.recovery:
        session = open_vault(paths, recovery_key=secret(RECOVERY_ENV, _("Recovery key: ")), actor=args.actor)
    else:
        session = open_vault(paths, secret(PASS_ENV, _("Current passphrase: ")), actor=args.actor)
    with session:
        session.change_passphrase(secret(NEW_PASS_ENV, _("New passphrase: "), confirm=True))
    print(_("Passphrase changed."))
    print(
        _(
            "If the old passphrase may be known to someone, also run `parole-desktop keys rotate`: a new "
            "passphrase alone does not stop a copy of the old key file from opening the vault."
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        try:
            rep = s.backup(Path(args.file), overwrite=args.overwrite)
        except NeedsConfirmation as exc:
            raise UserError(
                _("{problem} Run again with --overwrite to replace it.").format(problem=exc)
            ) from exc
    print(
        _(
            "Backup written and verified: {file} ({size} bytes, {cases} cases, {attachments} attachments)"
        ).format(file=rep.path, size=rep.size, cases=rep.counts["cases"], attachments=rep.attachments)
    )
    return 0


def cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    try:
        kept = restore_backup(
            paths,
            Path(args.file),
            secret(PASS_ENV, _("Passphrase of the backup: ")),
            other_vault_ok=args.other_vault,
        )
    except NeedsConfirmation as exc:
        raise UserError(
            _("{problem} Run again with --other-vault to restore it.").format(problem=exc)
        ) from exc
    print(_("Restored {file} into {folder}.").format(file=args.file, folder=paths.vault))
    if kept:
        print(_("The previous vault was kept in {folder}.").format(folder=kept))
    return 0


def cmd_audit(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        rep = s.audit_verify()
    if rep.ok:
        print(_("Audit log intact: {n} entries.").format(n=rep.entries))
        return 0
    print(_("Audit log damaged ({n} entries):").format(n=rep.entries))
    for p in rep.problems:
        print(f"  - {p}")
    return 1


def _demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cases", type=int, default=12, help=_("how many cases to add (default: %(default)s)"))


def _passwd_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--recovery", action="store_true", help=_("unlock with the recovery key instead of the passphrase")
    )


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help=_("replace an existing file that is not a backup of this vault"),
    )


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.add_argument(
        "--other-vault", action="store_true", help=_("restore even if the backup is of another vault")
    )


def _audit_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("audit_cmd", choices=["verify"])


COMMANDS = (
    Command("init", lazy("create a new vault"), cmd_init),
    Command(
        "demo", lazy("add synthetic demo cases (creates the vault if needed)"), cmd_demo, _demo_arguments
    ),
    Command("passwd", lazy("change the vault passphrase"), cmd_passwd, _passwd_arguments),
    Command("backup", lazy("write a verified, encrypted backup"), cmd_backup, _backup_arguments),
    Command(
        "restore", lazy("restore a backup (the current vault is kept aside)"), cmd_restore, _restore_arguments
    ),
    Command("audit", lazy("audit log tools"), cmd_audit, _audit_arguments),
)
