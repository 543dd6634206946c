"""The cover letter, built only from recorded facts.

Every sentence is a :class:`Sentence` with the field (``case.x``, ``person.role.x``) or exhibit
(``exhibit:B``) it comes from; a fact that is not recorded produces no sentence at all (never a
placeholder, never a stock claim). Pure Python: the layout turns the sections into paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from parole_desktop.domain.enums import Channel, ParoleBasis, Reason, RequestType, Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.packet.model import PackInfo
from parole_desktop.packet.plan import PlannedExhibit, RequestPlan
from parole_desktop.packet.templates import (
    BASIS_WORDS,
    REASON_LABELS,
    address_lines,
    country_phrase,
    fmt_date,
    key_date_label,
    letter_name,
    months,
    parole_basis_of,
    passport_name,
)


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
    #: the sender's lines at the head of the letter (who writes, their organization, mailing address,
    #: telephone, e-mail), each only when recorded
    sender: list[str] = field(default_factory=list)

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
    b = case.beneficiary
    if req is not None and req.full_name and not is_self_filer(case):
        return letter_name(req), "Requestor", "people.requestor.full_name"
    if req is not None and req.organization and not is_self_filer(case):
        return req.organization, "Requestor", "people.requestor.organization"
    if b is not None and b.full_name:
        return letter_name(b), "Beneficiary, filing on their own behalf", "people.beneficiary.full_name"
    return "", "", ""


def is_self_filer(case: Case) -> bool:
    """The beneficiary files for themself: no requestor recorded, or a requestor recorded as "self"."""
    from parole_desktop.rules.context import is_self

    req = _first(case, Role.REQUESTOR)
    return req is None or is_self(req) or not (req.full_name or req.organization)


def _first_sentence(text: str) -> str:
    """The statement's first sentence when it is short (a summary the letter may quote), else ""."""
    import re

    paras = _paras(text)
    if not paras:
        return ""
    m = re.match(r"(.+?[.!?])(\s|$)", paras[0])
    first = m.group(1) if m else paras[0]
    return first if len(first) <= 240 else ""


def _key_date_label(case: Case) -> str:
    return key_date_label(case)


def build_letter(
    case: Case,
    plan: RequestPlan,
    enclosures: list[str],
    today: dt.date,
    others: list[str] | None = None,
    pack: PackInfo | None = None,
    separate: list[str] | None = None,
) -> Letter:
    """``others``: the beneficiaries of the other requests filed in the same packet (a family group);
    ``enclosures``: the documents actually in the filing (the build's list); ``separate``: sentences
    about documents that reach USCIS apart from this packet (the supporter's I-134); ``pack``: the
    rules pack's grounds and fee exceptions, in words."""
    del today
    b = case.beneficiary
    full = letter_name(b)  # "FERESHTEH RAHIMI (فرشته رحیمی)"
    short = passport_name(b)  # "FERESHTEH RAHIMI"
    req = _first(case, Role.REQUESTOR)
    self_filer = is_self_filer(case)
    org_req = req is not None and not self_filer and not req.full_name and bool(req.organization)
    req_name = "" if self_filer or req is None else (letter_name(req) if req.full_name else req.organization)
    reason = REASON_LABELS.get(case.reason) if case.reason else None
    basis = BASIS_WORDS[parole_basis_of(case)]
    re_parole = case.request_type == RequestType.RE_PAROLE
    in_place = case.request_type == RequestType.PAROLE_IN_PLACE
    cbp = case.channel == Channel.CBP_PORT_OF_ENTRY
    what = "re-parole (a new period of parole)" if re_parole else "parole in place" if in_place else "parole"
    subject = None
    if full:
        subject = Sentence(
            f"Re: Request for {what} under INA section 212(d)(5)(A) for {full} — {basis}"
            + (f": {reason}" if reason and reason != basis else ""),
            "people.beneficiary.full_name",
        )

    request = Section("The request")
    if full:
        if self_filer:
            # the beneficiary files for themself: one person, in the third person throughout
            if cbp:
                text = f"{full} requests parole into the United States at a port of entry"
            elif re_parole:
                text = f"{full} requests a new period of parole (re-parole)"
            elif in_place:
                text = f"{full} requests parole in place"
            else:
                text = f"{full} requests parole into the United States"
            request.add(f"{text} for {basis} under INA section 212(d)(5)(A).", "people.beneficiary.full_name")
        else:
            src = "people.requestor.organization" if org_req else "people.requestor.full_name"
            if cbp:
                text = f"{req_name} requests that {full} be paroled into the United States at a port of entry"
            elif re_parole:
                text = f"{req_name} requests a new period of parole (re-parole) for {full}"
            elif in_place:
                text = f"{req_name} requests parole in place for {full}"
            else:
                text = f"{req_name} requests parole into the United States for {full}"
            request.add(f"{text} for {basis} under INA section 212(d)(5)(A).", src)
    if (re_parole or in_place) and b is not None:
        for text, source in _in_us_sentences(b, short, pack):
            request.add(text, source)
    if case.expedite_requested and case.key_date:
        request.add(
            f"Expedited processing is requested because of {_the(_key_date_label(case))} "
            f"on {fmt_date(case.key_date)}.",
            "case.expedite_requested",
        )
    if others:
        request.add(
            f"This request is filed together with the request{'s' if len(others) > 1 else ''} for "
            + _and(others)
            + "; each has its own Form I-131 and exhibits in this packet.",
            "packet.family_group",
        )
    if enclosures:
        request.add("Enclosed: " + "; ".join(enclosures) + ".", "packet.enclosures")
    for line in separate or []:
        request.add(line, "case.i134_delivery")

    ben = Section("The beneficiary")
    if b is not None and full:
        bits = []
        if b.date_of_birth:
            bits.append(f"was born on {fmt_date(b.date_of_birth)}")
        if b.country_of_birth:
            bits.append(f"in {country_phrase(b.country_of_birth)}")
        if bits:
            ben.add(
                f"{short} " + " ".join(bits) + ".",
                "people.beneficiary.date_of_birth"
                if b.date_of_birth
                else "people.beneficiary.country_of_birth",
            )
        if b.citizenship:
            ben.add(
                f"{short} is a citizen of {country_phrase(b.citizenship)}.", "people.beneficiary.citizenship"
            )
        if b.current_country and not (re_parole or in_place):
            ben.add(
                f"{short} currently lives in {country_phrase(b.current_country)}.",
                "people.beneficiary.current_country",
            )
        if req is not None and not self_filer and req.full_name and req.relationship:
            ben.add(
                f"{passport_name(req)} is the beneficiary's {req.relationship}.",
                "people.requestor.relationship",
            )

    urgent = Section(
        "The significant public benefit"
        if parole_basis_of(case) == ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT
        else "The urgent humanitarian reason"
    )
    if reason and reason.casefold() == basis.casefold():
        urgent.add(f"The request rests on {basis}.", "case.reason")  # never "benefit: benefit"
    elif reason:
        urgent.add(f"The request rests on {basis}: {reason}.", "case.reason")
    if case.key_date:
        label = _key_date_label(case)
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
    first = _first_sentence(case.statement)
    if first:
        urgent.add(first, "case.statement")
    if case.statement.strip():
        urgent.add("The statement of reasons in this packet sets out the facts in full.", "packet.statement")
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
    grounds = (pack.grounds if pack is not None else {}) or {}
    for code in case.inadmissibility_grounds:
        if code in grounds:
            words, citation = grounds[code]
            inad.add(f"Ground of inadmissibility: {words} ({citation}).", "case.inadmissibility_grounds")
    for para in _paras(case.inadmissibility):
        inad.add(para, "case.inadmissibility")

    dur = Section("Duration requested")
    if case.duration_months:
        dur.add(f"Parole is requested for {months(case.duration_months)}.", "case.duration_months")
    for para in _paras(case.duration_justification):
        dur.add(para, "case.duration_justification")

    fee = Section("Parole fee")
    exc = case.parole_fee_exception.strip()
    if str(case.parole_fee_plan.value) == "exception_claimed" and exc:
        words = (pack.fee_exceptions.get(exc, "") if pack is not None else "") or ""
        if words:
            cite = f" ({pack.fee_statute})" if pack is not None and pack.fee_statute else ""
            fee.add(
                f"An exception to the parole fee is claimed{cite}: {words.rstrip('.')}.",
                "case.parole_fee_exception",
            )
        elif not (len(exc) <= 4 and exc[:1].upper() == "E"):  # a bare pack id we cannot put in words
            fee.add(
                f"An exception to the parole fee is claimed: {exc.rstrip('.')}.", "case.parole_fee_exception"
            )

    support = Section("Financial support")
    for p in case.people_with_role(Role.SUPPORTER):
        name = passport_name(p) if p.full_name else p.organization
        if not name:
            continue
        bits = [name]
        if p.relationship:
            bits.append(f"the beneficiary's {p.relationship}")
        if p.us_status:
            bits.append(f"US status: {p.us_status}")
        support.add(
            ", ".join(bits) + " will support the beneficiary financially.", "people.supporter.full_name"
        )

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

    contact = Section("Counsel and contact")
    if cbp:
        reps = [r for r in case.people_with_role(Role.REPRESENTATIVE) if r.full_name]
        if case.represented and reps:
            r = reps[0]
            bits = [x for x in (r.organization, r.phone, r.email) if x]
            contact.add(
                f"Counsel: {r.full_name}"
                + (f", {', '.join(bits)}" if bits else "")
                + ("; Form G-28 enclosed" if r.g28 else "")
                + ".",
                "people.representative.full_name",
            )
        person = None if self_filer else req
        if person is None or not person.phone:
            person = _first(case, Role.PREPARER)
        if person is not None and person.phone:
            who = passport_name(person) if person.full_name else person.organization
            contact.add(f"Contact: {who}, telephone {person.phone}.", "people.preparer.phone")
        if case.port_address.strip():
            contact.add(f"Port of entry address: {' '.join(case.port_address.split())}.", "case.port_address")
        when = [fmt_date(case.intended_travel_date)] if case.intended_travel_date else []
        if case.presentation_time.strip():
            when.append(f"at {case.presentation_time.strip()} local time")
        if when:
            contact.add(
                f"{short} will present at the port of entry on {' '.join(when)}.",
                "case.presentation_time" if case.presentation_time.strip() else "case.intended_travel_date",
            )

    sections = [
        s for s in (request, ben, urgent, visa, inad, dur, fee, support, ties, contact, relied) if s.sentences
    ]
    name, role, src = signer_of(case)
    return Letter(subject, sections, name, role, src, sender_lines(case))


def sender_lines(case: Case) -> list[str]:
    """Who writes the letter (the signer of :func:`signer_of`): name, organization, mailing address from
    its parts (with the apartment, suite or floor), telephone and e-mail, each only when recorded."""
    who: Person | None = None
    if case.represented:
        who = next((r for r in case.people_with_role(Role.REPRESENTATIVE) if r.g28 and r.full_name), None)
    req = _first(case, Role.REQUESTOR)
    if who is None and req is not None and not is_self_filer(case) and (req.full_name or req.organization):
        who = req
    if who is None:
        who = case.beneficiary
    if who is None:
        return []
    name = letter_name(who) if who.full_name else ""
    org = who.organization.strip()
    lines = [x for x in (name, org) if x]
    lines += address_lines(who)
    # a self-filer's contact may be on the requestor record marked "self" (Part 10 takes it from there)
    alt = req if who is case.beneficiary and req is not None else None
    phone = who.phone.strip() or (alt.phone.strip() if alt is not None else "")
    email = who.email.strip() or (alt.email.strip() if alt is not None else "")
    if phone:
        lines.append(f"Telephone: {' '.join(phone.split())}")
    if email:
        lines.append(f"E-mail: {email}")
    return lines if len(lines) > 1 else []


def _in_us_sentences(b: Person, short: str, pack: PackInfo | None) -> list[tuple[str, str]]:
    """A person in the United States (re-parole, parole in place): the current Form I-94 as the I-131
    gives it (Part 1 Item 12, Part 2 Items 26-27), then every recorded parole in date order, each with
    only what was recorded (program in the pack's words, basis, dates; its I-94 when it is not the
    current one). Nothing recorded, nothing said."""
    from parole_desktop.packet.forms import current_i94

    out: list[tuple[str, str]] = []
    coa, num, until = current_i94(b)
    bits = []
    if coa:
        bits.append(f"class of admission {coa}")
    if num:
        bits.append(f"I-94 number {num}")
    if until:
        bits.append(f"admitted until {fmt_date(until)}")
    if bits:
        out.append(
            (f"{short}'s current Form I-94 record: " + ", ".join(bits) + ".", "people.beneficiary.i94_number")
        )
    programs = pack.programs if pack is not None else {}
    recs = sorted(b.paroles, key=lambda r: (r.paroled_on is None, r.paroled_on or dt.date.min))
    for r in recs:
        text = f"{short} was paroled into the United States"
        if r.paroled_on:
            text += f" on {fmt_date(r.paroled_on)}"
        program = r.program.strip()
        if program:
            name = programs.get(program.casefold(), "")
            text += (
                f" under {name} ({program})"
                if name and name.casefold() != program.casefold()
                else (f" under {program}")
            )
        basis = BASIS_WORDS.get(ParoleBasis(r.basis)) if r.basis in set(ParoleBasis) else None
        if basis:
            text += f" for {basis}"
        own = []
        if r.i94_number.strip() and re.sub(r"\s", "", r.i94_number) != num:
            if r.class_of_admission.strip():
                own.append(f"class of admission {r.class_of_admission.strip()}")
            own.append(f"I-94 number {r.i94_number.strip()}")
            if r.expires_on:
                own.append(f"admitted until {fmt_date(r.expires_on)}")
        elif r.expires_on and r.expires_on != until:
            own.append(f"admitted until {fmt_date(r.expires_on)}")
        if own:
            text += " (" + ", ".join(own) + ")"
        out.append((text + ".", "people.beneficiary.paroles"))
    return out


def _and(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _the(label: str) -> str:
    low = label.lower()
    return label if low.startswith(("the ", "a ", "an ", "her ", "his ", "their ")) else f"the {label}"


def _paras(text: str) -> list[str]:
    import re

    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", (text or "").strip()) if p.strip()]
