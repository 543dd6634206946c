"""A case's deletion travels (#23): a tombstone revision in the case's graph, authored, signed and audited
like any revision. A deletion against a concurrent edit is a conflict a person settles (keep deleted, or
restore with the edit); a deletion that descends from everything the other laptop has just deletes there;
a revision the deletion already includes changes nothing; a deleted case never comes back by itself."""

from __future__ import annotations

import pytest

from parole_desktop.errors import UserError
from parole_desktop.exchange.objects import Outcome
from parole_desktop.exchange.revisions import DELETED, TOMBSTONE, RevisionGraph, three_way
from parole_desktop.services import exchange, revlog
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import Session
from parole_desktop.store import revisions as rev_store
from tests.exchange.laptops import deliver, laptops, peer_name

PDF = minimal_pdf(["Synthetic exhibit for the deletion tests"])


# ------------------------------------------------------------------------------------ the graph, pure
def _graph_with_root():
    g = RevisionGraph()
    root = g.commit({"case.statement": "s0", "person.p1.role": "beneficiary"}, author="A", at="t0")
    assert root is not None
    return g, root


def test_a_deletion_over_an_unchanged_side_just_deletes():
    g, _root = _graph_with_root()
    g.commit({TOMBSTONE: True}, author="A", at="t1")
    assert g.is_deleted() and g.conflicts() == []
    merged, conflicts = three_way({"x": 1}, {"x": 1, TOMBSTONE: True}, {"x": 1})
    assert conflicts == [] and merged == {"x": 1, TOMBSTONE: True}


def test_a_deletion_against_an_edit_is_a_conflict_either_way_round():
    base = {"case.statement": "s0"}
    deleted = {**base, TOMBSTONE: True}
    edited = {"case.statement": "s1"}
    for mine, theirs in ((deleted, edited), (edited, deleted)):
        merged, conflicts = three_way(base, mine, theirs)
        assert [c.path for c in conflicts] == [TOMBSTONE]
        (c,) = conflicts
        assert c.base is DELETED and {c.mine, c.theirs} == {True, DELETED}
        assert merged["case.statement"] == "s1"  # the edit is in the merge whatever is chosen
        assert (TOMBSTONE in merged) == (mine is deleted)  # a conflicting field keeps mine


def test_both_sides_deleting_is_no_conflict_even_over_different_edits():
    base = {"case.statement": "s0"}
    merged, conflicts = three_way(
        base, {"case.statement": "a", TOMBSTONE: True}, {"case.statement": "b", TOMBSTONE: True}
    )
    assert conflicts == [] and merged[TOMBSTONE] is True


def test_restoring_is_settling_the_deletion_conflict_in_the_graph():
    g, root = _graph_with_root()
    g.add(_rev([root.id], {TOMBSTONE: True}, "A"))
    g.add(_rev([root.id], {"case.statement": "edited on B"}, "B"))
    assert [c.path for c in g.conflicts()] == [TOMBSTONE] and not g.is_deleted()
    g.resolve({TOMBSTONE: DELETED}, author="A", at="t3")
    assert not g.is_deleted() and g.current()["case.statement"] == "edited on B"
    assert TOMBSTONE not in g.current()


def _rev(parents, changes, author):
    from parole_desktop.exchange.revisions import make_revision

    return make_revision(parents, changes, author=author, at="t")


# ------------------------------------------------------------------------------------ two real vaults
@pytest.fixture
def two(tmp_path):
    org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    yield org, a, b
    a.close()
    b.close()


def _case_id(s: Session, uid: str) -> int | None:
    found = [c.id for c in s.list_cases() if s.load_case(c.id).uid == uid]
    assert len(found) <= 1
    return found[0] if found else None


def _shared_case(a: Session, b: Session):
    c = a.new_case("Ana", "Lima")
    ev = a.add_evidence_bytes(c.id, PDF, "passport.pdf", kind="identity_document", title="Passport")
    deliver(a, b)
    bid = _case_id(b, c.uid)
    assert bid is not None
    return c, ev, bid


def _files(s: Session) -> set[str]:
    return set(s.vault.attachments.ids())


def test_a_deletion_travels_and_deletes_on_the_other_laptop_with_its_files(two):
    _org, a, b = two
    c, _ev, bid = _shared_case(a, b)
    b_files_before = _files(b)
    b_ev_file = b.vault.db.execute("SELECT attachment_id FROM evidence WHERE case_id = ?", [bid]).fetchone()[
        0
    ]
    a.delete_case(c.id)
    (tomb,) = [r for r in revlog.revisions_of(a.vault, c.uid) if r.changes.get(TOMBSTONE)]
    assert tomb.author == revlog.device_id(a.vault) and dict(tomb.changes) == {TOMBSTONE: True}
    assert [e["action"] for e in tomb.audit] == ["delete"]  # the audit entry travels inside it
    outcomes = deliver(a, b)
    assert outcomes == ["applied"]  # the tombstone, sealed and signed like any revision
    assert _case_id(b, c.uid) is None
    assert b_ev_file not in _files(b) and _files(b) < b_files_before  # as a local delete does
    assert any(e.action == "delete" and e.entity_id == str(bid) for e in b.audit_entries())
    assert rev_store.sync_for_uid(b.vault, c.uid).heads == [tomb.id]
    # the case's revisions delivered again (another transport, a resent bundle) change nothing
    every = VaultObjects(a).pending_for("somebody new")
    assert {VaultObjects(b).receive(o).outcome for o in every} == {Outcome.DUPLICATE}
    assert _case_id(b, c.uid) is None and _case_id(a, c.uid) is None


def test_a_revision_the_deletion_already_includes_changes_nothing(two):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    deliver(a, b)
    bid = _case_id(b, c.uid)
    cb = b.load_case(bid)
    cb.statement = "Edited on B."
    b.save_case(cb)
    edit = VaultObjects(b).pending_for(peer_name(a))
    # A receives B's edit, then deletes the case: the deletion descends from the edit
    assert [VaultObjects(a).receive(o).outcome for o in edit] == [Outcome.DUPLICATE, Outcome.APPLIED]
    a.delete_case(c.id)
    deliver(a, b)
    assert _case_id(b, c.uid) is None and _case_id(a, c.uid) is None
    # the edit arriving at A again (B's bundle resent) is a duplicate: the case does not come back
    assert [VaultObjects(a).receive(o).outcome for o in edit] == [Outcome.DUPLICATE] * 2
    deliver(b, a)
    assert _case_id(a, c.uid) is None and exchange.conflicts(a) == []


def test_a_deleted_case_does_not_come_back_when_a_concurrent_edit_arrives(two):
    """Delete against edit: a conflict on both laptops; keep deleted settles it everywhere."""
    _org, a, b = two
    c, _ev, bid = _shared_case(a, b)
    a.delete_case(c.id)
    cb = b.load_case(bid)
    cb.statement = "Edited on B while A deleted the case."
    b.save_case(cb)
    deliver(a, b)
    deliver(b, a)
    # A: the case is here again only to show the conflict, with B's edit; B keeps its case
    aid = _case_id(a, c.uid)
    assert aid is not None
    (ca,) = exchange.conflicts(a, aid)
    assert [f["path"] for f in ca.fields] == [TOMBSTONE]
    assert ca.fields[0]["mine"] is True and ca.fields[0]["theirs"] == {"$deleted": True}
    (cbc,) = exchange.conflicts(b, bid)
    assert cbc.fields[0]["mine"] == {"$deleted": True} and cbc.fields[0]["theirs"] is True
    assert b.load_case(bid).statement == "Edited on B while A deleted the case."
    assert a.load_case(aid).statement == "Edited on B while A deleted the case."
    assert len(a.load_case(aid).evidence) == 1  # its file taken back from A's own sealed copy
    with pytest.raises(UserError, match="take mine or --take theirs"):
        exchange.resolve_conflict(a, aid, TOMBSTONE, value="true")
    with pytest.raises(UserError, match="open conflict"):
        exchange.require_no_conflict(b, bid)  # no sign-off while it is open
    rev = exchange.resolve_conflict(a, aid, TOMBSTONE, take="mine")  # keep deleted
    assert rev is not None and rev.changes[TOMBSTONE] is True
    assert _case_id(a, aid and c.uid) is None
    deliver(a, b)
    assert _case_id(b, c.uid) is None and exchange.conflicts(b) == []
    ga, gb = revlog.load_graph(a.vault, c.uid), revlog.load_graph(b.vault, c.uid)
    assert ga.heads() == gb.heads() and ga.is_deleted() and gb.is_deleted()


def test_restore_with_the_edit_settles_the_deletion_conflict_on_the_editing_laptop(two):
    _org, a, b = two
    c, _ev, bid = _shared_case(a, b)
    a.delete_case(c.id)
    cb = b.load_case(bid)
    cb.statement = "Needed: B's edit."
    b.save_case(cb)
    deliver(a, b)
    rev = exchange.resolve_conflict(b, bid, TOMBSTONE, take="mine")  # on B, mine is "not deleted"
    assert rev is not None and rev.changes[TOMBSTONE] is DELETED
    assert b.load_case(bid).statement == "Needed: B's edit." and exchange.conflicts(b) == []
    deliver(b, a)
    aid = _case_id(a, c.uid)
    assert aid is not None and exchange.conflicts(a) == []
    restored = a.load_case(aid)
    assert restored.statement == "Needed: B's edit." and len(restored.evidence) == 1
    assert revlog.case_map(a.vault, restored) == revlog.case_map(b.vault, b.load_case(bid))


def test_restore_by_taking_theirs_on_the_deleting_laptop(two, capsys, monkeypatch):
    from parole_desktop.cli import main
    from tests.conftest import PASSPHRASE

    _org, a, b = two
    c, _ev, bid = _shared_case(a, b)
    a.delete_case(c.id)
    cb = b.load_case(bid)
    cb.statement = "B's edit."
    b.save_case(cb)
    deliver(b, a)
    aid = _case_id(a, c.uid)
    assert aid is not None
    data = a.vault.files.folder.parent
    a.close()
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(data), "conflicts", "--json"]) == 0
    assert TOMBSTONE in capsys.readouterr().out
    assert main(["--data-dir", str(data), "conflicts"]) == 0
    listed = capsys.readouterr().out
    assert "  deleted\n" in listed
    assert "this laptop: case deleted" in listed and "incoming:    case kept, with its edits" in listed
    rc = main(["--data-dir", str(data), "conflict", "resolve", str(aid), TOMBSTONE, "--value", "false"])
    assert rc != 0 and "--take mine or --take theirs" in capsys.readouterr().err
    rc = main(["--data-dir", str(data), "conflict", "resolve", str(aid), TOMBSTONE, "--take", "theirs"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert "every conflict is settled" in out.out
    from parole_desktop.paths import AppPaths
    from parole_desktop.services.session import open_vault

    with open_vault(AppPaths(data), PASSPHRASE) as again:
        restored = again.load_case(aid)
        assert restored.statement == "B's edit." and exchange.conflicts(again) == []
        assert not revlog.load_graph(again.vault, c.uid).is_deleted()


def test_a_case_that_never_left_this_laptop_leaves_no_tombstone(two):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    a.delete_case(c.id)
    assert revlog.revisions_of(a.vault, c.uid) == []
    assert deliver(a, b) == [] and b.list_cases() == []


def test_deleting_a_case_with_an_open_field_conflict_settles_it_with_the_deletion(two):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    deliver(a, b)
    bid = _case_id(b, c.uid)
    cb = b.load_case(bid)
    cb.statement = "B's words"
    b.save_case(cb)
    c.statement = "A's words"
    a.save_case(c)
    deliver(b, a)
    assert exchange.conflicts(a, c.id)
    a.delete_case(c.id)
    assert revlog.load_graph(a.vault, c.uid).is_deleted()
    deliver(a, b)  # B's edit is in the deletion's past: B just deletes
    assert _case_id(b, c.uid) is None and exchange.conflicts(b) == []


def test_a_forged_deletion_does_not_delete_the_case(tmp_path):
    """Attacks on the deletion: a tombstone sealed by a laptop outside the roster, one by a revoked laptop,
    and one that names another laptop as its author are kept aside; the case stays, nothing else moves."""
    from parole_desktop.exchange import identity
    from parole_desktop.exchange.objects import SealedObject
    from parole_desktop.exchange.revisions import make_revision
    from parole_desktop.exchange.seal import seal
    from parole_desktop.services import devices, roster

    org, (a, b, c3) = laptops(tmp_path, ("laptop-a", "laptop-b", "laptop-c"))
    _org2, (stranger,) = laptops(tmp_path / "elsewhere", ("stranger",))
    try:
        case = a.new_case("Ana", "Lima")
        deliver(a, b)
        deliver(a, c3)
        heads = revlog.load_graph(b.vault, case.uid).heads()
        b_age = devices.device_info(b).age_recipient

        def tomb_from(s: Session, author: str) -> SealedObject:
            keys, sec = identity.this_device(s.vault)
            rev = make_revision(heads, {TOMBSTONE: True}, author=author, at="2026-12-07T00:00:00+00:00")
            return SealedObject(
                seal(exchange.revision_payload(case.uid, rev), keys, sec, [b_age], context="revision")
            )

        sink = VaultObjects(b)
        got = sink.receive(tomb_from(stranger, peer_name(stranger)))
        assert got.outcome == Outcome.QUARANTINED and got.code == "untrusted_author"
        got = sink.receive(tomb_from(c3, peer_name(a)))  # c seals a deletion it says laptop A made
        assert got.outcome == Outcome.QUARANTINED and got.code == "wrong_author"
        r = roster.pinned_roster(b.vault)
        assert r is not None
        roster.import_roster(b.vault, roster.revoke(org, r, "laptop-c", "stolen"), actor="org admin")
        got = sink.receive(tomb_from(c3, peer_name(c3)))
        assert got.outcome == Outcome.QUARANTINED and got.code == "untrusted_author"
        bid = _case_id(b, case.uid)
        assert bid is not None and b.load_case(bid).people[0].given_name == "Ana"
        assert revlog.load_graph(b.vault, case.uid).heads() == heads
        assert exchange.conflicts(b) == []
    finally:
        for s in (a, b, c3, stranger):
            s.close()
