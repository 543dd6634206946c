"""What a slip of the keyboard removes comes back (#25): removed evidence keeps its encrypted file, removed
people their record, until the case is signed off — through a reopen, a key rotation and the CLI."""

from __future__ import annotations

import json

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Person
from parole_desktop.errors import UserError
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import open_vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def case_with_files(session, tmp_path):
    case = session.new_case("Zumrad", "Testova")
    files = {}
    for name, text in (
        ("letter-fa.pdf", "Physician letter (synthetic)"),
        ("letter-en.pdf", "Translation (synthetic)"),
    ):
        p = tmp_path / name
        p.write_bytes(minimal_pdf([text]))
        files[name] = p
    original = session.add_evidence(
        case.id, files["letter-fa.pdf"], kind="physician_letter", language="fa"
    ).evidence
    translation = session.add_evidence(
        case.id, files["letter-en.pdf"], kind="translation", language="en", translation_of=original.id
    ).evidence
    return case.id, original, translation


def test_removed_evidence_comes_back_exactly_with_its_file_and_its_translation(session, case_with_files):
    cid, original, translation = case_with_files
    before = session.read_evidence(original)
    rid = session.delete_evidence(int(original.id))
    case = session.load_case(cid)
    assert [e.id for e in case.evidence] == [translation.id]
    assert case.evidence[0].translation_of is None
    (item,) = session.removed_items(cid)
    assert (item.id, item.kind, item.attachment_id) == (rid, "evidence", original.attachment_id)
    assert session.vault.attachments.exists(original.attachment_id)  # the file is kept
    session.restore_removed(rid)
    case = session.load_case(cid)
    back = case.evidence_by_id(int(original.id))
    assert back is not None and back.sha256 == original.sha256 and back.title == original.title
    assert session.read_evidence(back) == before
    assert case.evidence_by_id(int(translation.id)).translation_of == original.id
    assert session.removed_items(cid) == []
    actions = [(e.action, e.entity) for e in session.vault.audit.entries()]
    assert ("remove", "evidence") in actions and ("restore", "evidence") in actions
    with pytest.raises(UserError, match="no removed item"):
        session.restore_removed(rid)


def test_the_kept_file_survives_a_reopen_and_a_key_rotation(paths, session, case_with_files):
    _cid, original, _ = case_with_files
    content = session.read_evidence(original)
    rid = session.delete_evidence(int(original.id))
    session.close()
    with open_vault(paths, PASSPHRASE) as s:  # the orphan sweep at unlock must not take it
        assert s.vault.attachments.exists(original.attachment_id)
        s.vault.start_key_rotation(PASSPHRASE)
        s.vault.continue_key_rotation()
    with open_vault(paths, PASSPHRASE) as s:
        s.restore_removed(rid)
        assert s.read_evidence(s.get_evidence(int(original.id))) == content


def test_a_removed_person_comes_back_at_their_place_once(session):
    case = session.new_case("Lina", "Testova")
    case.people += [
        Person(role=Role.SUPPORTER, given_name="Ana", family_name="Uno"),
        Person(role=Role.SUPPORTER, given_name="Beto", family_name="Dos", phone="+1 555 0100"),
        Person(role=Role.SUPPORTER, given_name="Cora", family_name="Tres"),
    ]
    session.save_case(case)
    beto = session.load_case(case.id).people_with_role(Role.SUPPORTER)[1]
    rid = session.keep_removed_person(case.id, beto, 1)
    case = session.load_case(case.id)
    case.people = [p for p in case.people if p.given_name != "Beto"]
    session.save_case(case)
    session.restore_removed(rid)
    names = [p.given_name for p in session.load_case(case.id).people_with_role(Role.SUPPORTER)]
    assert names == ["Ana", "Beto", "Cora"]
    assert session.load_case(case.id).people_with_role(Role.SUPPORTER)[1].phone == "+1 555 0100"
    # recorded but never saved away (the app stopped before the autosave): putting back adds no twin
    ana = session.load_case(case.id).people_with_role(Role.SUPPORTER)[0]
    rid2 = session.keep_removed_person(case.id, ana, 0)
    session.restore_removed(rid2)
    assert len(session.load_case(case.id).people_with_role(Role.SUPPORTER)) == 3


def test_deleting_the_case_forgets_its_removed_items_and_their_files(session, case_with_files):
    cid, original, _ = case_with_files
    session.delete_evidence(int(original.id))
    session.delete_case(cid)
    assert not session.vault.attachments.exists(original.attachment_id)
    assert session.vault.db.execute("SELECT COUNT(*) FROM removed_items").fetchone()[0] == 0


def test_sign_off_makes_removals_final(session, tmp_path):
    from tests.services.roster_helpers import ready_case_with_reviewer, sign

    cid, rid_, _org = ready_case_with_reviewer(session, "reviewer passphrase 42 ok")
    extra = tmp_path / "extra.pdf"
    extra.write_bytes(minimal_pdf(["An extra page (synthetic)"]))
    ev = session.add_evidence(cid, extra, kind="other").evidence
    session.delete_evidence(int(ev.id))
    assert session.removed_items(cid)
    sign(session, cid, rid_, "reviewer passphrase 42 ok")
    assert session.removed_items(cid) == []
    assert not session.vault.attachments.exists(ev.attachment_id)


def test_cli_remove_list_and_restore(tmp_path, monkeypatch, capsys, case_with_files, paths, session):
    from parole_desktop.cli import main

    cid, original, _ = case_with_files
    session.close()
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        rc = main(["--data-dir", str(paths.data), *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    rc, out, _ = run("evidence", "remove", str(original.id))
    assert rc == 0 and "case restore" in out
    rc, out, _ = run("case", "removed", str(cid), "--json")
    (item,) = json.loads(out)
    assert item["kind"] == "evidence" and "data" not in item
    rc, out, _ = run("case", "restore", str(item["id"]))
    assert rc == 0 and "Put back" in out
    rc, _, err = run("case", "restore", str(item["id"]))
    assert rc == 2 and "no removed item" in err
    rc, _, err = run("case", "removed", "999")
    assert rc == 2
