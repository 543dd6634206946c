"""What a connection flood costs `lan receive` (#23 item 5), printed, never asserted: 500 sockets from one
address connect and send nothing, against the same receiver with its limits lifted (the bare baseline,
as before the limits: a thread for every connection, until its 60-second read timeout), in the same run.
For each: the receiver's peak thread count and resident memory during the flood, how long a real
sender's transfer takes during it, and the same transfer with no flood."""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest

from parole_desktop.services import lan
from parole_desktop.services.exchange import VaultObjects
from tests.exchange.laptops import laptops
from tests.exchange.test_lan import Listening, _case

N_SOCKETS = int(os.environ.get("PD_BENCH_LAN_FLOOD", "500"))


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _round(a, b, **limits) -> dict[str, float]:  # type: ignore[no-untyped-def]
    rx = Listening(b, once=False, **limits)
    port = rx.rx.address[1]
    try:
        _case(a, family=f"Quiet-{time.monotonic_ns()}")  # the same work as during the flood: one new case
        t = time.perf_counter()
        lan.send(a, rx.address, VaultObjects(a), on_code=lambda c, p: None)
        quiet_s = time.perf_counter() - t
        _case(a, family=f"Flood-{time.monotonic_ns()}")  # something new to send during the flood
        threads0, rss0 = threading.active_count(), _rss()
        socks = []
        for _ in range(N_SOCKETS):
            s = socket.socket()
            s.bind(("127.0.0.2", 0))
            s.connect(("127.0.0.1", port))
            socks.append(s)
        time.sleep(0.5)  # the accept loop has seen them all
        threads1, rss1 = threading.active_count(), _rss()
        t = time.perf_counter()
        got = lan.send(a, rx.address, VaultObjects(a), on_code=lambda c, p: None)
        flood_s = time.perf_counter() - t
        assert got.completed
        for s in socks:
            s.close()
    finally:
        rx.close()
    return {
        "threads": threads1 - threads0,
        "rss_mb": (rss1 - rss0) / 2**20,
        "quiet_s": quiet_s,
        "flood_s": flood_s,
        "closed_early": sum(rx.rx.closed_early.values()),
    }


@pytest.mark.benchmark
def test_a_flood_of_silent_connections_with_and_without_the_limits(tmp_path) -> None:
    _org, (a, b) = laptops(tmp_path, ("bench sender", "bench receiver"))
    try:
        _case(a)
        warm = Listening(b)  # the first session pays for imports and the first seals
        try:
            lan.send(a, warm.address, VaultObjects(a), on_code=lambda c, p: None)
        finally:
            warm.close()
        bare = _round(
            a, b, max_unauthenticated=10**6, max_unauthenticated_per_peer=10**6, handshake_timeout=60.0
        )
        limited = _round(a, b)
    finally:
        a.close()
        b.close()
    print(f"\nLAN receiver under {N_SOCKETS} silent connections from one address")
    for name, r in (("limits lifted (bare)", bare), ("with the limits", limited)):
        print(
            f"  {name:22s} +{r['threads']:4.0f} threads, +{r['rss_mb']:6.1f} MB resident, "
            f"closed at once {r['closed_early']:4.0f}; a transfer takes {r['quiet_s']:.3f} s quiet, "
            f"{r['flood_s']:.3f} s during the flood"
        )
    print(
        f"  ratio with/without limits: threads {limited['threads'] / max(bare['threads'], 1):.3f}, "
        f"transfer during the flood {limited['flood_s'] / bare['flood_s']:.2f}"
    )
