"""Checks on the people of a request: identity, location, signers, representative, family members."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from parole_desktop.domain.enums import Channel, RequestType, Role, SupporterKind
from parole_desktop.domain.enums import Severity as S
from parole_desktop.domain.models import Case, Finding, Person
from parole_desktop.rules.context import (
    Eval,
    add_months,
    age_on,
    is_self,
    is_us,
    name_key,
    passport_key,
    spellings,
)

PARENT_WORDS = frozenset({"mother", "father", "parent", "mom", "dad", "legal guardian", "guardian"})


def hp_id_01(ev: Eval) -> Iterator[Finding]:
    b = ev.beneficiary
    if b is None:
        yield ev.finding(
            "HP-ID-01",
            S.FAIL,
            "Add the beneficiary (the person to be paroled) with their given and family name.",
            "person.beneficiary.given_name",
        )
        return
    for attr, label in (("given_name", "given name"), ("family_name", "family name")):
        if not getattr(b, attr).strip():
            yield ev.finding(
                "HP-ID-01",
                S.FAIL,
                f"Enter the beneficiary's {label} exactly as in their passport or ID.",
                f"person.beneficiary.{attr}",
            )


def hp_id_02(ev: Eval) -> Iterator[Finding]:
    b = ev.beneficiary
    fld = "person.beneficiary.date_of_birth"
    if b is None or b.date_of_birth is None:
        yield ev.finding("HP-ID-02", S.FAIL, "Enter the beneficiary's date of birth.", fld)
    elif b.date_of_birth > ev.today:
        yield ev.finding(
            "HP-ID-02",
            S.FAIL,
            "The beneficiary's date of birth is in the future: check it against the passport.",
            fld,
        )
    elif age_on(b.date_of_birth, ev.today) >= ev.pack.int_param("max_age_years"):
        yield ev.finding(
            "HP-ID-02",
            S.FAIL,
            "The beneficiary's date of birth gives an impossible age: check the year against the passport.",
            fld,
        )


def hp_id_03(ev: Eval) -> Iterator[Finding]:
    b = ev.beneficiary
    if b is None or not b.citizenship.strip():
        yield ev.finding(
            "HP-ID-03",
            S.FAIL,
            "Enter the beneficiary's country of citizenship.",
            "person.beneficiary.citizenship",
        )


def hp_id_09(ev: Eval) -> Iterator[Finding]:
    b = ev.beneficiary
    if b is not None and not b.country_of_birth.strip():
        yield ev.finding(
            "HP-ID-09",
            S.FAIL,
            "Enter the beneficiary's country of birth (as in the passport).",
            "person.beneficiary.country_of_birth",
        )


# People whose names are printed on a form (I-131, I-134, G-28, preparer and interpreter parts).
FORM_ROLES = (
    Role.BENEFICIARY,
    Role.REQUESTOR,
    Role.SUPPORTER,
    Role.SIGNER,
    Role.REPRESENTATIVE,
    Role.PREPARER,
    Role.INTERPRETER,
)


def is_latin(text: str) -> bool:
    """Every letter is a Latin letter the forms can print (spaces, hyphens, apostrophes and dots allowed).

    The official forms are filled in Courier (Windows-1252): a Latin letter outside it (Vietnamese "ễ",
    Turkish "ş") cannot be printed either, so such a name needs its passport spelling too, as the packet
    does (``packet.names.passport_names``)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or not all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters):
        return False
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def latin_name(p: Person) -> tuple[str, str]:
    """The name for a form in Latin letters, part by part: the passport spelling, else the name as typed when it
    is already Latin ("" for a part that has neither). Once a passport spelling is recorded the form takes
    the passport parts only (``packet.names.passport_names``): the typed name no longer fills a blank part."""
    passport = (p.passport_given_name.strip(), p.passport_family_name.strip())
    if any(passport):
        return passport
    out = []
    for typed in (p.given_name, p.family_name):
        typed = typed.strip()
        out.append(typed if typed and is_latin(typed) else "")
    return out[0], out[1]


def missing_latin_parts(p: Person) -> list[str]:
    given, family = latin_name(p)
    return [
        label
        for label, typed, latin in (
            ("given name", p.given_name, given),
            ("family name", p.family_name, family),
        )
        if typed.strip() and not latin
    ]


def hp_id_10(ev: Eval) -> Iterator[Finding]:
    for p in ev.case.people:
        if p.role not in FORM_ROLES or not p.full_name:
            continue
        if p.role == Role.REQUESTOR and is_self(p):
            continue  # the beneficiary's own record carries the name
        who = (
            "the beneficiary"
            if p.role == Role.BENEFICIARY
            else f"{p.full_name} ({p.role.value.replace('_', ' ')})"
        )
        passport = " ".join(x for x in (p.passport_given_name.strip(), p.passport_family_name.strip()) if x)
        if passport and not is_latin(passport):
            yield ev.finding(
                "HP-ID-10",
                S.FAIL,
                f"The passport name of {who} must be in Latin letters, spelled as in the passport's machine-readable line.",
                _role_field(p, "passport_family_name"),
            )
        elif missing := missing_latin_parts(p):
            yield ev.finding(
                "HP-ID-10",
                S.FAIL,
                f"Enter the {' and '.join(missing)} of {who} as in the passport, in Latin letters (the forms are filled in Latin letters; the name as typed is kept).",
                _role_field(
                    p, "passport_given_name" if missing == ["given name"] else "passport_family_name"
                ),
            )


def hp_id_04(ev: Eval) -> Iterator[Finding]:
    if not ev.has_kind("identity_document"):
        yield ev.finding(
            "HP-ID-04",
            S.FAIL,
            "Attach a clear copy of the beneficiary's passport bio page or national ID (explain in the notes if there is no passport).",
            "checklist.identity_document",
        )


def hp_id_05(ev: Eval) -> Iterator[Finding]:
    b = ev.beneficiary
    if b is None or b.passport_expiry is None:
        return
    fld = "person.beneficiary.passport_expiry"
    months = ev.pack.int_param("passport_validity_months")
    travel = ev.case.intended_travel_date or ev.case.key_date or ev.today
    travel = max(travel, ev.today)
    if b.passport_expiry <= ev.today:
        yield ev.finding(
            "HP-ID-05",
            S.WARN,
            "The beneficiary's passport has expired. Ask the client about renewing it; the reviewer decides how to proceed.",
            fld,
        )
    elif b.passport_expiry < add_months(travel, months):
        yield ev.finding(
            "HP-ID-05",
            S.WARN,
            f"The beneficiary's passport expires within {months} months of the intended travel date. Ask the client about renewing it.",
            fld,
        )


def _travelling_parents(ev: Eval) -> int:
    return sum(
        1
        for p in ev.case.people_with_role(Role.FAMILY_MEMBER)
        if p.relationship.strip().casefold() in PARENT_WORDS and p.linked_case_id is not None
    )


def hp_id_07(ev: Eval) -> Iterator[Finding]:
    if not ev.is_minor or _travelling_parents(ev) >= 2:
        return
    if not ev.has_kind("parent_consent") and not non_parent_companion(
        ev
    ):  # else HP-MIN-01 names the companion
        yield ev.finding(
            "HP-ID-07",
            S.WARN,
            "The beneficiary is under 18 and not travelling with both parents: attach the written consent of the parent(s) or legal guardian.",
            "checklist.parent_consent",
        )
    if not ev.has_kind("custody_proof"):
        yield ev.finding(
            "HP-ID-07",
            S.WARN,
            "The beneficiary is under 18 and not travelling with both parents: attach proof of custody or guardianship of the accompanying adult.",
            "checklist.custody_proof",
        )


def _same_name(a: Person, b: Person) -> bool:
    return bool(a.full_name) and a.full_name.casefold() == b.full_name.casefold()


def _role_field(p: Person, attr: str) -> str:
    return f"person.{p.role.value}.{attr}"


def hp_id_08(ev: Eval) -> Iterator[Finding]:
    people = ev.case.people
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if not _same_name(a, b):
                continue
            if a.date_of_birth and b.date_of_birth and a.date_of_birth != b.date_of_birth:
                yield ev.finding(
                    "HP-ID-08",
                    S.WARN,
                    f"{a.full_name} appears twice with different dates of birth: check which one is right.",
                    _role_field(b, "date_of_birth"),
                )
            if (
                a.passport_number
                and b.passport_number
                and a.passport_number.strip() != b.passport_number.strip()
            ):
                yield ev.finding(
                    "HP-ID-08",
                    S.WARN,
                    f"{a.full_name} appears twice with different passport numbers: check which one is right.",
                    _role_field(b, "passport_number"),
                )
    by_id = {c.id: c for c in ev.ctx.family_cases if c.id is not None}
    for p in ev.case.people_with_role(Role.FAMILY_MEMBER):
        linked = by_id.get(p.linked_case_id) if p.linked_case_id is not None else None
        ob = linked.beneficiary if linked is not None else None
        if ob is None:
            continue
        if p.full_name and ob.full_name and p.full_name.casefold() != ob.full_name.casefold():
            yield ev.finding(
                "HP-ID-08",
                S.WARN,
                f"Family member {p.full_name} is spelled {ob.full_name} in their own request: make the names match.",
                "person.family_member.given_name",
            )
    yield from _group_dates_of_birth(ev)
    ben = ev.beneficiary
    if ben is not None and ben.passport_number.strip():
        for other in ev.ctx.family_cases:
            other_b = other.beneficiary
            if other is ev.case or (other.id is not None and other.id == ev.case.id) or other_b is None:
                continue
            if (
                other_b.passport_number.strip() == ben.passport_number.strip()
                and other_b.full_name.casefold() != ben.full_name.casefold()
            ):
                yield ev.finding(
                    "HP-ID-08",
                    S.WARN,
                    f"The beneficiary's passport number is also used for {other_b.full_name} in the family group: check both.",
                    "person.beneficiary.passport_number",
                )
    for t in ev.case.evidence:
        if t.translation_of is None or t.id is None:
            continue
        orig = ev.case.evidence_by_id(t.translation_of)
        if (
            orig is not None
            and orig.document_date
            and t.document_date
            and orig.document_date != t.document_date
        ):
            yield ev.finding(
                "HP-ID-08",
                S.WARN,
                f"The translation '{t.title or t.kind}' gives a different document date than its original: check the translation.",
                f"evidence.{t.id}",
            )


def _other_group_cases(ev: Eval) -> list[Case]:
    return [
        c for c in ev.ctx.family_cases if c is not ev.case and not (c.id is not None and c.id == ev.case.id)
    ]


def _same_person(a: Person, a_case: Case, b: Person, b_case: Case) -> bool:
    """Two records of one person in two requests of a family group: a family member linked to the other
    request is its beneficiary; otherwise the same name as typed, or the same passport name."""
    for x, y, y_case in ((a, b, b_case), (b, a, a_case)):
        if (
            x.role == Role.FAMILY_MEMBER
            and x.linked_case_id is not None
            and y_case.id == x.linked_case_id
            and y.role == Role.BENEFICIARY
        ):
            return True
    if _same_name(a, b):
        return True
    pa = " ".join(x for x in (a.passport_given_name.strip(), a.passport_family_name.strip()) if x)
    pb = " ".join(x for x in (b.passport_given_name.strip(), b.passport_family_name.strip()) if x)
    return bool(pa) and pa.casefold() == pb.casefold()


def _group_dates_of_birth(ev: Eval) -> Iterator[Finding]:
    """Every record of this request against every record of the same person in the other requests of the
    family group (the beneficiary, a family member, a signer or requestor): one date of birth for one
    person across the filings."""
    others = _other_group_cases(ev)
    for p in ev.case.people:
        if p.date_of_birth is None or not p.full_name:
            continue
        for other in others:
            q = next(
                (
                    q
                    for q in other.people
                    if q.date_of_birth is not None
                    and q.date_of_birth != p.date_of_birth
                    and _same_person(p, ev.case, q, other)
                ),
                None,
            )
            if q is None or q.date_of_birth is None:
                continue
            whose = other.beneficiary_name or "another request"
            number = f" (case {other.id})" if other.id is not None else ""
            yield ev.finding(
                "HP-ID-08",
                S.WARN,
                f"{p.full_name}'s date of birth is {p.date_of_birth.isoformat()} here but {q.date_of_birth.isoformat()} in the request of {whose}{number} of the same family group: check the passport and make the records agree.",
                _role_field(p, "date_of_birth"),
            )


def hp_id_06(ev: Eval) -> Iterator[Finding]:
    if ev.case.channel != Channel.USCIS:
        return
    r = ev.requestor
    if r is None:
        yield ev.finding(
            "HP-ID-06",
            S.FAIL,
            "Record who files the request (the requestor): the beneficiary themself or another person, who need not live in the US or be related.",
            "person.requestor.given_name",
        )
        return
    b = ev.beneficiary
    contact = r if not ev.self_filing or b is None else b
    if (
        not ev.self_filing and not r.full_name and not ev.requesting_organization
    ):  # an organization: HP-REQ-02
        yield ev.finding("HP-ID-06", S.FAIL, "Enter the requestor's name.", "person.requestor.given_name")
    if not (_has_address(r) or _has_address(contact)):
        yield ev.finding(
            "HP-ID-06", S.FAIL, "Enter the requestor's mailing address.", "person.requestor.address_street"
        )
    if not (r.phone.strip() or r.email.strip() or contact.phone.strip() or contact.email.strip()):
        yield ev.finding(
            "HP-ID-06",
            S.FAIL,
            "Enter the requestor's phone number or e-mail address.",
            "person.requestor.phone",
        )
    if ev.self_filing:
        return  # the beneficiary's own identity document serves (HP-ID-04)
    if not ev.has_kind("requestor_identity"):
        yield ev.finding(
            "HP-ID-06",
            S.FAIL,
            "Attach a copy of the requestor's identity document.",
            "checklist.requestor_identity",
        )


def _where(ev: Eval) -> str:
    b = ev.beneficiary
    if b is None:
        return ""
    return b.current_country.strip() or b.citizenship.strip()


def hp_loc_01(ev: Eval) -> Iterator[Finding]:
    if ev.case.channel != Channel.USCIS:
        return
    b = ev.beneficiary
    fld = "person.beneficiary.current_country"
    if b is None or not b.current_country.strip():
        yield ev.finding("HP-LOC-01", S.FAIL, "Enter the country where the beneficiary is now.", fld)
    elif ev.case.request_type in (RequestType.RE_PAROLE, RequestType.PAROLE_IN_PLACE):
        # re-parole and parole in place are asked for from inside the US (HP-RPL-06: only where a program
        # allows parole in place)
        if not is_us(b.current_country):
            kind = "Re-parole" if ev.case.request_type == RequestType.RE_PAROLE else "Parole in place"
            yield ev.finding(
                "HP-LOC-01",
                S.FAIL,
                f"{kind} is requested by someone in the United States, but the beneficiary is recorded in "
                f"{b.current_country.strip()}. Check the country or the request type.",
                fld,
            )
    elif is_us(b.current_country):
        yield ev.finding(
            "HP-LOC-01",
            S.FAIL,
            "A first parole is for people outside the United States, but the beneficiary is recorded as being in the US. Check the country, or the request type (re-parole, parole in place); the reviewer decides what applies.",
            fld,
        )


def hp_loc_02(ev: Eval) -> Iterator[Finding]:
    if ev.case.channel != Channel.CBP_PORT_OF_ENTRY:
        return
    if not ev.case.port_of_entry.strip():
        yield ev.finding(
            "HP-LOC-02",
            S.FAIL,
            "Enter the port of entry where the beneficiary will present the request.",
            "case.port_of_entry",
        )
    if ev.case.intended_travel_date is None:
        yield ev.finding(
            "HP-LOC-02",
            S.FAIL,
            "Enter the date the beneficiary intends to arrive at the port of entry.",
            "case.intended_travel_date",
        )


def hp_loc_03(ev: Eval) -> Iterator[Finding]:
    where = _where(ev)
    country = ev.pack.no_consular_services.get(where.casefold()) if where else None
    if country is None:
        return
    yield ev.finding(
        "HP-LOC-03",
        S.WARN,
        f"There are no US consular services in {country}: after conditional approval the beneficiary must travel to a third country with a US embassy or consulate for processing. Talk this through with the client.",
        "person.beneficiary.current_country",
    )


def hp_sig_01(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    b = ev.beneficiary
    if case.channel == Channel.USCIS:
        r = ev.requestor
        if r is None or not (r.full_name or (ev.self_filing and b is not None and b.full_name)):
            yield ev.finding(
                "HP-SIG-01",
                S.FAIL,
                "Record who signs the I-131 (the requestor) so the packet can print their signature line.",
                "person.requestor.given_name",
            )
    minor_signer = ev.self_filing or case.channel == Channel.CBP_PORT_OF_ENTRY
    if (
        minor_signer
        and b is not None
        and b.date_of_birth is not None
        and b.date_of_birth <= ev.today
        and age_on(b.date_of_birth, ev.today) < ev.pack.int_param("signer_min_age_years")
        and not any(p.full_name for p in case.people_with_role(Role.SIGNER))
    ):
        yield ev.finding(
            "HP-SIG-01",
            S.FAIL,
            "The beneficiary is under 14: record the parent or legal guardian who signs for them (wet signature).",
            "person.signer.given_name",
        )
    for s in case.people_with_role(Role.SUPPORTER):
        if not s.full_name:
            yield ev.finding(
                "HP-SIG-01",
                S.FAIL,
                "Record the name of the person who signs the I-134 (for an organization, its authorized employee).",
                "person.supporter.given_name",
            )


def hp_sig_02(ev: Eval) -> Iterator[Finding]:
    preparers = [p for p in ev.case.people_with_role(Role.PREPARER) if p.full_name]
    # a represented case without a volunteer preparer: the attorney or accredited representative of record
    # prepared it and signs Form I-131 Part 12 (packet.forms.part12_person)
    of_record = ev.case.represented and any(
        p.full_name for p in ev.case.people_with_role(Role.REPRESENTATIVE)
    )
    if not preparers and not of_record:
        yield ev.finding(
            "HP-SIG-02",
            S.FAIL,
            "Record the preparer (the volunteer filling in the forms) so the preparer part can be signed.",
            "person.preparer.given_name",
        )
    for p in ev.case.people_with_role(Role.INTERPRETER):
        if not p.full_name:
            yield ev.finding(
                "HP-SIG-02",
                S.FAIL,
                "Enter the interpreter's name so the interpreter part can be signed.",
                "person.interpreter.given_name",
            )
        if not p.language.strip():
            yield ev.finding(
                "HP-SIG-02",
                S.FAIL,
                "Enter the language the interpreter interpreted.",
                "person.interpreter.language",
            )


def hp_rep_01(ev: Eval) -> Iterator[Finding]:
    if not ev.case.represented:
        return
    reps = ev.case.people_with_role(Role.REPRESENTATIVE)
    if not reps:
        yield ev.finding(
            "HP-REP-01",
            S.FAIL,
            "The case is marked as represented: record the attorney or accredited representative.",
            "person.representative.given_name",
        )
        return
    r = reps[0]
    if not r.full_name:
        yield ev.finding(
            "HP-REP-01", S.FAIL, "Enter the representative's name.", "person.representative.given_name"
        )
    if not r.organization.strip():
        yield ev.finding(
            "HP-REP-01",
            S.FAIL,
            "Enter the representative's organization or law office.",
            "person.representative.organization",
        )
    if not (r.bar_number.strip() or r.accreditation.strip()):
        yield ev.finding(
            "HP-REP-01",
            S.FAIL,
            "Enter the representative's bar number or DOJ accreditation.",
            "person.representative.bar_number",
        )
    if not r.g28:
        yield ev.finding(
            "HP-REP-01",
            S.FAIL,
            "Mark that a Form G-28 is filed with the request (the representative prepares it).",
            "person.representative.g28",
        )


def hp_fam_01(ev: Eval) -> Iterator[Finding]:
    for p in ev.case.people_with_role(Role.FAMILY_MEMBER):
        if is_us(p.current_country):
            continue  # a relative already in the US needs no request
        if p.linked_case_id is None and not p.linked_case_uid.strip():
            name = p.full_name or "A family member"
            yield ev.finding(
                "HP-FAM-01",
                S.WARN,
                f"{name} is mentioned but has no request of their own. Parole gives no derivative benefits: if they travel too, open a linked request for them.",
                "person.family_member.linked_case_id",
            )


def hp_fam_02(ev: Eval) -> Iterator[Finding]:
    """A family member's link must lead to a request of this case's family group: the requests are filed
    together, and a case number from another vault (a file imported without its uid) or a case outside the
    group names someone else's request."""
    group_ids = {c.id for c in ev.ctx.family_cases if c.id is not None and c.id != ev.case.id}
    in_group = ev.case.family_group_id is not None or bool(group_ids)
    for p in ev.case.people_with_role(Role.FAMILY_MEMBER):
        name = p.full_name or "A family member"
        fld = "person.family_member.linked_case_id"
        if p.linked_case_id is None:
            if p.linked_case_uid.strip():
                yield ev.finding(
                    "HP-FAM-02",
                    S.FAIL,
                    f"{name} is linked to a request that is not in this vault: import the family's other case files (or remove the link).",
                    fld,
                )
            continue
        if ev.case.id is not None and p.linked_case_id == ev.case.id:
            yield ev.finding(
                "HP-FAM-02",
                S.FAIL,
                f"{name} is linked to this same request (case {p.linked_case_id}): link their own request instead.",
                fld,
            )
        elif not in_group:
            yield ev.finding(
                "HP-FAM-02",
                S.FAIL,
                f"{name} is linked to case {p.linked_case_id}, but this request is in no family group: put both requests in one family group so they are filed together (or correct the link).",
                fld,
            )
        elif p.linked_case_id not in group_ids:
            yield ev.finding(
                "HP-FAM-02",
                S.FAIL,
                f"{name}'s linked request (case {p.linked_case_id}) is not in this family group: add it to the group, or correct the link if it names someone else's request.",
                fld,
            )


# ------------------------------------------------------------------ addresses (HP-ADR-01, HP-ADR-02)
#: (mailing, physical) item numbers of Form I-131 Part 2: the filer's, and the beneficiary's when someone
#: else files for them
_ITEMS_FILER = ("Part 2, Item 3", "Part 2, Item 4")
_ITEMS_BENEFICIARY = ("Part 2, Item 24", "Part 2, Item 25")


def _addressed(ev: Eval) -> list[tuple[Person, str, tuple[str, str]]]:
    """The people whose address a USCIS filing prints, with who they are in words and the form's items:
    the beneficiary (Items 3-4 when filing for themself, else 24-25), a requestor who files for someone
    else (Items 3-4), each supporter who is not the beneficiary (Form I-134, Part 1)."""
    if ev.case.channel != Channel.USCIS:
        return []
    out: list[tuple[Person, str, tuple[str, str]]] = []
    b = ev.beneficiary
    if b is not None:
        out.append((b, _who(b, "the beneficiary"), _ITEMS_FILER if ev.self_filing else _ITEMS_BENEFICIARY))
    if ev.requestor is not None and not ev.self_filing:
        out.append((ev.requestor, _who(ev.requestor, "the requestor"), _ITEMS_FILER))
    for s in ev.case.people_with_role(Role.SUPPORTER):
        if s.supporter_kind != SupporterKind.SELF and (s.full_name or _has_address(s)):
            out.append((s, _who(s, "the supporter"), ("Form I-134, Part 1", "Form I-134, Part 1")))
    return out


def _who(p: Person, role_words: str) -> str:
    return f"{role_words} ({p.full_name})" if p.full_name else role_words


def has_address_parts(p: Person) -> bool:
    """The mailing address is recorded in the form's parts (as ``packet.forms.has_address_parts``)."""
    return any(x.strip() for x in (p.address_street, p.address_city, p.address_country))


def _parts(p: Person, prefix: str) -> tuple[str, str, str]:
    """(street, city, country) of the mailing (``address``) or physical (``physical``) address."""
    return (
        str(getattr(p, f"{prefix}_street", "") or "").strip(),
        str(getattr(p, f"{prefix}_city", "") or "").strip(),
        str(getattr(p, f"{prefix}_country", "") or "").strip(),
    )


def hp_adr_01(ev: Eval) -> Iterator[Finding]:
    """A non-US address (mailing, or physical when one is recorded) names its city or town and its country;
    an address with no country is not known to be a US one, so it needs the country first. US addresses
    (state, ZIP code) are refused by the final build item by item. Nothing is guessed."""
    for p, who, (mail_item, phys_item) in _addressed(ev):
        role = p.role.value
        if p.role == Role.BENEFICIARY and not _has_address(p):
            yield ev.finding(
                "HP-ADR-01",
                S.FAIL,
                f"Enter the mailing address of {who} (Form I-131 {mail_item}).",
                f"person.{role}.address_street",
            )
            continue
        for prefix, item, what in (
            ("address", mail_item, "mailing address"),
            ("physical", phys_item, "physical address"),
        ):
            street, city, country = _parts(p, prefix)
            if not (street or city or country) or is_us(country):
                continue  # not recorded (physical: the same as the mailing address), or a US address
            if not country:
                yield ev.finding(
                    "HP-ADR-01",
                    S.FAIL,
                    f"The {what} of {who} has no country: choose it ({item}).",
                    f"person.{role}.{prefix}_country",
                )
            if not city:
                yield ev.finding(
                    "HP-ADR-01",
                    S.FAIL,
                    f"The {what} of {who} has no city or town: enter it ({item}).",
                    f"person.{role}.{prefix}_city",
                )


def hp_adr_02(ev: Eval) -> Iterator[Finding]:
    """An address kept from case format 1 as one line of text is never split silently: until the volunteer
    confirms its parts the form's address items stay blank."""
    for p, who, (mail_item, _phys) in _addressed(ev):
        if p.address.strip() and not has_address_parts(p):
            yield ev.finding(
                "HP-ADR-02",
                S.FAIL,
                f"The address of {who} is recorded only as one line of text: confirm the parts (street, city or town, province or state, postal code, country) so {mail_item} can be filled.",
                f"person.{p.role.value}.address",
            )


def _has_address(p: Person) -> bool:
    """An address is recorded: in parts (case format 2) or as the one line of format 1 (whose parts the
    form needs confirmed: that is the address rule's finding, not this one)."""
    return bool(p.address.strip() or p.address_street.strip() or p.address_city.strip())


# ---- facts stated inside documents (HP-ID-12), minors (HP-MIN-01), who files (HP-REQ-01/02) ----------------
# Evidence kinds that are about one role's person (anything else is about whoever it names, else the beneficiary).
_KIND_ROLE = {
    "identity_document": Role.BENEFICIARY,
    "requestor_identity": Role.REQUESTOR,
    "supporter_identity": Role.SUPPORTER,
}


def _named(p: Person) -> str:
    if p.role == Role.BENEFICIARY:
        return "the beneficiary"
    name = p.full_name or (p.organization.strip() if p.role == Role.SUPPORTER else "")
    role = p.role.value.replace("_", " ")
    return f"{name} ({role})" if name else f"the {role}"


def _document_subject(ev: Eval, kind: str) -> list[Person]:
    role = _KIND_ROLE.get(kind)
    if role == Role.REQUESTOR and ev.self_filing:
        role = Role.BENEFICIARY  # the beneficiary files for themself: their own record
    if role is not None:
        return ev.case.people_with_role(role)
    return []


def hp_id_12(ev: Eval) -> Iterator[Finding]:
    for e in ev.case.evidence:
        if e.id is None or not (
            e.stated_name.strip() or e.stated_date_of_birth or e.stated_passport_number.strip()
        ):
            continue
        doc = f"'{e.title or e.kind}'"
        fld = f"evidence.{e.id}"
        by_kind = _document_subject(ev, e.kind)
        candidates = by_kind or list(ev.case.people)
        subject: Person | None = None
        if e.stated_name.strip():
            key = name_key(e.stated_name)
            subject = next((p for p in candidates if key in spellings(p)), None)
            if subject is None:
                target = by_kind[0] if by_kind else ev.beneficiary
                recorded = (
                    f"{_named(target)} is recorded as '{target.full_name}'"
                    if target is not None and target.full_name
                    else "no person of this request has that name"
                )
                passport = (
                    " ".join(
                        x for x in (target.passport_given_name, target.passport_family_name) if x.strip()
                    )
                    if target is not None
                    else ""
                )
                recorded += f" (passport: '{passport}')" if passport.strip() else ""
                yield ev.finding(
                    "HP-ID-12",
                    S.WARN,
                    f"{doc} spells the name '{e.stated_name.strip()}', but {recorded}: check the spelling in the record and in the document.",
                    fld,
                )
                if not by_kind:
                    continue  # whose document it is stays open: nothing more to compare
                subject = target
        elif by_kind:
            subject = by_kind[0]
        else:
            subject = ev.beneficiary
        if subject is None:
            continue
        if (
            e.stated_date_of_birth
            and subject.date_of_birth
            and e.stated_date_of_birth != subject.date_of_birth
        ):
            yield ev.finding(
                "HP-ID-12",
                S.WARN,
                f"{doc} gives the date of birth {e.stated_date_of_birth.isoformat()}, but the record of {_named(subject)} has {subject.date_of_birth.isoformat()}: check which one is right.",
                fld,
            )
        stated_pp = passport_key(e.stated_passport_number)
        recorded_pp = passport_key(subject.passport_number)
        if stated_pp and recorded_pp and stated_pp != recorded_pp:
            yield ev.finding(
                "HP-ID-12",
                S.WARN,
                f"{doc} gives the passport number {e.stated_passport_number.strip()}, but the record of {_named(subject)} has {subject.passport_number.strip()}: check which one is right.",
                fld,
            )


def non_parent_companion(ev: Eval) -> bool:
    """The minor's companion is recorded with a relationship that is not a parent or legal guardian."""
    rel = ev.case.minor_companion_relationship.strip().casefold()
    return bool(rel) and rel not in PARENT_WORDS


def hp_min_01(ev: Eval) -> Iterator[Finding]:
    if not ev.is_minor:
        return
    case = ev.case
    name = case.minor_companion_name.strip()
    rel = case.minor_companion_relationship.strip()
    if rel.casefold() in PARENT_WORDS:
        return  # with a parent (HP-ID-07 asks about the other parent)
    if not name and not rel:
        if _travelling_parents(ev) >= 1:
            return  # a parent travels with their own linked request
        yield ev.finding(
            "HP-MIN-01",
            S.WARN,
            "The beneficiary is under 18: record who they travel with and that person's relationship to the child (a companion who is not a parent needs the parents' written consent).",
            "case.minor_companion_name",
        )
        return
    who = name or "the companion"
    missing: list[tuple[str, str]] = []
    if not name:
        missing.append(("the companion's name", "case.minor_companion_name"))
    if not rel:
        missing.append((f"{who}'s relationship to the child", "case.minor_companion_relationship"))
    elif not ev.has_kind("parent_consent"):
        missing.append(
            (
                f"the written consent of the parents (or legal guardian) to the child travelling with {who}",
                "checklist.parent_consent",
            )
        )
    if not missing:
        return
    companion = f"{name} ({rel})" if name and rel else (name or f"a companion ({rel})")
    not_parent = ", who is not a parent" if rel else ""
    yield ev.finding(
        "HP-MIN-01",
        S.WARN,
        f"The beneficiary is under 18 and travels with {companion}{not_parent}. Missing: {'; '.join(m for m, _ in missing)}.",
        missing[0][1],
    )


def hp_req_01(ev: Eval) -> Iterator[Finding]:
    b = ev.beneficiary
    r = ev.requestor
    if ev.case.channel != Channel.USCIS or b is None or r is None:
        return
    if ev.self_filing:
        for e in ev.kinds.get("requestor_identity", ()):
            if e.id is None:
                continue
            yield ev.finding(
                "HP-REQ-01",
                S.WARN,
                f"The beneficiary files for themself, but '{e.title or e.kind}' is filed as a requestor's identity document: their own identity document serves. Remove it, or change its kind if it is another document.",
                f"evidence.{e.id}",
            )
        return
    if r.organization.strip() or not (spellings(r) & spellings(b)):
        return
    if r.date_of_birth and b.date_of_birth and r.date_of_birth != b.date_of_birth:
        return  # two people with the same name
    yield ev.finding(
        "HP-REQ-01",
        S.WARN,
        f"The requestor {r.full_name} has the beneficiary's name: if the beneficiary files for themself, mark 'The beneficiary files for themself', so the forms, the letter and the checklist treat them as the filer.",
        "person.requestor.relationship",
    )


def hp_req_02(ev: Eval) -> Iterator[Finding]:
    org = ev.requesting_organization
    if ev.case.channel != Channel.USCIS or not org:
        return
    r = ev.requestor
    if r is not None and not r.full_name:
        yield ev.finding(
            "HP-REQ-02",
            S.FAIL,
            f"{org} files the request: record the person who signs Form I-131 for it (an organization cannot sign by itself; the name as in their passport).",
            "person.requestor.given_name",
        )
    if not ev.has_kind("organization_status", "requestor_organization_status"):
        yield ev.finding(
            "HP-REQ-02",
            S.WARN,
            f"Attach the status or registration document of {org} (for example its IRS determination letter) as the requestor's identity evidence.",
            "checklist.requestor_organization_status",
        )
