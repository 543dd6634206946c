"""Remote review (issue #23 item 7): a sign-off made on the reviewer's laptop travels to the volunteer's
laptop as a sealed ``signoff`` object, and is recorded there only when it holds for the case that laptop has.

Outgoing (the reviewer's laptop): :func:`signoffs_to_send` lists the valid sign-offs made in this vault (one
per manifest: a family group's sign-off covers several cases with one manifest), and :func:`seal_signoff`
seals one to the organization's devices. The payload is the signed manifest and the reviewer's signature —
nothing else is needed, since the manifest names each case by its uid with its portable hash
(``signoff_state.portable_hash``), the rules pack by id, version and SHA-256, and the exhibits by SHA-256.

Incoming (the volunteer's laptop): :func:`receive_signoff` records the sign-off only when

* the reviewer is listed in the pinned roster, not revoked, and signed with their registered key
  (``roster.check_manifest``: never a key the sign-off carries);
* this laptop holds every case it covers (by uid), each with the same portable hash (the same content) and
  exhibit files that still match their hashes;
* this laptop holds the same rules pack (id, version and SHA-256).

Otherwise it is quarantined with the reason ("the case changed after this sign-off", "signed by a revoked
reviewer", …) and nothing is recorded; a sign-off of a case or with a rules pack this laptop does not hold
yet waits (kept, and tried again when more arrives). The exchange keeps quarantined objects with that reason
(``services/exchange.py``); the seal already refused objects from unknown or revoked laptops.

A sign-off recorded this way has no reviewer profile in this vault (``SignOff.reviewer_id`` is None): its
validity is computed like any other (``signoff_state.signoff_problem``), and the signed filing is built on
the reviewer's laptop, where their PDF signing key is; ``verify`` on this laptop checks that filing against
the roster and against this vault's copy of the cases.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from parole_desktop.domain.codec import canonical_json, content_hash
from parole_desktop.domain.enums import CaseStatus
from parole_desktop.domain.models import Case, SignOff
from parole_desktop.errors import UserError
from parole_desktop.exchange.objects import Outcome, Received, SealedObject
from parole_desktop.exchange.seal import Opened
from parole_desktop.services import devices
from parole_desktop.services import roster as roster_mod
from parole_desktop.services.checks import pack_by_version
from parole_desktop.services.session import Session
from parole_desktop.services.signoff import MANIFEST_FORMAT
from parole_desktop.services.signoff_state import current_signoff, portable_hash, signoff_problem
from parole_desktop.store import cases as case_store
from parole_desktop.store import review as review_store
from parole_desktop.store import revisions as rev_store

log = logging.getLogger(__name__)

CONTEXT = "signoff"
PAYLOAD_FORMAT = "parole-desktop-remote-signoff"
PAYLOAD_VERSION = 1


@dataclass(frozen=True)
class OutgoingSignOff:
    """One sign-off to send: its manifest's SHA-256, the cases it covers here, and the payload to seal."""

    fingerprint: str
    case_ids: tuple[int, ...]
    reviewer: str
    signed_at: str
    payload: bytes


def payload_for(so: SignOff) -> bytes:
    """What a sealed sign-off holds: the signed manifest (as signed) and the reviewer's signature."""
    return canonical_json(
        {
            "format": PAYLOAD_FORMAT,
            "v": PAYLOAD_VERSION,
            "manifest": so.manifest_json,
            "signature": base64.b64encode(so.signature).decode("ascii"),
        }
    ).encode("utf-8")


def signoffs_to_send(session: Session) -> list[OutgoingSignOff]:
    """The sign-offs made in this vault that still hold, oldest first, one per manifest. A void sign-off
    (the case changed, a new sign-off replaced it) is not sent; one received from another laptop is not
    sent on either (its reviewer's laptop sends it)."""
    by_fpr: dict[str, tuple[SignOff, list[int]]] = {}
    for summary in session.list_cases():
        so = current_signoff(session, summary.id)
        if so is None or so.is_void or so.reviewer_id is None:
            continue
        if signoff_problem(session, session.load_case(summary.id), so, deep=False):
            continue
        fpr = hashlib.sha256(so.manifest_json.encode("utf-8")).hexdigest()
        by_fpr.setdefault(fpr, (so, []))[1].append(summary.id)
    out = []
    for fpr, (so, ids) in sorted(by_fpr.items(), key=lambda kv: (kv[1][0].signed_at, kv[0])):
        name = str(json.loads(so.manifest_json).get("reviewer", {}).get("name", ""))
        out.append(OutgoingSignOff(fpr, tuple(sorted(ids)), name, so.signed_at.isoformat(), payload_for(so)))
    return out


def seal_signoff(session: Session, outgoing: OutgoingSignOff) -> SealedObject:
    """The sign-off sealed to the organization's devices, signed by this laptop."""
    return SealedObject(devices.seal_for_org(session, outgoing.payload, context=CONTEXT))


# ---------------------------------------------------------------------------- receiving
#: refusals that may pass once more has arrived: the sign-off is kept (``waiting``) and tried again
_WAIT_FOR = ("unknown_case", "unknown_pack")


class _Refused(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _parse(payload: bytes) -> tuple[str, bytes, dict[str, Any]]:
    try:
        d = json.loads(payload)
        if not isinstance(d, dict) or d.get("format") != PAYLOAD_FORMAT:
            raise ValueError("format")
        if int(d.get("v", 0)) != PAYLOAD_VERSION:
            raise ValueError("version")
        manifest_json = str(d["manifest"])
        signature = base64.b64decode(str(d["signature"]), validate=True)
        manifest = json.loads(manifest_json)
        if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
            raise ValueError("manifest format")
        if not isinstance(manifest.get("cases"), list) or not manifest["cases"]:
            raise ValueError("no cases")
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise _Refused("damaged", "This sign-off is damaged or not a sign-off of Parole Desktop.") from exc
    return manifest_json, signature, manifest


def _trusted(session: Session, manifest_json: str, signature: bytes) -> roster_mod.Member:
    roster = roster_mod.pinned_roster(session.vault)
    trust = roster_mod.check_manifest(roster, manifest_json.encode("utf-8"), signature)
    member = trust.member
    if member is not None and member.revoked_at is not None:
        raise _Refused(
            "revoked_reviewer",
            f"Signed by a revoked reviewer: {member.name} was revoked in the roster on {member.revoked_at} "
            f"({member.revoked_reason or 'no reason given'}). The sign-off was not recorded.",
        )
    if trust.problem or member is None:
        code = "unknown_reviewer" if member is None else "untrusted_signoff"
        raise _Refused(code, f"Not recorded: the sign-off is {trust.problem}.")
    return member


def _local_cases(session: Session, manifest: dict[str, Any]) -> list[tuple[Case, dict[str, Any]]]:
    out = []
    for entry in manifest["cases"]:
        uid = str(entry.get("uid") or "") if isinstance(entry, dict) else ""
        if not uid or not entry.get("portable_hash"):
            raise _Refused(
                "not_portable",
                "This sign-off was made by a version of Parole Desktop that does not name cases across "
                "laptops (no case uid): the reviewer signs off again with a current version.",
            )
        case_id = case_store.case_id_by_uid(session.vault, uid)
        if case_id is None:
            raise _Refused(
                "unknown_case",
                "This laptop does not hold a case this sign-off covers yet: the sign-off is kept and "
                "recorded when the case arrives from the laptop that sent it for review.",
            )
        out.append((session.load_case(case_id), entry))
    return out


def _check_pack(session: Session, manifest: dict[str, Any]) -> None:
    named = manifest.get("pack") or {}
    pack_id, version = str(named.get("id", "")), str(named.get("version", ""))
    try:
        pack = pack_by_version(session, pack_id, version)
    except UserError as exc:
        raise _Refused(
            "unknown_pack",
            f"This sign-off used rules pack {pack_id} {version}, which this laptop does not hold yet: the "
            "sign-off is kept and recorded once that pack is here (`rules import`, or from the "
            "organization).",
        ) from exc
    if named.get("sha256") and named["sha256"] != pack.sha256:
        raise _Refused(
            "other_pack",
            f"This sign-off used another rules pack under the name {pack_id} {version} (SHA-256 "
            f"{str(named['sha256'])[:16]}…; this laptop's is {pack.sha256[:16]}…): it was not recorded.",
        )


def _check_content(session: Session, cases: list[tuple[Case, dict[str, Any]]]) -> None:
    for case, entry in cases:
        if portable_hash(case) != entry["portable_hash"]:
            raise _Refused(
                "case_changed",
                f"The case changed after this sign-off (case {case.id} on this laptop is not the content "
                "the reviewer signed, or this laptop has not received the last edits yet): it was not "
                "recorded.",
            )
        if not all(session.attachment_status(case).values()):
            raise _Refused(
                "exhibit_changed",
                f"An exhibit of case {case.id} on this laptop no longer matches its recorded hash: the "
                "sign-off was not recorded.",
            )


def receive_signoff(session: Session, opened: Opened, object_id: str = "") -> Received:
    """The receiver of a sealed ``signoff`` (``services.exchange.RECEIVERS``): recorded (``applied``) when
    it holds for the cases this laptop has, ``duplicate`` when it is recorded already (or was made here),
    else ``quarantined`` with the reason. Raises only OSError (the medium, the machine)."""
    try:
        manifest_json, signature, manifest = _parse(opened.payload)
        member = _trusted(session, manifest_json, signature)
        if manifest.get("vault_id") == session.vault.vault_id:
            return Received(object_id, Outcome.DUPLICATE)  # made here: our own sign-off, back again
        cases = _local_cases(session, manifest)
        current = [current_signoff(session, int(c.id or 0)) for c, _ in cases]
        if all(so is not None and so.manifest_json == manifest_json for so in current):
            return Received(object_id, Outcome.DUPLICATE)
        _check_pack(session, manifest)
        _check_content(session, cases)
    except _Refused as exc:
        if exc.code == "case_changed" and _edits_on_the_way(session):
            log.info("sign-off from device %s waits for revisions still waiting here", opened.author_id[:8])
            return Received(
                object_id,
                Outcome.WAITING,
                exc.code,
                exc.reason + " Revisions received here still wait for earlier ones: the sign-off is kept "
                "and tried again when they are taken.",
            )
        if exc.code in _WAIT_FOR:  # what it needs may still come (a case's revisions, a rules pack)
            log.info("sign-off from device %s waits: %s", opened.author_id[:8], exc.code)
            return Received(object_id, Outcome.WAITING, exc.code, exc.reason)
        log.info("sign-off from device %s quarantined: %s", opened.author_id[:8], exc.code)
        return Received(object_id, Outcome.QUARANTINED, exc.code, exc.reason)
    signed_at = dt.datetime.fromisoformat(str(manifest["signed_at"]))
    named = manifest["pack"]
    records = [
        SignOff(
            case_id=int(c.id or 0),
            reviewer_id=None,
            signed_at=signed_at,
            pack_id=str(named["id"]),
            pack_version=str(named["version"]),
            content_hash=content_hash(c),
            manifest_json=manifest_json,
            signature=signature,
        )
        for c, _ in cases
    ]
    with session.vault.atomic():
        review_store.record_signoffs(
            session.vault,
            records,
            actor=f"{member.name} (on the laptop {_device_name(session, opened)})",
            signed_status=str(CaseStatus.SIGNED_OFF),
        )
        for c, _ in cases:  # signed off: what was removed from the case before is gone for good
            session.purge_removed(int(c.id or 0))
        session.vault.audit.append(
            session.actor,
            "receive",
            "signoff",
            ",".join(str(c.id) for c, _ in cases),
            f"from device {opened.author_id}; reviewer {member.name}",
        )
    log.info("recorded a sign-off of %d case(s) received from device %s", len(cases), opened.author_id[:8])
    return Received(object_id, Outcome.APPLIED)


def _edits_on_the_way(session: Session) -> bool:
    """Whether revisions or evidence received here wait for what they need (their case's content may still
    become the signed one when they are taken)."""
    return any(
        r.kind in ("revision", "evidence") for r in rev_store.received_with_outcome(session.vault, "waiting")
    )


def _device_name(session: Session, opened: Opened) -> str:
    roster = roster_mod.pinned_roster(session.vault)
    member = roster.member_by_key(opened.author_key) if roster is not None else None
    return member.name if member is not None else opened.author_id[:8]


__all__ = [
    "CONTEXT",
    "OutgoingSignOff",
    "payload_for",
    "receive_signoff",
    "seal_signoff",
    "signoffs_to_send",
]
