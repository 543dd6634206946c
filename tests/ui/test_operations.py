"""ui/operations.py: results and errors on the GUI thread, the plain and the crash dialog, progress, Cancel,
one operation per window, no widget in the worker, no garbage-collector switch, locking and closing."""

from __future__ import annotations

import functools
import gc
import logging
import threading
import weakref
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from parole_desktop.errors import UserError
from parole_desktop.ui import crash
from parole_desktop.ui.crash import CrashDialog, CrashHandler
from parole_desktop.ui.operations import (
    SHOW_AFTER_MS,
    Cancelled,
    Operation,
    Progress,
    SessionOperation,
    runner_for,
)
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui
GUI = threading.main_thread()


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    w.setWindowTitle("Parole Desktop")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for box in boxes():
        box.close()
    for dlg in crash_dialogs():
        dlg.reject()


@pytest.fixture
def handler(monkeypatch):
    """A fresh crash handler as if the app had installed it (each test sees its own first bug)."""
    h = CrashHandler("")
    monkeypatch.setattr(crash, "_installed", h)
    return h


def wait_idle(qtbot, widget) -> None:
    runner = runner_for(widget)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_result_is_delivered_on_the_gui_thread(qtbot, parent):
    ran_in: list[threading.Thread] = []
    got: list[tuple[object, threading.Thread]] = []
    always: list[str] = []

    def work(progress: Progress) -> int:
        ran_in.append(threading.current_thread())
        return 42

    op = Operation(parent, work, title="Adding up…").success(
        lambda r: got.append((r, threading.current_thread()))
    )
    assert op.always(lambda: always.append("after")) is op
    assert op.run()
    wait_idle(qtbot, parent)
    assert ran_in and ran_in[0] is not GUI, "the work ran off the GUI thread"
    assert got == [(42, GUI)] and always == ["after"]
    assert not boxes() and not crash_dialogs()


def test_expected_error_shows_a_plain_dialog_with_its_text(qtbot, parent, handler):
    def work(progress: Progress) -> None:
        raise UserError("The USB stick was removed; nothing was written.")

    after: list[threading.Thread] = []
    assert (
        Operation(parent, work, title="Writing…", error_title="Backup")
        .always(lambda: after.append(threading.current_thread()))
        .run()
    )
    wait_idle(qtbot, parent)
    [box] = boxes()
    assert box.text() == "The USB stick was removed; nothing was written."
    assert box.windowTitle() == "Backup" and box.icon() == QMessageBox.Icon.Warning
    assert not crash_dialogs() and not handler.shown
    assert after == [GUI]


def test_a_caller_handles_its_expected_errors_inline(qtbot, parent):
    seen: list[tuple[str, threading.Thread]] = []

    def work(progress: Progress) -> None:
        raise UserError("bar number missing")

    Operation(parent, work, title="Creating…").failure(
        lambda exc: seen.append((str(exc), threading.current_thread()))
    ).run()
    wait_idle(qtbot, parent)
    assert seen == [("bar number missing", GUI)]
    assert not boxes()


@pytest.mark.allow_error_logs
def test_a_bug_goes_to_the_crash_dialog_and_the_log_even_with_a_failure_callback(
    qtbot, parent, handler, caplog
):
    inline: list[BaseException] = []

    def work(progress: Progress) -> None:
        secret = "Zumrad Testova P1234567"
        raise KeyError(secret)  # a bug whose message quotes case data

    with caplog.at_level(logging.ERROR, logger="parole_desktop.ui.crash"):
        Operation(parent, work, title="Building…").failure(inline.append).run()
        wait_idle(qtbot, parent)
    assert inline == [], "the inline handler only ever gets expected errors"
    [dlg] = crash_dialogs()
    details = dlg.details.toPlainText()
    assert "KeyError" in details and "in work" in details  # the worker's traceback
    assert "Zumrad" not in details and "P1234567" not in details  # redacted
    assert "unexpected error" in caplog.text and "KeyError" in caplog.text and "in work" in caplog.text
    assert "Zumrad" not in caplog.text
    assert not boxes()


@pytest.mark.allow_error_logs
def test_a_bug_in_a_success_callback_is_a_bug_too(qtbot, parent, handler):
    def broken(result: object) -> None:
        raise AttributeError("no such widget")

    Operation(parent, lambda progress: 1, title="Quick").success(broken).run()
    wait_idle(qtbot, parent)
    assert crash_dialogs() and "AttributeError" in crash_dialogs()[0].details.toPlainText()


def test_progress_labels_appear_in_a_dialog_after_a_short_while(qtbot, parent):
    reported, release = threading.Event(), threading.Event()

    def work(progress: Progress) -> str:
        progress.report(1, 4, "Encrypting passport.jpg into the vault…")
        progress.report(2, 4, "Encrypting letter.pdf into the vault…")
        reported.set()
        release.wait(10)
        return "done"

    runner = runner_for(parent)
    Operation(parent, work, title="Adding files").run()
    assert reported.wait(5)
    dlg = runner.dialog
    assert dlg is not None and not dlg.isVisible()  # not for work that ends within SHOW_AFTER_MS
    qtbot.waitUntil(dlg.isVisible, timeout=SHOW_AFTER_MS + 3000)
    assert dlg.windowModality() == Qt.WindowModality.WindowModal and dlg.parentWidget() is parent
    qtbot.waitUntil(lambda: dlg.labelText() == "Encrypting letter.pdf into the vault…", timeout=3000)
    assert (dlg.value(), dlg.maximum()) == (2, 4)
    release.set()
    wait_idle(qtbot, parent)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg), timeout=3000)  # deleted on the GUI thread


def test_quick_work_shows_no_dialog(qtbot, parent):
    shown: list[bool] = []
    runner = runner_for(parent)
    Operation(parent, lambda progress: None, title="Quick").always(
        lambda: shown.append(
            any(isinstance(w, QDialog) and w.isVisible() for w in parent.findChildren(QDialog))
        )
    ).run()
    assert runner.dialog is not None
    wait_idle(qtbot, parent)
    assert shown == [False]


def test_cancel_reaches_the_work_and_its_error_says_so(qtbot, parent):
    started = threading.Event()
    polls: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        while not progress.cancelled:
            polls.append(1)
            threading.Event().wait(0.01)
        progress.raise_if_cancelled("Cancelled: nothing was written.")

    runner = runner_for(parent)
    Operation(parent, work, title="Counting…").run()
    assert started.wait(5)
    qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(runner.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, parent)
    assert polls
    assert [b.text() for b in boxes()] == ["Cancelled: nothing was written."]


def test_work_that_cannot_be_cancelled_has_no_cancel_button(qtbot, parent):
    release = threading.Event()
    runner = runner_for(parent)
    Operation(parent, lambda progress: release.wait(10), title="Signing off", cancellable=False).run()
    qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible(), timeout=5000)
    assert runner.dialog.findChild(QPushButton) is None
    runner.cancel()  # what Esc would ask: ignored
    assert runner.busy
    release.set()
    wait_idle(qtbot, parent)


def test_one_operation_at_a_time_per_window(qtbot, parent):
    release = threading.Event()
    second_ran: list[int] = []
    first = Operation(parent, lambda progress: release.wait(10), title="Backing up the vault…")
    assert first.run()
    child = QDialog(parent)  # a dialog of the same window shares its runner
    assert runner_for(child) is runner_for(parent)
    assert not Operation(child, lambda progress: second_ran.append(1), title="Rotating keys…").run()
    qtbot.waitUntil(lambda: bool(boxes()), timeout=2000)
    assert "“Backing up the vault” is still running" in boxes()[-1].text()
    release.set()
    wait_idle(qtbot, parent)
    assert second_ran == []
    assert Operation(child, lambda progress: second_ran.append(1), title="Rotating keys…").run()
    wait_idle(qtbot, parent)
    assert second_ran == [1]


def test_another_window_has_its_own_runner(qtbot, parent):
    other = QWidget()
    qtbot.addWidget(other)
    release = threading.Event()
    assert Operation(parent, lambda progress: release.wait(10), title="One").run()
    assert runner_for(other) is not runner_for(parent)
    done: list[int] = []
    assert Operation(other, lambda progress: 7, title="Two").success(done.append).run()
    wait_idle(qtbot, other)
    assert done == [7]
    release.set()
    wait_idle(qtbot, parent)


def test_a_function_that_captures_a_widget_is_refused(qtbot, parent):
    label = QPushButton("x")
    qtbot.addWidget(label)
    with pytest.raises(TypeError, match="closure variable label"):
        Operation(parent, lambda progress: label.text(), title="t")
    with pytest.raises(TypeError, match="self"):
        Operation(parent, label.text, title="t")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument widget"):
        Operation(parent, functools.partial(lambda progress, widget: None, widget=label), title="t")

    def outer() -> object:
        def inner(progress: Progress) -> str:
            return label.text()  # nested: the enclosing function holds the cell too

        return inner

    with pytest.raises(TypeError, match="label"):
        Operation(parent, outer(), title="t")  # type: ignore[arg-type]
    text = label.text()  # the right way: take the value out on the GUI thread
    assert Operation(parent, lambda progress: text.upper(), title="t").run()
    wait_idle(qtbot, parent)


def test_the_collector_stays_on_while_operations_run(qtbot, parent):
    """No process-wide switch: automatic collection stays enabled in the worker and on the GUI thread."""
    assert gc.isenabled()
    threshold = gc.get_threshold()
    inside: list[bool] = []
    seen_on_gui: list[bool] = []
    release = threading.Event()

    def work(progress: Progress) -> None:
        inside.append(gc.isenabled())
        junk = [[i] for i in range(50_000)]  # allocations that trigger automatic collections here
        inside.append(len(junk) > 0 and gc.isenabled())
        release.wait(10)

    runner = runner_for(parent)
    Operation(parent, work, title="Allocating…").run()
    qtbot.waitUntil(lambda: len(inside) == 2, timeout=5000)
    seen_on_gui.append(gc.isenabled())
    qtbot.wait(SHOW_AFTER_MS + 100)
    seen_on_gui.append(gc.isenabled())
    assert runner.busy
    release.set()
    wait_idle(qtbot, parent)
    assert inside == [True, True] and seen_on_gui == [True, True]
    assert gc.isenabled() and gc.get_threshold() == threshold


def test_the_runner_leaves_nothing_behind(qtbot, parent):
    """Callbacks are dropped after delivery and the dialog is deleted: no cycle keeps a page or a Qt object."""

    class Page:
        def __init__(self) -> None:
            self.results: list[object] = []

        def done(self, result: object) -> None:
            self.results.append(result)

        def failed(self, exc: BaseException) -> None:
            self.results.append(str(exc))

    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        pages = []
        for i in range(3):
            page = Page()
            pages.append(weakref.ref(page))

            def work(progress: Progress, i: int = i) -> int:
                if i == 1:
                    raise UserError("refused")
                progress.report(i, 3, "step")
                return i

            Operation(parent, work, title="t").success(page.done).failure(page.failed).run()
            wait_idle(qtbot, parent)
            assert page.results == ["refused" if i == 1 else i]
            del page
        qtbot.wait(50)  # the runner lets go just after its slot; the dialogs' deleteLater() runs
        gc.collect()
        qt_garbage = [o for o in gc.garbage if isinstance(o, shiboken6.Shiboken.Object)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert [r() for r in pages] == [None, None, None], "the runner keeps no callback after delivery"
    assert qt_garbage == []
    assert [d for d in parent.findChildren(QDialog) if shiboken6.isValid(d)] == []


def test_a_session_operation_gets_the_session_and_is_refused_when_locked(qtbot, parent, session):
    got: list[object] = []
    SessionOperation(parent, session, lambda s, progress: s.count_cases(), title="Counting").success(
        got.append
    ).run()
    wait_idle(qtbot, parent)
    assert got == [0]
    session.close()
    ran: list[int] = []
    assert not SessionOperation(
        parent, session, lambda s, progress: ran.append(1), title="Counting", error_title="Cases"
    ).run()
    assert ran == [] and "The vault is locked" in boxes()[-1].text()


def test_stop_cancels_waits_and_delivers_before_returning(qtbot, parent):
    started = threading.Event()
    outcome: list[str] = []

    def work(progress: Progress) -> None:
        started.set()
        while not progress.cancelled:
            threading.Event().wait(0.01)
        raise Cancelled("Stopped; nothing was written.")

    runner = runner_for(parent)
    Operation(parent, work, title="Long").failure(lambda exc: outcome.append(str(exc))).run()
    assert started.wait(5)
    runner.stop()
    assert outcome == ["Stopped; nothing was written."] and not runner.busy


# ---------------------------------------------------------------------------- the main window


@pytest.fixture
def window(qtbot, make_window, paths):
    from parole_desktop.services.session import create_vault

    created, _ = create_vault(paths, PASSPHRASE)
    created.new_case("Quillon", "Brexmoor")
    created.close()
    w = make_window()
    w.show()
    unlock(qtbot, w, PASSPHRASE)
    return w


def test_lock_while_an_operation_runs_cancels_it_first(qtbot, window):
    started = threading.Event()
    seen: list[tuple[str, bool]] = []
    session = window.session

    def work(s: object, progress: Progress) -> None:
        started.set()
        while not progress.cancelled:
            threading.Event().wait(0.01)
        progress.raise_if_cancelled("Cancelled.")

    SessionOperation(window, session, work, title="Long").failure(
        lambda exc: seen.append((str(exc), session.closed))
    ).run()
    assert started.wait(5)
    assert window.lock()
    assert seen == [("Cancelled.", False)], "the job ended while the vault was still open"
    assert window.session is None and not window.ops.busy


def test_auto_lock_waits_for_the_running_operation(qtbot, window):
    release = threading.Event()
    Operation(window, lambda progress: release.wait(10), title="Backing up the vault…").run()
    window.auto_lock()
    assert window.session is not None, "auto-lock never interrupts a running job"
    assert window.idle.active  # it stays armed and asks again
    release.set()
    wait_idle(qtbot, window)
    window.auto_lock()
    assert window.session is None


def test_closing_while_an_operation_runs_is_refused(qtbot, window):
    release = threading.Event()
    Operation(window, lambda progress: release.wait(10), title="Building the packet…").run()
    window.close()
    assert window.isVisible() and window.session is not None
    assert any("Wait until “Building the packet” has finished" in b.text() for b in boxes())
    release.set()
    wait_idle(qtbot, window)
    for box in boxes():
        box.close()
    window.close()
    assert not window.isVisible() and window.session is None


# ---------------------------------------------------------------------------- packet export


def test_cancelled_export_leaves_no_file(qtbot, session, tmp_path, monkeypatch):
    from parole_desktop.services import packets
    from parole_desktop.ui.workspace.export import ExportPage

    real_build = packets.build_packet
    at_step, pressed = threading.Event(), threading.Event()

    def build_packet(inp, dest, progress, cancelled, signing):
        def report(done: int, total: int, label: str = "") -> None:
            progress(done, total, label)
            if done == 2:  # mid-build: the user presses Cancel now
                at_step.set()
                assert pressed.wait(10)

        return real_build(inp, dest, report, cancelled, signing)

    monkeypatch.setattr(packets, "build_packet", build_packet)
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.show()
    page.load(session.new_case("Zumrad", "Testova"))
    out = tmp_path / "usb"
    out.mkdir()
    page.folder.setText(str(out))
    page.draft.setChecked(True)
    runner = runner_for(page)
    assert page.export()
    assert not page.export_button.isEnabled()
    assert at_step.wait(30)
    qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(runner.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)
    assert list(out.iterdir()) == [], "no packet and no half-written file at the target"
    assert "cancelled" in page.last_error and "no file was written" in page.last_error
    assert page.result is None and not page.result_box.isVisibleTo(page)
    assert page.export_button.isEnabled()
    assert any("cancelled" in b.text() for b in boxes())
    for box in boxes():
        box.close()


def test_export_refuses_a_second_start_while_one_runs(qtbot, session, tmp_path, monkeypatch):
    from parole_desktop.services import packets
    from parole_desktop.ui.workspace.export import ExportPage

    release = threading.Event()
    real_export = packets.export_packet
    calls: list[Path] = []

    def export_packet(*a, **kw):
        calls.append(a[2])
        release.wait(10)
        return real_export(*a, **kw)

    monkeypatch.setattr(packets, "export_packet", export_packet)
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.load(session.new_case("Zumrad", "Testova"))
    page.folder.setText(str(tmp_path))
    page.draft.setChecked(True)
    assert page.export()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert not page.export()  # e.g. a second click that got through: refused, not run twice
    release.set()
    with qtbot.waitSignal(page.exported, timeout=60_000):
        pass
    assert len(calls) == 1 and page.result is not None and Path(page.result.path).is_file()
    for box in boxes():
        box.close()
