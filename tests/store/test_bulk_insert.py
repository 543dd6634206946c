"""bulk_insert_cases (#22, the 100k-case benchmark's path, whose row building was rewritten for speed): the
rows it writes read back as the cases were, the search index is filled, and a failure writes nothing."""

from __future__ import annotations

import gc
import uuid

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


def test_bulk_evidence_rows_are_case_major_and_point_at_the_shared_attachment(session):
    stored = session.vault.attachments.put_bytes(b"%PDF-1.4 shared synthetic scan")
    first = bulk_insert_cases(session.vault, _cases(2), actor="tester")
    ids = bulk_insert_cases(
        session.vault,
        _cases(3),
        actor="bench",
        evidence_rows=4,
        attachment=(stored.attachment_id, stored.sha256, stored.size),
    )
    assert ids == [first[-1] + 1, first[-1] + 2, first[-1] + 3]
    rows = session.vault.db.execute(
        "SELECT case_id, title, kind, language, sha256, size, original_filename, media_type, attachment_id, "
        "shared_with_group, added_by, data FROM evidence ORDER BY id"
    ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [(cid, f"Document {k}") for cid in ids for k in range(1, 5)]
    assert {tuple(r[2:]) for r in rows} == {
        (
            "other",
            "en",
            stored.sha256,
            stored.size,
            "scan.pdf",
            "application/pdf",
            stored.attachment_id,
            0,
            "bench",
            "{}",
        )
    }
    back = load_case(session.vault, ids[1])
    assert [e.title for e in back.evidence] == [f"Document {k}" for k in range(1, 5)]
    assert all(e.attachment_id == stored.attachment_id for e in back.evidence)


def test_bulk_uids_are_fresh_version_4_uuids_and_given_ones_are_kept(session):
    cases = _cases(200)
    cases[7].uid = "0" * 31 + "7"
    bulk_insert_cases(session.vault, cases, actor="tester")
    made = [c.uid for c in cases if c is not cases[7]] + [p.uid for c in cases for p in c.people]
    assert cases[7].uid == "0" * 31 + "7"
    assert len(set(made)) == len(made) == 399
    for uid in made:
        parsed = uuid.UUID(uid)
        assert parsed.hex == uid and parsed.version == 4 and parsed.variant == uuid.RFC_4122


@pytest.mark.parametrize("enabled", [True, False])
def test_bulk_insert_leaves_the_garbage_collector_as_it_found_it(session, enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        bad = _cases(3)
        bulk_insert_cases(session.vault, _cases(2), actor="tester")
        assert gc.isenabled() is enabled
        bad[1].people[0].family_name = object()  # type: ignore[assignment]
        with pytest.raises((TypeError, AttributeError)):
            bulk_insert_cases(session.vault, bad, actor="tester")
        assert gc.isenabled() is enabled  # resumed after a failure too
    finally:
        (gc.enable if was else gc.disable)()
