"""The Undo bar (as in Gmail or Anki): after a removal in the workspace, a bar says what was removed, with
Undo, for a few seconds; Ctrl+Z undoes the latest removal of this visit to the case while nothing else
would take the key (a text field keeps its own Ctrl+Z). Removed items stay recoverable from the case's
list of removed items until the case is signed off (``Session.removed_items``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

log = logging.getLogger(__name__)

SHOW_MS = 10_000


@dataclass
class _Undo:
    text: str
    action: Callable[[], bool]  # puts the item back; False when it could not (the error was shown)


class UndoBar(QFrame):
    """``removed(text, undo)`` shows the bar; ``undo_last()`` runs the newest undo still on the stack."""

    undone = Signal(str)

    def __init__(self, shortcut_scope: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#undoBar { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 2, 4, 2)
        self.label = QLabel()
        self.label.setObjectName("undoText")
        lay.addWidget(self.label, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(self.tr("Put it back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)
        lay.addWidget(self.undo_button)
        close = QPushButton("×")
        close.setObjectName("undoClose")
        close.setAccessibleName(self.tr("Hide"))
        close.setFlat(True)
        close.setFixedWidth(28)
        close.clicked.connect(self.hide)
        lay.addWidget(close)
        self._stack: list[_Undo] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.hide)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), shortcut_scope)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.undo_last)
        self.hide()

    def removed(self, text: str, undo: Callable[[], bool]) -> None:
        self._stack.append(_Undo(text, undo))
        self.label.setText(text)
        self.undo_button.setEnabled(True)
        self.show()
        self._timer.start()

    def can_undo(self) -> bool:
        return bool(self._stack)

    def undo_last(self) -> bool:
        if not self._stack:
            return False
        item = self._stack.pop()
        ok = item.action()
        if ok:
            self.label.setText(self.tr("Put back."))
            self.undone.emit(item.text)
        self.undo_button.setEnabled(bool(self._stack))
        self.show()
        self._timer.start(2_500)
        return ok

    def clear(self) -> None:
        """A new case in the workspace: the undos of the last one no longer apply."""
        self._stack.clear()
        self._timer.stop()
        self.hide()
