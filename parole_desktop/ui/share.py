"""The Share menu's bundle actions (issue #23 item 4): export a bundle for the organization's other laptops
to a USB stick, import one made by another laptop. Both run off the GUI thread as operations (progress and
Cancel); the result is shown in plain words, a refusal in the sentence the service gives."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from parole_desktop.services import bundles, devices
from parole_desktop.services.session import Session
from parole_desktop.ui import dialogs
from parole_desktop.ui.operations import Progress, SessionOperation

BUNDLE_FILTER = str(QT_TRANSLATE_NOOP("share", "Parole Desktop bundle (*.pdbundle);;All files (*)"))


def suggested_name(session: Session) -> str:
    """``<this laptop's name>-<date>.pdbundle``, the name made safe for any file system."""
    name = re.sub(r"[^A-Za-z0-9]+", "-", devices.device_info(session).name).strip("-").lower() or "laptop"
    return f"{name}-{dt.date.today().isoformat()}{bundles.SUFFIX}"


def _export(session: Session, progress: Progress, *, dest: Path) -> bundles.ExportResult:
    # the file dialog asked before replacing a file of that name
    return bundles.export_bundle(
        session,
        dest,
        bundles.vault_store(session),
        overwrite=True,
        progress=progress.report,
        cancelled=progress.is_cancelled,
    )


def _import(session: Session, progress: Progress, *, src: Path) -> bundles.ImportResult:
    return bundles.import_bundle(
        session, src, bundles.vault_store(session), progress=progress.report, cancelled=progress.is_cancelled
    )


def export_text(res: bundles.ExportResult) -> str:
    who = (
        ", ".join(res.made_for)
        if res.made_for
        else QCoreApplication.translate("share", "any laptop of the organization")
    )
    if not res.objects:
        body = QCoreApplication.translate(
            "share",
            "The bundle holds nothing new: as far as this laptop knows, they already have everything it has. "
            "It still carries this laptop's acknowledgements.",
        )
    else:
        body = QCoreApplication.translate("share", "{count} sealed objects, {size} KB.").format(
            count=res.objects, size=max(1, round(res.size / 1024))
        )
    return QCoreApplication.translate(
        "share", "Bundle number {number} for {who} written to:\n{path}\n\n{body}"
    ).format(number=res.sequence, who=who, path=str(res.path), body=body)


def import_text(res: bundles.ImportResult) -> str:
    text = QCoreApplication.translate(
        "share",
        "Bundle number {number} from “{sender}” imported.\n\n"
        "Applied: {applied}\nWaiting for what they depend on: {waiting}\n"
        "Already here: {duplicate}\nKept aside (quarantined): {quarantined}",
    ).format(
        number=res.sequence,
        sender=res.sender,
        applied=res.applied,
        waiting=res.waiting,
        duplicate=res.duplicate,
        quarantined=len(res.quarantined),
    )
    if res.quarantined:
        text += "\n\n" + QCoreApplication.translate("share", "Kept aside, and why:") + "\n"
        text += "\n".join(f"• {q.object_id[:16]}: {q.reason}" for q in res.quarantined)
    if res.waiting:
        text += "\n\n" + QCoreApplication.translate(
            "share", "What is waiting is kept and taken as soon as what it depends on arrives."
        )
    return text


def ask_export(parent: QWidget, session: Session, on_done: Callable[[], None] | None = None) -> bool:
    """Ask where, then export for every other laptop of the roster. True when it started."""
    dest = dialogs.save_file(
        parent,
        QCoreApplication.translate("share", "Export a bundle to…"),
        suggested_name(session),
        QCoreApplication.translate("share", BUNDLE_FILTER),
    )
    if not dest:
        return False
    path = Path(dest)
    if not path.name.endswith(bundles.SUFFIX) and not path.suffix:
        path = path.with_name(path.name + bundles.SUFFIX)
    title = QCoreApplication.translate("share", "Export bundle")

    def done(res: bundles.ExportResult) -> None:
        dialogs.inform(parent, title, export_text(res))
        if on_done:
            on_done()

    return (
        SessionOperation(
            parent,
            session,
            functools.partial(_export, dest=path),
            title=QCoreApplication.translate("share", "Writing the bundle…"),
            error_title=title,
        )
        .success(done)
        .run()
    )


def ask_import(parent: QWidget, session: Session, on_done: Callable[[], None] | None = None) -> bool:
    """Ask which bundle, then import it. True when it started."""
    src = dialogs.open_file(
        parent,
        QCoreApplication.translate("share", "Import which bundle?"),
        QCoreApplication.translate("share", BUNDLE_FILTER),
    )
    if not src:
        return False
    title = QCoreApplication.translate("share", "Import bundle")

    def done(res: bundles.ImportResult) -> None:
        dialogs.inform(parent, title, import_text(res))

    return (
        SessionOperation(
            parent,
            session,
            functools.partial(_import, src=Path(src)),
            title=QCoreApplication.translate("share", "Importing the bundle…"),
            error_title=title,
        )
        .success(done)
        .always(lambda: on_done() if on_done else None)  # a cancelled import keeps what it took
        .run()
    )


__all__ = ["ask_export", "ask_import", "export_text", "import_text", "suggested_name"]
