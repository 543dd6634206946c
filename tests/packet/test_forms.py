"""Form I-131 filling: values read back with pikepdf, signatures never filled, XFA and scripts removed from a
user-supplied copy, maps keyed by edition (an unmapped edition or a mismatched map is refused clearly)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.domain.enums import Answer, Ethnicity, ParoleBasis, Reason, RequestType, Role, Route
from parole_desktop.domain.models import Case, ParoleRecord, Person
from parole_desktop.errors import UserError
from parole_desktop.packet import forms
from parole_desktop.packet.forms import all_fields, fill_i131, i131_values, required_blanks
from tests.packet import packet_factory as f

FORM = Path(__file__).resolve().parents[2] / "resources" / "forms" / "I-131-edition-01-20-25.pdf"
MAP = Path(__file__).resolve().parents[2] / "resources" / "rules" / "forms" / "i131-01-20-25.json"
SIGNATURES = (
    "Part10_Line4_ApplicantSignature",
    "Part10_Line4_DateofSignature",
    "Part11_Line6_InterpreterSig",
    "Part12_Line6_PreparerSig",
    "Part12_Line6_DateofSignature",
)


def _values(filled: forms.FilledForm) -> dict[str, str]:
    pdf = pikepdf.open(io.BytesIO(filled.data))
    return {k: str(v.V) for k, v in all_fields(pdf).items() if "/V" in v and str(v.V) not in ("", "/Off")}


def test_shipped_form_is_the_documented_file() -> None:
    raw = json.loads(MAP.read_text(encoding="utf-8"))
    assert hashlib.sha256(FORM.read_bytes()).hexdigest() == raw["sha256"]
    assert raw["sha256"] in (FORM.parent / "PROVENANCE.md").read_text(encoding="utf-8")


def test_values_read_back_and_match_the_case() -> None:
    c = f.case(1, "Farzana", "Karimi")
    b = c.beneficiary
    assert b is not None
    b.country_of_birth, b.sex, b.other_names = "AF", "female", "Farzaneh Karimi"
    b.address_street, b.address_city, b.address_country = "Street 4, District 2", "Kabul", "AF"
    c.background.removal_proceedings = Answer.NO
    filled = fill_i131(c)
    v = _values(filled)
    assert v["form1[0].P6[0].P2_Line16_FamilyName[0]"] == "Karimi"
    assert v["form1[0].P6[0].P2_Line16_GivenName[0]"] == "Farzana"
    assert v["form1[0].P6[0].Part2_Line17_FamilyName1[0]"] == "Karimi"
    assert v["form1[0].P6[0].Part2_Line17_GivenName1[0]"] == "Farzaneh"
    assert v["form1[0].P6[0].P2_Line18_DateOfBirth[0]"] == "03/04/1990"
    assert v["form1[0].P6[0].P2_Line19_CountryOfBirth[0]"] == "Afghanistan"
    assert v["form1[0].P6[0].P2_Line20_CountryOfCitizenship[0]"] == "Afghanistan"
    assert v["form1[0].P6[0].P2_Line24_CityTown[0]"] == "Kabul"
    assert v["form1[0].P6[0].P2_Line24_Country[0]"] == "Afghanistan"
    assert v["form1[0].P3[0].CB_AppType[5]"] == "/23"  # Item 7
    assert v["form1[0].P7[0].P4_Line1_YesNo[1]"] == "/N"
    assert v["form1[0].P4[0].Part2_Line1_FamilyName[0]"] == "Núñez"  # the requestor files
    assert v["form1[0].#subform[10].P8_Line2_ExpectedLengthTripinUS[0]"] == "6 months"
    assert v == {**v, **filled.values}
    # every value has an appearance: viewers show it without regenerating anything
    pdf = pikepdf.open(io.BytesIO(filled.data))
    fld = all_fields(pdf)["form1[0].P6[0].P2_Line16_FamilyName[0]"]
    assert b"(Karimi) Tj" in fld.AP.N.read_bytes()
    assert "/XFA" not in pdf.Root.AcroForm


def test_a_missing_value_is_a_finding_never_a_silent_blank() -> None:
    c = f.case(1, "فرشته", "رحیمی")  # no Latin passport spelling recorded
    filled = fill_i131(c)
    msgs = " ".join(x.message for x in filled.findings)
    assert "in Latin letters" in msgs and "ethnicity is not recorded (Part 3, Item 1)" in msgs
    assert "form1[0].P6[0].P2_Line16_FamilyName[0]" not in filled.values
    b = c.beneficiary
    assert b is not None
    b.passport_family_name, b.passport_given_name = "RAHIMI", "FERESHTEH"
    filled = fill_i131(c)
    assert filled.values["form1[0].P6[0].P2_Line16_FamilyName[0]"] == "RAHIMI"
    assert not any("Item 16" in x.label for x in filled.findings)


def test_program_request_checks_item_6() -> None:
    c = f.case(1, "Ana", "Diaz")
    c.program = "Family Reunification Parole"
    v = _values(fill_i131(c))
    assert v["form1[0].P3[0].CB_AppType[1]"] == "/22"  # 6.E, other program
    assert v["form1[0].P3[0].P1_Line6E[0]"] == "Family Reunification Parole"
    assert v.get("form1[0].P2[0].CB_AppType[6]", "") in ("", "/Off")  # 6.A (FWVP) not ticked
    assert v.get("form1[0].P3[0].CB_AppType[5]", "") in ("", "/Off")  # Item 7 left unchecked


def test_signatures_are_never_filled_even_if_a_map_asks(tmp_path: Path) -> None:
    raw = json.loads(MAP.read_text(encoding="utf-8"))
    raw["fields"].append(
        {
            "source": "applicant.family_name",
            "label": "bad map",
            "field": "form1[0].#subform[10].Part10_Line4_ApplicantSignature[0]",
        }
    )
    raw["fields"].append(
        {
            "source": "applicant.date_of_birth",
            "label": "bad map",
            "field": "form1[0].#subform[10].Part10_Line4_DateofSignature[0]",
        }
    )
    maps = tmp_path / "maps"
    maps.mkdir()
    (maps / "i131.json").write_text(json.dumps(raw), encoding="utf-8")
    filled = fill_i131(f.case(1, "Ana", "Diaz"), FORM.read_bytes(), maps_dir=maps)
    v = _values(filled)
    for k in v:
        assert not any(s in k for s in SIGNATURES), k
    assert not [k for k in filled.values if any(s in k for s in SIGNATURES)]
    # the guard is in the code, not only in the map's never_fill list
    raw["never_fill"] = []
    (maps / "i131.json").write_text(json.dumps(raw), encoding="utf-8")
    forms._maps.cache_clear()
    filled = fill_i131(f.case(1, "Ana", "Diaz"), FORM.read_bytes(), maps_dir=maps)
    forms._maps.cache_clear()
    assert not [k for k in _values(filled) if any(s in k for s in SIGNATURES)]
    assert [s.signer for s in filled.signatures] == ["applicant", "interpreter", "preparer"]
    assert filled.signatures[0].page == 10  # page 11 of the form


def test_a_map_that_does_not_match_the_file_is_refused(tmp_path: Path) -> None:
    raw = json.loads(MAP.read_text(encoding="utf-8"))
    raw["fields"][0]["field"] = "form1[0].P1[0].NoSuchField[0]"
    maps = tmp_path / "maps"
    maps.mkdir()
    (maps / "i131.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(UserError, match="the form file and its map do not match"):
        fill_i131(f.case(1, "Ana", "Diaz"), FORM.read_bytes(), maps_dir=maps)
    (maps / "i131.json").write_text("{not json", encoding="utf-8")
    forms._maps.cache_clear()
    with pytest.raises(UserError, match="cannot be read"):
        fill_i131(f.case(1, "Ana", "Diaz"), FORM.read_bytes(), maps_dir=maps)
    forms._maps.cache_clear()


def test_user_copy_with_xfa_and_scripts_is_cleaned(tmp_path: Path) -> None:
    pdf = pikepdf.open(FORM)
    pdf.Root.AcroForm.XFA = pdf.make_stream(b"<xdp:xdp/>")
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    buf = io.BytesIO()
    pdf.save(buf)
    filled = fill_i131(f.case(1, "Ana", "Diaz"), buf.getvalue())
    out = pikepdf.open(io.BytesIO(filled.data))
    assert "/XFA" not in out.Root.AcroForm and "/OpenAction" not in out.Root
    assert filled.values["form1[0].P6[0].P2_Line16_FamilyName[0]"] == "Diaz"


@pytest.mark.parametrize("bad", [b"", b"%PDF-1.7 garbage", b"not a pdf at all"])
def test_unreadable_user_form_is_a_clear_error(bad: bytes) -> None:
    with pytest.raises(UserError, match="Form I-131"):
        fill_i131(f.case(1, "Ana", "Diaz"), bad)


def test_long_value_continues_in_part_13() -> None:
    c = f.case(1, "Ana", "Diaz")
    req = c.people_with_role(Role.REQUESTOR)[0]
    req.address_street = "1234 Extraordinarily Long Boulevard Name Northwest"
    req.address_city, req.address_region, req.address_postal_code = "Springfield", "IL", "62701"
    req.address_country = "US"
    filled = fill_i131(c)
    assert filled.values["form1[0].P5[0].Part2_Line3_StreetNumberName[0]"] == "See Part 13"
    assert filled.values["form1[0].#subform[13].Part13_Line3_PartNumber[0]"] == "2"
    assert (
        "Extraordinarily Long Boulevard"
        in filled.values["form1[0].#subform[13].Part13_Line3_AdditionalInfo[0]"]
    )
    assert filled.values["form1[0].P5[0].Part2_Line3_State[0]"] == "IL"


def test_shipped_copy_untouched(tmp_path: Path) -> None:
    before = hashlib.sha256(FORM.read_bytes()).hexdigest()
    fill_i131(f.case(1, "Ana", "Diaz"))
    assert hashlib.sha256(FORM.read_bytes()).hexdigest() == before
    shutil.copy(FORM, tmp_path / "copy.pdf")


def test_missing_shipped_form_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(forms, "FORMS_DIR", tmp_path)
    forms._template_bytes.cache_clear()
    with pytest.raises(UserError, match="missing from this installation"):
        fill_i131(f.case(1, "Ana", "Diaz"))
    forms._template_bytes.cache_clear()


def test_values_are_visible_when_rasterised(tmp_path: Path) -> None:
    """A viewer shows the values: the filled page differs from the blank one inside the name box only
    where the app drew, and the barcodes at the foot of the page are unchanged."""
    import subprocess

    from PIL import Image, ImageChops

    c = f.case(1, "Farzana", "Karimi")
    filled = tmp_path / "filled.pdf"
    filled.write_bytes(fill_i131(c).data)
    imgs = []
    for src, name in ((FORM, "blank"), (filled, "filled")):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "60",
                "-png",
                "-singlefile",
                "-f",
                "6",
                "-l",
                "6",
                str(src),
                str(tmp_path / name),
            ],
            check=True,
        )
        imgs.append(Image.open(tmp_path / f"{name}.png").convert("L"))
    diff = ImageChops.difference(*imgs)
    w, h = diff.size
    pdf = pikepdf.open(filled)
    x0, y0, x1, y1 = (
        float(v) * 60 / 72 for v in all_fields(pdf)["form1[0].P6[0].P2_Line16_FamilyName[0]"].Rect
    )
    page_h = float(pdf.pages[5].mediabox[3]) * 60 / 72
    box = diff.crop((int(x0), int(page_h - y1), int(x1), int(page_h - y0)))
    assert box.getbbox() is not None  # "Karimi" drawn in the Item 16 box
    foot = diff.crop((0, h - int(40 * 60 / 72), w, h))  # footer and PDF417 barcode
    assert foot.getbbox() is None


def test_a_number_and_consular_post_are_filled_when_recorded_and_a_finding_when_not() -> None:
    c = f.case(1, "Farzana", "Karimi")
    blank = fill_i131(c)
    assert any("consulate" in x.message for x in blank.findings)
    assert "form1[0].P6[0].ANumber[0].P2_Line23_AlienNumber[0]" not in _values(blank)
    c.beneficiary.a_number = "A-123 456 789"  # type: ignore[union-attr]
    c.consular_post = "Islamabad, PK"
    v = _values(fill_i131(c))
    assert v["form1[0].P6[0].ANumber[0].P2_Line23_AlienNumber[0]"] == "123456789"
    assert v["form1[0].#subform[10].P8_Line3b_CityOrTown[0]"] == "Islamabad"
    assert v["form1[0].#subform[10].P8_Line3b_Country[0]"] == "Pakistan"


# ---------------------------------------------------------------------------------------- issue 20 / 21
P = "form1[0]."


def _us(p: Person, street: str = "14 Elm St Apt 2", city: str = "Fairfax", st: str = "VA") -> None:
    p.address_street, p.address_city, p.address_region = street, city, st
    p.address_postal_code, p.address_country = "22030-1234", "US"


def _abroad(p: Person) -> None:
    p.address_in_care_of = "Abdul Karimi"
    p.address_street, p.address_city, p.address_region = "House 12, Street 4", "Dushanbe", "Dushanbe"
    p.address_postal_code, p.address_country = "734025", "TJ"


def _complete_bio(p: Person) -> None:
    p.ethnicity, p.race = Ethnicity.NOT_HISPANIC, "asian,white"
    p.height_feet, p.height_inches, p.weight_pounds = 5, 4, 92
    p.eye_color, p.hair_color = "brown", "black"
    p.reentry_permit_issued = p.advance_parole_issued = Answer.NO


def _complete(c: Case) -> Case:
    b = c.beneficiary
    assert b is not None
    _abroad(b)
    _complete_bio(b)
    b.sex, b.country_of_birth = "F", "AF"
    for r in c.people_with_role(Role.REQUESTOR):
        _us(r)
        r.phone, r.date_of_birth, r.sex = "+1 703 555 0142", dt.date(1980, 1, 2), "M"
        r.country_of_birth = r.citizenship = "US"
    for p in c.people_with_role(Role.PREPARER):
        p.organization, p.phone = "Field Site Legal Aid", "+1 202 555 0100"
        p.passport_given_name, p.passport_family_name = "Wojciech", "Lukasiewicz"
    for p in c.people_with_role(Role.INTERPRETER):
        p.phone = "+1 202 555 0111"
    c.background.removal_proceedings = Answer.NO
    c.consular_post = "Islamabad, PK"
    c.intended_travel_date = dt.date(2027, 1, 4)
    return c


def test_addresses_come_from_the_parts_us_and_abroad() -> None:
    c = _complete(f.case(1, "Farzana", "Karimi"))
    v = fill_i131(c).values
    # Item 3, the filer's US address: State from the form's list, ZIP code (5 digits)
    assert v[P + "P5[0].Part2_Line3_StreetNumberName[0]"] == "14 Elm St Apt 2"
    assert v[P + "P5[0].Part2_Line3_CityTown[0]"] == "Fairfax"
    assert v[P + "P5[0].Part2_Line3_State[0]"] == "VA"
    assert v[P + "P5[0].Part2_Line3_ZipCode[0]"] == "22030"
    assert v[P + "P5[0].Part2_Line3_Country[0]"] == "United States"
    assert P + "P5[0].Part2_Line3_Province[0]" not in v
    assert not [k for k in v if "Part2_Line4_" in k]  # Item 4 only "if different"
    # Items 24/25, the beneficiary abroad: Province and Postal Code, country in words, In Care Of
    assert v[P + "P6[0].P2_Line24_InCareofName[0]"] == "Abdul Karimi"
    assert v[P + "P6[0].P2_Line24_CityTown[0]"] == "Dushanbe"
    assert v[P + "P6[0].P2_Line24_Province[0]"] == "Dushanbe"
    assert v[P + "P6[0].P2_Line24_PostalCode[0]"] == "734025"
    assert v[P + "P6[0].P2_Line24_Country[0]"] == "Tajikistan"
    assert P + "P6[0].P2_Line24_State[0]" not in v and P + "P6[0].P2_Line24_ZipCode[0]" not in v
    # Item 25 has no "if different": the same place, without the In Care Of name
    assert v[P + "P6[0].P2_Line25_StreetNumberName[0]"] == "House 12, Street 4"
    assert v[P + "P6[0].P2_Line25_Country[0]"] == "Tajikistan"
    assert P + "P6[0].P2_Line25_InCareofName[0]" not in v
    b = c.beneficiary
    assert b is not None
    b.physical_street, b.physical_city, b.physical_country = "Camp 3, Block C", "Peshawar", "PK"
    v = fill_i131(c).values
    assert v[P + "P6[0].P2_Line25_CityTown[0]"] == "Peshawar"
    assert v[P + "P6[0].P2_Line25_Country[0]"] == "Pakistan"
    assert v[P + "P6[0].P2_Line24_CityTown[0]"] == "Dushanbe"


def test_a_free_text_address_is_never_split_it_asks_for_the_parts() -> None:
    c = _complete(f.case(1, "Farzana", "Karimi"))
    b = c.beneficiary
    assert b is not None
    for a in ("in_care_of", "street", "city", "region", "postal_code", "country"):
        setattr(b, f"address_{a}", "")
    b.address = "Street 4, District 9, Kabul, Afghanistan"
    filled = fill_i131(c)
    assert not [k for k in filled.values if "P2_Line24_" in k or "P2_Line25_" in k]
    found = [x for x in filled.findings if "Item 24" in x.label]
    assert len(found) == 1 and "confirm its parts" in found[0].message and "District 9" in found[0].message
    blanks = required_blanks(c)
    assert any(x.field == "people.beneficiary.address_street" and "Item 24" in x.item for x in blanks)


def test_an_address_without_city_or_country_is_a_finding() -> None:
    c = _complete(f.case(1, "Farzana", "Karimi"))
    b = c.beneficiary
    assert b is not None
    b.address_city = ""
    b.address_country = ""
    filled = fill_i131(c)
    msgs = [x.message for x in filled.findings if "Item 24" in x.label]
    assert any("city" in m for m in msgs) and any("country" in m for m in msgs)
    fields = {x.field for x in required_blanks(c)}
    assert {"people.beneficiary.address_city", "people.beneficiary.address_country"} <= fields


@pytest.mark.parametrize("how", ["no requestor", "requestor is self"])
def test_the_self_filer_fills_items_1_to_13_and_leaves_16_to_27_empty(how: str) -> None:
    c = _complete(f.case(1, "Ahmad", "Yusufzai"))
    if how == "no requestor":
        c.people = [p for p in c.people if p.role != Role.REQUESTOR]
    else:
        req = c.people_with_role(Role.REQUESTOR)[0]
        req.given_name, req.family_name, req.relationship = "Ahmad", "Yusufzai", "self"
        req.phone = "+93 70 555 0100"
    v = fill_i131(c).values
    assert v[P + "P4[0].Part2_Line1_FamilyName[0]"] == "Yusufzai"
    assert v[P + "P5[0].Part2_Line3_CityTown[0]"] == "Dushanbe"
    assert v[P + "P5[0].Part2_Line9_DateOfBirth[0]"] == "03/04/1990"
    assert v[P + "P5[0].Part2_Line7_CountryOfCitizenshiporNationality[0]"] == "Afghanistan"
    assert not [k for k in v if ".P6[0]." in k or "P2_Line26" in k or "P2_Line27" in k]
    if how == "requestor is self":  # the same person's phone, recorded on the requestor row; 11 digits
        # do not fit the 10 boxes of Part 10 Item 1: never cut, continued in Part 13
        assert P + "#subform[10].Part10_Line1_DayPhone[0]" not in v
        assert v[P + "#subform[13].Part13_Line3_PartNumber[0]"] == "10"
        assert "+93 70 555 0100" in v[P + "#subform[13].Part13_Line3_AdditionalInfo[0]"]


@pytest.mark.parametrize(
    ("basis", "reason", "expected"),
    [
        (ParoleBasis.UNRECORDED, Reason.PUBLIC_BENEFIT, "Significant public benefit."),
        (ParoleBasis.UNRECORDED, Reason.MEDICAL_TREATMENT, "Urgent humanitarian reasons. Reason: urgent"),
        (
            ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT,
            Reason.LEGAL_PROCEEDING,
            "Significant public benefit. Reason",
        ),
        (ParoleBasis.URGENT_HUMANITARIAN, Reason.PUBLIC_BENEFIT, "Urgent humanitarian reasons. Reason: sig"),
    ],
)
def test_part_8_names_only_the_recorded_basis(basis: ParoleBasis, reason: Reason, expected: str) -> None:
    c = _complete(f.case(1, "Tomasz", "Wieczorek"))
    c.parole_basis, c.reason = basis, reason
    text = fill_i131(c).values[P + "#subform[10].P8_Line1_Explain[0]"]
    assert text.startswith(expected)
    assert "Urgent humanitarian reasons: significant public benefit" not in text
    other = "Urgent humanitarian" if "Significant" in expected else "Significant public"
    assert other not in text


def test_unrecorded_basis_and_reason_is_a_blank_not_a_guess() -> None:
    c = _complete(f.case(1, "Ana", "Diaz"))
    c.reason = None
    values, _ = i131_values(c)
    assert values["qualify_explanation"] is None
    assert any(x.field == "reason" and "Part 8, Item 1" in x.item for x in required_blanks(c))


def test_agency_referral_ticks_item_6c_with_the_agency() -> None:
    c = _complete(f.case(1, "Tomasz", "Wieczorek"))
    c.route, c.sponsoring_agency = Route.AGENCY_REFERRAL, "Federal Bureau of Investigation"
    filled = fill_i131(c)
    v = filled.values
    assert v[P + "P3[0].CB_AppType[7]"] == "/20"
    assert v[P + "P3[0].P1_Line6C1[0]"] == "Federal Bureau of Investigation"
    assert P + "P3[0].CB_AppType[5]" not in v  # not a private request (Item 7)
    assert any("official e-mail" in x.message for x in filled.findings)


def test_program_letters_initial_and_no_fwvp_tick_for_other_programs() -> None:
    c = _complete(f.case(1, "Ana", "Diaz"))
    c.program = "Family Reunification Task Force"
    filled = fill_i131(c)
    assert filled.values[P + "P3[0].CB_AppType[0]"] == "/21"  # 6.D
    assert P + "P2[0].CB_AppType[6]" not in filled.values  # 6.A (FWVP) is not a generic "Item 6" box
    assert any("Task Force Registration Number" in x.message for x in filled.findings)


def _reparole(c: Case, program: str) -> Case:
    c.request_type, c.program = RequestType.RE_PAROLE, program
    b = c.beneficiary
    assert b is not None
    _us(b, "200 Oak St", "Sacramento", "CA")
    b.current_country = "US"
    b.paroles = [
        ParoleRecord(
            i94_number="123456789A1",
            class_of_admission="UHP",
            program=program,
            paroled_on=dt.date(2024, 5, 2),
            expires_on=dt.date(2026, 5, 1),
        )
    ]
    return c


@pytest.mark.parametrize(
    ("program", "box", "on"),
    [
        ("U4U", "P4[0].CB_AppType[6]", "/30"),
        ("Operation Allies Welcome", "P4[0].CB_AppType[4]", "/29"),
        ("", "P4[0].CB_AppType[0]", "/37"),
        ("Some local program", "P4[0].CB_AppType[3]", "/36"),
    ],
)
def test_reparole_ticks_item_10_or_11_and_fills_item_12_and_the_i94(program: str, box: str, on: str) -> None:
    c = _reparole(_complete(f.case(1, "Oksana", "Hrytsenko")), program)
    filled = fill_i131(c)
    v = filled.values
    assert v[P + box] == on
    assert P + "P3[0].CB_AppType[5]" not in v  # not Item 7
    assert v[P + "P4[0].P1_Line12_DateOfAdmission[0]"] == "05/01/2026"
    assert v[P + "P7[0].P2_Line26_ClassofAdmission[0]"] == "UHP"
    assert v[P + "P7[0].P2_Line27_I94RecordNo[0]"] == "123456789A1"
    if program == "Some local program":
        assert v[P + "P4[0].P1_Line10I[0]"] == "Some local program"
    # in the US: Part 8 Items 3.a-3.b are for a person outside the United States
    assert not [k for k in v if "P8_Line3" in k]
    assert v[P + "#subform[10].P8_Line1_Explain[0]"].startswith("Re-parole. Urgent humanitarian reasons.")
    assert any("Part 9, Item 1" in x.label for x in filled.findings)
    assert not [b for b in required_blanks(c) if "consular" in b.field]


@pytest.mark.parametrize(
    ("case_program", "first", "later", "box", "note"),
    [
        # the case names no program: the first parole's program decides (U4U -> 10.C)
        ("", "U4U", "", "P4[0].CB_AppType[6]", False),
        # the case says OAW, but she was first paroled under U4U: Item 10 follows the first parole
        ("Operation Allies Welcome", "U4U", "Operation Allies Welcome", "P4[0].CB_AppType[6]", True),
        # first paroled case by case, re-paroled later under a program: still Item 11
        ("", "", "U4U", "P4[0].CB_AppType[0]", False),
    ],
)
def test_reparole_item_10_follows_the_program_of_the_first_parole(
    case_program: str, first: str, later: str, box: str, note: bool
) -> None:
    """p.4: Item 10 "I was initially paroled ... under one of the following programs": the program of
    the person's first recorded parole, not of the latest or of the case."""
    c = _reparole(_complete(f.case(1, "Oksana", "Hrytsenko")), first)
    c.program = case_program
    b = c.beneficiary
    assert b is not None
    b.paroles.insert(
        0,  # recorded first but granted later: the date decides, not the order
        ParoleRecord(
            i94_number="223456789A1",
            class_of_admission="DT",
            program=later,
            paroled_on=dt.date(2025, 5, 2),
            expires_on=dt.date(2026, 11, 1),
        ),
    )
    filled = fill_i131(c)
    on = [k.removeprefix(P) for k in filled.values if "CB_AppType" in k]
    assert on == [box]
    notes = [x.message for x in filled.findings if x.label.startswith("Part 1, Item 10/11")]
    assert bool(notes) == note
    if note:
        assert "initially paroled" in notes[0] and "05/02/2024" in notes[0]


def test_reparole_without_a_recorded_parole_takes_the_case_program() -> None:
    c = _reparole(_complete(f.case(1, "Oksana", "Hrytsenko")), "U4U")
    b = c.beneficiary
    assert b is not None
    b.paroles = []
    b.i94_expiry = dt.date(2026, 5, 1)
    filled = fill_i131(c)
    assert filled.values[P + "P4[0].CB_AppType[6]"] == "/30"  # 10.C from case.program
    assert not [x for x in filled.findings if x.label.startswith("Part 1, Item 10/11")]


def test_reparole_self_filer_fills_items_12_to_14_from_the_current_i94() -> None:
    c = _reparole(_complete(f.case(1, "Oksana", "Hrytsenko")), "U4U")
    c.people = [p for p in c.people if p.role != Role.REQUESTOR]
    b = c.beneficiary
    assert b is not None
    b.class_of_admission, b.i94_number, b.i94_expiry = "DT", "987654321B2", dt.date(2027, 3, 3)
    v = fill_i131(c).values
    assert v[P + "P5[0].Part2_Line12_ClassofAdmission[0]"] == "DT"
    assert v[P + "P5[0].Part2_Line13_I94RecordNo[0]"] == "987654321B2"
    assert v[P + "P6[0].Part2_Line14_I94ExpDate[0]"] == "03/03/2027"
    assert v[P + "P4[0].P1_Line12_DateOfAdmission[0]"] == "03/03/2027"


def test_reparole_without_an_i94_is_a_blank_with_its_field() -> None:
    c = _reparole(_complete(f.case(1, "Oksana", "Hrytsenko")), "U4U")
    b = c.beneficiary
    assert b is not None
    b.paroles = []
    fields = {x.field for x in required_blanks(c)}
    assert {"people.beneficiary.i94_expiry", "people.beneficiary.class_of_admission"} <= fields


@pytest.mark.parametrize(
    ("program", "box", "on"),
    [("", "P3[0].CB_AppType[6]", "/27"), ("Some PIP process", "P3[0].CB_AppType[3]", "/26")],
)
def test_parole_in_place_ticks_item_9_or_8(program: str, box: str, on: str) -> None:
    c = _reparole(_complete(f.case(1, "Oksana", "Hrytsenko")), program)
    c.request_type = RequestType.PAROLE_IN_PLACE
    v = fill_i131(c).values
    assert v[P + box] == on
    assert P + "P4[0].P1_Line12_DateOfAdmission[0]" not in v
    if program:
        assert v[P + "P3[0].P1_Line8C[0]"] == "Some PIP process"


def test_part_3_and_part_4_from_the_record() -> None:
    c = _complete(f.case(1, "Farzana", "Karimi"))
    b = c.beneficiary
    assert b is not None
    b.advance_parole_issued, b.advance_parole_date = Answer.YES, dt.date(2019, 4, 1)
    b.advance_parole_disposition = "lost"
    v = fill_i131(c).values
    assert v[P + "P7[0].P3_Line1_Ethnicity[0]"] == "/NH"
    assert v[P + "P7[0].P3_Line2_Race_Asian[0]"] == "/A" and v[P + "P7[0].P3_Line2_Race_White[0]"] == "/W"
    assert P + "P7[0].P3_Line2_Race_Black[0]" not in v
    assert v[P + "P7[0].P3_Line3_HeightFeet[0]"] == "5" and v[P + "P7[0].P3_Line3_HeightInches[0]"] == "4"
    assert [v[P + f"P7[0].P3_Line4_Pound{i}[0]"] for i in (1, 2, 3)] == ["0", "9", "2"]
    assert v[P + "P7[0].P3_Line5_EyeColor[0]"] == "/BRN" and v[P + "P7[0].P3_Line6_HairColor[8]"] == "/BLK"
    assert v[P + "P7[0].P4_Line2a_YesNo[1]"] == "/N" and v[P + "P7[0].P4_Line3a_YesNo[0]"] == "/Y"
    assert v[P + "P7[0].P4_Line3b_DateIssued[0]"] == "04/01/2019"
    assert v[P + "P7[0].P4_Line3c_Disposition[0]"] == "lost"
    assert not [k for k in v if "P4_Line4_YesNo" in k]  # p.7: parole requests skip Item 4
    assert required_blanks(c) == []


def test_an_incomplete_case_lists_every_required_blank_with_its_field() -> None:
    c = f.case(1, "Farzana", "Karimi")
    c.people_with_role(Role.INTERPRETER)[0].language = ""
    blanks = required_blanks(c)
    by_field = {b.field: b for b in blanks}
    for fld, item in [
        ("people.beneficiary.ethnicity", "Part 3, Item 1"),
        ("people.beneficiary.race", "Part 3, Item 2"),
        ("people.beneficiary.weight_pounds", "Part 3, Item 4"),
        ("people.beneficiary.reentry_permit_issued", "Part 4, Item 2.a"),
        ("people.beneficiary.advance_parole_issued", "Part 4, Item 3.a"),
        ("background.removal_proceedings", "Part 4, Item 1"),
        ("consular_post", "Part 8, Item 3.b"),
        ("people.interpreter.language", "Part 11"),
        ("people.interpreter.phone", "Part 11, Item 3"),
        ("people.requestor.address_street", "Part 2, Item 3"),
    ]:
        assert fld in by_field and by_field[fld].item.startswith(item), (fld, [b.item for b in blanks])
    # optional items never count: A-Number, e-mail, SSN, interpreter's organization
    assert not [b for b in blanks if "a_number" in b.field or "email" in b.field]
    assert "people.interpreter.organization" not in by_field


def test_a_post_in_a_country_without_us_consular_services_is_refused() -> None:
    c = _complete(f.case(1, "Farzana", "Karimi"))
    c.consular_post = "Kabul, AF"
    no_consular = {"af": "Afghanistan", "afghanistan": "Afghanistan"}
    blanks = required_blanks(c, no_consular)
    assert [b.field for b in blanks] == ["consular_post"]
    assert "third country" in blanks[0].message
    c.consular_post = "Islamabad, PK"
    assert required_blanks(c, no_consular) == []


def test_part_12_names_the_representative_of_record_when_no_preparer_is_recorded() -> None:
    c = _complete(f.case(1, "Carlos", "Benitez"))
    c.people = [p for p in c.people if p.role != Role.PREPARER]
    c.represented = True
    rep = f.person(
        Role.REPRESENTATIVE,
        "Grace",
        "Attorney",
        organization="Community Legal Aid",
        phone="+1 703 555 0170",
        email="grace@example.org",
        g28=True,
    )
    c.people.append(rep)
    filled = fill_i131(c)
    v = filled.values
    assert v[P + "#subform[12].Part12_Line1_FamilyName[0]"] == "Attorney"
    assert v[P + "#subform[12].Part12_Line2_NameofBusinessorOrgName[0]"] == "Community Legal Aid"
    assert v[P + "#subform[12].Part12_Line3_DayPhone[0]"] == "7035550170"
    assert v[P + "#subform[12].Part12_Line5_Email[0]"] == "grace@example.org"
    assert v[P + "P1[0].G28_Attached[0]"] == "/Y"
    assert "preparer" in [s.signer for s in filled.signatures]
    rep.organization, rep.phone = "", ""
    fields = {b.field for b in required_blanks(c)}
    assert {"people.representative.organization", "people.representative.phone"} <= fields


def test_a_volunteer_preparer_without_organization_or_phone_is_refused() -> None:
    c = _complete(f.case(1, "Farzana", "Karimi"))
    prep = c.people_with_role(Role.PREPARER)[0]
    prep.organization = prep.phone = ""
    fields = {b.field for b in required_blanks(c)}
    assert {"people.preparer.organization", "people.preparer.phone"} <= fields


def test_the_map_lists_only_what_the_app_does_not_record() -> None:
    raw = json.loads(MAP.read_text(encoding="utf-8"))
    labels = [n["label"] if isinstance(n, dict) else n for n in raw["not_recorded_by_the_app"]]
    assert not [x for x in labels if "Part 3" in x or "Part 4" in x]
    c = _complete(f.case(1, "Farzana", "Karimi"))
    assert not [x for x in fill_i131(c).findings if "not recorded by the app" in x.message]


def test_a_finding_names_its_item_once() -> None:
    """The review record prints "label — message": the message never repeats the label."""
    c = _reparole(_complete(f.case(1, "Oksana", "Hrytsenko")), "U4U")
    c.program = "Operation Allies Welcome"
    for x in fill_i131(c).findings:
        assert not x.message.startswith(x.label), (x.label, x.message)
    part9 = next(x for x in fill_i131(c).findings if x.label.startswith("Part 9, Item 1"))
    assert part9.message == "not recorded by the app: complete it by hand before signing."


def test_findings_name_the_form_by_the_passport_name_then_the_typed_name() -> None:
    from parole_desktop.services import case_json

    root = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
    c = case_json.load_file(root / "native_script_names_uscis.json")
    forms = {x.form for x in fill_i131(c).findings}
    assert forms == {f"Form I-131 (FARISHTA ({c.beneficiary_name}))"}, forms


def test_a_unit_without_its_kind_or_number_is_a_blank_and_a_long_one_goes_to_part_13() -> None:
    from parole_desktop.domain.enums import UnitKind

    c = _complete(f.case(1, "Ana", "Diaz"))
    req = c.people_with_role(Role.REQUESTOR)[0]
    # the number without Apt./Ste./Flr.: the box is not guessed, the final build is refused with words
    req.address_street, req.address_unit = "14 Elm St", "2"
    blanks = [b for b in required_blanks(c) if b.field == "people.requestor.address_unit_kind"]
    assert blanks and "recorded without its kind (Apt., Ste. or Flr.)" in blanks[0].message
    assert blanks[0].item.startswith("Part 2, Item 3")
    # the kind without a number
    req.address_unit_kind, req.address_unit = UnitKind.SUITE, ""
    blanks = [b for b in required_blanks(c) if b.field == "people.requestor.address_unit"]
    assert blanks and "marked Ste. without the apartment, suite or floor number" in blanks[0].message
    # both recorded: ticked and written; nothing asked
    req.address_unit = "400"
    v = fill_i131(c).values
    assert (
        v[P + "P5[0].Part2_Line3_Unit[0]"] == "/ STE "
        and v[P + "P5[0].Part2_Line3_AptSteFlrNumber[0]"] == "400"
    )
    assert P + "P5[0].Part2_Line3_Unit[1]" not in v and P + "P5[0].Part2_Line3_Unit[2]" not in v
    assert not [b for b in required_blanks(c) if "unit" in b.field]
    # longer than the 6 characters of the box: never cut, the box stays blank and Part 13 holds it
    req.address_unit = "1200-B East"
    filled = fill_i131(c)
    assert P + "P5[0].Part2_Line3_AptSteFlrNumber[0]" not in filled.values
    assert "1200-B East" in filled.values[P + "#subform[13].Part13_Line3_AdditionalInfo[0]"]
    assert any("longer than the 6 characters" in x.message for x in filled.findings)
