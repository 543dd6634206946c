"""GUI parts of issue #12: the strength meter refuses weak passphrases, the demo window carries a
permanent DEMO banner, and the review step shows each reviewer's roster standing and fingerprint."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QToolBar

from parole_desktop.app import DEMO_PASSPHRASE
from parole_desktop.services import signoff
from parole_desktop.services.session import vault_exists

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("weak", ["aaaaaaaaaaaaaaaa", "password1234", "demo passphrase"])
def test_create_page_refuses_weak_passphrases(qtbot, make_window, paths, weak):
    window = make_window()
    page = window.lock_screen.create_page
    qtbot.keyClicks(page.passphrase, weak)
    qtbot.keyClicks(page.confirm, weak)
    assert page.strength.value() < 3
    assert not page.create_button.isEnabled()
    page.create_button.click()
    assert not vault_exists(paths)


def test_create_page_accepts_a_strong_passphrase(qtbot, make_window, paths):
    window = make_window()
    page = window.lock_screen.create_page
    qtbot.keyClicks(page.passphrase, "correct horse battery staple")
    qtbot.keyClicks(page.confirm, "correct horse battery staple")
    assert page.strength.value() >= 3 and page.hint.text() in ("Good.", "Strong.")
    assert page.create_button.isEnabled()


@pytest.mark.slow
def test_demo_window_has_a_permanent_banner(qtbot, tmp_path):
    from parole_desktop.app import build, create_demo_vault

    data = tmp_path / "data"
    from parole_desktop.paths import AppPaths

    assert create_demo_vault(AppPaths(data), n_cases=1)
    _app, window, _args = build(["--data-dir", str(data), "--demo"])
    qtbot.addWidget(window)
    try:
        # above the pages (lock screen, list, workspace), not a toolbar: nothing can hide or move it
        banner = window.findChild(QLabel, "demoBannerText")
        assert window.findChild(QToolBar, "demoBanner") is None
        assert window.centralWidget().objectName() == "demoBanner"
        assert window.centralWidget().isAncestorOf(window.stack)
        assert "DEMO VAULT" in banner.text() and banner.wordWrap()
        assert window.windowTitle().startswith("DEMO")
        assert window.lock_screen.unlock_page.demo_hint.text().count("passphrase") >= 2
        assert not vault_exists(AppPaths(data)), "no vault in the real vault's place"
        # the main toolbar is built on the first unlock (#22: not before the first paint), above the banner,
        # every action on it shown (none in the overflow menu); hidden again when the window locks
        assert window.toolbar is None and window.findChild(QToolBar, "mainToolbar") is None
        window.show()
        page = window.lock_screen.unlock_page
        page.passphrase.setText(DEMO_PASSPHRASE)
        page.unlock_button.click()
        assert window.session is not None
        main = window.findChild(QToolBar, "mainToolbar")
        assert main is window.toolbar and main.isVisible()
        qtbot.waitUntil(lambda: main.width() > 0 and banner.width() > 0)
        assert banner.isVisible()
        assert (
            main.mapTo(window, main.rect().bottomLeft()).y()
            <= banner.mapTo(window, banner.rect().topLeft()).y()
        )
        assert [a.objectName() for a in main.actions()] == ["actNewCase", "actBackup", "actLock"]
        assert all(main.widgetForAction(a).isVisible() for a in main.actions())
        window.lock()
        assert not main.isVisible()
    finally:
        window.idle.detach()
    # without --demo: no banner, and the first run offers to create a real vault
    _app, real, _args = build(["--data-dir", str(data)])
    qtbot.addWidget(real)
    try:
        assert real.findChild(QLabel, "demoBannerText") is None
        assert real.lock_screen.currentWidget() is real.lock_screen.create_page
    finally:
        real.idle.detach()


def test_review_step_shows_roster_standing_and_fingerprint(qtbot, session):
    from parole_desktop.ui.workspace.review import ReviewPage
    from tests.services.roster_helpers import enrol

    listed = signoff.create_reviewer(
        session, "Rita Reviewer", "attorney", "reviewer words 42 x", number="DC-1"
    )
    enrol(session, listed.id, "reviewer words 42 x")
    signoff.create_reviewer(session, "Volunteer Made", "attorney", "volunteer words 9 y", number="XX-1")
    page = ReviewPage(session)
    qtbot.addWidget(page)
    case = session.new_case("Test", "Person")
    page.load(case)
    texts = {}
    for i in range(page.reviewer.count()):
        page.reviewer.setCurrentIndex(i)
        texts[page.reviewer.itemText(i).split(" (")[0]] = page.trust.text()
    assert texts["Rita Reviewer"].startswith("✓") and "key " in texts["Rita Reviewer"]
    assert texts["Volunteer Made"].startswith("✗") and "not listed" in texts["Volunteer Made"]
    page.clear()
    assert page.trust.text() == "" and page.reason_edits == {}


def test_reviewers_dialog_enrolment_and_roster_import(qtbot, session, tmp_path, monkeypatch):
    """Write the enrolment request, the admin signs a roster, import it: first time only with the
    fingerprint read out of band; the list then shows the reviewer as listed, with their key fingerprint."""
    from parole_desktop.services import roster
    from parole_desktop.ui import dialogs, reviewers
    from tests.services.roster_helpers import new_org

    prof = signoff.create_reviewer(session, "Dana Okafor", "attorney", "reviewer secret words", number="NY-1")
    dlg = reviewers.ReviewersDialog(session)
    qtbot.addWidget(dlg)
    assert "No organization roster" in dlg.roster_label.text()
    assert "cannot sign" in dlg.list.item(0).text() and "key " in dlg.list.item(0).text()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, exc, _t="": shown.append(f"error: {exc}"))
    monkeypatch.setattr(dialogs, "ask_secret", lambda *_a: "reviewer secret words")
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "enrol.json"))
    dlg.list.setCurrentRow(0)
    dlg.enrol_button.click()
    assert (tmp_path / "enrol.json").exists() and "fingerprint" in shown[-1]
    org = new_org("Harbor Legal Aid")
    signed = roster.add_reviewer(
        org, roster.new_roster(org), roster.Enrolment.from_json((tmp_path / "enrol.json").read_bytes())
    )
    roster.write_roster_file(tmp_path / "roster.json", signed)
    monkeypatch.setattr(dialogs, "open_file", lambda *_a: str(tmp_path / "roster.json"))
    monkeypatch.setattr(reviewers, "ask_fingerprint", lambda *_a: "0123 4567 89AB CDEF 0123 4567 89AB CDEF")
    dlg.roster_button.click()
    assert shown[-1].startswith("error:") and "nothing was pinned" in shown[-1]
    assert roster.pinned_roster(session.vault) is None
    monkeypatch.setattr(reviewers, "ask_fingerprint", lambda *_a: signed.org_fingerprint_short)
    dlg.roster_button.click()
    assert "version 2" in shown[-1]
    assert (
        "Harbor Legal Aid" in dlg.roster_label.text()
        and signed.org_fingerprint_short in dlg.roster_label.text()
    )
    assert "✓ listed" in dlg.list.item(0).text()
    member, why = signoff.reviewer_trust(session, prof)
    assert member is not None and why == ""


def test_recovery_key_is_never_printed_into_a_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from parole_desktop.ui import dialogs
    from parole_desktop.ui.create_vault import RecoveryKeyPage, paper_printer

    page = RecoveryKeyPage()
    qtbot.addWidget(page)
    page.show_key("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2")
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: pytest.fail("the app must not offer a file"))
    for fmt in (QPrinter.OutputFormat.PdfFormat, QPrinter.OutputFormat.NativeFormat):
        printer = QPrinter()
        printer.setOutputFormat(fmt)
        printer.setOutputFileName(str(tmp_path / "recovery.pdf"))  # "print to file" chosen in the dialog
        assert not paper_printer(printer)
        assert page.print_on(printer) is False
    assert not (tmp_path / "recovery.pdf").exists()
    assert len(warned) == 2 and "never into a file" in warned[0]
