"""Real vaults through the hub (#23 item 6): two laptops of one organization exchange a case through
pouchdb-server by the CLI only, and a hub document that does not decrypt, verify or parse is quarantined
with its reason by the vault's own store, never applied."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from parole_desktop.cli import main
from parole_desktop.exchange import hub as hub_client
from parole_desktop.exchange.objects import SealedObject
from parole_desktop.paths import AppPaths
from parole_desktop.services import exchange, hub
from parole_desktop.services.session import Session, open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops
from tests.exchange.memstore import MemoryStore
from tests.hub import sealing, server
from tests.hub.fixtures import SITE, HubDb


@pytest.fixture
def site_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {
        "PAROLE_HUB_USER": SITE[0],
        "PAROLE_HUB_PASSWORD": SITE[1],
        "PAROLE_DESKTOP_PASSPHRASE": PASSPHRASE,
    }
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return env


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    _org, sessions = laptops(tmp_path, ("laptop-a", "laptop-b"))
    for s in sessions:
        s.close()
    yield tmp_path / "laptop-a", tmp_path / "laptop-b"


def _open(folder: Path) -> Session:
    return open_vault(AppPaths(folder), PASSPHRASE, actor="tester")


def _cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    rc = main(["--data-dir", str(folder), *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


def _names(s: Session) -> dict[str, tuple[str, str]]:
    out = {}
    for row in s.list_cases():
        c = s.load_case(row.id)
        out[c.uid] = (c.people[0].given_name, c.people[0].family_name)
    return out


def test_two_laptops_exchange_cases_through_the_hub_by_the_cli(
    hubdb: HubDb, two: tuple[Path, Path], site_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = two
    with _open(a) as s:
        for i in range(3):
            c = s.new_case(f"Farishta{i}", "Rahimi")
            c.statement = f"Synthetic statement {i}."
            s.save_case(c)
        want = _names(s)
    url = hubdb.url.url
    rc, out, err = _cli(capsys, a, "hub", "push", url)
    assert rc == 0, err
    assert "Sent 6 object(s) to the hub" in out  # three cases, two revisions each
    rc, out, err = _cli(capsys, b, "hub", "pull", url)
    assert rc == 0, err
    assert "Received from the hub: 6 applied, 0 waiting, 0 duplicate, 0 quarantined." in out
    with _open(b) as s:
        assert _names(s) == want
        assert {s.load_case(r.id).statement for r in s.list_cases()} == {
            f"Synthetic statement {i}." for i in range(3)
        }
    rc, out, _ = _cli(capsys, b, "hub", "pull", url, "--json")
    assert rc == 0 and '"applied": 0' in out and '"duplicate": 0' in out
    # B edits one case and pushes; A pulls it (its own objects come back as nothing new)
    with _open(b) as s:
        row = next(r for r in s.list_cases() if s.load_case(r.id).people[0].given_name == "Farishta0")
        c = s.load_case(row.id)
        c.statement = "Edited on laptop B."
        s.save_case(c)
    rc, out, err = _cli(capsys, b, "hub", "push", url)
    # only B's new revision goes up: what B pulled from the hub is on the hub already, never sent back
    assert rc == 0 and "Sent 1 object(s) to the hub" in out, out + err
    rc, out, _ = _cli(capsys, a, "hub", "pull", url)
    assert rc == 0 and "1 applied, 0 waiting" in out
    with _open(a) as s:
        assert "Edited on laptop B." in {s.load_case(r.id).statement for r in s.list_cases()}
        assert len(s.list_cases()) == 3


def test_hub_documents_that_do_not_open_are_quarantined_by_the_vault(
    hubdb: HubDb, two: tuple[Path, Path], site_env: dict[str, str]
) -> None:
    _a, b = two
    garbage = SealedObject(os.urandom(700))  # not an age file
    stranger = sealing.sealed([b'{"changes": {}}'])[0]  # sealed by a device no roster lists, to itself
    with hubdb.client() as c:
        hub_client.push(MemoryStore([garbage, stranger]), c)
    with _open(b) as s:
        counts = hub.pull(s, hubdb.url.url)
        assert counts.quarantined == 2 and counts.applied == 0
        found = {q.object_id: q for q in exchange.quarantine(s)}
        assert set(found) == {garbage.object_id, stranger.object_id}
        assert all(q.code and q.reason for q in found.values())
        assert s.list_cases() == []
        # pulled again: nothing applied, nothing counted twice
        assert hub.pull(s, hubdb.url.url).as_dict() == hub.Counts().as_dict()


def test_a_hub_document_of_another_shape_is_quarantined_not_dropped(
    pouchdb: server.PouchServer,
    two: tuple[Path, Path],
    site_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a hub database set up by hand without `hub init`: nothing stops a document of another shape
    with pouchdb.admin() as h:
        assert h.put("/parole-by-hand").status_code == 201
        assert h.put("/parole-by-hand/odd", json={"case": "Farishta Rahimi"}).status_code == 201
    monkeypatch.setenv("PAROLE_HUB_USER", server.ADMIN[0])
    monkeypatch.setenv("PAROLE_HUB_PASSWORD", server.ADMIN[1])
    _a, b = two
    with _open(b) as s:
        counts = hub.pull(s, f"{pouchdb.url}/parole-by-hand")
        assert counts.quarantined == 1
        (q,) = exchange.quarantine(s)
        assert q.reason
        assert s.list_cases() == []
