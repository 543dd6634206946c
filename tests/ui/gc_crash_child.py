"""Child process of ``test_operations_gc.py``: the segfault that once made the app switch the garbage
collector off, performed on purpose.

Each round, the GUI thread leaves Qt objects in reference cycles (a shown parentless widget, a running
timer, a shown progress dialog — what closed dialogs and pages holding their jobs used to leave), and a page
starts a job and is dropped while the job runs. The job's body allocates heavily and calls ``gc.collect()``
in the worker thread, so any such cycle still around is destroyed there unless the runner prevented it.

    python -X faulthandler -m tests.ui.gc_crash_child operations       # ui/operations.py: must print "ok"
    python -X faulthandler -m tests.ui.gc_crash_child qthread-worker   # the old QThread task, no GC switch

``qthread-worker`` is the approach ``ui/tasks.BackgroundTask`` used (QThread + worker QObject, closures that
capture the page) without its process-wide ``gc.disable()``; it is kept here as the control that shows the
scenario does crash.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QWidget

from parole_desktop.ui.operations import Operation

ROUNDS = 8


class Cycle:
    """A plain object in a reference cycle, holding Qt objects the way a page's attributes do."""

    def __init__(self) -> None:
        self.me = self


def leave_qt_garbage() -> None:
    """Qt objects created on the GUI thread, dropped while only a cycle refers to them."""
    c = Cycle()
    c.widget = QWidget()
    c.widget.show()
    c.timer = QTimer()
    c.timer.setInterval(5)
    c.timer.timeout.connect(c.widget.update)
    c.timer.start()
    c.dialog = QProgressDialog("Working…", "Cancel", 0, 0)
    c.dialog.show()


def heavy(round_no: int, report: Callable[[int, int, str], None]) -> int:
    """Allocates and collects in whatever thread runs it."""
    junk: list[list[list[int]]] = []
    for i in range(4):
        junk.append([[j] for j in range(30_000)])  # allocations: automatic collections in this thread too
        gc.collect()
        report(i + 1, 4, f"round {round_no}, step {i + 1}")
    time.sleep(0.05)
    return sum(len(x) for x in junk)


class Page(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.job: Any = None

    def done(self, result: object) -> None:
        DONE.append(result)


DONE: list[object] = []


# ---------------------------------------------------------------------------- the two ways to run a job


def start_with_operations(page: Page, round_no: int) -> None:
    op = Operation(page, lambda progress: heavy(round_no, progress.report), title="Working…").success(
        page.done
    )
    page.job = op  # a page that keeps its job (the old ``self._task``): the runner must not leave a cycle
    assert op.run()


class _OldWorker(QObject):
    finished = Signal(object)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        self.finished.emit(self._work())


class _OldTask(QObject):
    """ui/tasks.BackgroundTask as it was, minus the garbage-collector switch."""

    done = Signal(object)

    def __init__(self, work: Callable[[], object], parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._thread = QThread()
        self._worker = _OldWorker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.dialog = QProgressDialog("Working…", "Cancel", 0, 0, parent_widget)
        self.dialog.setMinimumDuration(300)

    def start(self) -> None:
        self._thread.start()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()
        self.done.emit(result)


def start_with_qthread_worker(page: Page, round_no: int) -> None:
    # the old pages' closures captured the page (self.session, self.tr, ...)
    task = _OldTask(lambda: heavy(round_no, lambda d, t, label: page.objectName() and None), page)
    task.done.connect(page.done)
    page.job = task
    task.start()


def main(mode: str) -> int:
    faulthandler.enable()
    app = QApplication([])
    window = QMainWindow()
    window.show()
    start = {"operations": start_with_operations, "qthread-worker": start_with_qthread_worker}[mode]
    for round_no in range(ROUNDS):
        leave_qt_garbage()
        page = Page(window)
        start(page, round_no)
        page.setParent(
            None
        )  # the page leaves its window while its job runs, shown on its own, and is dropped
        page.show()
        del page
        deadline = time.monotonic() + 30
        while len(DONE) <= round_no and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if len(DONE) <= round_no:
            print(f"round {round_no}: the job did not end", file=sys.stderr)
            return 3
    end = time.monotonic() + 0.3  # timers of objects destroyed in the wrong thread would fire now
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.close()
    print("ok", len(DONE), "jobs; collector enabled:", gc.isenabled())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "operations"))
