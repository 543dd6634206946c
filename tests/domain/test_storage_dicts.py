"""The store's one-pass row dicts (#22 item 4, bulk insert) are exactly what the exchange dict without its
default values gives, so a vault written by either reads back the same."""

from __future__ import annotations

import json
import typing
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


def test_storage_dicts_match_for_varied_demo_cases():
    """The same on 200 generated demo cases (every reason, channel, dates, enums, lists), where most
    fields are away from their defaults in some case and at them in others."""
    import datetime as dt
    import random

    from parole_desktop.services.demo import _demo_case

    for i in range(200):
        case = _demo_case(i, random.Random(i), dt.date(2026, 12, 1))
        full = codec.case_to_dict(case, children=False)
        for k in ("format", "format_version", "uid"):
            full.pop(k)
        stripped = codec.strip_defaults(full, codec.Case)
        assert codec.case_storage_dict(case) == stripped
        assert list(codec.case_storage_dict(case)) == list(stripped)
        for p in case.people:
            want = codec.strip_defaults(codec.person_to_dict(p), codec.Person)
            assert codec.person_storage_dict(p) == want
            assert list(codec.person_storage_dict(p)) == list(want)


def test_a_value_equal_to_its_default_but_not_the_same_object_is_left_out():
    """compact_dict skips a field holding the default object itself without converting it; a value that
    only equals the default (a new empty list, the enum's own value as a plain string) is
    compared after conversion and left out as well; a value away from the default is kept."""
    from parole_desktop.domain.enums import Ethnicity, Role
    from parole_desktop.domain.models import ParoleRecord

    p = codec.Person(role=Role.BENEFICIARY, family_name="Núñez", paroles=[], g28=False)
    p.ethnicity = str(Ethnicity.UNRECORDED.value)  # type: ignore[assignment]  # equal, not the member
    p.reentry_permit_issued = "unanswered"  # type: ignore[assignment]
    d = codec.person_storage_dict(p)
    for name in ("paroles", "ethnicity", "reentry_permit_issued", "g28", "given_name"):
        assert name not in d
    assert d["family_name"] == "Núñez"
    p.g28, p.paroles = True, [ParoleRecord()]  # away from the defaults: kept, converted
    d = codec.person_storage_dict(p)
    assert d["g28"] is True and d["paroles"] == [codec._to_dict(ParoleRecord(), set())]


def _coerce_each_time(value, tp):
    """The coercion as it was before its steps were kept per annotation (#22): worked out at every value."""
    import dataclasses
    import datetime as dt
    import enum
    import typing

    base, _optional = codec._resolve(tp)
    if value is None:
        return None
    if typing.get_origin(base) is list:
        (item,) = typing.get_args(base)
        if dataclasses.is_dataclass(item):
            return [codec._from_dict(item, v, set()) for v in value]
        return [_coerce_each_time(v, item) for v in value]
    if isinstance(base, type):
        if issubclass(base, enum.Enum):
            return base(value)
        if base is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if base is dt.date:
            return dt.date.fromisoformat(value)
        if base is bytes:
            return bytes.fromhex(value)
        if base is bool:
            return bool(value)
        if base is int:
            return int(value)
    return value


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_cases_read_back_as_the_per_value_coercion_read_them(path, monkeypatch):
    data = json.loads(path.read_text(encoding="utf-8"))
    fast = codec.case_from_dict(data)
    with monkeypatch.context() as m:
        m.setattr(codec, "_coerce", _coerce_each_time)
        slow = codec.case_from_dict(data)
    assert fast == slow
    assert [type(getattr(fast, f)) for f in vars(fast)] == [type(getattr(slow, f)) for f in vars(slow)]


def test_coercion_of_none_and_of_an_annotation_that_is_no_dict_key():
    assert codec._coerce(None, "int | None") is None
    unhashable = typing.Annotated[int, []]  # metadata that cannot be hashed
    assert codec._coerce("7", unhashable) == "7" and codec._coerce(None, unhashable) is None
    assert codec._coerce("3", int) == 3 and codec._coerce(1, bool) is True
