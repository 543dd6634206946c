"""Laptop to laptop on the local network (#23 item 5), on 127.0.0.1 between real temp vaults listed in one
roster: a case with evidence goes there and an edit comes back in one session; a laptop not in the roster,
a revoked one, a certificate that does not match its listing and a man in the middle are refused before
any object moves; a refused code moves nothing; over-long bodies are cut off; a cut connection and a
killed sender leave both sides consistent and a re-run completes."""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import signal
import socket
import ssl
import threading
import time
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import VaultInUse
from parole_desktop.exchange import identity
from parole_desktop.exchange import lan as transport
from parole_desktop.paths import AppPaths
from parole_desktop.services import lan, roster
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import open_vault
from parole_desktop.store.sqlcipher import integrity_ok
from tests.conftest import PASSPHRASE
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
    # each side's audit log says what moved, and with which laptop
    sent = [e.detail for e in a.vault.audit.entries(limit=50) if e.entity == "lan"]
    taken = [e.detail for e in b.vault.audit.entries(limit=50) if e.entity == "lan"]
    assert len(sent) == 2 and sent[0].startswith(
        "exchanged with reviewer laptop on the local network: 0 sent"
    )
    assert len(taken) == 2 and taken[-1].startswith(
        f"received from intake laptop on the local network: {got.sent} applied"
    )


def lan_peer(s):  # type: ignore[no-untyped-def]
    from parole_desktop.services import devices

    return devices.device_info(s).device_id


# ------------------------------------------------------------------------------------------- refusals
def _objects(s) -> int:  # type: ignore[no-untyped-def]
    """How many objects the vault holds (sealed here or received): what a refused session must not change."""
    return len(VaultObjects(s).pending_for(EVERYTHING))


EVERYTHING = "bundle:everything"


def _stranger():  # type: ignore[no-untyped-def]
    """A laptop the organization never listed, with a directory of its own that trusts everyone."""
    from tests.exchange.bundle_helpers import laptop

    class TrustsAll:
        def author_problem(self, _key: str) -> str:
            return ""

        def device_of(self, key: str) -> tuple[str, str]:
            return RECEIVER_ID[0], "whoever"

    return laptop("stranger"), TrustsAll()


RECEIVER_ID: list[str] = [""]


def test_a_laptop_not_in_the_roster_is_refused_before_any_object_moves(two):
    _org, (a, b) = two
    _case(a)
    stranger, trusts_all = _stranger()
    RECEIVER_ID[0] = lan_peer(b)
    before = _objects(b)
    rx = Listening(b, once=False)
    try:
        with pytest.raises(transport.LanRefused, match="unknown laptop"):
            transport.send(
                "127.0.0.1",
                rx.rx.address[1],
                stranger.store,
                stranger.keys,
                stranger.secrets,
                trusts_all,
                on_code=lambda code, peer: None,
            )
    finally:
        rx.close()
    assert rx.codes == [] and rx.results == [] and _objects(b) == before
    assert any("unknown laptop" in r for r in rx.rx._receiver.refused)


def test_a_revoked_laptop_is_refused_both_as_sender_and_as_receiver(two):
    org, (a, b) = two
    _case(a)
    revoked = roster.revoke(org, roster.pinned_roster(b.vault), "intake laptop", "stolen")
    roster.import_roster(b.vault, revoked, actor="org admin")
    before = _objects(b)
    rx = Listening(b, once=False)
    try:
        with pytest.raises(lan.LanRefused, match="revoked"):
            lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: None)
    finally:
        rx.close()
    assert rx.codes == [] and _objects(b) == before
    # the other way round: a, which now also knows, refuses to send to b... b revoked in a's roster
    revoked_b = roster.revoke(org, roster.pinned_roster(a.vault), "reviewer laptop", "lost")
    roster.import_roster(a.vault, revoked_b, actor="org admin")
    rx = Listening(a, once=False)
    try:
        with pytest.raises(lan.LanRefused):
            lan.send(b, rx.address, VaultObjects(b), on_code=lambda code, peer: None)
    finally:
        rx.close()
    assert rx.codes == []


def test_a_certificate_that_does_not_match_its_listing_is_refused(two):
    _org, (a, b) = two
    peers = lan.RosterPeers(roster.pinned_roster(b.vault))
    keys, sec = identity.this_device(a.vault)
    me = identity.this_device(b.vault)[0].ed25519
    good, _k = transport.make_certificate(keys, sec)
    assert transport.check_certificate(good, peers, me=me).name == "intake laptop"
    # a's key named, but signed by another key
    from tests.exchange.bundle_helpers import laptop

    other = laptop("forger")
    forged_keys = dataclasses.replace(other.keys, ed25519=keys.ed25519, device_id=keys.device_id)
    forged, _k = transport.make_certificate(forged_keys, other.secrets)
    with pytest.raises(transport.LanRefused, match="not signed by the device key"):
        transport.check_certificate(forged, peers, me=me)
    # signed by a's key, but under another device id than its listing
    renamed, _k = transport.make_certificate(dataclasses.replace(keys, device_id="ab" * 16), sec)
    with pytest.raises(transport.LanRefused, match="does not match its listing"):
        transport.check_certificate(renamed, peers, me=me)
    # b's own certificate: it is b itself
    own, _k = transport.make_certificate(*identity.this_device(b.vault))
    with pytest.raises(transport.LanRefused, match="this laptop itself"):
        transport.check_certificate(own, peers, me=me)
    # not a certificate at all
    with pytest.raises(transport.LanRefused, match="did not present"):
        transport.check_certificate(b"not a certificate", peers, me=me)


class FakeTls:
    """A TLS server with a certificate of its own (a man in the middle at the receiver's address): records
    every byte a sender sends after the handshake."""

    def __init__(self, cert: bytes, key) -> None:  # type: ignore[no-untyped-def]
        self.ctx = transport.server_context(cert, key)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.got = bytearray()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        conn, _addr = self.sock.accept()
        conn.settimeout(5)
        try:
            with self.ctx.wrap_socket(conn, server_side=True) as tls:
                while chunk := tls.recv(65536):
                    self.got += chunk
        except (OSError, ssl.SSLError):
            pass

    def close(self) -> None:
        self.sock.close()
        self.thread.join(10)


def test_a_man_in_the_middle_with_its_own_certificate_is_refused_before_anything_is_sent(two):
    _org, (a, _b) = two
    _case(a)
    from tests.exchange.bundle_helpers import laptop

    mitm = laptop("in the middle")
    cert, key = transport.make_certificate(mitm.keys, mitm.secrets)
    fake = FakeTls(cert, key)
    pending = len(VaultObjects(a).pending_for(lan_peer(_b)))
    try:
        with pytest.raises(lan.LanRefused, match="unknown laptop"):
            lan.send(a, f"127.0.0.1:{fake.port}", VaultObjects(a), on_code=lambda code, peer: None)
    finally:
        fake.close()
    assert bytes(fake.got) == b""  # not even the hello
    assert len(VaultObjects(a).pending_for(lan_peer(_b))) == pending  # nothing acknowledged


def test_a_refused_code_moves_nothing(two):
    _org, (a, b) = two
    _case(a)
    before = _objects(b)
    rx = Listening(b, accept=False, once=False)
    shown: list[str] = []
    try:
        with pytest.raises(lan.LanRefused, match="refused"):
            lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: shown.append(code))
    finally:
        rx.close()
    assert shown == rx.codes and _objects(b) == before and _find(b) is None


def _raw(port: int, head: bytes) -> bytes:
    ctx = transport.client_context()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw, ctx.wrap_socket(raw) as tls:
        tls.sendall(head)
        out = b""
        try:
            while chunk := tls.recv(65536):
                out += chunk
        except (OSError, ssl.SSLError):
            pass
        return out


def test_an_endless_or_unstated_body_is_cut_off_with_a_sentence(two):
    _org, (_a, b) = two
    rx = Listening(b, once=False)
    try:
        port = rx.rx.address[1]
        huge = _raw(
            port, b"POST /v1/hello HTTP/1.1\r\nHost: x\r\nContent-Length: 10737418240\r\n\r\n" + b"{" * 1000
        )
        chunked = _raw(
            port, b"POST /v1/hello HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffff\r\n"
        )
        early = _raw(port, b"POST /v1/offer HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
    finally:
        rx.close()
    assert huge.startswith(b"HTTP/1.1 413") and b"10,737,418,240 bytes, more than the" in huge
    assert chunked.startswith(b"HTTP/1.1 411") and b"must state its length" in chunked
    assert early.startswith(b"HTTP/1.1 403") and b"Not accepted" in early


def test_an_object_over_the_limit_is_cut_off_and_a_rerun_with_room_completes(two):
    _org, (a, b) = two
    _case(a, exhibits=1)
    rx = Listening(b, once=False, object_max=600)
    try:
        with pytest.raises(lan.LanError, match="more than the 600 this laptop takes"):
            lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: None)
    finally:
        rx.close()
    assert _find(b) is None
    rx = Listening(b)
    try:
        lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: None)
    finally:
        rx.close()
    assert _find(b) is not None and rx.results[0].quarantined == ()


class CuttingProxy:
    """Forwards TCP between a sender and the receiver (TLS passes through untouched) and cuts both
    sockets once ``cut_after`` bytes went from the sender to the receiver."""

    def __init__(self, target: int, cut_after: int) -> None:
        self.target, self.cut_after = target, cut_after
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.cut = threading.Event()
        self.wire = bytearray()  # every byte that passed, both ways
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        client, _ = self.sock.accept()
        upstream = socket.create_connection(("127.0.0.1", self.target))
        sent = [0]

        def pump(src: socket.socket, dst: socket.socket, count: bool) -> None:
            try:
                while chunk := src.recv(4096):
                    self.wire += chunk
                    if count:
                        sent[0] += len(chunk)
                        if sent[0] > self.cut_after:
                            self.cut.set()
                            break
                    dst.sendall(chunk)
            except OSError:
                pass
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

        back = threading.Thread(target=pump, args=(upstream, client, False), daemon=True)
        back.start()
        pump(client, upstream, True)
        back.join(10)
        client.close()
        upstream.close()

    def close(self) -> None:
        self.sock.close()
        self.thread.join(10)


def _everything_there(a, b) -> None:  # type: ignore[no-untyped-def]
    mine = {o.object_id for o in VaultObjects(a).pending_for(EVERYTHING)}
    theirs = VaultObjects(b)
    assert all(theirs.has(i) for i in mine)


def test_a_cut_connection_leaves_both_sides_consistent_and_a_rerun_completes(two):
    _org, (a, b) = two
    _case_a, datas = _case(a, exhibits=3)
    total = len(VaultObjects(a).pending_for(lan_peer(b)))
    rx = Listening(b, once=False)
    proxy = CuttingProxy(rx.rx.address[1], cut_after=9000)  # inside the objects, after the handshake
    try:
        with pytest.raises(lan.LanError, match="lost"):
            lan.send(a, f"127.0.0.1:{proxy.port}", VaultObjects(a), on_code=lambda code, peer: None)
        assert proxy.cut.is_set()
    finally:
        proxy.close()
    first = rx.rx.results()[0]
    assert not first.completed and 0 < first.applied + first.waiting < total
    left = len(VaultObjects(a).pending_for(lan_peer(b)))
    assert left <= total - (first.applied + first.waiting) + 1  # acknowledged only what b confirmed
    got = lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: None)
    rx.close()
    assert got.completed
    second = rx.rx.results()[1]
    # nothing applied twice: what the first run stored is acknowledged without being sent again
    assert first.applied + first.waiting + second.applied + second.waiting + second.duplicate <= total
    assert second.quarantined == () and second.waiting == 0
    _everything_there(a, b)
    case_b = _find(b)
    assert case_b is not None and [b.read_evidence(ev) for ev in case_b.evidence] == datas
    assert VaultObjects(a).pending_for(lan_peer(b)) == []


def test_a_sender_killed_mid_transfer_leaves_both_sides_consistent_and_a_rerun_completes(two, tmp_path):
    _org, (a, b) = two
    _case(a, exhibits=4)
    peer_b = lan_peer(b)
    total = len(VaultObjects(a).pending_for(peer_b))
    a.close()
    child: list[int] = []

    def kill_at_second(phase: str, done: int, _total: int) -> None:
        if phase == "receiving" and done == 2 and child:
            os.kill(child.pop(), signal.SIGKILL)

    rx = Listening(b, once=False, progress=kill_at_second)
    ctx = multiprocessing.get_context("fork")
    go = ctx.Event()
    proc = ctx.Process(target=_send_child, args=(str(tmp_path / "intake laptop"), rx.address, go))
    proc.start()
    child.append(int(proc.pid or 0))
    go.set()
    proc.join(60)
    assert child == []  # killed by the receiver, in the middle of the objects
    assert proc.exitcode == -signal.SIGKILL
    first = rx.rx.results()[0]
    assert not first.completed and first.applied + first.waiting >= 2
    a2 = _reopen(tmp_path / "intake laptop")
    try:
        ok, why = integrity_ok(a2.vault.db)
        assert ok, why
        assert a2.vault.audit.verify().ok
        left = VaultObjects(a2).pending_for(peer_b)
        assert 0 < len(left) <= total
        got = lan.send(a2, rx.address, VaultObjects(a2), on_code=lambda code, peer: None)
        rx.close()
        assert got.completed and got.sent + got.already_there == len(left)
        second = rx.rx.results()[1]
        assert second.duplicate == 0 and second.quarantined == () and second.waiting == 0
        _everything_there(a2, b)
        assert VaultObjects(a2).pending_for(peer_b) == []
        assert _find(b) is not None and len(_find(b).evidence) == 4
    finally:
        a2.close()


def _send_child(root: str, address: str, go) -> None:  # type: ignore[no-untyped-def]
    import logging

    logging.disable(logging.CRITICAL)
    s = open_vault(AppPaths(Path(root)), PASSPHRASE, actor="child sender")
    go.wait(30)
    lan.send(s, address, VaultObjects(s), on_code=lambda code, peer: None)
    time.sleep(60)  # not reached: killed when the receiver took the second object


def _reopen(root: Path):  # type: ignore[no-untyped-def]
    for _ in range(100):
        try:
            return open_vault(AppPaths(root), PASSPHRASE, actor="checker")
        except VaultInUse:
            time.sleep(0.05)
    return open_vault(AppPaths(root), PASSPHRASE, actor="checker")


def test_cancel_while_the_receiver_is_asked_stops_at_once_and_moves_nothing(two):
    _org, (a, b) = two
    _case(a)
    before = _objects(b)
    asked = threading.Event()
    answer = threading.Event()

    def slow_person(code, peer):  # type: ignore[no-untyped-def]
        asked.set()
        answer.wait(20)
        return True  # accepts, too late: the sender has gone

    rx = lan.Receiving(b, VaultObjects(b), confirm=slow_person, bind="127.0.0.1", port=0)
    server = threading.Thread(target=rx.serve, daemon=True)
    server.start()
    start = time.monotonic()
    try:
        with pytest.raises(lan.LanCancelled, match="Stopped"):
            lan.send(
                a,
                f"127.0.0.1:{rx.address[1]}",
                VaultObjects(a),
                on_code=lambda code, peer: None,
                cancelled=asked.is_set,
            )
        assert time.monotonic() - start < 5
    finally:
        answer.set()
        rx.stop()
        server.join(10)
    assert _objects(b) == before and _find(b) is None


class AnsweringTls(FakeTls):
    """A receiver with a real listed laptop's certificate that answers the first request with ``answer``."""

    def __init__(self, cert: bytes, key, answer: bytes) -> None:  # type: ignore[no-untyped-def]
        self.answer = answer
        super().__init__(cert, key)

    def _run(self) -> None:
        conn, _addr = self.sock.accept()
        conn.settimeout(5)
        try:
            with self.ctx.wrap_socket(conn, server_side=True) as tls:
                while b"\r\n\r\n" not in self.got:
                    self.got += tls.recv(65536)
                tls.sendall(self.answer)
                while tls.recv(65536):
                    pass
        except (OSError, ssl.SSLError):
            pass


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10737418240\r\n\r\n" + b"{" * 4096, "more than the"),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffff\r\n" + b"{" * 4096,
            "without a length",
        ),
    ],
)
def test_a_receiver_answering_an_endless_body_is_cut_off(two, answer, message):
    _org, (a, b) = two
    _case(a)
    cert, key = transport.make_certificate(*identity.this_device(b.vault))
    fake = AnsweringTls(cert, key, answer)
    pending = len(VaultObjects(a).pending_for(lan_peer(b)))
    try:
        with pytest.raises(lan.LanError, match=message):
            lan.send(a, f"127.0.0.1:{fake.port}", VaultObjects(a), on_code=lambda code, peer: None)
    finally:
        fake.close()
    assert len(VaultObjects(a).pending_for(lan_peer(b))) == pending


def test_nothing_on_the_wire_is_readable(two):
    """A plaintext scan of every byte both laptops exchanged: no synthetic name, no evidence bytes."""
    _org, (a, b) = two
    case = a.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name="Oksana", family_name="Bilyk-Synthetic")])
    )
    exhibit = minimal_pdf(["Passport of Oksana Bilyk-Synthetic"] * 20)
    a.add_evidence_bytes(int(case.id or 0), exhibit, "passport.pdf", kind="other", title="Passport")
    rx = Listening(b)
    proxy = CuttingProxy(rx.rx.address[1], cut_after=1 << 40)
    try:
        got = lan.send(a, f"127.0.0.1:{proxy.port}", VaultObjects(a), on_code=lambda code, peer: None)
    finally:
        rx.close()
        proxy.close()
    assert got.completed and got.sent >= 2 and len(proxy.wire) > len(exhibit)
    wire = bytes(proxy.wire)
    middle = exhibit[len(exhibit) // 2 : len(exhibit) // 2 + 32]
    for needle in (b"Bilyk-Synthetic", b"Oksana", "Bilyk-Synthetic".encode("utf-16-le"), middle):
        assert needle not in wire
    assert b"intake laptop" not in wire and b"reviewer laptop" not in wire  # names travel inside TLS only
