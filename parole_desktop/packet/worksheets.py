"""Form I-134 worksheets: one per supporter per beneficiary, laid out by the parts of the form, holding only
what the case records. What the form asks and the case does not record is a finding for the review
record (:func:`i134_findings`), never a placeholder in the filing."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.packet.fonts import Styles
from parole_desktop.packet.names import country_name
from parole_desktop.packet.sections import kv_table
from parole_desktop.packet.templates import address_lines, fmt_date, passport_name
from parole_desktop.packet.text import escape, markup

F = list[Any]

#: Parts of Form I-134 the app does not record (the supporter completes them on the official form).
NOT_RECORDED_PARTS = ("employment and income", "assets", "dependents")


def _d(d: Any) -> str:
    return fmt_date(d) if d else ""


def _rows(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in rows if v]


def _supporter_rows(p: Person) -> list[tuple[str, str]]:
    return _rows(
        [
            ("Family name (last)", p.family_name),
            ("Given name (first)", p.given_name),
            ("Organization", p.organization),
            ("Other names used", p.other_names),
            ("Date of birth", _d(p.date_of_birth)),
            ("Country of birth", country_name(p.country_of_birth)),
            ("Country of citizenship", country_name(p.citizenship)),
            ("Status in the United States", p.us_status),
            ("Mailing address", ", ".join(address_lines(p))),
            ("Daytime telephone", p.phone),
            ("E-mail", p.email),
            ("Form used", p.support_form.value if p.support_form else ""),
        ]
    )


def _beneficiary_rows(case: Case, p: Person) -> list[tuple[str, str]]:
    b = case.beneficiary
    if b is None:
        return []
    return _rows(
        [
            ("Name", b.full_name),
            ("Date of birth", _d(b.date_of_birth)),
            ("Country of citizenship", country_name(b.citizenship)),
            ("Current country", country_name(b.current_country)),
            ("Relationship to the supporter", p.relationship),
        ]
    )


def supporters(case: Case) -> list[Person]:
    return [p for p in case.people_with_role(Role.SUPPORTER) if p.full_name or p.organization]


def build_i134(case: Case, styles: Styles) -> F:
    out: F = []
    b = case.beneficiary
    for p in supporters(case):
        who = passport_name(p) if p.full_name else p.organization
        out += [
            Paragraph("Form I-134 worksheet — " + markup(who), styles.h2),
            Paragraph(
                escape(
                    "The supporter's checklist for the official Form I-134 (never filed): declaration of "
                    "financial support for "
                    + (passport_name(b) if b else "the beneficiary")
                    + ": the answers recorded for the supporter, by part of Form I-134."
                ),
                styles.small,
            ),
            Paragraph("<b>Part 1 — Information about the supporter</b>", styles.body),
            kv_table(_supporter_rows(p), styles),
        ]
        ben = _beneficiary_rows(case, p)
        if ben:
            out += [Paragraph("<b>Beneficiary supported</b>", styles.body), kv_table(ben, styles)]
    return out


def i134_findings(case: Case) -> list[str]:
    out = []
    for p in supporters(case):
        who = p.full_name or p.organization
        missing = [
            k
            for k, v in (
                ("date of birth", p.date_of_birth),
                ("mailing address", address_lines(p)),
                ("status in the United States", p.us_status),
            )
            if not v
        ]
        if missing:
            out.append(f"Form I-134 ({who}): not recorded: {', '.join(missing)}.")
        out.append(
            f"Form I-134 ({who}): {', '.join(NOT_RECORDED_PARTS)} are not recorded by the app; the "
            "supporter completes them on the official form (or supplies a mapped edition)."
        )
    return out
