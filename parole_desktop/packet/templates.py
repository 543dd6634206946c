"""Wording shared by the letter, the forms and the record: reason labels, the date format, the parole basis,
names in the passport's Latin spelling, country phrases and durations. (The cover letter is built from
recorded facts only, in :mod:`parole_desktop.packet.letter`; there are no free-text templates with stock
claims.)"""

from __future__ import annotations

import datetime as dt
import unicodedata

from parole_desktop.domain.basis import basis_of
from parole_desktop.domain.enums import ParoleBasis, Reason
from parole_desktop.domain.models import Case, Person

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

#: the two statutory bases of INA 212(d)(5)(A), in words
BASIS_WORDS: dict[ParoleBasis, str] = {
    ParoleBasis.URGENT_HUMANITARIAN: "urgent humanitarian reasons",
    ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT: "significant public benefit",
}


def fmt_date(d: dt.date | None) -> str:
    return d.strftime("%B %-d, %Y") if d else "[date not recorded]"


def parole_basis_of(case: Case) -> ParoleBasis:
    """The basis the letter names: :func:`domain.basis.basis_of` (the same derivation as Form I-131 Part 1
    and Part 8); with neither a basis nor a reason recorded, urgent humanitarian reasons (a draft only:
    the checks fail a case without a reason)."""
    return basis_of(case) or ParoleBasis.URGENT_HUMANITARIAN


def passport_name(p: Person | None) -> str:
    """The name as the passport writes it in Latin letters, given name(s) then family name ("FERESHTEH
    RAHIMI"); the name as typed when no Latin spelling is recorded (a native-script name then stays as it
    is: the checks ask for the passport spelling)."""
    if p is None:
        return ""
    from parole_desktop.packet.names import passport_names

    fam, giv = passport_names(p)
    latin = " ".join(x for x in (giv, fam) if x)
    return latin or p.full_name or p.organization


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).split())


def letter_name(p: Person | None) -> str:
    """The name a letter prints: the passport's Latin name, then the name as typed in parentheses when it
    differs ("FERESHTEH RAHIMI (فرشته رحیمی)"); "Maria Nunez" stays "Maria Nunez"."""
    if p is None:
        return ""
    latin = passport_name(p)
    typed = p.full_name
    if typed and latin and _fold(typed) != _fold(latin):
        return f"{latin} ({typed})"
    return latin or typed


def months(n: int) -> str:
    """``1`` → "1 month", ``2`` → "2 months"."""
    return f"{n} month" if n == 1 else f"{n} months"


#: countries whose English name takes "the" in running text ("lives in the Dominican Republic")
_THE = {
    "BS": "the Bahamas",
    "CD": "the Democratic Republic of the Congo",
    "CF": "the Central African Republic",
    "CG": "the Republic of the Congo",
    "CZ": "the Czech Republic",
    "DO": "the Dominican Republic",
    "GM": "the Gambia",
    "MH": "the Marshall Islands",
    "NL": "the Netherlands",
    "PH": "the Philippines",
    "SB": "the Solomon Islands",
    "AE": "the United Arab Emirates",
    "GB": "the United Kingdom",
    "US": "the United States",
    "KY": "the Cayman Islands",
    "VA": "the Holy See",
}
_THE_NAMES = {
    "bahamas",
    "dominican republic",
    "gambia",
    "netherlands",
    "philippines",
    "united arab emirates",
    "united kingdom",
    "united states",
    "czech republic",
    "central african republic",
    "marshall islands",
    "solomon islands",
    "cayman islands",
    "democratic republic of the congo",
    "republic of the congo",
}


def country_phrase(value: str) -> str:
    """A country as it reads after "in": ``"DO"`` → "the Dominican Republic", ``"AF"`` → "Afghanistan"."""
    from parole_desktop.packet.names import country_name

    v = (value or "").strip()
    if len(v) == 2 and v.upper() in _THE:
        return _THE[v.upper()]
    name = country_name(v)
    low = name.lower()
    if low.startswith("the "):
        return name
    if low in _THE_NAMES:
        return "the " + name
    return name


def key_date_label(case: Case) -> str:
    """The recorded key-date label, else a neutral wording by its kind (never "Appointment" or "key date"
    on a case that recorded neither)."""
    from parole_desktop.domain.enums import KeyDateKind

    label = case.key_date_label.strip()
    if label:
        return label
    return "deadline to arrive" if case.key_date_kind == KeyDateKind.DEADLINE else "date of the event"


#: the unit kinds of the form's Apt./Ste./Flr. box, as an address line writes them
UNIT_ABBREVIATIONS = {"apt": "Apt.", "ste": "Ste.", "flr": "Flr."}


def address_lines(p: Person | None, which: str = "address") -> list[str]:
    """A recorded address as a letter prints it, from its parts (``which`` = "address" for the mailing
    address, "physical" for the physical one): In Care Of, the street with its apartment/suite/floor
    ("Rudaki Avenue 15, Apt. 8"), city with region and postal code, the country in words (left out for a
    US address). Without any part, the one-line text as first typed (mailing address only); [] when
    nothing is recorded."""
    if p is None:
        return []
    from parole_desktop.packet.names import country_name

    def part(name: str) -> str:
        return " ".join(str(getattr(p, f"{which}_{name}", "") or "").split())

    street, city, region, postal, country = (
        part(n) for n in ("street", "city", "region", "postal_code", "country")
    )
    kind, unit = part("unit_kind"), part("unit")
    if not (street or city or country):
        old = " ".join((p.address or "").split()) if which == "address" else ""
        return [old] if old else []
    lines = []
    if which == "address" and part("in_care_of"):
        lines.append(f"c/o {part('in_care_of')}")
    unit_text = " ".join(x for x in (UNIT_ABBREVIATIONS.get(kind, ""), unit) if x)
    first = ", ".join(x for x in (street, unit_text) if x)
    if first:
        lines.append(first)
    us = country.upper() in ("US", "USA") or country.casefold() == "united states"
    tail = " ".join(x for x in (region, postal) if x)
    town = ", ".join(x for x in (city, tail) if x)
    if town:
        lines.append(town)
    if country and not us:
        lines.append(country_name(country))
    return lines
