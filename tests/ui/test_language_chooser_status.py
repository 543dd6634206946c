"""Issue #24 item 5 in the interface: the language chooser lists a language that does not ship yet with a
plain mark ("— incomplete"), computed by the rule (services/languages.py), and Settings shows its numbers."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings, Qt

from parole_desktop import langstatus
from parole_desktop.services import languages
from parole_desktop.ui import i18n
from parole_desktop.ui.settings import SettingsDialog
from tests.conftest import ROOT

pytestmark = pytest.mark.gui
I18N = ROOT / "resources" / "i18n"


def _check_chooser(qtbot, statuses) -> None:
    chooser = i18n.LanguageChooser(live=False)
    qtbot.addWidget(chooser)
    assert chooser.count() == len(i18n.LANGUAGES)
    for i, lang in enumerate(i18n.LANGUAGES):
        text = chooser.itemText(i)
        if lang.code == "en" or statuses[lang.code].ships:
            assert text == lang.native, text
        else:
            assert text == f"{lang.native} — incomplete", text
            tip = chooser.itemData(i, Qt.ItemDataRole.ToolTipRole)
            assert f"{statuses[lang.code].percent}%" in tip and "90%" in tip
    # the mark is in the interface language too
    i18n.manager().apply("es")
    chooser.retranslate()
    marked = [
        chooser.itemText(i)
        for i, lang in enumerate(i18n.LANGUAGES)
        if lang.code != "en" and not statuses[lang.code].ships
    ]
    assert all(t.endswith(" — incompleto") for t in marked)
    i18n.manager().apply("en")


def test_the_chooser_marks_exactly_the_languages_that_do_not_ship(qtbot) -> None:
    langstatus.forget()
    _check_chooser(qtbot, languages.all_status(I18N))  # the rule, computed from today's catalogs


def test_a_language_below_90_percent_is_listed_as_incomplete(qtbot, monkeypatch) -> None:
    """Today every language has its drafts; a language whose interface catalog lost half its texts would
    fall below 90 % and be listed "— incomplete" (in the interface language too)."""
    langstatus.forget()
    statuses = dict(languages.all_status(I18N))
    uk = statuses["uk"]
    statuses["uk"] = dataclasses.replace(
        uk, interface=langstatus.Share(uk.interface.total // 2, uk.interface.total)
    )
    assert not statuses["uk"].ships
    monkeypatch.setattr(langstatus, "shipping", lambda folder=None, **_kw: statuses)
    _check_chooser(qtbot, statuses)


def test_settings_shows_how_far_the_chosen_language_is_translated(qtbot, session, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dlg = SettingsDialog(settings, session)
    qtbot.addWidget(dlg)
    assert dlg.language_status.text() == "English: the program's own texts."
    statuses = languages.all_status(I18N)
    for code in ("es", "uk"):
        dlg.language.setCurrentIndex(dlg.language.findData(code))
        st = statuses[code]
        text = dlg.language_status.text()
        assert f"screens {st.interface.percent}%" in text and f"command line {st.core.percent}%" in text
        assert f"rules pack {st.pack.percent}%" in text
        assert f"reviewed: {st.client_reviewed} of {st.client_total}" in text
        assert ("complete enough to ship" in text) is st.ships
        assert ("incomplete: a language ships when 90% of its texts exist" in text) is (not st.ships)
    assert i18n.current_language() == "en"  # choosing shows numbers; nothing is applied before Save
