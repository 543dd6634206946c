"""Section builders of the packet: each ``build_x(...) -> list[Flowable]`` (cover letter, statement,
exhibit tab, translator certification, signature and sign-off pages)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.packet import templates as tpl
from parole_desktop.packet.fonts import Styles
from parole_desktop.packet.model import PacketInput
from parole_desktop.packet.plan import PlannedExhibit
from parole_desktop.packet.text import escape, markup, paragraphs

F = list[Any]
FULL_W = 612 - 2 * 0.8 * inch


def kv_table(rows: list[tuple[str, str]], styles: Styles, widths: tuple[float, float] = (0.38, 0.62)) -> Any:
    data = [[Paragraph(escape(k), styles.label), Paragraph(markup(v) if v else "—", styles.body)] for k, v in rows]
    t = Table(data, colWidths=[FULL_W * widths[0], FULL_W * widths[1]])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def build_cover_letter(case: Case, inp: PacketInput, styles: Styles, templates_dir: Path, group_size: int) -> F:
    out: F = []
    if case.expedite_requested:
        out.append(Paragraph("EXPEDITE", styles.banner))
        if case.key_date:
            out.append(Paragraph(escape(f"{case.key_date_label or 'Key date'}: {tpl.fmt_date(case.key_date)}"),
                                 styles.center))
    out.append(Paragraph(escape(tpl.fmt_date(inp.generated_at.date())), styles.body))
    out.append(Paragraph("<br/>".join(markup(line) for line in tpl.addressee(case, inp.pack.filing_address)),
                         styles.body))
    out.append(Spacer(1, 8))
    values = tpl.placeholders(case, inp.generated_at.date(), inp.preparer_name)
    for p in paragraphs(tpl.fill(tpl.template_text(case.reason, templates_dir), values)):
        out.append(Paragraph(p, styles.body))
    if group_size > 1:
        out.append(Paragraph(escape(
            f"This request is filed together with the requests of {group_size - 1} other family member(s) "
            f"({inp.group_name or 'family group'}); each member has a separate request in this packet."),
            styles.body))
    if case.statement.strip():
        out.append(Paragraph("<b>Summary of the reasons</b>", styles.h2))
        paras = paragraphs(case.statement)
        out.extend(Paragraph(p, styles.body) for p in paras[:2])
        if len(paras) > 2:
            out.append(Paragraph("(continued in the statement of reasons)", styles.small))
    out.append(Spacer(1, 10))
    out.append(Paragraph("Respectfully submitted,", styles.body))
    out.append(Spacer(1, 28))
    out.append(Paragraph("_" * 40, styles.body))
    out.append(Paragraph(markup(values["requestor_name"]) + " (requestor)", styles.body))
    out.append(Paragraph(escape(f"Prepared with the help of {inp.preparer_name or '[preparer]'}. "
                                f"Rules pack {inp.pack.label}; items marked verify must be checked before filing."),
                         styles.small))
    return out


def build_statement(case: Case, styles: Styles) -> F:
    out: F = [Paragraph("Statement of reasons", styles.h1)]
    label = tpl.REASON_LABELS.get(case.reason, "") if case.reason else ""
    if label:
        out.append(Paragraph(escape(f"Reason: {label}"), styles.h2))
    for heading, body in (
        ("Urgent humanitarian reason", case.statement),
        ("Why no visa or other pathway is available in time", case.why_no_visa),
        ("Inadmissibility", case.inadmissibility),
    ):
        out.append(Paragraph(escape(heading), styles.h2))
        paras = paragraphs(body)
        out.extend(Paragraph(p, styles.body) for p in paras) if paras else out.append(
            Paragraph("[not provided]", styles.body))
    out.append(Paragraph("Requested duration", styles.h2))
    dur = f"{case.duration_months} months" if case.duration_months else "[not provided]"
    if case.key_date:
        dur += f"; {case.key_date_label or 'key date'}: {tpl.fmt_date(case.key_date)}"
    out.append(Paragraph(escape(dur), styles.body))
    out.extend(Paragraph(p, styles.body) for p in paragraphs(case.duration_justification))
    return out


def build_tab(ex: PlannedExhibit, styles: Styles) -> F:
    ev = ex.source.evidence
    out: F = [Spacer(1, 2.2 * inch), Paragraph(escape(f"Exhibit {ex.letter}"), styles.tab_letter),
              Paragraph(markup(ex.title), styles.tab_title)]
    if ex.original is not None:
        out.append(Paragraph(escape(f"English translation of Exhibit {ex.original.letter}"), styles.center))
    bits = [tpl.fmt_date(ev.document_date) if ev.document_date else "", f"language: {ev.language or 'en'}"]
    out.append(Paragraph(escape(" · ".join(b for b in bits if b)), styles.center))
    return out


def build_translator_certification(ex: PlannedExhibit, styles: Styles) -> F:
    ev = ex.source.evidence
    orig = ex.original.source.evidence if ex.original else ev
    lang = orig.language or ev.language or "[language]"
    name = ev.translator_name or "[translator name]"
    return [
        Paragraph(escape(f"Translator's certification — Exhibit {ex.letter}"), styles.h1),
        Paragraph(
            f"I, {markup(name)}, certify that I am competent to translate from {escape(lang)} into English, "
            f"and that the attached English translation of Exhibit {escape(ex.original.letter if ex.original else ex.letter)} "
            f"(“{markup(orig.title or orig.original_filename)}”) is complete and accurate to the best of my "
            "knowledge and ability.", styles.body),
        Paragraph("8 CFR 103.2(b)(3).", styles.small),
        Spacer(1, 30),
        *signature_block("Translator", name, styles, extra=[("Address", ""), ("Telephone / e-mail", "")]),
    ]


def signature_block(role: str, name: str, styles: Styles, extra: list[tuple[str, str]] | None = None) -> F:
    rows = [["Signature:", ""], ["Name:", Paragraph(markup(name) or "—", styles.body)], ["Date:", ""]]
    rows += [[k + ":", Paragraph(markup(v), styles.body)] for k, v in (extra or [])]
    t = Table(rows, colWidths=[1.4 * inch, FULL_W - 1.4 * inch], rowHeights=[34] + [None] * (len(rows) - 1))
    t.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 2), (1, 2), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONTNAME", (0, 0), (0, -1), "PDSans"),
        ("FONTSIZE", (0, 0), (0, -1), 9),
    ]))
    return [KeepTogether([Paragraph(f"<b>{escape(role)}</b>", styles.h2), t, Spacer(1, 12)])]


def _age(p: Person, on: dt.date) -> int | None:
    if not p.date_of_birth:
        return None
    d = p.date_of_birth
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def build_signatures(case: Case, inp: PacketInput, styles: Styles) -> F:
    out: F = [Paragraph("Signatures", styles.h1), Paragraph(
        "Each person signs by hand in ink (a copy or scan of the wet signature is accepted; typed or stamped "
        "signatures are not). This page is printed blank on purpose: nobody may sign for someone else. "
        "8 CFR 103.2(a)(2).", styles.small)]
    on = inp.generated_at.date()
    for p in case.people_with_role(Role.REQUESTOR):
        out += signature_block("Requestor (Form I-131)", p.full_name, styles)
    b = case.beneficiary
    if b is not None:
        age = _age(b, on)
        signers = case.people_with_role(Role.SIGNER)
        if age is not None and age < 14:
            who = signers[0].full_name if signers else "[parent or legal guardian]"
            out += signature_block(f"Parent or legal guardian signing for {b.full_name} (under 14)", who, styles)
        else:
            out += signature_block("Beneficiary", b.full_name, styles)
    for p in case.people_with_role(Role.SUPPORTER):
        name = p.full_name or p.organization
        out += signature_block("Financial supporter (Form I-134)", name, styles,
                               extra=[("Organization", p.organization)] if p.organization else None)
    preparers = case.people_with_role(Role.PREPARER)
    for p in preparers or [Person(role=Role.PREPARER, given_name=inp.preparer_name)]:
        out += signature_block("Preparer", p.full_name, styles,
                               extra=[("Organization", p.organization)] if p.organization else None)
    for p in case.people_with_role(Role.INTERPRETER):
        out += signature_block("Interpreter", p.full_name, styles, extra=[("Language", p.language)])
    return out


def build_signoff(inp: PacketInput, styles: Styles) -> F:
    s = inp.signoff
    if s is None:
        return []
    rows = [
        ("Reviewer", s.reviewer_name),
        ("Role", s.reviewer_role.replace("_", " ")),
        ("Bar / accreditation number", s.reviewer_number),
        ("Organization", s.reviewer_organization),
        ("Signed off at", s.signed_at.isoformat(timespec="minutes")),
        ("Rules pack", f"{s.pack_id} {s.pack_version} (as of {s.pack_as_of.isoformat()})"),
        ("Manifest fingerprint (SHA-256)", s.fingerprint),
    ]
    return [
        Paragraph("Reviewer sign-off", styles.h1),
        Paragraph("The reviewer named below reviewed this version of the request(s) and the exhibits listed in "
                  "the manifest. This is an internal attestation of the legal-aid organisation, not a signature "
                  "on any form.", styles.body),
        kv_table(rows, styles),
        Spacer(1, 10),
        Paragraph("How to verify this packet", styles.h2),
        Paragraph("The PDF is digitally signed (PAdES) and carries the sign-off manifest (manifest.json) and its "
                  "Ed25519 signature (manifest.sig) as attachments. Run <font face=\"PDSans-Bold\">parole-desktop "
                  "verify FILE.pdf</font>: it checks that no byte changed after signing, that the manifest "
                  "signature verifies with the reviewer key recorded in it, and that the fingerprint matches "
                  "the one printed above.", styles.body),
    ]


def build_pack_note(inp: PacketInput, styles: Styles) -> F:
    out: F = [Paragraph(escape(f"Rules pack {inp.pack.label}. Items marked verify must be checked before filing:"),
                        styles.small)]
    out += [Paragraph("• " + markup(v), styles.small) for v in inp.pack.verify_items]
    return out
