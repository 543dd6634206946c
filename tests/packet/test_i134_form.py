"""An official Form I-134 supplied by the user is filled once per supporter when the rules pack maps its
edition, and refused with a clear message when it does not. (No current fillable I-134 could be found
offline, so the form here is a synthetic fillable PDF with the same structure: a top field, text fields,
a signature field and the printed edition.)"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.errors import UserError
from parole_desktop.packet import forms
from parole_desktop.packet.build import build_packet
from parole_desktop.packet.forms import all_fields
from tests.packet import packet_factory as f
from tests.packet.test_filing_packet import _outline

EDITION = "09/09/99"  # synthetic: no real edition is claimed
FIELDS = {
    "FamilyName": "supporter.family_name",
    "GivenName": "supporter.given_name",
    "DateOfBirth": "supporter.date_of_birth",
    "Status": "supporter.us_status",
    "BenFamilyName": "beneficiary.family_name",
}


def _synthetic_i134() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(72, 760, "Declaration of Financial Support (synthetic test form)")
    c.drawString(72, 40, f"Form I-134 Edition {EDITION}")
    for i, name in enumerate([*FIELDS, "SupporterSignature"]):
        c.drawString(72, 700 - 40 * i, name)
        c.acroForm.textfield(name=name, x=220, y=690 - 40 * i, width=250, height=20, borderWidth=1)
    c.showPage()
    c.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    # the official forms nest every field under one top field ("form1[0]"): do the same
    kids = pikepdf.Array(list(pdf.Root.AcroForm.Fields))
    top = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String("form1[0]"), Kids=kids))
    for k in kids:
        k.Parent = top
        k.T = pikepdf.String(f"{k.T}[0]")
    pdf.Root.AcroForm.Fields = pikepdf.Array([top])
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _maps(tmp_path: Path) -> Path:
    maps = tmp_path / "maps"
    maps.mkdir()
    shutil.copy(forms.FORM_MAPS_DIR / "i131-01-20-25.json", maps)
    entry = [
        {"source": src, "field": f"form1[0].{name}[0]", "label": f"Part 1: {name}"}
        for name, src in FIELDS.items()
    ]
    entry.append(
        {"source": "supporter.family_name", "field": "form1[0].SupporterSignature[0]", "label": "never"}
    )
    (maps / "i134-test.json").write_text(
        json.dumps(
            {
                "form": "I-134",
                "edition": EDITION,
                "fields": entry,
                "signatures": [
                    {
                        "field": "form1[0].SupporterSignature[0]",
                        "signer": "supporter",
                        "label": "Form I-134: supporter's signature",
                    }
                ],
                "not_recorded_by_the_app": ["Parts 2-4 (employment, income, assets, dependents)"],
            }
        ),
        encoding="utf-8",
    )
    return maps


def test_unmapped_i134_edition_is_refused(tmp_path: Path) -> None:
    inp = f.small_input(draft=True)
    inp.i134_form = _synthetic_i134()
    with pytest.raises(UserError, match=rf"Form I-134 edition {EDITION} has no field map in the rules pack"):
        build_packet(inp, tmp_path / "p.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_mapped_i134_is_filled_per_supporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forms, "FORM_MAPS_DIR", _maps(tmp_path))
    inp = f.family_input(draft=True)
    inp.cases = inp.cases[:2]
    inp.exhibits = [s for s in inp.exhibits if s.evidence.case_id in (1, 2)]
    inp.i134_form = _synthetic_i134()
    res = build_packet(inp, tmp_path / "p.pdf")
    titles = [t for _, t, _ in _outline(tmp_path / "p.pdf")]
    assert titles.count("Form I-134 — Оксана Ковальчук") == 2  # one per supporter per beneficiary
    with pikepdf.open(tmp_path / "p.pdf") as pdf:
        fields = all_fields(pdf)
    for ci, case in enumerate(inp.cases):
        sup = case.people_with_role(Role.SUPPORTER)[0]
        assert sup.family_name == "Ковальчук"  # not Latin: a finding, not a value
        assert (
            "/V" not in fields[f"i134[{ci}][0].FamilyName[0]"]
            or str(fields[f"i134[{ci}][0].FamilyName[0]"].V) == ""
        )
        assert str(fields[f"i134[{ci}][0].Status[0]"].V) == "citizen"
        assert (
            "/V" not in fields[f"i134[{ci}][0].SupporterSignature[0]"]
            or str(fields[f"i134[{ci}][0].SupporterSignature[0]"].V) == ""
        )
        assert str(
            fields[f"form1[{ci}].P6[0].P2_Line18_DateOfBirth[0]"].V
        ) == case.beneficiary.date_of_birth.strftime(  # type: ignore[union-attr]
            "%m/%d/%Y"
        )
    assert sum(1 for who, where, _ in res.signatures if "supporter" in who and "Form I-134" in where) == 2
    assert any("Form I-134" in x and "Latin letters" in x for x in res.form_findings)
    assert any("Parts 2-4" in x for x in res.form_findings)
    assert any("Part 1: DateOfBirth" in x and "Not recorded" in x for x in res.form_findings)
    forms._maps.cache_clear()
