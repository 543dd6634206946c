"""Small shared building blocks: a centred card for the lock screens, headings, a passphrase field."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


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


def available_geometry(widget: QWidget) -> QRect:
    """The usable area (without panels) of the screen the widget is on, else of the primary screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize to the wanted size but never beyond the available screen (1024×600 laptops exist), and
    move the window back on screen when a remembered position lies outside it."""
    area = available_geometry(widget)
    frame_extra = max(0, widget.frameGeometry().height() - widget.height()) or 30
    w = min(width or widget.width(), area.width())
    h = min(height or widget.height(), area.height() - frame_extra)
    widget.resize(max(w, 200), max(h, 150))
    x = min(max(widget.x(), area.left()), area.right() - widget.width() + 1)
    y = min(max(widget.y(), area.top()), area.bottom() - widget.height() - frame_extra + 1)
    if widget.isWindow() and (x, y) != (widget.x(), widget.y()):
        widget.move(x, max(y, area.top()))


class ElidedLabel(QLabel):
    """A one-line label that shrinks with its window, eliding the middle (paths) or the end, with the
    whole text in its tooltip: a status bar never forces the window wider than a small screen."""

    def __init__(
        self, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.setText("")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(self.width() - 4, 20))
        super().setText(shown)


def make_primary(dialog: QWidget, button: QPushButton) -> None:
    """Enter in ``dialog`` presses ``button`` and nothing else: every other push button of the dialog stops
    being an auto-default (Qt makes any push button in a dialog the default once it has had focus, so a
    "Rotate keys…" or "Back up now…" could otherwise run on Enter)."""
    for other in dialog.findChildren(QPushButton):
        if other is not button:
            other.setAutoDefault(False)
            other.setDefault(False)
    button.setAutoDefault(True)
    button.setDefault(True)
