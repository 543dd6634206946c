"""Reviewer profiles (keys under the reviewer's own passphrase) and sign-off over a canonical manifest."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from parole_desktop.domain.codec import canonical_json, content_hash
from parole_desktop.domain.enums import CaseStatus, ReviewerRole, Severity
from parole_desktop.domain.models import Case, ReviewerProfile, SignOff
from parole_desktop.domain.text import Kind, excerpt
from parole_desktop.domain.text import check as text_check
from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.services import revlog
from parole_desktop.services import roster as roster_mod
from parole_desktop.services.checks import active_pack, run_checks
from parole_desktop.services.names import looks_like, normalise_name
from parole_desktop.services.reasons import comparable, reason_problem
from parole_desktop.services.session import Session
from parole_desktop.services.signoff_state import AcceptedWarning, current_signoff, signoff_problem
from parole_desktop.store import review as review_store
from parole_desktop.store import roster as roster_store
from parole_desktop.store import sealed
from parole_desktop.store.keys import DEFAULT_KDF, check_passphrase
from parole_desktop.store.sealed import KdfParams

log = logging.getLogger(__name__)

MANIFEST_FORMAT = "parole-desktop-signoff"
MANIFEST_VERSION = (
    2  # 2: reviewer checked against the org roster, PDF certificate, audit head, accepted warnings
)
REVIEWER_KDF: KdfParams = DEFAULT_KDF


@dataclass(frozen=True)
class PendingWarning:
    """A warning the reviewer must read and accept, with a reason, before signing."""

    case_id: int
    rule_id: str
    messages: tuple[str, ...]


@dataclass(frozen=True)
class SignOffResult:
    signoffs: list[SignOff]
    manifest_json: str
    signature: bytes

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.manifest_json.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- key sealing (store/sealed.py)
WRONG_REVIEWER_PASSPHRASE = "Wrong reviewer passphrase."


def key_context(name: str) -> str:
    """What a reviewer's Ed25519 key is sealed for (the AAD): their name, so keys cannot be swapped."""
    return f"reviewer:{name}"


def digital_id_context(name: str) -> str:
    """What a reviewer's PDF signing identity (PKCS#12) is sealed for."""
    return f"reviewer:{name}:digital-id"


REVIEWER_PASSPHRASE_IS_VAULTS = (
    "The reviewer's passphrase is the vault's passphrase or close to it: anyone who can open the vault "
    "could then unlock this reviewer's key and sign in their name. The reviewer chooses a passphrase of "
    "their own, one that the volunteers do not know."
)


def refuse_vault_passphrase(session: Session, passphrase: str, *, existing: bool = False) -> None:
    """UserError when a reviewer's passphrase equals or nearly equals the vault's (case, whitespace, one
    edit, or the vault's passphrase inside it: ``store.keys.PassphraseEcho``). ``existing``: a profile made
    before this check (its keys stay as they are; the reviewer makes a new profile)."""
    if session.vault.resembles_passphrase(passphrase):
        more = (
            " This profile's keys were made under it: create a new reviewer profile with a passphrase of "
            "the reviewer's own and enrol that one instead."
            if existing
            else ""
        )
        raise UserError(REVIEWER_PASSPHRASE_IS_VAULTS + more)


def _seal(passphrase: str, plaintext: bytes, context: str) -> str:
    return sealed.seal_json(passphrase, plaintext, context, REVIEWER_KDF)


def _open(blob: str, passphrase: str, context: str) -> bytes:
    return sealed.open_sealed(blob, passphrase, context, wrong=WRONG_REVIEWER_PASSPHRASE)


# ---------------------------------------------------------------------------- reviewer profiles
def _profile(row: dict[str, Any]) -> ReviewerProfile:
    return ReviewerProfile(
        id=row["id"],
        name=row["name"],
        role=ReviewerRole(row["role"]),
        number=row["number"] or "",
        organization=row["organization"] or "",
        public_key=bytes(row["public_key"]),
        has_digital_id=bool(row["digital_id_enc"]),
        created_at=dt.datetime.fromisoformat(row["created_at"]) if row["created_at"] else None,
    )


def create_reviewer(
    session: Session,
    name: str,
    role: ReviewerRole | str,
    passphrase: str,
    *,
    number: str = "",
    organization: str = "",
) -> ReviewerProfile:
    """A reviewer with an Ed25519 key and a self-signed PDF signing identity, both under their passphrase."""
    from parole_desktop.packet.pdfsign import identity_to_pkcs12, self_signed_identity

    name = normalise_name(name)
    number = text_check(number.strip(), Kind.IDENTIFIER, "the reviewer's bar number or accreditation id")
    organization = text_check(organization.strip(), Kind.LINE, "the reviewer's organization")
    role = ReviewerRole(role)
    if role != ReviewerRole.SUPERVISOR and not number.strip():
        raise UserError("Enter the reviewer's bar number or accreditation id.")
    refuse_vault_passphrase(session, passphrase)
    check_passphrase(passphrase)
    if review_store.reviewer_name_taken(session.vault, name):
        raise UserError(f"A reviewer named {excerpt(name)} already exists.")
    twin = looks_like(name, [r.name for r in reviewers(session)])
    if twin:
        raise UserError(
            f"{excerpt(name)} reads the same as the existing reviewer {excerpt(twin)}: tell the two apart "
            "(for example with a middle initial)."
        )
    key = Ed25519PrivateKey.generate()
    raw_priv = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    identity = self_signed_identity(name, organization or "Parole Desktop reviewer")
    p12 = identity_to_pkcs12(identity, passphrase)
    row = {
        "name": name,
        "role": str(role),
        "number": number.strip(),
        "organization": organization.strip(),
        "public_key": pub,
        "private_key_enc": _seal(passphrase, raw_priv, key_context(name)),
        "digital_id_enc": _seal(passphrase, p12, digital_id_context(name)),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    rid = review_store.insert_reviewer(session.vault, row, actor=session.actor)
    return reviewer(session, rid)


def import_digital_id(
    session: Session, reviewer_id: int, p12: bytes, p12_password: str, passphrase: str
) -> None:
    """Replace the reviewer's PDF signing identity by their own PKCS#12 digital ID (.p12/.pfx)."""
    from parole_desktop.packet.pdfsign import identity_from_pkcs12, identity_to_pkcs12

    prof = reviewer(session, reviewer_id)
    unlock_reviewer_key(session, reviewer_id, passphrase)  # proves the passphrase
    refuse_vault_passphrase(session, passphrase, existing=True)
    identity = identity_from_pkcs12(p12, p12_password)
    blob = _seal(passphrase, identity_to_pkcs12(identity, passphrase), digital_id_context(prof.name))
    review_store.update_reviewer(
        session.vault, reviewer_id, {"digital_id_enc": blob}, actor=session.actor, action="import_digital_id"
    )


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
        raise UserError(f"There is no reviewer named {excerpt(name)} (reviewers: {known}).")
    return _profile(rows[0])


def unlock_reviewer_key(session: Session, reviewer_id: int, passphrase: str) -> Ed25519PrivateKey:
    row = next(iter(review_store.reviewer_rows(session.vault, "id = ?", [reviewer_id])), None)
    if row is None:
        raise UserError(f"There is no reviewer {reviewer_id}.")
    raw = _open(row["private_key_enc"], passphrase, key_context(row["name"]))
    return Ed25519PrivateKey.from_private_bytes(raw)


def unlock_digital_id(session: Session, reviewer_id: int, passphrase: str) -> Any:
    from parole_desktop.packet.pdfsign import identity_from_pkcs12

    row = next(iter(review_store.reviewer_rows(session.vault, "id = ?", [reviewer_id])), None)
    if row is None or not row["digital_id_enc"]:
        raise UserError("This reviewer has no PDF signing identity.")
    p12 = _open(row["digital_id_enc"], passphrase, digital_id_context(row["name"]))
    return identity_from_pkcs12(p12, passphrase)


# ---------------------------------------------------------------------------- manifest + sign-off
def subject_cases(session: Session, case_id: int) -> list[Case]:
    """What one sign-off covers: the case, or its whole family group (filed together)."""
    case = session.load_case(case_id)
    if case.family_group_id is None:
        return [case]
    group = session.family_group(case.family_group_id)
    return [session.load_case(cid) for cid in group.case_ids]


def cert_sha256(certificate: Any) -> str:
    """SHA-256 of a certificate's DER encoding (what the roster lists and the PDF signature carries)."""
    from cryptography.hazmat.primitives.serialization import Encoding as Enc

    return hashlib.sha256(certificate.public_bytes(Enc.DER)).hexdigest()


def reviewer_enrolment(session: Session, reviewer_id: int, passphrase: str) -> roster_mod.Enrolment:
    """What the reviewer hands the org admin to be listed: their public key and certificate fingerprint.
    Needs the reviewer's passphrase (it proves the keys in this vault are theirs and unsealed as stored)."""
    prof = reviewer(session, reviewer_id)
    key = unlock_reviewer_key(session, reviewer_id, passphrase)
    refuse_vault_passphrase(session, passphrase, existing=True)
    pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if pub != prof.public_key:
        raise IntegrityError(
            "This reviewer's stored public key does not match their private key: the key "
            "material in this vault was replaced. Do not enrol it."
        )
    identity = unlock_digital_id(session, reviewer_id, passphrase)
    return roster_mod.Enrolment(
        prof.name, str(prof.role), prof.number, pub.hex(), cert_sha256(identity.certificate)
    )


def reviewer_trust(
    session: Session, prof: ReviewerProfile, *, day: dt.date | None = None
) -> tuple[roster_mod.Member | None, str]:
    """The roster entry of this vault reviewer and '' when they may sign today; else why not."""
    roster = roster_mod.pinned_roster(session.vault)
    if roster is None:
        return None, "no trust roster is pinned in this vault"
    member, why = roster.reviewer_problem(prof.public_key.hex(), day or dt.datetime.now(dt.UTC).date())
    if member is None:
        return (
            None,
            f"{prof.name} is not listed in the roster of {roster.org_name} (version {roster.version})",
        )
    if member.name != prof.name:
        return member, f"the roster lists this key as “{member.name}”, not “{prof.name}”"
    return member, why


def pending_warnings(session: Session, case_id: int, *, today: dt.date | None = None) -> list[PendingWarning]:
    """Every warning of the cases a sign-off of ``case_id`` covers (one entry per case and rule)."""
    pack = active_pack(session)
    out: list[PendingWarning] = []
    for c in subject_cases(session, case_id):
        res = run_checks(session, int(c.id or 0), today=today, pack=pack, record=False, deep=False)
        by_rule: dict[str, list[str]] = {}
        for f in res.findings:
            if f.severity == Severity.WARN:
                by_rule.setdefault(f.rule_id, []).append(f.message)
        out += [PendingWarning(int(c.id or 0), rid, tuple(msgs)) for rid, msgs in sorted(by_rule.items())]
    return out


def build_manifest(
    session: Session,
    cases: list[Case],
    prof: ReviewerProfile,
    pack: Any,
    signed_at: dt.datetime,
    *,
    member: roster_mod.Member | None = None,
    roster: roster_mod.Roster | None = None,
    cert_fingerprint: str = "",
    accepted: list[AcceptedWarning] | None = None,
) -> dict[str, Any]:
    exhibits: dict[int, str] = {}
    for c in cases:
        for e in c.evidence:
            exhibits[int(e.id or 0)] = e.sha256
    seq, head = roster_store.audit_head(session.vault)
    return {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "vault_id": session.vault.vault_id,
        "signed_at": signed_at.isoformat(timespec="seconds"),
        # the exact pack: its SHA-256 (rules/digest.py) since 0.3; older sign-offs name id, version and date
        "pack": {
            "id": pack.id,
            "version": pack.version,
            "as_of": pack.as_of.isoformat(),
            "sha256": pack.sha256,
        },
        "reviewer": {
            "name": member.name if member else prof.name,
            "role": member.role if member else str(prof.role),
            "number": member.number if member else prof.number,
            "organization": roster.org_name if roster else prof.organization,
            "public_key": prof.public_key.hex(),
            "pdf_cert_sha256": cert_fingerprint,
            "member_id": member.member_id if member else "",
        },
        "roster": (
            {
                "org_name": roster.org_name,
                "org_fingerprint": roster.org_fingerprint,
                "version": roster.version,
            }
            if roster
            else None
        ),
        "audit_head": {"seq": seq, "hash": head},
        "cases": [{"case_id": c.id, "content_hash": content_hash(c)} for c in cases],
        "exhibits": [{"evidence_id": k, "sha256": v} for k, v in sorted(exhibits.items())],
        "accepted_warnings": [
            {"case_id": a.case_id, "rule_id": a.rule_id, "messages": list(a.messages), "reason": a.reason}
            for a in (accepted or [])
        ],
    }


def _accept(
    pending: list[PendingWarning], reasons: dict[str, str], cases: list[Case] | None = None
) -> list[AcceptedWarning]:
    """Match each pending warning with the reviewer's reason (keyed ``RULE`` or ``CASE:RULE``) and refuse a
    reason that is not a real one (``services/reasons.py``: empty, generic, reused for another rule, or
    naming what the cases do not contain), naming each warning."""
    reasons = {k.strip(): v for k, v in reasons.items()}
    known = {p.rule_id for p in pending} | {f"{p.case_id}:{p.rule_id}" for p in pending}
    stray = sorted(k for k in reasons if k not in known)
    if stray:
        raise UserError(
            f"Not a warning of this sign-off: {', '.join(stray)}. Warnings: "
            f"{', '.join(sorted({p.rule_id for p in pending})) or 'none'}."
        )
    out: list[AcceptedWarning] = []
    missing: list[str] = []
    refused: list[str] = []
    for p in pending:
        reason = " ".join((reasons.get(f"{p.case_id}:{p.rule_id}") or reasons.get(p.rule_id) or "").split())
        if not reason:
            missing.append(f"{p.rule_id} (case {p.case_id})")
            continue
        problem = reason_problem(reason, cases or [])
        if problem:
            refused.append(f"{p.rule_id} (case {p.case_id}): {problem}")
            continue
        out.append(AcceptedWarning(p.case_id, p.rule_id, p.messages, reason))
    rules_of: dict[str, set[str]] = {}
    for a in out:
        rules_of.setdefault(comparable(a.reason), set()).add(a.rule_id)
    for a in out:
        others = sorted(rules_of[comparable(a.reason)] - {a.rule_id})
        if others:
            refused.append(
                f"{a.rule_id} (case {a.case_id}): the same reason is given for {', '.join(others)}; "
                "give each warning its own reason"
            )
    if missing:
        raise UserError(f"Each warning needs the reviewer's reason for accepting it: {', '.join(missing)}.")
    if refused:
        raise UserError("A reason is not accepted:\n" + "\n".join(f"• {r}" for r in refused))
    return out


def sign_off(
    session: Session,
    case_id: int,
    reviewer_id: int,
    passphrase: str,
    *,
    today: dt.date | None = None,
    accepted_warnings: dict[str, str] | None = None,
) -> SignOffResult:
    """Sign the case (or its family group) when no check fails and every warning has the reviewer's reason.

    The reviewer must be listed in the pinned roster (by key, today), their unsealed private key must be
    that key and their PDF signing certificate the one the roster lists.
    """
    prof = reviewer(session, reviewer_id)
    roster = roster_mod.require_roster(session.vault)
    key = unlock_reviewer_key(session, reviewer_id, passphrase)
    day = today or dt.datetime.now(dt.UTC).date()
    pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if pub != prof.public_key:
        raise IntegrityError(
            f"The key material of {prof.name} in this vault was replaced (the private key does "
            "not match the stored public key). Nobody can sign with it."
        )
    member, why = roster.reviewer_problem(pub.hex(), day)
    if member is None:
        raise UserError(
            f"{prof.name} cannot sign off: {why}. The organization's admin lists reviewers in the "
            f"roster of {roster.org_name}."
        )
    if why:
        raise UserError(f"{prof.name} cannot sign off: {why}.")
    if member.name != prof.name:
        raise UserError(f"The roster lists this key as “{member.name}”, not “{prof.name}”.")
    identity = unlock_digital_id(session, reviewer_id, passphrase)
    cert_fpr = cert_sha256(identity.certificate)
    if cert_fpr != member.pdf_cert_sha256:
        raise UserError(
            f"{prof.name}'s PDF signing certificate is not the one the roster lists (was a new "
            "digital ID imported?). Ask the org admin to update the roster entry."
        )
    cases = subject_cases(session, case_id)
    for c in cases:  # a field two laptops changed differently is not content a reviewer can sign
        conflicts = revlog.open_conflicts(session.vault, int(c.id or 0))
        if conflicts:
            raise UserError(
                f"Case {c.id} ({c.beneficiary_name}) has an open conflict between laptops in "
                f"{', '.join(x['path'] for x in conflicts)}: settle it first (`conflicts`, "
                "`conflict resolve`). Sign-off needs one agreed version of the case."
            )
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
    accepted = _accept(pending_warnings(session, case_id, today=today), accepted_warnings or {}, cases)
    cases = [session.load_case(int(c.id or 0)) for c in cases]
    signed_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    manifest = build_manifest(
        session,
        cases,
        prof,
        pack,
        signed_at,
        member=member,
        roster=roster,
        cert_fingerprint=cert_fpr,
        accepted=accepted,
    )
    manifest_json = canonical_json(manifest)
    signature = key.sign(manifest_json.encode("utf-8"))
    out = [
        SignOff(
            case_id=int(c.id or 0),
            reviewer_id=reviewer_id,
            signed_at=signed_at,
            pack_id=pack.id,
            pack_version=pack.version,
            content_hash=content_hash(c),
            manifest_json=manifest_json,
            signature=signature,
        )
        for c in cases
    ]
    review_store.record_signoffs(
        session.vault, out, actor=member.name, signed_status=str(CaseStatus.SIGNED_OFF)
    )
    for c in cases:  # signed off: what was removed from the case before is gone for good
        session.purge_removed(int(c.id or 0))
    return SignOffResult(out, manifest_json, signature)


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
