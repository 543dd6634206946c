"""A signed filing received by the volunteer's laptop A is passed on to a third laptop C of the organization
(#23): C never exchanges with the reviewer's laptop B, yet gets B's filing from A — relayed unchanged, still
sealed and signed by B's device — checks it exactly as A did, and hands it out with ``packet --final``.
A passes on only the latest filing of a sign-off, and only while that sign-off holds on A. Real vaults,
real seals, real PAdES signatures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from parole_desktop.errors import UserError
from parole_desktop.exchange import identity
from parole_desktop.exchange.objects import Outcome
from parole_desktop.paths import AppPaths
from parole_desktop.services import devices, exchange, roster
from parole_desktop.services.checks import attach_checks
from parole_desktop.services.packets import export_packet, verify_packet_file
from parole_desktop.services.session import Session, create_vault
from parole_desktop.services.signoff_state import current_signoff
from parole_desktop.store import revisions as rev_store
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import deliver, peer_name
from tests.exchange.test_remote_review_exchange import REVIEWER_PW, _the_case_on
from tests.exchange.test_remote_review_exchange import org as org  # the fixture: A, B, roster, reviewer
from tests.services.roster_helpers import sign

pytestmark = pytest.mark.slow  # each test builds and signs a whole filing on B


@pytest.fixture
def with_c(org, tmp_path: Path) -> Iterator[Session]:
    """Laptop C ("site-2"), listed in the roster before anything was sealed (so B's seals include it)."""
    key, r, a, b, _rid, _cid = org
    c, _ = create_vault(AppPaths(tmp_path / "site-2"), PASSPHRASE, actor="volunteer on site-2")
    devices.rename(c, "site-2")
    attach_checks(c)
    r2 = roster.add_device(key, r, identity.parse_enrolment(devices.enrolment_request(c)))
    for s in (a, b, c):
        roster.import_roster(s.vault, r2, actor="org admin", expected_fingerprint=key.fingerprint)
    yield c
    c.close()


def _review_on_b(org, tmp_path: Path, name: str = "built-on-b.pdf") -> tuple[int, Path]:
    """A -> B, sign-off and the final filing on B; (the case on B, the PDF B wrote)."""
    _key, _r, a, b, rid, cid = org
    deliver(a, b)
    on_b = _the_case_on(b, a.load_case(cid).uid)
    sign(b, on_b, rid, REVIEWER_PW)
    out = tmp_path / name
    export_packet(b, on_b, out, draft=False, reviewer_passphrase=REVIEWER_PW)
    return on_b, out


def _offered(src: Session, dst: Session) -> list[tuple[str, str]]:
    """(kind, object id) of what ``src`` offers ``dst`` now."""
    objs = exchange.VaultObjects(src).pending_for(peer_name(dst))
    kinds = {oid: kind for oid, kind, _r, _d in rev_store.sealed_not_acknowledged(src.vault, peer_name(dst))}
    return [(kinds[o.object_id], o.object_id) for o in objs]


def _filings_offered(src: Session, dst: Session) -> list[str]:
    return [oid for kind, oid in _offered(src, dst) if kind == "filing"]


def _b_filing(b: Session) -> tuple[str, bytes]:
    """(object id, sealed bytes) of the filing B keeps to send."""
    ((oid, _kind, _ref, data),) = [
        row for row in rev_store.sealed_not_acknowledged(b.vault, "nobody") if row[1] == "filing"
    ]
    return oid, data


def test_a_filing_received_on_a_reaches_c_through_a_unchanged_and_is_handed_out_there(org, with_c, tmp_path):
    _key, _r, a, b, _rid, cid = org
    c = with_c
    _on_b, built = _review_on_b(org, tmp_path)
    b_oid, b_blob = _b_filing(b)
    assert "quarantined" not in deliver(b, a), exchange.quarantine(a)
    # A offers C the filing as B sealed it: the same object, B's device its author
    assert _filings_offered(a, c) == [b_oid]
    assert devices.open_from_org(c, b_blob, context="filing").author_id == peer_name(b)
    outcomes = deliver(a, c)  # C never exchanges with B
    assert "quarantined" not in outcomes and "waiting" not in outcomes, exchange.quarantine(c)
    got = rev_store.received(c.vault, b_oid)
    assert got is not None and got.outcome == Outcome.APPLIED and got.author == peer_name(b)
    on_c = _the_case_on(c, a.load_case(cid).uid)
    assert current_signoff(c, on_c) is not None
    out = tmp_path / "handed-out-on-c.pdf"
    res = export_packet(c, on_c, out, draft=False)  # no passphrase: the reviewer's key is only on B
    assert res.built_by == "Amira Solis" and res.signed and not res.draft
    assert out.read_bytes() == built.read_bytes()
    check = verify_packet_file(out, session=c)
    assert check.ok, check.problems
    assert check.reviewer == "Amira Solis"
    # C passes it on too; A (and B, its author) answer duplicate, nothing is kept aside
    assert set(deliver(c, a)) <= {"duplicate"} and exchange.quarantine(a) == []
    assert set(deliver(a, b)) <= {"duplicate"} and exchange.quarantine(b) == []


def test_a_passes_on_only_the_latest_filing_of_a_sign_off(org, with_c, tmp_path):
    _key, _r, a, b, _rid, cid = org
    c = with_c
    on_b, first = _review_on_b(org, tmp_path, "first.pdf")
    first_oid, _ = _b_filing(b)
    deliver(b, a)
    assert _filings_offered(a, c) == [first_oid]
    second = tmp_path / "second.pdf"
    export_packet(b, on_b, second, draft=False, reviewer_passphrase=REVIEWER_PW)  # built again on B
    second_oid, _ = _b_filing(b)
    assert "quarantined" not in deliver(b, a)
    assert _filings_offered(a, c) == [second_oid]  # the older one is no longer offered, nor kept to send
    assert not rev_store.has_sealed(a.vault, first_oid) and rev_store.has_sealed(a.vault, second_oid)
    deliver(a, c)
    out = tmp_path / "on-c.pdf"
    export_packet(c, _the_case_on(c, a.load_case(cid).uid), out, draft=False)
    assert out.read_bytes() == second.read_bytes() != first.read_bytes()


def test_a_holds_the_filing_back_while_the_sign_off_is_void_there(org, with_c, tmp_path):
    _key, _r, a, b, _rid, cid = org
    c = with_c
    _on_b, built = _review_on_b(org, tmp_path)
    b_oid, _ = _b_filing(b)
    deliver(b, a)
    case = a.load_case(cid)
    before = case.statement
    case.statement += " Edited on the volunteer's laptop after the filing arrived."
    a.save_case(case)  # the sign-off is void on A: its filing is not passed on
    offered = _offered(a, c)
    assert "filing" not in [k for k, _ in offered] and "revision" in [k for k, _ in offered]
    case = a.load_case(cid)
    case.statement = before
    a.save_case(case)  # undone: the sign-off holds again, and the filing goes with the next exchange
    assert _offered(a, c)[-1] == ("filing", b_oid)
    assert "quarantined" not in deliver(a, c), exchange.quarantine(c)
    out = tmp_path / "on-c.pdf"
    export_packet(c, _the_case_on(c, a.load_case(cid).uid), out, draft=False)
    assert out.read_bytes() == built.read_bytes()


def test_what_a_relays_to_c_in_reverse_order_waits_there_and_is_taken_when_the_case_comes(
    org, with_c, tmp_path
):
    _key, _r, a, b, _rid, cid = org
    c = with_c
    _on_b, built = _review_on_b(org, tmp_path)
    deliver(b, a)
    src, dst = exchange.VaultObjects(a), exchange.VaultObjects(c)
    objs = src.pending_for(peer_name(c))
    assert dst.receive(objs[-1]).outcome == Outcome.WAITING  # the filing first: C holds no case yet
    (w,) = [x for x in exchange.waiting(c) if x.kind == "filing"]
    assert w.code == "" and "does not hold a case this filing covers yet" in w.reason
    got = [dst.receive(o).outcome for o in reversed(objs[:-1])]  # the sign-off, then children first
    assert Outcome.QUARANTINED not in got, exchange.quarantine(c)
    assert exchange.waiting(c) == [] and exchange.quarantine(c) == []
    out = tmp_path / "on-c.pdf"
    export_packet(c, _the_case_on(c, a.load_case(cid).uid), out, draft=False)
    assert out.read_bytes() == built.read_bytes()


def test_c_refuses_a_relayed_filing_of_a_case_that_changed_on_c(org, with_c, tmp_path):
    """Relayed, the filing is checked on C against C's own copy, exactly as on A."""
    _key, _r, a, b, _rid, cid = org
    c = with_c
    deliver(a, c)  # C has the case before the review
    on_c = _the_case_on(c, a.load_case(cid).uid)
    case = c.load_case(on_c)
    case.statement += " Edited on site 2 while the reviewer was reading."
    c.save_case(case)
    _review_on_b(org, tmp_path)
    deliver(b, a)
    deliver(a, c)
    codes = {q.kind: q.code for q in exchange.quarantine(c)}
    assert codes.get("filing") == "case_changed" and codes.get("signoff") == "case_changed"
    with pytest.raises(UserError, match="A final packet needs a valid sign-off"):
        export_packet(c, on_c, tmp_path / "x.pdf", draft=False)
    assert not (tmp_path / "x.pdf").exists()


def test_a_filing_built_again_in_the_same_instant_replaces_the_first(org, with_c, tmp_path, monkeypatch):
    """Two builds on B that carry the same built_at (a coarse clock, or one rebuilt within the same second
    before built_at had microseconds): the one received later is the latest, not a duplicate."""
    import datetime as dt
    import types

    from parole_desktop.services import remote_filing

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return dt.datetime(2026, 12, 7, 16, 0, 0, tzinfo=dt.UTC)

    monkeypatch.setattr(remote_filing, "dt", types.SimpleNamespace(datetime=Frozen, UTC=dt.UTC))
    _key, _r, a, b, _rid, cid = org
    c = with_c
    on_b, first = _review_on_b(org, tmp_path, "first.pdf")
    first_oid, _ = _b_filing(b)
    deliver(b, a)
    second = tmp_path / "second.pdf"
    export_packet(b, on_b, second, draft=False, reviewer_passphrase=REVIEWER_PW)
    second_oid, _ = _b_filing(b)
    assert second_oid != first_oid and second.read_bytes() != first.read_bytes()
    assert "quarantined" not in deliver(b, a)
    assert _filings_offered(a, c) == [second_oid]
    deliver(a, c)
    out = tmp_path / "on-c.pdf"
    export_packet(c, _the_case_on(c, a.load_case(cid).uid), out, draft=False)
    assert out.read_bytes() == second.read_bytes()
