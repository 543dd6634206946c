"""The vault side of every transport (#23 items 3–4, 6–7): every save a revision, VaultObjects between
real temp vaults with real seals — delivery, waiting, merge, conflicts, quarantine, rollback — each attack
performed."""

from __future__ import annotations

import json

import pytest

from parole_desktop.errors import UserError
from parole_desktop.exchange import identity
from parole_desktop.exchange.objects import Outcome, SealedObject
from parole_desktop.exchange.revisions import DELETED
from parole_desktop.exchange.seal import seal
from parole_desktop.services import devices, exchange, revlog, roster
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import Session
from parole_desktop.store import revisions as rev_store
from tests.exchange.laptops import deliver, laptops, peer_name

PDF = minimal_pdf(["Synthetic exhibit for the exchange tests"])


@pytest.fixture
def two(tmp_path):
    org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    yield org, a, b
    a.close()
    b.close()


def _revs(s: Session, case_uid: str):
    return revlog.revisions_of(s.vault, case_uid)


def _content(s: Session, case_id: int) -> dict:
    return revlog.case_map(s.vault, s.load_case(case_id))


def _other(s: Session, uid: str) -> int:
    found = [c.id for c in s.list_cases() if s.load_case(c.id).uid == uid]
    assert len(found) == 1
    return found[0]


# ------------------------------------------------------------------------------------ every save a revision
def test_every_save_is_one_revision_with_the_changes_and_audit_entries(session):
    c = session.new_case("Ana", "Lima")
    (root,) = _revs(session, c.uid)
    assert root.parents == () and root.author == revlog.device_id(session.vault)
    assert root.changes[f"person.{c.people[0].uid}.given_name"] == "Ana"
    assert [a["action"] for a in root.audit] == ["create"]
    c.statement = "Needs surgery on 2027-02-01."
    session.save_case(c)
    session.save_case(c)  # nothing changed: no revision
    revs = _revs(session, c.uid)
    assert len(revs) == 2
    assert dict(revs[1].changes) == {"case.statement": "Needs surgery on 2027-02-01."}
    assert revs[1].parents == (root.id,)
    assert [a["action"] for a in revs[1].audit] == ["update"]
    # every audit entry of the case travels once, with its hash
    local = {e.seq: e.hash for e in session.audit_entries()}
    assert all(local[a["seq"]] == a["hash"] for r in revs for a in r.audit)


def test_evidence_status_and_removal_are_revisions_by_content_hash(session):
    c = session.new_case("Ana", "Lima")
    ev = session.add_evidence_bytes(c.id, PDF, "passport.pdf", kind="identity_document", title="Passport")
    last = _revs(session, c.uid)[-1]
    assert last.changes[f"evidence.{ev.sha256}.title"] == "Passport"
    assert last.changes[f"evidence.{ev.sha256}.sha256"] == ev.sha256
    assert any(a["action"] == "attach" for a in last.audit)
    session.update_status(c.id, "ready_for_review")
    assert dict(_revs(session, c.uid)[-1].changes) == {"case.status": "ready_for_review"}
    session.delete_evidence(ev.id)
    gone = _revs(session, c.uid)[-1].changes
    assert gone[f"evidence.{ev.sha256}.title"] is DELETED and gone[f"evidence.{ev.sha256}.kind"] is DELETED


def test_a_case_from_before_0008_gets_its_root_when_first_needed(session):
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person

    (cid,) = session.bulk_insert(
        [Case(people=[Person(role=Role.BENEFICIARY, given_name="Bulk", family_name="One")])]
    )
    assert rev_store.sync_for_case(session.vault, cid) is None
    assert revlog.ensure_roots(session.vault) == 1
    (root,) = _revs(session, session.load_case(cid).uid)
    assert root.parents == () and any(
        k.endswith(".given_name") and v == "Bulk" for k, v in root.changes.items()
    )
    assert revlog.ensure_roots(session.vault) == 0


# ------------------------------------------------------------------------------------ two laptops
def test_a_case_travels_with_its_evidence_and_is_the_same_on_both_laptops(two):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    ev = a.add_evidence_bytes(c.id, PDF, "passport.pdf", kind="identity_document", title="Passport")
    c = a.load_case(c.id)
    c.statement = "Surgery at the county hospital."
    a.save_case(c)
    outcomes = deliver(a, b)
    assert outcomes and set(outcomes) == {"applied"}
    bid = _other(b, c.uid)
    cb = b.load_case(bid)
    assert cb.statement == "Surgery at the county hospital."
    assert [p.uid for p in cb.people] == [p.uid for p in c.people]
    assert _content(b, bid) == _content(a, c.id)
    (bev,) = cb.evidence
    assert bev.sha256 == ev.sha256 and b.read_evidence(bev) == PDF
    # sent once: nothing is pending for b any more, and delivering again changes nothing
    assert VaultObjects(a).pending_for(peer_name(b)) == []
    assert deliver(a, b) == []


def test_sealing_stops_midway_keeps_whole_chunks_and_the_next_export_sends_the_rest(two, monkeypatch):
    """seal_new writes one transaction per chunk (#23): an export stopped between two seals keeps only the
    chunks written, each whole, and the next export seals and sends everything else."""
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    a.add_evidence_bytes(c.id, PDF, "passport.pdf", kind="identity_document", title="Passport")
    for i in range(4):
        c = a.load_case(c.id)
        c.statement = f"Edit number {i}."
        a.save_case(c)
    monkeypatch.setattr(exchange, "SEAL_CHUNK", 2)
    real_seal = devices.seal_for_org
    calls = []

    def stopping_seal(*args, **kwargs):
        calls.append(1)
        if len(calls) == 4:
            raise KeyboardInterrupt("stopped during the export")
        return real_seal(*args, **kwargs)

    monkeypatch.setattr(devices, "seal_for_org", stopping_seal)
    with pytest.raises(KeyboardInterrupt):
        VaultObjects(a).seal_new()
    kept = rev_store.sealed_refs(a.vault, exchange.KIND_REVISION) | rev_store.sealed_refs(
        a.vault, exchange.KIND_EVIDENCE
    )
    assert len(kept) == 2  # the first chunk only; the third object sealed was never written
    monkeypatch.setattr(devices, "seal_for_org", real_seal)
    assert set(deliver(a, b)) == {"applied"}
    bid = _other(b, c.uid)
    assert b.load_case(bid).statement == "Edit number 3."
    assert _content(b, bid) == _content(a, c.id)
    assert len(_revs(b, c.uid)) == len(_revs(a, c.uid))


def test_edits_of_different_fields_merge_the_same_way_on_both(two):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    deliver(a, b)
    cb = b.load_case(_other(b, c.uid))
    cb.port_of_entry = "JFK"
    b.save_case(cb)
    c.statement = "A's statement"
    a.save_case(c)
    deliver(a, b)
    deliver(b, a)
    deliver(a, b)
    ga, gb = revlog.load_graph(a.vault, c.uid), revlog.load_graph(b.vault, c.uid)
    assert ga.heads() == gb.heads()  # the same revisions: the same heads and the same merged content
    assert _content(a, c.id) == _content(b, cb.id)
    ca = a.load_case(c.id)
    assert (ca.statement, ca.port_of_entry) == ("A's statement", "JFK")
    assert revlog.open_conflicts(a.vault, c.id) == []
    assert any(e.action == "merge" for e in a.audit_entries())  # the merge is in the case history


def test_the_same_field_edited_on_both_is_a_conflict_a_person_settles(two, capsys, monkeypatch, tmp_path):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    deliver(a, b)
    bid = _other(b, c.uid)
    cb = b.load_case(bid)
    cb.statement, cb.port_of_entry = "B's words", "JFK"
    b.save_case(cb)
    c.statement = "A's words"
    a.save_case(c)
    deliver(a, b)
    deliver(b, a)
    (ca_conf,) = exchange.conflicts(a, c.id)
    assert [f["path"] for f in ca_conf.fields] == ["case.statement"]
    assert ca_conf.fields[0]["mine"] == "A's words" and ca_conf.fields[0]["theirs"] == "B's words"
    assert ca_conf.fields[0]["base"] == {"$deleted": True}
    # each laptop keeps its own value until a person chooses; the other field merged
    assert a.load_case(c.id).statement == "A's words" and a.load_case(c.id).port_of_entry == "JFK"
    assert b.load_case(bid).statement == "B's words"
    assert exchange.conflict_case_ids(a) == {c.id}
    with pytest.raises(UserError, match="not an open conflict"):
        exchange.resolve_conflict(a, c.id, "case.port_of_entry", take="mine")
    with pytest.raises(UserError, match="Say which"):
        exchange.resolve_conflict(a, c.id, "case.statement")
    rev = exchange.resolve_conflict(a, c.id, "case.statement", take="theirs")
    assert rev is not None and rev.author == revlog.device_id(a.vault)
    assert a.load_case(c.id).statement == "B's words" and exchange.conflicts(a) == []
    deliver(a, b)
    assert exchange.conflicts(b) == [] and b.load_case(bid).statement == "B's words"
    ga, gb = revlog.load_graph(a.vault, c.uid), revlog.load_graph(b.vault, c.uid)
    assert ga.heads() == gb.heads() and _content(a, c.id) == _content(b, bid)


def test_a_member_moved_into_two_groups_is_a_conflict(two):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    deliver(a, b)
    bid = _other(b, c.uid)
    a.set_family_group(c.id, a.create_family_group("Lima family").id)
    b.set_family_group(bid, b.create_family_group("Ana's cousins").id)
    deliver(a, b)
    deliver(b, a)
    (conf,) = exchange.conflicts(a, c.id)
    assert [f["path"] for f in conf.fields] == ["case.family_group"]
    assert conf.fields[0]["mine"]["name"] == "Lima family"
    assert conf.fields[0]["theirs"]["name"] == "Ana's cousins"


def test_revisions_delivered_out_of_order_wait_and_nothing_is_lost(two):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    for i in range(3):
        c.statement = f"version {i}"
        a.save_case(c)
    objs = VaultObjects(a).pending_for(peer_name(b))
    sink = VaultObjects(b)
    got = [sink.receive(o).outcome for o in reversed(objs)]
    assert got[:-1] == [Outcome.WAITING] * (len(objs) - 1) and got[-1] == Outcome.APPLIED
    assert exchange.waiting(b) == []
    assert b.load_case(_other(b, c.uid)).statement == "version 2"
    assert all(sink.receive(o).outcome == Outcome.DUPLICATE for o in objs)
    assert all(sink.has(o.object_id) for o in objs)


def test_a_revision_waits_for_its_evidence_file(two):
    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    a.add_evidence_bytes(c.id, PDF, "passport.pdf", kind="identity_document")
    objs = VaultObjects(a).pending_for(peer_name(b))
    sink = VaultObjects(b)
    # the evidence file is listed before the revision that adds it; withheld, the revision waits
    file_obj = next(o for o in objs if exchange.KIND_EVIDENCE in _context_of(b, o))
    rest = [o for o in objs if o is not file_obj]
    outs = [sink.receive(o).outcome for o in rest]
    assert outs[-1] == Outcome.WAITING
    assert sink.receive(file_obj).outcome == Outcome.APPLIED
    (ev,) = b.load_case(_other(b, c.uid)).evidence
    assert b.read_evidence(ev) == PDF


def _context_of(s: Session, obj: SealedObject) -> str:
    return devices.open_from_org(s, obj.data, context=("revision", "evidence")).context


def test_checkpoints_are_kept_per_peer(session):
    store = VaultObjects(session)
    assert store.checkpoint("hub:1") == ""
    store.set_checkpoint("hub:1", "42-abc")
    assert store.checkpoint("hub:1") == "42-abc" and store.checkpoint("hub:2") == ""


# ------------------------------------------------------------------------------------ quarantine
def test_tampered_unknown_revoked_and_other_org_objects_are_quarantined(tmp_path):
    org, (a, b, c3) = laptops(tmp_path, ("laptop-a", "laptop-b", "laptop-c"))
    try:
        case = a.new_case("Ana", "Lima")
        objs = VaultObjects(a).pending_for(peer_name(b))
        sink = VaultObjects(b)
        # tampered: one byte flipped on the way
        bad = bytearray(objs[0].data)
        bad[len(bad) // 2] ^= 1
        got = sink.receive(SealedObject(bytes(bad)))
        assert got.outcome == Outcome.QUARANTINED and got.code == "damaged"
        # an unknown laptop (not in the roster) that seals to b's key
        _org2, (stranger,) = laptops(tmp_path / "elsewhere", ("stranger",))
        keys, sec = identity.this_device(stranger.vault)
        b_age = devices.device_info(b).age_recipient
        payload = exchange.revision_payload(case.uid, revlog.revisions_of(a.vault, case.uid)[0])
        got = sink.receive(SealedObject(seal(payload, keys, sec, [b_age], context="revision")))
        assert got.outcome == Outcome.QUARANTINED and got.code == "untrusted_author"
        # another org's object, not sealed for this laptop
        stranger.new_case("Zed", "Other")
        other = VaultObjects(stranger).pending_for("x")
        got = sink.receive(other[0])
        assert got.outcome == Outcome.QUARANTINED and got.code == "not_for_us"
        # a revoked laptop: c's objects are quarantined once the roster revokes it
        c3.new_case("Carla", "Ruiz")
        c_objs = VaultObjects(c3).pending_for(peer_name(b))
        r = roster.pinned_roster(b.vault)
        assert r is not None
        r2 = roster.revoke(org, r, "laptop-c", "stolen")
        roster.import_roster(b.vault, r2, actor="org admin")
        got = sink.receive(c_objs[0])
        assert (
            got.outcome == Outcome.QUARANTINED and got.code == "untrusted_author" and "revoked" in got.reason
        )
        stranger.close()
        kept = exchange.quarantine(b)
        assert sorted(q.code for q in kept) == [
            "damaged",
            "not_for_us",
            "untrusted_author",
            "untrusted_author",
        ]
        assert all(q.reason and q.size > 0 for q in kept)
        # nothing was applied: b has no case, and receiving a quarantined object again is a duplicate
        assert b.list_cases() == []
        assert sink.receive(c_objs[0]).outcome == Outcome.DUPLICATE
        # the good objects still go through
        assert {sink.receive(o).outcome for o in objs} == {Outcome.APPLIED}
    finally:
        for s in (a, b, c3):
            s.close()


def test_a_revision_claiming_another_author_is_refused(two):
    _org, a, b = two
    case = a.new_case("Ana", "Lima")
    root = revlog.revisions_of(a.vault, case.uid)[0]
    from parole_desktop.exchange.revisions import make_revision

    fake = make_revision(
        [root.id], {"case.statement": "forged"}, author=devices.device_info(b).device_id, at="x"
    )
    blob = devices.seal_for_org(a, exchange.revision_payload(case.uid, fake), context="revision")
    got = VaultObjects(b).receive(SealedObject(blob))
    assert got.outcome == Outcome.QUARANTINED and got.code == "wrong_author"
    broken = devices.seal_for_org(
        a, b'{"format": "parole-desktop-revision", "case_uid": "x"}', context="revision"
    )
    got = VaultObjects(b).receive(SealedObject(broken))
    assert got.outcome == Outcome.QUARANTINED and got.code == "unreadable"


def test_a_revision_that_does_not_make_a_case_is_quarantined_and_changes_nothing(two):
    from parole_desktop.exchange.revisions import make_revision

    _org, a, b = two
    case = a.new_case("Ana", "Lima")
    deliver(a, b)
    bid = _other(b, case.uid)
    before = _content(b, bid)
    root = revlog.revisions_of(a.vault, case.uid)[-1]
    me = devices.device_info(a).device_id
    bad = {
        "not a field path": {"nonsense": 1},
        "a person without a role": {f"person.{'f' * 32}.given_name": "Ghost"},
        "a refused character": {"case.statement": "bidi \u202e override"},
    }
    for what, changes in bad.items():
        rev = make_revision([root.id], changes, author=me, at=f"t-{what}")
        blob = devices.seal_for_org(a, exchange.revision_payload(case.uid, rev), context="revision")
        got = VaultObjects(b).receive(SealedObject(blob))
        assert got.outcome == Outcome.QUARANTINED and got.code == "bad_content", what
        assert rev.id not in revlog.load_graph(b.vault, case.uid), what
    assert _content(b, bid) == before
    assert len([q for q in exchange.quarantine(b) if q.code == "bad_content"]) == 3


# ------------------------------------------------------------------------------------ rollback, rewritten audit
def test_a_vault_rolled_back_to_an_old_copy_is_named(tmp_path):
    import shutil

    from parole_desktop.services.session import open_vault
    from tests.conftest import PASSPHRASE

    _org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    paths = a.paths
    c = a.new_case("Ana", "Lima")
    deliver(a, b)
    folder = a.paths.vault
    a.close()
    shutil.copytree(folder, tmp_path / "old-copy")
    a = open_vault(paths, PASSPHRASE)
    c = a.load_case(c.id)
    c.statement = "made after the copy"
    a.save_case(c)
    deliver(a, b)
    a.close()
    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "old-copy", folder)
    (folder / "vault.lock").unlink(missing_ok=True)
    a = open_vault(paths, PASSPHRASE)
    try:
        assert a.load_case(c.id).statement == ""
        deliver(b, a)
        kinds = {f.kind for f in exchange.findings(a)}
        assert "rollback" in kinds
        assert a.load_case(c.id).statement == "made after the copy"  # nothing lost
    finally:
        a.close()
        b.close()


def test_a_rewritten_audit_entry_is_named(session):
    c = session.new_case("Ana", "Lima")
    c.statement = "x"
    session.save_case(c)
    assert exchange.findings(session) == []
    seq = revlog.revisions_of(session.vault, c.uid)[-1].audit[0]["seq"]
    session.vault.db.execute("UPDATE audit SET actor = 'someone else', hash = 'f00d' WHERE seq = ?", [seq])
    (f,) = exchange.findings(session)
    assert f.kind == "audit_rewritten" and f"entry {seq}" in f.detail


# ------------------------------------------------------------------------------------ CLI
def test_cli_conflicts_resolve_and_quarantine(two, capsys, monkeypatch):
    from parole_desktop.cli import main
    from tests.conftest import PASSPHRASE

    _org, a, b = two
    c = a.new_case("Ana", "Lima")
    deliver(a, b)
    cb = b.load_case(_other(b, c.uid))
    cb.statement = "B's words"
    b.save_case(cb)
    c.statement = "A's words"
    a.save_case(c)
    c.port_of_entry = "JFK"
    a.save_case(c)
    deliver(b, a)
    VaultObjects(a).receive(SealedObject(b"not a sealed object at all"))
    data = str(a.paths.data)
    a.close()
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        rc = main(["--data-dir", data, *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    rc, out, _ = run("conflicts")
    assert rc == 0 and "case.statement" in out and "A's words" in out and "B's words" in out
    rc, out, _ = run("conflicts", "--json")
    doc = json.loads(out)
    assert doc["conflicts"][0]["fields"][0]["path"] == "case.statement"
    rc, out, err = run("conflict", "resolve", str(c.id), "case.nothing", "--take", "mine")
    assert rc == 2 and "not an open conflict" in err
    rc, out, err = run("conflict", "resolve", str(c.id), "case.statement", "--value", "Both agreed")
    assert rc == 0, err
    assert "settled" in out
    rc, out, _ = run("conflicts", str(c.id))
    assert "no open conflict" in out
    rc, out, _ = run("quarantine", "--json")
    (q,) = json.loads(out)["quarantined"]
    assert q["code"] == "damaged"
    rc, out, _ = run("quarantine")
    assert "damaged" in out


def test_three_laptops_editing_one_field_show_one_conflict_row(tmp_path):
    _org, (a, b, c3) = laptops(tmp_path, ("laptop-a", "laptop-b", "laptop-c"))
    try:
        case = a.new_case("Ana", "Lima")
        deliver(a, b)
        deliver(a, c3)
        for s, words in ((a, "alpha"), (b, "beta"), (c3, "gamma")):
            cc = s.load_case(_other(s, case.uid))
            cc.statement = words
            s.save_case(cc)
        deliver(b, a)
        deliver(c3, a)
        (conf,) = exchange.conflicts(a, case.id)
        assert [f["path"] for f in conf.fields] == ["case.statement"]
        assert conf.fields[0]["mine"] == "alpha" and conf.fields[0]["theirs"] in ("beta", "gamma")
        rev = exchange.resolve_conflict(a, case.id, "case.statement", value="all three agreed")
        assert rev is not None and len(rev.parents) == 3
        assert a.load_case(case.id).statement == "all three agreed" and exchange.conflicts(a) == []
    finally:
        for s in (a, b, c3):
            s.close()
