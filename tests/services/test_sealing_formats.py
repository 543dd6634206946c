"""Reviewer keys and org keys: new ones are sealed in the one format (store/sealed.py); the ones 0.1.x
wrote (the v0.1.0 fixture vault, an org key file made by the old code) still open."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.domain.enums import ReviewerRole
from parole_desktop.errors import IntegrityError, UserError, WrongPassphrase
from parole_desktop.packet.verify import manifest_signature_ok
from parole_desktop.paths import AppPaths
from parole_desktop.services import roster, signoff, signoff_state
from parole_desktop.services.session import open_vault
from parole_desktop.store import review as review_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V010 = FIXTURES / "vaults" / "v0.1.0"
V010_PASSPHRASE = "fixture vault passphrase"
V010_REVIEWER = ("Amira Solis", "reviewer fixture passphrase")
LEGACY = json.loads(
    (Path(__file__).resolve().parents[1] / "store" / "fixtures" / "legacy_sealed.json").read_text(
        encoding="utf-8"
    )
)
REVIEWER_PW = "reviewer passphrase 42 ok"


def _row(session, reviewer_id: int) -> dict:  # type: ignore[no-untyped-def]
    return review_store.reviewer_rows(session.vault, "id = ?", [reviewer_id])[0]


def test_reviewer_keys_of_the_v010_vault_still_unlock(tmp_path: Path) -> None:
    shutil.copytree(V010 / "data", tmp_path / "data")
    with open_vault(AppPaths(tmp_path / "data"), V010_PASSPHRASE) as s:
        prof = signoff.reviewer_by_name(s, V010_REVIEWER[0])
        row = _row(s, int(prof.id or 0))
        assert "format" not in json.loads(row["private_key_enc"])  # as 0.1.0 wrote it
        key = signoff.unlock_reviewer_key(s, int(prof.id or 0), V010_REVIEWER[1])
        assert key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) == prof.public_key
        identity = signoff.unlock_digital_id(s, int(prof.id or 0), V010_REVIEWER[1])
        assert (
            signoff.cert_sha256(identity.certificate)
            == signoff.reviewer_enrolment(s, int(prof.id or 0), V010_REVIEWER[1]).pdf_cert_sha256
        )
        with pytest.raises(WrongPassphrase, match="Wrong reviewer passphrase"):
            signoff.unlock_reviewer_key(s, int(prof.id or 0), V010_PASSPHRASE)
        so = signoff_state.current_signoff(
            s, json.loads((V010 / "expected.json").read_text())["signed_off_case"]
        )
        assert so is not None and so.reviewer_id == prof.id
        signed = so.manifest_json.encode("utf-8")
        assert manifest_signature_ok(signed, so.signature, prof.public_key.hex())  # the key that signed it


def test_new_reviewer_keys_are_sealed_in_the_one_format(session) -> None:  # type: ignore[no-untyped-def]
    prof = signoff.create_reviewer(
        session, "Rita Reviewer", ReviewerRole.ATTORNEY, REVIEWER_PW, number="DC-1"
    )
    row = _row(session, int(prof.id or 0))
    key_blob, id_blob = json.loads(row["private_key_enc"]), json.loads(row["digital_id_enc"])
    assert (key_blob["format"], key_blob["version"], key_blob["context"]) == (
        "parole-desktop-sealed",
        1,
        "reviewer:Rita Reviewer",
    )
    assert id_blob["context"] == "reviewer:Rita Reviewer:digital-id"
    assert signoff.unlock_reviewer_key(session, int(prof.id or 0), REVIEWER_PW)


def test_a_sealed_key_moved_to_another_reviewer_does_not_unlock(session) -> None:  # type: ignore[no-untyped-def]
    """The volunteer copies Rita's sealed key into Mallory's row (and rewrites the context to match):
    Mallory's row does not unlock with Rita's passphrase."""
    rita = signoff.create_reviewer(
        session, "Rita Reviewer", ReviewerRole.ATTORNEY, REVIEWER_PW, number="DC-1"
    )
    mallory = signoff.create_reviewer(
        session, "Mallory Mole", ReviewerRole.ATTORNEY, "mallory words 77 zz", number="DC-2"
    )
    blob = json.loads(_row(session, int(rita.id or 0))["private_key_enc"])
    session.vault.db.table("reviewers").update(int(mallory.id or 0), {"private_key_enc": json.dumps(blob)})
    with pytest.raises(IntegrityError, match="belongs to “reviewer:Rita Reviewer”"):
        signoff.unlock_reviewer_key(session, int(mallory.id or 0), REVIEWER_PW)
    blob["context"] = "reviewer:Mallory Mole"
    session.vault.db.table("reviewers").update(int(mallory.id or 0), {"private_key_enc": json.dumps(blob)})
    with pytest.raises(WrongPassphrase):
        signoff.unlock_reviewer_key(session, int(mallory.id or 0), REVIEWER_PW)


def test_an_org_key_file_written_by_the_old_code_still_loads(tmp_path: Path) -> None:
    old = LEGACY["org_key"]
    path = tmp_path / "old-org.key"
    path.write_text(old["file"], encoding="utf-8")
    org = roster.load_org_key(path, old["passphrase"])
    assert (org.name, org.public_key) == (old["org_name"], old["public_key"])
    with pytest.raises(WrongPassphrase, match="Wrong org key passphrase"):
        roster.load_org_key(path, "not the org words")
    d = json.loads(old["file"])
    d["public_key"] = roster.new_org_key("Other").public_key  # the sealed key named as another org's
    path.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(WrongPassphrase):  # the public key is in the AAD
        roster.load_org_key(path, old["passphrase"])


def test_new_org_key_files_use_the_one_format(tmp_path: Path) -> None:
    path = tmp_path / "org.key"
    org = roster.create_org_key(path, "Example Legal Aid", "org admin words 1")
    d = json.loads(path.read_bytes())
    assert d["version"] == 2 and d["public_key"] == org.public_key
    assert d["sealed"]["format"] == "parole-desktop-sealed"
    assert d["sealed"]["context"] == f"parole-desktop-org-key:{org.public_key}"
    assert not {"salt", "nonce", "ct"} & d.keys()
    assert roster.load_org_key(path, "org admin words 1").public_key == org.public_key
    d["version"] = 3
    path.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(UserError, match="newer version"):
        roster.load_org_key(path, "org admin words 1")
    path.write_text('{"format": "parole-desktop-org-key", "version": 2}', encoding="utf-8")
    with pytest.raises(UserError, match="not a Parole Desktop org key file"):
        roster.load_org_key(path, "org admin words 1")
