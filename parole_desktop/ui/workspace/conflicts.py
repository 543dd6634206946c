"""The conflict table of the workspace (#23): fields another laptop changed differently from this one, each
with its earlier value (base), this laptop's and the incoming one; a person picks which to keep with Take
mine / Take theirs / Take base. Shown above the steps while the case has an open conflict; the case keeps
this laptop's values until then, and cannot be signed off."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.errors import ParoleError
from parole_desktop.services.session import Session

log = logging.getLogger(__name__)

_TAKES = (("mine", "Take mine"), ("theirs", "Take theirs"), ("base", "Take base"))


class ConflictPanel(QFrame):
    """``show_for(case_id)`` fills and shows the table (hidden when nothing is open); ``resolved`` is
    emitted with the case id after every choice, so the workspace reads the case again."""

    resolved = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id: int | None = None
        self.paths: list[str] = []
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#conflictPanel { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
        )
        lay = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Base"), self.tr("This laptop"), self.tr("Incoming")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(160)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for take, text in _TAKES:
            b = QPushButton(self.tr(text))
            b.setObjectName(f"take{take.capitalize()}")
            b.clicked.connect(lambda _checked=False, t=take: self.take(t))
            row.addWidget(b)
            self.buttons[take] = b
        row.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        lay.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.hide()

    @staticmethod
    def _shown(value: object) -> str:
        if value is None:
            return "—"
        if value == {"$deleted": True}:
            return "(removed)"
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    def _deletion(self, value: object) -> str:
        if value is True:
            return self.tr("case deleted")
        return self.tr("case kept, with its edits")

    def show_for(self, case_id: int | None) -> int:
        """Fill the table for ``case_id``; returns the number of open fields (0: hidden)."""
        from parole_desktop.services import exchange

        self.case_id = case_id
        self.message.clear()
        found = exchange.conflicts(self.session, case_id) if case_id is not None else []
        fields = [f for c in found for f in c.fields if f.get("chosen") is None]  # chosen: waits for the rest
        self.paths = [str(f["path"]) for f in fields]
        self.table.setRowCount(len(fields))
        self._bases = [f["base"] for f in fields]
        for r, f in enumerate(fields):
            if f["path"] == exchange.TOMBSTONE:  # the case deleted on one laptop, edited on the other
                shown = [self._deletion(f[k]) for k in ("base", "mine", "theirs")]
            else:
                shown = [self._shown(f[k]) for k in ("base", "mine", "theirs")]
            cells = (str(f["path"]), *shown)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.title.setText(
            self.tr(
                "Another laptop changed {n} field(s) of this case differently. Until you choose, the case keeps "
                "this laptop's values and cannot be signed off."
            ).format(n=len(fields))
        )
        if fields:
            self.table.selectRow(0)
        self.setVisible(bool(fields))
        self._update_buttons()
        return len(fields)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = 0 <= row < len(self.paths)
        for take, b in self.buttons.items():
            b.setEnabled(has and not (take == "base" and self._bases[row] is None))

    def take(self, which: str) -> bool:
        """Keep ``which`` value (mine, theirs, base) of the selected field. False when it was refused."""
        from parole_desktop.services import exchange

        row = self.table.currentRow()
        if self.case_id is None or not 0 <= row < len(self.paths):
            return False
        try:
            exchange.resolve_conflict(self.session, self.case_id, self.paths[row], take=which)
        except ParoleError as exc:
            self.message.setText(str(exc))
            return False
        self.resolved.emit(self.case_id)
        return True
