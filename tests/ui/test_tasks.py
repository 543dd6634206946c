"""BackgroundTask: result and error delivery on the GUI thread, cancel, and GUI-thread-only garbage collection."""

from __future__ import annotations

import gc
import threading

import pytest

from parole_desktop.errors import UserError
from parole_desktop.ui.tasks import BackgroundTask


def test_result_progress_and_gc_policy(qtbot):
    seen: list[tuple[int, int, str]] = []
    gate = threading.Event()
    states: dict[str, bool] = {}

    def work(progress, cancelled):
        states["gc_in_worker"] = gc.isenabled()
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        gate.wait(5)
        return 42

    task = BackgroundTask(work)
    task.progress.connect(lambda d, t, label: seen.append((d, t, label)))
    assert gc.isenabled()
    task.start()
    qtbot.waitUntil(lambda: "gc_in_worker" in states, timeout=5000)
    assert not states["gc_in_worker"], "no automatic collection may run in a worker thread"
    with qtbot.waitSignal(task.done, timeout=5000) as blocker:
        gate.set()
    assert blocker.args == [42]
    assert seen[-1] == (3, 3, "step 3")
    assert gc.isenabled(), "automatic collection is back once no task runs"


def test_error_is_delivered_not_raised(qtbot):
    def work(progress, cancelled):
        raise UserError("the drive is gone")

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.error, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], UserError)
    assert gc.isenabled()


def test_cancel_is_seen_by_the_work(qtbot):
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            pass
        raise UserError("cancelled")

    task = BackgroundTask(work)
    task.start()
    assert started.wait(5)
    with qtbot.waitSignal(task.error, timeout=5000):
        task.cancel()
    assert task.cancelled


@pytest.mark.parametrize("n", range(2))
def test_many_tasks_in_a_row(qtbot, n):
    for i in range(5):
        task = BackgroundTask(lambda p, c, i=i: i * 2)
        with qtbot.waitSignal(task.done, timeout=5000) as blocker:
            task.start()
        assert blocker.args == [i * 2]
    assert gc.isenabled()
