"""The Share menu's local-network actions (issue #23 items 5 and 9): **Receive on this network…** and **Send
to a laptop on this network…**. Both run off the GUI thread as operations (progress and Cancel); the short
code is shown large on both screens, and on the receiving laptop the person accepts or refuses it.

The transfer runs in the operation's worker; it talks to the GUI thread only through a :class:`CodeDesk`
(plain Python, no Qt object crosses threads), which the window polls with a timer while the operation runs.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLabel, QVBoxLayout, QWidget

from parole_desktop.errors import UserError
from parole_desktop.services import lan
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import Session
from parole_desktop.ui import dialogs
from parole_desktop.ui.operations import Progress, SessionOperation

POLL_MS = 100
RECEIVE_PORT = lan.PORT
RECEIVE_BIND = "0.0.0.0"  # every network of this laptop


class CodeDesk:
    """Where the transfer (worker thread) leaves the code to show, and where the GUI answers it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._posted: tuple[str, str, bool] | None = None  # code, the other laptop's name, whether to ask
        self._answered = threading.Event()
        self._accepted = False

    def show(self, code: str, peer: lan.Peer) -> None:
        """The sender's screen: show the code, nothing to answer."""
        with self._lock:
            self._posted = (code, peer.name, False)

    def ask(self, code: str, peer: lan.Peer, cancelled: Callable[[], bool]) -> bool:
        """The receiver's screen: show the code and wait for Accept or Refuse (False when cancelled)."""
        with self._lock:
            self._answered.clear()
            self._posted = (code, peer.name, True)
        while not self._answered.wait(0.1):
            if cancelled():
                return False
        return self._accepted

    def take(self) -> tuple[str, str, bool] | None:
        with self._lock:
            posted, self._posted = self._posted, None
        return posted

    def answer(self, accepted: bool) -> None:
        self._accepted = accepted
        self._answered.set()


class CodeDialog(QDialog):
    """The short code, large; Accept / Refuse on the receiving laptop, Close on the sending one."""

    def __init__(self, parent: QWidget, code: str, peer: str, *, ask: bool) -> None:
        super().__init__(parent)
        self.setObjectName("lanCodeDialog")
        self.setWindowTitle(QCoreApplication.translate("share", "Code for this exchange"))
        layout = QVBoxLayout(self)
        if ask:
            intro = QCoreApplication.translate(
                "share",
                "“{peer}” wants to exchange with this laptop. Accept only if the sending laptop shows the same "
                "code:",
            ).format(peer=peer)
        else:
            intro = QCoreApplication.translate(
                "share",
                "Connected to “{peer}”. Check that it shows the same code; the person there accepts it:",
            ).format(peer=peer)
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setObjectName("lanCodeText")
        layout.addWidget(text)
        self.code_label = QLabel(lan.show_code(code))
        self.code_label.setObjectName("lanCode")
        font = QFont(self.code_label.font())
        font.setPointSize(max(28, font.pointSize() * 3))
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_label)
        if ask:
            buttons = QDialogButtonBox()
            self.accept_button = buttons.addButton(
                QCoreApplication.translate("share", "Accept"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.refuse_button = buttons.addButton(
                QCoreApplication.translate("share", "Refuse"), QDialogButtonBox.ButtonRole.RejectRole
            )
            self.accept_button.setObjectName("lanAccept")
            self.refuse_button.setObjectName("lanRefuse")
            self.refuse_button.setDefault(True)  # Enter does not accept by accident
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class _Watch:
    """Polls the desk while the operation runs (GUI thread) and shows each code posted."""

    def __init__(self, parent: QWidget, desk: CodeDesk) -> None:
        self.parent, self.desk = parent, desk
        self.shown: list[CodeDialog] = []
        self.timer = QTimer(parent)
        self.timer.setObjectName("lanCodeWatch")
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)

    def poll(self) -> None:
        posted = self.desk.take()
        if posted is None:
            return
        code, peer, ask = posted
        dlg = CodeDialog(self.parent, code, peer, ask=ask)
        if ask:
            dlg.finished.connect(lambda result: self.desk.answer(result == QDialog.DialogCode.Accepted))
        self.shown.append(dlg)
        dlg.open()

    def stop(self) -> None:
        self.timer.stop()
        for dlg in self.shown:
            if dlg.isVisible():
                dlg.done(QDialog.DialogCode.Rejected)
            dlg.deleteLater()
        self.shown.clear()
        self.desk.answer(False)  # a question still open is refused
        self.timer.deleteLater()


def _receive(
    session: Session, progress: Progress, *, desk: CodeDesk, bind: str, port: int, texts: dict[str, str]
) -> list[lan.Counts]:
    rx = lan.Receiving(
        session,
        VaultObjects(session),
        confirm=lambda code, peer: desk.ask(code, peer, progress.is_cancelled),
        bind=bind,
        port=port,
        once=True,
        progress=lambda _phase, done, _total: progress.report(done, 0, texts["receiving"].format(count=done)),
    )
    progress.report(
        0,
        0,
        texts["waiting"].format(addresses="\n".join(rx.addresses()), fingerprint=rx.fingerprint),
    )
    server = threading.Thread(target=rx.serve, name="lan receiver", daemon=True)
    server.start()
    while server.is_alive():
        if progress.is_cancelled():
            rx.stop()
        server.join(0.2)
    return rx.results()


def _send(
    session: Session, progress: Progress, *, desk: CodeDesk, address: str, texts: dict[str, str]
) -> lan.Counts:
    def report(phase: str, done: int, total: int) -> None:
        progress.report(done, total, texts[phase].format(done=done, total=total))

    return lan.send(
        session,
        address,
        VaultObjects(session),
        on_code=desk.show,
        progress=report,
        cancelled=progress.is_cancelled,
    )


def _receive_texts() -> dict[str, str]:
    """The progress lines, translated on the GUI thread (the worker only formats them)."""
    return {
        "receiving": QCoreApplication.translate("share", "Receiving: {count} objects…"),
        "waiting": QCoreApplication.translate(
            "share",
            "Waiting for a laptop of the organization.\n\nOn the sending laptop choose Share → Send to a laptop "
            "on this network… and type:\n{addresses}\n\nThis laptop's fingerprint: {fingerprint}",
        ),
    }


def _send_texts() -> dict[str, str]:
    return {
        "sending": QCoreApplication.translate("share", "Sending: {done} of {total} objects…"),
        "receiving": QCoreApplication.translate("share", "Receiving: {done} of {total} objects…"),
    }


def counts_text(c: lan.Counts) -> str:
    text = QCoreApplication.translate(
        "share",
        "Exchanged with “{peer}”.\n\nSent: {sent}\nApplied: {applied}\nWaiting for what they depend on: "
        "{waiting}\nAlready here: {duplicate}\nKept aside (quarantined): {quarantined}",
    ).format(
        peer=c.peer,
        sent=c.sent,
        applied=c.applied,
        waiting=c.waiting,
        duplicate=c.duplicate,
        quarantined=len(c.quarantined),
    )
    if c.quarantined:
        text += "\n\n" + QCoreApplication.translate("share", "Kept aside, and why:") + "\n"
        text += "\n".join(f"• {oid[:16]}: {reason}" for oid, _code, reason in c.quarantined)
    if not c.completed:
        text += "\n\n" + QCoreApplication.translate(
            "share", "It stopped part-way: what moved is kept on both laptops; exchange again to finish."
        )
    return text


def ask_receive(parent: QWidget, session: Session, on_done: Callable[[], None] | None = None) -> bool:
    """Listen on this network until one laptop of the organization has exchanged (or Cancel)."""
    title = QCoreApplication.translate("share", "Receive on this network")
    desk = CodeDesk()
    watch = _Watch(parent, desk)

    def done(results: list[lan.Counts]) -> None:
        if results:
            dialogs.inform(parent, title, "\n\n".join(counts_text(c) for c in results))

    def always() -> None:
        watch.stop()
        if on_done:
            on_done()

    started = (
        SessionOperation(
            parent,
            session,
            functools.partial(
                _receive, desk=desk, bind=RECEIVE_BIND, port=RECEIVE_PORT, texts=_receive_texts()
            ),
            title=QCoreApplication.translate("share", "Receiving on this network…"),
            error_title=title,
        )
        .success(done)
        .always(always)
        .run()
    )
    if not started:
        watch.stop()
    return started


def ask_send(parent: QWidget, session: Session, on_done: Callable[[], None] | None = None) -> bool:
    """Ask the receiving laptop's address, then exchange with it."""
    title = QCoreApplication.translate("share", "Send to a laptop on this network")
    address, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate(
            "share", "The address the receiving laptop shows (e.g. 192.168.1.20:{port}):"
        ).format(port=lan.PORT),
    )
    if not ok or not address.strip():
        return False
    try:
        lan.parse_address(address)
    except UserError as exc:
        dialogs.show_error(parent, exc, title)
        return False
    desk = CodeDesk()
    watch = _Watch(parent, desk)

    def done(c: lan.Counts) -> None:
        watch.poll()  # a code posted after the last poll (a fast exchange): shown beside the result
        dialogs.inform(parent, title, counts_text(c))

    def always() -> None:
        watch.stop()
        if on_done:
            on_done()

    started = (
        SessionOperation(
            parent,
            session,
            functools.partial(_send, desk=desk, address=address.strip(), texts=_send_texts()),
            title=QCoreApplication.translate("share", "Exchanging on this network…"),
            error_title=title,
        )
        .success(done)
        .always(always)
        .run()
    )
    if not started:
        watch.stop()
    return started


__all__ = ["CodeDesk", "CodeDialog", "ask_receive", "ask_send", "counts_text"]
