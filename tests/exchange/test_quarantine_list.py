"""The quarantine as the lists show it (#23): which laptop and what kind an object kept aside came from is
recorded only as far as a verified signature and the roster prove it — a revoked laptop's object names it;
an unknown key that writes a listed laptop's device id into its signed header is recorded without an
author; bytes that do not decrypt have neither. The count the status bar shows reads no bytes."""

from __future__ import annotations

import dataclasses
import json

import pytest

from parole_desktop.exchange import identity
from parole_desktop.exchange.objects import Outcome, SealedObject
from parole_desktop.exchange.seal import seal
from parole_desktop.paths import AppPaths
from parole_desktop.services import devices, exchange, roster
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import create_vault
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops, peer_name


@pytest.fixture
def org(tmp_path):
    key, sessions = laptops(tmp_path, ("intake laptop", "site laptop", "old laptop"))
    yield key, sessions
    for s in sessions:
        s.close()


def test_a_revoked_laptops_object_names_it_and_its_kind(org):
    key, (a, _b, old) = org
    blob = devices.seal_for_org(old, b"an edit written before it was stolen", context="revision")
    pinned = roster.pinned_roster(a.vault)
    assert pinned is not None
    roster.import_roster(a.vault, roster.revoke(key, pinned, "old laptop", "stolen"), actor="org admin")
    got = VaultObjects(a).receive(SealedObject(blob))
    assert (got.outcome, got.code) == (Outcome.QUARANTINED, "untrusted_author")
    [entry] = exchange.quarantine(a)
    assert (entry.kind, entry.author) == ("revision", peer_name(old))
    assert exchange.device_names(a)[entry.author] == "old laptop"
    assert exchange.quarantine_count(a) == 1


def test_an_unknown_key_claiming_a_listed_laptops_id_is_recorded_without_an_author(org, tmp_path):
    _key, (a, b, _old) = org
    rogue, _ = create_vault(AppPaths(tmp_path / "rogue"), PASSPHRASE)
    try:
        keys, sec = identity.this_device(rogue.vault)
        forged = seal(
            b"forged edit",
            dataclasses.replace(keys, device_id=peer_name(b), name="site laptop"),
            dataclasses.replace(sec, device_id=peer_name(b)),
            devices.recipients(roster.pinned_roster(a.vault)),  # type: ignore[arg-type]
            context="revision",
        )
    finally:
        rogue.close()
    got = VaultObjects(a).receive(SealedObject(forged))
    assert got.code == "untrusted_author"
    [entry] = exchange.quarantine(a)
    assert entry.author == "" and entry.kind == "revision"
    assert "unknown laptop" in entry.reason


def test_a_listed_laptops_object_of_a_kind_not_taken_names_it(org):
    _key, (a, b, _old) = org
    blob = devices.seal_for_org(b, b"{}", context="bundle-manifest")  # a manifest is never an object
    assert VaultObjects(a).receive(SealedObject(blob)).code == "wrong_context"
    [entry] = exchange.quarantine(a)
    assert (entry.kind, entry.author) == ("bundle-manifest", peer_name(b))


def test_bytes_that_do_not_open_have_no_author_and_no_kind(org):
    _key, (a, _b, _old) = org
    got = VaultObjects(a).receive(SealedObject(b"\x00not sealed at all" * 8))
    assert got.code == "damaged"
    [entry] = exchange.quarantine(a)
    assert (entry.kind, entry.author) == ("", "")
    assert exchange.quarantine_count(a) == 1 and exchange.waiting(a) == []


def test_the_cli_lists_the_same_entries(org, tmp_path, monkeypatch, capsys):
    """`quarantine --json` gives what the dialog shows, kind and author included (the GUI offers no
    action on an entry: the CLI has none either)."""
    from parole_desktop.cli import main

    _key, (a, b, _old) = org
    VaultObjects(a).receive(SealedObject(devices.seal_for_org(b, b"{}", context="bundle-manifest")))
    VaultObjects(a).receive(SealedObject(b"\x00not sealed at all" * 8))
    shown = [e.as_dict() for e in exchange.quarantine(a)]
    a.close()
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "intake laptop"), "quarantine", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["quarantined"] == shown and out["waiting"] == []
    assert {(q["kind"], q["author"]) for q in out["quarantined"]} == {
        ("bundle-manifest", peer_name(b)),
        ("", ""),
    }
