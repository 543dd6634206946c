"""Fixtures for the rules tests: the bundled pack and a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest

from parole_desktop.rules import RulesPack, load_pack
from tests.rules.rules_helpers import TODAY


@pytest.fixture(scope="session")
def pack() -> RulesPack:
    return load_pack()


@pytest.fixture
def today() -> dt.date:
    return TODAY
