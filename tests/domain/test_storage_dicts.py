"""The store's one-pass row dicts (#22 item 4, bulk insert) are exactly what the exchange dict without its
default values gives, so a vault written by either reads back the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parole_desktop.domain import codec

FIXTURES = [
    p
    for p in sorted((Path(__file__).resolve().parents[1] / "fixtures" / "cases").glob("*.json"))
    if p.name != "expected.json"  # the expected check results, not a case
]


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_storage_dicts_match_the_exchange_format_without_defaults(path):
    case = codec.case_from_dict(json.loads(path.read_text(encoding="utf-8")))
    full = codec.case_to_dict(case, children=False)
    for k in ("format", "format_version", "uid"):
        full.pop(k)
    assert codec.case_storage_dict(case) == codec.strip_defaults(full, codec.Case)
    assert list(codec.case_storage_dict(case)) == list(codec.strip_defaults(full, codec.Case))
    assert case.people
    for p in case.people:
        assert codec.person_storage_dict(p) == codec.strip_defaults(codec.person_to_dict(p), codec.Person)
    back = codec.case_from_dict({**codec.case_storage_dict(case), "status": str(case.status)})
    assert codec.case_storage_dict(back) == codec.case_storage_dict(case)
