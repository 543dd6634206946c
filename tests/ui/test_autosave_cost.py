"""One autosave = one save and one check: counted SQL statements, transactions, case loads, rule runs and
attachment decryptions while the workspace saves a typed edit on a case with 20 exhibits."""

from __future__ import annotations

import pytest

from parole_desktop.services import checks as checks_service
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.store import cases as case_store
from parole_desktop.ui.workspace import CaseWorkspace

pytestmark = pytest.mark.gui


@pytest.fixture
def case_with_exhibits(session):
    case = session.new_case("Zumrad", "Testova")
    for i in range(20):
        session.add_evidence_bytes(
            case.id,
            minimal_pdf([f"Synthetic exhibit {i}"]),
            f"exhibit{i}.pdf",
            kind="passport" if i == 0 else "other",
            title=f"Exhibit {i}",
        )
    return case.id


@pytest.mark.slow
def test_one_autosave_loads_once_checks_once_and_decrypts_nothing(
    qtbot, session, case_with_exhibits, monkeypatch
):
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.resize(1000, 560)
    ws.show()
    ws.load_case(case_with_exhibits)

    counts = {"loads": 0, "rules": 0, "decrypts": 0, "statements": 0, "transactions": 0}
    real_load, real_eval = case_store.load_case, checks_service.evaluate
    store = session.vault.attachments
    real_chunks = store.iter_chunks

    def load(*a, **kw):
        counts["loads"] += 1
        return real_load(*a, **kw)

    def evaluate(*a, **kw):
        counts["rules"] += 1
        return real_eval(*a, **kw)

    def chunks(*a, **kw):
        counts["decrypts"] += 1
        return real_chunks(*a, **kw)

    sqls: list[str] = []

    def trace(sql: str) -> None:
        if sql.startswith("--"):  # statements run by triggers (FTS index upkeep), not by the app
            return
        sqls.append(sql)
        if not sql.startswith(("SAVEPOINT", "RELEASE")):  # nesting inside the one transaction
            counts["statements"] += 1
        if sql.strip().upper().startswith("BEGIN"):  # savepoints nest inside a transaction
            counts["transactions"] += 1

    monkeypatch.setattr(case_store, "load_case", load)
    monkeypatch.setattr(checks_service, "evaluate", evaluate)
    monkeypatch.setattr(store, "iter_chunks", chunks)
    conn = session.vault.db.conn
    conn.set_trace_callback(trace)
    try:
        qtbot.keyClicks(ws.reason.statement, "A")
        assert ws.has_pending_edits()
        assert ws.flush()
    finally:
        conn.set_trace_callback(None)

    assert counts["loads"] <= 1, counts
    assert counts["rules"] == 1, counts
    assert counts["decrypts"] == 0, counts
    # one transaction (one commit, one fsync): the case, its people and its readiness together (#22)
    assert counts["transactions"] == 1, (counts, "\n".join(sqls))
    assert counts["statements"] <= 16, (counts, "\n".join(sqls))  # was 56 before the single-save path
    assert session.load_case(case_with_exhibits).statement == "A"
    assert ws.save_state.text() == "All changes saved"
    ws.clear()
