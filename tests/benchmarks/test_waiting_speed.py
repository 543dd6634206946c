"""Waiting objects (#23): a case's N revisions received children first (every one but the root waits for
its parent) against the same N received parents first (none waits), into fresh vaults in the same run.
Printed, never asserted: the opens (age decrypt + signature verify) and the time. Before waiting objects
kept what opening gave, children first opened ~N²/2 objects.

``PD_BENCH_WAITING`` sets N (default 200)."""

from __future__ import annotations

import os
import time

import pytest

from parole_desktop.services.exchange import VaultObjects
from tests.exchange.laptops import laptops, peer_name

N = int(os.environ.get("PD_BENCH_WAITING", "200"))


@pytest.mark.benchmark
def test_children_first_against_parents_first(tmp_path) -> None:
    _org, (a, b, c) = laptops(tmp_path, ("bench author", "bench in order", "bench children first"))
    try:
        case = a.new_case("Bench", "Synthetic")
        for i in range(N - 1):
            case.statement = f"version {i}"
            a.save_case(case)
        objs = VaultObjects(a).pending_for(peer_name(b))
        in_order, reverse = VaultObjects(b), VaultObjects(c)
        t = time.perf_counter()
        for o in objs:
            in_order.receive(o)
        base = time.perf_counter() - t
        t = time.perf_counter()
        for o in reversed(objs):
            reverse.receive(o)
        waited = time.perf_counter() - t
        print(
            f"\n{len(objs)} revisions of one case: parents first {base:.2f} s ({in_order.opened_count} opens); "
            f"children first {waited:.2f} s ({reverse.opened_count} opens; ~{len(objs) ** 2 // 2} before); "
            f"ratio {waited / base:.1f}"
        )
    finally:
        for s in (a, b, c):
            s.close()
