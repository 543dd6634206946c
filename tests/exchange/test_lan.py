"""Laptop to laptop on the local network (#23 item 5), on 127.0.0.1 between real temp vaults listed in one
roster: a case with evidence goes there and an edit comes back in one session; a laptop not in the roster,
a revoked one, a certificate that does not match its listing and a man in the middle are refused before
any object moves; a refused code moves nothing; over-long bodies are cut off; a cut connection and a
killed sender leave both sides consistent and a re-run completes."""

from __future__ import annotations

import threading

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.services import lan
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from tests.exchange.laptops import laptops

GIVEN, FAMILY = "Zarghuna", "Qaderi-Synthetic"


@pytest.fixture
def two(tmp_path):
    org, sessions = laptops(tmp_path, ("intake laptop", "reviewer laptop"))
    yield org, sessions
    for s in sessions:
        s.close()


def _case(s, family=FAMILY, exhibits=1):  # type: ignore[no-untyped-def]
    case = s.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name=GIVEN, family_name=family)]))
    datas = []
    for i in range(exhibits):
        data = minimal_pdf([f"Tazkira of {GIVEN} {family}, page {i}"])
        s.add_evidence_bytes(int(case.id or 0), data, f"tazkira-{i}.pdf", kind="other", title=f"Tazkira {i}")
        datas.append(data)
    return s.load_case(int(case.id or 0)), datas


def _find(s, family=FAMILY):  # type: ignore[no-untyped-def]
    for row in s.list_cases(limit=500):
        case = s.load_case(row.id)
        if any(p.family_name == family for p in case.people):
            return case
    return None


class Listening:
    """A receiver on 127.0.0.1 in a thread; ``codes`` holds what its screen showed."""

    def __init__(self, session, accept=True, **kw):  # type: ignore[no-untyped-def]
        self.codes: list[str] = []
        self.peers: list[str] = []

        def confirm(code, peer):  # type: ignore[no-untyped-def]
            self.codes.append(code)
            self.peers.append(peer.name)
            return accept

        kw.setdefault("once", True)
        self.rx = lan.Receiving(
            session, VaultObjects(session), confirm=confirm, bind="127.0.0.1", port=0, **kw
        )
        self.results: list[lan.Counts] = []
        self.thread = threading.Thread(target=lambda: self.results.extend(self.rx.serve()), daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.rx.address[1]}"

    def close(self) -> None:
        if self.thread.is_alive():
            self.rx.stop()
        self.thread.join(10)


def test_a_case_with_evidence_goes_there_and_an_edit_comes_back_in_one_session(two):
    _org, (a, b) = two
    case_a, datas = _case(a)
    rx = Listening(b)
    shown: list[str] = []
    try:
        got = lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: shown.append(code))
    finally:
        rx.close()
    assert shown == rx.codes and len(shown[0]) == 6 and shown[0].isdigit()
    assert rx.peers == ["intake laptop"] and got.peer == "reviewer laptop"
    assert got.sent >= 2 and got.completed  # the evidence file and the revisions
    [seen] = rx.results
    assert seen.applied == got.sent and seen.quarantined == () and seen.waiting == 0 and seen.completed
    case_b = _find(b)
    assert case_b is not None and case_b.people[0].uid == case_a.people[0].uid
    assert [b.read_evidence(ev) for ev in case_b.evidence] == datas
    # an edit on b comes back to a when a sends again (the receiver's pending objects go back)
    case_b.statement = "Written on the reviewer laptop."
    b.save_case(case_b)
    rx = Listening(b)
    try:
        again = lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: None)
    finally:
        rx.close()
    assert again.sent == 0 and again.applied == 1
    assert a.load_case(int(case_a.id or 0)).statement == "Written on the reviewer laptop."
    assert rx.results[0].sent == 1
    assert VaultObjects(a).pending_for(lan_peer(b)) == [] and VaultObjects(b).pending_for(lan_peer(a)) == []


def lan_peer(s):  # type: ignore[no-untyped-def]
    from parole_desktop.services import devices

    return devices.device_info(s).device_id
