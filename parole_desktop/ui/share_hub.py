"""Share → Exchange with the hub (issue #23 item 9): this laptop's new work sent to the organization hub, then
what the other laptops sent taken, in one action, off the GUI thread with progress and Cancel. The result is
said in plain words (sent; received: applied, waiting, already here, kept aside with each reason); a hub that
cannot be reached, refuses the user name or password, or was never set up gets one plain sentence each.

One action rather than "Send" and "Get": a volunteer wants "my work up, theirs down"; two actions invite
forgetting one, and sending first means what this laptop did is safe on the hub before anything is taken."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from parole_desktop.errors import ParoleError
from parole_desktop.services import hub
from parole_desktop.services.session import Session
from parole_desktop.ui import dialogs
from parole_desktop.ui.operations import Progress, SessionOperation


def _exchange(session: Session, progress: Progress) -> hub.ExchangeResult:
    def report(phase: str, done: int, total: int) -> None:
        if phase == "connect":
            label = QCoreApplication.translate("share_hub", "Looking at the hub…")
        elif phase == "push":
            label = QCoreApplication.translate(
                "share_hub", "Sending this laptop's work: {done} of {total}"
            ).format(done=done, total=total)
        else:
            label = QCoreApplication.translate(
                "share_hub", "Receiving the other laptops' work: {done}"
            ).format(done=done)
        progress.report(done, total, label)

    return hub.exchange(session, progress=report, cancelled=progress.is_cancelled)


def result_text(res: hub.ExchangeResult) -> str:
    text = QCoreApplication.translate(
        "share_hub",
        "Sent to the hub: {sent}\n\n"
        "Received from the hub:\nApplied: {applied}\nWaiting for what they depend on: {waiting}\n"
        "Already here: {duplicate}\nKept aside (quarantined): {quarantined}",
    ).format(
        sent=res.sent,
        applied=res.applied,
        waiting=res.waiting,
        duplicate=res.duplicate,
        quarantined=len(res.quarantined),
    )
    if res.quarantined:
        text += "\n\n" + QCoreApplication.translate("share_hub", "Kept aside, and why:") + "\n"
        text += "\n".join(f"• {q.object_id[:16]}: {q.reason}" for q in res.quarantined)
    if res.waiting:
        text += "\n\n" + QCoreApplication.translate(
            "share_hub", "What is waiting is kept and taken as soon as what it depends on arrives."
        )
    if res.conflicts:
        text += "\n\n" + QCoreApplication.translate(
            "share_hub",
            "Cases with fields changed differently on two laptops: {count}. "
            "Conflicts in the status bar opens them.",
        ).format(count=len(res.conflicts))
    return text


def error_text(exc: ParoleError) -> str:
    """One plain sentence for what a volunteer can act on; the service's own sentence otherwise."""
    kind = getattr(exc, "kind", "")
    if isinstance(exc, hub.HubCancelled):
        return QCoreApplication.translate(
            "share_hub",
            "Cancelled. What was already sent or received is kept; Exchange with the hub again to finish.",
        )
    if kind == "unreachable":
        return QCoreApplication.translate(
            "share_hub",
            "The hub cannot be reached: check that this laptop is on the network and that the hub's address "
            "in Settings → Organization hub is right.",
        )
    if kind == "refused":
        return QCoreApplication.translate(
            "share_hub",
            "The hub refused the user name or password: check both in Settings → Organization hub "
            "(the org admin can give the password again).",
        )
    if kind == "not_set_up":
        return QCoreApplication.translate(
            "share_hub",
            "The hub is not set up for Parole Desktop yet: the org admin runs “hub init” once on it, "
            "then try again.",
        )
    if kind == "no_settings":
        return QCoreApplication.translate(
            "share_hub",
            "No organization hub is set up on this laptop: give its address and the site's user name in "
            "Settings → Organization hub.",
        )
    if kind == "no_password":
        return QCoreApplication.translate(
            "share_hub",
            "There is no password for the hub on this laptop: save it with Settings → Organization hub → "
            "Save password in this computer's keyring…, or start the app with PAROLE_HUB_PASSWORD set.",
        )
    return str(exc)


def ask_exchange(
    parent: QWidget,
    session: Session,
    on_done: Callable[[], None] | None = None,
    on_conflicts: Callable[[list[int]], None] | None = None,
) -> bool:
    """Exchange with the configured hub. True when it started (False when another operation runs)."""
    title = QCoreApplication.translate("share_hub", "Exchange with the hub")

    def done(res: hub.ExchangeResult) -> None:
        if on_conflicts is not None:
            on_conflicts(res.conflicts)
        dialogs.inform(parent, title, result_text(res))

    def failed(exc: ParoleError) -> None:
        dialogs.warn(parent, title, error_text(exc))

    return (
        SessionOperation(
            parent,
            session,
            _exchange,
            title=QCoreApplication.translate("share_hub", "Exchanging with the hub…"),
            error_title=title,
        )
        .success(done)
        .failure(failed)
        .always(lambda: on_done() if on_done else None)  # a cancelled exchange keeps what it took
        .run()
    )


__all__ = ["ask_exchange", "error_text", "result_text"]
