"""Cover-letter templates (resources/templates/cover_<reason>.txt) and their placeholders."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path

from parole_desktop.domain.enums import Channel, Reason, Role
from parole_desktop.domain.models import Case

REASON_LABELS: dict[Reason, str] = {
    Reason.MEDICAL_TREATMENT: "urgent medical treatment",
    Reason.SICK_RELATIVE: "visiting a seriously ill relative",
    Reason.FUNERAL: "attending a funeral",
    Reason.LEGAL_PROCEEDING: "taking part in a legal proceeding",
    Reason.FAMILY_UNITY: "preventing family separation",
    Reason.PROTECTION: "protection from targeted harm",
    Reason.ORGAN_DONOR: "organ donation",
    Reason.PUBLIC_BENEFIT: "significant public benefit",
    Reason.OTHER: "urgent humanitarian reasons",
}

VERIFY_ADDRESS = "[verify filing address]"


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return f"[{key}]"


def fmt_date(d: dt.date | None) -> str:
    return d.strftime("%B %-d, %Y") if d else "[date not recorded]"


def template_text(reason: Reason | None, templates_dir: Path) -> str:
    for name in ([f"cover_{reason.value}.txt"] if reason else []) + ["cover_default.txt"]:
        p = templates_dir / name
        if p.is_file():
            return p.read_text(encoding="utf-8")
    return "Re: Request for humanitarian parole for {beneficiary_name}\n\nDear Sir or Madam:\n"


def placeholders(case: Case, today: dt.date, preparer: str) -> dict[str, str]:
    b = case.beneficiary
    req = case.people_with_role(Role.REQUESTOR)
    requestor = req[0].full_name if req else (b.full_name if b else "")
    if case.channel == Channel.CBP_PORT_OF_ENTRY:
        form = f"The beneficiary will present this request in person at {case.port_of_entry or '[port of entry]'}."
        if case.intended_travel_date:
            form += f" Intended arrival: {fmt_date(case.intended_travel_date)}."
    else:
        form = "Form I-131 and Form I-134 are enclosed (see the worksheets)."
    return _Defaults(
        date=fmt_date(today),
        beneficiary_name=(b.full_name if b else "") or "[beneficiary]",
        beneficiary_dob=fmt_date(b.date_of_birth if b else None),
        beneficiary_citizenship=(b.citizenship if b else "") or "[citizenship]",
        beneficiary_country=(b.current_country or b.citizenship if b else "") or "[country]",
        requestor_name=requestor or "[requestor]",
        reason_label=REASON_LABELS.get(case.reason, "urgent humanitarian reasons") if case.reason else "urgent humanitarian reasons",
        key_date=fmt_date(case.key_date),
        key_date_label=case.key_date_label or "Key date",
        duration=f"{case.duration_months} months" if case.duration_months else "[duration]",
        intended_travel_date=fmt_date(case.intended_travel_date),
        port_of_entry=case.port_of_entry or "[port of entry]",
        channel_form=form,
        preparer_name=preparer or "[preparer]",
    )


def fill(template: str, values: dict[str, str]) -> str:
    """``str.format_map`` that never raises on unknown fields or stray braces."""
    out = []
    for literal, fname, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        if fname is not None:
            out.append(values.get(fname, f"[{fname}]"))
    return "".join(out)


def addressee(case: Case, filing_address: str) -> list[str]:
    if case.channel == Channel.CBP_PORT_OF_ENTRY:
        return ["Port Director", "U.S. Customs and Border Protection", case.port_of_entry or "[port of entry]"]
    lines = ["U.S. Citizenship and Immigration Services", "Attn: HP"]
    lines += filing_address.splitlines() if filing_address.strip() else [VERIFY_ADDRESS]
    return lines
