"""`lan receive` under a connection flood on 127.0.0.1 (#23 item 5): connections that do not authenticate are
capped in all and per address, get a deadline for the TLS handshake, hello and auth, and may send only small
bodies; the excess is closed at once and logged with the address and the limit only. The attacks are
performed for real: hundreds of sockets that connect and send nothing, partial TLS hellos dripped a byte at a
time (slowloris), a completed TLS handshake followed by an HTTP request dripped slowly — while a real sender
completes its transfer and the receiver's threads and memory stay bounded.

Linux routes all of 127.0.0.0/8 to the loopback: binding a client socket to 127.0.0.2 … makes it another
peer address for the receiver, so the per-address cap is tested apart from the global one."""

from __future__ import annotations

import contextlib
import logging
import os
import select
import socket
import ssl
import threading
import time

import pytest

from parole_desktop.exchange import lan as transport
from parole_desktop.services import lan
from parole_desktop.services.exchange import VaultObjects
from tests.exchange.laptops import laptops
from tests.exchange.test_lan import FAMILY, GIVEN, Listening, _case, _find, _raw

LOGGER = "parole_desktop.exchange.lan"
# the first five bytes of a TLS record carrying a ClientHello of 512 bytes, then the handshake type
PARTIAL_HELLO = b"\x16\x03\x01\x02\x00\x01"


@pytest.fixture
def two(tmp_path):
    _org, sessions = laptops(tmp_path, ("intake laptop", "reviewer laptop"))
    yield _org, sessions
    for s in sessions:
        s.close()


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _connect(port: int, source: str) -> socket.socket:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(10)
    s.bind((source, 0))
    s.connect(("127.0.0.1", port))
    return s


def _closed(sock: socket.socket, wait: float) -> bool:
    """Whether the receiver closed this connection (EOF or reset) within ``wait`` seconds."""
    ready, _, _ = select.select([sock], [], [], wait)
    if not ready:
        return False
    try:
        return sock.recv(4096) == b""
    except OSError:
        return True


def _until(cond, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return cond()


class Sampler:
    """The process's thread count and resident memory, sampled every 20 ms while the flood runs."""

    def __init__(self) -> None:
        self.threads = threading.active_count()
        self.rss = _rss()
        self.max_threads, self.max_rss = self.threads, self.rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self.base_threads = threading.active_count()  # this sampler included

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.max_threads = max(self.max_threads, threading.active_count())
            self.max_rss = max(self.max_rss, _rss())

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


class Drip:
    """One thread that sends a byte to each socket every 0.2 s: none is ever silent long enough for a
    read timeout, the slowloris way."""

    def __init__(self, socks: list[socket.socket], byte: bytes = b"\x00") -> None:
        self.socks, self.byte = list(socks), byte
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            for s in list(self.socks):
                try:
                    s.send(self.byte)
                except OSError:
                    self.socks.remove(s)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


def test_a_flood_from_two_addresses_cannot_keep_a_real_sender_out(two, caplog):
    """200 silent sockets and 50 partial TLS hellos from 127.0.0.2 and 127.0.0.3: four of each address are
    let in (and cut at their deadline), the other 242 closed at once; the real sender from 127.0.0.1
    completes meanwhile, and the receiver never runs more than its cap of handshake threads."""
    _org, (a, b) = two
    _case(a)
    caplog.set_level(logging.INFO, logger=LOGGER)
    rx = Listening(b, once=False, handshake_timeout=6.0)
    port = rx.rx.address[1]
    flood: list[socket.socket] = []
    sampler = Sampler()
    drip: Drip | None = None
    try:
        for i in range(200):
            flood.append(_connect(port, "127.0.0.2" if i % 2 else "127.0.0.3"))
        hellos = [_connect(port, "127.0.0.2" if i % 2 else "127.0.0.3") for i in range(50)]
        for s in hellos:
            s.sendall(PARTIAL_HELLO)
        drip = Drip(hellos)
        flood += hellos
        assert _until(lambda: sum(rx.rx.closed_early.values()) + rx.rx.unauthenticated == len(flood))
        closed = rx.rx.closed_early
        assert rx.rx.unauthenticated == 2 * transport.MAX_UNAUTHENTICATED_PER_PEER
        assert closed == {"too_many_from_peer": len(flood) - 2 * transport.MAX_UNAUTHENTICATED_PER_PEER}
        # the refused ones see the end of their connection without having sent or received anything
        refused_seen = sum(_closed(s, 0.5) for s in flood[-50:])
        assert refused_seen >= 50 - 2 * transport.MAX_UNAUTHENTICATED_PER_PEER

        got = lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: None)
        assert got.completed and got.sent >= 2
        assert rx.rx.unauthenticated <= 2 * transport.MAX_UNAUTHENTICATED_PER_PEER  # the flood held its slots
        # the slots the flood held are cut at their deadline, the dripping ones too
        assert _until(lambda: rx.rx.unauthenticated == 0)
        assert rx.rx.closed_early["handshake_timeout"] == 2 * transport.MAX_UNAUTHENTICATED_PER_PEER
    finally:
        sampler.stop()
        if drip is not None:
            drip.stop()
        for s in flood:
            s.close()
        rx.close()
    case_b = _find(b)
    assert case_b is not None and case_b.people[0].given_name == GIVEN
    # bounded: at most the cap of handshake threads, the real sender's handler, its cancel watcher, the
    # receiver's deadline thread and the dripper; memory grew by far less than a thread's stack per socket
    assert sampler.max_threads <= sampler.base_threads + 2 * transport.MAX_UNAUTHENTICATED_PER_PEER + 4
    assert sampler.max_rss - sampler.rss < 64 * 1024 * 1024
    # logged: the address and the limit, sparsely (1st, 10th, 100th…), never what was sent
    lines = [
        r.getMessage() for r in caplog.records if r.name == LOGGER and "closed a connection" in r.getMessage()
    ]
    at_once = [m for m in lines if "at once" in m]
    assert 2 <= len(at_once) <= 8 and all("127.0.0." in m and "limit of 4" in m for m in at_once)
    assert any("not authenticated within 6 s" in m for m in lines)
    text = caplog.text
    assert GIVEN not in text and FAMILY not in text and "\\x16\\x03" not in text


def test_past_the_global_cap_a_connection_is_closed_at_once_and_the_slots_come_back(two, caplog):
    """Twenty addresses, one silent connection each: the cap of 16 is let in, the other four are closed at
    once; at the deadline all are cut, and a real sender then completes."""
    _org, (a, b) = two
    _case(a)
    caplog.set_level(logging.INFO, logger=LOGGER)
    rx = Listening(b, once=False, handshake_timeout=3.0)
    port = rx.rx.address[1]
    socks: list[socket.socket] = []
    try:
        for i in range(20):
            socks.append(_connect(port, f"127.0.1.{i + 1}"))
        assert _until(lambda: sum(rx.rx.closed_early.values()) + rx.rx.unauthenticated == 20)
        assert rx.rx.unauthenticated == transport.MAX_UNAUTHENTICATED
        assert rx.rx.closed_early == {"too_many": 20 - transport.MAX_UNAUTHENTICATED}
        assert all(_closed(s, 1.0) for s in socks[transport.MAX_UNAUTHENTICATED :])
        assert not any(_closed(s, 0) for s in socks[: transport.MAX_UNAUTHENTICATED])  # still waiting
        assert _until(lambda: rx.rx.unauthenticated == 0)
        assert all(_closed(s, 5.0) for s in socks[: transport.MAX_UNAUTHENTICATED])
        assert rx.rx.closed_early["handshake_timeout"] == transport.MAX_UNAUTHENTICATED
        got = lan.send(a, rx.address, VaultObjects(a), on_code=lambda code, peer: None)
        assert got.completed and got.sent >= 2
    finally:
        for s in socks:
            s.close()
        rx.close()
    assert any("limit of 16 unauthenticated connections (1 closed" in r.getMessage() for r in caplog.records)


def test_a_slow_request_after_a_real_tls_handshake_is_cut_at_the_deadline(two):
    """Slowloris past TLS: the handshake completes, then an HTTP hello comes a byte every 0.2 s (never
    silent for a read timeout); the connection is cut when the handshake deadline is up."""
    _org, (_a, b) = two
    rx = Listening(b, once=False, handshake_timeout=2.0)
    port = rx.rx.address[1]
    request = b"POST /v1/hello HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n" + b"{" * 100
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            tls = transport.client_context().wrap_socket(raw)
            cut = False
            for byte in request:
                try:
                    tls.send(bytes([byte]))
                except (OSError, ssl.SSLError):
                    cut = True
                    break
                time.sleep(0.2)
                if select.select([tls], [], [], 0)[0]:  # readable: the end of the connection (or an error)
                    with contextlib.suppress(OSError, ssl.SSLError):
                        assert tls.recv(4096) == b"", "the receiver answered a request it never got whole"
                    cut = True
                    break
            tls.close()
        assert cut, "the dripped request was never cut"
        assert rx.rx.closed_early == {"handshake_timeout": 1}
    finally:
        rx.close()


def test_before_authentication_a_body_is_limited_to_a_few_kilobytes(two):
    _org, (_a, b) = two
    rx = Listening(b, once=False)
    try:
        answer = _raw(
            rx.rx.address[1], b"POST /v1/hello HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n"
        )
    finally:
        rx.close()
    assert answer.startswith(b"HTTP/1.1 413") and b"1,000,000 bytes, more than the 65,536" in answer


@pytest.mark.parametrize("bad", [{"max_unauthenticated": 0}, {"handshake_timeout": 0}])
def test_limits_must_be_positive(two, bad):
    _org, (_a, b) = two
    with pytest.raises(ValueError, match="must be positive"):
        lan.Receiving(b, VaultObjects(b), confirm=lambda c, p: True, bind="127.0.0.1", port=0, **bad)
