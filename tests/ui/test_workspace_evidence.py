"""Workspace evidence step: add files (incl. a translation), checklist ticks, bad files, in-memory preview."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from parole_desktop.domain.enums import Reason
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.ui.workspace import CaseWorkspace
from parole_desktop.ui.workspace.workspace import EVIDENCE

pytestmark = pytest.mark.gui


def jpeg_bytes(size=(400, 300)) -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (240, 240, 230))
    ImageDraw.Draw(im).rectangle((20, 20, size[0] - 20, size[1] - 20), outline=(20, 40, 120), width=6)
    buf = io.BytesIO()
    im.save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    d = tmp_path / "incoming"
    d.mkdir()
    out = {
        "passport.jpg": jpeg_bytes(),
        "letter-fa.pdf": minimal_pdf(["Physician letter (synthetic, original language)"]),
        "letter-en.pdf": minimal_pdf(["Physician letter (synthetic English translation)"]),
        "empty.pdf": b"",
    }
    for name, data in out.items():
        (d / name).write_bytes(data)
    return {name: d / name for name in out}


@pytest.fixture
def ws(qtbot, session):
    case = session.new_case("Zumrad", "Testova", reason=Reason.MEDICAL_TREATMENT)
    w = CaseWorkspace(session)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.load_case(case.id)
    w.go_to_step(EVIDENCE)
    yield w
    w.clear()


def line(ws, item_id):
    return next(i for i in ws.evidence.items if i.item_id == item_id)


def status_text(ws, item_id):
    tree = ws.evidence.checklist
    for i in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(i)
        if row.data(0, 256) == item_id:
            return row.text(0)
    raise AssertionError(item_id)


@pytest.mark.slow
def test_add_original_and_translation_updates_checklist(ws, session, files):
    page = ws.evidence
    assert status_text(ws, "identity_document").startswith("✗")
    [passport] = page.add_files([files["passport.jpg"]], kind="identity_document", title="Passport bio page")
    assert line(ws, "identity_document").satisfied
    assert status_text(ws, "identity_document").startswith("✓")

    [original] = page.add_files([files["letter-fa.pdf"]], kind="physician_letter", language="fa")
    assert not line(ws, "physician_letter").satisfied
    assert line(ws, "physician_letter").untranslated_ids == (original.id,)
    assert "translate" in status_text(ws, "physician_letter")

    page.add_files(
        [files["letter-en.pdf"]],
        kind="translation",
        language="en",
        translation_of=original.id,
        translator_name="Demo Translator",
        translator_certified=True,
    )
    assert line(ws, "physician_letter").satisfied
    assert status_text(ws, "physician_letter").startswith("✓")

    stored = session.load_case(ws.case.id)
    assert [e.kind for e in stored.evidence] == ["identity_document", "physician_letter", "translation"]
    assert page.list.count() == 3
    assert not page.list.item(0).icon().isNull()  # JPEG thumbnail
    assert not page.list.item(1).icon().isNull()  # PDF first page thumbnail
    # selecting shows size, original file name and SHA-256
    page.list.setCurrentRow(0)
    info = page.detail.info.text()
    assert "passport.jpg" in info and passport.sha256 in info


def test_edit_evidence_details_marks_translation(qtbot, ws, session, files):
    page = ws.evidence
    [original] = page.add_files([files["letter-fa.pdf"]], kind="physician_letter", language="fa")
    [transl] = page.add_files([files["letter-en.pdf"]], kind="translation")
    page.list.setCurrentRow(1)
    d = page.detail
    d.translation_of.set_value(original.id)
    d.translation_of.activated.emit(d.translation_of.currentIndex())
    qtbot.keyClicks(d.translator, "Demo Translator")
    d.translator.editingFinished.emit()
    d.certified.setChecked(True)
    ev = session.get_evidence(transl.id)
    assert (ev.translation_of, ev.translator_name, ev.translator_certified) == (
        original.id,
        "Demo Translator",
        True,
    )
    assert line(ws, "physician_letter").satisfied


def test_bad_file_is_reported_and_others_are_kept(qtbot, ws, session, files):
    page = ws.evidence
    added = page.add_files([files["empty.pdf"], files["passport.jpg"]], kind="identity_document")
    assert len(added) == 1
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "empty" in boxes[0].text()
    assert "empty" in page.last_error
    assert len(session.load_case(ws.case.id).evidence) == 1
    boxes[0].close()


def _snapshot(*roots: Path) -> set[str]:
    out: set[str] = set()
    for root in roots:
        for dirpath, _dirs, names in os.walk(root):
            out.update(os.path.join(dirpath, n) for n in names)
    return out


@pytest.mark.slow
def test_preview_renders_in_memory_only(qtbot, ws, session, files, tmp_path, monkeypatch):
    page = ws.evidence
    [img] = page.add_files([files["passport.jpg"]], kind="identity_document")
    [pdf] = page.add_files([files["letter-en.pdf"]], kind="physician_letter")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    vault_dir = session.paths.vault
    home = Path(os.environ["HOME"])
    roots = [home, scratch, tmp_path, Path.cwd()]
    before = _snapshot(*roots)

    dlg = page.preview(img.id)
    assert not dlg.current_image().isNull()
    room = dlg.area.viewport().size()
    shown = dlg.current_image()
    assert shown.width() <= room.width() and shown.height() <= room.height()  # fit to window (default)
    dlg.fit_button.setChecked(False)
    assert dlg.current_image().width() == 400  # actual size
    height = dlg.current_image().height()
    dlg.rotate_button.click()
    assert (dlg.current_image().width(), dlg.current_image().height()) == (height, 400)
    assert dlg.windowTitle() == "Document preview"  # never the title or file name (may name the client)
    dlg.close()
    dlg = page.preview(pdf.id)
    assert dlg.pages == 1 and "Page 1 of 1" in dlg.page_label.text()
    assert not dlg.current_image().isNull() and not dlg.error
    dlg.close()

    new = {p for p in _snapshot(*roots) - before if not Path(p).is_relative_to(vault_dir)}
    assert not new, f"preview wrote files: {sorted(new)}"


def test_unreadable_content_shows_a_message_not_a_crash(qtbot, ws, tmp_path):
    bogus = tmp_path / "scan.pdf"
    bogus.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    added = ws.evidence.add_files([bogus], kind="other")
    assert added == []  # the child's probe refuses it at intake: nothing stored, the user told why
    assert "scan.pdf" in ws.evidence.last_error and "cannot be added" in ws.evidence.last_error
    assert ws.evidence.list.count() == 0


@pytest.mark.slow
def test_big_file_is_added_in_the_background_and_can_be_cancelled(qtbot, session, tmp_path, monkeypatch):
    import threading

    from PIL import Image

    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person
    from parole_desktop.ui.operations import runner_for
    from parole_desktop.ui.workspace import evidence as evidence_module

    monkeypatch.setattr(evidence_module, "BACKGROUND_BYTES", 1024 * 1024)
    case = session.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name="Dmytro", family_name="Ivanenko")])
    )
    scans = []
    for i, shade in enumerate((245, 200, 150)):  # 3 MB each uncompressed: above the (lowered) threshold
        scans.append(tmp_path / f"scan-{i}.bmp")
        Image.new("RGB", (1024, 1024), (shade, shade, shade)).save(scans[-1], "BMP")
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.show()
    ws.load_case(case.id)
    ws.go_to_step(EVIDENCE)
    page = ws.evidence
    runner = runner_for(page)
    with qtbot.waitSignal(page.filesAdded, timeout=30_000) as added:
        assert page.add_files([scans[0]], kind="other") == []  # returns at once; the operation does the work
    assert added.args == [1]
    stored = session.load_case(case.id).evidence
    assert len(stored) == 1 and stored[0].size == scans[0].stat().st_size

    # three more files; Cancel is pressed in the progress dialog while the second is being encrypted
    before = set(session.vault.attachments.ids())
    real_add = session.add_evidence
    second_started, pressed = threading.Event(), threading.Event()

    def add_evidence(case_id, path, **kw):
        if path == scans[1]:
            second_started.set()
            assert pressed.wait(10)  # the user's click lands while this file is under way
        return real_add(case_id, path, **kw)

    monkeypatch.setattr(session, "add_evidence", add_evidence)
    with qtbot.waitSignal(page.filesAdded, timeout=30_000) as added:
        page.add_files(scans, kind="other")
        assert second_started.wait(10)
        qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible(), timeout=5000)
        # the first file's progress was shown (its name isolated: it may be in any script)
        assert "Encrypting \u2068scan-0.bmp\u2069" in runner.dialog.labelText()
        cancel = runner.dialog.findChild(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert runner.dialog.labelText() == "Cancelling…"
        pressed.set()
    assert added.args == [1]  # the first of the three is kept
    new_ids = set(session.vault.attachments.ids()) - before
    evidence = session.load_case(case.id).evidence
    assert len(evidence) == 2 and len(new_ids) == 1, "only the file finished before Cancel is in the vault"
    assert {e.attachment_id for e in evidence} >= new_ids
    assert "was cancelled; nothing was stored" in page.last_error  # the file under way when Cancel came
    assert "Cancelled: the remaining files were not added." in page.last_error
    assert page.list.count() == 2
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("the remaining files were not added" in b.text() for b in boxes)
    assert not runner.busy
    ws.clear()


def test_evidence_row_shows_the_print_verdict_at_once(qtbot, ws, session, tmp_path):
    from tests.fixtures.bad import make_bad

    gif = tmp_path / "scan.gif"
    gif.write_bytes(make_bad.small_corpus()["animated.gif"])
    page = ws.evidence
    added = page.add_files([gif], kind="other")
    assert len(added) == 1
    row = page.list.item(0).text()
    assert "✓ prints — only the first frame of the animation is printed (5 in the file)" in row
    stored = session.load_case(ws.case.id).evidence[0]
    assert stored.print_verdict == "ok" and "first frame" in stored.print_note
    stored.print_verdict, stored.print_note = "unprintable", "the PDF is password-protected"
    session.update_evidence(stored)
    ws.evidence.refresh()
    assert "✗ cannot be printed: the PDF is password-protected" in page.list.item(0).text()


@pytest.mark.slow
def test_preview_is_rasterised_in_the_child_process(qtbot, ws, files, monkeypatch):
    from parole_desktop.packet import probe
    from parole_desktop.services import preview as preview_service

    calls: list[str] = []
    real = probe.run_untrusted

    def spy(task, data, *a, **kw):  # type: ignore[no-untyped-def]
        calls.append(task)
        return real(task, data, *a, **kw)

    monkeypatch.setattr(probe, "run_untrusted", spy)
    monkeypatch.setattr(preview_service, "render_page", lambda *a: probe.render_page(*a))
    [pdf] = ws.evidence.add_files([files["letter-en.pdf"]], kind="physician_letter")
    calls.clear()
    dlg = ws.evidence.preview(pdf.id)
    assert calls == ["render"] and not dlg.current_image().isNull()
    dlg.close()
