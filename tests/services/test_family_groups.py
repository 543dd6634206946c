"""Family groups across vaults (#20 item 12): a family's files create their group on import, links resolve by
uid inside it, a link that resolves outside the group is a failing finding, dates of birth are compared
across the group, and demo and fixture case uids never collide."""

from __future__ import annotations

import json
from pathlib import Path

from parole_desktop.domain.enums import Severity
from parole_desktop.services.checks import run_checks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
FAMILY = FIXTURES / "family_hakimi"


def _fixture_files() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*.json") if p.name != "expected.json")


def _findings(session, case_id: int, rule_id: str) -> list:
    return [f for f in run_checks(session, case_id, record=False).findings if f.rule_id == rule_id]


def test_demo_and_fixture_uids_never_collide_and_the_family_imports_as_its_group(demo_session):
    session = demo_session(12)
    demo_uids = {session.load_case(cid).uid for cid in session.demo_ids}
    assert len(demo_uids) == 12 and all(len(u) == 32 for u in demo_uids)
    file_uids = {json.loads(p.read_text(encoding="utf-8"))["uid"] for p in _fixture_files()} - {""}
    assert len(file_uids) == 3  # the Hakimi family's requests carry theirs (their links name them)
    assert not demo_uids & file_uids
    # the family in reverse order: the links resolve when the linked request arrives
    imported = {p.name: session.import_case(p) for p in reversed(_fixture_files())}
    uids = [session.load_case(cid).uid for cid in [*session.demo_ids, *(c.id for c in imported.values())]]
    assert len(uids) == len(set(uids)) == 12 + len(_fixture_files())
    assert {imported[n].uid for n in ("a_father.json", "b_mother.json", "c_daughter.json")} == file_uids

    groups = {g.name: g for g in session.family_groups()}
    assert set(groups) == {"Kovalchuk family", "Hakimi family"}  # the demo's own and the imported one
    members = {
        session.load_case(cid).beneficiary_name: session.load_case(cid)
        for cid in groups["Hakimi family"].case_ids
    }
    assert set(members) == {"Farid Hakimi", "Mahbooba Hakimi", "Sahar Hakimi"}
    father, mother, daughter = (members[n] for n in ("Farid Hakimi", "Mahbooba Hakimi", "Sahar Hakimi"))
    assert {p.given_name: p.linked_case_id for p in father.people if p.linked_case_id} == {
        "Mahbooba": mother.id,
        "Sahar": daughter.id,
    }
    for member in members.values():
        assert not _findings(session, int(member.id or 0), "HP-FAM-02")  # every link inside the group
        # Sahar is 2014-09-16 in her mother's request and 2014-09-15 in her own and her father's
        dob = _findings(session, int(member.id or 0), "HP-ID-08")
        assert any("Sahar Hakimi's date of birth is" in f.message for f in dob), [f.message for f in dob]


def test_a_link_by_case_number_from_another_vault_fails_outside_the_group(demo_session, tmp_path):
    """A file whose links carry only the other vault's case numbers lands on the demo's cases 2 and 3:
    that is someone else's request, outside the family's group: a failing finding, not a warning."""
    session = demo_session(12)
    data = json.loads((FAMILY / "a_father.json").read_text(encoding="utf-8"))
    for p in data["people"]:
        p["linked_case_uid"] = ""
    data["uid"] = ""
    src = tmp_path / "father-by-number.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    father = session.import_case(src)
    assert father.family_group_id is not None
    found = _findings(session, int(father.id or 0), "HP-FAM-02")
    assert [f.severity for f in found] == [Severity.FAIL, Severity.FAIL]
    assert "Mahbooba Hakimi's linked request (case 2) is not in this family group" in found[0].message
    assert not run_checks(session, int(father.id or 0), record=False).ready


def test_one_member_imported_alone_fails_until_the_others_come(session):
    father = session.import_case(FAMILY / "a_father.json")
    found = _findings(session, int(father.id or 0), "HP-FAM-02")
    assert [f.severity for f in found] == [Severity.FAIL, Severity.FAIL]
    assert all("not in this vault: import the family's other case files" in f.message for f in found)
    session.import_case(FAMILY / "b_mother.json")
    session.import_case(FAMILY / "c_daughter.json")
    assert not _findings(session, int(father.id or 0), "HP-FAM-02")
    assert [g.name for g in session.family_groups()] == ["Hakimi family"]
    assert len(session.family_groups()[0].case_ids) == 3
