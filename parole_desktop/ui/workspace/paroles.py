"""A person's earlier and current paroles: a small table, one row per I-94 (add, edit in place, remove)."""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import ParoleBasis
from parole_desktop.domain.models import ParoleRecord
from parole_desktop.ui.workspace.fields import DateEdit, EnumCombo, watch

COLUMNS = ("I-94 number", "Class", "Program", "Basis", "Paroled on", "Expires on")
BASES = [
    ("Urgent humanitarian", ParoleBasis.URGENT_HUMANITARIAN.value),
    ("Public benefit", ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT.value),
]


class ParoleTable(QWidget):
    """Edits a list of ParoleRecord. Each cell is an editor (dates are DateEdits, so a date that is not a
    date is red, never stored, and kept encrypted at lock like any other field)."""

    changed = Signal()
    rowRemoved = Signal(object, int)  # the ParoleRecord removed and its place (the workspace offers Undo)

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self._records: list[ParoleRecord] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName(f"{prefix}_parolesTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((110, 60, 90, 130, 120, 120)):  # never narrower than the title in the
            # language the workspace is built in ("Número del I-94", "تاريخ الإفراج المشروط" were elided)
            self.table.setColumnWidth(col, max(width, header.sectionSizeFromContents(col).width()))
        self.table.setMinimumHeight(110)
        lay.addWidget(self.table)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a parole"))
        self.add_button.setObjectName(f"{prefix}_addParole")
        self.add_button.clicked.connect(self._add_clicked)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName(f"{prefix}_editParole")
        self.edit_button.clicked.connect(self._edit_clicked)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName(f"{prefix}_removeParole")
        self.remove_button.clicked.connect(self._remove_clicked)
        for b in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.setFocusProxy(self.add_button)
        self._update_buttons()
        self.table.itemSelectionChanged.connect(self._update_buttons)

    # ------------------------------------------------------------------ rows
    def row_count(self) -> int:
        return self.table.rowCount()

    def cell(self, row: int, col: int) -> QWidget:
        w = self.table.cellWidget(row, col)
        assert w is not None
        return w

    def add_row(self, record: ParoleRecord | None = None) -> int:
        record = copy.deepcopy(record) if record is not None else ParoleRecord()
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._records.append(record)
        editors: list[QWidget] = []
        for text in (record.i94_number, record.class_of_admission, record.program):
            edit = QLineEdit(text)
            editors.append(edit)
        basis = EnumCombo([(self.tr(w), v) for w, v in BASES], none_label=self.tr("—"))
        basis.set_value(record.basis or None)
        editors.append(basis)
        for value in (record.paroled_on, record.expires_on):
            date = DateEdit()
            date.set_value(value)
            editors.append(date)
        for col, w in enumerate(editors):
            self.table.setCellWidget(row, col, w)
            watch(w, lambda *_: self.changed.emit())
            if isinstance(w, DateEdit):  # a Solar Hijri date needs room for the Gregorian date beside it
                self.table.setColumnWidth(col, max(self.table.columnWidth(col), w.minimumWidth()))
                w.calendarChanged.connect(lambda _on, c=col, d=w: self._widen(c, d))
        self.table.setRowHeight(row, max(self.table.rowHeight(row), editors[-1].sizeHint().height() + 4))
        self._name_rows()
        self._update_buttons()
        return row

    def _widen(self, col: int, date: DateEdit) -> None:
        self.table.setColumnWidth(col, max(self.table.columnWidth(col), date.minimumWidth()))

    def _name_rows(self) -> None:
        """Object names by position (``<prefix>_parole<row>_<col>``): what the lock's stash finds them by."""
        for row in range(self.table.rowCount()):
            for col in range(len(COLUMNS)):
                w = self.table.cellWidget(row, col)
                if w is not None:
                    w.setObjectName(f"{self.prefix}_parole{row}_{col}")
                    w.setAccessibleName(f"{self.tr(COLUMNS[col])} ({self.tr('parole')} {row + 1})")

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.selectRow(row)
        self.cell(row, 0).setFocus()
        self.changed.emit()

    def _edit_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.cell(row, 0).setFocus()

    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        removed = self._row_record(row)
        place = sum(1 for r in range(row) if self._row_record(r) is not None)
        self.table.removeRow(row)
        self._records.pop(row)
        self._name_rows()
        self._update_buttons()
        self.changed.emit()
        if removed is not None:
            self.rowRemoved.emit(removed, place)

    def _update_buttons(self) -> None:
        has = self.table.currentRow() >= 0 and self.table.rowCount() > 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # ------------------------------------------------------------------ data
    def set_value(self, records: list[ParoleRecord] | None) -> None:
        self.table.setRowCount(0)
        self._records = []
        for r in records or []:
            self.add_row(r)
        self._update_buttons()

    def _row_record(self, row: int) -> ParoleRecord | None:
        """The record a row shows (None when the row is entirely empty); an invalid date keeps the stored one."""
        old = self._records[row]
        i94, klass, program = (self.cell(row, c) for c in range(3))
        basis, paroled, expires = self.cell(row, 3), self.cell(row, 4), self.cell(row, 5)
        assert isinstance(i94, QLineEdit) and isinstance(klass, QLineEdit) and isinstance(program, QLineEdit)
        assert (
            isinstance(basis, EnumCombo) and isinstance(paroled, DateEdit) and isinstance(expires, DateEdit)
        )
        rec = copy.deepcopy(old)
        rec.i94_number = i94.text().strip()
        rec.class_of_admission = klass.text().strip()
        rec.program = program.text().strip()
        rec.basis = basis.value() or ""
        rec.paroled_on = paroled.value(old.paroled_on)
        rec.expires_on = expires.value(old.expires_on)
        filled = (
            rec.i94_number,
            rec.class_of_admission,
            rec.program,
            rec.basis,
            rec.paroled_on,
            rec.expires_on,
        )
        return rec if any(filled) else None

    def value(self, current: list[ParoleRecord] | None = None) -> list[ParoleRecord]:
        """The rows as records; a row left entirely empty is dropped, an invalid date keeps the stored one."""
        return [rec for row in range(len(self._records)) if (rec := self._row_record(row)) is not None]

    def put_back(self, record: ParoleRecord, index: int) -> None:
        """Undo a removal: the record back at its place among the (non-empty) rows."""
        records = self.value()
        records.insert(max(0, min(index, len(records))), record)
        self.set_value(records)
        self.changed.emit()
