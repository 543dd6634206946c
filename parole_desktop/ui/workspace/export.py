"""Step 7, Export: a draft or final packet built off the GUI thread, then verified; open its folder. And the
client sheet (issue #24): the documents still needed and what happens next, in the client's language."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.models import Case
from parole_desktop.errors import ParoleError, UserError
from parole_desktop.services import client_sheet
from parole_desktop.services.session import Session
from parole_desktop.services.signoff_state import signed_on_reviewers_laptop
from parole_desktop.ui import dialogs
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.operations import Progress, SessionOperation
from parole_desktop.ui.workspace.drives import removable_drives
from parole_desktop.ui.workspace.fields import StepPage, show_error

log = logging.getLogger(__name__)


def packet_file_name(case_id: int, draft: bool, today: dt.date | None = None, *, review: bool = False) -> str:
    day = (today or dt.date.today()).strftime("%Y%m%d")
    return (
        f"parole-request-{case_id}-{day}{'-DRAFT' if draft else ''}{'-review-record' if review else ''}.pdf"
    )


class ExportPage(StepPage):
    """Builds the packet with ``services.packets.export_packet`` in an operation (progress + Cancel)."""

    title = "Export"
    beforeExport = Signal()
    exported = Signal(object)  # (PacketResult, verification)
    sheetExported = Signal(object)  # services.client_sheet.SheetResult

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.result: Any = None
        self.verification: Any = None
        self.last_error = ""
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        box = QGroupBox(self.tr("Packet"))
        form = QFormLayout(box)
        self.draft = QRadioButton(self.tr("Draft (watermarked, for the reviewer and the family to read)"))
        self.draft.setObjectName("exportDraft")
        self.final = QRadioButton(
            self.tr("Final (needs a valid sign-off; signed with the reviewer's digital ID)")
        )
        self.final.setObjectName("exportFinal")
        group = QButtonGroup(self)
        group.addButton(self.draft)
        group.addButton(self.final)
        self.draft.setChecked(True)
        self.final.toggled.connect(self._mode_changed)
        form.addRow(self.draft)
        form.addRow(self.final)
        # what to write: the filing packet (mailed / presented) or the internal review record, never mixed
        self.filing = QRadioButton(self.tr("Filing packet (exactly what is mailed or presented)"))
        self.filing.setObjectName("exportFiling")
        self.review = QRadioButton(
            self.tr(
                "Review record (findings, verify items, signatures to collect, "
                "checklist, sign-off; not for filing)"
            )
        )
        self.review.setObjectName("exportReview")
        outputs = QButtonGroup(self)
        outputs.addButton(self.filing)
        outputs.addButton(self.review)
        self.filing.setChecked(True)
        self.review.toggled.connect(self._mode_changed)
        form.addRow(self.filing)
        form.addRow(self.review)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("exportPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self.tr("Reviewer's passphrase"))
        form.addRow(self.passphrase_label, self.passphrase)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("exportFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save in folder"), row)
        self.export_button = QPushButton(self.tr("Export packet"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        form.addRow("", self.export_button)
        lay.addWidget(box)
        lay.addWidget(self._client_sheet_box())

        self.result_box = QGroupBox(self.tr("Result"))
        rlay = QVBoxLayout(self.result_box)
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        rlay.addWidget(self.result_label)
        self.verify_label = QLabel()
        self.verify_label.setObjectName("verifyResult")
        self.verify_label.setWordWrap(True)
        rlay.addWidget(self.verify_label)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setObjectName("openFolder")
        self.open_folder.clicked.connect(self._open_folder)
        rlay.addWidget(self.open_folder)
        lay.addWidget(self.result_box)
        lay.addStretch(1)
        self._mode_changed()
        self._show_result(None, None)

    def _client_sheet_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("For the client"))
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.sheet_language = QComboBox()
        self.sheet_language.setObjectName("clientSheetLanguage")
        for lang in client_sheet.languages():
            shown = (
                lang.name if lang.name == lang.english else f"{isolate(lang.name)} ({self.tr(lang.english)})"
            )
            self.sheet_language.addItem(shown, lang.code)
        self.sheet_language.currentIndexChanged.connect(self._sheet_language_changed)
        self.sheet_button = QPushButton(self.tr("Client sheet…"))
        self.sheet_button.setObjectName("clientSheetButton")
        self.sheet_button.setToolTip(
            self.tr(
                "A short PDF in the client's language: the documents still needed, what happens next and "
                "how to reach you. Never the filing."
            )
        )
        self.sheet_button.clicked.connect(self.export_client_sheet)
        row.addWidget(self.sheet_language, 1)
        row.addWidget(self.sheet_button)
        form.addRow(self.tr("Language"), row)
        self.sheet_note = QLabel()
        self.sheet_note.setObjectName("clientSheetNote")
        self.sheet_note.setWordWrap(True)
        self.sheet_note.setStyleSheet("color: #555;")
        form.addRow(self.sheet_note)
        self.sheet_result = QLabel()
        self.sheet_result.setObjectName("clientSheetResult")
        self.sheet_result.setWordWrap(True)
        self.sheet_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.sheet_result)
        self.sheet_error = ""
        return box

    def _sheet_language_changed(self) -> None:
        lang = self.sheet_language.currentData()
        try:
            note = client_sheet.catalog_note(self.session, lang)
        except ParoleError as exc:  # a vault locked meanwhile: say why, never crash
            note = str(exc)
        self.sheet_note.setText(self._catalog_note_text(lang, note))

    def _catalog_note_text(self, lang: str, note: str) -> str:
        if lang == "en":
            return self.tr("English: the rules pack's own text.")
        # the service's line names the counts in English; the translated frame says what the marks mean
        return self.tr(
            "{note} Texts not yet reviewed by a qualified translator are marked on the sheet."
        ).format(note=isolate(note))

    def export_client_sheet(self) -> bool:
        """Make the client sheet in the chosen language, off the GUI thread; True when it started."""
        if self.case is None or self.case.id is None:
            return False
        if not self.folder.text().strip():
            folder = dialogs.choose_folder(self, self.tr("Save the client sheet in"), "")
            if not folder:
                return False
            self.folder.setText(folder)
        lang = str(self.sheet_language.currentData())
        dest = Path(self.folder.text().strip()) / client_sheet.sheet_file_name(self.case.id, lang)
        self.beforeExport.emit()  # pending edits are saved first: the sheet shows the case as it stands
        job = functools.partial(
            _client_sheet_job,
            case_id=self.case.id,
            lang=lang,
            dest=dest,
            label=self.tr("Making the client sheet…"),
        )
        if (
            not SessionOperation(
                self,
                self.session,
                job,
                title=self.tr("Making the client sheet…"),
                error_title=self.tr("No client sheet was written"),
            )
            .success(self._sheet_done)
            .failure(self._sheet_failed)
            .always(lambda: self.sheet_button.setEnabled(True))
            .run()
        ):
            return False
        self.sheet_button.setEnabled(False)
        return True

    def _sheet_done(self, result: Any) -> None:
        self.sheet_error = ""
        self.sheet_result.setText(
            self.tr("Client sheet saved: {path}\n{pages} page(s), {n} document(s) still needed.").format(
                path=isolate(result.path), pages=result.pages, n=result.items
            )
        )
        self.sheetExported.emit(result)

    def _sheet_failed(self, exc: ParoleError) -> None:
        self.sheet_error = str(exc)
        self.sheet_result.clear()
        show_error(self, self.sheet_error, self.tr("No client sheet was written"))

    def _mode_changed(self) -> None:
        final = self.final.isChecked() and not self.review.isChecked()
        self.passphrase.setEnabled(final)
        self.passphrase_label.setEnabled(final)

    def _browse(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Save the packet in"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def load(self, case: Case) -> None:
        self.case = case
        if not self.folder.text():  # a plugged-in USB stick; never a silent default on the laptop's disk
            drives = removable_drives()
            self.folder.setText(str(drives[0]) if drives else "")
            self.folder.setPlaceholderText(self.tr("Choose where to save (a USB stick is best)"))
        self._show_result(None, None)
        self.sheet_result.clear()
        self._sheet_language_changed()

    def destination(self) -> Path:
        assert self.case is not None and self.case.id is not None
        return Path(self.folder.text().strip()) / packet_file_name(
            self.case.id, self.draft.isChecked(), review=self.review.isChecked()
        )

    # ------------------------------------------------------------------ export
    def export(self) -> bool:
        """Start the build (after asking where, if no folder is set); True when it started."""
        if self.case is None or self.case.id is None:
            return False
        draft = self.draft.isChecked()
        review = self.review.isChecked()
        # signed off on the reviewer's laptop: the filing built and signed there is handed out (#23)
        remote = not draft and not review and signed_on_reviewers_laptop(self.session, self.case.id)
        passphrase = None if draft or review or remote else self.passphrase.text()
        if not draft and not review and not remote and not passphrase:
            show_error(self, self.tr("Enter the reviewer's passphrase to sign the final packet."))
            return False
        if not self.folder.text().strip():  # ask where: the packet holds the client's whole file
            folder = dialogs.choose_folder(self, self.tr("Save the packet in"), "")
            if not folder:
                return False
            self.folder.setText(folder)
        self.beforeExport.emit()
        job = functools.partial(
            _build_and_verify,
            case_id=self.case.id,
            dest=self.destination(),
            draft=draft,
            review=review,
            passphrase=passphrase,
            verifying=self.tr("Verifying the packet…"),
        )
        self.passphrase.clear()
        if (
            not SessionOperation(
                self,
                self.session,
                job,
                title=self.tr("Building the packet…"),
                error_title=self.tr("No packet was written"),
            )
            .success(self._done)
            .failure(self._failed)
            .always(self._ended)
            .run()
        ):
            return False
        self.export_button.setEnabled(False)
        return True

    def _ended(self) -> None:
        self.export_button.setEnabled(True)

    def _done(self, out: tuple[Any, Any]) -> None:
        result, verification = out
        self.last_error = ""
        self._show_result(result, verification)
        self.exported.emit(out)

    def _failed(self, exc: ParoleError) -> None:
        self.last_error = str(exc)
        show_error(self, self.last_error, self.tr("No packet was written"))

    def _show_result(self, result: Any, verification: Any) -> None:
        self.result, self.verification = result, verification
        self.result_box.setVisible(result is not None)
        if result is None:
            self.result_label.clear()
            self.verify_label.clear()
            return
        kind = self.tr("Draft") if getattr(result, "draft", False) else self.tr("Final, signed")
        if getattr(result, "output", "filing") == "review":
            self.result_label.setText(
                self.tr("Review record saved: {path}\n{pages} pages; {s} signatures to collect.").format(
                    path=isolate(result.path), pages=result.pages, s=len(result.signatures)
                )
            )
            self.verify_label.setText(self.tr("Internal record — not for filing."))
            self.verify_label.setStyleSheet("color: #555;")
            return
        if getattr(result, "built_by", ""):
            self.result_label.setText(
                self.tr(
                    "Final, signed packet saved: {path}\n{pages} pages, built and signed on the reviewer's "
                    "laptop by {name} and received here sealed."
                ).format(path=isolate(result.path), pages=result.pages, name=isolate(result.built_by))
            )
        else:
            self.result_label.setText(
                self.tr("{kind} packet saved: {path}\n{pages} pages, {n} exhibits.").format(
                    kind=kind, path=isolate(result.path), pages=result.pages, n=len(result.exhibits)
                )
            )
        if verification is None:
            self.verify_label.clear()
        elif getattr(result, "draft", False):
            self.verify_label.setText(self.tr("Draft: watermarked and not signed — not for filing."))
            self.verify_label.setStyleSheet("color: #555;")
        elif verification.ok:
            signer = getattr(verification, "signer", "") or ""
            extra = self.tr(" Signed by {s}.").format(s=signer) if signer else ""
            self.verify_label.setText(self.tr("✓ Verified: the packet is intact.") + extra)
            self.verify_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
        else:
            problems = "; ".join(verification.problems) or self.tr("unknown problem")
            self.verify_label.setText(self.tr("✗ Verification found problems: {p}").format(p=problems))
            self.verify_label.setStyleSheet("color: #c62828; font-weight: bold;")

    def _open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def clear(self) -> None:
        self.case = None
        self.passphrase.clear()
        self._show_result(None, None)
        self.sheet_result.clear()


def _build_and_verify(
    session: Session,
    progress: Progress,
    *,
    case_id: int,
    dest: Path,
    draft: bool,
    review: bool,
    passphrase: str | None,
    verifying: str,
) -> tuple[Any, Any]:
    """The export operation: build the packet (atomically: a cancelled or failed build leaves no file at
    ``dest``), then verify what was written."""
    try:
        from parole_desktop.services import packets  # the PDF libraries load on the first export only
    except ImportError as exc:  # a build without them
        raise UserError("Packet export is not available in this build.") from exc
    result = packets.export_packet(
        session,
        case_id,
        dest,
        draft=draft,
        reviewer_passphrase=passphrase,
        progress=progress.report,
        cancelled=progress.is_cancelled,
        output="review" if review else "filing",
    )
    if review:  # the review record is not signed: nothing to verify
        return result, None
    progress.report(1, 1, verifying)
    return result, packets.verify_packet_file(Path(result.path), session=session)


def _client_sheet_job(
    session: Session, progress: Progress, *, case_id: int, lang: str, dest: Path, label: str
) -> Any:
    """The client-sheet operation: one step, written atomically (a failed build leaves no file)."""
    progress.report(0, 1, label)
    result = client_sheet.export_client_sheet(session, case_id, lang, dest)
    progress.report(1, 1, label)
    return result
