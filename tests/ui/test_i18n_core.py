"""The GUI's language switch switches the core's language too (#24 part 2): a services error shown on a
screen, and the readiness column of the case list, follow the chosen language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parole_desktop import l10n
from parole_desktop.services.checks import attach_checks
from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.ui import i18n
from parole_desktop.ui.case_model import CASE_ID_ROLE
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.test_i18n import choose_in_settings, settle

IN_USE = {
    "en": "The vault is in use by another Parole Desktop window on this computer.",
    "es": "La bóveda está en uso por otra ventana de Parole Desktop en esta computadora.",
}


def _try_unlock(qtbot, window) -> str:
    page = window.lock_screen.unlock_page
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=5000)
    return page.error.text()


def test_the_language_switch_translates_a_services_error_on_the_unlock_page(
    qtbot, make_window, paths
) -> None:
    create_vault(paths, PASSPHRASE)[0].close()
    holder = open_vault(paths, PASSPHRASE)  # another window has the vault open: its lock is held
    try:
        window = make_window()
        window.show()
        i18n.manager().choose("es")
        settle(qtbot)
        assert l10n.current_language() == "es"
        assert _try_unlock(qtbot, window) == IN_USE["es"]
        assert window.session is None
        i18n.manager().choose("en")
        settle(qtbot)
        assert l10n.current_language() == "en"
        assert _try_unlock(qtbot, window) == IN_USE["en"]
    finally:
        holder.close()


def test_the_readiness_column_follows_the_language_chosen_in_settings(qtbot, make_window, paths) -> None:
    session, _ = create_vault(paths, PASSPHRASE)
    attach_checks(session)  # readiness refreshed after the save, as in the app
    case = session.new_case("Quillon", "Brexmoor")
    stored = session.list_cases()[0].readiness
    session.close()
    assert stored.endswith(" warn") and " fail · " in stored  # stored in English, whatever the language
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    model = window.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    column = next(
        i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal) == "Readiness"
    )

    def shown() -> str:
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CASE_ID_ROLE) == case.id)
        return str(model.index(row, column).data()).strip("\u2068\u2069")

    assert shown() == stored
    choose_in_settings(qtbot, window, "es")
    QApplication.processEvents()
    assert l10n.current_language() == "es"
    fails, warns = (int(part.split()[0]) for part in stored.split(" · "))
    assert (
        shown()
        == f"{fails} falla{'s' if fails != 1 else ''} · {warns} advertencia{'s' if warns != 1 else ''}"
    )
    choose_in_settings(qtbot, window, "en")
    assert shown() == stored
