"""Re-probing in the background after unlock: exhibits whose stored child output (pages and thumbnail) is
missing or from an older probe version get it again, one file at a time, while the user works.

The ``ui/operations.py`` pattern, without the modal dialog: a plain Python thread with no Qt object in it
runs only the sandbox child (``services.session.probe_content``, which touches no vault); reading the stored
file and keeping the output happen on the GUI thread, so the session's one database connection is never
used from two threads. Progress and Cancel sit in the main window's status bar (:class:`ReprobeStatus`).

The job gives way to the window's operations: while one runs (a packet export, a backup, a key rotation)
no new child is started; it goes on once that operation has ended. A build needing an output that is not
there yet makes it itself (``packet/exhibits.load_exhibits``). Locking stops the job (the child under way
ends first, its output is dropped).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from parole_desktop.domain.models import Evidence
from parole_desktop.errors import ParoleError
from parole_desktop.logsetup import redact
from parole_desktop.services.session import Session, probe_content
from parole_desktop.ui.operations import OperationRunner, Progress

log = logging.getLogger(__name__)

ProbeFn = Callable[[bytes], tuple[object, bytes]]


class ReprobeJob(QObject):
    """Probe again, one by one, the items ``session.stale_probes()`` names. Signals: ``progressed(done,
    total)``, ``kept(sha256)`` after each output stored, ``ended(kept, cancelled)`` once."""

    progressed = Signal(int, int)
    kept = Signal(str)
    ended = Signal(int, bool)
    _wake = Signal()

    def __init__(self, session: Session, runner: OperationRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprobeJob")
        self.session = session
        self.runner = runner
        self.progress = Progress()  # ``cancelled`` is what Cancel and locking set
        self.todo: list[Evidence] = []
        self.total = 0
        self.done = 0
        self.stored = 0
        self.running = False
        self.finished = False
        self._thread: threading.Thread | None = None
        self._current: Evidence | None = None
        self._box: _Answer | None = None
        self.probe: ProbeFn = probe_content
        self._wake.connect(self._child_done, Qt.ConnectionType.QueuedConnection)
        runner.finished.connect(self._next)  # an operation ended: go on

    def start(self) -> int:
        """Find the stale items and start; returns how many there are (0: nothing to do, ended at once)."""
        self.todo = self.session.stale_probes()
        self.total = len(self.todo)
        self.running = True
        if self.total:
            log.info("re-probing %d exhibit(s) in the background", self.total)
            self.progressed.emit(0, self.total)
        self._next()
        return self.total

    def cancel(self) -> None:
        """Stop after the child under way (what was kept stays kept)."""
        self.progress.cancel()
        if self._thread is None:
            self._end()

    def stop(self) -> None:
        """For locking: cancel, wait for the child under way, drop its output; nothing runs afterwards."""
        self.progress.cancel()
        thread = self._thread
        if thread is not None:
            thread.join()
        self._thread = None
        self._end()

    @property
    def busy(self) -> bool:
        return self._thread is not None

    # ------------------------------------------------------------------ GUI thread
    @Slot()
    def _next(self) -> None:
        if not self.running or self._thread is not None:
            return
        if self.progress.cancelled or self.session.closed:
            self._end()
            return
        if self.runner.busy:  # an export or backup runs: its turn first (runner.finished calls us again)
            return
        while self.todo:
            ev = self.todo.pop(0)
            data = self.session.read_for_probe(ev)
            if data is None:
                self._advance()
                continue
            self._current = ev
            self._box = box = _Answer()
            self._thread = threading.Thread(
                target=_work,
                args=(box, self.probe, data, self._wake.emit),
                name="re-probe exhibit",
                daemon=True,
            )
            self._thread.start()
            return
        self._end()

    @Slot()
    def _child_done(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:  # stopped (locked) meanwhile: the output is dropped
            return
        thread.join()
        ev, answer = self._current, self._box.value if self._box is not None else None
        self._current = self._box = None
        if ev is not None and isinstance(answer, tuple) and not self.session.closed:
            verdict, pdf = answer
            try:
                if self.session.keep_probe_output(ev, verdict, pdf):  # type: ignore[arg-type]
                    self.stored += 1
                    self.kept.emit(ev.sha256)
            except ParoleError as exc:
                log.warning("a re-probed output could not be kept: %s", redact(exc))
        elif isinstance(answer, BaseException):
            log.warning("re-probing an exhibit failed (%s)", type(answer).__name__)
        self._advance()
        self._next()

    def _advance(self) -> None:
        self.done += 1
        self.progressed.emit(self.done, self.total)

    def _end(self) -> None:
        if self.finished:
            return
        self.finished = True
        self.running = False
        self.todo = []
        if shiboken6.isValid(self.runner):
            with contextlib.suppress(RuntimeError, TypeError):
                self.runner.finished.disconnect(self._next)
        if self.total:
            log.info(
                "background re-probe %s: %d of %d kept",
                "cancelled" if self.progress.cancelled else "done",
                self.stored,
                self.total,
            )
        self.ended.emit(self.stored, self.progress.cancelled)


class _Answer:
    """What the worker thread hands back (a plain object: the thread holds no Qt object)."""

    value: tuple[object, bytes] | BaseException | None = None


def _work(box: _Answer, probe: ProbeFn, data: bytes, wake: Callable[[], None]) -> None:
    """Worker thread: the child reads the bytes; nothing here touches Qt or the vault."""
    try:
        box.value = probe(data)
    except BaseException as exc:
        box.value = exc
    try:
        wake()
    except RuntimeError:  # the window went away meanwhile
        log.debug("re-probe ended after its window was deleted")


class ReprobeStatus(QWidget):
    """The status-bar line of a running :class:`ReprobeJob`: what it does, a bar, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprobeStatus")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("reprobeLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("reprobeBar")
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("reprobeCancel")
        self.cancel_button.setToolTip(
            self.tr("Stop preparing exhibit pages now; a packet export prepares what is still missing")
        )
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button)
        self._job: ReprobeJob | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def follow(self, job: ReprobeJob) -> None:
        self._job = job
        job.progressed.connect(self._show)
        job.ended.connect(self._ended)

    def _show(self, done: int, total: int) -> None:
        self.label.setText(
            self.tr("Preparing exhibit pages and thumbnails: {done} of {total}").format(
                done=done, total=total
            )
        )
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.setVisible(done < total)

    def _ended(self, _kept: int, _cancelled: bool) -> None:
        self._job = None
        # hidden after the event that ended it, so a last "n of n" is not left on screen
        QTimer.singleShot(0, self.hide)

    def _cancel(self) -> None:
        if self._job is not None:
            self.label.setText(self.tr("Stopping…"))
            self._job.cancel()
