"""Checks on stored cases: pack versions recorded, signed pack import into the vault, old packs readable."""

from __future__ import annotations

import copy
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.rules import load_pack, sign_pack
from parole_desktop.services import checks


@pytest.fixture
def publisher(monkeypatch):
    key = Ed25519PrivateKey.generate()
    pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    monkeypatch.setattr(checks, "load_trusted_keys", lambda: {"test-publisher": pub})
    return key


def _signed(key, **changes) -> bytes:
    data = copy.deepcopy(load_pack().raw)
    data.update(changes)
    return json.dumps(sign_pack(data, key, key_id="test-publisher"), ensure_ascii=False).encode("utf-8")


def test_checks_record_the_pack_version(demo_session):
    session = demo_session(3)
    result = checks.run_checks(session, 1)
    row = session.vault.db.execute(
        "SELECT pack_id, pack_version, fails FROM checks WHERE case_id = 1"
    ).fetchone()
    assert row == (result.pack_id, result.pack_version, result.count("fail"))
    assert session.list_cases(order_by="id", descending=False)[0].readiness == result.summary


def test_signed_pack_import_becomes_active(session, publisher, tmp_path):
    f = tmp_path / "pack.json"
    f.write_bytes(_signed(publisher, version="2027.1.0", as_of="2027-01-15"))
    pack = checks.import_pack(session, f)
    assert (pack.version, str(pack.as_of)) == ("2027.1.0", "2027-01-15")
    assert checks.active_pack(session).version == "2027.1.0"
    assert checks.pack_by_version(session, "us-hp", "2027.1.0").version == "2027.1.0"
    assert checks.pack_by_version(session, "us-hp", load_pack().version).version == load_pack().version
    assert any(e.action == "import" and e.entity == "rules_pack" for e in session.audit_entries())


def test_tampered_or_unsigned_pack_is_refused_and_nothing_stored(session, publisher, tmp_path):
    raw = bytearray(_signed(publisher, version="2027.1.0", as_of="2027-01-15"))
    i = raw.index(b"2027.1.0")
    raw[i] = ord("3")
    f = tmp_path / "pack.json"
    f.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError):
        checks.import_pack(session, f)
    f.write_text(json.dumps(load_pack().raw), encoding="utf-8")
    with pytest.raises(IntegrityError):
        checks.import_pack(session, f)
    assert session.vault.db.execute("SELECT count(*) FROM packs").fetchone()[0] == 0
    assert checks.active_pack(session).version == load_pack().version


def test_older_pack_is_not_imported(session, publisher, tmp_path):
    f = tmp_path / "old.json"
    f.write_bytes(_signed(publisher, version="2025.1.0", as_of="2025-01-01"))
    with pytest.raises(UserError, match="older than the one in use"):
        checks.import_pack(session, f)


def test_stale_pack_raises_hp_pack_01(demo_session):
    import datetime as dt

    session = demo_session(1)
    later = load_pack().as_of + dt.timedelta(days=200)
    ids = {f.rule_id for f in checks.run_checks(session, 1, today=later).findings}
    assert "HP-PACK-01" in ids
