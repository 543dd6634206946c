"""Reviewer profiles: list, create (keys under the reviewer's own passphrase), import a PKCS#12 digital ID."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import ReviewerRole
from parole_desktop.errors import ParoleError, UserError
from parole_desktop.services import roster, signoff, vaultinfo
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.roster import key_fingerprint
from parole_desktop.services.session import Session
from parole_desktop.ui import dialogs
from parole_desktop.ui.labels import choices, label
from parole_desktop.ui.operations import Progress, SessionOperation
from parole_desktop.ui.widgets import error_label, fit_to_screen, note, secret_field

log = logging.getLogger(__name__)


def ask_fingerprint(parent: QWidget, org_name: str) -> str | None:
    """The org fingerprint as the org admin read it out (blocking); None when cancelled. Tests replace it."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("reviewers", "Trust this organization?"),
        QCoreApplication.translate(
            "reviewers",
            "First roster for this vault: {org}.\nType the org key fingerprint the org admin gave you by phone or "
            "in person (32 characters or more). Nothing is trusted if it differs.",
        ).format(org=org_name),
    )
    return text if ok else None


class ReviewersDialog(QDialog):
    """Everything about reviewer profiles in one dialog; slow key work runs as an operation."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewersDialog")
        self._session = session
        self._build_ui()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Reviewer profiles"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Attorneys, accredited representatives and supervisors who sign off requests. Each reviewer's "
                    "signing key is protected by their own passphrase, which only they should know."
                )
            )
        )
        self.roster_label = QLabel()
        self.roster_label.setObjectName("rosterStatus")
        self.roster_label.setWordWrap(True)
        self.roster_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.roster_label)
        self.list = QListWidget()
        self.list.setObjectName("reviewerList")
        self.list.setAccessibleName(self.tr("Reviewers"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.roster_button = QPushButton(self.tr("Import the organization's roster…"))
        self.roster_button.setObjectName("importRoster")
        row.addWidget(self.roster_button)
        row.addStretch(1)
        self.enrol_button = QPushButton(self.tr("Write enrolment request…"))
        self.enrol_button.setObjectName("writeEnrolment")
        self.enrol_button.setEnabled(False)
        row.addWidget(self.enrol_button)
        self.import_button = QPushButton(self.tr("Import digital ID (.p12/.pfx)…"))
        self.import_button.setObjectName("importDigitalId")
        self.import_button.setEnabled(False)
        row.addWidget(self.import_button)
        layout.addLayout(row)

        box = QGroupBox(self.tr("New reviewer"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setObjectName("reviewerName")
        self.role = QComboBox()
        self.role.setObjectName("reviewerRole")
        for text, value in choices(ReviewerRole):
            self.role.addItem(text, value)
        self.number = QLineEdit()
        self.number.setObjectName("reviewerNumber")
        self.organization = QLineEdit()
        self.organization.setObjectName("reviewerOrganization")
        self.pass1 = secret_field("reviewerPassphrase", self.tr("Reviewer passphrase"))
        self.pass2 = secret_field("reviewerPassphraseConfirm", self.tr("Repeat the reviewer passphrase"))
        for text, w in (
            (self.tr("&Name"), self.name),
            (self.tr("&Role"), self.role),
            (self.tr("&Bar number / accreditation"), self.number),
            (self.tr("&Organisation"), self.organization),
            (self.tr("&Passphrase"), self.pass1),
            (self.tr("Re&peat passphrase"), self.pass2),
        ):
            w.setAccessibleName(text.replace("&", ""))
            form.addRow(text, w)
        self.error = error_label("reviewerError")
        form.addRow(self.error)
        self.create_button = QPushButton(self.tr("Create reviewer"))
        self.create_button.setObjectName("createReviewer")
        form.addRow("", self.create_button)
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.create_button.clicked.connect(self._create)
        self.import_button.clicked.connect(self._import_id)
        self.roster_button.clicked.connect(self._import_roster)
        self.enrol_button.clicked.connect(self._write_enrolment)
        self.list.currentItemChanged.connect(self._selection_changed)
        fit_to_screen(self, 560, 600)

    def _selection_changed(self, current: object, _previous: object) -> None:
        self.import_button.setEnabled(current is not None)
        self.enrol_button.setEnabled(current is not None)

    def reload(self) -> None:
        self.list.clear()
        try:
            current = roster.pinned_roster(self._session.vault)
        except ParoleError as exc:
            current = None
            self.roster_label.setText(str(exc))
        else:
            self.roster_label.setText(
                self.tr(
                    "No organization roster yet: nobody can sign off until the org admin's signed roster is "
                    "imported. A solo attorney is their own organization (see docs/security.md)."
                )
                if current is None
                else self.tr(
                    "Trusted organization: {org}{demo} · roster version {v} · org fingerprint {f}"
                ).format(
                    org=current.org_name,
                    demo=self.tr(" (DEMO)") if current.demo else "",
                    v=current.version,
                    f=current.org_fingerprint_short,
                )
            )
        for prof in signoff.reviewers(self._session):
            parts = [prof.name, label(prof.role)]
            parts += [p for p in (prof.number, prof.organization) if p]
            if prof.has_digital_id:
                parts.append(self.tr("PDF signing ID"))
            parts.append(
                self.tr("key {f}").format(f=short_fingerprint(key_fingerprint(prof.public_key.hex())))
            )
            member, why = signoff.reviewer_trust(self._session, prof)
            parts.append(
                self.tr("✓ listed in the roster")
                if member is not None and not why
                else self.tr("✗ cannot sign: {why}").format(why=why)
            )
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, prof.id)
            self.list.addItem(item)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _create(self) -> None:
        self.error.setVisible(False)
        if len(self.pass1.text()) < vaultinfo.MIN_PASSPHRASE_LEN:
            self._fail(
                self.tr("The reviewer passphrase needs at least {n} characters.").format(
                    n=vaultinfo.MIN_PASSPHRASE_LEN
                )
            )
            return
        if self.pass1.text() != self.pass2.text():
            self._fail(self.tr("The two passphrases are different."))
            return
        job = functools.partial(
            _create_reviewer,
            name=self.name.text(),
            role=self.role.currentData(),
            passphrase=self.pass1.text(),
            number=self.number.text(),
            organization=self.organization.text(),
        )
        if (
            SessionOperation(
                self, self._session, job, title=self.tr("Creating the reviewer's keys…"), cancellable=False
            )
            .success(self._created)
            .failure(self._create_failed)
            .always(self._create_ended)
            .run()
        ):
            self.create_button.setEnabled(False)

    def _create_ended(self) -> None:
        self.create_button.setEnabled(True)

    def _created(self, _profile: object) -> None:
        for w in (self.name, self.number, self.organization, self.pass1, self.pass2):
            w.clear()
        self.reload()

    def _create_failed(self, exc: ParoleError) -> None:
        self._fail(str(exc))

    def _import_roster(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Choose the organization's roster"), self.tr("Roster (*.json);;All files (*)")
        )
        if not path:
            return
        try:
            new = roster.load_roster_file(Path(path))
            expected = ""
            if roster.pinned_roster(self._session.vault) is None:
                got = ask_fingerprint(self, new.org_name)
                if got is None:
                    return
                expected = got
            roster.import_roster(
                self._session.vault, new, actor=self._session.actor, expected_fingerprint=expected
            )
        except ParoleError as exc:
            dialogs.show_error(self, exc, self.tr("Roster"))
            return
        self.reload()
        dialogs.inform(
            self,
            self.tr("Roster"),
            self.tr("Roster version {v} of {org} is now in use.").format(v=new.version, org=new.org_name),
        )

    def _write_enrolment(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        reviewer_id = int(item.data(Qt.ItemDataRole.UserRole))
        passphrase = dialogs.ask_secret(self, self.tr("Enrolment"), self.tr("The reviewer's passphrase:"))
        if passphrase is None:
            return
        dest = dialogs.save_file(
            self, self.tr("Save the enrolment request"), "enrolment.json", self.tr("Enrolment (*.json)")
        )
        if not dest:
            return
        try:
            entry = signoff.reviewer_enrolment(self._session, reviewer_id, passphrase)
            Path(dest).write_text(entry.to_json(), encoding="utf-8")
        except OSError as exc:
            dialogs.show_error(self, UserError(f"Cannot write {dest}: {exc.strerror}"), self.tr("Enrolment"))
            return
        except ParoleError as exc:
            dialogs.show_error(self, exc, self.tr("Enrolment"))
            return
        dialogs.inform(
            self,
            self.tr("Enrolment"),
            self.tr(
                "Give the file to the org admin and read them this key fingerprint by phone or in person: {f}"
            ).format(f=short_fingerprint(key_fingerprint(entry.public_key))),
        )

    def _import_id(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        reviewer_id = int(item.data(Qt.ItemDataRole.UserRole))
        path = dialogs.open_file(
            self, self.tr("Choose the digital ID"), self.tr("Digital ID (*.p12 *.pfx);;All files (*)")
        )
        if not path:
            return
        p12_password = dialogs.ask_secret(
            self, self.tr("Digital ID"), self.tr("Password of the digital ID file:")
        )
        if p12_password is None:
            return
        passphrase = dialogs.ask_secret(self, self.tr("Digital ID"), self.tr("The reviewer's passphrase:"))
        if passphrase is None:
            return

        job = functools.partial(
            _import_digital_id,
            reviewer_id=reviewer_id,
            path=Path(path),
            p12_password=p12_password,
            passphrase=passphrase,
        )
        SessionOperation(
            self,
            self._session,
            job,
            title=self.tr("Importing the digital ID…"),
            cancellable=False,
            error_title=self.tr("Digital ID"),
        ).success(self._digital_id_imported).run()

    def _digital_id_imported(self, _result: object) -> None:
        self.reload()
        dialogs.inform(
            self, self.tr("Digital ID"), self.tr("The digital ID will sign this reviewer's packets.")
        )


def _create_reviewer(
    session: Session,
    _progress: Progress,
    *,
    name: str,
    role: ReviewerRole | str,
    passphrase: str,
    number: str,
    organization: str,
) -> object:
    return signoff.create_reviewer(session, name, role, passphrase, number=number, organization=organization)


def _import_digital_id(
    session: Session, _progress: Progress, *, reviewer_id: int, path: Path, p12_password: str, passphrase: str
) -> None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}") from exc
    signoff.import_digital_id(session, reviewer_id, data, p12_password, passphrase)
