"""Form I-131 of fixture cases against the expected-values table written by hand from the form's
instructions (tests/fixtures/i131_expected): every listed field has its value when read back with
pikepdf, and nothing is filled into a field the table does not list. A CBP request builds no I-131."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.domain.enums import RequestType
from parole_desktop.packet.build import build_packet
from parole_desktop.packet.forms import all_fields, fill_i131
from parole_desktop.services import case_json

ROOT = Path(__file__).resolve().parents[1] / "fixtures"
TABLE = json.loads((ROOT / "i131_expected" / "i131-01-20-25.json").read_text(encoding="utf-8"))


def _case(name: str, overrides: dict[str, str]):  # type: ignore[no-untyped-def]
    case = case_json.load_file(ROOT / "cases" / name)
    case.id = 1
    for k, v in overrides.items():
        setattr(case, k, RequestType(v) if k == "request_type" else v)
    return case


def _read_back(data: bytes) -> dict[str, str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = {}
        for name, f in all_fields(pdf).items():
            if "/V" in f and str(f.V).strip() not in ("", "/Off") and "PDF417" not in name:
                out[name.removeprefix("form1[0].")] = str(f.V)
        return out


def test_the_table_covers_the_issue_s_cases() -> None:
    assert len(TABLE["cases"]) + len(TABLE["no_i131"]) >= 8
    for spec in TABLE["cases"].values():
        for cite, _field, _value in spec["fields"]:
            assert cite.startswith("p."), cite  # every row cites the form's page


@pytest.mark.parametrize("name", sorted(TABLE["cases"]))
def test_filled_i131_matches_the_table(name: str) -> None:
    spec = TABLE["cases"][name]
    got = _read_back(fill_i131(_case(name, spec.get("set", {}))).data)
    expected = {field: value for _cite, field, value in spec["fields"]}
    wrong = {k: (got.get(k), v) for k, v in expected.items() if got.get(k) != v}
    assert not wrong, wrong  # (filled, expected)
    extra = {k: v for k, v in got.items() if k not in expected}
    assert not extra, extra  # filled where the table says the form stays empty


@pytest.mark.parametrize("name", TABLE["no_i131"])
def test_a_cbp_case_builds_no_i131(name: str, tmp_path: Path) -> None:
    from tests.packet import packet_factory as f

    case = _case(name, {})
    inp = f.small_input(draft=True)
    inp.cases, inp.exhibits = [case], []
    res = build_packet(inp, tmp_path / "cbp.pdf")
    with pikepdf.open(tmp_path / "cbp.pdf") as pdf:
        assert not [k for k in all_fields(pdf) if ".P6[0]." in k]  # no I-131 page in the packet
    assert not [x for x in res.form_findings if x.startswith("Form I-131")]
