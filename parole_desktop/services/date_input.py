"""Dates typed as text (``case edit --set …=VALUE``): a Gregorian ISO date, or a Solar Hijri one marked ``jalali:``.

A client from Afghanistan gives a birth date in the Solar Hijri calendar; the volunteer types it as given,
``people[beneficiary].date_of_birth=jalali:1367/01/23`` (Latin, Persian or Arabic-Indic digits), and the case
stores the Gregorian ISO date, converted by ``domain/calendars.py``. The calendar is never guessed from the
digits: a value without the ``jalali:`` prefix is a Gregorian ``YYYY-MM-DD`` date, and one whose year could
only be a Solar Hijri year (1200–1599: no document of a case carries such a Gregorian year) is refused with
the way to write it, never converted. Another prefix is refused as well (``hijri:`` could mean the lunar Hijri
calendar, which the app does not convert). Every refusal is a :class:`ValidationError` naming the field, in
the language of the messages; nothing is stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing
from collections.abc import Iterable
from dataclasses import dataclass

from parole_desktop.domain import calendars
from parole_desktop.domain import text as text_rule
from parole_desktop.domain.models import Background, Case, Outcome, ParoleRecord, Person
from parole_desktop.errors import ValidationError
from parole_desktop.l10n import _

#: the prefix that marks a Solar Hijri (Jalali) date, e.g. ``jalali:1367/01/23``
SOLAR_HIJRI = "jalali"
_PREFIXED = re.compile(r"^\s*([A-Za-z][A-Za-z_-]*)\s*:(.*)$", re.DOTALL)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)


def _date_fields(*classes: type) -> frozenset[str]:
    names = set()
    for cls in classes:
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            tp = hints[f.name]
            if tp is dt.date or dt.date in typing.get_args(tp):
                names.add(f.name)
    return frozenset(names)


#: the names of the date fields ``case edit`` can set (case, people, their paroles, background, outcome)
DATE_FIELDS = _date_fields(Case, Person, ParoleRecord, Background, Outcome)


def _shown(text: str) -> str:
    """A refused value as an error quotes it: short, with nothing hidden or reordering in it."""
    return text[:40] if len(text) <= 40 and text.isprintable() else text_rule.excerpt(text, 40)


@dataclass(frozen=True)
class SolarHijriInput:
    """One Solar Hijri date typed for a field, and the Gregorian date stored for it."""

    path: str
    typed: calendars.JalaliDate
    date: dt.date


def calendar_problem(typed: str, err: calendars.CalendarDateError) -> str:
    """Why ``typed`` is not a Solar Hijri day, in the language of the messages."""
    if err.reason == "gregorian_year":
        return _(
            "“{text}”: {year} is a Gregorian year. Write the date as the client gives it in the Solar Hijri "
            "calendar (a year near {near}), or write a Gregorian date as YYYY-MM-DD without “jalali:”."
        ).format(text=typed, year=err.year, near=err.year - 621)
    if err.reason == "year":
        return _("“{text}”: the year must have four digits, 1200 to 1599 (for example 1370).").format(
            text=typed
        )
    if err.reason == "month":
        return _("“{text}”: there is no month {month}; the months are 1 to 12.").format(
            text=typed, month=err.month
        )
    if err.reason == "leap":
        return _("“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days.").format(
            text=typed, year=err.year
        )
    if err.reason == "day":
        return _("“{text}”: month {month} of {year} has {days} days.").format(
            text=typed, month=err.month, year=err.year, days=err.days
        )
    return _(
        "“{text}” is not a Solar Hijri date: write it as year/month/day, for example jalali:1370/05/12."
    ).format(text=typed)


def solar_hijri(where: str, raw: str) -> SolarHijriInput | None:
    """The Solar Hijri date ``raw`` gives for the date field at ``where`` (``jalali:1367/01/23``), None for a
    value without a calendar prefix; a wrong date or an unknown prefix raises ValidationError."""
    m = _PREFIXED.match(raw)
    if m is None:
        return None
    calendar, text = m.group(1), m.group(2).strip()
    if calendar.lower() != SOLAR_HIJRI:
        raise ValidationError(
            where,
            _(
                "“{calendar}:” is not a calendar the app converts. Write a Solar Hijri date as "
                "jalali:1370/05/12, a Gregorian one as YYYY-MM-DD."
            ).format(calendar=_shown(calendar)),
        )
    try:
        date = calendars.parse_jalali(text)
    except calendars.CalendarDateError as err:
        raise ValidationError(where, calendar_problem(_shown(text), err)) from err
    return SolarHijriInput(where, calendars.from_gregorian(date), date)


def iso_value(where: str, raw: str) -> str | None:
    """The ISO text to store for a date field set to ``raw``: None for an empty value, the Gregorian date of a
    ``jalali:`` value, a Gregorian ``YYYY-MM-DD`` as it is. Anything else raises ValidationError."""
    text = raw.strip()
    if not text:
        return None
    hijri = solar_hijri(where, text)
    if hijri is not None:
        return hijri.date.isoformat()
    m = _ISO.match(text)
    if m is None:
        raise ValidationError(
            where,
            _(
                "“{value}” is not a date: write a Gregorian date as YYYY-MM-DD (1988-04-12), or a Solar Hijri "
                "date as the client gives it with “jalali:” before it (jalali:1367/01/23)."
            ).format(value=_shown(text)),
        )
    year = int(m.group(1))
    if calendars.MIN_YEAR <= year <= calendars.MAX_YEAR:
        raise ValidationError(
            where,
            _(
                "“{value}”: {year} is not a Gregorian year of a date in a case; it reads like a Solar Hijri year. "
                "If the client gave the date in the Solar Hijri calendar, write jalali:{value}; nothing was "
                "converted."
            ).format(value=text, year=year),
        )
    return text


def solar_hijri_inputs(assignments: Iterable[tuple[str, str]]) -> list[SolarHijriInput]:
    """The Solar Hijri dates among ``(path, value)`` assignments to date fields, in their order."""
    out = []
    for path, raw in assignments:
        if path.rsplit(".", 1)[-1] in DATE_FIELDS:
            where = path if len(path) <= 80 and path.isprintable() else text_rule.excerpt(path)
            found = solar_hijri(where, raw.strip())
            if found is not None:
                out.append(found)
    return out
