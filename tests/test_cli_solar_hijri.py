"""Issue #24: a Solar Hijri date on the command line. ``case edit --set FIELD=jalali:1367/01/23`` stores the
Gregorian date (``services/date_input.py``, converted by ``domain/calendars.py``) and echoes both; the calendar
is never guessed from the digits, and a wrong or ambiguous date is refused naming the field, nothing stored."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from pathlib import Path

import pikepdf
import pytest

from parole_desktop import l10n
from parole_desktop.cli import main
from parole_desktop.domain.models import Background, Case, Outcome, ParoleRecord, Person
from parole_desktop.errors import ValidationError
from parole_desktop.packet.forms import all_fields
from parole_desktop.services import case_json, date_input
from tests.conftest import FIXTURES, PASSPHRASE

AFGHAN_CASE = str(FIXTURES / "cases" / "protection_afghanistan_uscis.json")
I131_DOB = (
    "form1[0].P6[0].P2_Line18_DateOfBirth[0]"  # Form I-131 Part 2 item 18, as the GUI session test reads it
)
DOB = "people[beneficiary].date_of_birth"


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "data"

    def run(*args: str, lang: str | None = None) -> tuple[int, str, str]:
        rc = main([*(["--lang", lang] if lang else []), "--data-dir", str(data), *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    yield run
    l10n.set_language("en")


@pytest.fixture
def afghan_case(cli):
    assert cli("init")[0] == 0
    assert cli("case", "import", AFGHAN_CASE)[0] == 0
    return cli


def _beneficiary(cli) -> dict:
    case = json.loads(cli("case", "show", "1", "--json")[1])
    return next(p for p in case["people"] if p["role"] == "beneficiary")


@pytest.mark.slow
def test_a_dari_cli_session_records_a_solar_hijri_birth_date_stored_gregorian_and_on_form_i131(
    afghan_case, tmp_path
):
    """In Dari (``--lang fa_AF``) a volunteer records the birth date the client gives, 23 Hamal 1367, typed in
    Persian digits; the case stores 1988-04-12, the command says both dates in Dari, and the built packet's
    Form I-131 item 18 reads 04/12/1988."""
    cli = afghan_case
    rc, out, err = cli(
        "case", "edit", "1",
        "--set", f"{DOB}=jalali:۱۳۶۷/۰۱/۲۳",
        "--set", "people[beneficiary].passport_expiry=2031-06-30",  # read off the passport: Gregorian
        lang="fa_AF",
    )  # fmt: skip
    assert rc == 0, err
    echo = next(line for line in out.splitlines() if DOB in line and "1367/01/23" in line)
    assert "1988-04-12" in echo
    assert "هجری شمسی" in echo  # said in Dari ("Solar Hijri"), not in English
    assert "Solar Hijri" not in out
    assert out.count("1367/01/23") == 1  # only the converted date is echoed, not the Gregorian one
    ben = _beneficiary(cli)
    assert (ben["date_of_birth"], ben["passport_expiry"]) == ("1988-04-12", "2031-06-30")

    pdf = tmp_path / "draft.pdf"
    rc, _, err = cli("packet", "1", "--draft", "-o", str(pdf))
    assert rc == 0, err
    with pikepdf.open(pdf) as doc:
        assert str(all_fields(doc)[I131_DOB].V) == "04/12/1988"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("jalali:1367/13/01", "no month 13"),
        ("jalali:1367/07/31", "month 7 of 1367 has 30 days"),
        ("jalali:1402/12/30", "1402 is not a leap year"),
        ("jalali:1988/04/12", "1988 is a Gregorian year"),
        ("jalali:67/01/23", "four digits"),
        ("jalali:1367/01", "year/month/day"),
        ("jalali:", "year/month/day"),
        # ambiguous: a Solar Hijri year without the prefix is never taken for a Gregorian one, nor converted
        ("1367-01-23", "reads like a Solar Hijri year"),
        ("1367/01/23", "YYYY-MM-DD"),
        # "hijri" could be the lunar Hijri calendar: refused, not guessed
        ("hijri:1409/08/05", "“hijri:” is not a calendar"),
        ("shamsi:1367/01/23", "“shamsi:” is not a calendar"),
        ("jalali:1367/01/23\u202e", "year/month/day"),
    ],
)
def test_a_wrong_or_ambiguous_date_is_refused_naming_the_field_and_nothing_is_stored(
    afghan_case, value, words
):
    cli = afghan_case
    before = _beneficiary(cli)
    rc, out, err = cli(
        "case", "edit", "1", "--set", "people[beneficiary].given_name=Changed", "--set", f"{DOB}={value}"
    )
    assert rc == 2
    assert DOB in err and words in err, err
    assert "\u202e" not in err  # a refused value is quoted with its hidden characters escaped
    assert "Updated" not in out
    assert _beneficiary(cli) == before  # neither field was written


def test_a_wrong_date_is_refused_in_the_language_of_the_messages(afghan_case):
    rc, _, err = afghan_case("case", "edit", "1", "--set", f"{DOB}=jalali:1367/13/01", lang="es")
    assert rc == 2 and DOB in err
    assert "no existe el mes 13" in err, err
    assert _beneficiary(afghan_case)["date_of_birth"] == "1988-02-02"


def test_gregorian_and_solar_hijri_dates_in_one_edit_each_keep_their_calendar(afghan_case):
    cli = afghan_case
    rc, out, err = cli(
        "case", "edit", "1",
        "--set", f"{DOB}=jalali:1403/01/01",  # 1 Hamal 1403 = 2024-03-20
        "--set", "intended_travel_date=2027-03-15",
        "--set", "key_date=jalali:1405/10/11",  # 11 Jadi 1405 = 2027-01-01
    )  # fmt: skip
    assert rc == 0, err
    case = json.loads(cli("case", "show", "1", "--json")[1])
    assert (_beneficiary(cli)["date_of_birth"], case["intended_travel_date"], case["key_date"]) == (
        "2024-03-20",
        "2027-03-15",
        "2027-01-01",
    )
    assert "1403/01/01" in out and "2024-03-20" in out and "1405/10/11" in out and "2027-01-01" in out
    assert "2027-03-15" not in out  # a Gregorian date is not echoed as a conversion


def test_an_empty_value_clears_a_date_and_text_fields_keep_a_colon(afghan_case):
    cli = afghan_case
    assert cli("case", "edit", "1", "--set", f"{DOB}=")[0] == 0
    assert _beneficiary(cli)["date_of_birth"] is None
    rc, _, err = cli(
        "case", "edit", "1", "--set", "notes=jalali: the client gave her dates in the Solar Hijri"
    )
    assert rc == 0, err  # only a date field reads the prefix
    assert json.loads(cli("case", "show", "1", "--json")[1])["notes"].startswith("jalali: the client")


# ----------------------------------------------------------------------------------------- the service
def test_every_date_field_name_is_a_date_wherever_it_occurs():
    """``case edit`` decides by a field's name that it takes a date: no name may be a date in one record and
    something else in another."""
    others = set()
    for cls in (Case, Person, ParoleRecord, Background, Outcome):
        hints = typing.get_type_hints(cls)
        others |= {f.name for f in dataclasses.fields(cls) if hints[f.name] not in (dt.date, dt.date | None)}
    assert date_input.DATE_FIELDS and not (date_input.DATE_FIELDS & others)
    assert {
        "date_of_birth",
        "passport_expiry",
        "paroled_on",
        "expires_on",
        "key_date",
    } <= date_input.DATE_FIELDS


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("jalali:1367/01/23", "1988-04-12"),
        ("JALALI: ۱۴۰۳/۰۱/۰۱ ", "2024-03-20"),  # Persian digits, spaces, any case of the prefix
        ("jalali:١٣٦٧-١-٢٣", "1988-04-12"),  # Arabic-Indic digits, dashes
        ("jalali:1403/12/30", "2025-03-20"),  # 1403 is leap: 30 Esfand exists
        ("1988-04-12", "1988-04-12"),
        ("", None),
    ],
)
def test_iso_value(raw, iso):
    assert date_input.iso_value(DOB, raw) == iso


def test_apply_assignment_converts_only_date_fields():
    data = case_json.validate(json.loads(Path(AFGHAN_CASE).read_text(encoding="utf-8")))
    from parole_desktop.domain import codec

    d = codec.case_to_dict(data)
    case_json.apply_assignment(d, DOB, "jalali:1370/05/12")
    assert next(p for p in d["people"] if p["role"] == "beneficiary")["date_of_birth"] == "1991-08-03"
    with pytest.raises(ValidationError) as exc:
        case_json.apply_assignment(d, "key_date", "12/08/1991")
    assert exc.value.path == "key_date" and "YYYY-MM-DD" in exc.value.detail
