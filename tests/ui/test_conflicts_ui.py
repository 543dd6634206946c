"""Conflicts between laptops in the GUI (#23): the badge in the case list and the table base / this laptop /
incoming in the workspace, settled with Take mine / Take theirs / Take base — on two real temp vaults with
real seals; assertions on stored data and visible text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from parole_desktop.services import exchange
from parole_desktop.ui.case_model import COLUMN_KEYS, CaseTableModel
from tests.exchange.laptops import deliver, laptops
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def conflicted(tmp_path):
    """Laptop A's case, its statement and port changed differently on B: A holds two open conflicts."""
    _org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    c = a.new_case("Zumrad", "Testova")
    deliver(a, b)
    cb = b.load_case(b.list_cases()[0].id)
    cb.statement, cb.port_of_entry = "B's words", "JFK"
    b.save_case(cb)
    c.statement, c.port_of_entry = "A's words", "Miami"
    a.save_case(c)
    deliver(b, a)
    yield a, c.id
    a.close()
    b.close()


def test_the_case_list_shows_a_conflict_badge(qtbot, conflicted):
    a, case_id = conflicted
    model = CaseTableModel(a)
    col = COLUMN_KEYS.index("status")
    idx = model.index(0, col)
    assert "conflict" in model.data(idx)
    assert "Two laptops" in model.data(idx, Qt.ItemDataRole.ToolTipRole)
    (only,) = exchange.conflicts(a, case_id)
    for f in only.fields:
        exchange.resolve_conflict(a, case_id, str(f["path"]), take="mine")
    model.refresh()
    assert "conflict" not in model.data(model.index(0, col))


def test_the_workspace_table_settles_each_field(qtbot, conflicted):
    a, case_id = conflicted
    ws = shown_workspace(qtbot, a)
    try:
        ws.load_case(case_id)
        panel = ws.conflicts
        assert panel.isVisible() and panel.table.rowCount() == 2
        cells = [[panel.table.item(r, c).text() for c in range(4)] for r in range(2)]
        assert ["case.port_of_entry", "(removed)", "Miami", "JFK"] in cells
        assert ["case.statement", "(removed)", "A's words", "B's words"] in cells
        assert "cannot be signed off" in panel.title.text()
        row = panel.paths.index("case.port_of_entry")
        panel.table.selectRow(row)
        qtbot.mouseClick(panel.buttons["theirs"], Qt.MouseButton.LeftButton)
        # one field chosen: the other is still open, the case still this laptop's until both are chosen
        assert ws.conflicts.table.rowCount() == 1 and ws.conflicts.paths == ["case.statement"]
        ws.conflicts.table.selectRow(0)
        qtbot.mouseClick(ws.conflicts.buttons["mine"], Qt.MouseButton.LeftButton)
        assert not ws.conflicts.isVisible()
        stored = a.load_case(case_id)
        assert (stored.statement, stored.port_of_entry) == ("A's words", "JFK")
        assert ws.reason.statement.toPlainText() == "A's words"
        assert exchange.conflicts(a) == []
    finally:
        ws.clear()


@pytest.fixture
def deleted_and_edited(tmp_path):
    """Laptop A deleted the case while B edited it; B's edit reached A: a deletion-against-edit conflict."""
    _org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    c = a.new_case("Zumrad", "Testova")
    deliver(a, b)
    a.delete_case(c.id)
    cb = b.load_case(b.list_cases()[0].id)
    cb.statement = "B's words"
    b.save_case(cb)
    deliver(b, a)
    (row,) = a.list_cases()
    yield a, row.id, c.uid
    a.close()
    b.close()


@pytest.mark.parametrize("take", ["mine", "theirs"])
def test_a_deletion_against_an_edit_is_settled_in_the_table(qtbot, deleted_and_edited, take):
    a, case_id, uid = deleted_and_edited
    ws = shown_workspace(qtbot, a)
    try:
        ws.load_case(case_id)
        panel = ws.conflicts
        assert panel.isVisible() and panel.paths == [exchange.TOMBSTONE]
        cells = [panel.table.item(0, c).text() for c in range(4)]
        assert cells == [
            exchange.TOMBSTONE,
            "case kept, with its edits",
            "case deleted",
            "case kept, with its edits",
        ]
        assert ws.reason.statement.toPlainText() == "B's words"  # shown with the edit until a person chooses
        panel.table.selectRow(0)
        with qtbot.waitSignal(ws.backRequested, timeout=1000, raising=False) as back:
            qtbot.mouseClick(panel.buttons[take], Qt.MouseButton.LeftButton)
        assert exchange.conflicts(a) == []
        if take == "mine":  # keep deleted: the case is gone, the workspace asks for the case list
            assert back.signal_triggered and ws.case is None
            assert a.list_cases() == []
        else:  # restore with the edit
            assert not back.signal_triggered
            assert a.load_case(case_id).statement == "B's words" and a.load_case(case_id).uid == uid
            assert not panel.isVisible()
    finally:
        ws.clear()
