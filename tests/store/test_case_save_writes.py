"""An editor's save writes only what changed (#22 item 4): an unchanged search text does not rewrite the
full-text index, unchanged people are not deleted and inserted again; what did change is stored and found."""

from __future__ import annotations

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Person
from parole_desktop.services.session import CaseQuery
from parole_desktop.store import cases as case_store


def _traced(session, fn) -> list[str]:
    sqls: list[str] = []
    conn = session.vault.db.conn
    conn.set_trace_callback(sqls.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return sqls


def _ids(session, text: str) -> list[int]:
    return [c.id for c in session.list_cases(CaseQuery(search=text))]


def test_an_edit_outside_names_writes_neither_the_index_nor_the_people(session):
    case = session.new_case("Farishta", "Rahimi")
    case.statement = "The beneficiary needs surgery."
    sqls = _traced(session, lambda: case_store.save_case(session.vault, case, actor="t", keep_links=True))
    assert not [s for s in sqls if "cases_fts" in s], "the full-text index was rewritten"
    assert not [s for s in sqls if s.startswith(("DELETE FROM people", "INSERT INTO people"))]
    assert "search_text" not in next(s for s in sqls if s.startswith("UPDATE cases SET"))
    stored = session.load_case(case.id)
    assert stored.statement == "The beneficiary needs surgery."
    assert [p.given_name for p in stored.people] == ["Farishta"]
    assert _ids(session, "rahimi") == [case.id]


def test_a_renamed_beneficiary_is_found_by_the_new_name_only(session):
    case = session.new_case("Farishta", "Rahimi")
    case.beneficiary.family_name = "Karimi"
    sqls = _traced(session, lambda: case_store.save_case(session.vault, case, actor="t", keep_links=True))
    assert [s for s in sqls if "cases_fts" in s], "the index follows the new name"
    assert _ids(session, "karimi") == [case.id]
    assert _ids(session, "rahimi") == []
    assert session.load_case(case.id).beneficiary.family_name == "Karimi"


def test_people_added_changed_and_removed_are_stored(session):
    case = session.new_case("Oksana", "Kovalchuk")
    case.people.append(Person(role=Role.SUPPORTER, given_name="Ivan", family_name="Petrenko"))
    session.save_case(case, keep_links=True)
    stored = session.load_case(case.id)
    assert [(p.role, p.given_name) for p in stored.people] == [
        (Role.BENEFICIARY, "Oksana"),
        (Role.SUPPORTER, "Ivan"),
    ]
    assert all(p.id for p in case.people)
    case.people[1].given_name = "Ivanna"
    session.save_case(case, keep_links=True)
    assert [p.given_name for p in session.load_case(case.id).people] == ["Oksana", "Ivanna"]
    del case.people[1]
    session.save_case(case, keep_links=True)
    assert [p.given_name for p in session.load_case(case.id).people] == ["Oksana"]
