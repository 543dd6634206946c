"""Countries, US states and ZIP codes for the address editors, and a suggested split of a free-text address.

The country list is the 249 ISO 3166-1 alpha-2 codes with their English short names bundled in
``resources/templates/names.json`` (from the IANA time zone database's ``iso3166.tab``, public domain). The
address split is only a *suggestion*: the workspace fills the part fields with it when the volunteer asks,
and the volunteer checks them; nothing is ever split and stored without that.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from parole_desktop.paths import resource

#: The 50 states, the District of Columbia and the territories and military "states" a US address may
#: carry (USPS two-letter abbreviations).
US_STATES: tuple[tuple[str, str], ...] = (
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("AS", "American Samoa"),
    ("GU", "Guam"),
    ("MP", "Northern Mariana Islands"),
    ("PR", "Puerto Rico"),
    ("VI", "U.S. Virgin Islands"),
    ("AA", "Armed Forces Americas"),
    ("AE", "Armed Forces Europe"),
    ("AP", "Armed Forces Pacific"),
)
_STATE_CODES = {code for code, _ in US_STATES}
_STATE_BY_NAME = {name.casefold(): code for code, name in US_STATES}
_ZIP = re.compile(r"^\d{5}(-?\d{4})?$")


@functools.cache
def countries() -> tuple[tuple[str, str], ...]:
    """(ISO alpha-2 code, English name) of every country, sorted by name."""
    raw = json.loads(resource("templates", "names.json").read_text(encoding="utf-8"))
    return tuple(sorted(((str(c), str(n)) for c, n in raw["countries"].items()), key=lambda cn: cn[1]))


@functools.cache
def _by_code() -> dict[str, str]:
    return dict(countries())


@functools.cache
def _by_name() -> dict[str, str]:
    return {name.casefold(): code for code, name in countries()}


def country_name(code: str) -> str:
    """The English name of an ISO code ("AF" -> "Afghanistan"); "" when the code is unknown."""
    return _by_code().get(code.strip().upper(), "")


def country_code(text: str) -> str:
    """A country as typed (its code or its name, any case) to its ISO code; "" when it is not one."""
    word = text.strip()
    if len(word) == 2 and word.upper() in _by_code():
        return word.upper()
    return _by_name().get(word.casefold(), "")


def state_code(text: str) -> str:
    """A US state as typed ("ca", "California", "CA — California") to its two letters; "" when not one."""
    word = text.strip()
    head = word[:2].upper()
    if head in _STATE_CODES and (len(word) == 2 or not word[2:3].isalpha()):
        return head
    return _STATE_BY_NAME.get(word.casefold(), "")


def valid_zip(text: str) -> bool:
    """A US ZIP code: five digits, or ZIP+4 (nine digits, with or without the hyphen)."""
    return bool(_ZIP.match(text.strip()))


def normal_zip(text: str) -> str:
    """A valid ZIP code as the forms print it: 12345 or 12345-6789."""
    digits = text.strip().replace("-", "")
    return digits if len(digits) == 5 else f"{digits[:5]}-{digits[5:]}"


@dataclass(frozen=True)
class AddressSuggestion:
    """A proposed split of a free-text address. Every part may be wrong: the volunteer confirms it."""

    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""  # ISO code, "" when no country was recognised


_POSTAL_TAIL = re.compile(r"^(?P<rest>.*?)[\s,]*(?P<code>\d{4,6}(?:-\d{4})?)$")


def suggest_address_parts(text: str, default_country: str = "") -> AddressSuggestion:
    """Propose the parts of a one-line address ("12 Main St, Apt 3, Springfield, IL 62701, United States").

    Commas and line breaks separate the parts; the last part is taken as the country when it names one
    (else ``default_country``, e.g. the person's current country); a trailing number is the postal code;
    in the US the two letters before the ZIP code are the state (elsewhere no region is guessed). The
    part before those is the city, the first part(s) the street. It is a suggestion shown for confirmation, never stored by itself.
    """
    parts = [p.strip() for p in re.split(r"[,\n;]+", text) if p.strip()]
    country = ""
    if parts and country_code(parts[-1]):
        country = country_code(parts.pop())
    elif parts and parts[-1].upper() in ("USA", "U.S.A.", "US", "U.S."):
        parts.pop()
        country = "US"
    if not country:
        country = country_code(default_country)
    postal = region = ""
    if parts:
        m = _POSTAL_TAIL.match(parts[-1])
        if m:
            postal = m.group("code")
            parts[-1] = m.group("rest").strip()
            if not parts[-1]:
                parts.pop()
    if parts and (country in ("", "US")):
        words = parts[-1].split()
        if len(parts) >= 2 and words and state_code(words[-1]) and len(words[-1]) == 2:
            region = state_code(words.pop())
            country = country or ("US" if postal and valid_zip(postal) else "")
            parts[-1] = " ".join(words)
            if not parts[-1]:
                parts.pop()
        elif len(parts) >= 3 and state_code(parts[-1]):
            region = state_code(parts.pop())
    city = parts.pop() if len(parts) >= 2 else ""
    street = ", ".join(parts)
    return AddressSuggestion(street=street, city=city, region=region, postal_code=postal, country=country)
