"""The case list: paged model (qtmodeltester), search, filters, server-side sort, New case with duplicates."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from parole_desktop.domain.enums import Channel, Reason
from parole_desktop.domain.models import Outcome
from parole_desktop.store.cases import update_case_columns
from parole_desktop.ui.case_list import CaseListPage
from parole_desktop.ui.case_model import COLUMN_KEYS, CaseTableModel, expiry_reminder
from parole_desktop.ui.new_case import NewCaseDialog

pytestmark = pytest.mark.gui

NAMES = [
    ("José", "Núñez"),
    ("Оксана", "Ковальчук"),
    ("فرشته", "رحیمی"),
    ("Anna", "Zeller"),
    ("Bernard", "Adams"),
    ("Mateusz", "Wałęsiak"),
    ("Wilnerson", "Désir"),
]


@pytest.fixture
def cases(session):
    ids = []
    for i, (given, family) in enumerate(NAMES):
        c = session.new_case(
            given,
            family,
            reason=Reason.MEDICAL_TREATMENT if i % 2 else Reason.FUNERAL,
            channel=Channel.USCIS if i % 3 else Channel.CBP_PORT_OF_ENTRY,
        )
        ids.append(c.id)
    return ids


def column(model, key):
    col = COLUMN_KEYS.index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, session, cases):
    model = CaseTableModel(session)
    model.BLOCK = 3  # several blocks and LRU evictions with a few rows
    model.MAX_BLOCKS = 2
    qtmodeltester.check(model)
    model.set_search("nunez")
    qtmodeltester.check(model)
    model.set_session(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_blocks_are_fetched_lazily(session, cases):
    model = CaseTableModel(session)
    model.BLOCK = 2
    model.MAX_BLOCKS = 2
    model.refresh()
    assert model.rowCount() == len(NAMES)
    assert model.loaded_rows() == []
    model.data(model.index(5, 0))
    assert len(model.loaded_rows()) == 2
    for r in range(model.rowCount()):
        model.data(model.index(r, 0))
    assert len(model._blocks) == 2  # LRU bound


def test_search_as_you_type_finds_nunez(qtbot, session, cases):
    page = CaseListPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.model.rowCount() == len(NAMES)
    qtbot.keyClicks(page.search, "nunez")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert column(page.model, "beneficiary") == ["José Núñez"]
    assert page.count_label.text() == "1 case"
    page.search.clear()
    page.search.insert("رحيمی")  # Arabic yeh typed, Farsi yeh stored (QTest cannot type Arabic)
    qtbot.waitUntil(lambda: column(page.model, "beneficiary") == ["فرشته رحیمی"], timeout=2000)
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.stack.currentWidget() is page.empty
    assert "No case matches" in page.empty.text()


def test_filters_not_ready_reason_channel(qtbot, session, cases):
    update_case_columns(session.vault, cases[0], actor="t", fails=0, readiness="ready")
    page = CaseListPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.not_ready.setChecked(True)
    assert page.model.rowCount() == len(NAMES) - 1
    assert "José Núñez" not in column(page.model, "beneficiary")
    page.not_ready.setChecked(False)
    page.reason.setCurrentIndex(page.reason.findData(str(Reason.FUNERAL)))
    assert set(column(page.model, "reason")) == {"Funeral"}
    page.channel.setCurrentIndex(page.channel.findData(str(Channel.CBP_PORT_OF_ENTRY)))
    assert page.model.rowCount() == 2  # indexes 0 and 6: funeral and CBP
    page.reason.setCurrentIndex(0)
    page.channel.setCurrentIndex(0)
    page.key_date.setChecked(True)
    assert page.model.rowCount() == 0


def test_sort_by_beneficiary_header_click(qtbot, session, cases):
    page = CaseListPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.table.sortByColumn(COLUMN_KEYS.index("beneficiary"), Qt.SortOrder.AscendingOrder)
    names = column(page.model, "beneficiary")
    latin = [n for n in names if n[0].isascii()]
    # the vault sorts people by family name, then given name
    assert latin == ["Bernard Adams", "Wilnerson Désir", "José Núñez", "Mateusz Wałęsiak", "Anna Zeller"]
    assert names.index("José Núñez") < names.index("Anna Zeller")
    page.table.sortByColumn(COLUMN_KEYS.index("beneficiary"), Qt.SortOrder.DescendingOrder)
    assert column(page.model, "beneficiary") == names[::-1]


def test_family_members_sort_together(qtbot, session, cases):
    group = session.create_family_group("Test family")
    session.set_family_group(cases[0], group.id)
    session.set_family_group(cases[4], group.id)
    model = CaseTableModel(session)
    model.sort(COLUMN_KEYS.index("family"), Qt.SortOrder.DescendingOrder)
    fam = column(model, "family")
    assert fam[:2] == ["Test family", "Test family"]


def test_expiry_reminder_marks(session):
    today = dt.date(2026, 1, 1)
    assert expiry_reminder(today + dt.timedelta(days=20), today) == 30
    assert expiry_reminder(today + dt.timedelta(days=45), today) == 60
    assert expiry_reminder(today + dt.timedelta(days=90), today) == 90
    assert expiry_reminder(today + dt.timedelta(days=91), today) is None
    assert expiry_reminder(today - dt.timedelta(days=1), today) == 0
    case = session.new_case("Parole", "Expiring")
    case.outcome = Outcome(parole_expiry=today + dt.timedelta(days=25))
    session.save_case(case)
    model = CaseTableModel(session, today=today)
    text = model.data(model.index(0, COLUMN_KEYS.index("expiry")))
    assert "⚠ 25 d" in text
    assert model.data(model.index(0, COLUMN_KEYS.index("expiry")), Qt.ItemDataRole.ForegroundRole) is not None


def test_new_case_dialog_saves_and_warns_about_duplicates(qtbot, session, cases):
    dlg = NewCaseDialog(session)
    qtbot.addWidget(dlg)
    dlg.given.insert("Lucía")  # QTest types ASCII only
    dlg.family.insert("Fernández")
    dlg.reason.setCurrentIndex(dlg.reason.findData(str(Reason.SICK_RELATIVE)))
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted
    stored = session.load_case(dlg.created_case.id)
    assert stored.beneficiary_name == "Lucía Fernández"
    assert stored.reason == Reason.SICK_RELATIVE

    dup = NewCaseDialog(session)
    qtbot.addWidget(dup)
    qtbot.keyClicks(dup.given, "Jose")
    qtbot.keyClicks(dup.family, "Nunez")
    before = session.count_cases()
    qtbot.mouseClick(dup.create_button, Qt.MouseButton.LeftButton)
    assert session.count_cases() == before  # not created: similar cases shown first
    assert not dup.similar.isHidden()
    assert "José Núñez" in dup.similar.item(0).text()
    assert dup.create_button.text() == "Create anyway"
    dup.similar.itemActivated.emit(dup.similar.item(0))
    assert dup.existing_case_id == cases[0]
    assert session.count_cases() == before


def test_new_case_create_anyway(qtbot, session, cases):
    dlg = NewCaseDialog(session)
    qtbot.addWidget(dlg)
    dlg.given.insert("José")
    dlg.family.insert("Núñez")
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    assert dlg.created_case is not None
    assert session.count_cases() == len(NAMES) + 1


def test_empty_vault_shows_the_hint(qtbot, session):
    page = CaseListPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.model.rowCount(QModelIndex()) == 0
    assert "No cases yet" in page.empty.text()


def test_a_filter_shows_its_first_entry_whole_and_a_long_choice_in_its_tooltip(qtbot, session, cases):
    """A combo box cuts its text mid-letter ("Todos los motivc" at 1024x600): the filters are never narrower
    than their "All …" entry, and a chosen entry that does not fit is painted elided, whole in the tooltip."""
    from parole_desktop.ui import i18n
    from parole_desktop.ui.labels import label

    i18n.manager().apply("es")
    try:
        page = CaseListPage()
        qtbot.addWidget(page)
        page.set_session(session)
        page.resize(700, 400)
        page.show()
        qtbot.waitExposed(page)
        for box in (page.status, page.reason, page.channel):
            first = box.fontMetrics().horizontalAdvance(box.itemText(0))
            assert box.minimumSizeHint().width() > first + 16, box.itemText(0)  # the text and the arrow
            assert box.width() >= box.minimumSizeHint().width()
        box = page.reason
        box.setCurrentIndex(box.findData(Reason.SICK_RELATIVE.value))
        assert (
            box.toolTip()
            == label(Reason.SICK_RELATIVE)
            == box.currentText()
            == "Visitar a un familiar enfermo"
        )
        assert page.model.rowCount() == 0  # the filter applies: no case of that reason
        box.setCurrentIndex(0)
        assert page.model.rowCount() == len(cases)
    finally:
        i18n.manager().apply("en")
