"""Small shared building blocks: a centred card for the lock screens, headings, a passphrase field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


def heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def note(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def secret_field(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(320)
    return edit


def error_label(name: str) -> QLabel:
    label = note("", name)
    label.setStyleSheet("color: #b00020;")
    label.setVisible(False)
    return label


class Card(QWidget):
    """A page whose content sits in a framed column in the middle of the window."""

    def __init__(self, parent: QWidget | None = None, width: int = 520) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.frame = QFrame()
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setMaximumWidth(width)
        self.frame.setMinimumWidth(min(width, 420))
        self.body = QVBoxLayout(self.frame)
        self.body.setContentsMargins(28, 24, 28, 24)
        self.body.setSpacing(10)
        row.addWidget(self.frame, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
