"""The segfault behind the old process-wide ``gc.disable()``: a collection in a worker thread destroying Qt
objects of the GUI thread. Performed in a child process (a crash fails the test instead of killing pytest),
plus the invariant that makes it impossible in the app: no flow leaves a live Qt object in cyclic garbage."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMetaObject

from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def run_child(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "tests.ui.gc_crash_child", mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_collections_in_the_worker_never_meet_gui_qt_objects():
    proc = run_child("operations")
    assert "Fatal Python error" not in proc.stderr, proc.stderr[-3000:]
    assert "Timers cannot be stopped from another thread" not in proc.stderr
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "ok 8 jobs; collector enabled: True" in proc.stdout


@pytest.mark.slow
def test_the_same_script_crashes_the_old_qthread_task_without_its_gc_switch():
    """The control: the scenario does crash what the app used before, once ``gc.disable()`` is taken away."""
    proc = run_child("qthread-worker")
    assert proc.returncode != 0
    assert "Fatal Python error" in proc.stderr
    assert "ok" not in proc.stdout


def _live_qt_garbage() -> list[str]:
    gc.collect()
    return [
        f"{type(o).__module__}.{type(o).__qualname__}"
        for o in gc.garbage
        if isinstance(o, shiboken6.Shiboken.Object)
        and shiboken6.isValid(o)
        # a class's static meta-object (the dict of a Python-defined QObject class dropped in a cycle, seen
        # after test_i18n.py in one process): a description of a class, no thread affinity, never deleted
        and not isinstance(o, QMetaObject)
    ]


@pytest.mark.slow
def test_the_app_leaves_no_live_qt_object_in_cyclic_garbage(qtbot, make_window, paths, tmp_path, monkeypatch):
    """Open a case, import a big file, run the full check, back up, export a draft, lock: every cycle the GUI
    drops holds only Qt wrappers whose C++ object is already gone (harmless in any thread)."""
    from PIL import Image

    from parole_desktop.services.session import create_vault
    from parole_desktop.ui import dialogs, tools
    from parole_desktop.ui.workspace import evidence as evidence_module
    from parole_desktop.ui.workspace.workspace import EVIDENCE, EXPORT

    created, _ = create_vault(paths, PASSPHRASE)
    case_id = created.new_case("Quillon", "Brexmoor").id
    created.close()
    monkeypatch.setattr(evidence_module, "BACKGROUND_BYTES", 1024 * 1024)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    scan = tmp_path / "scan.bmp"
    Image.new("RGB", (1024, 1024), (240, 240, 240)).save(scan, "BMP")
    out = tmp_path / "usb"
    out.mkdir()
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        window = make_window()
        window.show()
        unlock(qtbot, window, PASSPHRASE)
        window.open_case(case_id)
        ws = window.workspace
        ws.go_to_step(EVIDENCE)
        with qtbot.waitSignal(ws.evidence.filesAdded, timeout=30_000):
            ws.evidence.add_files([scan], kind="other")
        ws.full_check()
        qtbot.waitUntil(lambda: not window.ops.busy, timeout=30_000)
        assert tools.start_backup(window, window.session, tmp_path / "b.pdbackup")
        qtbot.waitUntil(lambda: not window.ops.busy, timeout=30_000)
        ws.go_to_step(EXPORT)
        ws.export.folder.setText(str(out))
        ws.export.draft.setChecked(True)
        with qtbot.waitSignal(ws.export.exported, timeout=60_000):
            assert ws.export.export()
        assert window.lock()
        qtbot.wait(50)
        found = _live_qt_garbage()
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert (tmp_path / "b.pdbackup").is_file() and len(list(out.iterdir())) == 1
    assert found == []
