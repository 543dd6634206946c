"""Form I-131 filling: values read back with pikepdf, signatures never filled, XFA and scripts removed from a
user-supplied copy, maps keyed by edition (an unmapped edition or a mismatched map is refused clearly)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.domain.enums import Answer, Role
from parole_desktop.errors import UserError
from parole_desktop.packet import forms
from parole_desktop.packet.forms import all_fields, fill_i131, split_address
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
    b.address = "Street 4, District 2, Kabul, Afghanistan"
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
    assert "in Latin letters" in msgs and "Part 3 (biographic" in msgs
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
    assert v["form1[0].P2[0].CB_AppType[6]"] == "/18" and v["form1[0].P3[0].CB_AppType[1]"] == "/22"
    assert v["form1[0].P3[0].P1_Line6E[0]"] == "Family Reunification Parole"
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
    req.address = "1234 Extraordinarily Long Boulevard Name Northwest, Springfield, IL 62701"
    filled = fill_i131(c)
    assert filled.values["form1[0].P5[0].Part2_Line3_StreetNumberName[0]"] == "See Part 13"
    assert filled.values["form1[0].#subform[13].Part13_Line3_PartNumber[0]"] == "2"
    assert (
        "Extraordinarily Long Boulevard"
        in filled.values["form1[0].#subform[13].Part13_Line3_AdditionalInfo[0]"]
    )
    assert filled.values["form1[0].P5[0].Part2_Line3_State[0]"] == "IL"


def test_split_address() -> None:
    assert split_address("100 Sample Ave, Springfield, IL 62701") == {
        "street": "100 Sample Ave",
        "city": "Springfield",
        "state": "IL",
        "zip": "62701",
        "country": "United States",
    }
    assert split_address("Street 4, District 2, Kabul, AF")["country"] == "Afghanistan"
    assert split_address("") == {}


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
