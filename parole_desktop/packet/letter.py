"""The cover letter, built only from recorded facts.

Every sentence is a :class:`Sentence` with the field (``case.x``, ``person.role.x``) or exhibit
(``exhibit:B``) it comes from; a fact that is not recorded produces no sentence at all (never a
placeholder, never a stock claim). Pure Python: the layout turns the sections into paragraphs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parole_desktop.domain.enums import Channel, Reason, Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.packet.names import country_name
from parole_desktop.packet.plan import PlannedExhibit, RequestPlan
from parole_desktop.packet.templates import REASON_LABELS, fmt_date


@dataclass(frozen=True)
class Sentence:
    text: str
    source: str  # a field path or "exhibit:<letter>"


@dataclass
class Section:
    heading: str
    sentences: list[Sentence] = field(default_factory=list)

    def add(self, text: str, source: str) -> None:
        self.sentences.append(Sentence(text, source))


@dataclass
class Letter:
    subject: Sentence | None
    sections: list[Section]
    signer: str
    signer_role: str
    signer_source: str

    def all_sentences(self) -> list[Sentence]:
        out = [self.subject] if self.subject else []
        return out + [s for sec in self.sections for s in sec.sentences]


def _attr(obj: object, name: str) -> str:
    return str(getattr(obj, name, "") or "").strip()


def _first(case: Case, role: Role) -> Person | None:
    found = case.people_with_role(role)
    return found[0] if found else None


def _key_exhibits(plan: RequestPlan) -> list[PlannedExhibit]:
    return [ex for ex in plan.exhibits if ex.original is None and ex.group == 0]


def _cite(exhibits: list[PlannedExhibit]) -> str:
    return ", ".join(f"Exhibit {ex.letter} ({ex.title})" for ex in exhibits)


def signer_of(case: Case) -> tuple[str, str, str]:
    """(name, role, source): counsel when represented with a G-28, otherwise the requestor (or the
    beneficiary filing for themself); ("", "", "") when nobody is recorded."""
    if case.represented:
        for r in case.people_with_role(Role.REPRESENTATIVE):
            if r.g28 and r.full_name:
                role = "Attorney or accredited representative (Form G-28 enclosed)"
                return r.full_name, role, "people.representative.full_name"
    req = _first(case, Role.REQUESTOR)
    if req is not None and req.full_name:
        return req.full_name, "Requestor", "people.requestor.full_name"
    b = case.beneficiary
    if b is not None and b.full_name:
        return b.full_name, "Beneficiary, filing on their own behalf", "people.beneficiary.full_name"
    return "", "", ""


def build_letter(
    case: Case, plan: RequestPlan, enclosures: list[str], today: dt.date, others: list[str] | None = None
) -> Letter:
    """``others``: the beneficiaries of the other requests filed in the same packet (a family group)."""
    del today
    b = case.beneficiary
    bname = b.full_name if b else ""
    req = _first(case, Role.REQUESTOR)
    reason = REASON_LABELS.get(case.reason) if case.reason else None
    subject = None
    if bname:
        subject = Sentence(
            f"Re: Request for humanitarian parole under INA section 212(d)(5)(A) for {bname}"
            + (f" — {reason}" if reason else ""),
            "people.beneficiary.full_name",
        )

    request = Section("The request")
    if bname:
        who = req.full_name if req is not None and req.full_name else bname
        src = (
            "people.requestor.full_name"
            if req is not None and req.full_name
            else "people.beneficiary.full_name"
        )
        if case.channel == Channel.CBP_PORT_OF_ENTRY:
            request.add(
                f"{who} requests that {bname} be paroled into the United States at a port of entry "
                "under INA section 212(d)(5)(A).",
                src,
            )
        else:
            request.add(
                f"{who} requests humanitarian parole into the United States for {bname} under INA "
                "section 212(d)(5)(A).",
                src,
            )
    if case.expedite_requested and case.key_date:
        request.add(
            f"Expedited processing is requested because of the {case.key_date_label or 'key date'} "
            f"on {fmt_date(case.key_date)}.",
            "case.expedite_requested",
        )
    if others:
        request.add(
            "This request is filed together with the requests for "
            + ", ".join(others)
            + "; each has its own Form I-131 and exhibits in this packet.",
            "packet.family_group",
        )
    if enclosures:
        request.add("Enclosed: " + "; ".join(enclosures) + ".", "packet.enclosures")

    ben = Section("The beneficiary")
    if b is not None and bname:
        bits = []
        if b.date_of_birth:
            bits.append(f"was born on {fmt_date(b.date_of_birth)}")
        if b.country_of_birth:
            bits.append(f"in {country_name(b.country_of_birth)}")
        if bits:
            ben.add(
                f"{bname} " + " ".join(bits) + ".",
                "people.beneficiary.date_of_birth"
                if b.date_of_birth
                else "people.beneficiary.country_of_birth",
            )
        if b.citizenship:
            ben.add(
                f"{bname} is a citizen of {country_name(b.citizenship)}.", "people.beneficiary.citizenship"
            )
        if b.current_country:
            ben.add(
                f"{bname} currently lives in {country_name(b.current_country)}.",
                "people.beneficiary.current_country",
            )
        if req is not None and req.full_name and req.relationship:
            ben.add(
                f"{req.full_name} is the beneficiary's {req.relationship}.", "people.requestor.relationship"
            )

    urgent = Section("The urgent humanitarian reason")
    if reason:
        urgent.add(f"The request rests on urgent humanitarian reasons: {reason}.", "case.reason")
    if case.key_date:
        label = case.key_date_label.strip() or "Key date"
        urgent.add(f"{label[:1].upper() + label[1:]}: {fmt_date(case.key_date)}.", "case.key_date")
    if case.reason == Reason.FUNERAL:
        dn, dr = _attr(case, "deceased_name"), _attr(case, "deceased_relationship")
        if dn:
            urgent.add(
                f"The funeral is for {dn}" + (f", the beneficiary's {dr}" if dr else "") + ".",
                "case.deceased_name",
            )
    if case.reason == Reason.MEDICAL_TREATMENT:
        cn, cr = _attr(case, "minor_companion_name"), _attr(case, "minor_companion_relationship")
        if cn:
            urgent.add(
                f"{cn}" + (f", the patient's {cr}," if cr else "") + " will accompany the patient.",
                "case.minor_companion_name",
            )
    for para in _paras(case.statement):
        urgent.add(para, "case.statement")
    key = _key_exhibits(plan)
    if key:
        urgent.add(f"See {_cite(key)}.", "exhibit:" + ",".join(ex.letter for ex in key))

    visa = Section("Why parole and not a visa")
    for para in _paras(case.why_no_visa):
        visa.add(para, "case.why_no_visa")
    if case.reason == Reason.PROTECTION:
        for para in _paras(_attr(case, "refugee_processing_unavailable")):
            visa.add(para, "case.refugee_processing_unavailable")

    inad = Section("Inadmissibility")
    for para in _paras(case.inadmissibility):
        inad.add(para, "case.inadmissibility")

    dur = Section("Duration requested")
    if case.duration_months:
        dur.add(f"Parole is requested for {case.duration_months} months.", "case.duration_months")
    for para in _paras(case.duration_justification):
        dur.add(para, "case.duration_justification")

    support = Section("Financial support")
    for p in case.people_with_role(Role.SUPPORTER):
        name = p.full_name or p.organization
        if not name:
            continue
        bits = [name]
        if p.relationship:
            bits.append(f"the beneficiary's {p.relationship}")
        if p.us_status:
            bits.append(f"US status: {p.us_status}")
        form = str(p.support_form.value) if p.support_form else ""
        text = ", ".join(bits) + " will support the beneficiary financially"
        text += f" (Form {form} worksheet enclosed)." if form in ("I-134", "I-134A") else "."
        support.add(text, "people.supporter.full_name")

    ties = Section("Ties and intent to depart")
    for para in _paras(_attr(case, "return_intent")):
        ties.add(para, "case.return_intent")
    for para in _paras(_attr(case, "home_ties")):
        ties.add(para, "case.home_ties")

    relied = Section("Exhibits relied on")
    for ex in plan.exhibits:
        relied.add(f"Exhibit {ex.letter}: {ex.title}.", f"exhibit:{ex.letter}")
    for ex in plan.shared_elsewhere:
        relied.add(
            f"Exhibit {ex.letter}: {ex.title} (filed with another family member's request).",
            f"exhibit:{ex.letter}",
        )

    sections = [s for s in (request, ben, urgent, visa, inad, dur, support, ties, relied) if s.sentences]
    name, role, src = signer_of(case)
    return Letter(subject, sections, name, role, src)


def _paras(text: str) -> list[str]:
    import re

    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", (text or "").strip()) if p.strip()]
