"""Official fillable forms: field maps keyed by edition (rules pack), and the filled Form I-131.

A field map (``resources/rules/forms/<form>-<edition>.json``) names, for one edition of one form, the
AcroForm field each case value goes into. The values themselves come from :func:`i131_values` and are
the same for every edition, so a new edition only needs a new map (shipped in a signed pack update). An
edition without a map is refused with a clear message. Signature and signature-date fields are never
filled. A value the case lacks becomes a :class:`FormFinding`, never a silent blank.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parole_desktop.domain.basis import basis_of
from parole_desktop.domain.enums import (
    EYE_COLORS,
    HAIR_COLORS,
    RACES,
    Answer,
    Channel,
    Ethnicity,
    ParoleBasis,
    RequestType,
    Role,
    Route,
)
from parole_desktop.domain.models import Case, Person
from parole_desktop.domain.text import excerpt
from parole_desktop.errors import UserError
from parole_desktop.packet.fonts import resources_dir
from parole_desktop.packet.names import country_name, fits_form, language_name, passport_names
from parole_desktop.rules.context import is_self, is_us

log = logging.getLogger(__name__)

#: Where the edition maps live (inside the rules pack's folder; a pack update brings new ones).
FORM_MAPS_DIR = resources_dir() / "rules" / "forms"
#: The shipped official forms.
FORMS_DIR = resources_dir() / "forms"

#: signature and signature-date fields: never filled (checked in code as well as in each map's never_fill)
_SIGNATURE_FIELD = re.compile(r"Sig(nature)?\[\d+\]$")


@dataclass(frozen=True)
class FormFinding:
    """Something the form needs that the case does not give (or gives in a way the form cannot hold)."""

    form: str
    label: str
    message: str


@dataclass(frozen=True)
class SignaturePlace:
    """A signature the form needs, by hand: ``page`` is the 0-based page of the form."""

    label: str
    signer: str
    page: int


@dataclass
class FieldMap:
    form: str
    edition: str
    file: str
    sha256: str
    fields: list[dict[str, Any]]
    additional_rows: list[dict[str, str]]
    signatures: list[dict[str, str]]
    never_fill: set[str]
    #: what the form asks that the app does not record: (label, the request types it applies to; empty = all)
    not_recorded: list[tuple[str, tuple[str, ...]]]
    path: Path

    @classmethod
    def from_file(cls, path: Path) -> FieldMap:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                form=raw["form"],
                edition=raw["edition"],
                file=raw.get("file", ""),
                sha256=raw.get("sha256", ""),
                fields=list(raw["fields"]),
                additional_rows=list(raw.get("additional_information", {}).get("rows", [])),
                signatures=list(raw.get("signatures", [])),
                never_fill=set(raw.get("never_fill", [])),
                not_recorded=[
                    (n, ()) if isinstance(n, str) else (str(n["label"]), tuple(n.get("request_types", ())))
                    for n in raw.get("not_recorded_by_the_app", [])
                ],
                path=path,
            )
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise UserError(f"The field map {path.name} of the rules pack cannot be read: {e}") from e


@functools.cache
def _maps(maps_dir: Path) -> tuple[FieldMap, ...]:
    if not maps_dir.is_dir():
        return ()
    return tuple(FieldMap.from_file(p) for p in sorted(maps_dir.glob("*.json")))


def field_map(form: str, edition: str, maps_dir: Path | None = None) -> FieldMap:
    """The map of one edition; :class:`UserError` when the rules pack has none."""
    for m in _maps(maps_dir or FORM_MAPS_DIR):
        if m.form == form and m.edition == edition:
            return m
    known = ", ".join(m.edition for m in _maps(maps_dir or FORM_MAPS_DIR) if m.form == form) or "none"
    raise UserError(
        f"Form {form} edition {edition} has no field map in the rules pack (mapped editions: "
        f"{known}). Install a rules pack update that maps this edition, or use a mapped edition."
    )


def detect_edition(data: bytes, form: str, maps_dir: Path | None = None) -> str:
    """The edition of a form file: a known file by its SHA-256, else the "Edition MM/DD/YY" printed on it."""
    digest = hashlib.sha256(data).hexdigest()
    for m in _maps(maps_dir or FORM_MAPS_DIR):
        if m.form == form and m.sha256 == digest:
            return m.edition
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
        try:
            text = " ".join(doc[i].get_textpage().get_text_range() for i in range(min(2, len(doc))))
        finally:
            doc.close()
    except pdfium.PdfiumError as e:
        raise UserError(f"The Form {form} file is not a readable PDF: {e}") from e
    found = re.search(r"Edition\s*(\d\d/\d\d/\d\d)", text)
    if not found:
        raise UserError(
            f"The edition of this Form {form} file cannot be read; use the official fillable PDF."
        )
    return str(found.group(1))


def shipped_form_path(form: str, edition: str) -> Path:
    m = field_map(form, edition)
    return FORMS_DIR / m.file


# ---------------------------------------------------------------------------------------------- values
def _date(d: dt.date | None) -> str | None:
    return d.strftime("%m/%d/%Y") if d else None


def _opt(s: str) -> str | None:
    s = (s or "").strip()
    return s or None


def _phone(s: str) -> str | None:
    """Digits only (the form's phone boxes take digits); a US number loses its leading country code 1."""
    digits = re.sub(r"\D", "", s or "")
    if len(digits) == 11 and digits.startswith("1") and (s or "").strip().startswith("+1"):
        digits = digits[1:]
    return digits or None


#: suffix of a companion value: how a value the form's box reformats was recorded (Part 13 prints it)
AS_RECORDED = ":as_recorded"


def _other_names(p: Person) -> list[tuple[str, str]]:
    names = [n.strip() for n in re.split(r"[;\n]", p.other_names or "") if n.strip()]
    out = []
    for n in names:
        bits = n.split()
        out.append((bits[-1], " ".join(bits[:-1])) if len(bits) > 1 else (bits[0], ""))
    return out


def _is_us_country(code: str) -> bool:
    return is_us(code) or code.strip().upper() == "US"


def has_address_parts(p: Person) -> bool:
    """The mailing address is recorded in the form's parts (street, city or country)."""
    return any(
        str(getattr(p, a, "") or "").strip() for a in ("address_street", "address_city", "address_country")
    )


#: the address parts of the form, in the map's source names
ADDRESS_KEYS = (
    "in_care_of",
    "street",
    "unit_kind",
    "unit",
    "city",
    "state",
    "zip",
    "province",
    "postal_code",
    "country",
)
#: the Apt./Ste./Flr. box of the form, in words (findings, the letter)
UNIT_WORDS = {"apt": "Apt.", "ste": "Ste.", "flr": "Flr."}


def _zip(s: str) -> str:
    m = re.fullmatch(r"(\d{5})(?:-?\d{4})?", s.strip())
    return m.group(1) if m else s.strip()


def _address_parts(
    who: str,
    key: str,
    p: Person,
    parts: str,
    values: dict[str, str | None],
    missing: dict[str, str],
    *,
    care_of: str = "",
) -> None:
    """One address of the form (mailing or physical) from the recorded parts ``{parts}_street``, ...:
    a US address gives State (two letters) and ZIP Code, any other Province and Postal Code; the
    country is printed in words. The Apt./Ste./Flr. box and number come from ``{parts}_unit_kind`` and
    ``{parts}_unit`` (optional; one without the other is a finding). A missing city, country (or US
    state/ZIP) is a finding."""
    street = str(getattr(p, f"{parts}_street", "") or "").strip()
    unit_kind = str(getattr(p, f"{parts}_unit_kind", "") or "").strip()
    unit = str(getattr(p, f"{parts}_unit", "") or "").strip()
    city = str(getattr(p, f"{parts}_city", "") or "").strip()
    region = str(getattr(p, f"{parts}_region", "") or "").strip()
    postal = str(getattr(p, f"{parts}_postal_code", "") or "").strip()
    country = str(getattr(p, f"{parts}_country", "") or "").strip()
    us = _is_us_country(country)
    vals: dict[str, str | None] = {
        "in_care_of": care_of.strip(),
        "street": street or None,
        "unit_kind": unit_kind if unit_kind or not unit else None,
        "unit": unit if unit or not unit_kind else None,
        "city": city or None,
        "country": country_name(country) or None,
        "state": (region.upper() or None) if us else "",
        "zip": (_zip(postal) or None) if us else "",
        "province": "" if us else region,
        "postal_code": "" if us else postal,
    }
    for k, v in vals.items():
        values[f"{key}.{k}"] = v
        if v is None and k == "unit_kind":
            missing[f"{key}.{k}"] = (
                f"{who}: the unit “{unit}” of the address is recorded without its kind (Apt., Ste. or Flr.)."
            )
        elif v is None and k == "unit":
            missing[f"{key}.{k}"] = (
                f"{who}: the address is marked {UNIT_WORDS.get(unit_kind, unit_kind)} without the "
                "apartment, suite or floor number."
            )
        elif v is None:
            what = {"state": "the State", "zip": "the ZIP code"}.get(k, f"the {k.replace('_', ' ')}")
            missing[f"{key}.{k}"] = f"{who}: {what} of the address is not recorded."


def _address_values(
    prefix: str, p: Person, values: dict[str, str | None], missing: dict[str, str], *, physical: str
) -> None:
    """Mailing address (``{prefix}.address.*``) and physical address (``{prefix}.{physical}.*``) from the
    parts only. A person with only the free-text address of case format 1 gets blank items and one finding
    asking to confirm the parts: the free text is never split by guessing."""
    who = p.full_name or "The person"
    if not has_address_parts(p):
        text = (p.address or "").strip()
        msg = (
            f"{who}: the address is recorded only as one line of text ({excerpt(text)}); confirm its parts "
            "(street, city, province or state, postal code, country) so the form can be filled."
            if text
            else f"{who}: no mailing address recorded."
        )
        for k in ADDRESS_KEYS:
            # In Care Of and the unit: "(if any)"
            values[f"{prefix}.address.{k}"] = "" if k in ("in_care_of", "unit_kind", "unit") else None
            missing[f"{prefix}.address.{k}"] = msg
            values[f"{prefix}.{physical}.{k}"] = ""
        return
    _address_parts(who, f"{prefix}.address", p, "address", values, missing, care_of=p.address_in_care_of)
    if any(str(getattr(p, f"physical_{a}", "") or "").strip() for a in ("street", "city", "country")):
        _address_parts(who, f"{prefix}.{physical}", p, "physical", values, missing)
    elif physical == "physical_always":
        # Item 25 ("Their Current Physical Address") has no "if different": the same place as the mailing
        # address (recorded as empty physical parts = the same), without the In Care Of name
        _address_parts(who, f"{prefix}.{physical}", p, "address", values, missing)
    else:
        for k in ADDRESS_KEYS:
            values[f"{prefix}.{physical}.{k}"] = ""  # Item 4: only "if different from the above address"


def _person_values(
    prefix: str,
    p: Person | None,
    values: dict[str, str | None],
    missing: dict[str, str],
    *,
    address: bool = True,
    physical: str = "physical",
    contact_required: bool = False,
    contact_from: Person | None = None,
) -> None:
    if p is None:
        return
    fam, giv = passport_names(p)
    values[f"{prefix}.family_name"] = fam
    values[f"{prefix}.given_name"] = giv
    if fam is None or giv is None:
        missing[f"{prefix}.family_name"] = missing[f"{prefix}.given_name"] = (
            f"{p.full_name or 'The name'}: the name as in the passport, in Latin letters, is not recorded "
            "(the form needs the passport spelling)."
        )
    others = _other_names(p)
    for i in range(1, 4):
        f, g = others[i - 1] if i <= len(others) else ("", "")
        values[f"{prefix}.other_name.{i}.family"] = f if fits_form(f) else None
        values[f"{prefix}.other_name.{i}.given"] = g if fits_form(g) else None
        if not (fits_form(f) and fits_form(g)):
            missing[f"{prefix}.other_name.{i}.family"] = missing[f"{prefix}.other_name.{i}.given"] = (
                f"{p.full_name}: the other name “{g} {f}” is not in Latin letters."
            )
    values[f"{prefix}.date_of_birth"] = _date(p.date_of_birth)
    values[f"{prefix}.country_of_birth"] = _opt(country_name(p.country_of_birth))
    values[f"{prefix}.citizenship"] = _opt(country_name(p.citizenship))
    sex = (p.sex or "").strip()[:1].upper()
    values[f"{prefix}.sex"] = sex if sex in ("F", "M") else None
    values[f"{prefix}.a_number"] = _opt(re.sub(r"\D", "", str(getattr(p, "a_number", "") or ""))) or ""
    alt = contact_from
    phone = _phone(p.phone) or (_phone(alt.phone) if alt is not None else None)
    email = _opt(p.email) or (_opt(alt.email) if alt is not None else None)
    values[f"{prefix}.phone"] = phone or ("" if not contact_required else None)
    if phone:  # Part 13 (a number too long for the box) repeats it as recorded, with its "+" country code
        shown = (p.phone if _phone(p.phone) else alt.phone if alt is not None else "").strip()
        values[f"{prefix}.phone{AS_RECORDED}"] = " ".join(shown.split())
    values[f"{prefix}.email"] = email or ""  # "(if any)" on every part of the form
    if address:
        _address_values(prefix, p, values, missing, physical=physical)


def _helper_name(prefix: str, p: Person, missing: dict[str, str]) -> tuple[str | None, str | None]:
    fam, giv = passport_names(p)
    if fam is None or giv is None:
        missing[f"{prefix}.family_name"] = missing[f"{prefix}.given_name"] = (
            f"{p.full_name}: the name is not in Latin letters; record the spelling used on official documents."
        )
    return fam, giv


def is_self_filer(case: Case) -> bool:
    """The beneficiary files for themself: no requestor recorded, or a requestor who is the beneficiary
    (relationship "self", as the rules decide it: ``rules.context.is_self``)."""
    reqs = case.people_with_role(Role.REQUESTOR)
    return not reqs or is_self(reqs[0])


def applicant_of(case: Case) -> Person | None:
    """Who Part 2 Items 1-15 describe: the requestor, or the beneficiary when they file for themself."""
    reqs = case.people_with_role(Role.REQUESTOR)
    return case.beneficiary if is_self_filer(case) else reqs[0]


def part12_person(case: Case) -> tuple[Person | None, str]:
    """Who Part 12 names, and their role: the preparer the reviewer recorded; otherwise, in a represented
    case, the attorney or accredited representative of record."""
    preps = case.people_with_role(Role.PREPARER)
    if preps:
        return preps[0], "preparer"
    reps = case.people_with_role(Role.REPRESENTATIVE)
    if case.represented and reps:
        return reps[0], "representative"
    return None, ""


def is_abroad(p: Person | None) -> bool:
    """The person is outside the United States (their recorded current country or address country)."""
    if p is None:
        return True
    country = (p.physical_country or p.current_country or p.address_country or "").strip()
    return not (country and _is_us_country(country))


BASIS_WORDS = {
    ParoleBasis.URGENT_HUMANITARIAN: "Urgent humanitarian reasons",
    ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT: "Significant public benefit",
}

#: Part 1 programs, by the form's letters, with the names a case may record for them (exact match after
#: folding case and punctuation; the rules pack's program ids included). Anything else is "Other".
_PROGRAMS_6 = {  # Item 6 (initial, outside the US)
    "A": ("fwvp", "filipino world war ii veterans parole", "filipino world war ii veterans parole program"),
    "B": ("immvi", "immigrant military members and veterans initiative"),
    "D": ("frtf", "family reunification task force", "family reunification task force process"),
}
_PROGRAMS_8 = {  # Item 8 (parole in place, under a program)
    "A": ("military pip", "military parole in place"),
    "B": ("frtf", "family reunification task force", "family reunification task force process"),
}
_PROGRAMS_10 = {  # Item 10 (re-parole, under a program)
    "A": ("frp", "family reunification parole", "family reunification parole process"),
    "B": (
        "oaw",
        "operation allies welcome",
        "certain afghans paroled into the united states after july 31 2021",
    ),
    "C": ("u4u", "uniting for ukraine"),
    "D": ("fwvp", "filipino world war ii veterans parole", "filipino world war ii veterans parole program"),
    "E": ("immvi", "immigrant military members and veterans initiative"),
    "F": ("cam", "central american minors", "central american minors program"),
    "G": ("frtf", "family reunification task force", "family reunification task force process"),
    "H": ("military pip", "military parole in place"),
}
#: letters whose box has sub-boxes or a number the app does not record (the volunteer ticks them by hand)
_SUB_ITEMS = {
    ("6", "A"): "the Form I-130 receipt number",
    ("6", "B"): "which of the boxes (1)-(3) applies",
    ("6", "D"): "the Task Force Registration Number",
    ("8", "A"): "which of the boxes (1)-(2) applies",
    ("8", "B"): "the Task Force Registration Number",
    ("10", "E"): "which of the boxes (1)-(3) applies",
    ("10", "H"): "which of the boxes (1)-(2) applies",
}


def _fold(s: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s.casefold()).split())


def _program_letter(program: str, table: dict[str, tuple[str, ...]]) -> str:
    name = _fold(program)
    return next((letter for letter, names in table.items() if name in names), "")


def latest_parole(p: Person) -> Any:
    """The recorded parole with the latest I-94 expiry (the current I-94 when none is typed on the person)."""
    recs = [r for r in getattr(p, "paroles", []) or [] if r.expires_on or r.i94_number]
    return max(recs, key=lambda r: (r.expires_on or dt.date.min, r.paroled_on or dt.date.min), default=None)


def current_i94(p: Person) -> tuple[str, str, dt.date | None]:
    """(class of admission, I-94 number, admit-until date) of the current I-94, as the form fills Part 1
    Item 12 and Part 2 Items 12-14/26-27: what is typed on the person, else their latest recorded parole."""
    rec = latest_parole(p)
    coa = p.class_of_admission.strip() or (rec.class_of_admission.strip() if rec is not None else "")
    num = p.i94_number.strip() or (rec.i94_number.strip() if rec is not None else "")
    until = p.i94_expiry or (rec.expires_on if rec is not None else None)
    return coa, re.sub(r"\s", "", num), until


def initial_parole(p: Person | None) -> Any:
    """The person's first recorded parole (earliest ``paroled_on``; undated records after the dated ones,
    in the order recorded), or None."""
    recs = list(getattr(p, "paroles", []) or []) if p is not None else []
    if not recs:
        return None
    dated = [r for r in recs if r.paroled_on]
    return min(dated, key=lambda r: r.paroled_on) if dated else recs[0]


def _reparole_program(case: Case, notes: list[str]) -> str:
    """The program of Part 1 Item 10/11: "I was initially paroled ... under one of the following programs"
    (p.4) asks about the first parole, so the program recorded on the person's first parole decides
    (empty = case by case: Item 11); without any recorded parole, the case's program."""
    first = initial_parole(case.beneficiary)
    own = case.program.strip()
    if first is None:
        return own
    program = str(first.program or "").strip()
    if own and _fold(own) != _fold(program):
        when = f" ({_date(first.paroled_on)})" if first.paroled_on else ""
        was = f"under “{program}”" if program else "case by case (no program recorded)"
        notes.append(
            f"Part 1, Item 10/11: the case names the program “{own}”, but the first recorded parole{when} "
            f"was {was}; the form asks under which program the person was initially paroled, so Item "
            f"{'10' if program else '11'} follows that parole. Correct the parole record if it is wrong."
        )
    return program


def _part1(case: Case, values: dict[str, str | None], missing: dict[str, str], notes: list[str]) -> None:
    """Part 1: the request type, the program letter (or Other with its name), re-parole's Item 12."""
    kind = case.request_type
    program = _reparole_program(case, notes) if kind == RequestType.RE_PAROLE else case.program.strip()
    values["program_name"] = values["reparole_program_name"] = values["pip_program_name"] = ""
    values["agency"] = values["agency_email"] = ""
    if kind == RequestType.RE_PAROLE:
        letter = _program_letter(program, _PROGRAMS_10) if program else ""
        values["application_type"] = "item10" if program else "item11"
        values["program_letter"] = (letter or "I") if program else ""
        values["reparole_program_name"] = program if program and not letter else ""
        item = "10"
    elif kind == RequestType.PAROLE_IN_PLACE:
        letter = _program_letter(program, _PROGRAMS_8) if program else ""
        values["application_type"] = "item8" if program else "item9"
        values["program_letter"] = (letter or "C") if program else ""
        values["pip_program_name"] = program if program and not letter else ""
        item = "8"
    elif case.route == Route.AGENCY_REFERRAL:
        # Item 6.C, Intergovernmental Parole Referral: the sponsoring US federal agency
        letter, item = "C", "6"
        values["application_type"] = "item6"
        values["program_letter"] = "C"
        values["agency"] = _opt(case.sponsoring_agency)
        if values["agency"] is None:
            missing["agency"] = "The sponsoring US federal agency is not recorded (Part 1, Item 6.C)."
        notes.append(
            "Part 1, Item 6.C: the agency representative's official e-mail address is not recorded by "
            "the app; the agency gives it."
        )
    else:
        letter = _program_letter(program, _PROGRAMS_6) if program else ""
        values["application_type"] = "item6" if program else "item7"
        values["program_letter"] = (letter or "E") if program else ""
        values["program_name"] = program if program and not letter else ""
        item = "6"
    if values["program_letter"]:
        values["program_letter"] = f"{values['program_letter']}{item}"  # the map's "C6", "I10", ...
    if (item, letter) in _SUB_ITEMS:
        notes.append(
            f"Part 1, Item {item}.{letter}: {_SUB_ITEMS[(item, letter)]} is not recorded by the app; "
            "complete it by hand before signing."
        )
    values["admit_until"] = ""
    if kind == RequestType.RE_PAROLE:
        b = case.beneficiary
        rec = latest_parole(b) if b is not None else None
        until = (b.i94_expiry if b is not None else None) or (rec.expires_on if rec is not None else None)
        values["admit_until"] = _date(until)
        if until is None:
            missing["admit_until"] = (
                "The Admit Until date of the current Form I-94 is not recorded (Part 1, Item 12)."
            )


def _i94_values(
    prefix: str, p: Person, values: dict[str, str | None], missing: dict[str, str], *, expiry: bool
) -> None:
    """Class of admission, I-94 number (and the I-94's expiry) of the person in the US: the current I-94
    recorded on the person, else their latest recorded parole."""
    rec = latest_parole(p)
    coa = p.class_of_admission.strip() or (rec.class_of_admission.strip() if rec is not None else "")
    num = p.i94_number.strip() or (rec.i94_number.strip() if rec is not None else "")
    values[f"{prefix}.class_of_admission"] = coa or None
    values[f"{prefix}.i94_number"] = re.sub(r"\s", "", num) or None
    who = p.full_name or "The person"
    if not coa:
        missing[f"{prefix}.class_of_admission"] = (
            f"{who}: the class of admission on the I-94 is not recorded."
        )
    if not num:
        missing[f"{prefix}.i94_number"] = f"{who}: the number of the most recent I-94 is not recorded."
    if expiry:
        until = p.i94_expiry or (rec.expires_on if rec is not None else None)
        values[f"{prefix}.i94_expiry"] = _date(until)
        if until is None:
            missing[f"{prefix}.i94_expiry"] = f"{who}: the expiry of the stay on the I-94 is not recorded."


_EYES = {c: c for c in EYE_COLORS}
_HAIRS = {c: c for c in HAIR_COLORS}


def _biographics(p: Person | None, values: dict[str, str | None], missing: dict[str, str]) -> None:
    """Part 3 of the person who will receive the document (the beneficiary)."""
    if p is None:
        return
    who = p.full_name or "The beneficiary"
    eth = {Ethnicity.HISPANIC: "H", Ethnicity.NOT_HISPANIC: "NH"}.get(p.ethnicity)
    values["bio.ethnicity"] = eth
    if eth is None:
        missing["bio.ethnicity"] = f"{who}: ethnicity is not recorded (Part 3, Item 1)."
    races = {r.strip() for r in (p.race or "").split(",") if r.strip()}
    for r in RACES:
        values[f"bio.race.{r}"] = ("yes" if r in races else "") if races else None
        if not races:
            missing[f"bio.race.{r}"] = f"{who}: race is not recorded (Part 3, Item 2)."
    ft, inch = p.height_feet, p.height_inches
    ok = ft is not None and inch is not None and 2 <= ft <= 8 and 0 <= inch <= 11
    values["bio.height_feet"] = str(ft) if ok else None
    values["bio.height_inches"] = str(inch) if ok else None
    if not ok:
        missing["bio.height_feet"] = missing["bio.height_inches"] = (
            f"{who}: height in feet (2-8) and inches (0-11) is not recorded (Part 3, Item 3)."
        )
    w = p.weight_pounds
    digits = f"{w:03d}" if w is not None and 0 < w <= 999 else None
    for i in range(3):
        values[f"bio.weight.{i + 1}"] = digits[i] if digits else None
        if digits is None:
            missing[f"bio.weight.{i + 1}"] = f"{who}: weight in pounds is not recorded (Part 3, Item 4)."
    eye = p.eye_color.strip()
    values["bio.eye_color"] = _EYES.get(eye)
    if values["bio.eye_color"] is None:
        missing["bio.eye_color"] = f"{who}: eye colour is not recorded (Part 3, Item 5)."
    hair = p.hair_color.strip()
    values["bio.hair_color"] = _HAIRS.get(hair)
    if values["bio.hair_color"] is None:
        missing["bio.hair_color"] = f"{who}: hair colour is not recorded (Part 3, Item 6)."


def _earlier_documents(p: Person | None, values: dict[str, str | None], missing: dict[str, str]) -> None:
    """Part 4 Items 2-3: an earlier reentry permit or refugee travel document, an earlier advance parole
    document (of the person who will receive the document, as Item 1 asks)."""
    if p is None:
        return
    who = p.full_name or "The beneficiary"
    for key, attr, what in (
        ("reentry", "reentry_permit", "a Reentry Permit or Refugee Travel Document (Part 4, Item 2)"),
        ("advance_parole", "advance_parole", "an Advance Parole Document (Part 4, Item 3)"),
    ):
        ans = getattr(p, f"{attr}_issued")
        values[f"{key}.issued"] = {Answer.YES: "yes", Answer.NO: "no"}.get(ans)
        if ans == Answer.UNANSWERED:
            missing[f"{key}.issued"] = f"{who}: whether they were ever issued {what} is not answered."
        if ans == Answer.YES:
            values[f"{key}.date"] = _date(getattr(p, f"{attr}_date"))
            values[f"{key}.disposition"] = _opt(getattr(p, f"{attr}_disposition"))
            item = "2" if key == "reentry" else "3"
            missing[f"{key}.date"] = f"{who}: the date of issue (Part 4, Item {item}.b) is not recorded."
            missing[f"{key}.disposition"] = (
                f"{who}: the disposition of that document (Part 4, Item {item}.c) is not recorded."
            )
        else:
            values[f"{key}.date"] = values[f"{key}.disposition"] = ""


def _earlier_parole_words(b: Person | None) -> str:
    """Part 8 Item 1 of a re-parole ("explain how you qualify for ... re-parole"): the first recorded
    parole (date, program) and the current I-94's Admit Until date, each only when recorded."""
    if b is None:
        return ""
    out = ""
    first = initial_parole(b)
    if first is not None and (first.paroled_on or first.program.strip()):
        out += " First paroled"
        if first.paroled_on:
            out += f" on {_date(first.paroled_on)}"
        if first.program.strip():
            out += f" under {first.program.strip()}"
        out += "."
    until = current_i94(b)[2]
    if until:
        out += f" Current Form I-94 admits until {_date(until)}."
    return out


def i131_values(case: Case, notes: list[str] | None = None) -> tuple[dict[str, str | None], dict[str, str]]:
    """Every value the I-131 maps can ask for. ``None`` = the case lacks something the form's instructions
    require for this case (a finding; a final build is refused); ``""`` = blank on purpose (not
    applicable, or optional and not recorded). The second dict holds the reason of a missing value when
    there is a better one than "not recorded". ``notes`` collects what the form needs that the app does
    not record for this case (completed by hand)."""
    values: dict[str, str | None] = {}
    missing: dict[str, str] = {}
    notes = notes if notes is not None else []
    b = case.beneficiary
    reqs = case.people_with_role(Role.REQUESTOR)
    self_filer = is_self_filer(case)
    applicant = applicant_of(case)
    _part1(case, values, missing, notes)
    values["g28_attached"] = (
        "yes" if case.represented and any(r.g28 for r in case.people_with_role(Role.REPRESENTATIVE)) else "no"
    )
    in_us = case.request_type in (RequestType.RE_PAROLE, RequestType.PAROLE_IN_PLACE)
    _person_values(
        "applicant",
        applicant,
        values,
        missing,
        contact_required=True,
        contact_from=reqs[0] if self_filer and reqs else None,
    )
    if self_filer and b is not None and in_us:
        _i94_values("applicant", b, values, missing, expiry=True)  # Items 12-14
    if not self_filer and b is not None:
        # Items 16-27 ("Do not complete this section if filing for yourself")
        _person_values("beneficiary", b, values, missing, physical="physical_always")
        if in_us:
            _i94_values("beneficiary", b, values, missing, expiry=False)  # Items 26-27
    _biographics(b, values, missing)
    ans = case.background.removal_proceedings
    values["proceedings"] = {Answer.YES: "yes", Answer.NO: "no"}.get(ans)
    if values["proceedings"] is None:
        missing["proceedings"] = "Removal proceedings (Part 4, Item 1) is not answered."
    _earlier_documents(b, values, missing)
    from parole_desktop.packet.templates import REASON_LABELS

    basis = basis_of(case)
    label = REASON_LABELS.get(case.reason) if case.reason else None
    key = ""
    if case.key_date:
        kl = case.key_date_label.strip() or "Key date"
        key = f" {kl[:1].upper() + kl[1:]}: {_date(case.key_date)}."
    if basis is None:
        values["qualify_explanation"] = None
        missing["qualify_explanation"] = "Neither the basis of the request nor its reason is recorded."
    else:
        head = BASIS_WORDS[basis]
        reason = f" Reason: {label}." if label and label.casefold() != head.casefold() else ""
        earlier = ""
        if case.request_type == RequestType.RE_PAROLE:
            head = f"Re-parole. {head}"
            earlier = _earlier_parole_words(b)
        elif case.request_type == RequestType.PAROLE_IN_PLACE:
            head = f"Parole in place. {head}"
        values["qualify_explanation"] = (
            f"{head}.{reason}{key}{earlier} See the cover letter and the statement of reasons."
        )
    n = case.duration_months
    values["expected_stay"] = (f"{n} month" if n == 1 else f"{n} months") if n else None
    abroad = is_abroad(b) and not in_us
    values["intended_arrival"] = _date(case.intended_travel_date) if abroad else ""
    post = str(getattr(case, "consular_post", "") or "").strip()
    if not abroad:
        values["consular_post.city"] = values["consular_post.country"] = ""  # Items 3.a-3.b: abroad only
    elif post:
        city, _, country = post.partition(",")
        values["consular_post.city"] = city.strip()
        values["consular_post.country"] = country_name(country.strip()) or None
        if values["consular_post.country"] is None:
            missing["consular_post.country"] = (
                f"The consular post {excerpt(post)} names no country; record it as “City, Country” "
                "(Part 8, Item 3.b)."
            )
    else:
        values["consular_post.city"] = values["consular_post.country"] = None
        missing["consular_post.city"] = missing["consular_post.country"] = (
            "The US embassy or consulate where the beneficiary would collect the travel document is not "
            "recorded (Part 8, Item 3.b)."
        )
    interp = case.people_with_role(Role.INTERPRETER)
    if interp:
        i = interp[0]
        fam, giv = _helper_name("interpreter", i, missing)
        values.update(
            {
                "interpreter.family_name": fam,
                "interpreter.given_name": giv,
                "interpreter.organization": i.organization.strip(),  # "(if any)"
                "interpreter.phone": _phone(i.phone),
                f"interpreter.phone{AS_RECORDED}": " ".join(i.phone.split()),
                "interpreter.email": i.email.strip(),  # "(if any)"
                "interpreter.language": _opt(language_name(i.language)),
            }
        )
        who = i.full_name or "The interpreter"
        missing["interpreter.phone"] = f"{who}: the interpreter's daytime telephone is not recorded."
        missing["interpreter.language"] = f"{who}: the language interpreted is not recorded."
    prep, prep_role = part12_person(case)
    if prep is not None:
        fam, giv = _helper_name("preparer", prep, missing)
        values.update(
            {
                "preparer.family_name": fam,
                "preparer.given_name": giv,
                "preparer.organization": _opt(prep.organization),
                "preparer.phone": _phone(prep.phone),
                f"preparer.phone{AS_RECORDED}": " ".join(prep.phone.split()),
                "preparer.email": prep.email.strip(),  # "if any"
            }
        )
        who = prep.full_name or f"The {prep_role}"
        missing["preparer.organization"] = (
            f"{who} ({prep_role}, Part 12): the business or organization name is not recorded."
        )
        missing["preparer.phone"] = f"{who} ({prep_role}, Part 12): the daytime telephone is not recorded."
    if case.channel == Channel.CBP_PORT_OF_ENTRY:
        values["channel"] = "cbp"
    return values, missing


# ---------------------------------------------------------------------------------------------- required
@dataclass(frozen=True)
class Blank:
    """An item the form's instructions require for this case that the case leaves blank: the part and
    item in words, the workspace field to record it in (``people.<role>.<field>`` for a person, the plain
    field name for the case, as ``Finding.field``), and why."""

    item: str
    field: str
    message: str


_PERSON_FIELDS = {
    "family_name": "passport_family_name",
    "given_name": "passport_given_name",
    "state": "region",
    "province": "region",
    "zip": "postal_code",
}
_CASE_FIELDS = {
    "expected_stay": "duration_months",
    "intended_arrival": "intended_travel_date",
    "consular_post": "consular_post",
    "proceedings": "background.removal_proceedings",
    "agency": "sponsoring_agency",
}


def field_path(case: Case, source: str) -> str:
    """The workspace field a map source is recorded in."""
    head, _, rest = source.partition(".")
    if source == "qualify_explanation":
        return "reason" if case.reason is None else "parole_basis"
    if source == "admit_until":
        return "people.beneficiary.i94_expiry"
    if head in _CASE_FIELDS:
        return _CASE_FIELDS[head]
    if head in ("bio", "reentry", "advance_parole"):
        if head == "bio":
            attr = {"race": "race", "weight": "weight_pounds"}.get(rest.split(".")[0], rest)
        else:
            attr = f"{'reentry_permit' if head == 'reentry' else 'advance_parole'}_{rest}"
        return f"people.beneficiary.{attr}"
    role = {
        "applicant": "beneficiary" if is_self_filer(case) else "requestor",
        "preparer": part12_person(case)[1] or "preparer",
    }.get(head, head)
    bits = rest.split(".")
    if bits[0] == "other_name":
        attr = "other_names"
    elif bits[0] in ("address", "physical", "physical_always") and len(bits) == 2:
        group = bits[0]
        if group == "physical_always":
            p = case.beneficiary
            has = p is not None and any(
                str(getattr(p, f"physical_{a}", "") or "").strip() for a in ("street", "city", "country")
            )
            group = "physical" if has else "address"
        attr = f"{group}_{_PERSON_FIELDS.get(bits[1], bits[1])}"
    else:
        attr = _PERSON_FIELDS.get(bits[0], bits[0])
    return f"people.{role}.{attr}"


def required_blanks(
    case: Case, no_consular: dict[str, str] | None = None, maps_dir: Path | None = None
) -> list[Blank]:
    """What a final build refuses on: every item of the I-131 that the form's instructions require for
    this case and the case leaves blank (``i131_values`` gives ``None``), and a consular post in a country
    the rules pack lists without US consular services (``no_consular``: any spelling, casefolded →
    name; Part 8 Item 3.b then needs a post in a third country). Optional items ("if any") never count.
    A CBP request files no I-131: nothing is required here."""
    if case.channel == Channel.CBP_PORT_OF_ENTRY:
        return []
    maps = [m for m in _maps(maps_dir or FORM_MAPS_DIR) if m.form == "I-131"]
    if not maps:
        raise UserError("The rules pack maps no edition of Form I-131.")
    values, missing = i131_values(case)
    out: list[Blank] = []
    seen: set[tuple[str, str]] = set()
    for spec in maps[-1].fields:
        src = spec["source"]
        if src not in values or values[src] is not None:
            continue
        label = _finding_label(spec)
        path = field_path(case, src)
        msg = missing.get(src) or "Not recorded in the case."
        if (label, msg) in seen:
            continue
        seen.add((label, msg))
        out.append(Blank(label, path, msg))
    post_country = (values.get("consular_post.country") or "").strip()
    if post_country and no_consular:
        home = no_consular.get(post_country.casefold())
        if home is None:
            home = next(
                (v for k, v in no_consular.items() if country_name(k).casefold() == post_country.casefold()),
                None,
            )
        if home is not None:
            out.append(
                Blank(
                    "Part 8, Item 3.b: US embassy or consulate to notify",
                    "consular_post",
                    f"There are no US consular services in {home}: name a US embassy or consulate in a "
                    "third country the beneficiary can reach.",
                )
            )
    return out


def _finding_label(spec: dict[str, Any]) -> str:
    label = str(spec["label"])
    if spec.get("kind") == "check":
        return label.split(" (")[0]
    src = str(spec["source"])
    if re.search(r"\.(address|physical|physical_always)\.", src) or src.startswith(
        ("bio.weight", "bio.height", "consular_post")
    ):
        return label.rsplit(", ", 1)[0]  # one finding for the whole address (or the weight's three boxes)
    return label


# ---------------------------------------------------------------------------------------------- filling
@dataclass
class FilledForm:
    """One filled form: the PDF (AcroForm kept, XFA removed, an appearance drawn for every value), the
    values written (full field name → value), findings, and where it must be signed by hand."""

    form: str
    edition: str
    pdf: Any  # the filled pikepdf.Pdf (open: close it when done)
    values: dict[str, str]
    findings: list[FormFinding] = field(default_factory=list)
    signatures: list[SignaturePlace] = field(default_factory=list)
    pages: int = 0

    @property
    def data(self) -> bytes:
        """The filled form as a PDF file of its own."""
        out = io.BytesIO()
        self.pdf.save(out)
        return out.getvalue()


def _terminal_fields(root: Any, prefix: str = "") -> Any:
    name = f"{prefix}.{root.T}" if prefix and "/T" in root else (str(root.T) if "/T" in root else prefix)
    kids = root.get("/Kids")
    if kids is not None and any("/T" in k for k in kids):
        for k in kids:
            yield from _terminal_fields(k, name)
    else:
        yield name, root


def all_fields(pdf: Any) -> dict[str, Any]:
    """Full field name → terminal field dictionary."""
    out: dict[str, Any] = {}
    af = pdf.Root.get("/AcroForm")
    if af is None:
        return out
    for top in af.get("/Fields", []):
        for name, f in _terminal_fields(top):
            out[name] = f
    return out


def strip_xfa(pdf: Any) -> None:
    """Remove the XFA layer (viewers that prefer XFA would show the blank form) and any form scripts."""
    import pikepdf

    af = pdf.Root.get("/AcroForm")
    if af is not None and "/XFA" in af:
        del af[pikepdf.Name.XFA]
    if "/Names" in pdf.Root and "/JavaScript" in pdf.Root.Names:
        del pdf.Root.Names[pikepdf.Name.JavaScript]
    for key in ("/OpenAction", "/AA"):
        if key in pdf.Root:
            del pdf.Root[key]


def _widgets(f: Any) -> list[Any]:
    kids = f.get("/Kids")
    return list(kids) if kids is not None else [f]


def _on_state(f: Any) -> str | None:
    for w in _widgets(f):
        ap = w.get("/AP")
        if ap is not None and "/N" in ap:
            for k in ap.N:
                if k != "/Off":
                    return str(k)
    return None


def fill_form(
    template: bytes,
    fmap: FieldMap,
    values: dict[str, str | None],
    missing: dict[str, str],
    label: str,
    *,
    request_type: str = "",
    notes: list[str] | None = None,
) -> FilledForm:
    """Fill ``template`` (a PDF of the edition ``fmap`` maps) with ``values``; ``notes`` are findings
    about items the app does not record for this case (``request_type`` selects the map's own)."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(template))
    strip_xfa(pdf)
    fields = all_fields(pdf)
    written: dict[str, str] = {}
    findings: list[FormFinding] = []
    reported: set[str] = set()
    overflow: list[tuple[str, str, str]] = []
    form = f"Form {fmap.form} ({label})"
    for spec in fmap.fields:
        name = spec["field"]
        if name in fmap.never_fill or _SIGNATURE_FIELD.search(name):
            continue  # a signature (or its date) is written by hand, whatever a map says
        f = fields.get(name)
        if f is None:
            raise UserError(
                f"The field map of Form {fmap.form} edition {fmap.edition} names a field the file "
                f"does not have ({name}); the form file and its map do not match."
            )
        if f.get("/FT") == "/Sig":
            continue
        src = spec["source"]
        val = values.get(src)
        if val is None:
            if src in values:
                msg = missing.get(src) or "Not recorded in the case."
                key = msg if src in missing else src
                if key not in reported:
                    reported.add(key)
                    findings.append(FormFinding(form, _finding_label(spec), msg))
            continue
        kind = spec.get("kind", "text")
        if kind == "check":
            if val != spec["when"]:
                continue
            on = _on_state(f) or "/Yes"
            f.V = pikepdf.Name(on)
            for w in _widgets(f):
                w.AS = pikepdf.Name(on)
            written[name] = on
            continue
        if not val:
            continue
        if not fits_form(val):
            findings.append(
                FormFinding(
                    form,
                    spec["label"],
                    f"{excerpt(val)} is not in Latin letters; record the "
                    "spelling used in the passport or on official documents.",
                )
            )
            continue
        maxlen = int(f.get("/MaxLen", 0) or 0)
        if maxlen and len(val) > maxlen:
            shown = values.get(src + AS_RECORDED) or val
            overflow.append((spec["label"], shown, name))
            if maxlen < 11:  # never a cut value (a wrong number): the box stays blank, Part 13 holds it
                findings.append(
                    FormFinding(
                        form,
                        spec["label"],
                        f"{excerpt(shown)} is longer than the {maxlen} characters the form allows; "
                        "it is written in Part 13.",
                    )
                )
                continue
            val = "See Part 13"
        if kind == "choice" and "/Opt" in f:
            opts = [str(o[0]) if isinstance(o, pikepdf.Array) else str(o) for o in f.Opt]
            if val not in opts:
                findings.append(
                    FormFinding(form, spec["label"], f"{excerpt(val)} is not one of the form's choices.")
                )
                continue
        f.V = pikepdf.String(val)
        written[name] = val
    page_of: dict[tuple[int, int], int] = {}
    for i, pg in enumerate(pdf.pages):
        for a in pg.get("/Annots", []):
            page_of[a.objgen] = i
    rows = fmap.additional_rows
    for i, (lab, text, fname) in enumerate(overflow):
        if i >= len(rows):
            findings.append(
                FormFinding(form, lab, "More continued answers than Part 13 holds; attach a sheet.")
            )
            continue
        m = re.match(r"Part (\d+), Item ([\w.]+)", lab)
        part, item = (m.group(1), m.group(2).rstrip(":")) if m else ("", "")
        at = page_of.get(_widgets(fields[fname])[0].objgen)
        page = str(at + 1) if at is not None else ""
        for key, v in (("page", page), ("part", part), ("item", item), ("text", f"{lab}: {text}")):
            if v:
                fields[rows[i][key]].V = pikepdf.String(v)
                written[rows[i][key]] = v
    for unrec, kinds in fmap.not_recorded:
        if kinds and request_type not in kinds:
            continue
        findings.append(
            FormFinding(form, unrec, "not recorded by the app: complete it by hand before signing.")
        )
    for note in notes or []:
        where, _, what = note.partition(": ")  # "Part 1, Item 6.D: the Task Force ..." (no repeat)
        findings.append(FormFinding(form, where, what or note))
    _appearances(pdf, fields, written)
    sigs = []
    for s in fmap.signatures:
        f = fields.get(s["field"])
        at = page_of.get(_widgets(f)[0].objgen, 0) if f is not None else 0
        sigs.append(SignaturePlace(s["label"], s["signer"], at))
    return FilledForm(fmap.form, fmap.edition, pdf, written, findings, sigs, len(pdf.pages))


_DA = re.compile(r"/([^\s/]+)\s+([\d.]+)\s+Tf")
_MULTILINE = 1 << 12
_COMB = 1 << 24


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _wrap_lines(text: str, per_line: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=max(1, per_line), break_long_words=True) or [""]


def _appearance(pdf: Any, f: Any, text: str, dr_fonts: Any) -> None:
    """Draw a text field's value (the forms use Courier: every glyph is 0.6 em wide, so fitting and
    wrapping are exact): one line shrunk to fit, a multi-line field wrapped, a comb field one character
    per cell."""
    import pikepdf

    da = str(f.get("/DA", "") or pdf.Root.AcroForm.get("/DA", ""))
    m = _DA.search(da)
    font, size = (m.group(1), float(m.group(2))) if m else ("Helv", 10.0)
    if f"/{font}" not in dr_fonts:
        font = "Helv"
    size = size or 10.0
    flags = int(f.get("/Ff", 0) or 0)
    maxlen = int(f.get("/MaxLen", 0) or 0)
    for w in _widgets(f):
        x0, y0, x1, y1 = (float(v) for v in w.Rect)
        width, height = abs(x1 - x0), abs(y1 - y0)
        ops: list[bytes] = []
        sz = size
        if flags & _COMB and maxlen:
            cell = width / maxlen
            sz = min(size, cell / 0.6, height - 2)
            y = (height - sz * 0.7) / 2
            for i, ch in enumerate(text[:maxlen]):
                x = i * cell + (cell - 0.6 * sz) / 2
                ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, _pdf_string(ch)))
        elif flags & _MULTILINE:
            while True:
                lines = _wrap_lines(text, int((width - 4) / (0.6 * sz)))
                if len(lines) * sz * 1.15 <= height - 2 or sz <= 6:
                    break
                sz -= 0.5
            y = height - 2 - sz
            for line in lines:
                ops.append(b"1 0 0 1 2 %.2f Tm %s Tj" % (y, _pdf_string(line)))
                y -= sz * 1.15
        else:
            while len(text) * 0.6 * sz > width - 4 and sz > 6:
                sz -= 0.5
            ops.append(b"1 0 0 1 2 %.2f Tm %s Tj" % ((height - sz * 0.7) / 2, _pdf_string(text)))
        content = (
            b"/Tx BMC q 1 1 %.2f %.2f re W n BT /%s %.2f Tf 0 g "
            % (max(0.0, width - 2), max(0.0, height - 2), font.encode(), sz)
            + b" ".join(ops)
            + b" ET Q EMC"
        )
        res = pikepdf.Dictionary(Font=pikepdf.Dictionary({f"/{font}": dr_fonts[f"/{font}"]}))
        stream = pdf.make_stream(
            content,
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, width, height],
            Resources=res,
        )
        w.AP = pikepdf.Dictionary(N=stream)


def _appearances(pdf: Any, fields: dict[str, Any], written: dict[str, str]) -> None:
    """Appearance streams for the text fields written (so every viewer shows the values without
    regenerating anything; the other fields keep their own, e.g. the form's PDF417 barcodes)."""
    dr_fonts = pdf.Root.AcroForm.get("/DR", {}).get("/Font", {})
    for name, value in written.items():
        f = fields[name]
        if f.get("/FT") == "/Tx" and value:
            _appearance(pdf, f, value, dr_fonts)
    af = pdf.Root.AcroForm
    if "/NeedAppearances" in af:
        del af["/NeedAppearances"]


@functools.cache
def _template_bytes(path: Path) -> bytes:
    return path.read_bytes()


def fill_i131(case: Case, form_pdf: bytes | None = None, maps_dir: Path | None = None) -> FilledForm:
    """The I-131 of one case, from the shipped edition or from ``form_pdf`` (a user-supplied edition,
    refused unless the rules pack maps it)."""
    if form_pdf is None:
        maps = [m for m in _maps(maps_dir or FORM_MAPS_DIR) if m.form == "I-131"]
        if not maps:
            raise UserError("The rules pack maps no edition of Form I-131.")
        fmap = maps[-1]
        try:
            form_pdf = _template_bytes(FORMS_DIR / fmap.file)
        except OSError as e:
            raise UserError(
                f"The official Form I-131 ({fmap.file}) is missing from this installation; reinstall the app."
            ) from e
    else:
        fmap = field_map("I-131", detect_edition(form_pdf, "I-131", maps_dir), maps_dir)
    notes: list[str] = []
    values, missing = i131_values(case, notes)
    from parole_desktop.packet.templates import letter_name

    # the passport's Latin name with the name as typed beside it ("FARISHTA (فرشته رحیمی)")
    name = letter_name(case.beneficiary) or f"case {case.id}"
    filled = fill_form(
        form_pdf, fmap, values, missing, name, request_type=str(case.request_type), notes=notes
    )
    if not case.people_with_role(Role.INTERPRETER):
        filled.signatures = [s for s in filled.signatures if s.signer != "interpreter"]
    if part12_person(case)[0] is None:
        filled.signatures = [s for s in filled.signatures if s.signer != "preparer"]
    return filled


def i134_values(case: Case, supporter: Person) -> tuple[dict[str, str | None], dict[str, str]]:
    """The values an I-134 map can ask for: the supporter (Part 1), their status and relationship, and
    the beneficiary supported."""
    values: dict[str, str | None] = {}
    missing: dict[str, str] = {}
    _person_values("supporter", supporter, values, missing, contact_required=True)
    values["supporter.organization"] = supporter.organization or ""
    values["supporter.us_status"] = _opt(supporter.us_status)
    values["supporter.relationship"] = _opt(supporter.relationship)
    b = case.beneficiary
    if b is not None:
        _person_values("beneficiary", b, values, missing, address=False)
    return values, missing


def fill_i134(case: Case, supporter: Person, form_pdf: bytes, maps_dir: Path | None = None) -> FilledForm:
    """An official Form I-134 supplied by the user, for one supporter of one beneficiary; refused with a
    clear message when the rules pack has no map for its edition."""
    fmap = field_map("I-134", detect_edition(form_pdf, "I-134", maps_dir), maps_dir)
    values, missing = i134_values(case, supporter)
    who = supporter.full_name or supporter.organization
    return fill_form(form_pdf, fmap, values, missing, f"{who} for {case.beneficiary_name}")
