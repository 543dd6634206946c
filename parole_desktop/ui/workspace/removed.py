"""The case's removed items (#25): what was taken out of this case and can still be put back, until the
case is signed off — after the Undo bar has gone, or on a later visit to the case."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.errors import ParoleError
from parole_desktop.services.session import Session
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.workspace.fields import show_error

log = logging.getLogger(__name__)


class RemovedItemsDialog(QDialog):
    """Lists the case's removed people and documents, newest first; **Put back** restores the selected one
    exactly (a document with its file). ``restored`` counts what was put back."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removedItemsDialog")
        self.setWindowTitle(self.tr("Removed from this case"))
        self._session, self._case_id = session, case_id
        self.restored = 0
        lay = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "What was removed from this case stays in the vault, with its file, until the case is signed "
                "off. Pick one and put it back."
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("removedItemsList")
        self.list.itemActivated.connect(lambda _item: self.put_back())
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.put_back_button = QPushButton(self.tr("Put back"))
        self.put_back_button.setObjectName("putBackRemoved")
        buttons.addButton(self.put_back_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.put_back_button.clicked.connect(self.put_back)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.resize(520, 360)
        self.refresh()

    def _kind(self, kind: str) -> str:
        return {"person": self.tr("person"), "evidence": self.tr("document")}.get(kind, kind)

    def refresh(self) -> None:
        self.list.clear()
        for item in self._session.removed_items(self._case_id):
            row = QListWidgetItem(
                self.tr("{kind}: {label} — removed {when} by {who}").format(
                    kind=self._kind(item.kind),
                    label=isolate(item.label),
                    when=isolate(item.removed_at.strftime("%Y-%m-%d %H:%M")),
                    who=isolate(item.actor),
                )
            )
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        self.put_back_button.setEnabled(self.list.currentItem() is not None)

    def put_back(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        try:
            self._session.restore_removed(int(item.data(Qt.ItemDataRole.UserRole)))
        except ParoleError as exc:
            show_error(self, str(exc), self.tr("Not put back"))
            self.refresh()
            return False
        self.restored += 1
        self.refresh()
        return True
