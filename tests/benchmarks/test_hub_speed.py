"""Hub benchmark (#23): a pull of 10,000 sealed objects from pouchdb-server on loopback, with its time and
peak Python memory (tracemalloc), beside a bare ``_changes`` + ``_bulk_get`` loop with httpx in the same
run (what any client must at least do). Prints numbers, asserts only that everything arrived."""

from __future__ import annotations

import base64
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from parole_desktop.exchange import hub
from parole_desktop.services import hub as hub_service
from parole_desktop.services.exchange import VaultObjects
from tests.exchange.laptops import laptops
from tests.exchange.memstore import MemoryStore
from tests.hub import sealing
from tests.hub.fixtures import HubDb, hubdb, pouchdb

__all__ = ["hubdb", "pouchdb"]
N = 10_000


def _payload(i: int) -> bytes:
    # about the size of one revision of a case: a few field changes and audit entries
    changes = {f"person.p{i}.given_name": f"Name{i}", "case.statement": "x" * 600, "n": i}
    return json.dumps({"changes": changes, "audit": [{"what": "edit", "n": i}] * 4}).encode()


def _bare(h: HubDb) -> int:
    """_changes pages and _bulk_get with attachments, base64 decoded and kept (as a store keeps them): the
    floor for any client."""
    kept: dict[str, bytes] = {}
    since = "0"
    with httpx.Client(base_url=h.url.url + "/", auth=(h.site.user, h.site.password), trust_env=False) as c:
        while True:
            page = c.get("_changes", params={"since": since, "limit": hub.BATCH_COUNT}).json()
            ids = [r["id"] for r in page["results"] if not r["id"].startswith("_design/")]
            if ids:
                body = c.post(
                    "_bulk_get", params={"attachments": "true"}, json={"docs": [{"id": i} for i in ids]}
                ).json()
                for res in body["results"]:
                    for name, att in res["docs"][0]["ok"]["_attachments"].items():
                        kept[name] = base64.b64decode(att["data"])
            if not page["results"]:
                return len(kept)
            since = str(page["last_seq"])


def _measure(run: Callable[[], int]) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    n = run()
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak, n


@pytest.mark.benchmark
def test_hub_pull_of_10000_sealed_objects(hubdb: HubDb) -> None:
    t0 = time.perf_counter()
    objs = sealing.sealed([_payload(i) for i in range(N)])
    seal_s = time.perf_counter() - t0
    sizes = sorted(o.size for o in objs)
    t0 = time.perf_counter()
    with hubdb.client() as c:
        assert hub.push(MemoryStore(objs), c).sent == N
    push_s = time.perf_counter() - t0

    def client_pull() -> int:
        store = MemoryStore()
        with hubdb.client() as c:
            return hub.pull(store, c).applied

    pull_s, pull_mb, applied = _measure(client_pull)
    bare_s, bare_mb, bare_n = _measure(lambda: _bare(hubdb))
    assert applied == N and bare_n == N
    print(
        f"\nhub (pouchdb-server 4.2.0, in memory, loopback), {N} sealed objects "
        f"(sizes {sizes[0]}–{sizes[-1]} bytes, median {sizes[N // 2]}):"
    )
    print(f"  seal {seal_s:.1f} s; push {push_s:.1f} s ({N / push_s:.0f} objects/s)")
    print(
        f"  hub.pull into a memory store: {pull_s:.1f} s ({N / pull_s:.0f}/s), peak {pull_mb:.1f} MB (tracemalloc)"
    )
    print(
        f"  bare _changes + _bulk_get loop (httpx): {bare_s:.1f} s ({N / bare_s:.0f}/s), peak {bare_mb:.1f} MB"
    )
    print("  (both keep the 10,000 objects' bytes in memory, ~16 MB; hub.pull also asks _changes for each")
    print("   document's attachment name and size, to skip what the vault holds and fetch large objects raw)")
    print(f"  hub.pull / bare: {pull_s / bare_s:.2f}x time, {pull_mb / max(bare_mb, 0.01):.2f}x memory")


N_VAULT_CASES = 500  # two revisions each: 1,000 revisions into a real vault


@pytest.mark.benchmark
def test_hub_pull_of_1000_revisions_into_a_real_vault(hubdb: HubDb, tmp_path: Path) -> None:
    """The same pull into a real vault (open, verify, take into the case graph, settle the case) — where the
    time of a real pull goes."""
    _org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    for i in range(N_VAULT_CASES):
        c = a.new_case(f"Oksana{i:04d}", "Kovalchuk")
        c.statement = f"Synthetic statement {i}."
        a.save_case(c)
    t0 = time.perf_counter()
    pushed = hub_service.push_store(VaultObjects(a), hubdb.url.url, environ=_site_env(hubdb))
    push_s = time.perf_counter() - t0
    tracemalloc.start()
    t0 = time.perf_counter()
    got = hub_service.pull_store(VaultObjects(b), hubdb.url.url, environ=_site_env(hubdb))
    pull_s = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    assert pushed.sent == 2 * N_VAULT_CASES and got.applied == 2 * N_VAULT_CASES
    assert len(b.list_cases(limit=10_000)) == N_VAULT_CASES
    a.close()
    b.close()
    n = 2 * N_VAULT_CASES
    print(f"\nhub into real vaults, {n} revisions of {N_VAULT_CASES} cases:")
    print(f"  push (sealing included) {push_s:.1f} s ({n / push_s:.0f}/s)")
    print(
        f"  pull into the vault {pull_s:.1f} s ({n / pull_s:.0f}/s), peak {peak:.1f} MB (tracemalloc, time under it)"
    )


def _site_env(h: HubDb) -> dict[str, str]:
    return {"PAROLE_HUB_USER": h.site.user, "PAROLE_HUB_PASSWORD": h.site.password}
