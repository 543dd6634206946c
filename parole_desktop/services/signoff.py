"""Reviewer profiles (keys under the reviewer's own passphrase) and sign-off over a canonical manifest."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from parole_desktop.domain.codec import canonical_json, content_hash
from parole_desktop.domain.enums import CaseStatus, ReviewerRole, Severity
from parole_desktop.domain.models import Case, ReviewerProfile, SignOff
from parole_desktop.errors import UserError, WrongPassphrase
from parole_desktop.services.session import Session
from parole_desktop.store import review as review_store
from parole_desktop.store.keys import DEFAULT_KDF, KdfParams, check_passphrase

log = logging.getLogger(__name__)

MANIFEST_FORMAT = "parole-desktop-signoff"
REVIEWER_KDF: KdfParams = DEFAULT_KDF


@dataclass(frozen=True)
class SignOffResult:
    signoffs: list[SignOff]
    manifest_json: str
    signature: bytes

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.manifest_json.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- key wrapping
def _derive(passphrase: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return KdfParams(kdf["m"], kdf["t"], kdf["p"]).derive(passphrase.encode("utf-8"), salt)


def _seal(passphrase: str, plaintext: bytes, aad: bytes) -> str:
    salt, nonce = os.urandom(16), os.urandom(12)
    kdf = {"m": REVIEWER_KDF.memory_kib, "t": REVIEWER_KDF.iterations, "p": REVIEWER_KDF.lanes}
    ct = AESGCM(_derive(passphrase, salt, kdf)).encrypt(nonce, plaintext, aad)
    return json.dumps({"kdf": kdf, "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
                       "ct": base64.b64encode(ct).decode()})


def _open(sealed: str, passphrase: str, aad: bytes) -> bytes:
    d = json.loads(sealed)
    key = _derive(passphrase, base64.b64decode(d["salt"]), d["kdf"])
    try:
        return AESGCM(key).decrypt(base64.b64decode(d["nonce"]), base64.b64decode(d["ct"]), aad)
    except InvalidTag as exc:
        raise WrongPassphrase("Wrong reviewer passphrase.") from exc


# ---------------------------------------------------------------------------- reviewer profiles
def _profile(row: dict[str, Any]) -> ReviewerProfile:
    return ReviewerProfile(
        id=row["id"], name=row["name"], role=ReviewerRole(row["role"]), number=row["number"] or "",
        organization=row["organization"] or "", public_key=bytes(row["public_key"]),
        has_digital_id=bool(row["digital_id_enc"]),
        created_at=dt.datetime.fromisoformat(row["created_at"]) if row["created_at"] else None,
    )


def create_reviewer(session: Session, name: str, role: ReviewerRole | str, passphrase: str, *,
                    number: str = "", organization: str = "") -> ReviewerProfile:
    """A reviewer with an Ed25519 key and a self-signed PDF signing identity, both under their passphrase."""
    from parole_desktop.packet.pdfsign import identity_to_pkcs12, self_signed_identity

    name = name.strip()
    if not name:
        raise UserError("Enter the reviewer's name.")
    role = ReviewerRole(role)
    if role != ReviewerRole.SUPERVISOR and not number.strip():
        raise UserError("Enter the reviewer's bar number or accreditation id.")
    check_passphrase(passphrase)
    if review_store.reviewer_name_taken(session.vault, name):
        raise UserError(f"A reviewer named {name} already exists.")
    key = Ed25519PrivateKey.generate()
    raw_priv = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    identity = self_signed_identity(name, organization or "Parole Desktop reviewer")
    p12 = identity_to_pkcs12(identity, passphrase)
    aad = b"reviewer:" + name.encode("utf-8")
    row = {
        "name": name, "role": str(role), "number": number.strip(), "organization": organization.strip(),
        "public_key": pub, "private_key_enc": _seal(passphrase, raw_priv, aad),
        "digital_id_enc": _seal(passphrase, p12, aad + b":digital-id"),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    rid = review_store.insert_reviewer(session.vault, row, actor=session.actor)
    return reviewer(session, rid)


def import_digital_id(session: Session, reviewer_id: int, p12: bytes, p12_password: str, passphrase: str) -> None:
    """Replace the reviewer's PDF signing identity by their own PKCS#12 digital ID (.p12/.pfx)."""
    from parole_desktop.packet.pdfsign import identity_from_pkcs12, identity_to_pkcs12

    prof = reviewer(session, reviewer_id)
    unlock_reviewer_key(session, reviewer_id, passphrase)  # proves the passphrase
    identity = identity_from_pkcs12(p12, p12_password)
    sealed = _seal(passphrase, identity_to_pkcs12(identity, passphrase),
                   b"reviewer:" + prof.name.encode("utf-8") + b":digital-id")
    review_store.update_reviewer(session.vault, reviewer_id, {"digital_id_enc": sealed}, actor=session.actor,
                                 action="import_digital_id")


def reviewers(session: Session) -> list[ReviewerProfile]:
    return [_profile(r) for r in review_store.reviewer_rows(session.vault)]


def reviewer(session: Session, reviewer_id: int) -> ReviewerProfile:
    rows = review_store.reviewer_rows(session.vault, "id = ?", [reviewer_id])
    if not rows:
        raise UserError(f"There is no reviewer {reviewer_id}.")
    return _profile(rows[0])


def reviewer_by_name(session: Session, name: str) -> ReviewerProfile:
    rows = review_store.reviewer_rows(session.vault, "name = ?", [name.strip()])
    if not rows:
        known = ", ".join(r.name for r in reviewers(session)) or "none yet"
        raise UserError(f"There is no reviewer named {name!r} (reviewers: {known}).")
    return _profile(rows[0])


def unlock_reviewer_key(session: Session, reviewer_id: int, passphrase: str) -> Ed25519PrivateKey:
    row = next(iter(review_store.reviewer_rows(session.vault, "id = ?", [reviewer_id])), None)
    if row is None:
        raise UserError(f"There is no reviewer {reviewer_id}.")
    raw = _open(row["private_key_enc"], passphrase, b"reviewer:" + row["name"].encode("utf-8"))
    return Ed25519PrivateKey.from_private_bytes(raw)


def unlock_digital_id(session: Session, reviewer_id: int, passphrase: str) -> Any:
    from parole_desktop.packet.pdfsign import identity_from_pkcs12

    row = next(iter(review_store.reviewer_rows(session.vault, "id = ?", [reviewer_id])), None)
    if row is None or not row["digital_id_enc"]:
        raise UserError("This reviewer has no PDF signing identity.")
    p12 = _open(row["digital_id_enc"], passphrase, b"reviewer:" + row["name"].encode("utf-8") + b":digital-id")
    return identity_from_pkcs12(p12, passphrase)


# ---------------------------------------------------------------------------- manifest + sign-off
def subject_cases(session: Session, case_id: int) -> list[Case]:
    """What one sign-off covers: the case, or its whole family group (filed together)."""
    case = session.load_case(case_id)
    if case.family_group_id is None:
        return [case]
    group = session.family_group(case.family_group_id)
    return [session.load_case(cid) for cid in group.case_ids]


def build_manifest(session: Session, cases: list[Case], prof: ReviewerProfile, pack: Any,
                   signed_at: dt.datetime) -> dict[str, Any]:
    exhibits: dict[int, str] = {}
    for c in cases:
        for e in c.evidence:
            exhibits[int(e.id or 0)] = e.sha256
    return {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "vault_id": session.vault.vault_id,
        "signed_at": signed_at.isoformat(timespec="seconds"),
        "pack": {"id": pack.id, "version": pack.version, "as_of": pack.as_of.isoformat()},
        "reviewer": {
            "name": prof.name, "role": str(prof.role), "number": prof.number,
            "organization": prof.organization, "public_key": prof.public_key.hex(),
        },
        "cases": [{"case_id": c.id, "content_hash": content_hash(c)} for c in cases],
        "exhibits": [{"evidence_id": k, "sha256": v} for k, v in sorted(exhibits.items())],
    }


def sign_off(session: Session, case_id: int, reviewer_id: int, passphrase: str, *,
             today: dt.date | None = None) -> SignOffResult:
    """Sign the case (or its family group) when no check fails; returns the manifest and its signature."""
    from parole_desktop.services.checks import active_pack, run_checks

    prof = reviewer(session, reviewer_id)
    key = unlock_reviewer_key(session, reviewer_id, passphrase)
    cases = subject_cases(session, case_id)
    pack = active_pack(session)
    for c in cases:
        result = run_checks(session, int(c.id or 0), today=today, pack=pack)
        fails = [f for f in result.findings if f.severity == Severity.FAIL and f.rule_id != "HP-REV-01"]
        if fails:
            ids = ", ".join(sorted({f.rule_id for f in fails}))
            raise UserError(
                f"Case {c.id} ({c.beneficiary_name}) still has {len(fails)} failing check(s): {ids}. "
                "Sign-off needs zero failing checks."
            )
    cases = [session.load_case(int(c.id or 0)) for c in cases]
    signed_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    manifest = build_manifest(session, cases, prof, pack, signed_at)
    manifest_json = canonical_json(manifest)
    signature = key.sign(manifest_json.encode("utf-8"))
    out = [
        SignOff(case_id=int(c.id or 0), reviewer_id=reviewer_id, signed_at=signed_at, pack_id=pack.id,
                pack_version=pack.version, content_hash=content_hash(c), manifest_json=manifest_json,
                signature=signature)
        for c in cases
    ]
    review_store.record_signoffs(session.vault, out, actor=prof.name, signed_status=str(CaseStatus.SIGNED_OFF))
    return SignOffResult(out, manifest_json, signature)


def current_signoff(session: Session, case_id: int) -> SignOff | None:
    return review_store.latest_signoff(session.vault, case_id)


def signoff_problem(session: Session, case: Case, so: SignOff | None = None, *, deep: bool = True) -> str:
    """Empty when the case's latest sign-off is valid for its current content; else why not.

    ``deep`` also re-hashes every exhibit file (tampering outside the app); without it the recorded
    hashes are compared only (enough after an edit in the app).
    """
    so = so or current_signoff(session, int(case.id or 0))
    if so is None:
        return "not signed off"
    if so.is_void:
        return f"sign-off void: {so.void_reason}"
    if content_hash(case) != so.content_hash:
        return "the case changed after sign-off"
    manifest = json.loads(so.manifest_json)
    current = {int(e.id or 0): e.sha256 for e in case.evidence}
    for item in manifest["exhibits"]:
        if item["evidence_id"] in current and current[item["evidence_id"]] != item["sha256"]:
            return "an exhibit changed after sign-off"
    status = session.attachment_status(case, deep=deep)
    if not all(status.values()):
        return "an exhibit's content no longer matches its recorded hash"
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(manifest["reviewer"]["public_key"])).verify(
            so.signature, so.manifest_json.encode("utf-8"))
    except (InvalidSignature, ValueError, KeyError):
        return "the sign-off signature does not verify"
    return ""


def current_signoff_valid(session: Session, case: Case, *, deep: bool = True) -> bool | None:
    """None when never signed off; else whether the latest sign-off still holds."""
    so = current_signoff(session, int(case.id or 0))
    if so is None:
        return None
    return not signoff_problem(session, case, so, deep=deep)


def void_if_changed(session: Session, case_id: int) -> bool:
    """After any change: a sign-off that no longer matches is voided visibly (status falls back, audited)."""
    so = current_signoff(session, case_id)
    if so is None or so.is_void:
        return False
    case = session.load_case(case_id)
    problem = signoff_problem(session, case, so, deep=False)  # after every save: no re-hashing of files
    if not problem:
        return False
    fallback = str(CaseStatus.DRAFT) if case.status == CaseStatus.SIGNED_OFF else None
    review_store.void_signoff(session.vault, so, problem, actor=session.actor, fallback_status=fallback)
    log.info("sign-off of case %s voided: %s", case_id, problem)
    return True
