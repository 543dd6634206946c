"""Form I-131 read back field by field against a table written from the form's own pages.

The tables in ``tests/fixtures/i131_by_the_instructions/`` were typed by hand from the 01/20/25 edition
(the item text, the page it is on, what was recorded in the fixture case), not produced by the code. Each
entry names the AcroForm field (``form1[0].`` omitted), the expected value (the on-state name for a box),
the page and item it comes from, and why. A free-text item carries ``contains``/``not_contains`` instead of
one exact value. An entry marked ``xfail_reason`` is where the code on this branch disagrees with the form:
it is an expected failure (strict, so a fix shows up) until the code follows the form.
"""

from __future__ import annotations

import functools
import io
import json
import types
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from parole_desktop.domain.enums import Channel
from parole_desktop.domain.models import Case
from parole_desktop.packet.forms import all_fields, fill_i131
from parole_desktop.services import case_json

ROOT = Path(__file__).resolve().parents[2]
TABLES = ROOT / "tests" / "fixtures" / "i131_by_the_instructions"
CASES = ROOT / "tests" / "fixtures" / "cases"
FORM = ROOT / "resources" / "forms" / "I-131-edition-01-20-25.pdf"
PREFIX = "form1[0]."


def _tables() -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(TABLES.glob("*.json"))}


TABLE = _tables()
FORM_TABLES = {k: v for k, v in TABLE.items() if v["fields"] is not None}


def _case(table: dict[str, Any]) -> Case:
    data = json.loads((CASES / table["case"]).read_text(encoding="utf-8"))
    for dotted, value in (table.get("case_changes") or {}).items():
        target = data
        *path, last = dotted.split(".")
        for part in path:
            target = target[int(part)] if part.isdigit() else target[part]  # "people.1.x": the second person
        assert last in target, f"{table['case']}: no field {dotted} to change"
        target[last] = value
    return case_json.validate(data)


def _read(data: bytes) -> dict[str, str]:
    """Every field of a PDF that holds something (a box: its on-state name), read back with pikepdf."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = {}
        for full, f in all_fields(pdf).items():
            v = f.get("/V")
            if v is None:
                continue
            text = str(v)
            if text.strip() in ("", "/Off"):
                continue
            out[full.removeprefix(PREFIX)] = text
        return out


@functools.cache
def _blank() -> dict[str, str]:
    """What the official blank form already holds (its page bar codes 'I-131|01/20/25|<page>')."""
    return _read(FORM.read_bytes())


@functools.cache
def _filled(name: str) -> dict[str, str]:
    filled = fill_i131(_case(FORM_TABLES[name]))
    try:
        data = filled.data
    finally:
        filled.pdf.close()
    return _read(data)


def _entries() -> list[Any]:
    params = []
    for name, table in FORM_TABLES.items():
        for field, spec in table["fields"].items():
            marks = []
            if spec.get("xfail_reason"):
                marks.append(pytest.mark.xfail(reason=spec["xfail_reason"], strict=True))
            params.append(pytest.param(name, field, spec, id=f"{name}:{field}", marks=marks))
    return params


def test_the_tables_cover_the_cases_the_issue_names() -> None:
    assert set(TABLE) >= {
        "native_script_beneficiary_abroad",
        "self_filer",
        "represented_public_benefit",
        "family_group_member",
        "minor",
        "us_requestor_with_supporter",
        "re_parole",
        "cbp_no_i131",
        "interpreter_used",
        "represented_without_contact",
    }
    for name, table in FORM_TABLES.items():
        assert len(table["fields"]) >= 30, name
        for field, spec in table["fields"].items():
            assert isinstance(spec["page"], int) and 1 <= spec["page"] <= 14, (name, field)
            assert spec["item"] and spec["why"], (name, field)
            assert spec["value"] is not None or spec.get("contains") or spec.get("must_be_blank"), (
                name,
                field,
            )


def test_every_table_field_exists_on_the_form() -> None:
    with pikepdf.open(FORM) as pdf:
        names = {n.removeprefix(PREFIX) for n in all_fields(pdf)}
    for name, table in FORM_TABLES.items():
        assert set(table["fields"]) <= names, (name, sorted(set(table["fields"]) - names))


@pytest.mark.parametrize(("name", "field", "spec"), _entries())
def test_field_reads_back_as_the_form_asks(name: str, field: str, spec: dict[str, Any]) -> None:
    got = _filled(name).get(field)
    where = f"{spec['item']} (p.{spec['page']}): {spec['why']}"
    if spec.get("must_be_blank"):
        assert got is None, f"{where}: expected blank, found {got!r}"
        return
    if spec["value"] is not None:
        assert got == spec["value"], f"{where}: expected {spec['value']!r}, found {got!r}"
    assert got is not None or not spec.get("contains"), f"{where}: blank"
    low = (got or "").casefold()
    for word in spec.get("contains", []):
        assert word.casefold() in low, f"{where}: {word!r} not in {got!r}"
    for word in spec.get("not_contains", []):
        assert word.casefold() not in low, f"{where}: {word!r} in {got!r}"


@pytest.mark.parametrize("name", sorted(FORM_TABLES))
def test_nothing_is_filled_outside_the_table(name: str) -> None:
    table = FORM_TABLES[name]
    blank = _blank()
    assert blank, "the blank form's own values could not be read"
    extra = {k: v for k, v in _filled(name).items() if k not in table["fields"] and blank.get(k) != v}
    assert extra == {}, f"{table['case']}: filled but not in the table: {extra}"
    gone = {k for k in blank if _filled(name).get(k) != blank[k]}
    assert gone == set(), f"{table['case']}: the form's own values changed: {gone}"


def test_cbp_case_builds_no_i131() -> None:
    from parole_desktop.packet import build

    table = TABLE["cbp_no_i131"]
    case = _case(table)
    assert case.channel == Channel.CBP_PORT_OF_ENTRY
    plan = types.SimpleNamespace(case=case)
    inp = types.SimpleNamespace(i131_form=None, i134_form=None)
    assert build._fill_forms(inp, [plan], []) == []  # type: ignore[arg-type,list-item]
