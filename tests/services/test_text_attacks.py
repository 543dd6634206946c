"""Issue #25, hidden characters: each path that stores typed or imported text refuses what the one text rule
(domain/text.py) refuses, names the field and the position, stores nothing and keeps what was there; the
refused value is never echoed in full."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from parole_desktop.domain import text as text_rule
from parole_desktop.domain.codec import case_to_dict
from parole_desktop.errors import UserError, ValidationError
from parole_desktop.services import demo
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.packets import export_packet

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
COMPLETE = FIXTURES / "medical_uscis_complete.json"


def _doc() -> dict:
    return json.loads(COMPLETE.read_text(encoding="utf-8"))


def _beneficiary_index(doc: dict) -> int:
    return next(i for i, p in enumerate(doc["people"]) if p["role"] == "beneficiary")


def _write(tmp_path: Path, doc: dict, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _nothing_stored(session) -> None:
    assert session.count_cases() == 0
    assert session.family_groups() == []


# ---------------------------------------------------------------------------- case JSON import
def test_import_with_a_right_to_left_override_in_a_given_name_is_refused_with_field_and_position(
    session, tmp_path
):
    doc = _doc()
    b = _beneficiary_index(doc)
    given = doc["people"][b]["given_name"]
    doc["people"][b]["given_name"] = given[:2] + "\u202e" + given[2:]
    with pytest.raises(ValidationError) as caught:
        session.import_case(_write(tmp_path, doc))
    assert caught.value.path == f"people[{b}].given_name"
    message = str(caught.value)
    assert "right-to-left override" in message and "U+202E" in message and "character 3" in message
    assert "\u202e" not in message
    _nothing_stored(session)


@pytest.mark.parametrize(
    ("char", "words"),
    [("\x00", "null character"), ("\u200b", "zero-width space"), ("\x07", "control character (U+0007)")],
)
@pytest.mark.parametrize("field", ["given_name", "family_name", "statement"])
def test_nul_zero_width_space_and_bell_in_names_and_statement_are_refused(
    session, tmp_path, char, words, field
):
    doc = _doc()
    b = _beneficiary_index(doc)
    if field == "statement":
        doc["statement"] = doc["statement"][:10] + char + doc["statement"][10:]
        path = "statement"
    else:
        doc["people"][b][field] = "Ra" + char + "himi"
        path = f"people[{b}].{field}"
    with pytest.raises(ValidationError) as caught:
        session.import_case(_write(tmp_path, doc))
    assert caught.value.path == path
    assert words in str(caught.value) and f"character {11 if field == 'statement' else 3}" in str(
        caught.value
    )
    _nothing_stored(session)


def test_a_dari_name_with_zwnj_is_accepted_and_kept(session, tmp_path):
    doc = _doc()
    b = _beneficiary_index(doc)
    doc["people"][b]["given_name"] = "محمد\u200cرضا"
    doc["people"][b]["family_name"] = "رحیمی"
    doc["people"][b]["other_names"] = "ګل\u200cمکۍ"
    case = session.import_case(_write(tmp_path, doc))
    stored = session.load_case(int(case.id or 0)).beneficiary
    assert stored is not None
    assert stored.given_name == "محمد\u200cرضا" and stored.other_names == "ګل\u200cمکۍ"
    assert [r.id for r in session.search("محمدرضا")] == [case.id]  # found joined, as the search folds it


def test_import_of_a_family_group_with_a_hidden_character_in_its_name_stores_nothing(session, tmp_path):
    doc = _doc()
    doc["family_group"] = {"name": "Hakimi\u202e family", "uid": "", "notes": ""}
    with pytest.raises(ValidationError, match=r"family_group\.name: .*U\+202E"):
        session.import_case(_write(tmp_path, doc))
    _nothing_stored(session)


def test_look_alike_letters_in_an_imported_name_are_refused(session, tmp_path):
    doc = _doc()
    b = _beneficiary_index(doc)
    doc["people"][b]["family_name"] = "Rаhimi"  # Cyrillic а
    with pytest.raises(ValidationError, match=r"mixes alphabets: “а” \(cyrillic small letter a"):
        session.import_case(_write(tmp_path, doc))
    _nothing_stored(session)


def test_an_imported_passport_number_is_folded_to_latin_digits(session, tmp_path):
    doc = _doc()
    b = _beneficiary_index(doc)
    doc["people"][b]["passport_number"] = "Ｐ９８７６５４３"
    case = session.import_case(_write(tmp_path, doc))
    stored = session.load_case(int(case.id or 0)).beneficiary
    assert stored is not None and stored.passport_number == "P9876543"


# ---------------------------------------------------------------------------- refused values are not echoed
BIG = "x" * 200_000


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("statement", BIG),  # over maxLength
        ("statement", "\u202e" + "y" * 90_000),  # refused by the text rule
        ("key_date", BIG),  # not a date
        ("reason", BIG),  # not one of the reasons
        ("uid", BIG),  # not a uid
        ("duration_months", BIG),  # not a number
        ("unknown_" + "z" * 100_000, 1),  # not a field
        ("people.0.date_of_birth", "2026-02-30"),  # not a real date
    ],
)
def test_a_refused_import_is_named_in_a_short_message(session, tmp_path, where, value):
    doc = _doc()
    if where.startswith("people."):
        doc["people"][0][where.split(".")[2]] = value
    else:
        doc[where] = value
    with pytest.raises(ValidationError) as caught:
        session.import_case(_write(tmp_path, doc))
    message = str(caught.value)
    assert len(message) < 200, message
    assert "\u202e" not in message
    _nothing_stored(session)


def test_a_long_statement_refused_by_case_edit_is_not_echoed(session):
    case = session.import_case(COMPLETE)
    before = session.case_json(int(case.id or 0))
    for assignment in (
        "statement=" + BIG,
        "statement=" + "ok\x00" + BIG[:50_000],
        "people[beneficiary].given_name=" + "\u202e" * 3000,
        "no_such_field_" + "q" * 100_000 + "=1",
        "people[" + "r" * 100_000 + "].given_name=A",
        "s" * 100_000,  # no "=" at all
    ):
        with pytest.raises(ValidationError) as caught:
            session.edit_case(int(case.id or 0), [assignment])
        assert len(str(caught.value)) < 200, str(caught.value)[:300]
    assert session.case_json(int(case.id or 0)) == before


# ---------------------------------------------------------------------------- case edit --set, GUI save, evidence
def test_case_edit_refuses_a_bidi_override_and_writes_nothing(session):
    case = session.import_case(COMPLETE)
    before = session.case_json(int(case.id or 0))
    with pytest.raises(ValidationError, match=r"people\[\d\]\.family_name: .*U\+202E\) at character 2"):
        session.edit_case(int(case.id or 0), ["people[beneficiary].family_name=R\u202eimihaR"])
    with pytest.raises(ValidationError, match=r"statement: .*\(U\+0007\) at character 3"):
        session.edit_case(int(case.id or 0), ["statement=ok\x07"])
    assert session.case_json(int(case.id or 0)) == before
    edited = session.edit_case(int(case.id or 0), ["people[beneficiary].given_name=محمد\u200cرضا"])
    assert edited.beneficiary is not None and edited.beneficiary.given_name == "محمد\u200cرضا"


def test_the_editor_save_path_refuses_and_keeps_the_stored_case(session):
    """The GUI's autosave goes through Session.save_case: a refused text stores nothing."""
    case = session.import_case(COMPLETE)
    stored = session.case_json(int(case.id or 0))
    edited = session.load_case(int(case.id or 0))
    assert edited.beneficiary is not None
    edited.beneficiary.given_name = "Ali\u2067Reza"
    edited.statement = "A changed statement."
    with pytest.raises(ValidationError, match=r"given_name: .*right-to-left isolate"):
        session.save_case(edited, keep_links=True)
    assert session.case_json(int(case.id or 0)) == stored
    with pytest.raises(UserError, match=r"given name: .*U\+202E"):
        session.new_case("Ali\u202e", "Rahimi")
    assert session.count_cases() == 1


def test_evidence_stated_facts_with_hidden_characters_are_refused(session):
    case = session.import_case(COMPLETE)
    cid = int(case.id or 0)
    pdf = minimal_pdf(["A passport bio page"])
    with pytest.raises(ValidationError, match=r"evidence\.stated_name: .*U\+202E"):
        session.add_evidence_bytes(
            cid, pdf, "passport.pdf", kind="identity_document", stated_name="Ali\u202e"
        )
    assert session.load_case(cid).evidence == []
    assert list((session.paths.vault / "attachments").iterdir()) == []  # no orphan content file either
    ev = session.add_evidence_bytes(cid, pdf, "passport.pdf", kind="identity_document")
    with pytest.raises(ValidationError, match=r"evidence\.stated_passport_number: .*Latin letters"):
        session.edit_evidence(int(ev.id or 0), stated_passport_number="Р1234567")  # Cyrillic Р
    with pytest.raises(ValidationError, match=r"evidence\.title: .*zero-width space"):
        session.edit_evidence(int(ev.id or 0), title="Pass\u200bport")
    with pytest.raises(ValidationError, match=r"evidence\.translator_name: .*mixes alphabets"):
        session.edit_evidence(int(ev.id or 0), translator_name="Sаra Lee")
    kept = session.get_evidence(int(ev.id or 0))
    assert (kept.stated_passport_number, kept.title, kept.translator_name) == ("", ev.title, "")
    session.edit_evidence(int(ev.id or 0), stated_name="محمد\u200cرضا رحیمی")
    assert session.get_evidence(int(ev.id or 0)).stated_name == "محمد\u200cرضا رحیمی"


def test_a_family_group_name_with_a_bidi_control_is_refused(session):
    with pytest.raises(ValidationError, match=r"family group name: .*U\+2066"):
        session.create_family_group("\u2066Hakimi family")
    assert session.family_groups() == []


# ---------------------------------------------------------------------------- the demo generator
def test_every_demo_case_obeys_the_rule_as_generated():
    rng = random.Random(7)
    today = dt.date(2026, 12, 1)
    for i in range(300):  # the first 12 cover every reason and script; the rest draw from the name pools
        case = demo._demo_case(i, rng, today)
        before = case_to_dict(case)
        text_rule.clean_record(case)
        assert case_to_dict(case) == before, f"demo case {i} is not in the rule's normal form"


def test_bulk_insert_refuses_a_case_with_a_hidden_character_and_stores_none(session):
    rng = random.Random(3)
    today = dt.date(2026, 12, 1)
    cases = [demo._demo_case(i, rng, today) for i in range(30, 35)]
    bad = cases[3].beneficiary
    assert bad is not None
    bad.family_name += "\u200b"
    with pytest.raises(ValidationError, match=r"case 4 of 5: people\[\d\]\.family_name: .*zero-width space"):
        session.bulk_insert(cases)
    assert session.count_cases() == 0


# ---------------------------------------------------------------------------- the packet
def _store_unchecked(session, doc: dict) -> int:
    """A case written as an older version would have stored it (before the text rule existed)."""
    from parole_desktop.services.case_json import validate
    from parole_desktop.store import cases as case_store

    b = _beneficiary_index(doc)
    given = doc["people"][b]["given_name"]
    doc["people"][b]["given_name"] = "\u202e"
    case = validate(doc)  # the rule refuses it here ...
    case.beneficiary.given_name = given[:1] + "\u202e" + given[1:]  # type: ignore[union-attr]
    case.evidence = []
    return int(case_store.save_case(session.vault, case, actor="old version").id or 0)


def test_a_case_stored_with_an_override_before_the_rule_is_never_printed(session, tmp_path):
    doc = _doc()
    with pytest.raises(ValidationError):
        _store_unchecked(session, copy.deepcopy(doc))
    b = _beneficiary_index(doc)
    given = doc["people"][b]["given_name"]
    case = session.import_case(COMPLETE)
    from parole_desktop.store import cases as case_store

    old = session.load_case(int(case.id or 0))
    assert old.beneficiary is not None
    old.beneficiary.given_name = given[:1] + "\u202e" + given[1:]
    case_store.save_case(session.vault, old, actor="old version", keep_links=True)  # bypasses the rule
    out = tmp_path / "draft.pdf"
    with pytest.raises(UserError, match=r"cannot be exported: people\[\d\]\.given_name: .*U\+202E"):
        export_packet(session, int(case.id or 0), out, draft=True)
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_draft_packet_never_contains_an_override_and_keeps_the_zwnj(session, tmp_path):
    doc = _doc()
    b = _beneficiary_index(doc)
    doc["people"][b]["given_name"] = doc["people"][b]["given_name"] + "\u202e"
    with pytest.raises(ValidationError):
        session.import_case(_write(tmp_path, doc, "bad.json"))
    doc = _doc()
    doc["people"][b]["other_names"] = "محمد\u200cرضا"
    case = session.import_case(_write(tmp_path, doc))
    out = tmp_path / "draft.pdf"
    export_packet(session, int(case.id or 0), out, draft=True)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "DRAFT" in text
    for char in [*sorted(text_rule.BIDI_CONTROLS), "\x00", "\u200b", "\x07"]:
        assert char not in text, f"U+{ord(char):04X} in the draft packet"
    assert session.count_cases() == 1


def test_a_reviewers_number_and_organization_follow_the_rule(session):
    from parole_desktop.services import signoff

    with pytest.raises(ValidationError, match=r"bar number or accreditation id: .*Latin letters"):
        signoff.create_reviewer(session, "Amira Solis", "attorney", "amira's own words 41", number="СА-1")
    with pytest.raises(ValidationError, match=r"organization: .*U\+202E"):
        signoff.create_reviewer(
            session,
            "Amira Solis",
            "attorney",
            "amira's own words 41",
            number="CA-1",
            organization="Law\u202e",
        )
    assert signoff.reviewers(session) == []
