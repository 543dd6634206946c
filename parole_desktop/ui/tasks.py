"""Long work off the GUI thread: a QThread worker with progress, cancel, and errors routed back to the GUI."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

# fn(progress, cancelled) -> result ; progress(done, total, label) ; cancelled() -> bool
Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _GuiThreadGC(QObject):
    """While any worker thread runs, Python's cyclic garbage collector runs only in the GUI thread.

    Automatic collection happens in whichever thread allocates; when that is a worker thread and the
    garbage holds Qt wrappers created in the GUI thread, destroying them there crashes the process
    (seen as a segfault during a packet build). So automatic collection is switched off while tasks
    run, a GUI-thread timer collects instead, and it is switched back on when the last task ends.
    """

    def __init__(self) -> None:
        super().__init__()
        self.running = 0
        self._was_enabled = True
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._collect)

    def task_started(self) -> None:
        if self.running == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()
        self.running += 1

    def task_ended(self) -> None:
        self.running = max(0, self.running - 1)
        if self.running == 0:
            self._timer.stop()
            if self._was_enabled:
                gc.enable()
            gc.collect()

    @Slot()
    def _collect(self) -> None:
        threshold = gc.get_threshold()[0]
        if gc.get_count()[0] > threshold:
            gc.collect(0 if gc.get_count()[1] < 10 else 2)


_GC: _GuiThreadGC | None = None


def _gui_thread_gc() -> _GuiThreadGC:
    global _GC
    if _GC is None:
        _GC = _GuiThreadGC()
    return _GC


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel_event: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel_event

    def _report(self, done: int, total: int, label: str = "") -> None:
        self.progressed.emit(done, total, label)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._report, self._cancel.is_set)
        except BaseException as exc:
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """Runs ``work`` in a QThread. ``done(result)`` or ``error(exc)`` is emitted on the GUI thread.

    With ``parent_widget`` and ``title`` a modal progress dialog with a Cancel button is shown.
    Keep a reference to the task until it finishes (the caller's ``self._task``).
    """

    done = Signal(object)
    error = Signal(object)
    progress = Signal(int, int, str)

    def __init__(self, work: Work, *, parent_widget: QWidget | None = None, title: str = "",
                 cancellable: bool = True) -> None:
        super().__init__(parent_widget)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if parent_widget is not None and title:
            dlg = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent_widget)
            dlg.setObjectName("taskProgress")
            dlg.setWindowTitle(title)
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(300)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if not cancellable:
                dlg.setCancelButton(None)
            dlg.canceled.connect(self.cancel)
            self.dialog = dlg
        self.running = False

    def start(self) -> None:
        self.running = True
        _gui_thread_gc().task_started()
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, ms: int = 30_000) -> bool:
        return bool(self._thread.wait(ms))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if label and not self._cancel.is_set():
                self.dialog.setLabelText(label)
        self.progress.emit(done, total, label)

    def _finish(self) -> None:
        self.running = False
        self._thread.quit()
        self._thread.wait()
        _gui_thread_gc().task_ended()
        if self.dialog is not None:
            self.dialog.close()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._finish()
        self.error.emit(exc)
