"""Answer worksheets for Form I-131, Form I-134 and Form G-28, laid out by part for transcription."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

from parole_desktop.domain.enums import Channel, Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.packet.fonts import Styles
from parole_desktop.packet.sections import kv_table
from parole_desktop.packet.templates import REASON_LABELS, fmt_date
from parole_desktop.packet.text import escape

F = list[Any]
VERIFY_NOTE = ("Worksheet for transcription onto the official form; part and item numbers follow the edition "
               "known to rules pack {pack} — verify against the current edition before filing. The form itself "
               "must be signed by hand.")


def _d(d: Any) -> str:
    return fmt_date(d) if d else ""


def _person_rows(p: Person | None) -> list[tuple[str, str]]:
    if p is None:
        return [("Name", "[not recorded]")]
    return [
        ("Family name (last)", p.family_name), ("Given name (first)", p.given_name),
        ("Other names used", p.other_names), ("Date of birth", _d(p.date_of_birth)),
        ("Sex", p.sex), ("Country of birth", p.country_of_birth), ("Country of citizenship", p.citizenship),
        ("Current country", p.current_country), ("Mailing address", p.address),
        ("Telephone", p.phone), ("E-mail", p.email),
        ("Passport number", p.passport_number), ("Passport expiry", _d(p.passport_expiry)),
    ]


def build_i131(case: Case, styles: Styles, pack: str) -> F:
    b = case.beneficiary
    reqs = case.people_with_role(Role.REQUESTOR)
    bg = case.background
    item = (f"Item 6 (program: {case.program})" if case.program
            else "Item 7: humanitarian or significant public benefit parole, person outside the United States")
    out: F = [
        Paragraph("Form I-131 worksheet", styles.h1),
        Paragraph(escape(VERIFY_NOTE.format(pack=pack)), styles.small),
        Paragraph("Part 1 — Application type [verify item numbers]", styles.h2),
        kv_table([("Application type", item)], styles),
        Paragraph("Part 2 — Requestor (the person filing)", styles.h2),
        kv_table(_person_rows(reqs[0] if reqs else b) + (
            [("Relationship to beneficiary", reqs[0].relationship)] if reqs else []), styles),
        Paragraph("Beneficiary (person to be paroled) [verify part number]", styles.h2),
        kv_table(_person_rows(b), styles),
        Paragraph("Part 8 — Parole details [verify item numbers]", styles.h2),
        kv_table([
            ("How the person qualifies", REASON_LABELS.get(case.reason, "") if case.reason else ""),
            ("Expected length of stay", f"{case.duration_months} months" if case.duration_months else ""),
            ("Intended arrival date", _d(case.intended_travel_date)),
            ("Embassy or consulate to notify", "[fill in]"),
            ("Expedite requested", "yes" if case.expedite_requested else "no"),
            ("Filing", "CBP port of entry: " + case.port_of_entry if case.channel == Channel.CBP_PORT_OF_ENTRY
             else f"USCIS ({case.filing_mode.value})"),
            ("Fee", case.fee_status.value.replace("_", " ")),
        ], styles),
        Paragraph("Background questions", styles.h2),
        kv_table([
            ("Criminal history", bg.criminal_history.value), ("Immigration violations", bg.immigration_violations.value),
            ("Prior visa denials", bg.prior_visa_denials.value), ("Prior removals", bg.prior_removals.value),
            ("Removal proceedings", bg.removal_proceedings.value), ("Explanation", bg.explanation),
        ], styles),
    ]
    return out


def build_i134(case: Case, styles: Styles, pack: str) -> F:
    out: F = []
    b = case.beneficiary
    for p in case.people_with_role(Role.SUPPORTER):
        out += [
            Paragraph(f"Form I-134 worksheet — {escape(p.full_name or p.organization)}", styles.h1),
            Paragraph(escape(VERIFY_NOTE.format(pack=pack)), styles.small),
            Paragraph("Part 1 — Supporter [verify item numbers]", styles.h2),
            kv_table([*_person_rows(p),
                ("Supporter type", p.supporter_kind.value if p.supporter_kind else ""),
                ("Form", p.support_form.value if p.support_form else ""),
                ("Organization", p.organization), ("US status", p.us_status),
                ("Relationship to beneficiary", p.relationship),
            ], styles),
            Paragraph("Beneficiary being supported", styles.h2),
            kv_table([("Name", b.full_name if b else ""), ("Date of birth", _d(b.date_of_birth) if b else "")], styles),
        ]
    return out


def build_g28(case: Case, styles: Styles) -> F:
    reps = case.people_with_role(Role.REPRESENTATIVE)
    if not case.represented or not reps:
        return []
    out: F = [Paragraph("Form G-28 details", styles.h1)]
    for r in reps:
        out.append(kv_table([
            ("Representative", r.full_name), ("Organization", r.organization), ("Bar number", r.bar_number),
            ("Accreditation", r.accreditation), ("G-28 attached", "yes" if r.g28 else "no"),
            ("Address", r.address), ("Telephone", r.phone), ("E-mail", r.email),
        ], styles))
    return out
