"""Auto-lock: an application-wide event filter notes every key or mouse input; a once-a-second check
compares the time since then with the limit on a clock that keeps counting while the laptop sleeps.

A QTimer alone stops while the machine is suspended, so a laptop closed for a night would come back
unlocked with minutes still to go; here the time asleep counts. 30 seconds before the lock a warning is
emitted (and shown in the window's status bar); any input postpones it. After ``idle`` the watcher stays
armed and fires again a little later if the owner could not lock (for example a failed save), so
auto-lock never switches itself off.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
}
AUTO_LOCK_KEY = "security/autoLockMinutes"
DEFAULT_AUTO_LOCK_MIN = 10
WARN_BEFORE_S = 30
RETRY_S = 30  # after an idle signal the owner did not act on (lock failed), try again this much later
TICK_MS = 1000


def auto_lock_minutes(settings: QSettings) -> int:
    """The auto-lock delay the settings hold (1-240 minutes; the default when unset or not a number)."""
    try:
        value = int(settings.value(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MIN))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        value = DEFAULT_AUTO_LOCK_MIN
    return max(1, min(value, 240))


def sleep_counting_clock() -> float:
    """Seconds on a clock that also runs while the machine sleeps (Linux CLOCK_BOOTTIME; elsewhere the
    larger of the monotonic and wall-clock advance, so a suspend is never lost)."""
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return _Fallback.now()


class _Fallback:
    _mono = time.monotonic()
    _wall = time.time()
    _value = 0.0

    @classmethod
    def now(cls) -> float:
        mono, wall = time.monotonic(), time.time()
        cls._value += max(0.0, mono - cls._mono, wall - cls._wall)
        cls._mono, cls._wall = mono, wall
        return cls._value


def _tick_ms(timeout_ms: int) -> int:
    return max(20, min(TICK_MS, timeout_ms // 4))


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without user input while ``active`` (time asleep counts), and
    ``warning(seconds_left)`` once, ``WARN_BEFORE_S`` seconds before."""

    idle = Signal()
    warning = Signal(int)

    def __init__(
        self,
        timeout_ms: int,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = sleep_counting_clock,
    ) -> None:
        super().__init__(parent)
        self.clock = clock  # public: tests put a fake clock here and call check()
        self._timeout_s = timeout_ms / 1000
        self._last_input = clock()
        self._warned = False
        self._tick = QTimer(self)
        self._tick.setInterval(_tick_ms(timeout_ms))
        self._tick.timeout.connect(self.check)
        self.warning.connect(self._show_warning)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return int(self._timeout_s * 1000)

    def set_timeout_ms(self, ms: int) -> None:
        self._timeout_s = ms / 1000
        self._tick.setInterval(_tick_ms(ms))
        self._reset()

    def start(self) -> None:
        self._reset()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()

    @property
    def active(self) -> bool:
        return self._tick.isActive()

    def _reset(self) -> None:
        self._last_input = self.clock()
        if self._warned:
            self._clear_warning()
        self._warned = False

    def check(self) -> None:
        """Called every second (and by tests with a fake clock)."""
        if not self.active:
            return
        left = self._timeout_s - (self.clock() - self._last_input)
        if left <= 0:
            # stay armed: if the owner cannot lock now, it is asked again RETRY_S later
            self._last_input = self.clock() - self._timeout_s + RETRY_S
            self._warned = False
            self.idle.emit()
        elif left <= WARN_BEFORE_S and not self._warned and self._timeout_s > WARN_BEFORE_S:
            self._warned = True
            self.warning.emit(int(left + 0.5))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._tick.isActive():
            self._reset()
        return False

    def _window(self) -> QMainWindow | None:
        parent = self.parent()
        return parent if isinstance(parent, QMainWindow) else None

    def _show_warning(self, seconds: int) -> None:
        win = self._window()
        if win is not None:
            win.statusBar().showMessage(
                self.tr(
                    "Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.",
                    "",
                    seconds,
                )
            )

    def _clear_warning(self) -> None:
        win = self._window()
        if win is not None and "Locking in" in win.statusBar().currentMessage():
            win.statusBar().clearMessage()

    def detach(self) -> None:
        self._tick.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
