"""Share ▸ Received but not applied… (issue #23): the standing list of what other laptops sent that this
laptop did not apply — kept aside (quarantined: it did not decrypt or verify, its author is revoked or
unknown, or its content was refused) or waiting for what it depends on — with when it arrived, from which
laptop, what kind, and why. The CLI's ``quarantine`` in a sortable table; the reason can be copied for
whoever looks into it. Like the CLI it only shows: an entry cannot be retried or discarded from here (the
CLI has no such action either).

Nothing of an object's content is shown: the laptop is named only when the roster lists the key that
signed it under that device id, the kind only when that signature verified (``services/exchange``), and the
reason is the check's own sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.services import exchange
from parole_desktop.services.session import Session
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.widgets import fit_to_screen, note

_CTX = "quarantine"
#: seal context -> what the table calls it
KINDS: dict[str, str] = {
    "revision": str(QT_TRANSLATE_NOOP("quarantine", "Case change")),
    "evidence": str(QT_TRANSLATE_NOOP("quarantine", "Evidence file")),
    "signoff": str(QT_TRANSLATE_NOOP("quarantine", "Sign-off")),
    "rules-pack": str(QT_TRANSLATE_NOOP("quarantine", "Rules pack")),
    "filing": str(QT_TRANSLATE_NOOP("quarantine", "Signed filing")),
}
COLUMNS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("quarantine", "Received")),
    str(QT_TRANSLATE_NOOP("quarantine", "From")),
    str(QT_TRANSLATE_NOOP("quarantine", "Kind")),
    str(QT_TRANSLATE_NOOP("quarantine", "State")),
    str(QT_TRANSLATE_NOOP("quarantine", "Reason")),
)
RECEIVED, FROM, KIND, STATE, REASON = range(len(COLUMNS))
_LRI, _PDI = "\u2066", "\u2069"  # a time and an id stay left to right in a right-to-left table


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclasses.dataclass(frozen=True)
class Row:
    entry: exchange.QuarantineEntry
    waiting: bool
    device: str  # the roster's name for the author, '' when not known

    def cells(self) -> tuple[str, str, str, str, str]:
        e = self.entry
        return (
            _LRI + _local_time(e.received_at) + _PDI,
            isolate(self.device)
            if self.device
            else QCoreApplication.translate("quarantine", "Unknown laptop"),
            _tr(KINDS[e.kind]) if e.kind in KINDS else (e.kind or "—"),
            QCoreApplication.translate("quarantine", "Waiting")
            if self.waiting
            else QCoreApplication.translate("quarantine", "Kept aside"),
            _own_direction(e.reason),
        )

    def copied(self) -> str:
        """What Copy reason puts on the clipboard: the line `quarantine` prints for it."""
        e = self.entry
        return f"{e.object_id[:16]}  {e.received_at}  {'waiting' if self.waiting else e.code}: {e.reason}"


def _own_direction(text: str) -> str:
    """A reason keeps its own direction in a right-to-left table: a sentence without right-to-left letters
    (the check's English) is left to right on every line it wraps to (LRI … LRM PDI: a wrapped line's final
    full stop stays at its end); any other in an isolate (FSI … PDI)."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return isolate(text)
    return _LRI + text + "\u200e" + _PDI


def _local_time(iso: str) -> str:
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def rows(session: Session) -> list[Row]:
    """What was received and not applied: kept aside first, then waiting (each oldest first)."""
    names = exchange.device_names(session)
    kept = [Row(e, False, names.get(e.author, "")) for e in exchange.quarantine(session)]
    return kept + [Row(e, True, names.get(e.author, "")) for e in exchange.waiting(session)]


class NotAppliedModel(QAbstractTableModel):
    """The rows as a table; ``Qt.UserRole`` holds the sort key (the ISO time for Received)."""

    def __init__(self, items: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells()[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return (
                row.entry.received_at
                if index.column() == RECEIVED
                else row.cells()[index.column()].casefold()
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None


class NotAppliedDialog(QDialog):
    """The list, sortable by any column (newest first to begin with), with Copy reason (also Ctrl+C)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notAppliedDialog")
        self.setWindowTitle(QCoreApplication.translate("quarantine", "Received but not applied"))
        self.session = session
        lay = QVBoxLayout(self)
        self.intro = note(name="notAppliedIntro")
        lay.addWidget(self.intro)
        self.model = NotAppliedModel(rows(session), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setObjectName("notAppliedTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for col in (RECEIVED, FROM, KIND, STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(QCoreApplication.translate("quarantine", "Copy reason"))
        self.copy_button.setObjectName("copyReason")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy_reason)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_reason)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        empty = not self.model.items
        self.intro.setText(
            QCoreApplication.translate("quarantine", "Nothing received is kept aside.")
            if empty
            else QCoreApplication.translate(
                "quarantine",
                "What other laptops sent that this laptop has not applied, and why. What is kept aside is "
                "never applied; what is waiting is taken as soon as what it depends on arrives.",
            )
        )
        self.table.setVisible(not empty)
        if (
            not empty
        ):  # not selectRow: right to left it picks the column at the edge of a viewport not laid out yet
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()
        self.setMinimumSize(480, 280)
        fit_to_screen(self, 900, 480)

    def _update_buttons(self) -> None:
        self.copy_button.setEnabled(bool(self.selected()))

    def selected(self) -> list[Row]:
        """The selected rows, in the order shown."""
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.items[self.proxy.mapToSource(self.proxy.index(r, 0)).row()] for r in picked]

    def copy_reason(self) -> str:
        """Put the selected rows' reasons on the clipboard (one line each); returns what was copied."""
        text = "\n".join(r.copied() for r in self.selected())
        clipboard = QGuiApplication.clipboard()
        if text and clipboard is not None:
            clipboard.setText(text)
        return text


def show(parent: QWidget, session: Session) -> NotAppliedDialog:
    dlg = NotAppliedDialog(session, parent)
    dlg.open()
    return dlg


__all__ = ["KINDS", "NotAppliedDialog", "NotAppliedModel", "Row", "rows", "show"]
