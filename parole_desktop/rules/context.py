"""What one evaluation sees: the case, the pack, today's date and the facts only the store knows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from parole_desktop.domain.enums import Role, Severity
from parole_desktop.domain.models import Case, Evidence, Finding, Person
from parole_desktop.domain.search_text import normalise
from parole_desktop.rules.pack import RulesPack

SELF_WORDS = frozenset({"self", "beneficiary", "myself", "themself", "same"})
US_NAMES = frozenset({"us", "usa", "united states", "united states of america", "u.s.", "u.s.a."})


@dataclass(frozen=True)
class CheckContext:
    """Facts the case object alone cannot give (from the store, the family group, the packet builder).

    ``attachment_ok``: evidence id -> stored SHA-256 still matches the attachment (missing id: unknown).
    ``unreadable``: evidence ids whose file could not be opened or rendered.
    ``family_cases``: every case of the family group (this one may be included).
    ``final``: the packet is meant to be final (HP-REV-01 then needs a valid sign-off).
    ``signoff_valid``: a non-void sign-off matches the current content hash (None: none recorded).
    """

    attachment_ok: dict[int, bool] = field(default_factory=dict)
    unreadable: frozenset[int] = frozenset()
    family_cases: list[Case] = field(default_factory=list)
    final: bool = False
    signoff_valid: bool | None = None


def age_on(born: dt.date, on: dt.date) -> int:
    """Completed years between ``born`` and ``on``."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the end of a shorter month (dateutil's relativedelta)."""
    later: dt.date = day + relativedelta(months=months)
    return later


def is_us(country: str) -> bool:
    return country.strip().casefold() in US_NAMES


def is_self(person: Person) -> bool:
    return person.relationship.strip().casefold() in SELF_WORDS


def name_key(text: str) -> tuple[str, ...]:
    """A name folded for comparison: case, diacritics and script variants folded, word order ignored."""
    return tuple(sorted(normalise(text).split()))


def spellings(p: Person) -> set[tuple[str, ...]]:
    """Every recorded spelling of a person: as typed, as in the passport, each other name used, and for a
    supporter or requestor the organization's name."""
    passport = f"{p.passport_given_name} {p.passport_family_name}"
    names = [p.full_name, passport, *p.other_names.replace(";", ",").split(",")]
    if p.role in (Role.SUPPORTER, Role.REQUESTOR):
        names.append(p.organization)
    return {k for k in (name_key(n) for n in names) if k}


def passport_key(number: str) -> str:
    """A passport number compared without spaces, hyphens or case."""
    return "".join(ch for ch in number.upper() if ch.isalnum())


def country_of(p: Person) -> str:
    """Where a person is, as recorded: the current country, else the physical, else the mailing address's."""
    return (p.current_country or p.physical_country or p.address_country).strip()


class Eval:
    """One evaluation run: shared lookups plus the finding factory every check uses."""

    def __init__(self, case: Case, pack: RulesPack, today: dt.date, context: CheckContext) -> None:
        self.case = case
        self.pack = pack
        self.today = today
        self.ctx = context
        self.beneficiary = case.beneficiary
        self.requestors = case.people_with_role(Role.REQUESTOR)
        self.requestor = self.requestors[0] if self.requestors else None
        self.originals = [e for e in case.evidence if e.translation_of is None]
        self.kinds: dict[str, list[Evidence]] = {}
        for e in self.originals:
            self.kinds.setdefault(e.kind, []).append(e)

    # --- facts -------------------------------------------------------------------------------
    @property
    def age(self) -> int | None:
        b = self.beneficiary
        if b is None or b.date_of_birth is None or b.date_of_birth > self.today:
            return None
        return age_on(b.date_of_birth, self.today)

    @property
    def is_minor(self) -> bool:
        age = self.age
        return age is not None and age < self.pack.int_param("adult_age_years")

    @property
    def self_filing(self) -> bool:
        return self.requestor is not None and is_self(self.requestor)

    @property
    def requesting_organization(self) -> str:
        """The organization that files the request ("" when a person files, or the beneficiary themself)."""
        r = self.requestor
        if r is None or self.self_filing:
            return ""
        return r.organization.strip()

    def has_kind(self, *kinds: str) -> bool:
        return any(self.kinds.get(k) for k in kinds)

    def translated_ok(self, e: Evidence) -> bool:
        """An original that is in English, or has a certified English translation with a translator named."""
        if not e.is_foreign_language:
            return True
        return e.id is not None and any(
            t.language.strip().lower() == "en" and t.translator_certified and t.translator_name.strip()
            for t in self.case.translations_of(e.id)
        )

    # --- findings ------------------------------------------------------------------------------
    def finding(
        self, rule_id: str, severity: Severity, message: str, fld: str = "", *, verify: bool = False
    ) -> Finding:
        spec = self.pack.rule(rule_id)
        return Finding(
            rule_id=rule_id,
            severity=severity,
            message=message,
            citation=spec.citation,
            field=fld,
            verify=spec.verify or verify,
        )
