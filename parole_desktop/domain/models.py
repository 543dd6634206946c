"""Dataclasses of the domain: cases, people, evidence, family groups, reviewers, sign-offs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

from parole_desktop.domain.enums import (
    Answer,
    CaptureKind,
    CaseStatus,
    Channel,
    Decision,
    Ethnicity,
    FeeStatus,
    FilingMode,
    I134Delivery,
    KeyDateKind,
    ParoleBasis,
    ParoleFeePlan,
    PayerKind,
    PaymentMethod,
    Reason,
    RequestType,
    ReviewerRole,
    Role,
    Route,
    Severity,
    SupporterKind,
    SupportForm,
    UnitKind,
)


@dataclass
class ParoleRecord:
    """One earlier or current parole of a person (from an I-94, from outcome tracking, or typed by hand)."""

    i94_number: str = ""
    class_of_admission: str = ""  # e.g. "DT", "UHP", "OAR" as printed on the I-94
    program: str = ""  # the program or process it was granted under; "" = case-by-case
    basis: str = ""  # ParoleBasis value of the earlier grant, when known
    paroled_on: dt.date | None = None
    expires_on: dt.date | None = None  # "Admit Until Date" of the I-94
    source: str = "manual"  # "manual" (typed), "outcome" (from this vault's outcome tracking), "i94"


@dataclass
class Person:
    """Anyone named in a request. ``role`` says why they are there; one case has one beneficiary."""

    role: Role
    given_name: str = ""
    family_name: str = ""
    id: int | None = None
    case_id: int | None = None
    other_names: str = ""
    # the name exactly as in the passport, in Latin letters (MRZ spelling); given/family_name keep the name as typed
    passport_given_name: str = ""
    passport_family_name: str = ""
    a_number: str = ""  # USCIS A-Number, if the person has one (Form I-131 Part 2)
    date_of_birth: dt.date | None = None
    sex: str = ""
    country_of_birth: str = ""
    citizenship: str = ""  # ISO 3166-1 alpha-2 or country name
    current_country: str = ""
    # The address as first typed, one free-text line (case format 1). The form is filled only from the parts
    # below; an address whose parts are empty is shown to the volunteer to confirm, never split silently.
    address: str = ""
    # mailing address (I-131 Part 2 Item 3 for the filer, Item 24 for the beneficiary), in the form's parts
    address_in_care_of: str = ""
    address_street: str = ""  # street number and name (the unit in address_unit_kind/address_unit)
    address_city: str = ""
    address_region: str = ""  # US: the two-letter state; elsewhere the province, state or region
    address_postal_code: str = ""  # US: the ZIP code
    address_country: str = ""  # ISO 3166-1 alpha-2 ("US", "AF", ...)
    # physical address if different from the mailing address (Item 4 / Item 25); empty = the same
    physical_street: str = ""
    physical_city: str = ""
    physical_region: str = ""
    physical_postal_code: str = ""
    physical_country: str = ""
    phone: str = ""
    email: str = ""
    passport_number: str = ""
    passport_expiry: dt.date | None = None
    relationship: str = ""  # to the beneficiary
    us_status: str = ""  # supporter / US relative: citizen, LPR, parolee, ...
    # supporter
    supporter_kind: SupporterKind | None = None
    support_form: SupportForm | None = None
    organization: str = ""
    # representative
    bar_number: str = ""
    accreditation: str = ""
    g28: bool = False
    # family member: the case id of their own linked request, if any
    linked_case_id: int | None = None
    # the same link across vaults: the stable uid of that case (case JSON export/import)
    linked_case_uid: str = ""
    # translator / interpreter language
    language: str = ""
    notes: str = ""
    # I-131 Part 3, biographic information of the person who will receive the document (the beneficiary)
    ethnicity: Ethnicity = Ethnicity.UNRECORDED
    race: str = ""  # comma-separated codes of enums.RACES (select all that apply)
    height_feet: int | None = None
    height_inches: int | None = None
    weight_pounds: int | None = None
    eye_color: str = ""  # one of enums.EYE_COLORS
    hair_color: str = ""  # one of enums.HAIR_COLORS
    # I-131 Part 2 Items 12-14 / 26-27: the current I-94 (re-parole, parole in place)
    class_of_admission: str = ""
    i94_number: str = ""
    i94_expiry: dt.date | None = None
    # earlier and current paroles of this person (re-parole checks find an expired or expiring one)
    paroles: list[ParoleRecord] = field(default_factory=list)
    # I-131 Part 4 Items 2-3: an earlier reentry permit / refugee travel document, an earlier advance parole
    reentry_permit_issued: Answer = Answer.UNANSWERED
    reentry_permit_date: dt.date | None = None
    reentry_permit_disposition: str = ""
    advance_parole_issued: Answer = Answer.UNANSWERED
    advance_parole_date: dt.date | None = None
    advance_parole_disposition: str = ""
    # the Apt./Ste./Flr. box and number of the mailing and the physical address (their own boxes on the
    # form); an older street line that holds the unit is printed as it is
    address_unit_kind: UnitKind = UnitKind.NONE
    address_unit: str = ""
    physical_unit_kind: UnitKind = UnitKind.NONE
    physical_unit: str = ""
    # stable identity of the person across laptops (the exchange's field paths, #23); not signed content
    uid: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name.strip(), self.family_name.strip()) if p)


@dataclass
class Evidence:
    """One evidence item: an encrypted attachment and what it is. Shared items serve a whole family group."""

    kind: str
    title: str = ""
    id: int | None = None
    case_id: int | None = None
    language: str = "en"  # BCP-47-ish code; anything but "en" needs a translation
    translation_of: int | None = None  # evidence id of the original
    translator_name: str = ""
    translator_certified: bool = False
    document_date: dt.date | None = None
    notes: str = ""
    sha256: str = ""
    size: int = 0
    original_filename: str = ""
    media_type: str = ""
    pages: int | None = None
    width_px: int | None = None
    height_px: int | None = None
    names_person: bool = False  # third-party document naming the beneficiary (protection)
    shared_with_group: bool = False
    attachment_id: str = ""
    added_at: dt.datetime | None = None
    added_by: str = ""
    # The probe's verdict (packet/probe.py), stored at intake: "" not checked yet (older vaults), "ok" it
    # prints, "unprintable" it cannot; print_note says what printing does to it, or why it cannot print.
    print_verdict: str = ""
    print_note: str = ""
    # what the document itself says (typed when adding it, or prefilled from its text layer), checked
    # against the people records (HP-ID-08)
    stated_name: str = ""
    stated_date_of_birth: dt.date | None = None
    stated_passport_number: str = ""
    capture: CaptureKind = CaptureKind.UNRECORDED  # original, scan, phone photo ...

    @property
    def is_foreign_language(self) -> bool:
        return bool(self.language) and self.language.lower() not in ("en", "eng", "english")


@dataclass
class Background:
    """Background questions of the I-131; every one must be answered."""

    criminal_history: Answer = Answer.UNANSWERED
    immigration_violations: Answer = Answer.UNANSWERED
    prior_visa_denials: Answer = Answer.UNANSWERED
    prior_removals: Answer = Answer.UNANSWERED
    removal_proceedings: Answer = Answer.UNANSWERED
    explanation: str = ""
    # one explanation per "yes" answer (HP-BG-04)
    criminal_history_explanation: str = ""
    immigration_violations_explanation: str = ""
    prior_visa_denials_explanation: str = ""
    prior_removals_explanation: str = ""
    removal_proceedings_explanation: str = ""

    QUESTIONS: ClassVar[tuple[str, ...]] = (
        "criminal_history",
        "immigration_violations",
        "prior_visa_denials",
        "prior_removals",
        "removal_proceedings",
    )

    def explanation_for(self, question: str) -> str:
        """The explanation recorded for one question ("" when none)."""
        return str(getattr(self, f"{question}_explanation", "") or "").strip()


@dataclass
class Outcome:
    """What happened after filing."""

    filed_on: dt.date | None = None
    receipt_number: str = ""
    decision: Decision | None = None
    decided_on: dt.date | None = None
    i94_number: str = ""
    parole_expiry: dt.date | None = None


@dataclass
class Case:
    """One request for one beneficiary, with the people, reason, fees and background that go with it."""

    channel: Channel = Channel.USCIS
    id: int | None = None
    status: CaseStatus = CaseStatus.DRAFT
    family_group_id: int | None = None
    reason: Reason | None = None
    statement: str = ""
    key_date: dt.date | None = None  # surgery, funeral, hearing ...
    key_date_label: str = ""
    duration_months: int | None = None
    duration_justification: str = ""
    why_no_visa: str = ""
    inadmissibility: str = ""
    expedite_requested: bool = False
    intended_travel_date: dt.date | None = None
    port_of_entry: str = ""
    program: str = ""  # empty for a general case-by-case request
    fee_status: FeeStatus = FeeStatus.UNRECORDED
    filing_mode: FilingMode = FilingMode.PAPER
    parole_fee_plan: ParoleFeePlan = ParoleFeePlan.UNRECORDED
    parole_fee_exception: str = ""  # which statutory exception is claimed
    represented: bool = False
    # paper filing: how the fee is paid (G-1450 card, G-1650 ACH, G-1651 exemption, I-912 waiver) and by whom
    payment_method: PaymentMethod = PaymentMethod.UNRECORDED
    payer_name: str = ""
    payer_us_bank_account: bool = False  # G-1650 needs an account at a US bank
    # facts the cover letter states (only when recorded)
    return_intent: str = ""  # intent to depart when parole ends
    home_ties: str = ""  # ties to the home country (family, work, property)
    deceased_name: str = ""  # funeral: who died
    deceased_relationship: str = ""  # funeral: relationship of the deceased to the beneficiary
    minor_companion_name: str = ""  # medical, minor patient: who accompanies them
    minor_companion_relationship: str = ""
    refugee_processing_unavailable: str = ""  # protection: why refugee processing is not available in time
    # USCIS: the US embassy or consulate to notify, "City, Country" (Form I-131 Part 8, Item 3.b)
    consular_post: str = ""
    # case format 2 (0.3.0)
    request_type: RequestType = RequestType.INITIAL
    parole_basis: ParoleBasis = ParoleBasis.UNRECORDED
    route: Route = Route.PRIVATE_REQUEST
    sponsoring_agency: str = ""  # agency referral / significant public benefit: the US agency
    key_date_kind: KeyDateKind = KeyDateKind.EVENT
    i134_delivery: I134Delivery = I134Delivery.UNRECORDED
    # grounds of inadmissibility, codes from the rules pack's list (e.g. "212(a)(7)(B)(i)(I)")
    inadmissibility_grounds: list[str] = field(default_factory=list)
    payer_kind: PayerKind = PayerKind.UNRECORDED
    card_issued_abroad: bool = False  # G-1450: the card was issued by a bank outside the US
    # exception to an entry suspension claimed (an id of the pack's list for that proclamation)
    suspension_exception: str = ""
    suspension_exception_note: str = ""
    # CBP: the port's street address and the time the beneficiary will present themselves
    port_address: str = ""
    presentation_time: str = ""  # "HH:MM", local time at the port
    # stable identity of the case across vaults (portable links); not part of the signed content
    uid: str = ""
    background: Background = field(default_factory=Background)
    outcome: Outcome = field(default_factory=Outcome)
    people: list[Person] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    notes: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    # re-parole: has the beneficiary stayed in the US since the parole began (leaving ends parole)? "no" =
    # left at least once; the note says since when, or when they left and came back
    continuous_presence: Answer = Answer.UNANSWERED
    continuous_presence_note: str = ""

    def people_with_role(self, role: Role) -> list[Person]:
        return [p for p in self.people if p.role == role]

    @property
    def beneficiary(self) -> Person | None:
        found = self.people_with_role(Role.BENEFICIARY)
        return found[0] if found else None

    @property
    def beneficiary_name(self) -> str:
        b = self.beneficiary
        return b.full_name if b else ""

    def evidence_by_id(self, evidence_id: int) -> Evidence | None:
        return next((e for e in self.evidence if e.id == evidence_id), None)

    def translations_of(self, evidence_id: int) -> list[Evidence]:
        return [e for e in self.evidence if e.translation_of == evidence_id]


@dataclass
class FamilyGroup:
    """Requests filed together (each family member still needs their own request)."""

    name: str
    id: int | None = None
    notes: str = ""
    case_ids: list[int] = field(default_factory=list)
    uid: str = ""  # stable across vaults (case JSON carries it)


@dataclass
class CaseSummary:
    """A row of the case list: what the list shows, without loading the whole case."""

    id: int
    beneficiary: str
    country: str
    reason: str
    channel: str
    status: str
    key_date: dt.date | None
    readiness: str
    family_group_id: int | None
    date_of_birth: dt.date | None = None
    parole_expiry: dt.date | None = None
    updated_at: str = ""


@dataclass
class ReviewerProfile:
    """An attorney, accredited representative or supervisor who signs off on requests."""

    name: str
    role: ReviewerRole
    id: int | None = None
    number: str = ""  # bar number or accreditation id
    organization: str = ""
    public_key: bytes = b""  # Ed25519 raw public key
    has_digital_id: bool = False
    created_at: dt.datetime | None = None


@dataclass
class SignOff:
    """A reviewer's attestation over one version of a case (its content hash and exhibit hashes)."""

    case_id: int
    reviewer_id: int | None  # None: signed on the reviewer's own laptop and received sealed (#23)
    signed_at: dt.datetime
    pack_id: str
    pack_version: str
    content_hash: str
    manifest_json: str
    signature: bytes
    id: int | None = None
    voided_at: dt.datetime | None = None
    void_reason: str = ""

    @property
    def is_void(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class Finding:
    """One readiness finding: a rule id, how serious, what to do, where, and why (citation)."""

    rule_id: str
    severity: Severity
    message: str
    citation: str
    field: str = ""  # e.g. "people.beneficiary.date_of_birth", "evidence.42", "checklist.physician_letter"
    verify: bool = False  # the rule rests on a figure marked "verify before filing"


@dataclass(frozen=True)
class AuditEntry:
    """One line of the append-only, hash-chained audit log. Never holds sensitive values."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str
    prev_hash: str
    hash: str
