"""Section builders of the packet: each ``build_x(...) -> list[Flowable]`` (addressee, statement, group
and exhibit tabs, translator certification, CBP summary, signature block, sign-off certificate)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from parole_desktop.domain.enums import Channel, Role
from parole_desktop.domain.models import Case
from parole_desktop.packet import templates as tpl
from parole_desktop.packet.fonts import Styles
from parole_desktop.packet.model import PacketInput
from parole_desktop.packet.names import country_name, language_name
from parole_desktop.packet.plan import PlannedExhibit, RequestPlan
from parole_desktop.packet.text import escape, markup, paragraphs

F = list[Any]
FULL_W = 612 - 2 * 0.8 * inch


def kv_table(rows: list[tuple[str, str]], styles: Styles, widths: tuple[float, float] = (0.38, 0.62)) -> Any:
    data = [
        [Paragraph(escape(k), styles.label), Paragraph(markup(v) if v else "—", styles.body)] for k, v in rows
    ]
    t = Table(data, colWidths=[FULL_W * widths[0], FULL_W * widths[1]])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def addressee(case: Case, filing_address: str, gaps: Any) -> list[str]:
    if case.channel == Channel.CBP_PORT_OF_ENTRY:
        return [
            "Port Director",
            "U.S. Customs and Border Protection",
            case.port_of_entry or gaps("port of entry"),
        ]
    lines = ["U.S. Citizenship and Immigration Services", "Attn: HP"]
    lines += filing_address.splitlines() if filing_address.strip() else [gaps("USCIS filing address")]
    return lines


def build_statement(case: Case, styles: Styles, gaps: Any) -> F:
    out: F = [Paragraph("Statement of reasons", styles.h1)]
    label = tpl.REASON_LABELS.get(case.reason, "") if case.reason else ""
    if label:
        out.append(Paragraph(escape(f"Reason: {label}"), styles.h2))
    parts = [
        ("Urgent humanitarian reason", case.statement, True),
        ("Why no visa or other pathway is available in time", case.why_no_visa, False),
        (
            "Why refugee processing is not available in time",
            str(getattr(case, "refugee_processing_unavailable", "") or ""),
            False,
        ),
        ("Inadmissibility", case.inadmissibility, False),
        (
            "Intent to depart and ties to the home country",
            "\n\n".join(
                x
                for x in (
                    str(getattr(case, "return_intent", "") or ""),
                    str(getattr(case, "home_ties", "") or ""),
                )
                if x.strip()
            ),
            False,
        ),
    ]
    for heading, body, required in parts:
        paras = paragraphs(body)
        if not paras and not required:
            continue
        out.append(Paragraph(escape(heading), styles.h2))
        out.extend(Paragraph(p, styles.body) for p in paras) if paras else out.append(
            Paragraph(escape(gaps(heading.lower())), styles.body)
        )
    out.append(Paragraph("Requested duration", styles.h2))
    dur = tpl.months(case.duration_months) if case.duration_months else gaps("requested duration")
    if case.key_date:
        dur += f"; {tpl.key_date_label(case)}: {tpl.fmt_date(case.key_date)}"
    out.append(Paragraph(escape(dur), styles.body))
    out.extend(Paragraph(p, styles.body) for p in paragraphs(case.duration_justification))
    return out


def build_group_tab(title: str, members: list[PlannedExhibit], styles: Styles) -> F:
    out: F = [Spacer(1, 2.0 * inch), Paragraph(escape(title), styles.tab_title), Spacer(1, 12)]
    for ex in members:
        out.append(Paragraph(escape(f"Exhibit {ex.letter} — ") + markup(ex.title), styles.center))
    return out


def build_cbp_summary(
    case: Case, rp: RequestPlan, styles: Styles, gaps: Any, fee_exceptions: dict[str, str] | None = None
) -> F:
    """One page for the officer at the port: who, where and when, counsel, originals, the parole fee."""
    b = case.beneficiary
    rows: list[tuple[str, str]] = []
    if b is not None:
        rows += [("Beneficiary", tpl.letter_name(b) or gaps("beneficiary name"))]
        pf, pg = (
            str(getattr(b, "passport_family_name", "") or ""),
            str(getattr(b, "passport_given_name", "") or ""),
        )
        if pf or pg:
            rows.append(("Name as in the passport", f"{pf.upper()}, {pg}".strip(", ")))
        if b.date_of_birth:
            rows.append(("Date of birth", tpl.fmt_date(b.date_of_birth)))
        if b.citizenship:
            rows.append(("Citizenship", country_name(b.citizenship)))
        if b.passport_number:
            rows.append(
                (
                    "Passport",
                    b.passport_number
                    + (f" (expires {tpl.fmt_date(b.passport_expiry)})" if b.passport_expiry else ""),
                )
            )
    rows.append(("Port of entry", case.port_of_entry or gaps("port of entry")))
    if case.port_address.strip():
        rows.append(("Port address", " ".join(case.port_address.split())))
    rows.append(
        (
            "Date of presentation",
            (
                tpl.fmt_date(case.intended_travel_date)
                + (f", {case.presentation_time.strip()} local time" if case.presentation_time.strip() else "")
            )
            if case.intended_travel_date
            else gaps("date of presentation"),
        )
    )
    label = tpl.REASON_LABELS.get(case.reason) if case.reason else ""
    if label:
        rows.append(
            (
                "Urgent humanitarian reason",
                label
                + (f"; {tpl.key_date_label(case)}: {tpl.fmt_date(case.key_date)}" if case.key_date else ""),
            )
        )
    if case.duration_months:
        rows.append(("Parole requested for", tpl.months(case.duration_months)))
    reps = [r for r in case.people_with_role(Role.REPRESENTATIVE) if r.full_name]
    if case.represented and reps:
        r = reps[0]
        bits = [r.full_name, r.organization, r.phone, r.email]
        rows.append(("Counsel", ", ".join(x for x in bits if x) + ("; Form G-28 enclosed" if r.g28 else "")))
    fee_exceptions = fee_exceptions or {}
    plan = str(case.parole_fee_plan.value)
    if plan == "will_pay":
        rows.append(("Parole fee", "will be paid at the port if parole is granted"))
    elif plan == "exception_claimed":
        exc = case.parole_fee_exception.strip()
        words = fee_exceptions.get(exc, exc) if exc else gaps("parole fee exception")
        rows.append(("Parole fee", "exception claimed: " + words))
    else:
        rows.append(("Parole fee", gaps("parole fee plan")))
    originals = [ex for ex in rp.exhibits if ex.original is None]
    out: F = [
        Paragraph("Humanitarian parole request — summary for the CBP officer", styles.h1),
        kv_table(rows, styles),
    ]
    if originals:
        out.append(Paragraph("Originals the beneficiary brings", styles.h2))
        out += [
            Paragraph(escape(f"Exhibit {ex.letter} — ") + markup(ex.title), styles.body) for ex in originals
        ]
    return out


def build_tab(ex: PlannedExhibit, styles: Styles) -> F:
    ev = ex.source.evidence
    out: F = [
        Spacer(1, 2.2 * inch),
        Paragraph(escape(f"Exhibit {ex.letter}"), styles.tab_letter),
        Paragraph(markup(ex.title), styles.tab_title),
    ]
    if ex.original is not None:
        out.append(Paragraph(escape(f"English translation of Exhibit {ex.original.letter}"), styles.center))
    bits = [
        tpl.fmt_date(ev.document_date) if ev.document_date else "",
        f"Language: {language_name(ev.language or 'en')}",
    ]
    out.append(Paragraph(escape(" · ".join(b for b in bits if b)), styles.center))
    return out


def build_translator_certification(ex: PlannedExhibit, styles: Styles, gaps: Any) -> F:
    ev = ex.source.evidence
    orig = ex.original.source.evidence if ex.original else ev
    lang = language_name(orig.language or ev.language) or gaps("language of the original")
    name = ev.translator_name or gaps(f"translator of Exhibit {ex.letter}")
    return [
        Paragraph(escape(f"Translator's certification — Exhibit {ex.letter}"), styles.h1),
        Paragraph(
            f"I, {markup(name)}, certify that I am competent to translate from {escape(lang)} into English, "
            f"and that the attached English translation of Exhibit {escape(ex.original.letter if ex.original else ex.letter)} "
            f"(“{markup(orig.title or orig.original_filename)}”) is complete and accurate to the best of my "
            "knowledge and ability.",
            styles.body,
        ),
        Paragraph("8 CFR 103.2(b)(3).", styles.small),
        Spacer(1, 30),
        *signature_block("Translator", name, styles, extra=[("Address", ""), ("Telephone / e-mail", "")]),
    ]


def signature_block(role: str, name: str, styles: Styles, extra: list[tuple[str, str]] | None = None) -> F:
    rows = [["Signature:", ""], ["Name:", Paragraph(markup(name) or "—", styles.body)], ["Date:", ""]]
    rows += [[k + ":", Paragraph(markup(v), styles.body)] for k, v in (extra or [])]
    t = Table(rows, colWidths=[1.4 * inch, FULL_W - 1.4 * inch], rowHeights=[34] + [None] * (len(rows) - 1))
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.8, colors.black),
                ("LINEBELOW", (1, 2), (1, 2), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (0, -1), "PDSans"),
                ("FONTSIZE", (0, 0), (0, -1), 9),
            ]
        )
    )
    return [KeepTogether([Paragraph(f"<b>{escape(role)}</b>", styles.h2), t, Spacer(1, 12)])]


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
        Paragraph(
            "The reviewer named below reviewed this version of the request(s) and the exhibits listed in "
            "the manifest. This is an internal attestation of the legal-aid organisation, not a signature "
            "on any form.",
            styles.body,
        ),
        kv_table(rows, styles),
        Spacer(1, 10),
        Paragraph("How to verify this packet", styles.h2),
        Paragraph(
            "This review record carries the sign-off manifest (manifest.json) and its Ed25519 signature "
            "(manifest.sig) as attachments; the filing packet carries neither (it names only the "
            "manifest's fingerprint, under the reviewer's PDF signature). A copy is written beside the "
            'exported filing as NAME.manifest.json. Run <font face="PDSans-Bold">parole-desktop verify '
            "FILING.pdf --manifest THIS-RECORD.pdf</font>: it checks that no byte of the filing changed "
            "after signing, that the manifest signature verifies with a reviewer key the organization's "
            "roster lists, and that the filing names this manifest's fingerprint (printed above).",
            styles.body,
        ),
    ]
