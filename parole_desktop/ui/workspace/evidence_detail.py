"""The editor of one evidence item: what it is, its language and translation, and its file facts."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from parole_desktop.domain.enums import CaptureKind, Role
from parole_desktop.domain.models import Case, Evidence
from parole_desktop.ui.workspace.fields import DateEdit, EnumCombo, add_date_row, refused_texts

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("fa", "Dari / Persian"),
    ("ps", "Pashto"),
    ("ar", "Arabic"),
    ("uk", "Ukrainian"),
    ("ru", "Russian"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("ht", "Haitian Creole"),
    ("pt", "Portuguese"),
    ("tr", "Turkish"),
    ("ur", "Urdu"),
    ("pl", "Polish"),
)


def language_code(text: str) -> str:
    """A language as typed ("Dari", "pashto", "fa") to its code in LANGUAGES; "" when unknown."""
    word = text.strip().lower()
    if not word:
        return ""
    for code, name in LANGUAGES:
        names = [n.strip().lower() for n in name.split("/")]
        if word == code or word in names or any(word.startswith(n) for n in names):
            return code
    return ""


def client_language(case: Case) -> str:
    """What new documents default to: the language the interpreter interprets (the client's), else that
    of the last foreign-language document, else English. The volunteer changes it per document."""
    for person in case.people_with_role(Role.INTERPRETER):
        code = language_code(person.language)
        if code:
            return code
    for ev in reversed(case.evidence):
        if ev.is_foreign_language and ev.translation_of is None:
            return ev.language
    return "en"


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


class LanguageCombo(QComboBox):
    """Editable combo of language codes; any code can be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        for code, name in LANGUAGES:
            self.addItem(f"{code} — {name}", code)

    def code(self) -> str:
        text = self.currentText().strip()
        return (text.split()[0] if text else "en").lower()

    def set_code(self, code: str) -> None:
        i = self.findData(code)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(code)


class EvidenceDetail(QGroupBox):
    """Edits one Evidence; ``committed(Evidence)`` fires when the user finished a change."""

    committed = Signal(object)
    #: the volunteer asks to fill the stated facts from the document's text layer (read by the sandbox child)
    prefillRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selected document"))
        self._ev: Evidence | None = None
        self._loading = False
        self._build_ui()
        self.show_evidence(None, [], [])

    def _build_ui(self) -> None:
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("evTitle")
        form.addRow(self.tr("Title"), self.title_edit)
        self.kind = QComboBox()
        self.kind.setObjectName("evKind")
        form.addRow(self.tr("Checklist item / kind"), self.kind)
        self.language = LanguageCombo()
        self.language.setObjectName("evLanguage")
        form.addRow(self.tr("Language"), self.language)
        self.translation_of = EnumCombo([], none_label=self.tr("— not a translation —"))
        self.translation_of.setObjectName("evTranslationOf")
        form.addRow(self.tr("English translation of"), self.translation_of)
        self.translator = QLineEdit()
        self.translator.setObjectName("evTranslator")
        form.addRow(self.tr("Translator"), self.translator)
        self.certified = QCheckBox(
            self.tr("The translator certified the translation is complete and accurate")
        )
        self.certified.setObjectName("evCertified")
        form.addRow("", self.certified)
        self.names_person = QCheckBox(self.tr("Third-party document that names the beneficiary"))
        self.names_person.setObjectName("evNamesPerson")
        form.addRow("", self.names_person)
        self.capture = EnumCombo(
            [
                (self.tr("Not recorded"), CaptureKind.UNRECORDED),
                (self.tr("The original document"), CaptureKind.ORIGINAL),
                (self.tr("A certified copy"), CaptureKind.CERTIFIED_COPY),
                (self.tr("A scan"), CaptureKind.SCAN),
                (self.tr("A phone photo"), CaptureKind.PHONE_PHOTO),
            ]
        )
        self.capture.setObjectName("evCapture")
        form.addRow(self.tr("This file is"), self.capture)
        stated = QLabel(self.tr("What the document itself says (checked against the people's records):"))
        stated.setWordWrap(True)
        stated.setStyleSheet("color: #555;")
        form.addRow(stated)
        self.stated_name = QLineEdit()
        self.stated_name.setObjectName("evStatedName")
        self.stated_name.setPlaceholderText(self.tr("the name as spelled in the document"))
        form.addRow(self.tr("Name"), self.stated_name)
        self.stated_dob = DateEdit(calendar_year_offset=-30)
        self.stated_dob.setObjectName("evStatedDateOfBirth")
        add_date_row(form, self.tr("Date of birth"), self.stated_dob)
        self.stated_passport = QLineEdit()
        self.stated_passport.setObjectName("evStatedPassportNumber")
        form.addRow(self.tr("Passport number"), self.stated_passport)
        self.prefill_button = QPushButton(self.tr("Fill in from the passport line of the document's text"))
        self.prefill_button.setObjectName("evPrefill")
        self.prefill_button.setToolTip(
            self.tr(
                "Reads the machine-readable line of a passport from the document's text layer (a PDF with text; "
                "a photo or a plain scan has none) and fills the empty fields above. Check what it fills."
            )
        )
        self.prefill_button.clicked.connect(self._prefill_clicked)
        form.addRow("", self.prefill_button)
        self.prefill_note = QLabel()
        self.prefill_note.setObjectName("evPrefillNote")
        self.prefill_note.setWordWrap(True)
        form.addRow("", self.prefill_note)
        self.info = QLabel()
        self.info.setObjectName("evInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setWordWrap(True)
        form.addRow(self.tr("File"), self.info)

        self.title_edit.editingFinished.connect(self._commit)
        self.stated_name.editingFinished.connect(self._commit)
        self.stated_dob.editingFinished.connect(self._commit)
        self.stated_passport.editingFinished.connect(self._commit)
        self.capture.activated.connect(self._commit)
        self.translator.editingFinished.connect(self._commit)
        self.kind.activated.connect(self._commit)
        self.language.activated.connect(self._commit)
        language_edit = self.language.lineEdit()
        assert language_edit is not None  # an editable combo box
        language_edit.editingFinished.connect(self._commit)
        self.translation_of.activated.connect(self._commit)
        self.certified.toggled.connect(self._commit)
        self.names_person.toggled.connect(self._commit)

    def _prefill_clicked(self) -> None:
        if self._ev is not None and self._ev.id is not None:
            self.prefill_note.setText(self.tr("Reading the document's text…"))
            self.prefillRequested.emit(self._ev.id)

    def apply_stated_facts(self, name: str, born: dt.date | None, passport: str) -> None:
        """Fill the empty stated-fact fields with what the document's text gave (typed values are kept)."""
        filled = []
        if name and not self.stated_name.text().strip():
            self.stated_name.setText(name)
            filled.append(self.tr("name"))
        if born is not None and self.stated_dob.value() is None:
            self.stated_dob.set_value(born)
            filled.append(self.tr("date of birth"))
        if passport and not self.stated_passport.text().strip():
            self.stated_passport.setText(passport)
            filled.append(self.tr("passport number"))
        if filled:
            self._commit()  # stored first: the page refreshes (and may reselect) before the note is shown
            self.prefill_note.setText(
                self.tr(
                    "Filled from the document's passport line: {what}. Check them against the document."
                ).format(what=", ".join(filled))
            )
        elif name or born or passport:
            self.prefill_note.setText(self.tr("The fields already hold what you typed: nothing was changed."))
        else:
            self.prefill_note.setText(
                self.tr(
                    "No passport line was found in the document's text (a photo or plain scan has no text): "
                    "type what the document says."
                )
            )

    def set_kinds(self, combo: QComboBox, kinds: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for kind, label in kinds:
            combo.addItem(label, kind)
        i = combo.findData(current)
        combo.setCurrentIndex(max(i, 0))

    def show_evidence(
        self, ev: Evidence | None, kinds: list[tuple[str, str]], originals: list[Evidence]
    ) -> None:
        self._loading = True
        try:
            if ev is None or self._ev is None or ev.id != self._ev.id:
                self.prefill_note.clear()  # another document: the note was about the last one
            self._ev = copy.deepcopy(ev) if ev is not None else None
            self.setEnabled(ev is not None)
            self.set_kinds(self.kind, kinds)
            self.translation_of.clear()
            self.translation_of.add(self.tr("— not a translation —"), None)
            for o in originals:
                if ev is None or o.id != ev.id:
                    self.translation_of.add(o.title or o.original_filename, o.id)
            if ev is None:
                for w in (
                    self.title_edit,
                    self.translator,
                    self.stated_name,
                    self.stated_dob,
                    self.stated_passport,
                ):
                    w.clear()
                self.capture.set_value(CaptureKind.UNRECORDED)
                self.certified.setChecked(False)
                self.names_person.setChecked(False)
                self.info.setText("")
                return
            self.title_edit.setText(ev.title)
            i = self.kind.findData(ev.kind)
            if i < 0:
                self.kind.addItem(ev.kind, ev.kind)
                i = self.kind.count() - 1
            self.kind.setCurrentIndex(i)
            self.language.set_code(ev.language)
            self.translation_of.set_value(ev.translation_of)
            self.translator.setText(ev.translator_name)
            self.certified.setChecked(ev.translator_certified)
            self.names_person.setChecked(ev.names_person)
            self.capture.set_value(ev.capture)
            self.stated_name.setText(ev.stated_name)
            self.stated_dob.set_value(ev.stated_date_of_birth)
            self.stated_passport.setText(ev.stated_passport_number)
            dims = f" · {ev.width_px}×{ev.height_px} px" if ev.width_px and ev.height_px else ""
            pages = self.tr(" · %n page(s)", "", ev.pages) if ev.pages else ""
            self.info.setText(
                self.tr("{name}\n{size} · {media}{pages}{dims}\nSHA-256: {sha}").format(
                    name=ev.original_filename,
                    size=human_size(ev.size),
                    media=ev.media_type,
                    pages=pages,
                    dims=dims,
                    sha=ev.sha256,
                )
            )
        finally:
            self._loading = False

    def _commit(self, *_: object) -> None:
        if self._loading or self._ev is None or refused_texts(self):  # a refused text stays, red, as typed
            return
        ev = copy.deepcopy(self._ev)
        ev.title = self.title_edit.text().strip() or ev.title
        ev.kind = self.kind.currentData() or ev.kind
        ev.language = self.language.code()
        ev.translation_of = self.translation_of.value()
        ev.translator_name = self.translator.text().strip()
        ev.translator_certified = self.certified.isChecked()
        ev.names_person = self.names_person.isChecked()
        ev.capture = self.capture.value() or CaptureKind.UNRECORDED
        ev.stated_name = self.stated_name.text().strip()
        ev.stated_date_of_birth = self.stated_dob.value(ev.stated_date_of_birth)
        ev.stated_passport_number = self.stated_passport.text().strip()
        if ev == self._ev:
            return
        self._ev = copy.deepcopy(ev)
        self.committed.emit(ev)
