"""The Export step on the volunteer's laptop (#23 item 7): a case signed off on the reviewer's laptop asks no
passphrase for its final filing; before the signed filing has come back it says so, after it writes the
filing built and signed there, verified, and says where it was built. Fresh temp vaults, offscreen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from parole_desktop.ui.workspace.export import ExportPage
from tests.exchange.laptops import deliver
from tests.exchange.test_remote_review_exchange import REVIEWER_PW, _the_case_on
from tests.exchange.test_remote_review_exchange import org as org  # the fixture: A, B, roster, reviewer
from tests.services.roster_helpers import sign


def _close_boxes() -> list[str]:
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts.append(w.text())
            w.close()
    return texts


def test_the_export_step_hands_out_the_filing_signed_on_the_reviewers_laptop(qtbot, org, tmp_path):
    from parole_desktop.services.packets import export_packet

    _key, _r, a, b, rid, cid = org
    deliver(a, b)
    on_b = _the_case_on(b, a.load_case(cid).uid)
    sign(b, on_b, rid, REVIEWER_PW)
    deliver(b, a)  # the sign-off; no filing built yet
    page = ExportPage(a)
    qtbot.addWidget(page)
    page.show()
    page.load(a.load_case(cid))
    usb = tmp_path / "usb"
    usb.mkdir()
    page.folder.setText(str(usb))
    page.final.setChecked(True)
    assert page.passphrase.text() == ""
    assert page.export()  # no passphrase asked: the reviewer's key is not on this laptop
    qtbot.waitUntil(lambda: bool(page.last_error), timeout=120_000)
    assert "the signed filing has not reached this laptop yet" in page.last_error
    assert any("has not reached this laptop yet" in t for t in _close_boxes())
    assert list(usb.iterdir()) == []

    built = tmp_path / "on-b.pdf"
    export_packet(b, on_b, built, draft=False, reviewer_passphrase=REVIEWER_PW)
    deliver(b, a)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10_000)
    page.last_error = ""
    assert page.export()
    qtbot.waitUntil(lambda: page.result is not None or bool(page.last_error), timeout=120_000)
    assert page.last_error == "", page.last_error
    assert page.destination().read_bytes() == built.read_bytes()
    text = page.result_label.text()
    assert "built and signed on the reviewer's laptop by" in text and "Amira Solis" in text
    assert page.verification is not None and page.verification.ok
    assert "Verified" in page.verify_label.text()
