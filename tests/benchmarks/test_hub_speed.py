"""Hub benchmark (#23): a pull of 10,000 sealed objects from pouchdb-server on loopback, with its time and
peak Python memory (tracemalloc), beside a bare ``_changes`` + ``_bulk_get`` loop with httpx in the same
run (what any client must at least do). Prints numbers, asserts only that everything arrived."""

from __future__ import annotations

import base64
import json
import time
import tracemalloc
from collections.abc import Callable

import httpx
import pytest

from parole_desktop.exchange import hub
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
