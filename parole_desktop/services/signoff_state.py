"""Sign-off state: is there a sign-off, does it still hold for the case as it is now, what did it accept.

Pure reads. The readiness checks (``services.checks``) read a sign-off's validity from here; the sign-off
actions (``services.signoff``: reviewers, sign off, the manifest) run the checks and record sign-offs. So
checks and actions never import each other in a circle.

Validity is computed, never stored: the case's content hash and exhibit hashes are compared with the ones
inside the signed manifest, the manifest's signature with the key the pinned trust roster lists (never
a key the sign-off carries), and the audit log with the head the reviewer signed.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from parole_desktop.domain.codec import content_hash
from parole_desktop.domain.models import Case, SignOff
from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.services import roster as roster_mod
from parole_desktop.services.session import Session
from parole_desktop.store import review as review_store
from parole_desktop.store import roster as roster_store


@dataclass(frozen=True)
class AcceptedWarning:
    """As recorded in the signed manifest: the warning was read, and why it is acceptable."""

    case_id: int
    rule_id: str
    messages: tuple[str, ...]
    reason: str


def current_signoff(session: Session, case_id: int) -> SignOff | None:
    """The case's latest sign-off (void or not), or None when it was never signed off."""
    return review_store.latest_signoff(session.vault, case_id)


def accepted_warnings(so: SignOff | str) -> list[AcceptedWarning]:
    """The warnings the reviewer accepted in a sign-off, and why (from the signed manifest)."""
    raw = so if isinstance(so, str) else so.manifest_json
    try:
        items = json.loads(raw).get("accepted_warnings") or []
        return [
            AcceptedWarning(
                int(a["case_id"]), str(a["rule_id"]), tuple(a.get("messages", [])), str(a["reason"])
            )
            for a in items
        ]
    except (ValueError, KeyError, TypeError, AttributeError):
        return []


def portable_hash(case: Case) -> str:
    """The content hash of a case as every laptop of the organization computes it (remote review, #23).

    ``content_hash`` names evidence by its row number in this vault (``ref``, ``translation_of``) and a
    linked case by its number here, so the same request has another hash on another laptop. This is the
    same hash over a copy in which evidence is numbered in the order of its SHA-256 (translations point to
    their original the same way) and links to other cases are left out; people already carry their uid.
    A reviewer's manifest signs it beside ``content_hash`` (``cases[].portable_hash``)."""
    c = copy.deepcopy(case)
    order = sorted(c.evidence, key=lambda e: (e.sha256, e.kind, e.title, e.original_filename))
    number = {id(e): i + 1 for i, e in enumerate(order)}
    by_old = {e.id: number[id(e)] for e in c.evidence if e.id is not None}
    for e in c.evidence:
        e.translation_of = by_old.get(e.translation_of) if e.translation_of is not None else None
        e.id = number[id(e)]
    for p in c.people:
        p.linked_case_id = None
    c.id, c.family_group_id = None, None
    return hashlib.sha256(b"parole-desktop-portable/v1\n" + content_hash(c).encode()).hexdigest()


def remote_problem(session: Session, case: Case, manifest: dict[str, Any]) -> str:
    """Why a sign-off made on another laptop (``vault_id`` not this vault's) does not hold for this case
    ('' when it does): the manifest must name the case by its uid with the portable hash it has here, and
    the exhibit files here must still match their hashes. The audit head it names is the reviewer's
    laptop's, so it is not compared with this vault's log."""
    entry = next(
        (
            c
            for c in manifest.get("cases") or []
            if isinstance(c, dict) and case.uid and c.get("uid") == case.uid
        ),
        None,
    )
    if entry is None:
        if not any(isinstance(c, dict) and c.get("portable_hash") for c in manifest.get("cases") or []):
            return "the sign-off was made in another vault"
        return "the sign-off does not cover this case"
    if entry.get("portable_hash") != portable_hash(case):
        return "the case changed after sign-off"
    return ""


def audit_problem(session: Session, manifest: dict[str, Any]) -> str:
    """The audit log must still hold, at the head the reviewer signed, the entry they saw."""
    head = manifest.get("audit_head") or {}
    try:
        seq, want = int(head["seq"]), str(head["hash"])
    except (KeyError, TypeError, ValueError):
        return "the sign-off records no audit head"
    if seq and roster_store.audit_hash_at(session.vault, seq) != want:
        return "the audit log was changed before the sign-off (entries removed or rewritten)"
    return ""


def signoff_problem(session: Session, case: Case, so: SignOff | None = None, *, deep: bool = True) -> str:
    """Empty when the case's latest sign-off is valid for its current content; else why not.

    Checked against the signed manifest (never the plain columns beside it) and the pinned roster (never
    the key the manifest carries). ``deep`` also re-hashes every exhibit file (tampering outside the app);
    without it the recorded hashes are compared only (enough after an edit in the app).
    """
    so = so or current_signoff(session, int(case.id or 0))
    if so is None:
        return "not signed off"
    if so.is_void:
        return f"sign-off void: {so.void_reason}"
    try:
        manifest = json.loads(so.manifest_json)
        covered = {int(c["case_id"]): str(c["content_hash"]) for c in manifest["cases"]}
        signed_exhibits = {int(e["evidence_id"]): str(e["sha256"]) for e in manifest["exhibits"]}
    except (ValueError, KeyError, TypeError):
        return "the sign-off manifest is damaged"
    try:
        roster = roster_mod.pinned_roster(session.vault)
    except (IntegrityError, UserError) as exc:
        return f"the trust roster in this vault is damaged: {exc}"
    trust = roster_mod.check_manifest(roster, so.manifest_json.encode("utf-8"), so.signature)
    if trust.problem:
        return trust.problem
    if manifest.get("vault_id") != session.vault.vault_id:  # signed on the reviewer's laptop (#23)
        problem = remote_problem(session, case, manifest)
        if problem:
            return problem
        status = session.attachment_status(case, deep=deep)
        if not all(status.values()):
            return "an exhibit's content no longer matches its recorded hash"
        return ""
    if int(case.id or 0) not in covered:
        return "the sign-off does not cover this case"
    if content_hash(case) != covered[int(case.id or 0)]:
        return "the case changed after sign-off"
    for e in case.evidence:
        eid = int(e.id or 0)
        if eid not in signed_exhibits:
            return "an exhibit was added after sign-off"
        if signed_exhibits[eid] != e.sha256:
            return "an exhibit changed after sign-off"
    status = session.attachment_status(case, deep=deep)
    if not all(status.values()):
        return "an exhibit's content no longer matches its recorded hash"
    return audit_problem(session, manifest)


def signed_on_reviewers_laptop(session: Session, case_id: int) -> bool:
    """Whether the case's latest sign-off reached this laptop sealed from the reviewer's own (#23): its
    final filing is the one built and signed there (``services/remote_filing.py``; no passphrase here)."""
    so = current_signoff(session, case_id)
    return so is not None and so.reviewer_id is None


def current_signoff_valid(session: Session, case: Case, *, deep: bool = True) -> bool | None:
    """None when never signed off; else whether the latest sign-off still holds."""
    so = current_signoff(session, int(case.id or 0))
    if so is None:
        return None
    return not signoff_problem(session, case, so, deep=deep)


__all__ = [
    "AcceptedWarning",
    "accepted_warnings",
    "audit_problem",
    "current_signoff",
    "current_signoff_valid",
    "portable_hash",
    "remote_problem",
    "signed_on_reviewers_laptop",
    "signoff_problem",
]
