"""Verify an exported filing packet (``verify``): the PDF's own checks (``packet/verify.py``) judged against
the organization's roster and, with an open vault, against the cases it holds — also a filing held in
memory (one received sealed from the reviewer's laptop, ``services/remote_filing.py``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parole_desktop.domain.codec import content_hash
from parole_desktop.errors import UserError
from parole_desktop.l10n import _
from parole_desktop.packet.verify import PacketVerification, verify_packet, verify_packet_data
from parole_desktop.rules import load_pack
from parole_desktop.services.checks import pack_by_version
from parole_desktop.services.roster import (
    ROSTER_MAX_AGE_DAYS,
    Roster,
    check_manifest,
    freshness_warnings,
    min_version_problem,
    pinned_roster,
)
from parole_desktop.services.session import Session
from parole_desktop.services.signoff_state import audit_problem, remote_problem
from parole_desktop.store import cases as case_store


@dataclass
class PacketCheck:
    """What ``verify`` found: the PDF's own checks plus, with a vault, whether the case still matches."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    signer: str = ""
    signed_at: str = ""
    pack: str = ""
    fingerprint: str = ""
    trusted: bool = False
    manifest: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)
    reviewer: str = ""  # as the trust roster names them
    key_fingerprint: str = ""
    roster_org: str = ""
    roster_version: int = 0
    org_fingerprint: str = ""
    manifest_source: str = ""
    roster_issued_at: str = ""  # as the roster states it (ISO)
    pack_sha256: str = ""  # the exact rules pack the sign-off used ('' in sign-offs made before 0.3)
    warnings: list[str] = field(default_factory=list)  # e.g. a roster older than the sign-off; not failures


def verify_packet_file(
    path: Path,
    session: Session | None = None,
    roster: Roster | None = None,
    manifest: Path | None = None,
    *,
    min_roster_version: int = 0,
    max_roster_age_days: int = ROSTER_MAX_AGE_DAYS,
    now: dt.datetime | None = None,
) -> PacketCheck:
    """Verify a filing: one PDF signature, intact over the whole file; the manifest signed by a reviewer the
    organization's roster lists (``roster``, else the one pinned in the vault), with the PDF signed by that
    reviewer's registered certificate and naming that manifest's fingerprint; and — with an open vault —
    every case, exhibit and the audit log still as the reviewer signed them. Anything else is not verified.

    ``manifest``: the detached ``NAME.manifest.json`` or the review record PDF; without it the manifest is
    read from inside a 0.2 packet, else from the files of that name beside the filing.

    The roster can only vouch for what it knew when the org signed it: ``warnings`` say when it was issued
    before the sign-off or more than ``max_roster_age_days`` before ``now`` (0: no age limit), and a roster
    older than version ``min_roster_version`` is a problem (not verified)."""
    path = Path(path)
    if not path.is_file():
        raise UserError(_("There is no file {path}.").format(path=path))
    if manifest is not None and not Path(manifest).is_file():
        raise UserError(_("There is no manifest file {manifest}.").format(manifest=manifest))
    return _judge(
        verify_packet(path, manifest),
        session,
        roster,
        min_roster_version=min_roster_version,
        max_roster_age_days=max_roster_age_days,
        now=now,
    )


def verify_filing_data(
    pdf: bytes,
    manifest_json: bytes,
    signature: bytes,
    session: Session,
    *,
    source: str = "received sealed with the filing",
) -> PacketCheck:
    """:func:`verify_packet_file` of a filing held in memory with its sign-off manifest (a filing received
    sealed from the reviewer's laptop, ``services/remote_filing.py``), against the pinned roster and this
    vault's copy of the cases: the same checks, nothing written to disk."""
    return _judge(verify_packet_data(pdf, manifest_json, signature, source), session, None)


def _judge(
    res: PacketVerification,
    session: Session | None,
    roster: Roster | None,
    *,
    min_roster_version: int = 0,
    max_roster_age_days: int = ROSTER_MAX_AGE_DAYS,
    now: dt.datetime | None = None,
) -> PacketCheck:
    """The PDF's own checks (``res``) judged against the roster and, with a vault, its cases."""
    out = PacketCheck(
        ok=res.ok,
        problems=list(res.problems),
        signer=res.signer,
        signed_at=res.signed_at,
        pack=res.pack,
        pack_sha256=res.pack_sha256,
        fingerprint=res.fingerprint,
        trusted=res.trusted,
        manifest=res.manifest,
        manifest_source=res.manifest_source,
    )
    if roster is None and session is not None:
        roster = pinned_roster(session.vault)
    if res.manifest_bytes:
        trust = check_manifest(roster, res.manifest_bytes, res.manifest_signature, res.signer_cert_sha256)
        if trust.problem:
            out.problems.append(trust.problem)
        if trust.member is not None and trust.roster is not None:
            out.reviewer = trust.member.name
            out.key_fingerprint = trust.member.key_fingerprint
        if trust.roster is not None:
            out.roster_org, out.roster_version = trust.roster.org_name, trust.roster.version
            out.org_fingerprint = trust.roster.org_fingerprint
            out.roster_issued_at = trust.roster.issued_at
            strict = min_version_problem(trust.roster, min_roster_version)
            if strict:
                out.problems.append(strict)
            out.warnings = freshness_warnings(
                trust.roster,
                str((res.manifest or {}).get("signed_at", "")) or res.signed_at,
                now=now or dt.datetime.now(dt.UTC),
                max_age_days=max_roster_age_days,
            )
    if res.pack_sha256 and res.manifest:
        known = _known_pack_sha256(session, res.manifest.get("pack"))
        if known and known != res.pack_sha256:
            out.notes.append(
                f"the sign-off used rules pack {res.pack} with SHA-256 {res.pack_sha256[:16]}…; the pack of "
                f"that version {'in this vault' if session is not None else 'in this app'} has "
                f"{known[:16]}… (not the same pack)"
            )
    if session is not None and res.manifest:
        if res.manifest.get("vault_id") not in (None, session.vault.vault_id):
            held = _compare_remote(session, res.manifest)
            if held is None:
                out.notes.append(
                    "signed in another vault: only the PDF, its manifest and the roster were checked"
                )
            else:
                out.problems += held
                out.notes.append(
                    "signed on another laptop of the organization: compared with this vault's copy of "
                    "the cases (by their uid) and their exhibit files"
                )
        else:
            out.problems += _compare_with_vault(session, res.manifest)
            audit = audit_problem(session, res.manifest)
            if audit:
                out.problems.append(audit)
    out.problems = list(dict.fromkeys(out.problems))
    out.ok = res.ok and not out.problems
    return out


def _known_pack_sha256(session: Session | None, named: Any) -> str:
    """The SHA-256 of the pack of the id and version a manifest names, as this app (bundled) or the vault
    (imported) has it; '' when neither has that version."""
    if not isinstance(named, dict):
        return ""
    pack_id, version = str(named.get("id", "")), str(named.get("version", ""))
    if session is not None:
        try:
            return pack_by_version(session, pack_id, version).sha256
        except UserError:
            return ""
    bundled = load_pack()
    return bundled.sha256 if (bundled.id, bundled.version) == (pack_id, version) else ""


def _compare_remote(session: Session, manifest: dict[str, Any]) -> list[str] | None:
    """A manifest signed on another laptop (#23 remote review), compared with the cases this vault holds
    under the uids it names (the portable hash, ``signoff_state.portable_hash``); None when this vault
    holds none of them (or the manifest names no uid: signed before remote review)."""
    problems: list[str] = []
    held = False
    for item in manifest.get("cases", []):
        uid = str(item.get("uid") or "") if isinstance(item, dict) else ""
        case_id = case_store.case_id_by_uid(session.vault, uid) if uid else None
        if case_id is None:
            continue
        held = True
        case = session.load_case(case_id)
        problem = remote_problem(session, case, manifest)
        if problem:
            problems.append(f"case {case.id}: {problem}")
        status = session.attachment_status(case)
        if not all(status.values()):
            problems.append(f"case {case.id}: an exhibit no longer matches what the reviewer signed")
    return sorted(set(problems)) if held else None


def _compare_with_vault(session: Session, manifest: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for item in manifest.get("cases", []):
        try:
            case = session.load_case(int(item["case_id"]))
        except UserError:
            problems.append(f"case {item['case_id']} is no longer in the vault")
            continue
        if content_hash(case) != item.get("content_hash"):
            problems.append(f"case {case.id} changed after sign-off")
        status = session.attachment_status(case)
        hashes = {int(e.id or 0): e.sha256 for e in case.evidence}
        for ex in manifest.get("exhibits", []):
            eid = int(ex["evidence_id"])
            if eid in hashes and (hashes[eid] != ex["sha256"] or not status.get(eid, True)):
                problems.append(f"exhibit {eid} no longer matches what the reviewer signed")
    return sorted(set(problems))


__all__ = ["PacketCheck", "verify_filing_data", "verify_packet_file"]
