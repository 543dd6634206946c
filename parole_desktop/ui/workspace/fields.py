"""Small editor widgets the workspace steps share: RTL-aware names, optional dates, enum combos, a page base."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

HIGHLIGHT_STYLE = "border: 2px solid #d97706; background: #fff7e6;"
INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"


def first_strong_is_rtl(text: str) -> bool:
    """True when the first letter with a strong direction is right-to-left (Arabic script, Hebrew)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def apply_direction(widget: QLineEdit, text: str) -> None:
    """Lay out a line edit right-to-left when its text starts with an Arabic-script (or Hebrew) letter."""
    rtl = first_strong_is_rtl(text)
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    if widget.layoutDirection() != direction:
        widget.setLayoutDirection(direction)
    align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


class NameEdit(QLineEdit):
    """A line edit for names: switches to right-to-left layout for Arabic-script text (fa, ps, ar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(lambda text: apply_direction(self, text))


class DateEdit(QLineEdit):
    """An optional date typed as YYYY-MM-DD; empty means "not given". Invalid text is shown in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(10)
        self.setMaximumWidth(140)
        self.textChanged.connect(self._check)

    def is_valid(self) -> bool:
        text = self.text().strip()
        if not text:
            return True
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            return False
        return len(text) == 10

    def _check(self) -> None:
        self.setStyleSheet("" if self.is_valid() else INVALID_STYLE)
        self.setToolTip("" if self.is_valid() else self.tr("Enter the date as YYYY-MM-DD, e.g. 2026-12-31."))

    def value(self, fallback: dt.date | None = None) -> dt.date | None:
        """The typed date; ``fallback`` (the stored value) while the text is not a valid date."""
        text = self.text().strip()
        if not text:
            return None
        if not self.is_valid():
            return fallback
        return dt.date.fromisoformat(text)

    def set_value(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")


class EnumCombo(QComboBox):
    """A combo over (label, value) pairs; ``none_label`` adds a first "not chosen" entry meaning None.

    Values are kept in Python (Qt would turn a StrEnum into a plain str).
    """

    def __init__(self, items: Iterable[tuple[str, Any]], none_label: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        if none_label is not None:
            self.add(none_label, None)
        for label, value in items:
            self.add(label, value)

    def add(self, label: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(label)

    def clear(self) -> None:
        self._values = []
        super().clear()

    def value(self) -> Any:
        i = self.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def set_value(self, value: Any) -> None:
        for i, data in enumerate(self._values):
            if data == value:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(0)


def enum_items(enum_cls: type[Enum], labels: dict[Any, str] | None = None) -> list[tuple[str, Any]]:
    labels = labels or {}
    return [(labels.get(m, str(m.value).replace("_", " ").capitalize()), m) for m in enum_cls]  # type: ignore[attr-defined]


def optional_spin(maximum: int, none_text: str, parent: QWidget | None = None) -> QSpinBox:
    """A spin box where 0 shows ``none_text`` and means "not given"."""
    spin = QSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setSpecialValueText(none_text)
    spin.setMaximumWidth(160)
    return spin


def set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif isinstance(widget, QLineEdit):
        widget.setText(text)


def watch(widget: QWidget, slot: Any) -> None:
    """Connect the "user changed something" signal of any editor widget to ``slot``."""
    if isinstance(widget, (DateEdit | QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)


def flash(widget: QWidget, ms: int = 2500) -> None:
    """Highlight a widget briefly (a finding jumped here)."""
    old = widget.styleSheet()
    if HIGHLIGHT_STYLE in old:
        return
    widget.setStyleSheet(HIGHLIGHT_STYLE)
    widget.setProperty("highlighted", True)

    def restore() -> None:
        try:
            widget.setStyleSheet(old)
            widget.setProperty("highlighted", False)
        except RuntimeError:  # the widget was deleted meanwhile
            pass

    QTimer.singleShot(ms, restore)


def show_error(parent: QWidget, text: str, title: str = "") -> QMessageBox:
    """A plain, non-blocking message box (window-modal); returned so callers and tests can find it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or parent.tr("Parole Desktop"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("workspaceError")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class Loading:
    """Context manager for a page's ``_loading`` flag, so programmatic fills do not count as edits."""

    def __init__(self, page: StepPage) -> None:
        self.page = page

    def __enter__(self) -> None:
        self.page._loading += 1

    def __exit__(self, *exc: object) -> None:
        self.page._loading -= 1


class StepPage(QWidget):
    """Base of one workspace step: ``load(case)`` fills widgets, ``apply(case)`` writes them back.

    ``edited`` fires on user edits only (not while loading); the workspace debounces and saves.
    """

    edited = Signal()
    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = 0

    def loading(self) -> Loading:
        return Loading(self)

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def watch_all(self, widgets: Iterable[QObject]) -> None:
        for w in widgets:
            if isinstance(w, QWidget):
                watch(w, self._edited)

    def fields(self) -> dict[str, QWidget]:
        """Field id (as findings name it) -> the widget that edits it."""
        return {}

    def load(self, case: Any) -> None:  # pragma: no cover - overridden
        pass

    def apply(self, case: Any) -> None:
        pass

    def clear(self) -> None:  # pragma: no cover - overridden
        pass

    def activated(self) -> None:
        """The step became visible."""
