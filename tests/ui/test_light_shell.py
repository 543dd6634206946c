"""#22 item 3, the light shell: when the unlock (or first-run) screen is first painted, nothing of
services/store/packet/rules (nor SQLCipher, the crypto, zxcvbn or a PDF library) is loaded; the rest comes in
the background after that paint and on unlock. Each run is a fresh interpreter (a subprocess), so what the
test suite imported does not count."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from parole_desktop.app import build

    app, w, _ = build(["--data-dir", sys.argv[1]])
    page = w.lock_screen.unlock_page if sys.argv[2] == "unlock" else w.lock_screen.create_page
    out = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "at_paint" not in out:
                out["at_paint"] = sorted(sys.modules)
                out["shown"] = w.lock_screen.currentWidget() is page
                out["built"] = [type(p).__name__ for p in w.lock_screen.built_pages()]
                QTimer.singleShot(0, after)
            return False

    def after():
        import parole_desktop.ui.main_window as mw
        for t in __import__("threading").enumerate():
            if t.name == "prewarm imports":
                t.join(60)
        out["after_prewarm"] = sorted(m for m in sys.modules if m.startswith("parole_desktop."))
        from PySide6.QtGui import QFontDatabase
        out["fonts"] = QFontDatabase.families()
        if sys.argv[2] == "unlock":
            page.passphrase.setText(sys.argv[3])
            page.unlock_button.click()
            out["unlocked"] = w.session is not None and w.case_list is not None and w.case_list.isVisible()
            w.lock()
        print(json.dumps(out), flush=True)
        app.quit()

    spy = FirstPaint()
    page.installEventFilter(spy)
    w.show()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
""")

FORBIDDEN_PACKAGES = (
    "parole_desktop.services",
    "parole_desktop.store",
    "parole_desktop.packet",
    "parole_desktop.rules",
    "parole_desktop.domain",
    "sqlcipher3",
    "sqlite_utils",
    "sqlite3",
    "cryptography",
    "argon2",
    "zxcvbn",
    "reportlab",
    "pikepdf",
    "pyhanko",
    "pypdfium2",
    "PIL",
    "jsonschema",
)


def _run(data_dir: Path, mode: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), mode, PASSPHRASE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], package: str) -> list[str]:
    return [m for m in modules if m == package or m.startswith(package + ".")]


def test_unlock_screen_is_painted_before_any_service_is_loaded(paths):
    from parole_desktop.services.session import create_vault

    create_vault(paths, PASSPHRASE)[0].close()
    out = _run(paths.data, "unlock")
    assert out["shown"], "the unlock page was the page on screen"
    at_paint = out["at_paint"]
    loaded = {p: _loaded(at_paint, p) for p in FORBIDDEN_PACKAGES}
    assert not any(loaded.values()), {p: m for p, m in loaded.items() if m}
    assert "parole_desktop.ui.unlock" in at_paint and "parole_desktop.ui.case_list" not in at_paint
    assert "parole_desktop.ui.workspace" not in at_paint
    # only the page on screen was built before the paint: no first-run or recovery page behind it
    assert out["built"] == ["UnlockPage"]
    # after the paint the services come in the background, and unlocking then works as before
    assert "parole_desktop.services.session" in out["after_prewarm"]
    assert "Noto Naskh Arabic" in out["fonts"]  # the bundled fonts, registered after the first paint
    assert "Vazirmatn" in out["fonts"]  # the Dari and Pashto interface font among them
    assert out["unlocked"] is True


def test_first_run_screen_is_painted_before_any_service_is_loaded(paths):
    paths.ensure()
    out = _run(paths.data, "create")
    assert out["shown"], "with no vault, the first-run page is on screen"
    assert out["built"] == ["CreateVaultPage"]  # the unlock and recovery pages are built when needed
    loaded = {p: _loaded(out["at_paint"], p) for p in FORBIDDEN_PACKAGES}
    assert not any(loaded.values()), {p: m for p, m in loaded.items() if m}
    assert (
        "parole_desktop.services.vaultinfo" in out["after_prewarm"]
    )  # the strength hint's, in the background
