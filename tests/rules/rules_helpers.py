"""Helpers shared by the rules tests: the fixture folder, a fixed today, loading a scenario case."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from parole_desktop.domain.codec import case_from_dict
from parole_desktop.domain.models import Case

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
TODAY = dt.date(2026, 11, 23)


def load_case(name: str) -> Case:
    return case_from_dict(json.loads((CASES / name).read_text(encoding="utf-8")))
