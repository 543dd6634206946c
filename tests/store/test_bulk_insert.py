"""bulk_insert_cases (#22, the 100k-case benchmark's path, whose row building was rewritten for speed): the
rows it writes read back as the cases were, the search index is filled, and a failure writes nothing."""

from __future__ import annotations

import pytest

from parole_desktop.domain import codec
from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.store.cases import bulk_insert_cases, load_case


def _cases(n: int) -> list[Case]:
    return [
        Case(
            people=[
                Person(role=Role.BENEFICIARY, given_name="فرشته", family_name=f"Núñez {i}", g28=i % 2 == 0)
            ]
        )
        for i in range(n)
    ]


def test_bulk_rows_read_back_as_the_cases_were(session):
    cases = _cases(50)
    ids = bulk_insert_cases(session.vault, cases, actor="tester")
    assert len(ids) == 50 and len(set(ids)) == 50
    for case in (cases[0], cases[31]):
        back = load_case(session.vault, case.id)
        assert back.uid == case.uid
        assert codec.case_storage_dict(back) == codec.case_storage_dict(case)
        assert [codec.person_storage_dict(p) for p in back.people] == [
            codec.person_storage_dict(p) for p in case.people
        ]
    found = session.vault.db.execute("SELECT rowid FROM cases_fts WHERE cases_fts MATCH 'nunez'").fetchall()
    assert len(found) == 50  # the search index was filled by the insert trigger


def test_a_failing_bulk_insert_writes_nothing(session):
    bad = _cases(5)
    bad[3].people[0].given_name = object()  # type: ignore[assignment]  # not text: the row cannot be built
    before = session.vault.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    with pytest.raises((TypeError, AttributeError)):
        bulk_insert_cases(session.vault, bad, actor="tester")
    assert session.vault.db.execute("SELECT count(*) FROM cases").fetchone()[0] == before
    assert session.vault.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    bulk_insert_cases(session.vault, _cases(2), actor="tester")  # and the vault takes the next batch
    assert session.vault.db.execute("SELECT count(*) FROM cases").fetchone()[0] == before + 2
