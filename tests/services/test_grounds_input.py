"""Grounds of inadmissibility are picked from a list (#20 item 10): ``case edit`` refuses INA 214(b) and a
code the pack does not list, with a clear message, and writes nothing; a code already on a case (an
imported file) is kept and the checks fail on it; a rules pack that offers 214(b) is refused at load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Severity
from parole_desktop.errors import ValidationError
from parole_desktop.rules.loader import pack_from_dict
from parole_desktop.services import rulebook
from parole_desktop.services.checks import active_pack, run_checks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _pack_codes(session) -> list[str]:
    grounds, from_pack = rulebook.inadmissibility_grounds(active_pack(session))
    assert from_pack
    return [code for code, _ in grounds]


@pytest.mark.parametrize("code", ["214(b)", "INA 214(b)", "INA §214 (b)", "sec. 214b"])
def test_case_edit_refuses_214b_and_writes_nothing(session, code):
    case = session.import_case(FIXTURES / "medical_uscis_complete.json")
    before = session.case_json(int(case.id or 0))
    with pytest.raises(ValidationError) as err:
        session.edit_case(
            int(case.id or 0),
            ["duration_months=3", f"inadmissibility_grounds={json.dumps([code])}"],
            known_grounds=_pack_codes(session),
        )
    assert err.value.path == "inadmissibility_grounds"
    assert "not a ground of inadmissibility" in err.value.detail and "212(a)" in err.value.detail
    assert session.case_json(int(case.id or 0)) == before


def test_case_edit_takes_grounds_from_the_pack_list(session):
    case = session.import_case(FIXTURES / "medical_uscis_complete.json")
    codes = _pack_codes(session)
    with pytest.raises(ValidationError, match=r"not a ground of the rules pack's list; pick from: 212\(a\)"):
        session.edit_case(int(case.id or 0), ['inadmissibility_grounds=["212(a)(99)"]'], known_grounds=codes)
    assert session.load_case(int(case.id or 0)).inadmissibility_grounds == []
    edited = session.edit_case(
        int(case.id or 0), ['inadmissibility_grounds=["212(a)(7)(B)(i)(II)"]'], known_grounds=codes
    )
    assert session.load_case(int(edited.id or 0)).inadmissibility_grounds == ["212(a)(7)(B)(i)(II)"]
    result = run_checks(session, int(edited.id or 0), record=False)
    assert not [f for f in result.findings if f.rule_id == "HP-RSN-06"]


def test_an_imported_214b_ground_is_kept_and_fails_the_checks(session, tmp_path):
    data = json.loads((FIXTURES / "medical_uscis_complete.json").read_text(encoding="utf-8"))
    data["inadmissibility_grounds"] = ["214(b)"]
    src = tmp_path / "with-214b.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    case = session.import_case(src)
    assert session.load_case(int(case.id or 0)).inadmissibility_grounds == ["214(b)"]  # nothing lost
    # another field can still be edited: the code already on the case stays until the volunteer drops it
    session.edit_case(int(case.id or 0), ["duration_months=3"], known_grounds=_pack_codes(session))
    result = run_checks(session, int(case.id or 0), record=False)
    found = [f for f in result.findings if f.rule_id == "HP-RSN-06"]
    assert [(f.severity, f.field) for f in found] == [(Severity.FAIL, "case.inadmissibility_grounds")]
    assert "The ground “214(b)” is refused" in found[0].message and found[0].verify
    assert not result.ready


@pytest.mark.parametrize(
    ("ground", "schema", "words"),
    [
        # the schema takes only INA 212(a) paragraph numbers as ids
        ({"id": "214(b)", "text": "presumed immigrant intent"}, True, "does not match"),
        # the bundled pack skips the schema pass at start-up: the loader still refuses it
        ({"id": "214(b)", "text": "presumed immigrant intent"}, False, "not a ground of inadmissibility"),
        ({"id": "212(a)(7)(B)(i)(II)", "text": "visa refused under INA 214(b)"}, True, "not a ground of"),
    ],
)
def test_a_pack_that_offers_214b_as_a_ground_is_refused(session, ground, schema, words):
    raw = json.loads(json.dumps(active_pack(session).raw))
    raw["inadmissibility_grounds"].append({**ground, "citation": "INA", "source": "S42"})
    with pytest.raises(ValidationError) as err:
        pack_from_dict(raw, schema=schema)
    assert err.value.path.startswith("$.inadmissibility_grounds[8]")
    assert words in err.value.detail
