"""The Solar Hijri calendar (domain/calendars.py): conversion both ways, typed dates in three kinds of digits,
and every impossible date refused with its reason.

Known pairs: the Gregorian date of Nowruz (1 Farvardin / 1 Hamal) and the leap years are those of the
conversion table of Wikipedia's "Solar Hijri calendar" article (section "Comparison with Gregorian
calendar"; https://en.wikipedia.org/wiki/Solar_Hijri_calendar), which follows the calendar published by the
University of Tehran's Institute of Geophysics, and K. M. Borkowski, "The Persian calendar for 3000 years",
Earth, Moon and Planets 74 (1996) 223–230; the 1925 adoption date is that article's (law of 31 March 1925,
year 1304 beginning 21 March 1925); "1 January 2016 fell into year 1394" is also stated there.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parole_desktop.domain import calendars as cal
from parole_desktop.domain.calendars import CalendarDateError, JalaliDate
from parole_desktop.errors import UserError

NOWRUZ = {
    1304: dt.date(1925, 3, 21),
    1354: dt.date(1975, 3, 21),
    1358: dt.date(1979, 3, 21),
    1370: dt.date(1991, 3, 21),
    1375: dt.date(1996, 3, 20),
    1399: dt.date(2020, 3, 20),
    1400: dt.date(2021, 3, 21),
    1401: dt.date(2022, 3, 21),
    1402: dt.date(2023, 3, 21),
    1403: dt.date(2024, 3, 20),
    1404: dt.date(2025, 3, 21),
    1405: dt.date(2026, 3, 21),
    1408: dt.date(2029, 3, 20),
}
FIRST = dt.date(1821, 3, 21)  # 1 Farvardin 1200, the first day a typed date may have
LAST = dt.date(2221, 3, 20)  # 29 or 30 Esfand 1599, the last


@pytest.mark.parametrize(("year", "gregorian"), sorted(NOWRUZ.items()))
def test_nowruz_is_the_first_of_farvardin(year: int, gregorian: dt.date) -> None:
    assert cal.to_gregorian(JalaliDate(year, 1, 1)) == gregorian
    assert cal.from_gregorian(gregorian) == JalaliDate(year, 1, 1)
    # the day before Nowruz is the last day of the year before: 30 Esfand in a leap year, else 29
    eve = cal.from_gregorian(gregorian - dt.timedelta(days=1))
    assert (eve.year, eve.month, eve.day) == (year - 1, 12, 30 if cal.is_leap(year - 1) else 29)


def test_the_leap_years_of_the_table() -> None:
    """1391, 1395, 1399, 1403 and 1408 are leap (four-year steps, then five in the 33-year cycle)."""
    assert [y for y in range(1390, 1412) if cal.is_leap(y)] == [1391, 1395, 1399, 1403, 1408]
    assert cal.month_days(1403, 12) == 30 and cal.month_days(1402, 12) == 29
    assert cal.to_gregorian(JalaliDate(1403, 12, 30)) == dt.date(2025, 3, 20)


def test_known_days_within_a_year() -> None:
    assert cal.from_gregorian(dt.date(2016, 1, 1)) == JalaliDate(1394, 10, 11)
    assert cal.to_gregorian(JalaliDate(1370, 5, 12)) == dt.date(1991, 8, 3)
    assert cal.format_jalali(dt.date(1991, 8, 3)) == "1370/05/12"
    assert cal.format_jalali(dt.date(1991, 8, 3), persian=True) == "۱۳۷۰/۰۵/۱۲"


@pytest.mark.parametrize(
    "typed",
    [
        "1370/05/12",
        "1370/5/12",
        "1370-05-12",
        "1370.5.12",
        " 1370 / 5 / 12 ",
        "۱۳۷۰/۰۵/۱۲",  # Persian digits (Dari and Pashto keyboards)
        "١٣٧٠/٠٥/١٢",  # Arabic-Indic digits
        "۱۳۷۰/05/۱۲",  # mixed, as a keyboard switched mid-way gives
        "١٣٧٠\u066b٥\u066b١٢",  # the Arabic decimal separator some layouts put on the slash key
        "1370\u060c5\u060c12",  # the Arabic comma
    ],
)
def test_a_typed_date_in_any_digits(typed: str) -> None:
    assert cal.parse_jalali(typed) == dt.date(1991, 8, 3)


@pytest.mark.parametrize(
    ("typed", "reason", "words"),
    [
        ("1402/12/30", "leap", "1402 is not a leap year, so its last month (Hut / Esfand) has 29 days"),
        ("1403/12/31", "day", "month 12 (Hut) of 1403 has 30 days"),
        ("1370/07/31", "day", "month 7 (Mizan) of 1370 has 30 days"),
        ("1370/01/32", "day", "has 31 days"),
        ("1370/01/00", "day", "has 31 days"),
        ("1370/13/01", "month", "there is no month 13"),
        ("1370/00/01", "month", "there is no month 0"),
        ("70/05/12", "year", "four digits, 1200–1599"),
        ("1199/12/29", "year", "four digits, 1200–1599"),
        ("1600/01/01", "year", "four digits, 1200–1599"),
        ("1991/08/03", "gregorian_year", "1991 is a Gregorian year"),
        ("2026-12-31", "gregorian_year", "a year near 1405"),
        ("12/05/1370", "year", "four digits"),  # day first is not the order of a Solar Hijri date
        ("1370/05", "format", "year/month/day"),
        ("", "format", "year/month/day"),
        ("۱۳۷۰/۰۵/۱۲x", "format", "year/month/day"),
        ("1370/05/12/1", "format", "year/month/day"),
        ("1370/٥/١٢٣", "day", "has 31 days"),
        ("1370\u200f/05/12", "format", "year/month/day"),  # a direction mark is no separator
        ("１３７０/05/12", "format", "year/month/day"),  # full-width digits are not read as digits
    ],
)
def test_an_impossible_date_is_refused_with_its_reason(typed: str, reason: str, words: str) -> None:
    with pytest.raises(CalendarDateError) as err:
        cal.parse_jalali(typed)
    assert err.value.reason == reason
    assert words in str(err.value)
    assert isinstance(err.value, UserError)  # the CLI and the GUI show it as a user's mistake


def test_the_error_carries_the_typed_parts() -> None:
    with pytest.raises(CalendarDateError) as err:
        cal.parse_jalali("1402/12/30")
    assert (err.value.year, err.value.month, err.value.day, err.value.days) == (1402, 12, 30, 29)


def test_digits_both_ways() -> None:
    assert cal.latin_digits("۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ abc") == "0123456789 0123456789 abc"
    assert cal.persian_digits("1370/05/12") == "۱۳۷۰/۰۵/۱۲"


@settings(max_examples=400, deadline=None)
@given(st.dates(min_value=FIRST, max_value=LAST))
def test_gregorian_round_trip(day: dt.date) -> None:
    """Every day of 1821–2221 goes to a real Solar Hijri day and back to itself, through the typed form."""
    j = cal.from_gregorian(day)
    assert cal.check(j.year, j.month, j.day) == j
    assert cal.to_gregorian(j) == day
    assert cal.parse_jalali(cal.format_jalali(day)) == day
    assert cal.parse_jalali(cal.format_jalali(day, persian=True)) == day


@settings(max_examples=400, deadline=None)
@given(
    st.integers(cal.MIN_YEAR, cal.MAX_YEAR).flatmap(
        lambda y: st.integers(1, 12).flatmap(
            lambda m: st.builds(JalaliDate, st.just(y), st.just(m), st.integers(1, cal.month_days(y, m)))
        )
    )
)
def test_jalali_round_trip_and_the_next_day(day: JalaliDate) -> None:
    """Every Solar Hijri day of 1200–1599 goes to a Gregorian day and back; the next Gregorian day is the
    next Solar Hijri day (no day skipped or doubled at a month's or a year's end)."""
    g = cal.to_gregorian(day)
    assert cal.from_gregorian(g) == day
    nxt = cal.from_gregorian(g + dt.timedelta(days=1))
    if day.day < cal.month_days(day.year, day.month):
        assert nxt == JalaliDate(day.year, day.month, day.day + 1)
    elif day.month < 12:
        assert nxt == JalaliDate(day.year, day.month + 1, 1)
    else:
        assert nxt == JalaliDate(day.year + 1, 1, 1)


def test_every_day_of_four_centuries_in_order() -> None:
    """Walking day by day from 1 Farvardin 1200 to the end of 1599: each month has the length the calendar
    gives it and the Gregorian days follow without a gap."""
    g = FIRST
    for year in range(cal.MIN_YEAR, cal.MAX_YEAR + 1):
        for month in range(1, 13):
            for d in range(1, cal.month_days(year, month) + 1):
                assert cal.from_gregorian(g) == JalaliDate(year, month, d)
                g += dt.timedelta(days=1)
    assert g - dt.timedelta(days=1) == LAST
