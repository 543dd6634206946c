"""Vault tools behind the menus: backup, restore, rules pack import, audit check, About."""

from __future__ import annotations

import datetime as dt
import functools
import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from parole_desktop import APP_NAME, __version__
from parole_desktop.errors import ParoleError
from parole_desktop.paths import AppPaths
from parole_desktop.services import vaultinfo
from parole_desktop.services.session import NeedsConfirmation, Session, restore_backup
from parole_desktop.ui import dialogs
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.operations import Operation, Progress, SessionOperation

log = logging.getLogger(__name__)
BACKUP_FILTER = str(QT_TRANSLATE_NOOP("tools", "Parole Desktop backup (*.pdbackup);;All files (*)"))


def tr(text: str) -> str:
    """A text of this module (its context is "tools", whichever window shows it)."""
    return QCoreApplication.translate("tools", text)


def when(value: dt.datetime | None) -> str:
    """A backup time in local time, minutes precision."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def suggested_backup_name() -> str:
    return f"parole-desktop-{dt.date.today().isoformat()}.pdbackup"


def start_backup(
    parent: QWidget,
    session: Session,
    dest: str | Path,
    on_done: Callable[[], None] | None = None,
    *,
    overwrite: bool = False,
) -> bool:
    """Back up to ``dest`` as an operation (progress + cancel); reports the result in a message box.
    Replacing a file that is not a backup of this vault is asked first (never the live vault).
    True when it started."""
    title = QCoreApplication.translate("tools", "Backup")

    def done(report: object) -> None:
        size_mb = getattr(report, "size", 0) / 1024**2
        counts = getattr(report, "counts", {})
        dialogs.inform(
            parent,
            title,
            QCoreApplication.translate(
                "tools",
                "Backup written and verified:\n{path}\n\n{cases} cases, {files} files, {size:.1f} MB.\n"
                "Last backup: {when}",
            ).format(
                path=str(getattr(report, "path", dest)),
                cases=counts.get("cases", 0),
                files=getattr(report, "attachments", 0),
                size=size_mb,
                when=when(session.last_backup_at()) if not session.closed else "",
            ),
        )
        if on_done:
            on_done()

    def failed(exc: ParoleError) -> None:
        if isinstance(exc, NeedsConfirmation):
            if dialogs.ask(parent, title, str(exc), QCoreApplication.translate("tools", "Replace it")):
                start_backup(parent, session, dest, on_done, overwrite=True)
            return
        dialogs.show_error(parent, exc, title)

    job = functools.partial(_backup, dest=Path(dest), overwrite=overwrite)
    return (
        SessionOperation(
            parent,
            session,
            job,
            title=QCoreApplication.translate("tools", "Backing up the vault…"),
            error_title=title,
        )
        .success(done)
        .failure(failed)
        .run()
    )


def _backup(session: Session, progress: Progress, *, dest: Path, overwrite: bool) -> object:
    return session.backup(dest, progress.report, progress.is_cancelled, overwrite=overwrite)


def ask_backup(parent: QWidget, session: Session, on_done: Callable[[], None] | None = None) -> bool:
    dest = dialogs.save_file(
        parent,
        QCoreApplication.translate("tools", "Back up the vault to…"),
        suggested_backup_name(),
        QCoreApplication.translate("tools", BACKUP_FILTER),
    )
    if not dest:
        return False
    return start_backup(parent, session, dest, on_done)


def start_restore(
    parent: QWidget,
    paths: AppPaths,
    backup_file: str | Path,
    passphrase: str,
    on_done: Callable[[], None],
    *,
    other_vault_ok: bool = False,
) -> bool:
    """Restore over the closed vault as an operation; the previous vault is moved aside, never deleted.
    A backup of another vault is restored only after the user saw both named and confirmed.
    ``on_done`` runs when it is over (restored or not), unless a confirmed second attempt runs on."""
    title = QCoreApplication.translate("tools", "Restore")

    def done(kept: object) -> None:
        text = QCoreApplication.translate(
            "tools", "The backup was restored. Unlock it with the passphrase it was made with."
        )
        if kept:
            text += "\n\n" + QCoreApplication.translate(
                "tools", "The previous vault was kept aside in:\n{folder}"
            ).format(folder=str(kept))
        dialogs.inform(parent, title, text)
        on_done()

    def failed(exc: ParoleError) -> None:
        if (
            isinstance(exc, NeedsConfirmation)
            and dialogs.ask(
                parent, title, str(exc), QCoreApplication.translate("tools", "Restore the other vault")
            )
            and start_restore(parent, paths, backup_file, passphrase, on_done, other_vault_ok=True)
        ):
            return  # the confirmed second attempt runs on
        on_done()
        if not isinstance(exc, NeedsConfirmation):
            dialogs.show_error(parent, exc, title)

    job = functools.partial(
        _restore,
        paths=paths,
        backup_file=Path(backup_file),
        passphrase=passphrase,
        other_vault_ok=other_vault_ok,
    )
    started = (
        Operation(
            parent,
            job,
            title=QCoreApplication.translate("tools", "Restoring the backup…"),
            cancellable=False,
            error_title=title,
        )
        .success(done)
        .failure(failed)
        .run()
    )
    if not started:
        on_done()
    return started


def _restore(
    _progress: Progress, *, paths: AppPaths, backup_file: Path, passphrase: str, other_vault_ok: bool
) -> Path | None:
    return restore_backup(paths, backup_file, passphrase, other_vault_ok=other_vault_ok)


def rotate_recovery_key(parent: QWidget, session: Session) -> str:
    """A new recovery key (the old one stops working); shown once, for writing down or printing."""
    if not dialogs.ask(
        parent,
        QCoreApplication.translate("tools", "New recovery key"),
        QCoreApplication.translate(
            "tools",
            "Make a new recovery key? The old one will no longer open this vault. Do this when the old "
            "one may have been seen or lost.",
        ),
        QCoreApplication.translate("tools", "Make a new recovery key"),
    ):
        return ""
    try:
        key = session.vault.rotate_recovery_key(actor=session.actor)
    except ParoleError as exc:
        dialogs.show_error(parent, exc, QCoreApplication.translate("tools", "New recovery key"))
        return ""
    _show_recovery(parent, key)
    return key


def _show_recovery(parent: QWidget, key: str) -> None:
    dialogs.inform(
        parent,
        QCoreApplication.translate("tools", "New recovery key"),
        QCoreApplication.translate(
            "tools",
            "Write this recovery key down (or print this window) and keep it apart from the laptop. It is shown "
            "only now:\n\n{key}",
        ).format(key=key),
    )


def rotate_keys(parent: QWidget, session: Session, on_done: Callable[[], None] | None = None) -> bool:
    """New master key when a passphrase may be known: the database is re-keyed and every file re-encrypted
    in an operation; old key files, old backups' keys and the old recovery key no longer open it.
    True when it started."""
    passphrase = dialogs.ask_secret(
        parent,
        QCoreApplication.translate("tools", "Rotate keys"),
        QCoreApplication.translate(
            "tools",
            "Rotating the keys makes copies of the old key file and the old recovery key useless against this "
            "vault. Backups made before keep their old keys: make a new backup afterwards.\n\nThe vault's "
            "passphrase:",
        ),
    )
    if not passphrase:
        return False

    def done(key: object) -> None:
        _show_recovery(parent, str(key))
        if on_done:
            on_done()

    job = functools.partial(
        _rotate_keys,
        passphrase=passphrase,
        label=QCoreApplication.translate("tools", "Re-encrypting the files…"),
    )
    return (
        SessionOperation(
            parent,
            session,
            job,
            title=QCoreApplication.translate("tools", "Rotating the vault's keys…"),
            cancellable=False,
            error_title=QCoreApplication.translate("tools", "Rotate keys"),
        )
        .success(done)
        .run()
    )


def _rotate_keys(session: Session, progress: Progress, *, passphrase: str, label: str) -> str:
    key = session.vault.start_key_rotation(passphrase, actor=session.actor)
    session.vault.continue_key_rotation(lambda i, n: progress.report(i, n, label), None, actor=session.actor)
    return key


def import_rules_pack(parent: QWidget, session: Session) -> bool:
    path = dialogs.open_file(
        parent,
        QCoreApplication.translate("tools", "Import a signed rules pack"),
        QCoreApplication.translate("tools", "Rules pack (*.json *.signed.json *.pack);;All files (*)"),
    )
    if not path:
        return False
    from parole_desktop.services.checks import import_pack

    try:
        pack = import_pack(session, Path(path))
    except ParoleError as exc:
        dialogs.warn(
            parent,
            QCoreApplication.translate("tools", "Rules pack refused"),
            QCoreApplication.translate("tools", "The rules pack was not imported:\n{why}").format(
                why=str(exc)
            ),
        )
        return False
    dialogs.inform(
        parent,
        QCoreApplication.translate("tools", "Rules pack imported"),
        QCoreApplication.translate(
            "tools",
            "Imported {id} version {version}, as of {as_of}.\nReadiness is checked with the newest pack from the "
            "next unlock.",
        ).format(id=isolate(pack.id), version=isolate(pack.version), as_of=isolate(pack.as_of.isoformat())),
    )
    return True


class _Counts(QObject):
    """Texts of this module that print a count: ``tr(text, "", n)`` on a class, so lupdate records their plural
    forms under the context ``tr()`` looks them up in (``_Counts``)."""

    def audit_intact(self, n: int) -> str:
        return self.tr("The audit log is intact: %n entries, none changed or removed.", "", n)

    def audit_problems(self, n: int) -> str:
        return self.tr("The audit log has problems (%n entries checked):\n{problems}", "", n)


def verify_audit(parent: QWidget, session: Session) -> None:
    try:
        report = session.audit_verify()
    except ParoleError as exc:
        dialogs.show_error(parent, exc, QCoreApplication.translate("tools", "Audit log"))
        return
    if report.ok:
        dialogs.inform(
            parent,
            QCoreApplication.translate("tools", "Audit log"),
            _Counts().audit_intact(report.entries),
        )
    else:
        dialogs.warn(
            parent,
            QCoreApplication.translate("tools", "Audit log"),
            _Counts().audit_problems(report.entries).format(problems="\n".join(report.problems[:20])),
        )


def about_text(paths: AppPaths, session: Session | None) -> str:
    pack = ""
    if session is not None and not session.closed:
        try:
            pid, version, as_of = vaultinfo.pack_summary(session)
            pack = f"<p>Rules pack: {html.escape(pid)} {html.escape(version)}, as of {as_of.isoformat()}</p>"
        except ParoleError as exc:
            pack = f"<p>Rules pack: {html.escape(str(exc))}</p>"
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Offline preparation of US humanitarian parole requests. It gives no legal advice: a "
        "reviewer signs off every request.</p>" + pack + f"<p>Data folder: {html.escape(str(paths.data))}</p>"
    )


def show_about(parent: QWidget, paths: AppPaths, session: Session | None) -> None:
    dialogs.inform(
        parent,
        QCoreApplication.translate("tools", "About {app}").format(app=APP_NAME),
        about_text(paths, session),
    )
