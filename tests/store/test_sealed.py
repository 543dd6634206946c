"""store/sealed.py: one way to seal a secret under a passphrase, and the 0.1.x blobs still open.

Each attack on a sealed blob is performed here: wrong passphrase, a changed salt, nonce, ciphertext, KDF
cost or context, a blob moved to another purpose, a cost meant to exhaust memory.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from parole_desktop.errors import IntegrityError, WrongPassphrase
from parole_desktop.store import sealed
from parole_desktop.store.sealed import KdfParams

CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PW = "correct horse battery staple 42"
SECRET = bytes(range(32))
CONTEXT = "reviewer:Rita Reviewer"
LEGACY = json.loads((Path(__file__).parent / "fixtures" / "legacy_sealed.json").read_text(encoding="utf-8"))


def _flip(text: str, at: int = 0) -> str:
    """The base64 text of the same bytes with one bit changed."""
    raw = bytearray(base64.b64decode(text))
    raw[at] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_seal_writes_the_versioned_json_and_opens_with_the_passphrase() -> None:
    blob = sealed.seal(PW, SECRET, CONTEXT, CHEAP)
    assert blob["format"] == "parole-desktop-sealed" and blob["version"] == 1 and blob["context"] == CONTEXT
    assert blob["kdf"] == {"alg": "argon2id", "m": 1024, "t": 1, "p": 1}
    assert len(base64.b64decode(blob["salt"])) == 16 and len(base64.b64decode(blob["nonce"])) == 12
    assert SECRET not in base64.b64decode(blob["ct"])
    assert sealed.open_sealed(blob, PW, CONTEXT) == SECRET
    assert sealed.open_sealed(json.dumps(blob), PW, CONTEXT) == SECRET  # as stored in a column
    again = sealed.seal(PW, SECRET, CONTEXT, CHEAP)
    assert (again["salt"], again["nonce"], again["ct"]) != (blob["salt"], blob["nonce"], blob["ct"])


def test_wrong_passphrase_is_refused_with_the_callers_words() -> None:
    blob = sealed.seal_json(PW, SECRET, CONTEXT, CHEAP)
    with pytest.raises(WrongPassphrase, match=r"^Wrong reviewer passphrase\.$"):
        sealed.open_sealed(blob, PW + " ", CONTEXT, wrong="Wrong reviewer passphrase.")
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        sealed.open_sealed(blob, "", CONTEXT)


@pytest.mark.parametrize("field", ["salt", "nonce", "ct"])
@pytest.mark.parametrize("at", [0, -1])
def test_a_changed_salt_nonce_or_ciphertext_is_refused(field: str, at: int) -> None:
    blob = sealed.seal(PW, SECRET, CONTEXT, CHEAP)
    blob[field] = _flip(blob[field], at)
    with pytest.raises(WrongPassphrase):
        sealed.open_sealed(blob, PW, CONTEXT)


def test_a_changed_kdf_cost_is_refused() -> None:
    blob = sealed.seal(PW, SECRET, CONTEXT, CHEAP)
    blob["kdf"]["t"] = 2  # a cheaper or dearer cost derives another key
    with pytest.raises(WrongPassphrase):
        sealed.open_sealed(blob, PW, CONTEXT)


def test_a_blob_sealed_for_one_context_does_not_open_as_another() -> None:
    """Rita's sealed key copied into Mallory's row: refused as it stands, and refused by the AAD when the
    context field is rewritten to match."""
    blob = sealed.seal(PW, SECRET, CONTEXT, CHEAP)
    with pytest.raises(
        IntegrityError, match="belongs to “reviewer:Rita Reviewer”, not to “reviewer:Mallory”"
    ):
        sealed.open_sealed(blob, PW, "reviewer:Mallory")
    blob["context"] = "reviewer:Mallory"
    with pytest.raises(WrongPassphrase):
        sealed.open_sealed(blob, PW, "reviewer:Mallory")
    with pytest.raises(IntegrityError):  # and no longer as Rita's either
        sealed.open_sealed(blob, PW, CONTEXT)
    digital_id = sealed.seal(PW, SECRET, CONTEXT + ":digital-id", CHEAP)
    digital_id["context"] = CONTEXT
    with pytest.raises(WrongPassphrase):  # the PDF identity cannot stand in for the signing key
        sealed.open_sealed(digital_id, PW, CONTEXT)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: "not json {",
        lambda b: "[1, 2]",
        lambda b: {**b, "format": "something-else"},
        lambda b: {k: v for k, v in b.items() if k != "nonce"},
        lambda b: {**b, "salt": "***not base64***"},
        lambda b: {**b, "nonce": base64.b64encode(b"short").decode()},
        lambda b: {**b, "kdf": {"alg": "pbkdf2", "m": 1024, "t": 1, "p": 1}},
        lambda b: {**b, "kdf": {"alg": "argon2id", "m": 64 * 1024 * 1024, "t": 1, "p": 1}},  # 64 GiB
        lambda b: {**b, "kdf": {"alg": "argon2id", "m": 1024, "t": 10**6, "p": 1}},
    ],
    ids=[
        "not-json",
        "not-object",
        "other-format",
        "no-nonce",
        "bad-base64",
        "short-nonce",
        "other-kdf",
        "memory-bomb",
        "time-bomb",
    ],
)
def test_a_damaged_blob_is_refused_clearly_without_trying_it(damage: Any) -> None:
    blob = sealed.seal(PW, SECRET, CONTEXT, CHEAP)
    bad = damage(blob)
    with pytest.raises(IntegrityError, match="damaged"):
        sealed.open_sealed(json.dumps(bad) if isinstance(bad, dict) else bad, PW, CONTEXT)


def test_a_blob_of_a_newer_version_asks_for_an_update() -> None:
    blob = {**sealed.seal(PW, SECRET, CONTEXT, CHEAP), "version": 2}
    with pytest.raises(IntegrityError, match="newer version"):
        sealed.open_sealed(blob, PW, CONTEXT)


# ---------------------------------------------------------------------------- blobs the old code wrote
def test_a_reviewer_key_sealed_by_the_old_code_still_opens() -> None:
    old = LEGACY["reviewer_key"]
    assert "format" not in json.loads(old["blob"])  # the 0.1.x layout: kdf, salt, nonce, ct
    assert sealed.open_sealed(old["blob"], old["passphrase"], old["context"]) == bytes.fromhex(
        old["plaintext_hex"]
    )
    with pytest.raises(WrongPassphrase):
        sealed.open_sealed(old["blob"], "not the passphrase at all", old["context"])
    with pytest.raises(WrongPassphrase):  # the old AAD bound the reviewer's name too
        sealed.open_sealed(old["blob"], old["passphrase"], "reviewer:Mallory")
    tampered = json.loads(old["blob"])
    tampered["ct"] = _flip(tampered["ct"], 3)
    with pytest.raises(WrongPassphrase):
        sealed.open_sealed(tampered, old["passphrase"], old["context"])


def test_an_org_key_sealed_by_the_old_code_still_opens() -> None:
    old = LEGACY["org_key"]
    d = json.loads(old["file"])
    assert d["version"] == 1 and "sealed" not in d
    blob = {k: d[k] for k in ("kdf", "salt", "nonce", "ct")}
    raw = sealed.open_sealed(blob, old["passphrase"], old["context"])
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    pub = Ed25519PrivateKey.from_private_bytes(raw).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert pub.hex() == old["public_key"]
    blob["salt"] = _flip(blob["salt"])
    with pytest.raises(WrongPassphrase):
        sealed.open_sealed(blob, old["passphrase"], old["context"])


# ---------------------------------------------------------------------------- the vault key file
def test_the_vault_key_file_keeps_its_layout_and_uses_the_same_primitives() -> None:
    from parole_desktop.errors import StorageError
    from parole_desktop.store.keys import KEYFILE_FORMAT, KeyFile

    kf, master, recovery = KeyFile.create(PW, CHEAP)
    data = json.loads(kf.to_bytes())
    assert (data["format"], data["version"]) == (KEYFILE_FORMAT, 1)  # the 0.1.0 layout, no migration
    assert data["passphrase"]["kdf"] == CHEAP.to_dict() and set(data["passphrase"]) == {
        "kdf",
        "salt",
        "nonce",
        "ct",
    }
    assert KeyFile.from_bytes(kf.to_bytes()).unlock(PW) == master
    assert KeyFile.from_bytes(kf.to_bytes()).unlock_with_recovery(recovery) == master

    def changed(entry: str, field: str, value: Any) -> KeyFile:
        d = json.loads(kf.to_bytes())
        d[entry][field] = value
        return KeyFile.from_bytes(json.dumps(d).encode())

    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        changed("passphrase", "nonce", _flip(data["passphrase"]["nonce"])).unlock(PW)
    with pytest.raises(WrongPassphrase, match="Wrong recovery key"):
        changed("recovery", "ct", _flip(data["recovery"]["ct"], -1)).unlock_with_recovery(recovery)
    with pytest.raises(StorageError, match="damaged"):
        changed("passphrase", "salt", "***").unlock(PW)
    with pytest.raises(StorageError, match="damaged"):
        changed("passphrase", "kdf", {"alg": "argon2id", "m": 64 * 1024 * 1024, "t": 3, "p": 4}).unlock(PW)
