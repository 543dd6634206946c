"""New case fields (0003_case_fields): codec round trip, schema validation, content hash stability."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from parole_desktop.domain import codec
from parole_desktop.domain.enums import Answer, PaymentMethod, Role
from parole_desktop.domain.models import Background, Case, Person
from parole_desktop.errors import ValidationError
from parole_desktop.services import case_json


def _full_case() -> Case:
    case = Case(
        payment_method=PaymentMethod.G1650,
        payer_name="Maryam Karimi",
        payer_us_bank_account=True,
        return_intent="Will return to her teaching post in Herat.",
        home_ties="Two children at school.",
        deceased_name="Ahmad Karimi",
        deceased_relationship="father",
        minor_companion_name="Zainab Karimi",
        minor_companion_relationship="mother",
        refugee_processing_unavailable="No referral exists.",
        uid="0123456789abcdef0123456789abcdef",
        background=Background(criminal_history=Answer.YES, criminal_history_explanation="2009 traffic fine."),
        intended_travel_date=dt.date(2027, 1, 5),
    )
    case.people = [
        Person(
            role=Role.BENEFICIARY,
            given_name="فرشته",
            family_name="رحیمی",
            passport_given_name="FARISHTA",
            passport_family_name="RAHIMI",
            country_of_birth="AF",
            linked_case_uid="fedcba9876543210fedcba9876543210",
        )
    ]
    return case


def test_new_fields_round_trip_through_the_codec_and_the_schema():
    case = _full_case()
    data = json.loads(case_json.dumps(case))
    again = case_json.validate(data)
    assert again.payment_method is PaymentMethod.G1650
    assert again.payer_us_bank_account is True
    assert again.uid == case.uid
    assert again.background.criminal_history_explanation == "2009 traffic fine."
    assert again.people[0].passport_family_name == "RAHIMI"
    assert again.people[0].family_name == "رحیمی", "the native-script name is kept as typed"
    assert again.people[0].linked_case_uid == "fedcba9876543210fedcba9876543210"
    for name in (
        "return_intent",
        "home_ties",
        "deceased_name",
        "deceased_relationship",
        "minor_companion_name",
        "minor_companion_relationship",
        "refugee_processing_unavailable",
    ):
        assert getattr(again, name) == getattr(case, name)


@pytest.mark.parametrize(
    "path,value,where",
    [
        ("payment_method", "cheque", "payment_method"),
        ("uid", "not-a-uid", "uid"),
        ("family_group", {"uid": ""}, "family_group"),
    ],
)
def test_bad_values_of_new_fields_are_refused_naming_the_field(path, value, where):
    data = json.loads(case_json.dumps(_full_case()))
    data[path] = value
    with pytest.raises(ValidationError) as err:
        case_json.validate(data)
    assert where in str(err.value)


def test_new_fields_at_their_default_leave_the_content_hash_unchanged():
    case = _full_case()
    bare = Case(people=[Person(role=Role.BENEFICIARY, given_name="A", family_name="B")])
    before = codec.content_hash(bare)
    # what the 0.1.0 hash saw: the case dict without any field added after 0.1.0
    d = codec.case_to_dict(bare)
    d["format_version"] = 1  # the hash keeps format 1's layout (codec.content_hash)
    for cls_fields, target in (
        (codec.ADDED_AFTER_0_1[Case], d),
        (codec.ADDED_AFTER_0_1[Background], d["background"]),
    ):
        for name in cls_fields:
            target.pop(name, None)
    for p in d["people"]:
        for name in codec.ADDED_AFTER_0_1[Person]:
            p.pop(name, None)
    for key in ("status", "outcome", "notes"):
        d.pop(key)
    import hashlib

    assert before == hashlib.sha256(codec.canonical_json(d).encode()).hexdigest()
    # a uid is identity, not content: setting it never changes the hash
    assert codec.content_hash(dataclasses.replace(bare, uid="ab" * 16)) == before
    # a new field that is set does count
    assert codec.content_hash(dataclasses.replace(bare, payer_name="X")) != before
    assert codec.content_hash(case) != before
