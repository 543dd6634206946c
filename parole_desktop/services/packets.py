"""Build a request packet (draft or final) from the vault, and verify an exported packet against it."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parole_desktop.domain import text as text_rule
from parole_desktop.domain.codec import content_hash
from parole_desktop.domain.models import Case, Evidence
from parole_desktop.errors import UserError, ValidationError
from parole_desktop.fsutil import atomic_path, make_private, remove_partials
from parole_desktop.l10n import _
from parole_desktop.packet.build import build_packet
from parole_desktop.packet.model import (
    FILING,
    REVIEW,
    CancelCheck,
    ExhibitSource,
    PacketInput,
    PacketResult,
    PackInfo,
    Progress,
    ReviewItem,
    SignOffInfo,
    StoredPages,
)
from parole_desktop.packet.verify import (
    PacketVerification,
    detached_manifest_json,
    detached_manifest_path,
    verify_packet,
    verify_packet_data,
)
from parole_desktop.rules import evaluate, load_pack
from parole_desktop.services import remote_filing
from parole_desktop.services.checks import active_pack, context_for, pack_by_version
from parole_desktop.services.roster import (
    ROSTER_MAX_AGE_DAYS,
    Roster,
    check_manifest,
    freshness_warnings,
    min_version_problem,
    pinned_roster,
)
from parole_desktop.services.session import Session
from parole_desktop.services.signoff import cert_sha256, reviewer, subject_cases, unlock_digital_id
from parole_desktop.services.signoff_state import (
    accepted_warnings,
    audit_problem,
    current_signoff,
    remote_problem,
    signoff_problem,
)
from parole_desktop.store import cases as case_store

log = logging.getLogger(__name__)


class FormIncomplete(UserError):
    """A final filing packet refused because the Form I-131 of a case leaves blank an item its
    instructions require for that case. ``blanks`` holds (case id, part and item in words, workspace
    field path, why) for each, so the workspace can jump to the field."""

    def __init__(self, blanks: list[tuple[int, str, str, str]]) -> None:
        self.blanks = blanks
        lines = "\n".join(f"• case {cid}: {item} — {why}" for cid, item, _field, why in blanks)
        super().__init__(
            "The final packet cannot be built: the Form I-131 leaves blank what its instructions "
            f"require for this case:\n{lines}\nRecord these in the case, or export a draft (it lists "
            "them too)."
        )

    @property
    def fields(self) -> list[str]:
        return [f for _cid, _item, f, _why in self.blanks]


def form_blanks(cases: list[Case], pack: Any) -> list[tuple[int, str, str, str]]:
    """Every required I-131 item left blank, case by case (``packet.forms.required_blanks``)."""
    from parole_desktop.packet.forms import required_blanks

    no_consular = dict(getattr(pack, "no_consular_services", {}) or {})
    return [
        (int(c.id or 0), b.item, b.field, b.message) for c in cases for b in required_blanks(c, no_consular)
    ]


def refuse_incomplete_final(cases: list[Case], pack: Any) -> None:
    """A final filing packet may proceed only when no I-131 of it leaves a required item blank."""
    blanks = form_blanks(cases, pack)
    if blanks:
        raise FormIncomplete(blanks)


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


def _pack_info(pack: Any) -> PackInfo:
    address = ""
    for a in pack.raw.get("filing_addresses", []):
        if a.get("id") == "uscis_lockbox_po":
            # the packet prints "U.S. Citizenship and Immigration Services / Attn: HP" itself; the address
            # is a verify item: the review record lists it, the filing packet never prints "[verify]"
            lines = [ln for ln in a["lines"] if ln not in ("USCIS", "Attn: HP")]
            address = "\n".join(lines)
    key_kinds: dict[str, list[str]] = {}
    for r in pack.raw.get("reasons", []):
        kinds: list[str] = []
        for item in r.get("items", []):
            kinds += [k for k in item.get("accepted_kinds", []) if k not in kinds]
        key_kinds[str(r.get("id", ""))] = kinds
    return PackInfo(
        pack_id=pack.id,
        version=pack.version,
        as_of=pack.as_of,
        verify_items=[
            f"{v.label}: {v.value} (source {v.source}, as of {v.as_of})" for v in pack.verify_items()
        ],
        filing_address=address,
        key_kinds=key_kinds,
        grounds=dict(getattr(pack, "inadmissibility_grounds", {})),
        fee_exceptions=dict(pack.parole_fee_exceptions),
        fee_statute=str(pack.raw.get("parole_fee", {}).get("statute", "")),
        filing_order=list(getattr(pack, "filing_order", ())),
        programs={
            n: prog.name for prog in pack.programs for n in {*prog.names, prog.id.casefold()} if prog.name
        },
        sha256=str(getattr(pack, "sha256", "")),
    )


def _review_items(session: Session, cases: list[Case]) -> list[ReviewItem]:
    """Open findings of the checks, and the warnings the reviewer accepted at sign-off with their reason,
    read from the signed manifest (``signoff_state.accepted_warnings``)."""
    pack = active_pack(session)

    items: list[ReviewItem] = []
    for c in cases:
        cid = int(c.id or 0)
        accepted: dict[str, str] = {}
        so = current_signoff(session, cid)
        if so is not None:
            for a in accepted_warnings(so):
                if a.case_id == cid:
                    accepted[a.rule_id] = a.reason
        # evaluated, not recorded: exporting a record writes nothing to the case
        findings = evaluate(c, pack, today=dt.date.today(), context=context_for(session, c, deep=False))
        for f in findings:
            if str(f.severity) == "info" and not f.verify:
                continue
            status = "accepted" if f.rule_id in accepted else "open"
            items.append(
                ReviewItem(
                    f.rule_id, str(f.severity), f.message, status, accepted.get(f.rule_id, ""), c.id, f.verify
                )
            )
    return items


def _exhibits(session: Session, cases: list[Case]) -> list[ExhibitSource]:
    seen: set[int] = set()
    out: list[ExhibitSource] = []
    for case in cases:
        originals = [e for e in case.evidence if e.translation_of is None]
        for ev in originals:
            for item in [ev, *case.translations_of(int(ev.id or 0))]:
                if int(item.id or 0) in seen:
                    continue
                seen.add(int(item.id or 0))
                out.append(_source(session, item))
        for ev in case.evidence:  # translations whose original is not in this case
            if int(ev.id or 0) not in seen:
                seen.add(int(ev.id or 0))
                out.append(_source(session, ev))
    return out


def _source(session: Session, ev: Evidence) -> ExhibitSource:
    """One exhibit: its content, the pages the probe made of it at intake (sealed in the vault: the build
    starts no child for it) and a way to keep pages a build's child makes."""

    def stored() -> StoredPages | None:
        session.read_evidence(ev)  # the content still matches its SHA-256 (IntegrityError otherwise)
        got = session.probe_output(ev)
        return StoredPages(got.pdf, got.pages, got.notes) if got is not None else None

    return ExhibitSource(
        ev,
        functools.partial(session.open_evidence, ev),
        stored_pages=stored,
        keep=functools.partial(session.keep_probe_pdf, ev),
    )


def _read_form(path: Path, form: str) -> bytes:
    try:
        data = Path(path).expanduser().read_bytes()
    except OSError as e:
        raise UserError(
            _("The Form {form} file {path} cannot be read: {strerror}").format(
                form=form, path=path, strerror=e.strerror or e
            )
        ) from e
    if not data.lstrip()[:5] == b"%PDF-":
        raise UserError(_("The Form {form} file {path} is not a PDF.").format(form=form, path=path))
    return data


def review_record_path(dest: Path) -> Path:
    """Where the review record of a packet exported to ``dest`` goes by default."""
    dest = Path(dest)
    return dest.with_name(dest.stem + "-review-record.pdf")


def export_packet(
    session: Session,
    case_id: int,
    dest: Path,
    *,
    draft: bool,
    reviewer_passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    output: str = FILING,
    i131_form: Path | None = None,
    i134_form: Path | None = None,
) -> PacketResult:
    """Write the filing packet (``output=FILING``) or the review record (``output=REVIEW``) of a case
    (or its whole family group) to ``dest``, atomically; the two are never mixed.

    A final filing packet needs a valid sign-off for every case it holds and the reviewer's passphrase
    (to unlock their PDF signing identity), and is refused while any placeholder remains; a draft is
    watermarked DRAFT on every page. The review record needs no passphrase (it is not signed).
    ``i131_form`` / ``i134_form``: an official form file the user brings (a newer I-131 edition; an I-134),
    used only when the rules pack maps its edition.
    """
    if output not in (FILING, REVIEW):
        raise UserError(
            _("Unknown output {output!r}: choose the filing packet or the review record.").format(
                output=output
            )
        )
    dest = Path(dest).expanduser()
    if dest.suffix.lower() != ".pdf":
        dest = dest.with_suffix(".pdf")
    if not dest.parent.is_dir():
        raise UserError(
            _("The folder {parent} does not exist (is the drive plugged in?).").format(parent=dest.parent)
        )
    cases = subject_cases(session, case_id)
    for c in cases:  # text stored before the one text rule (domain/text.py) existed is never printed
        try:
            text_rule.clean_record(copy.deepcopy(c))
        except ValidationError as exc:
            raise UserError(
                _("Case {id} cannot be exported: {exc}. Correct that field in the case first.").format(
                    id=c.id, exc=exc
                )
            ) from exc
    signoff_info = None
    signing = None
    so = None
    pack = active_pack(session)
    if not draft:
        so = current_signoff(session, case_id)
        for c in cases:
            problem = signoff_problem(session, c)
            if problem:
                void = ""
                if so is not None and so.reviewer_id is None and output == FILING:
                    void = (
                        " The signed filing built on the reviewer's laptop is void with it: it is no longer "
                        "handed out."
                    )
                raise UserError(
                    _(
                        "A final packet needs a valid sign-off: case {id} is {problem}. Export a draft, or ask the reviewer to sign off again."
                    ).format(id=c.id, problem=problem)
                    + void
                )
        assert so is not None
        if output == FILING:
            refuse_incomplete_final(cases, pack)
        signed_by = json.loads(so.manifest_json)["reviewer"]  # as the roster names them, not the vault
        if so.reviewer_id is None and output == FILING:  # signed on the reviewer's laptop (#23)
            # her PDF signing key never leaves it: the filing built and signed there, received sealed
            remove_partials(dest.parent, dest.name, kinds=("partial",))
            return remote_filing.write_received(session, so, dest)
        if reviewer_passphrase is None and output == FILING:
            raise UserError(_("The reviewer's passphrase is needed to sign the final packet."))
        prof = reviewer(session, so.reviewer_id) if so.reviewer_id is not None else None
        if output == FILING:
            assert reviewer_passphrase is not None and so.reviewer_id is not None
            signing = unlock_digital_id(session, so.reviewer_id, reviewer_passphrase)
            if cert_sha256(signing.certificate) != signed_by.get("pdf_cert_sha256", ""):
                raise UserError(
                    _(
                        "The reviewer's PDF signing certificate is not the one recorded at sign-off "
                        "(was a new digital ID imported?). Ask the reviewer to sign off again."
                    )
                )
        pack = pack_by_version(session, so.pack_id, so.pack_version)
        signoff_info = SignOffInfo(
            reviewer_name=signed_by["name"],
            reviewer_role=signed_by["role"],
            reviewer_number=signed_by["number"],
            reviewer_organization=signed_by.get("organization") or (prof.organization if prof else ""),
            signed_at=so.signed_at,
            pack_id=so.pack_id,
            pack_version=so.pack_version,
            pack_as_of=pack.as_of,
            manifest_json=so.manifest_json,
            manifest_signature=so.signature,
            fingerprint=hashlib.sha256(so.manifest_json.encode("utf-8")).hexdigest(),
        )
    forms_in = {name: _read_form(p, name) for name, p in (("I-131", i131_form), ("I-134", i134_form)) if p}
    group_name = ""
    if cases[0].family_group_id is not None:
        group_name = session.family_group(int(cases[0].family_group_id)).name
    preparers = [p.full_name for c in cases for p in c.people if str(p.role) == "preparer" and p.full_name]
    inp = PacketInput(
        cases=cases,
        exhibits=_exhibits(session, cases),
        pack=_pack_info(pack),
        preparer_name=preparers[0] if preparers else session.actor,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        signoff=signoff_info,
        draft=draft,
        group_name=group_name,
        output=output,
        review_items=_review_items(session, cases) if output == REVIEW else None,
        i131_form=forms_in.get("I-131"),
        i134_form=forms_in.get("I-134"),
    )
    # a hidden half packet (plaintext) left by an interrupted export of the same file
    remove_partials(dest.parent, dest.name, kinds=("partial", "signing"))
    result = build_packet(inp, dest, progress, cancelled, signing)
    make_private(Path(result.path))  # owner-only (the app's umask 077 makes it so from the start)
    if result.signed and signoff_info is not None:
        _write_detached(Path(result.path), signoff_info)
        if so is not None:  # sent to the organization's laptops with the next exchange (#23)
            remote_filing.keep_filing(session, so, Path(result.path))
    with session.vault.atomic():
        for c in cases:
            session.vault.audit.append(
                session.actor,
                "export",
                "case",
                c.id,
                f"{'packet' if output == FILING else 'review_record'}="
                f"{'draft' if draft else 'final'} pages={result.pages}",
            )
    return result


def manifest_beside(filing: Path) -> Path:
    """Where the detached sign-off manifest of a filing exported to ``filing`` is written."""
    return detached_manifest_path(filing)


def _write_detached(filing: Path, so: SignOffInfo) -> Path:
    """The signed manifest beside the exported filing (``NAME.manifest.json``, owner-only, atomic): what
    ``verify`` reads to prove who signed the filing. Internal, like the review record."""
    out = detached_manifest_path(filing)
    data = detached_manifest_json(so.manifest_json, so.manifest_signature, filing.name)
    with atomic_path(out, f"write the sign-off manifest to {out.parent}") as tmp, open(tmp, "wb") as fh:
        fh.write(data)
    make_private(out)
    return out


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
