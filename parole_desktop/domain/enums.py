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


# ---- case format 2 (0.3.0): fields the I-131 instructions ask for, and the request kinds of 2027 ----
class RequestType(StrEnum):
    """What is asked (Form I-131 Part 1): a first parole from abroad, a new period for someone already
    paroled into the US (re-parole, Items 10-11), or parole in place where a program allows it."""

    INITIAL = "initial"
    RE_PAROLE = "re_parole"
    PAROLE_IN_PLACE = "parole_in_place"


class ParoleBasis(StrEnum):
    """The statutory basis claimed (INA 212(d)(5)(A)): two separate grounds, never mixed in one sentence.
    ``unrecorded`` = not chosen yet (the checks ask for it)."""

    UNRECORDED = "unrecorded"
    URGENT_HUMANITARIAN = "urgent_humanitarian"
    SIGNIFICANT_PUBLIC_BENEFIT = "significant_public_benefit"


class Route(StrEnum):
    """Who brings the request: the requestor (a private request on Form I-131) or a US government agency
    that sponsors it (an agency referral, handled outside the private I-131 process)."""

    PRIVATE_REQUEST = "private_request"
    AGENCY_REFERRAL = "agency_referral"


class KeyDateKind(StrEnum):
    """What the key date is: an event the person must be there before (surgery, hearing, funeral:
    arriving on the day is too late) or a deadline to arrive by (arriving on the day is in time)."""

    EVENT = "event"
    DEADLINE = "deadline"


class I134Delivery(StrEnum):
    """How the supporter's signed Form I-134 reaches USCIS (the worksheet the app prints is never filed)."""

    UNRECORDED = "unrecorded"
    IN_PACKET = (
        "in_packet"  # the official I-134 (a mapped edition the user supplied) is filled into the packet
    )
    FOLLOWS = "follows"  # the requestor sends the supporter's signed I-134 separately, after this packet
    ENCLOSED_BY_SUPPORTER = "enclosed_by_supporter"  # the supporter mails it themselves


class PayerKind(StrEnum):
    """Who pays the filing fee (G-1450/G-1650 name the payer)."""

    UNRECORDED = "unrecorded"
    BENEFICIARY = "beneficiary"
    REQUESTOR = "requestor"
    SUPPORTER = "supporter"
    REPRESENTATIVE = "representative"
    OTHER = "other"  # a payer who is not a party to the request


class CaptureKind(StrEnum):
    """How an evidence file was made: the original or a certified copy, a scan, or a phone photo."""

    UNRECORDED = "unrecorded"
    ORIGINAL = "original"
    CERTIFIED_COPY = "certified_copy"
    SCAN = "scan"
    PHONE_PHOTO = "phone_photo"


class UnitKind(StrEnum):
    """Form I-131 address items: the Apt./Ste./Flr. box ticked beside the unit number."""

    NONE = ""
    APARTMENT = "apt"
    SUITE = "ste"
    FLOOR = "flr"


class Ethnicity(StrEnum):
    """Form I-131 Part 3, Item 1 (select one)."""

    UNRECORDED = ""
    HISPANIC = "hispanic_or_latino"
    NOT_HISPANIC = "not_hispanic_or_latino"


#: Form I-131 Part 3, Item 2 (select all that apply): the stored codes, in the form's order.
RACES: tuple[str, ...] = ("american_indian_or_alaska_native", "asian", "black", "pacific_islander", "white")
#: Part 3, Item 5 (select one); "unknown" is the form's Unknown/Other.
EYE_COLORS: tuple[str, ...] = (
    "black",
    "blue",
    "brown",
    "gray",
    "green",
    "hazel",
    "maroon",
    "pink",
    "unknown",
)
#: Part 3, Item 6 (select one); "bald" is the form's Bald (No Hair), "unknown" its Unknown/Other.
HAIR_COLORS: tuple[str, ...] = ("bald", "black", "blond", "brown", "gray", "red", "sandy", "white", "unknown")
