"""The signed filing of a remote review (issue #23 item 7) travels back from the reviewer's laptop.

The reviewer's PDF signing key never leaves her laptop, and no other laptop's key signs in her place (that
would weaken ``verify``). So the filing she builds there (``packet CASE -o FILE`` with her passphrase, or
the GUI's Export) is kept in her vault as an outgoing sealed object of the seal context ``filing``
(:func:`keep_filing`): the PDF as signed and its sign-off manifest with the reviewer's signature, sealed to
the organization's devices like every other object, sent after the sign-off it belongs to
(``store.revisions.LAST_KIND``). Only the latest filing of a sign-off is kept and sent: building it again
replaces the one not sent yet; and it is offered only while its sign-off holds there
(``services.exchange.VaultObjects.pending_for``).

On the volunteer's laptop, :func:`receive_filing` takes a filing only when ``verify`` passes on it there
(``services.filing_check.verify_filing_data``, in memory: nothing is written to disk to check it): the PDF
signature over the whole file, the manifest signed by a reviewer the pinned roster lists (not revoked) with
the PDF signed by her registered certificate, and the packet's cases and exhibit files against this
laptop's own copy (by uid and portable hash). A tampered PDF, one signed by a revoked reviewer or a filing of
a case that changed since is quarantined with its code and reason; a filing of a case this laptop does not
hold yet, or whose sign-off it does not hold yet, waits (kept, tried again whenever something is taken).
A filing taken is passed on to the organization's other laptops as it came — still sealed and signed by
the reviewer's laptop, so each checks it exactly so — but only the latest of its sign-off, and only while
that sign-off holds on the relaying laptop (:func:`refs_to_send`).

:func:`write_received` is the final filing of such a case on that laptop (``export_packet``): the latest
filing received for the case's sign-off, opened and verified again, written as it was signed, with its
detached manifest beside it. None received: it says so plainly; the case edited since: the sign-off is void
and so is the filing (``export_packet`` refuses before it gets here).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parole_desktop.domain.codec import canonical_json
from parole_desktop.domain.models import Case, SignOff
from parole_desktop.errors import UserError
from parole_desktop.exchange.objects import Outcome, Received
from parole_desktop.exchange.seal import Opened, Quarantined
from parole_desktop.fsutil import atomic_path, make_private
from parole_desktop.services import devices, remote_review
from parole_desktop.services import roster as roster_mod
from parole_desktop.services.session import Session
from parole_desktop.services.signoff_state import current_signoff, remote_problem, signoff_problem
from parole_desktop.store import cases as case_store
from parole_desktop.store import revisions as rev_store

if TYPE_CHECKING:
    from parole_desktop.packet.model import PacketResult
    from parole_desktop.services.filing_check import PacketCheck

log = logging.getLogger(__name__)

CONTEXT = rev_store.LAST_KIND  # "filing": sent after everything else, so after its sign-off
PAYLOAD_FORMAT = "parole-desktop-remote-filing"
PAYLOAD_VERSION = 1
NOT_HERE_YET = "the signed filing has not reached this laptop yet: the next exchange with the reviewer's laptop brings it"


@dataclass(frozen=True)
class Filing:
    """A signed filing as it travels: the PDF as signed, the sign-off manifest and its signature."""

    fingerprint: str  # SHA-256 of the manifest (the sign-off it belongs to)
    built_at: str  # ISO, UTC, on the reviewer's laptop
    name: str  # the file name it was exported under there
    pdf: bytes
    manifest_json: str
    signature: bytes


def ref_for(fingerprint: str) -> str:
    """The exchange ref of the filing of one sign-off (one kept per sign-off)."""
    return f"filing:{fingerprint}"


def payload_for(filing: Filing) -> bytes:
    return canonical_json(
        {
            "format": PAYLOAD_FORMAT,
            "v": PAYLOAD_VERSION,
            "signoff": filing.fingerprint,
            "built_at": filing.built_at,
            "name": filing.name,
            "pdf": base64.b64encode(filing.pdf).decode("ascii"),
            "manifest": filing.manifest_json,
            "signature": base64.b64encode(filing.signature).decode("ascii"),
        }
    ).encode("utf-8")


class _Refused(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def parse(payload: bytes) -> Filing:
    """The filing a sealed ``filing`` object holds; ValueError when it is not one."""
    try:
        d = json.loads(payload)
        if not isinstance(d, dict) or d.get("format") != PAYLOAD_FORMAT:
            raise ValueError("format")
        if int(d.get("v", 0)) != PAYLOAD_VERSION:
            raise ValueError("version")
        manifest_json = str(d["manifest"])
        filing = Filing(
            fingerprint=str(d["signoff"]),
            built_at=dt.datetime.fromisoformat(str(d["built_at"])).isoformat(),
            name=Path(str(d["name"])).name,
            pdf=base64.b64decode(str(d["pdf"]), validate=True),
            manifest_json=manifest_json,
            signature=base64.b64decode(str(d["signature"]), validate=True),
        )
        if hashlib.sha256(manifest_json.encode("utf-8")).hexdigest() != filing.fingerprint:
            raise ValueError("the manifest is not the sign-off the filing names")
        if not filing.pdf.startswith(b"%PDF-"):
            raise ValueError("not a PDF")
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise ValueError(str(exc)) from exc
    return filing


# ---------------------------------------------------------------------------- the reviewer's laptop
def keep_filing(session: Session, so: SignOff, pdf_path: Path) -> bool:
    """Keep the signed filing just built at ``pdf_path`` (of the local sign-off ``so``) as the outgoing
    sealed ``filing`` of that sign-off, replacing one kept before. False (and nothing kept) when this vault
    exchanges with no laptop: no roster pinned, or this laptop not listed in it as a device."""
    if so.reviewer_id is None:
        return False  # a received sign-off: its filing comes from the reviewer's laptop
    if roster_mod.pinned_roster(session.vault) is None:
        return False
    fpr = hashlib.sha256(so.manifest_json.encode("utf-8")).hexdigest()
    filing = Filing(
        fingerprint=fpr,
        built_at=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        name=pdf_path.name,
        pdf=Path(pdf_path).read_bytes(),
        manifest_json=so.manifest_json,
        signature=so.signature,
    )
    try:
        blob = devices.seal_for_org(session, payload_for(filing), context=CONTEXT)
    except UserError as exc:  # not enrolled as a device: nothing to send to, the export itself stands
        log.info("signed filing not kept for other laptops: %s", exc)
        return False
    vault = session.vault
    with vault.atomic():
        replaced = rev_store.delete_sealed(vault, CONTEXT, ref_for(fpr))
        rev_store.put_sealed(vault, hashlib.sha256(blob).hexdigest(), CONTEXT, ref_for(fpr), blob)
        vault.audit.append(
            session.actor,
            "seal",
            "filing",
            ",".join(str(c["case_id"]) for c in json.loads(so.manifest_json).get("cases", [])),
            f"signoff {fpr[:16]}; sent with the next exchange{'; replaces the one kept before' if replaced else ''}",
        )
    log.info("kept the signed filing of sign-off %s for the organization's laptops", fpr[:12])
    return True


# ---------------------------------------------------------------------------- the volunteer's laptop
def _local_cases(session: Session, manifest: dict[str, Any]) -> list[Case] | None:
    """This laptop's cases the manifest names by uid; None when it does not hold one of them."""
    out = []
    for entry in manifest.get("cases") or []:
        uid = str(entry.get("uid") or "") if isinstance(entry, dict) else ""
        case_id = case_store.case_id_by_uid(session.vault, uid) if uid else None
        if case_id is None:
            return None
        out.append(session.load_case(case_id))
    return out or None


def _edits_on_the_way(session: Session) -> bool:
    return any(
        r.kind in ("revision", "evidence") for r in rev_store.received_with_outcome(session.vault, "waiting")
    )


def check_filing(session: Session, filing: Filing) -> tuple[list[Case], PacketCheck]:
    """Everything ``verify`` checks, on this laptop, of a filing received from the reviewer's laptop; the
    cases it covers here and the full check. :class:`_Refused` (code, reason) when it is not taken now."""
    from parole_desktop.packet.verify import verify_packet_data
    from parole_desktop.services.filing_check import verify_filing_data

    mbytes = filing.manifest_json.encode("utf-8")
    pdf = verify_packet_data(filing.pdf, mbytes, filing.signature, "received sealed with the filing")
    if pdf.problems:
        raise _Refused(
            "tampered",
            f"This signed filing does not verify as a PDF: {'; '.join(pdf.problems)}. It was not taken.",
        )
    trust = roster_mod.check_manifest(
        roster_mod.pinned_roster(session.vault), mbytes, filing.signature, pdf.signer_cert_sha256
    )
    member = trust.member
    if member is not None and member.revoked_at is not None:
        raise _Refused(
            "revoked_reviewer",
            f"Signed by a revoked reviewer: {member.name} was revoked in the roster on {member.revoked_at} "
            f"({member.revoked_reason or 'no reason given'}). The filing was not taken.",
        )
    if trust.problem or member is None:
        raise _Refused("untrusted_filing", f"Not taken: the filing's sign-off is {trust.problem}.")
    manifest = pdf.manifest or {}
    cases = _local_cases(session, manifest)
    if cases is None:
        raise _Refused(
            "unknown_case",
            "This laptop does not hold a case this filing covers yet: the filing is kept and taken when the "
            "case arrives.",
        )
    for case in cases:
        problem = remote_problem(session, case, manifest)
        if problem:
            raise _Refused(
                "case_changed",
                f"The case changed after this filing was signed (case {case.id} on this laptop: {problem}): "
                "the filing was not taken.",
            )
    for case in cases:
        so = current_signoff(session, int(case.id or 0))
        if so is None or so.manifest_json != filing.manifest_json:
            raise _Refused(
                "unknown_signoff",
                "This laptop does not hold the sign-off this filing belongs to yet: the filing is kept and "
                "taken when the sign-off arrives.",
            )
    check = verify_filing_data(filing.pdf, mbytes, filing.signature, session)
    if not check.ok:
        raise _Refused(
            "not_verified", f"This signed filing does not verify here: {'; '.join(check.problems)}."
        )
    return cases, check


_WAIT_FOR = ("unknown_case", "unknown_signoff")


def receive_filing(session: Session, opened: Opened, object_id: str = "") -> Received:
    """The receiver of a sealed ``filing`` (``services.exchange.RECEIVERS``): ``applied`` when verify passes
    on it here and it is newer than the filing of its sign-off held already (``duplicate`` when not),
    ``waiting`` while its case or sign-off has not arrived, else ``quarantined`` with the reason."""
    try:
        try:
            filing = parse(opened.payload)
        except ValueError as exc:
            raise _Refused(
                "damaged", f"This filing is damaged or not a filing of Parole Desktop ({exc})."
            ) from exc
        if json.loads(filing.manifest_json).get("vault_id") == session.vault.vault_id:
            return Received(object_id, Outcome.DUPLICATE)  # built here: our own filing, back again
        cases, _check = check_filing(session, filing)
    except _Refused as exc:
        if exc.code == "case_changed" and _edits_on_the_way(session):
            return Received(
                object_id,
                Outcome.WAITING,
                exc.code,
                exc.reason + " Revisions received here still wait for earlier ones: the filing is kept and "
                "tried again when they are taken.",
            )
        if exc.code in _WAIT_FOR:
            log.info("filing from device %s waits: %s", opened.author_id[:8], exc.code)
            return Received(object_id, Outcome.WAITING, exc.code, exc.reason)
        log.info("filing from device %s quarantined: %s", opened.author_id[:8], exc.code)
        return Received(object_id, Outcome.QUARANTINED, exc.code, exc.reason)
    held = latest_held(session, filing.fingerprint)
    if held is not None and _when(held[1]) > _when(filing):
        return Received(object_id, Outcome.DUPLICATE)  # this sign-off's filing, newer, is here (the same
        # object again never gets this far; another one built at the same instant is taken: received later)
    session.vault.audit.append(
        session.actor,
        "receive",
        "filing",
        ",".join(str(c.id) for c in cases),
        f"from device {opened.author_id}; signoff {filing.fingerprint[:16]}; built {filing.built_at}",
    )
    log.info("took the signed filing of %d case(s) from device %s", len(cases), opened.author_id[:8])
    return Received(object_id, Outcome.APPLIED)


def _when(filing: Filing) -> dt.datetime:
    """When a filing was built, comparable whatever precision its laptop wrote (seconds before 2026-12)."""
    return dt.datetime.fromisoformat(filing.built_at)


def taken(session: Session, object_id: str, opened: Opened, data: bytes) -> None:
    """After :func:`receive_filing` applied ``object_id``: keep its sealed bytes under its sign-off's ref
    (``services.exchange`` calls this in the same transaction) and drop the older filings of that
    sign-off."""
    vault = session.vault
    ref = ref_for(parse(opened.payload).fingerprint)
    older = [r.object_id for r in rev_store.received_rows_for_ref(vault, CONTEXT, ref, Outcome.APPLIED)]
    rev_store.put_received(
        vault, object_id, Outcome.APPLIED, kind=CONTEXT, ref=ref, author=opened.author_id, data=data
    )
    superseded = [o for o in older if o != object_id]
    rev_store.set_received_outcome(vault, superseded, Outcome.DUPLICATE)
    for old in superseded:  # only the latest filing of a sign-off is passed on to the other laptops
        rev_store.delete_sealed(vault, CONTEXT, rev_store.relay_ref(old))


def refs_to_send(session: Session) -> set[str]:
    """The refs of the sealed filings this vault may offer other laptops now: the filing built here of each
    sign-off made here that still holds (``filing:<sign-off>``), and each filing received and taken — the
    latest of its sign-off, kept as it came (``received:<object id>``, ``services.exchange.RELAYED``) —
    whose sign-off holds here. An edit here voids the sign-off and holds its filing back; undoing the edit
    lets it go again."""
    live = {ref_for(o.fingerprint) for o in remote_review.signoffs_to_send(session)}
    taken_here = rev_store.received_refs(session.vault, CONTEXT, Outcome.APPLIED)
    if taken_here:
        holding = _received_signoffs_holding(session)
        live |= {rev_store.relay_ref(oid) for oid, ref in taken_here if ref in holding}
    return live


def _received_signoffs_holding(session: Session) -> set[str]:
    """``ref_for`` of every sign-off received from the reviewer's laptop that still holds here."""
    out: set[str] = set()
    for summary in session.list_cases():
        so = current_signoff(session, summary.id)
        if so is None or so.is_void or so.reviewer_id is not None:
            continue
        if not signoff_problem(session, session.load_case(summary.id), so, deep=False):
            out.add(ref_for(hashlib.sha256(so.manifest_json.encode("utf-8")).hexdigest()))
    return out


def latest_held(session: Session, fingerprint: str) -> tuple[str, Filing] | None:
    """(object id, filing) of the newest filing of this sign-off taken here; None when none is. A held
    object that no longer opens here (its sending laptop revoked since) is passed over."""
    best: tuple[str, Filing] | None = None
    rows = rev_store.received_rows_for_ref(session.vault, CONTEXT, ref_for(fingerprint), Outcome.APPLIED)
    for row in rows:
        if row.data is None:
            continue
        try:
            filing = parse(devices.open_from_org(session, row.data, context=CONTEXT).payload)
        except (Quarantined, ValueError) as exc:
            log.info("held filing %s not usable: %s", row.object_id[:12], exc)
            continue
        if best is None or _when(filing) >= _when(best[1]):  # rows oldest first: a tie goes to the later
            best = (row.object_id, filing)
    return best


def write_received(session: Session, so: SignOff, dest: Path) -> PacketResult:
    """The final filing of a case signed off on the reviewer's laptop: the latest filing received for that
    sign-off, verified again here, written to ``dest`` as it was signed (atomically, owner-only) with its
    detached manifest beside it. UserError when none has arrived, or it does not verify here."""
    from parole_desktop.packet.model import PacketResult
    from parole_desktop.packet.verify import detached_manifest_json, detached_manifest_path, page_count

    fpr = hashlib.sha256(so.manifest_json.encode("utf-8")).hexdigest()
    reviewer = str(json.loads(so.manifest_json).get("reviewer", {}).get("name", "the reviewer"))
    held = latest_held(session, fpr)
    if held is None:
        raise UserError(
            f"This case was signed off by {reviewer} on their own laptop, where the filing is built and "
            f"signed: {NOT_HERE_YET}."
        )
    _oid, filing = held
    try:
        cases, _check = check_filing(session, filing)
    except _Refused as exc:
        raise UserError(
            f"The signed filing received from {reviewer}'s laptop cannot be handed out here: {exc.reason}"
        ) from exc
    with atomic_path(dest, f"write the packet to {dest.parent}") as tmp, open(tmp, "wb") as fh:
        fh.write(filing.pdf)
    make_private(dest)
    side = detached_manifest_path(dest)
    with atomic_path(side, f"write the sign-off manifest to {side.parent}") as tmp, open(tmp, "wb") as fh:
        fh.write(detached_manifest_json(filing.manifest_json, filing.signature, dest.name))
    make_private(side)
    pages = page_count(filing.pdf)
    with session.vault.atomic():
        for c in cases:
            session.vault.audit.append(
                session.actor,
                "export",
                "case",
                c.id,
                f"packet=final pages={pages} built and signed on the reviewer's laptop ({filing.built_at})",
            )
    return PacketResult(
        path=str(dest),
        pages=pages,
        exhibits=[],
        sha256=hashlib.sha256(filing.pdf).hexdigest(),
        signed=True,
        draft=False,
        built_by=reviewer,
        built_at=filing.built_at,
    )


__all__ = [
    "CONTEXT",
    "NOT_HERE_YET",
    "Filing",
    "check_filing",
    "keep_filing",
    "latest_held",
    "parse",
    "payload_for",
    "receive_filing",
    "ref_for",
    "refs_to_send",
    "taken",
    "write_received",
]
