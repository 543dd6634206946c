"""INA 214(b) is recognised in every usual spelling, and nothing else is taken for it."""

from __future__ import annotations

import pytest

from parole_desktop.domain.grounds import REFUSED_214B, names_ina_214b


@pytest.mark.parametrize(
    "text",
    [
        "214(b)",
        "INA 214(b)",
        "INA §214(b)",
        "section 214 (b)",
        "sec. 214b",
        "refused under 214( B )",
        "INA214(b) refusal",
    ],
)
def test_names_214b(text: str) -> None:
    assert names_ina_214b(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "212(a)(7)(B)(i)(II)",
        "2214(b)",
        "214(c)",
        "214bis",
        "Apartment 214, Building B",
        "212(a)(214)",
        "called 214 times",
    ],
)
def test_does_not_name_214b(text: str) -> None:
    assert not names_ina_214b(text)


def test_the_refusal_says_why_and_what_to_do() -> None:
    assert "not a ground of inadmissibility" in REFUSED_214B
    assert "212(a)" in REFUSED_214B and "why no visa" in REFUSED_214B
