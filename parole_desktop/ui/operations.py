"""Long work, one way (after Anki's ``CollectionOp``): a plain function gets the session (or the plain values
it needs) and a :class:`Progress` handle, runs off the GUI thread, and its result or error comes back on the
GUI thread.

    SessionOperation(page, session, lambda s, progress: packets.export_packet(s, case_id, dest, ...),
                     title=page.tr("Building the packet…")).success(page.show_packet).run()

* The function never sees a widget: it takes values out of widgets before it starts (a function that
  captures a Qt object is refused with ``TypeError``). It reports with ``progress.report(done, total,
  label)`` and stops when ``progress.cancelled`` turns true (services take ``progress.report`` and
  ``progress.is_cancelled`` as their ``progress=`` / ``cancelled=`` callables).
* ``success(result)``, ``failure(error)`` and ``always()`` run on the GUI thread. Without ``failure``, an
  expected error (:class:`~parole_desktop.errors.ParoleError`) is shown in a plain message box with its
  text; anything else is a bug: logged with its traceback and shown in the crash dialog, even when the
  caller passed ``failure`` (which only ever gets expected errors).
* One operation at a time per window: the runner (a child of the top-level window) refuses a second start
  while one runs and says so. It keeps the running operation alive; pages keep no task attributes.
  ``stop()`` (locking) cancels what can be cancelled, waits for the end and delivers the outcome.
* A window-modal progress dialog with Cancel appears when the work takes longer than ``SHOW_AFTER_MS``.

Garbage collection: Python collects reference cycles in whichever thread happens to allocate, so a cycle
holding a live Qt object (a shown widget, a running timer) that the GUI thread dropped could be destroyed in
the worker, which crashes the process. Nothing here switches the collector off. Instead the runner leaves
no such cycle behind (callbacks are dropped after delivery; the progress dialog is deleted with
``deleteLater()`` on the GUI thread; the runner is a child of its window; the worker is a plain Python thread
with no Qt object in it; the function and its closure are released on the GUI thread after the thread has
been joined), and it collects on the GUI thread just before a worker starts, so garbage the GUI made
before is freed where it was made. ``tests/ui/test_operations_gc.py`` performs the crash in a child process.
"""

from __future__ import annotations

import functools
import gc
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from parole_desktop.errors import ParoleError, UserError
from parole_desktop.logsetup import redact
from parole_desktop.ui import dialogs
from parole_desktop.ui.crash import report_bug

if TYPE_CHECKING:  # the light shell (#22) makes a runner before any service is imported
    from parole_desktop.services.session import Session

log = logging.getLogger(__name__)

T = TypeVar("T")
SHOW_AFTER_MS = 300  # the progress dialog appears only for work that takes longer than this
_NEVER = 2**31 - 1


class Cancelled(UserError):
    """The user pressed Cancel and the operation stopped (raised by :meth:`Progress.raise_if_cancelled`)."""


class Progress:
    """The handle an operation's function gets: report progress, see whether Cancel was pressed.

    Thread-safe. Reports are coalesced: the GUI shows the latest one, however fast they come.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._latest: tuple[int, int, str] | None = None
        self._wake: Callable[[], None] | None = None  # set by the runner while the operation runs

    def report(self, done: int, total: int, label: str = "") -> None:
        """``done`` of ``total`` (0 of 0: busy, no measure), with an optional line saying what is done now."""
        with self._lock:
            wake = self._wake if self._latest is None else None  # one wake-up per batch of reports
            self._latest = (int(done), int(total), str(label))
        if wake is not None:
            _wake_up(wake)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """``cancelled`` as a callable, for the services' ``cancelled=`` parameters."""
        return self._cancel.is_set()

    def raise_if_cancelled(self, message: str = "Cancelled.") -> None:
        if self._cancel.is_set():
            raise Cancelled(message)

    def cancel(self) -> None:
        self._cancel.set()

    def _take(self) -> tuple[int, int, str] | None:
        with self._lock:
            latest, self._latest = self._latest, None
        return latest

    def _pending(self) -> bool:
        with self._lock:
            return self._latest is not None


def _captured_qt_objects(fn: Callable[..., Any]) -> list[str]:
    """Qt objects ``fn`` would carry into the worker thread (bound ``self``, closure cells, defaults, partial
    arguments). Nested functions pass their free variables through the enclosing one, so one level is enough."""
    found: list[str] = []

    def look(value: object, where: str) -> None:
        if isinstance(value, QObject):
            found.append(f"{where} ({type(value).__name__})")

    target: Any = fn
    while isinstance(target, functools.partial):
        for i, arg in enumerate(target.args):
            look(arg, f"argument {i}")
        for name, arg in target.keywords.items():
            look(arg, f"argument {name}")
        target = target.func
    look(getattr(target, "__self__", None), "self")
    code = getattr(target, "__code__", None)
    names = code.co_freevars if code is not None else ()
    for name, cell in zip(names, getattr(target, "__closure__", None) or (), strict=False):
        try:
            look(cell.cell_contents, f"closure variable {name}")
        except ValueError:  # an empty cell
            continue
    for i, default in enumerate(getattr(target, "__defaults__", None) or ()):
        look(default, f"default {i}")
    for name, default in (getattr(target, "__kwdefaults__", None) or {}).items():
        look(default, f"default {name}")
    return found


class Operation(Generic[T]):
    """``fn(progress) -> T`` run off the GUI thread. Chain ``success``/``failure``/``always``, then ``run()``.

    ``parent`` is only where the progress dialog and any message appear, and which window's runner runs it.
    """

    def __init__(
        self,
        parent: QWidget,
        fn: Callable[[Progress], T],
        *,
        title: str,
        cancellable: bool = True,
        error_title: str = "",
    ) -> None:
        captured = _captured_qt_objects(fn)
        if captured:
            raise TypeError(
                f"an operation's function must not capture Qt objects: {', '.join(captured)}; "
                "take the values out of the widgets first"
            )
        self.parent: QWidget | None = parent  # None once delivered
        self.title = title
        self.error_title = error_title
        self.cancellable = cancellable
        self.progress = Progress()
        self._fn: Callable[[Progress], T] | None = fn
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[ParoleError], object] | None = None
        self._always: Callable[[], object] | None = None

    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[ParoleError], object]) -> Operation[T]:
        """Handle expected errors inline (instead of the plain message box); bugs still go to the crash dialog."""
        self._failure = callback
        return self

    def always(self, callback: Callable[[], object]) -> Operation[T]:
        """Runs after ``success`` or ``failure`` (or a bug), e.g. to enable a button again."""
        self._always = callback
        return self

    def run(self) -> bool:
        """Start it in the parent window's runner; False (and the user is told) if another one is running."""
        assert self.parent is not None, "an operation runs once"
        return runner_for(self.parent).start(self)

    def _call(self) -> T:
        fn = self._fn
        assert fn is not None
        return fn(self.progress)

    def _release(self) -> list[object]:
        """Drop everything the operation refers to, so nothing it captured outlives it in a cycle; returns
        what it held, for the runner to let go of once its slot has returned."""
        held: list[object] = [self._fn, self._success, self._failure, self._always, self.parent]
        self._fn = self._success = self._failure = self._always = None
        self.parent = None
        self.progress._wake = None
        return held


class SessionOperation(Operation[T]):
    """``fn(session, progress) -> T``: the session is handed in by the runner, never taken from a widget.
    Refused with a plain message when the session is closed (the vault was locked)."""

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        fn: Callable[[Session, Progress], T],
        *,
        title: str,
        cancellable: bool = True,
        error_title: str = "",
    ) -> None:
        super().__init__(
            parent,
            functools.partial(fn, session),
            title=title,
            cancellable=cancellable,
            error_title=error_title,
        )
        self.session = session

    def run(self) -> bool:
        if self.session.closed:
            dialogs.show_error(
                self.parent, UserError("The vault is locked: unlock it and try again."), self.error_title
            )
            self._release()
            return False
        return super().run()


class _Running:
    """What the runner holds while one operation runs (the worker thread fills ``result``/``error``)."""

    def __init__(self, op: Operation[Any], dialog: QProgressDialog, show_timer: QTimer) -> None:
        self.op = op
        self.dialog = dialog
        self.show_timer = show_timer  # a child of the dialog
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=_work, args=(self,), name=f"operation: {op.title}", daemon=True)


def _work(run: _Running) -> None:
    """The worker thread's body: no Qt object is created or touched here (the wake-up is a queued signal)."""
    wake = run.op.progress._wake
    try:
        run.result = run.op._call()
    except BaseException as exc:
        run.error = exc
    finally:
        run.done.set()
        if wake is not None:
            _wake_up(wake)


def _wake_up(wake: Callable[[], None]) -> None:
    try:
        wake()
    except RuntimeError:  # the window and its runner were deleted while the work ran: nobody to tell
        log.debug("operation ended after its runner was deleted")


class OperationRunner(QObject):
    """Runs the operations of one top-level window, one at a time (a child of that window)."""

    started = Signal(str)  # the title
    finished = Signal()  # after the callbacks ran
    _wake = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("operationRunner")
        self._current: _Running | None = None
        self._updating = False
        # queued even when emitted on the GUI thread: delivery never runs inside the caller's stack
        self._wake.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._current is not None

    @property
    def current_title(self) -> str:
        return self._current.op.title if self._current is not None else ""

    @property
    def dialog(self) -> QProgressDialog | None:
        """The running operation's progress dialog (shown after SHOW_AFTER_MS), or None."""
        return self._current.dialog if self._current is not None else None

    def start(self, op: Operation[Any]) -> bool:
        if self._current is not None:
            log.info("operation %r refused: %r is still running", op.title, self._current.op.title)
            dialogs.inform(
                op.parent,
                op.error_title or op.title,
                self.tr("Please wait: “{running}” is still running. Try again when it has finished.").format(
                    running=self._current.op.title.rstrip("…")
                ),
            )
            op._release()
            return False
        # garbage the GUI thread made (closed dialogs, dropped widgets in a cycle) is freed here, on the GUI
        # thread; a collection that happens later in the worker finds none of it
        gc.collect()
        dialog = self._make_dialog(op)
        show_timer = QTimer(dialog)
        show_timer.setSingleShot(True)
        show_timer.timeout.connect(dialog.forceShow)
        run = _Running(op, dialog, show_timer)
        op.progress._wake = self._wake.emit
        self._current = run
        log.info("operation started: %s", op.title)
        run.thread.start()
        show_timer.start(SHOW_AFTER_MS)
        self.started.emit(op.title)
        return True

    def stop(self) -> None:
        """Cancel the running operation if it can be cancelled, wait for it to end and deliver its outcome
        now (before the vault is locked or the window closed)."""
        run = self._current
        if run is None:
            return
        if run.op.cancellable:
            run.op.progress.cancel()
        log.info("waiting for operation %r to end", run.op.title)
        run.thread.join()
        if self._current is run:
            self._finish(run)

    def cancel(self) -> None:
        """What the progress dialog's Cancel does: ask the running operation to stop."""
        run = self._current
        if run is None or not run.op.cancellable:
            return
        run.op.progress.cancel()
        if shiboken6.isValid(run.dialog):
            run.dialog.setLabelText(self.tr("Cancelling…"))
            run.dialog.show()  # QProgressDialog hides itself on Cancel; keep the window blocked until it ends

    # ------------------------------------------------------------------ GUI thread
    def _make_dialog(self, op: Operation[Any]) -> QProgressDialog:
        dlg = QProgressDialog(op.title, self.tr("Cancel") if op.cancellable else "", 0, 0, op.parent)
        dlg.setObjectName("operationProgress")
        dlg.setWindowTitle(op.error_title or op.title.rstrip("…"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if op.cancellable:
            dlg.canceled.connect(self.cancel)
        else:
            dlg.setCancelButton(None)
        # Qt's own showing logic is off: the runner's timer shows it exactly SHOW_AFTER_MS after the start
        dlg.setMinimumDuration(_NEVER)
        return dlg

    @Slot()
    def _deliver(self) -> None:
        run = self._current
        if run is None:
            return
        if not self._updating:  # a modal QProgressDialog.setValue processes events: no nested update
            self._updating = True
            try:
                self._show_progress(run)
            finally:
                self._updating = False
        if self._current is not run:  # finished while events were processed
            return
        if run.done.is_set():
            self._finish(run)
        elif run.op.progress._pending():
            self._wake.emit()  # a report that arrived during the update

    def _show_progress(self, run: _Running) -> None:
        latest = run.op.progress._take()
        if latest is None or not shiboken6.isValid(run.dialog):
            return
        done, total, label = latest
        run.dialog.setMaximum(max(total, 0))
        run.dialog.setValue(max(0, min(done, total)) if total > 0 else 0)
        if label and not run.op.progress.cancelled:
            run.dialog.setLabelText(label)

    def _finish(self, run: _Running) -> None:
        run.thread.join()  # it has set ``done``; the last references it held go on this thread
        self._current = None
        dialog = run.dialog
        if shiboken6.isValid(dialog):
            run.show_timer.stop()
            dialog.hide()
            dialog.deleteLater()
        op, error, result = run.op, run.error, run.result
        run.result = run.error = None
        log.info("operation ended: %s (%s)", op.title, "ok" if error is None else type(error).__name__)
        try:
            self._callbacks(op, result, error)
        finally:
            # what the operation held (function, callbacks, the page, the result, the traceback) is let go of on
            # the GUI thread, just after this slot returns: the last reference to a page may take this runner
            # (its child) with it, which must not happen inside the runner's own slot
            QTimer.singleShot(0, functools.partial(_let_go, [op._release(), op, result, error, run]))
            self.finished.emit()

    @staticmethod
    def _callbacks(op: Operation[Any], result: object, error: BaseException | None) -> None:
        parent = op.parent if shiboken6.isValid(op.parent) else None
        try:
            if parent is None:  # the page that started it is gone: only a bug is still worth telling
                if error is not None and not isinstance(error, ParoleError):
                    report_bug(error, None)
                elif error is not None:
                    log.info("operation %r failed after its window closed: %s", op.title, redact(error))
                return
            if error is None:
                if op._success is not None:
                    op._success(result)
            elif not isinstance(error, ParoleError):
                report_bug(error, parent)
            elif op._failure is not None:
                op._failure(error)
            else:
                dialogs.show_error(parent, error, op.error_title)
        except Exception as exc:  # a bug in a callback
            report_bug(exc, parent)
        finally:
            if op._always is not None and parent is not None:
                try:
                    op._always()
                except Exception as exc:
                    report_bug(exc, parent)


def _let_go(held: list[object]) -> None:
    held.clear()


def runner_for(widget: QWidget) -> OperationRunner:
    """The runner of ``widget``'s outermost window (dialogs share their main window's runner); made on first use."""
    root = widget
    while (up := root.parentWidget()) is not None:
        root = up
    found = root.findChild(OperationRunner, "operationRunner", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, OperationRunner) else OperationRunner(root)
