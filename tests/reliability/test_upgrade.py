"""Upgrades: a vault written by an earlier release opens with all data intact; a newer one is refused."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from parole_desktop.domain.codec import content_hash
from parole_desktop.errors import VaultTooNew
from parole_desktop.paths import AppPaths
from parole_desktop.services import signoff_state
from parole_desktop.services.session import open_vault
from parole_desktop.store.sqlcipher import integrity_ok
from tests.reliability.conftest import FIXTURES, summary

VAULTS = FIXTURES / "vaults"
RELEASES = sorted(p for p in VAULTS.glob("v*") if (p / "expected.json").exists())
PASSPHRASE = "fixture vault passphrase"


def _copy(release: Path, tmp_path: Path) -> AppPaths:
    shutil.copytree(release / "data", tmp_path / "data")
    return AppPaths(tmp_path / "data")


@pytest.mark.parametrize("release", RELEASES, ids=[p.name for p in RELEASES])
def test_old_vault_opens_intact(release, tmp_path):
    expected = json.loads((release / "expected.json").read_text(encoding="utf-8"))
    paths = _copy(release, tmp_path)
    with open_vault(paths, PASSPHRASE) as s:
        assert integrity_ok(s.vault.db)[0]
        assert s.count_cases() == expected["cases"]
        assert sorted(r.beneficiary for r in s.list_cases(limit=100)) == expected["names"]
        assert {"فرشته رحیمی", "Оксана Ковальчук", "Farishta Rahimi"} <= set(expected["names"])
        assert [r.beneficiary for r in s.search("رحيمي")]  # Arabic spelling finds the Persian one
        n = 0
        for row in s.list_cases(limit=100):
            for ev in s.load_case(row.id).evidence:
                assert hashlib.sha256(s.read_evidence(ev)).hexdigest() == ev.sha256
                n += 1
        assert n == expected["evidence"]
        case = s.load_case(expected["signed_off_case"])
        so = signoff_state.current_signoff(s, int(case.id or 0))
        assert so is not None and content_hash(case) == so.content_hash, (
            "new case fields left the signed content hash unchanged"
        )
        # the pack is named by id, version and date only (its SHA-256 is recorded since 0.3): still read
        from parole_desktop.packet.verify import pack_named

        label, pack_sha = pack_named(json.loads(so.manifest_json).get("pack"))
        assert label.startswith(f"{so.pack_id} {so.pack_version}") and pack_sha == ""
        if expected.get("roster"):
            assert signoff_state.signoff_problem(s, case) == ""
        else:
            # sign-offs made before trust rosters carry only their own key: they prove nobody, so they no
            # longer count (the reviewer signs again once the org's roster is pinned)
            assert "unknown key" in signoff_state.signoff_problem(s, case)
        uids = [s.load_case(row.id).uid for row in s.list_cases(limit=100)]
        assert all(len(u) == 32 for u in uids) and len(set(uids)) == len(uids), "0003 gave every case a uid"
        assert all(len(g.uid) == 32 for g in s.family_groups()), "0003 gave every family group a uid"
        rep = s.audit_verify()
        assert rep.ok and rep.entries >= expected["audit"]
        from parole_desktop.store import migrations

        applied = migrations.applied_names(s.vault.db)
        assert applied == migrations.known_names(), "every newer schema step ran"
    if len(applied) > len(expected["schema"]):
        assert list((paths.vault / "backups").glob("vault-before-*.db")), (
            "the vault was copied before migrating"
        )
    summary(
        f"vault fixture {release.name} opened by the current code",
        1,
        f"{expected['cases']} cases, {n} evidence readable, pre-roster sign-off reported, audit verifies",
    )


def test_vault_from_a_newer_version_is_refused_unchanged(tmp_path):
    paths = _copy(RELEASES[-1], tmp_path)
    with open_vault(paths, PASSPHRASE) as s:
        s.vault.db["_sqlite_migrations"].insert(
            {"migration_set": "parole_desktop", "name": "9999_from_the_future", "applied_at": "2030-01-01"}
        )
    before = {p.relative_to(paths.vault): p.read_bytes() for p in paths.vault.rglob("*") if p.is_file()}
    with pytest.raises(VaultTooNew, match="newer version"):
        open_vault(paths, PASSPHRASE)
    after = {p.relative_to(paths.vault): p.read_bytes() for p in paths.vault.rglob("*") if p.is_file()}
    assert after == before, "refusing a newer vault changed files"
    summary("vault marked with an unknown newer migration", 1, "VaultTooNew; no file changed")
