"""#22 item 2: the evidence list shows the thumbnail the sandbox child made at intake (stored sealed in the
vault); the app process never decodes an evidence file. And the background re-probe after unlock, for
exhibits probed under an older probe version: non-modal, with progress and Cancel, giving way to an export.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

from parole_desktop.domain.enums import Reason
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import create_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui

RED, BLUE = (200, 20, 20), (20, 40, 200)


def _image(fmt: str, color: tuple[int, int, int], size=(300, 400)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, fmt)
    return buf.getvalue()


class DecodeSpy:
    """Replaces every decoder entry point the app process could reach (Pillow, pikepdf, pypdfium2, Qt's
    image readers) with a recorder; ``on_evidence`` lists the calls that were given evidence bytes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, evidence: list[bytes]) -> None:
        import pikepdf
        import PIL.Image
        import pypdfium2

        self.evidence = evidence
        self.calls: list[str] = []
        self.on_evidence: list[str] = []
        for owner, name in (
            (PIL.Image, "open"),
            (pikepdf, "open"),
            (pikepdf.Pdf, "open"),
            (pypdfium2, "PdfDocument"),
            (QImage, "fromData"),
            (QImage, "loadFromData"),
            (QImage, "load"),
            (QPixmap, "loadFromData"),
            (QPixmap, "load"),
            (QImageReader, "read"),
        ):
            real = getattr(owner, name)
            spy = self._spy(f"{getattr(owner, '__name__', owner)}.{name}", real)
            monkeypatch.setattr(owner, name, staticmethod(spy) if isinstance(owner, type) else spy)

    def _spy(self, label: str, real):  # type: ignore[no-untyped-def]
        def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.calls.append(label)
            if any(self._is_evidence(a) for a in (*args, *kwargs.values())):
                self.on_evidence.append(label)
                raise AssertionError(f"{label} decoded evidence bytes in the app process")
            return real(*args, **kwargs)

        return spy

    def _is_evidence(self, value: object) -> bool:
        data: bytes | None = None
        if isinstance(value, bytes | bytearray | memoryview):
            data = bytes(value)
        elif hasattr(value, "getvalue"):
            data = value.getvalue()  # type: ignore[attr-defined]
        elif isinstance(value, str | Path) and Path(value).is_file():
            data = Path(value).read_bytes()
        elif hasattr(value, "data") and callable(value.data):  # QByteArray
            try:
                data = bytes(value.data())  # type: ignore[attr-defined]
            except TypeError:
                data = None
        return data is not None and any(data == e or (len(e) > 64 and e[:64] in data) for e in self.evidence)


def _icon_color(item) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    pix = item.icon().pixmap(72, 72)
    img = pix.toImage()
    c = img.pixelColor(img.width() // 2, img.height() // 2)
    return c.red(), c.green(), c.blue()


def _near(got: tuple[int, int, int], want: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(got, want, strict=True))


def test_evidence_list_shows_child_thumbnails_and_the_app_decodes_no_evidence(
    qtbot, make_window, paths, tmp_path, monkeypatch
):
    session, _ = create_vault(paths, PASSPHRASE)
    case = session.new_case("Zumrad", "Testova", reason=Reason.MEDICAL_TREATMENT)
    session.close()
    files = {
        "red.png": _image("PNG", RED),
        "blue.jpg": _image("JPEG", BLUE),
        "letter.pdf": minimal_pdf(["Physician letter (synthetic)"]),
    }
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for name, data in files.items():
        (incoming / name).write_bytes(data)
    spy = DecodeSpy(monkeypatch, list(files.values()))
    # the patch is live in this process: decoding an evidence file here is caught
    with pytest.raises(AssertionError, match="decoded evidence bytes"):
        __import__("PIL.Image", fromlist=["open"]).open(io.BytesIO(files["red.png"]))
    with pytest.raises(AssertionError, match="decoded evidence bytes"):
        QImage.fromData(files["blue.jpg"])
    spy.calls.clear()
    spy.on_evidence.clear()

    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    window.open_case(int(case.id or 0))
    ws = window.workspace
    ws.go_to_step(2)
    page = ws.evidence
    added = page.add_files([incoming / n for n in files], kind="other")
    assert [e.original_filename for e in added] == list(files)
    assert page.list.count() == 3 and not page.waiting_thumbnails
    colors = [_icon_color(page.list.item(i)) for i in range(3)]
    assert _near(colors[0], RED) and _near(colors[1], BLUE)
    assert _near(colors[2], (255, 255, 255))  # the letter's first page: white paper
    stored = {e.sha256: window.session.probe_output(e, with_pdf=False) for e in added}
    assert all(o is not None and o.thumb_rgb for o in stored.values())

    # listed again from the vault (case reopened, thumbnails from the store, not from a cache)
    window.show_case_list()
    window.open_case(int(case.id or 0))
    ws.go_to_step(2)
    assert ws.evidence.list.count() == 3
    assert _near(_icon_color(ws.evidence.list.item(0)), RED)
    dlg = ws.evidence.preview(added[1].id)  # the preview's page comes from the child as well
    assert dlg is not None and not dlg.error and not dlg.current_image().isNull()
    dlg.close()
    assert spy.on_evidence == [], f"evidence decoded in the app: {spy.on_evidence}"


def test_item_without_a_stored_thumbnail_shows_a_blank_page_and_fills_in_later(qtbot, session, tmp_path):
    from parole_desktop.ui.workspace import CaseWorkspace
    from parole_desktop.ui.workspace.workspace import EVIDENCE

    case = session.new_case("Oksana", "Kovalchuk", reason=Reason.MEDICAL_TREATMENT)
    ev = session.add_evidence_bytes(int(case.id or 0), _image("PNG", RED), "red.png", kind="other")
    session.vault.db.execute("UPDATE exhibit_probes SET probe_version = 0")  # probed by an older version
    assert session.probe_output(ev) is None
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.show()
    ws.load_case(int(case.id or 0))
    ws.go_to_step(EVIDENCE)
    page = ws.evidence
    assert page.waiting_thumbnails == {ev.sha256}
    assert _near(_icon_color(page.list.item(0)), (250, 250, 250))  # the blank page drawn by the app
    assert session.reprobe() == 1
    page.refresh_thumbnails()
    assert not page.waiting_thumbnails
    assert _near(_icon_color(page.list.item(0)), RED)
    ws.clear()


def _stale_vault(paths, n: int = 3) -> tuple[int, list[str]]:
    session, _ = create_vault(paths, PASSPHRASE)
    case = session.new_case("Farishta", "Rahimi", reason=Reason.MEDICAL_TREATMENT)
    shas = []
    for i in range(n):
        ev = session.add_evidence_bytes(
            int(case.id or 0), _image("PNG", (10 + 60 * i, 120, 30)), f"p{i}.png", kind="other"
        )
        shas.append(ev.sha256)
    session.vault.db.execute("UPDATE exhibit_probes SET probe_version = 0")
    session.close()
    return int(case.id or 0), shas


def _unlock_now(window) -> None:  # type: ignore[no-untyped-def]
    """Unlock through the page (programmatically: a window-modal progress dialog may be up)."""
    page = window.lock_screen.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    assert window.session is not None


def test_after_unlock_stale_exhibits_are_reprobed_in_the_background(qtbot, make_window, paths):
    case_id, shas = _stale_vault(paths)
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    assert window.session.stale_probes() != []  # the job starts once the list is on screen
    qtbot.waitUntil(lambda: window.reprobe is not None, timeout=5000)
    status = window.reprobe_status
    qtbot.waitUntil(lambda: window.reprobe is None, timeout=30_000)
    assert window.session.stale_probes() == []
    evidence = window.session.load_case(case_id).evidence
    assert {e.sha256 for e in evidence} == set(shas)
    assert all(window.session.probe_output(e, with_pdf=False).thumb_rgb for e in evidence)
    assert window.ops.dialog is None  # nothing modal came up
    qtbot.waitUntil(lambda: not status.isVisible(), timeout=2000)


def test_reprobe_shows_progress_and_cancel_stops_it(qtbot, make_window, paths, monkeypatch):
    import parole_desktop.ui.reprobe as reprobe_module

    _stale_vault(paths, n=3)
    window = make_window()
    window.show()
    gate = threading.Event()
    real = reprobe_module.probe_content
    seen: list[bytes] = []

    def held(data):  # type: ignore[no-untyped-def]
        seen.append(data)
        assert gate.wait(10)  # the first child is held until the test has looked at the status bar
        return real(data)

    monkeypatch.setattr(reprobe_module, "probe_content", held)
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.reprobe is not None and window.reprobe.busy, timeout=5000)
    status = window.reprobe_status
    assert status.isVisible() and "Preparing exhibit pages and thumbnails: 0 of 3" in status.label.text()
    assert window.ops.dialog is None and window.case_list.isEnabled()  # nothing modal
    qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert status.label.text() == "Stopping…"
    gate.set()
    qtbot.waitUntil(lambda: window.reprobe is None, timeout=10_000)
    assert len(seen) == 1  # no child started after Cancel
    assert len(window.session.stale_probes()) == 2  # the one under way was kept; the rest wait
    qtbot.waitUntil(lambda: not status.isVisible(), timeout=2000)


def test_reprobe_waits_for_a_running_export_and_lock_stops_it(qtbot, make_window, paths, monkeypatch):
    import parole_desktop.ui.reprobe as reprobe_module
    from parole_desktop.ui.operations import Operation

    _stale_vault(paths, n=3)
    window = make_window()
    window.show()
    export_running, export_may_end, child_may_end = threading.Event(), threading.Event(), threading.Event()
    starts: list[str] = []
    real = reprobe_module.probe_content

    def recorded(data):  # type: ignore[no-untyped-def]
        starts.append("during export" if export_running.is_set() else "after export")
        assert child_may_end.wait(10)
        return real(data)

    monkeypatch.setattr(reprobe_module, "probe_content", recorded)

    def export(_progress):  # type: ignore[no-untyped-def]
        export_running.set()
        assert export_may_end.wait(10)
        export_running.clear()
        return "done"

    assert Operation(window, export, title="Exporting the packet…").run()
    assert export_running.wait(5)
    _unlock_now(window)
    qtbot.waitUntil(lambda: window.reprobe is not None, timeout=5000)
    job = window.reprobe
    qtbot.wait(200)
    assert job.running and not job.busy and job.done == 0  # it waits for the export
    export_may_end.set()
    qtbot.waitUntil(lambda: job.busy, timeout=5000)  # the export ended: the first child starts
    threading.Timer(0.3, child_may_end.set).start()
    window.lock()  # stops the job: waits for the child under way, starts nothing after it
    assert window.reprobe is None and job.finished
    qtbot.wait(100)
    assert starts == ["after export"]
