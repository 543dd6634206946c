"""Readiness checks on stored cases: which rules pack is active, run it, record it, refresh the case list."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from parole_desktop.domain.enums import CaseStatus, Severity
from parole_desktop.domain.models import Case, Finding
from parole_desktop.errors import UserError
from parole_desktop.l10n import _
from parole_desktop.rules import CheckContext, RulesPack, evaluate, is_ready, load_pack, verify_signed_pack
from parole_desktop.rules.keys import load_trusted_keys
from parole_desktop.services.readiness import stored_summary
from parole_desktop.services.session import Session
from parole_desktop.services.signoff_state import current_signoff_valid
from parole_desktop.store import review as review_store

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


def active_pack(session: Session) -> RulesPack:
    """The newest pack: an imported (signed) one stored in the vault if newer than the bundled one."""
    bundled = load_pack()
    envelope = review_store.newest_pack_envelope(session.vault, bundled.id)
    if envelope is None:
        return bundled
    imported = verify_signed_pack(envelope.encode("utf-8"), load_trusted_keys())
    return imported if (imported.as_of, imported.version) > (bundled.as_of, bundled.version) else bundled


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
    return verify_signed_pack(envelope.encode("utf-8"), load_trusted_keys())


def import_pack(session: Session, path: Path) -> RulesPack:
    """Import a signed pack from a file (USB); unsigned or tampered packs are refused."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror)) from exc
    pack = verify_signed_pack(raw, load_trusted_keys())
    current = active_pack(session)
    if pack.id == current.id and (pack.as_of, pack.version) < (current.as_of, current.version):
        raise UserError(
            _(
                "Rules pack {version} (as of {as_of}) is older than the one in use ({version2}, as of {as_of2}); it was not imported."
            ).format(version=pack.version, as_of=pack.as_of, version2=current.version, as_of2=current.as_of)
        )
    review_store.store_pack(
        session.vault, pack.id, pack.version, pack.as_of.isoformat(), raw.decode("utf-8"), actor=session.actor
    )
    return pack


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
