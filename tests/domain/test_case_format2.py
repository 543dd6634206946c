"""Case format 2: files of format 1 still import; every new field survives export -> import; bad values of
the new fields are refused naming the field; at their defaults they leave the signed content hash alone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from parole_desktop.domain import codec
from parole_desktop.domain.enums import (
    Answer,
    CaptureKind,
    Ethnicity,
    I134Delivery,
    KeyDateKind,
    ParoleBasis,
    PayerKind,
    RequestType,
    Role,
    Route,
)
from parole_desktop.domain.models import Case, Evidence, ParoleRecord, Person
from parole_desktop.errors import ValidationError
from parole_desktop.services import case_json

FORMAT1 = Path(__file__).resolve().parents[1] / "fixtures" / "cases_format1"


@pytest.mark.parametrize("path", sorted(FORMAT1.glob("*.json")), ids=lambda p: p.name)
def test_a_format_1_file_imports_as_it_is_and_keeps_its_content_hash(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format_version"] == 1 and "address_city" not in json.dumps(raw)
    case = case_json.validate(raw)
    # the free-text address is kept; its parts stay empty until the volunteer confirms them
    for p in case.people:
        assert not (p.address_street or p.address_city or p.address_country)
    assert any(p.address for p in case.people)
    assert codec.content_hash(case) == codec.content_hash(codec.case_from_dict(raw))
    again = case_json.validate(json.loads(case_json.dumps(case)))
    assert json.loads(case_json.dumps(again))["format_version"] == codec.FORMAT_VERSION == 2
    assert codec.content_hash(again) == codec.content_hash(case)


def _full() -> Case:
    b = Person(
        role=Role.BENEFICIARY,
        given_name="Ana",
        family_name="Lopez",
        address_in_care_of="c/o M. Diaz",
        address_street="Calle 5 #12-40, Apt 3",
        address_city="Cali",
        address_region="Valle del Cauca",
        address_postal_code="760001",
        address_country="CO",
        physical_street="Carrera 9",
        physical_city="Jamundi",
        physical_region="Valle del Cauca",
        physical_postal_code="764001",
        physical_country="CO",
        ethnicity=Ethnicity.HISPANIC,
        race="white,black",
        height_feet=5,
        height_inches=4,
        weight_pounds=130,
        eye_color="brown",
        hair_color="black",
        class_of_admission="DT",
        i94_number="12345678901",
        i94_expiry=dt.date(2027, 3, 1),
        paroles=[
            ParoleRecord(
                i94_number="12345678901",
                class_of_admission="DT",
                program="",
                basis="urgent_humanitarian",
                paroled_on=dt.date(2025, 3, 1),
                expires_on=dt.date(2027, 3, 1),
                source="i94",
            )
        ],
        reentry_permit_issued=Answer.NO,
        advance_parole_issued=Answer.YES,
        advance_parole_date=dt.date(2019, 5, 2),
        advance_parole_disposition="still in my possession",
    )
    return Case(
        people=[b],
        evidence=[
            Evidence(
                kind="identity_document",
                id=1,
                stated_name="ANA LOPEZ",
                stated_date_of_birth=dt.date(1990, 1, 2),
                stated_passport_number="AB123456",
                capture=CaptureKind.PHONE_PHOTO,
            )
        ],
        request_type=RequestType.RE_PAROLE,
        parole_basis=ParoleBasis.URGENT_HUMANITARIAN,
        route=Route.AGENCY_REFERRAL,
        sponsoring_agency="HSI",
        key_date_kind=KeyDateKind.DEADLINE,
        i134_delivery=I134Delivery.FOLLOWS,
        inadmissibility_grounds=["212(a)(7)(B)(i)(I)"],
        payer_kind=PayerKind.OTHER,
        card_issued_abroad=True,
        suspension_exception="p10949-lpr",
        suspension_exception_note="see exhibit C",
        port_address="1 Port Rd, San Ysidro, CA 92173",
        presentation_time="09:30",
    )


def test_every_new_field_survives_export_and_import() -> None:
    case = _full()
    again = case_json.validate(json.loads(case_json.dumps(case)))
    assert again.people[0] == case.people[0]
    assert again.evidence[0] == case.evidence[0]
    for f in dataclasses.fields(Case):
        if f.name in codec._ADDED_0_3[Case]:
            assert getattr(again, f.name) == getattr(case, f.name), f.name


@pytest.mark.parametrize(
    "where,value",
    [
        ("people[0].address_country", "Colombia"),
        ("people[0].height_inches", 12),
        ("people[0].eye_color", "purple"),
        ("people[0].race", "asian,martian"),
        ("people[0].paroles[0].expires_on", "2027-02-30"),
        ("people[0].paroles[0].basis", "whim"),
        ("presentation_time", "25:00"),
        ("request_type", "asylum"),
        ("inadmissibility_grounds", "212(a)(7)"),
    ],
)
def test_bad_values_of_format_2_fields_are_refused_naming_the_field(where: str, value: object) -> None:
    data = json.loads(case_json.dumps(_full()))
    target: dict = data
    parts = where.replace("[", ".").replace("]", "").split(".")
    for p in parts[:-1]:
        target = target[int(p)] if p.isdigit() else target[p]  # type: ignore[index]
    target[parts[-1]] = value
    with pytest.raises(ValidationError) as err:
        case_json.validate(data)
    assert where.split(".")[-1] in str(err.value)


def test_format_2_fields_at_their_defaults_leave_the_content_hash_alone() -> None:
    bare = Case(
        people=[Person(role=Role.BENEFICIARY, given_name="A", family_name="B")], evidence=[Evidence("x")]
    )
    before = codec.content_hash(bare)
    d = codec.case_to_dict(bare)
    assert "request_type" in d and "address_city" in d["people"][0] and "capture" in d["evidence"][0]
    assert codec.content_hash(dataclasses.replace(bare, request_type=RequestType.RE_PAROLE)) != before
    bare.people[0].address_city = "Kabul"
    assert codec.content_hash(bare) != before


def test_case_edit_sets_a_list_field_from_json_and_refuses_bad_json() -> None:
    data = json.loads(case_json.dumps(_full()))
    case_json.apply_assignment(data, "inadmissibility_grounds", '["212(a)(6)(C)(i)"]')
    assert data["inadmissibility_grounds"] == ["212(a)(6)(C)(i)"]
    case_json.apply_assignment(data, "people[beneficiary].address_city", "Bogota")
    assert data["people"][0]["address_city"] == "Bogota"
    with pytest.raises(ValidationError):
        case_json.apply_assignment(data, "inadmissibility_grounds", "[oops")
