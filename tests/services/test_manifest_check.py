"""One manifest signature check (packet/verify.manifest_signature_ok), used by the packet's own check
(with the key the manifest names) and by the roster's (with the key the roster lists)."""

from __future__ import annotations

import datetime as dt

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.domain.codec import canonical_json
from parole_desktop.packet.verify import manifest_signature_ok
from parole_desktop.services import roster


def _pub(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def test_the_signature_verifies_only_with_the_signing_key_over_exactly_these_bytes() -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    manifest = canonical_json({"format": "parole-desktop-signoff", "cases": [{"case_id": 1}]}).encode()
    sig = key.sign(manifest)
    assert manifest_signature_ok(manifest, sig, _pub(key))
    assert manifest_signature_ok(manifest, sig, _pub(key).upper())  # hex in either case
    assert not manifest_signature_ok(manifest, sig, _pub(other))
    assert not manifest_signature_ok(manifest.replace(b'"case_id":1', b'"case_id":2'), sig, _pub(key))
    assert not manifest_signature_ok(manifest + b" ", sig, _pub(key))
    assert not manifest_signature_ok(manifest, sig[:-1], _pub(key))
    assert not manifest_signature_ok(manifest, b"", _pub(key))
    assert not manifest_signature_ok(manifest, sig, "not hex")
    assert not manifest_signature_ok(manifest, sig, _pub(key)[:-2])  # 31 bytes


def test_a_manifest_that_agrees_with_itself_is_still_refused_by_the_roster() -> None:
    """Signed by the key it names (so the packet's own check passes), but that key is not the listed
    reviewer's: the roster's check, by the same function with the roster's key, refuses it."""
    org = roster.new_org_key("Example Legal Aid")
    listed, intruder = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    entry = roster.Enrolment("Rita Reviewer", "attorney", "DC-1", _pub(listed), "ab" * 32)
    rost = roster.add_reviewer(org, roster.new_roster(org), entry, valid_from=dt.date(2026, 1, 1))
    manifest = {
        "version": 2,
        "signed_at": "2026-11-29T10:00:00+00:00",
        "roster": {"version": rost.version},
        "reviewer": {"name": "Rita Reviewer", "public_key": _pub(listed), "pdf_cert_sha256": "ab" * 32},
    }
    good = canonical_json(manifest).encode()
    assert roster.check_manifest(rost, good, listed.sign(good)).problem == ""
    forged = canonical_json(
        {**manifest, "reviewer": {**manifest["reviewer"], "public_key": _pub(intruder)}}
    ).encode()
    assert manifest_signature_ok(forged, intruder.sign(forged), _pub(intruder))  # agrees with itself
    assert "unknown key" in roster.check_manifest(rost, forged, intruder.sign(forged)).problem
    # the listed key named, but signed by the intruder: the roster's key does not verify it
    assert "does not verify" in roster.check_manifest(rost, good, intruder.sign(good)).problem
