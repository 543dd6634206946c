"""Calendar arithmetic the rules rely on: whole months (passport validity) and completed years (age)."""

from __future__ import annotations

import datetime as dt

import pytest

from parole_desktop.rules.context import add_months, age_on


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),  # clamped to the end of a shorter month
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),  # leap year
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),  # passport validity: six months after travel
        (dt.date(2026, 3, 15), 12, dt.date(2027, 3, 15)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2026, 12, 1), 1, dt.date(2027, 1, 1)),  # across the year end
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("born", "on", "expected"),
    [
        (dt.date(2008, 5, 10), dt.date(2026, 5, 9), 17),
        (dt.date(2008, 5, 10), dt.date(2026, 5, 10), 18),  # the birthday itself counts
        (dt.date(2008, 2, 29), dt.date(2026, 2, 28), 17),  # this code's convention for 29 February: 1 March
        (dt.date(2008, 2, 29), dt.date(2026, 3, 1), 18),
    ],
)
def test_age_on(born, on, expected):
    assert age_on(born, on) == expected
