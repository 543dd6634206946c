"""Closed vocabularies of the domain: channels, statuses, roles, reasons."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    USCIS = "uscis"
    CBP_PORT_OF_ENTRY = "cbp_port_of_entry"


class CaseStatus(StrEnum):
    DRAFT = "draft"
    READY_FOR_REVIEW = "ready_for_review"
    SIGNED_OFF = "signed_off"
    FILED = "filed"
    DECIDED = "decided"


class Decision(StrEnum):
    APPROVED = "approved"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"


class Role(StrEnum):
    BENEFICIARY = "beneficiary"
    REQUESTOR = "requestor"
    SUPPORTER = "supporter"
    REPRESENTATIVE = "representative"
    FAMILY_MEMBER = "family_member"
    PREPARER = "preparer"
    INTERPRETER = "interpreter"
    SIGNER = "signer"  # parent/guardian signing for a beneficiary under 14


class Reason(StrEnum):
    MEDICAL_TREATMENT = "medical_treatment"
    SICK_RELATIVE = "sick_relative"
    FUNERAL = "funeral"
    LEGAL_PROCEEDING = "legal_proceeding"
    FAMILY_UNITY = "family_unity"
    PROTECTION = "protection"
    ORGAN_DONOR = "organ_donor"
    PUBLIC_BENEFIT = "public_benefit"
    OTHER = "other"


class SupporterKind(StrEnum):
    PERSON = "person"
    SELF = "self"
    ORGANIZATION = "organization"


class SupportForm(StrEnum):
    I134 = "I-134"
    I134A = "I-134A"
    COMMITMENT_LETTER = "commitment_letter"


class FeeStatus(StrEnum):
    UNRECORDED = "unrecorded"
    PAID = "paid"
    WAIVER_REQUESTED = "waiver_requested"
    EXEMPT = "exempt"


class FilingMode(StrEnum):
    PAPER = "paper"
    ONLINE = "online"


class ParoleFeePlan(StrEnum):
    UNRECORDED = "unrecorded"
    WILL_PAY = "will_pay"
    EXCEPTION_CLAIMED = "exception_claimed"


class PaymentMethod(StrEnum):
    """How the filing fee is paid on a paper filing (electronic payment only from 2025-10-28; see the pack)."""

    UNRECORDED = "unrecorded"
    G1450 = "G-1450"  # credit/debit/prepaid card authorization
    G1650 = "G-1650"  # ACH debit from a US bank account
    G1651 = "G-1651"  # exemption from electronic payment
    I912 = "I-912"  # fee-waiver request instead of payment


class Answer(StrEnum):
    """A background question: unanswered until someone answers yes or no."""

    UNANSWERED = "unanswered"
    YES = "yes"
    NO = "no"


class ReviewerRole(StrEnum):
    ATTORNEY = "attorney"
    ACCREDITED_REPRESENTATIVE = "accredited_representative"
    SUPERVISOR = "supervisor"


class Severity(StrEnum):
    FAIL = "fail"
    WARN = "warn"
    INFO = "info"


# Evidence kinds that are not tied to one reason's checklist (reason items live in the rules pack).
GENERAL_EVIDENCE_KINDS: tuple[str, ...] = (
    "identity_document",  # beneficiary passport bio page or national ID
    "requestor_identity",
    "supporter_identity",
    "supporter_financial",  # tax returns, pay statements, bank letter, commitment letter
    "organization_status",  # supporting organization's status document (e.g. IRS determination letter)
    "photos",
    "fee_payment",
    "fee_waiver",  # I-912 or written request + evidence
    "g28",
    "translation",
    "visa_denial",
    "prior_petition",
    "country_report",
    "third_party_report",  # media/NGO/government report naming the beneficiary
    "parent_consent",
    "custody_proof",
    "other",
)
