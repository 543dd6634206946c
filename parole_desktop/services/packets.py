"""Build a request packet (draft or final) from the vault; ``verify_packet_file`` (``services/filing_check.py``)
verifies an exported packet against it."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from parole_desktop.domain import text as text_rule
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
    detached_manifest_json,
    detached_manifest_path,
)
from parole_desktop.rules import evaluate
from parole_desktop.services import remote_filing
from parole_desktop.services.checks import active_pack, context_for, pack_by_version
from parole_desktop.services.filing_check import PacketCheck as PacketCheck  # verify lives there
from parole_desktop.services.filing_check import verify_filing_data as verify_filing_data
from parole_desktop.services.filing_check import verify_packet_file as verify_packet_file
from parole_desktop.services.session import Session
from parole_desktop.services.signoff import cert_sha256, reviewer, subject_cases, unlock_digital_id
from parole_desktop.services.signoff_state import (
    accepted_warnings,
    current_signoff,
    signoff_problem,
)

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
