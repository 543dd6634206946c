"""Dates as clients give them: the Solar Hijri (Jalali) calendar of Afghanistan and Iran, and the Gregorian.

A client from Afghanistan gives a birth date, a passport expiry or an arrival date in the Solar Hijri
calendar ("12 Asad 1370"); the case stores Gregorian ISO dates only (the forms ask for them). Nobody
converts by hand: the workspace field takes the Solar Hijri date as typed and this module converts it.

The arithmetic is ``jdatetime``'s (the converter Python projects use, PSF licence), behind these few
functions so the rest of the program depends on one small module:

* :func:`to_gregorian` / :func:`from_gregorian` convert a day (1 Farvardin 1403 = 2024-03-20);
* :func:`parse_jalali` reads a typed date, ``1370/05/12``, ``1370-5-12`` or with Persian (۰–۹) or
  Arabic-Indic (٠–٩) digits, and refuses an impossible one with :class:`CalendarDateError`, whose ``reason``
  says which kind of mistake it is (so the interface can say it in the volunteer's language) and whose text
  says it in English;
* :func:`format_jalali` writes a day back as ``1370/05/12`` (year/month/day, the order it is written in
  Afghanistan and Iran).

The year: months 1–6 have 31 days, 7–11 have 30, Esfand (12) has 29 and 30 in a leap year; there is never
a 31st of Esfand. A leap year is the one ``jdatetime`` computes (the 33-year arithmetic rule, which agrees
with the official calendar for the years a living person's documents carry).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import jdatetime

from parole_desktop.errors import UserError

#: Years a typed Solar Hijri date may have: 1200 AP (1821) to 1599 AP (2221). Anything outside is a typing
#: mistake for a date on a person's documents (a two-digit year, a Gregorian year in the Hijri field).
MIN_YEAR = 1200
MAX_YEAR = 1599
#: A year in this range typed in the Solar Hijri field is a Gregorian year (1991 for 1370): said as such.
GREGORIAN_YEARS = (1800, 2300)

#: Persian (Extended Arabic-Indic, U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits to ASCII.
_DIGITS = str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
    }
)
# year / month / day; the separators a keyboard gives: / - . and the Arabic date separator (U+060D), the
# Arabic decimal separator (U+066B) and the Arabic comma (U+060C) that some layouts put on the slash key
_SEP = r"\s*[/\-.\u060c\u060d\u066b]\s*"
_TYPED = re.compile(rf"^\s*(\d+){_SEP}(\d+){_SEP}(\d+)\s*$", re.ASCII)
_MONTH_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)

#: Month names as written in Afghanistan (Dari), Farvardin … Esfand in Iran; for messages in English.
MONTHS_AF = (
    "Hamal",
    "Sawr",
    "Jawza",
    "Saratan",
    "Asad",
    "Sunbula",
    "Mizan",
    "Aqrab",
    "Qaws",
    "Jadi",
    "Dalw",
    "Hut",
)


@dataclass(frozen=True, order=True)
class JalaliDate:
    """A day of the Solar Hijri calendar (year, month 1–12, day 1–31)."""

    year: int
    month: int
    day: int

    def __str__(self) -> str:
        return f"{self.year:04d}/{self.month:02d}/{self.day:02d}"


class CalendarDateError(UserError):
    """A typed Solar Hijri date that is not a day. ``reason`` is one of: ``format`` (not year/month/day),
    ``year`` (outside 1200–1599, or four digits missing), ``gregorian_year`` (a Gregorian year typed in the
    Solar Hijri field), ``month`` (not 1–12), ``day`` (past the month's length), ``leap`` (30 Esfand of a
    year that is not leap). ``year``, ``month``, ``day`` and ``days`` (the month's length) are the typed
    values where they were read."""

    def __init__(
        self, reason: str, message: str, *, year: int = 0, month: int = 0, day: int = 0, days: int = 0
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.year, self.month, self.day, self.days = year, month, day, days


def latin_digits(text: str) -> str:
    """``text`` with every Persian or Arabic-Indic digit as its ASCII digit (nothing else changed)."""
    return text.translate(_DIGITS)


def persian_digits(text: str) -> str:
    """``text`` with every ASCII digit as its Persian digit (۰–۹), as Dari and Pashto write them."""
    return "".join(chr(0x06F0 + int(c)) if "0" <= c <= "9" else c for c in text)


def is_leap(year: int) -> bool:
    """Whether the Solar Hijri ``year`` has a 30th of Esfand."""
    return bool(jdatetime.date(year, 1, 1).isleap())


def month_days(year: int, month: int) -> int:
    """The number of days of ``month`` (1–12) in the Solar Hijri ``year``."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1–12")
    if month == 12 and is_leap(year):
        return 30
    return _MONTH_DAYS[month - 1]


def check(year: int, month: int, day: int) -> JalaliDate:
    """The day year/month/day of the Solar Hijri calendar, or :class:`CalendarDateError` saying why not."""
    typed = f"{year}/{month:02d}/{day:02d}"
    if GREGORIAN_YEARS[0] <= year <= GREGORIAN_YEARS[1]:
        raise CalendarDateError(
            "gregorian_year",
            f"{typed}: {year} is a Gregorian year. Type the date as the client gives it in the Solar "
            f"Hijri calendar (a year near {year - 621}), or switch the field to the Gregorian calendar.",
            year=year,
            month=month,
            day=day,
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CalendarDateError(
            "year",
            f"{typed}: the year must have four digits, {MIN_YEAR}–{MAX_YEAR} (for example 1370).",
            year=year,
            month=month,
            day=day,
        )
    if not 1 <= month <= 12:
        raise CalendarDateError(
            "month", f"{typed}: there is no month {month}; months are 1–12.", year=year, month=month, day=day
        )
    days = month_days(year, month)
    if not 1 <= day <= days:
        if month == 12 and day == 30:
            raise CalendarDateError(
                "leap",
                f"{typed}: {year} is not a leap year, so its last month (Hut / Esfand) has 29 days.",
                year=year,
                month=month,
                day=day,
                days=days,
            )
        raise CalendarDateError(
            "day",
            f"{typed}: month {month} ({MONTHS_AF[month - 1]}) of {year} has {days} days.",
            year=year,
            month=month,
            day=day,
            days=days,
        )
    return JalaliDate(year, month, day)


def to_gregorian(day: JalaliDate) -> dt.date:
    """The Gregorian date of a Solar Hijri day (checked first: an impossible day raises)."""
    checked = check(day.year, day.month, day.day)
    g = jdatetime.date(checked.year, checked.month, checked.day).togregorian()
    return dt.date(g.year, g.month, g.day)


def from_gregorian(date: dt.date) -> JalaliDate:
    """The Solar Hijri day of a Gregorian date (any date from 622 on; jdatetime's range)."""
    j = jdatetime.date.fromgregorian(date=date)
    return JalaliDate(int(j.year), int(j.month), int(j.day))


def parse_jalali(text: str) -> dt.date:
    """A typed Solar Hijri date (year/month/day, Latin, Persian or Arabic-Indic digits, separated by / - .)
    as its Gregorian date. Raises :class:`CalendarDateError` for anything that is not such a day."""
    m = _TYPED.match(latin_digits(text))
    if m is None:
        raise CalendarDateError(
            "format",
            "Type the Solar Hijri date as year/month/day, for example 1370/05/12.",
        )
    year, month, day = (int(g) for g in m.groups())
    return to_gregorian(check(year, month, day))


def format_jalali(date: dt.date, *, persian: bool = False) -> str:
    """The Solar Hijri form of a Gregorian date, ``1370/05/12`` (with Persian digits when ``persian``)."""
    text = str(from_gregorian(date))
    return persian_digits(text) if persian else text


__all__ = [
    "GREGORIAN_YEARS",
    "MAX_YEAR",
    "MIN_YEAR",
    "MONTHS_AF",
    "CalendarDateError",
    "JalaliDate",
    "check",
    "format_jalali",
    "from_gregorian",
    "is_leap",
    "latin_digits",
    "month_days",
    "parse_jalali",
    "persian_digits",
    "to_gregorian",
]
