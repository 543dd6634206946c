"""Readiness checks on stored cases: which rules pack is active, run it, record it, refresh the case list."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from parole_desktop.domain.enums import CaseStatus, Severity
from parole_desktop.domain.models import Case, Finding
from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.l10n import _
from parole_desktop.rules import CheckContext, RulesPack, evaluate, is_ready, load_pack, verify_signed_pack
from parole_desktop.rules.digest import content_sha256
from parole_desktop.rules.keys import load_trusted_keys
from parole_desktop.services import org_packs
from parole_desktop.services import roster as roster_mod
from parole_desktop.services.readiness import stored_summary
from parole_desktop.services.session import Session
from parole_desktop.services.signoff_state import current_signoff_valid
from parole_desktop.store import review as review_store
from parole_desktop.store import roster as roster_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckResult:
    case_id: int
    findings: list[Finding]
    pack_id: str
    pack_version: str
    pack_as_of: dt.date
    ready: bool
    signoff_valid: bool | None = None  # None: never signed off; else whether the latest sign-off holds

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def summary(self) -> str:
        """The readiness column as stored in the vault, always in English ("6 fail · 8 warn", "ready ·
        2 warn", "ready"): ``readiness_text`` shows it in the user's language."""
        return stored_summary(self.count(Severity.FAIL), self.count(Severity.WARN))


def _stored_pack(session: Session, envelope: str) -> RulesPack:
    """A pack stored in the vault, verified again: by the project's publisher keys, or (org-signed) by the
    key of the organization this vault pinned."""
    raw = envelope.encode("utf-8")
    if org_packs.is_org_envelope(raw):
        return org_packs.verify_stored(raw, roster_store.pinned_fingerprint(session.vault))
    return verify_signed_pack(raw, load_trusted_keys())


def stored_pack(session: Session, envelope: str) -> RulesPack:
    """A pack as stored in the vault, verified again (cached per exact bytes; raises when it no longer
    verifies: its publisher key removed, the envelope changed)."""
    return _stored_pack(session, envelope)


def active_pack(session: Session) -> RulesPack:
    """The newest pack: an imported (signed) one stored in the vault if newer than the bundled one."""
    bundled = load_pack()
    envelope = review_store.newest_pack_envelope(session.vault, bundled.id)
    if envelope is None:
        return bundled
    imported = _stored_pack(session, envelope)
    return imported if (imported.as_of, imported.version) > (bundled.as_of, bundled.version) else bundled


def active_pack_signer(session: Session) -> tuple[RulesPack, org_packs.PackSigner]:
    """The pack in use and who signed it: bundled with the app, the project's publisher, or the org."""
    pack = active_pack(session)
    bundled = load_pack()
    if (pack.id, pack.version, pack.sha256) == (bundled.id, bundled.version, bundled.sha256):
        return pack, org_packs.BUNDLED
    envelope = review_store.pack_envelope(session.vault, pack.id, pack.version)
    if envelope is None:  # pragma: no cover - active_pack read it a moment ago
        raise UserError(f"Rules pack {pack.id} {pack.version} is not in this vault.")
    return pack, org_packs.signer_of(envelope.encode("utf-8"))


def pack_by_version(session: Session, pack_id: str, version: str) -> RulesPack:
    """The pack a past check or sign-off used (older packs stay readable)."""
    bundled = load_pack()
    if (bundled.id, bundled.version) == (pack_id, version):
        return bundled
    envelope = review_store.pack_envelope(session.vault, pack_id, version)
    if envelope is None:
        raise UserError(
            _("Rules pack {pack_id} {version} is not in this vault.").format(pack_id=pack_id, version=version)
        )
    return _stored_pack(session, envelope)


class OlderPack(UserError):
    """A signed pack older than the one in use: not taken (the pack in use does not go back)."""

    code = "older_pack"


@dataclass(frozen=True)
class ImportedPack:
    pack: RulesPack
    signer: org_packs.PackSigner
    new: bool  # False: this exact pack was already in the vault (or bundled): nothing changed


def verify_pack_bytes(session: Session, raw: bytes) -> tuple[RulesPack, org_packs.PackSigner]:
    """A signed pack file checked for this vault: an org-signed one against the pinned roster, one of the
    project's publisher against its keys. Raises IntegrityError, ValidationError or UserError."""
    if org_packs.is_org_envelope(raw):
        return org_packs.verify_org_pack(raw, roster_mod.pinned_roster(session.vault))
    return verify_signed_pack(raw, load_trusted_keys()), org_packs.signer_of(raw)


def take_pack(session: Session, raw: bytes) -> ImportedPack:
    """Store a signed pack (from a file, a bundle or the hub) when it verifies and is not older than the
    one in use; the same pack again changes nothing; another pack under a version this vault already
    holds is refused (a sign-off names a pack by id and version: that must stay one pack)."""
    pack, signer = verify_pack_bytes(session, raw)
    bundled = load_pack()
    stored = review_store.pack_envelope(session.vault, pack.id, pack.version)
    held: RulesPack | None = None
    resigned = False  # the stored envelope of this version no longer verifies (its key was removed)
    if (pack.id, pack.version) == (bundled.id, bundled.version):
        held = bundled
    elif stored is not None:
        try:
            held = _stored_pack(session, stored)
        except IntegrityError:
            resigned = _unverified_sha256(stored) == pack.sha256
            if not resigned:
                raise
    if held is not None:
        if held.sha256 == pack.sha256:
            return ImportedPack(pack, signer, False)
        raise org_packs.PackRefused(
            "version_clash",
            f"This vault already holds a different rules pack {pack.id} {pack.version} (SHA-256 "
            f"{held.sha256[:16]}…, this one {pack.sha256[:16]}…): one version is one pack, so it was not "
            "imported. Ask whoever signed it to raise the version.",
        )
    if not resigned:
        try:
            current = active_pack(session)
        except IntegrityError:  # the newest stored pack no longer verifies: this one may replace it
            current = bundled
        if pack.id == current.id and (pack.as_of, pack.version) < (current.as_of, current.version):
            raise OlderPack(
                _(
                    "Rules pack {version} (as of {as_of}) is older than the one in use ({version2}, as of "
                    "{as_of2}); it was not imported."
                ).format(
                    version=pack.version, as_of=pack.as_of, version2=current.version, as_of2=current.as_of
                )
            )
    review_store.store_pack(
        session.vault, pack.id, pack.version, pack.as_of.isoformat(), raw.decode("utf-8"), actor=session.actor
    )
    log.info("imported rules pack %s %s (%s)", pack.id, pack.version, signer.kind)
    return ImportedPack(pack, signer, True)


def _unverified_sha256(envelope: str) -> str:
    """The SHA-256 of the pack inside a stored envelope, read without trusting it: the same content signed
    again with a key this app trusts (a new publisher key, or the org's) replaces the old signature."""
    try:
        inner = json.loads(envelope)["pack"]
    except (ValueError, KeyError, TypeError):
        return ""
    return content_sha256(inner) if isinstance(inner, dict) else ""


def import_pack_file(session: Session, path: Path) -> ImportedPack:
    """``take_pack`` of a file (USB); unsigned, tampered, another org's or older packs are refused."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror)) from exc
    return take_pack(session, raw)


def import_pack(session: Session, path: Path) -> RulesPack:
    """Import a signed pack from a file (USB); unsigned or tampered packs are refused."""
    return import_pack_file(session, path).pack


def context_for(session: Session, case: Case, *, final: bool = False, deep: bool = True) -> CheckContext:
    """What the engine needs beyond the case; ``deep`` re-hashes every attachment (see attachment_status)."""
    family: list[Case] = []
    if case.family_group_id is not None:
        group = session.family_group(case.family_group_id)
        family = [session.load_case(cid) for cid in group.case_ids if cid != case.id]
    return CheckContext(
        attachment_ok=session.attachment_status(case, deep=deep),
        family_cases=family,
        final=final,
        signoff_valid=current_signoff_valid(session, case, deep=deep),
    )


def run_checks(
    session: Session,
    case_id: int,
    *,
    today: dt.date | None = None,
    final: bool = False,
    record: bool = True,
    pack: RulesPack | None = None,
    deep: bool | None = None,
) -> CheckResult:
    """Evaluate a stored case, record which pack was used, refresh its list columns and status.

    Recorded checks re-hash every attachment; the refresh after each save (``record=False``) does not.
    """
    case = session.load_case(case_id)
    return check_case(session, case, today=today, final=final, record=record, pack=pack, deep=deep)


def check_case(
    session: Session,
    case: Case,
    *,
    today: dt.date | None = None,
    final: bool = False,
    record: bool = True,
    pack: RulesPack | None = None,
    deep: bool | None = None,
) -> CheckResult:
    """``run_checks`` on a case already in hand (as stored): evaluate once, store the result."""
    pack = pack or active_pack(session)
    ctx = context_for(session, case, final=final, deep=record if deep is None else deep)
    findings = evaluate(case, pack, today=today or dt.date.today(), context=ctx)
    result = CheckResult(
        int(case.id or 0),
        findings,
        pack.id,
        pack.version,
        pack.as_of,
        is_ready(findings),
        signoff_valid=ctx.signoff_valid,
    )
    _store_result(session, case, result, record=record)
    return result


def save_and_check(
    session: Session, case: Case, *, pack: RulesPack | None = None, today: dt.date | None = None
) -> CheckResult:
    """An editor's autosave, in one transaction (one commit, so one fsync): the case is written (status,
    group and evidence kept as stored and read back), the rules run once on it and its readiness columns
    are stored. An error anywhere stores nothing (the edits stay in the widgets). Attachments are only
    checked for presence (no decryption); full checks stay with "Run checks again", sign-off, export, verify.
    """
    with session.vault.atomic():
        saved = session.save_case(case, keep_links=True, notify=False)
        return check_case(session, saved, today=today, record=False, pack=pack, deep=False)


def _status_after(case: Case, result: CheckResult) -> CaseStatus:
    """Status follows readiness and the sign-off: a signed-off case whose content no longer matches its
    sign-off falls back (draft or ready), and is signed off again when the content is back as signed."""
    status = case.status
    if status == CaseStatus.SIGNED_OFF and result.signoff_valid is False:
        status = CaseStatus.READY_FOR_REVIEW if result.ready else CaseStatus.DRAFT
    elif status in (CaseStatus.DRAFT, CaseStatus.READY_FOR_REVIEW) and result.signoff_valid:
        return CaseStatus.SIGNED_OFF
    if status == CaseStatus.DRAFT and result.ready:
        status = CaseStatus.READY_FOR_REVIEW
    elif status == CaseStatus.READY_FOR_REVIEW and not result.ready:
        status = CaseStatus.DRAFT
    return status


def _store_result(session: Session, case: Case, result: CheckResult, *, record: bool) -> None:
    status = _status_after(case, result)
    if CaseStatus.SIGNED_OFF in (status, case.status) and status != case.status:
        why = "signoff-matches" if status == CaseStatus.SIGNED_OFF else "signoff-mismatch"
        session.update_status(int(case.id or 0), str(status), audit=why)  # rare: audited on its own
        log.info("case %s: %s", case.id, why)
    case.status = status
    rec = None
    if record:
        rec = {
            "pack_id": result.pack_id,
            "pack_version": result.pack_version,
            "fails": result.count(Severity.FAIL),
            "warns": result.count(Severity.WARN),
            "infos": result.count(Severity.INFO),
            "rule_ids": json.dumps(sorted({f.rule_id for f in result.findings})),
        }
    review_store.store_check(
        session.vault,
        int(case.id or 0),
        summary=result.summary,
        fails=result.count(Severity.FAIL),
        status=str(status),
        record=rec,
        actor=session.actor,
    )


def attach_checks(session: Session, *, today: dt.date | None = None) -> None:
    """Refresh readiness (list columns only, no check record) after every save of a case or its evidence."""
    pack = active_pack(session)

    def refresh(case_id: int) -> None:
        # a sign-off is not voided by an edit: its validity is computed from the signed content hash, so
        # undoing the edit restores it (the status follows, see _status_after)
        try:
            run_checks(session, case_id, today=today, record=False, pack=pack)
        except UserError:
            log.debug("readiness refresh skipped for case %s", case_id)

    session.on_case_saved(refresh)
