"""Wording shared by the letter and the forms: reason labels and the date format. (The cover letter is
built from recorded facts only, in :mod:`parole_desktop.packet.letter`; there are no free-text
templates with stock claims any more.)"""

from __future__ import annotations

import datetime as dt

from parole_desktop.domain.enums import Reason

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


def fmt_date(d: dt.date | None) -> str:
    return d.strftime("%B %-d, %Y") if d else "[date not recorded]"
