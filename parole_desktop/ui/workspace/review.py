"""Step 6, Review and sign-off: a reviewer signs with their passphrase; a void sign-off shows a red banner."""

from __future__ import annotations

import functools
import html
import json
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.models import Case
from parole_desktop.errors import ParoleError
from parole_desktop.services import signoff, signoff_state
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.roster import key_fingerprint
from parole_desktop.services.session import Session
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.operations import Progress, SessionOperation
from parole_desktop.ui.workspace.fields import StepPage, show_error

log = logging.getLogger(__name__)

BANNER_OK = "background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 10px;"
BANNER_VOID = "background: #c62828; color: white; font-weight: bold; padding: 12px;"
BANNER_NONE = "background: #f5f5f5; color: #333; border: 1px solid #bbb; padding: 10px;"


class ReviewPage(StepPage):
    """The reviewer (attorney or accredited representative) attests to this version of the case."""

    title = "Review and sign-off"
    signedOff = Signal()
    beforeSignOff = Signal()
    signFinished = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("signoffBanner")
        self.banner.setWordWrap(True)
        lay.addWidget(self.banner)
        note = QLabel(
            self.tr(
                "The reviewer reads the whole request and the evidence, then signs off with their own passphrase. "
                "A later change to the request or its documents sets the sign-off aside until the request is back "
                "exactly as signed, or the reviewer signs again."
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        box = QGroupBox(self.tr("Sign off"))
        form = QFormLayout(box)
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("reviewerCombo")
        form.addRow(self.tr("Reviewer"), self.reviewer)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("reviewerPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.sign)
        form.addRow(self.tr("Reviewer's passphrase"), self.passphrase)
        self.sign_button = QPushButton(self.tr("Sign off"))
        self.sign_button.setObjectName("signOff")
        self.sign_button.clicked.connect(self.sign)
        form.addRow("", self.sign_button)
        self.no_reviewers = QLabel(
            self.tr("No reviewer profile exists yet. A reviewer creates one in the Reviewers settings.")
        )
        self.no_reviewers.setWordWrap(True)
        form.addRow("", self.no_reviewers)
        self.trust = QLabel()
        self.trust.setObjectName("reviewerTrust")
        self.trust.setWordWrap(True)
        self.trust.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Roster"), self.trust)
        self.reviewer.currentIndexChanged.connect(self._show_trust)
        lay.addWidget(box)
        # every warning is read and accepted with the reviewer's reason (recorded in the signed manifest)
        self.warnings_box = QGroupBox(self.tr("Warnings the reviewer accepts"))
        self.warnings_form = QFormLayout(self.warnings_box)
        self.reason_edits: dict[str, QLineEdit] = {}
        lay.addWidget(self.warnings_box)
        lay.addStretch(1)

    def load(self, case: Case) -> None:
        self.case = case
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = self.reviewer.currentData()
        self.reviewer.clear()
        for prof in signoff.reviewers(self.session):
            self.reviewer.addItem(f"{prof.name} ({str(prof.role).replace('_', ' ')})", prof.id)
        if current is not None and self.reviewer.findData(current) >= 0:
            self.reviewer.setCurrentIndex(self.reviewer.findData(current))
        has = self.reviewer.count() > 0
        self.no_reviewers.setVisible(not has)
        self.sign_button.setEnabled(has and self.case is not None)
        self._show_trust()
        self._show_warnings()
        self._show_status()

    def _show_trust(self) -> None:
        """Who the chosen reviewer is by the organization's roster, with their key fingerprint."""
        rid = self.reviewer.currentData()
        if rid is None:
            self.trust.clear()
            return
        try:
            prof = signoff.reviewer(self.session, int(rid))
            member, why = signoff.reviewer_trust(self.session, prof)
        except ParoleError as exc:
            self.trust.setText(str(exc))
            return
        fpr = short_fingerprint(key_fingerprint(prof.public_key.hex()))
        if member is not None and not why:
            self.trust.setText(
                self.tr("✓ {name} ({role} {number}) is listed — key {fpr}").format(
                    name=isolate(member.name),
                    role=member.role.replace("_", " "),
                    number=isolate(member.number),
                    fpr=isolate(fpr),
                )
            )
        else:
            self.trust.setText(self.tr("✗ Cannot sign: {why}. Key {fpr}").format(why=why, fpr=fpr))

    def _show_warnings(self) -> None:
        old = {k: e.text() for k, e in self.reason_edits.items()}  # kept while the page refreshes
        while self.warnings_form.rowCount():
            self.warnings_form.removeRow(0)
        self.reason_edits = {}
        pending: list[signoff.PendingWarning] = []
        if self.case is not None and self.case.id is not None:
            try:
                pending = signoff.pending_warnings(self.session, self.case.id)
            except ParoleError as exc:
                log.info("warnings not listed: %s", type(exc).__name__)
        for p in pending:
            key = f"{p.case_id}:{p.rule_id}"
            edit = QLineEdit(old.get(key, ""))
            edit.setObjectName(f"warningReason-{key}")
            edit.setPlaceholderText(self.tr("Why this is acceptable (required)"))
            label = QLabel(
                f"<b>{p.rule_id}</b> ({self.tr('case')} {p.case_id}): " + html.escape(" ".join(p.messages))
            )
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.warnings_form.addRow(label)
            self.warnings_form.addRow(self.tr("Reason"), edit)
            self.reason_edits[key] = edit
        self.warnings_box.setVisible(bool(pending))

    def _show_status(self) -> None:
        if self.case is None or self.case.id is None:
            self.banner.clear()
            self.banner.setStyleSheet(BANNER_NONE)
            return
        case = self.session.load_case(self.case.id)
        so = signoff_state.current_signoff(self.session, self.case.id)
        # recorded hashes only: no exhibit is decrypted on the GUI thread (sign-off and export re-hash)
        problem = signoff_state.signoff_problem(self.session, case, so, deep=False) if so is not None else ""
        self.banner.setProperty("state", "none" if so is None else ("void" if problem else "valid"))
        if so is None:
            self.banner.setText(self.tr("Not signed off yet."))
            self.banner.setStyleSheet(BANNER_NONE)
            return
        who = str(json.loads(so.manifest_json).get("reviewer", {}).get("name", "")) or f"#{so.reviewer_id}"
        when = so.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if problem:
            self.banner.setText(
                self.tr(
                    "⚠ SIGN-OFF VOID — {reason}.\nSigned by {who} on {when}. The reviewer must "
                    "review the case again and sign off anew."
                ).format(reason=problem.removeprefix("sign-off void: "), who=who, when=when)
            )
            self.banner.setStyleSheet(BANNER_VOID)
        else:
            accepted = "".join(f"\n• {a.rule_id}: {a.reason}" for a in signoff_state.accepted_warnings(so))
            self.banner.setText(
                self.tr("✓ Signed off by {who} on {when} with rules pack {pack} {version}.").format(
                    who=isolate(who), when=isolate(when), pack=so.pack_id, version=so.pack_version
                )
                + (("\n" + self.tr("Warnings accepted:") + accepted) if accepted else "")
            )
            self.banner.setStyleSheet(BANNER_OK)

    def sign(self) -> None:
        """Sign off off the GUI thread: unlocking the reviewer key (Argon2id) and the full check, which
        re-hashes every attached file, can take a while. ``signFinished(ok)`` tells when it is done."""
        if self.case is None or self.case.id is None:
            return
        rid = self.reviewer.currentData()
        if rid is None:
            show_error(self, self.tr("Choose a reviewer first."))
            self.signFinished.emit(False)
            return
        self.beforeSignOff.emit()
        job = functools.partial(
            _sign_off,
            case_id=self.case.id,
            reviewer_id=int(rid),
            passphrase=self.passphrase.text(),
            reasons={k: e.text() for k, e in self.reason_edits.items() if e.text().strip()},
        )
        self.passphrase.clear()
        if (
            SessionOperation(
                self,
                self.session,
                job,
                title=self.tr("Signing off"),
                cancellable=False,
                error_title=self.tr("Not signed off"),
            )
            .success(self._signed)
            .failure(self._sign_failed)
            .always(self._sign_ended)
            .run()
        ):
            self.sign_button.setEnabled(False)
        else:
            self.signFinished.emit(False)

    def _sign_ended(self) -> None:
        self.sign_button.setEnabled(True)

    def _signed(self, _result: object) -> None:
        self._show_status()
        self.signedOff.emit()
        self.signFinished.emit(True)

    def _sign_failed(self, exc: ParoleError) -> None:
        show_error(self, str(exc), self.tr("Not signed off"))
        self.signFinished.emit(False)

    def clear(self) -> None:
        self.case = None
        self.passphrase.clear()
        self.reviewer.clear()
        self.banner.clear()
        self.trust.clear()
        while self.warnings_form.rowCount():  # the warnings name case details
            self.warnings_form.removeRow(0)
        self.reason_edits = {}


def _sign_off(
    session: Session,
    _progress: Progress,
    *,
    case_id: int,
    reviewer_id: int,
    passphrase: str,
    reasons: dict[str, str],
) -> object:
    return signoff.sign_off(session, case_id, reviewer_id, passphrase, accepted_warnings=reasons)
