"""SIGKILL during ``hub push`` and ``hub pull`` (#23 faults): the CLI runs as a real process against
pouchdb-server on 127.0.0.1 and is killed at moments spread over the transfer — just after its k-th
``_bulk_docs`` or ``_bulk_get`` reached the server (read from the server's request log), plus a random
delay, so kills land in the request, in the vault's receive, in an acknowledgement or a checkpoint write.
After the kills a plain re-run finishes; then the hub holds every object exactly once, the pushing vault
has nothing left to send, the pulling vault has every case exactly once with each revision taken once, and
another pull takes nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parole_desktop.exchange import hub as hub_client
from parole_desktop.paths import AppPaths
from parole_desktop.services import revlog
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import Session, open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops
from tests.hub.fixtures import SITE, HubDb, hubdb, pouchdb
from tests.reliability.conftest import ROOT, summary

__all__ = ["hubdb", "pouchdb"]
pytestmark = pytest.mark.slow
N_CASES = 230  # two revisions each: 460 objects, three _bulk_docs and three _changes pages
KILLS = 6


def _open(folder: Path) -> Session:
    return open_vault(AppPaths(folder), PASSPHRASE, actor="tester")


def _requests(h: HubDb, what: str) -> int:
    log = h.server.folder / f"server-{h.server.port}.out"
    text = log.read_text(errors="replace") if log.exists() else ""
    return sum(1 for line in text.splitlines() if f"/{h.url.database}/{what}" in line)


def _run(folder: Path, h: HubDb, cmd: str, *, kill_after: tuple[str, int, float] | None) -> str:
    """Run ``hub CMD``; with ``kill_after`` (request, count, delay) SIGKILL it once the server saw that
    many such requests from this run, after the delay. Returns 'killed', 'finished' or 'failed: …'."""
    env = dict(
        os.environ, PAROLE_DESKTOP_PASSPHRASE=PASSPHRASE, PAROLE_HUB_USER=SITE[0], PAROLE_HUB_PASSWORD=SITE[1]
    )
    args = [sys.executable, "-m", "parole_desktop", "--data-dir", str(folder), "hub", cmd, h.url.url]
    start = _requests(h, kill_after[0]) if kill_after else 0
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if kill_after is not None:
        what, count, delay = kill_after
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if _requests(h, what) - start >= count:
                time.sleep(delay)
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.005)
    _out, err = proc.communicate(timeout=300)
    if proc.returncode == -signal.SIGKILL:
        return "killed"
    if proc.returncode == 0:
        return "finished"
    return f"failed: {proc.returncode} {err.decode(errors='replace')[-800:]}"


def test_sigkill_during_hub_push_and_pull_loses_nothing_and_applies_nothing_twice(
    hubdb: HubDb, tmp_path: Path
) -> None:
    _org, sessions = laptops(tmp_path, ("laptop-a", "laptop-b"))
    a_dir, b_dir = tmp_path / "laptop-a", tmp_path / "laptop-b"
    a, b = sessions
    for i in range(N_CASES):
        c = a.new_case(f"Oksana{i:04d}", "Kovalchuk")
        c.statement = f"Synthetic statement {i}."
        a.save_case(c)
    objects = {o.object_id for o in VaultObjects(a).pending_for(hubdb.url.peer)}
    assert len(objects) == 2 * N_CASES
    want = {a.load_case(r.id).uid: a.load_case(r.id).statement for r in a.list_cases(limit=10_000)}
    a.close()
    b.close()
    rng = random.Random(23)

    # push, killed at spread moments
    tally = {"killed": 0, "finished": 0}
    for _ in range(KILLS):
        result = _run(a_dir, hubdb, "push", kill_after=("_bulk_docs", 1, rng.uniform(0, 0.15)))
        assert not result.startswith("failed"), result
        tally[result] += 1
    assert _run(a_dir, hubdb, "push", kill_after=None) == "finished"
    docs = [d for d in hubdb.server.dump(hubdb.url.database) if not str(d["_id"]).startswith("_design/")]
    assert len(docs) == len(objects)
    assert set(hub_client.object_ids(docs)) == objects
    with _open(a_dir) as s:
        assert VaultObjects(s).pending_for(hubdb.url.peer) == []
    push_tally = dict(tally)

    # pull, killed at spread moments
    tally = {"killed": 0, "finished": 0}
    for k in range(KILLS):
        result = _run(b_dir, hubdb, "pull", kill_after=("_bulk_get", k % 2 + 1, rng.uniform(0, 0.4)))
        assert not result.startswith("failed"), result
        tally[result] += 1
    assert _run(b_dir, hubdb, "pull", kill_after=None) == "finished"
    with _open(b_dir) as s:
        rows = s.list_cases(limit=10_000)
        got = {s.load_case(r.id).uid: s.load_case(r.id).statement for r in rows}
        assert len(rows) == N_CASES and got == want
        for uid in got:
            assert len(revlog.revisions_of(s.vault, uid)) == 2
        store = VaultObjects(s)
        assert all(store.has(o) for o in objects)
        with hubdb.client() as c:
            again = hub_client.pull(store, c)
        assert again.applied == 0 and again.quarantined == 0 and again.waiting == 0
    summary(
        "SIGKILL during hub push / hub pull (pouchdb-server)",
        f"{KILLS} + {KILLS} runs",
        f"push {push_tally['killed']} killed mid-transfer, pull {tally['killed']} killed mid-transfer; "
        f"re-runs finished: {len(objects)} objects on the hub once each, {N_CASES} cases pulled once each",
    )
    # the kills really landed during transfers (a run that found nothing left to do finished instead)
    # at least one kill landed mid-transfer in each phase (on a fast machine later moments may come after the end)
    assert push_tally["killed"] >= 1 and tally["killed"] >= 1, (push_tally, tally)
