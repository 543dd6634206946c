"""Human words for the closed vocabularies shown in lists, filters and dialogs."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from parole_desktop.domain.enums import CaseStatus, Channel, Reason, ReviewerRole


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


_WORDS: dict[str, str] = {
    Channel.USCIS: "USCIS (Form I-131)",
    Channel.CBP_PORT_OF_ENTRY: "CBP at a port of entry",
    CaseStatus.DRAFT: "Draft",
    CaseStatus.READY_FOR_REVIEW: "Ready for review",
    CaseStatus.SIGNED_OFF: "Signed off",
    CaseStatus.FILED: "Filed",
    CaseStatus.DECIDED: "Decided",
    Reason.MEDICAL_TREATMENT: "Medical treatment",
    Reason.SICK_RELATIVE: "Visit a sick relative",
    Reason.FUNERAL: "Funeral",
    Reason.LEGAL_PROCEEDING: "Legal proceeding",
    Reason.FAMILY_UNITY: "Family unity",
    Reason.PROTECTION: "Protection",
    Reason.ORGAN_DONOR: "Organ donor",
    Reason.PUBLIC_BENEFIT: "Public benefit",
    Reason.OTHER: "Other",
    ReviewerRole.ATTORNEY: "Attorney",
    ReviewerRole.ACCREDITED_REPRESENTATIVE: "Accredited representative",
    ReviewerRole.SUPERVISOR: "Supervisor",
}


def label(value: object) -> str:
    """The display word for an enum value (or its raw text, tidied, when unknown)."""
    if value is None or value == "":
        return ""
    text = _WORDS.get(str(value))
    return _t(text) if text else str(value).replace("_", " ").capitalize()


def choices(enum: type[Enum]) -> list[tuple[str, str]]:
    """(label, value) pairs for a combo box."""
    return [(label(v), str(v)) for v in enum]
