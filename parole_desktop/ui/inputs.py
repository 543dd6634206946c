"""Input safety for the whole application: the mouse wheel never changes a value it merely scrolls over.

Qt's combo boxes, spin boxes and date editors take the wheel even without focus, so scrolling a long
form with the wheel silently changed "Filed with" from USCIS to CBP (and autosave kept it). The guard,
installed once on the QApplication, makes such editors take focus only by click or Tab, and sends a
wheel event over an unfocused one to the scroll area around it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Application-wide event filter: see the module docstring."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, _GUARDED):
            obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel no longer gives focus
        elif kind == QEvent.Type.Wheel and isinstance(obj, _GUARDED) and not obj.hasFocus():
            area = _scroll_area_of(obj)
            if area is not None:
                QApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install_input_guards(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on the application once (idempotent); returns it."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None, "a QApplication must exist"
    existing = app.findChild(WheelGuard, "wheelGuard")
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    guard.setObjectName("wheelGuard")
    app.installEventFilter(guard)
    return guard


__all__ = ["WheelGuard", "install_input_guards"]
