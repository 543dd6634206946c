"""Auto-lock counts time asleep, warns 30 s before, and stays armed when a lock attempt fails."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from parole_desktop.ui.idle import RETRY_S, WARN_BEFORE_S, IdleWatcher, sleep_counting_clock

pytestmark = pytest.mark.gui


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def watched(qtbot):
    win = QMainWindow()
    qtbot.addWidget(win)
    clock = FakeClock()
    w = IdleWatcher(5 * 60_000, win, clock=clock)
    fired: list[str] = []
    w.idle.connect(lambda: fired.append("idle"))
    w.warning.connect(lambda s: fired.append(f"warn {s}"))
    w.start()
    yield win, w, clock, fired
    w.detach()


def test_suspend_time_counts(watched):
    """A laptop closed for an hour: the first check after waking locks at once."""
    _win, w, clock, fired = watched
    clock.t += 60
    w.check()
    assert fired == []
    clock.t += 3600  # asleep: no timer ran, the clock that counts sleep moved on
    w.check()
    assert fired == ["idle"]


def test_warns_30_seconds_before_and_input_postpones(watched, qtbot):
    from PySide6.QtCore import Qt

    win, w, clock, fired = watched
    clock.t += 5 * 60 - WARN_BEFORE_S + 1
    w.check()
    assert fired == [f"warn {WARN_BEFORE_S - 1}"]
    assert "Locking in" in win.statusBar().currentMessage()
    win.show()
    qtbot.keyClick(win, Qt.Key.Key_Shift)  # any input: warning gone, time starts again
    assert win.statusBar().currentMessage() == ""
    clock.t += 5 * 60 - WARN_BEFORE_S - 1
    w.check()
    assert fired == [f"warn {WARN_BEFORE_S - 1}"]


def test_stays_armed_when_the_lock_fails(watched):
    """The owner could not lock (a save failed): it is asked again, auto-lock never turns itself off."""
    _win, w, clock, fired = watched
    clock.t += 5 * 60
    w.check()
    assert fired[-1] == "idle" and w.active
    clock.t += RETRY_S
    w.check()
    assert fired.count("idle") == 2
    w.stop()
    clock.t += 3600
    w.check()
    assert fired.count("idle") == 2  # stopped (locked): nothing more


def test_real_clock_moves_forward():
    a = sleep_counting_clock()
    b = sleep_counting_clock()
    assert b >= a
