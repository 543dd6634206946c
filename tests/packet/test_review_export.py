"""Exporting from the vault: the filing packet and the review record are two files, never mixed; the export
step lets the user choose which one to write."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.domain.enums import Severity
from parole_desktop.errors import UserError
from parole_desktop.packet.forms import all_fields
from parole_desktop.services.checks import run_checks
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.packets import export_packet


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.mark.slow
def test_filing_and_review_are_two_files(session, complete_case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "usb"
    out.mkdir()
    filing = export_packet(session, complete_case, out / "packet.pdf", draft=True)
    record = export_packet(session, complete_case, out / "record.pdf", draft=True, output="review")
    assert sorted(p.name for p in out.iterdir()) == ["packet.pdf", "record.pdf"]
    ftext, rtext = _text(out / "packet.pdf"), _text(out / "record.pdf")
    # the filing packet holds the filled I-131, the record holds everything internal
    with pikepdf.open(out / "packet.pdf") as pdf:
        fields = all_fields(pdf)
    case = session.load_case(complete_case)
    assert str(
        fields["form1[0].P6[0].P2_Line18_DateOfBirth[0]"].V
    ) == case.beneficiary.date_of_birth.strftime("%m/%d/%Y")
    for internal in ("Items marked verify", "Wet signatures", "Before you mail", "HP-FEE-02"):
        assert internal not in ftext and internal in rtext
    assert "Form I-131" in ftext and "Review record" not in ftext
    # every wet signature in the record names a page of the filing packet
    assert record.signatures == filing.signatures and record.output == "review" and not record.signed
    for who, _, page in filing.signatures:
        assert 1 <= page <= filing.pages and who.split(" (")[0] in rtext
    audit = [e.detail for e in session.vault.audit.entries() if e.action == "export"]
    assert any("review_record=draft" in d for d in audit) and any("packet=draft" in d for d in audit)


@pytest.mark.slow
def test_unknown_output_is_refused_and_nothing_written(session, complete_case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="Unknown output"):
        export_packet(session, complete_case, tmp_path / "x.pdf", draft=True, output="both")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.slow
@pytest.mark.gui
def test_export_step_writes_the_review_record(qtbot, session, complete_case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from parole_desktop.ui.workspace import CaseWorkspace
    from parole_desktop.ui.workspace.workspace import EXPORT

    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.show()
    ws.load_case(complete_case)
    ws.go_to_step(EXPORT)
    exp = ws.export
    exp.folder.setText(str(tmp_path))
    exp.review.setChecked(True)
    assert not exp.passphrase.isEnabled()
    exp.final.setChecked(True)
    assert not exp.passphrase.isEnabled()  # the review record is never signed: no passphrase asked
    exp.draft.setChecked(True)
    with qtbot.waitSignal(exp.exported, timeout=60_000):
        exp.export_button.click()
    assert exp.result.output == "review" and exp.destination().name.endswith("-review-record.pdf")
    assert exp.destination().exists() and "Review record saved" in exp.result_label.text()
    assert "Wet signatures" in _text(exp.destination())
    ws.clear()


@pytest.mark.slow
def test_demo_cases_ready_for_filing(session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every demo case with no failing check exports a filing packet a final build would accept: no
    placeholder, no internal page; a USCIS packet carries the filled I-131, a CBP bundle none."""
    from parole_desktop.domain.enums import Channel
    from parole_desktop.services.demo import populate

    ids = populate(session, 12, today=dt.date(2026, 11, 23))
    ready = [
        i for i in ids if not [f for f in run_checks(session, i).findings if f.severity == Severity.FAIL]
    ]
    assert ready
    for cid in ready:
        res = export_packet(session, cid, tmp_path / f"demo-{cid}.pdf", draft=True)
        assert res.placeholders == [], (cid, res.placeholders)
        text = _text(tmp_path / f"demo-{cid}.pdf")
        for internal in ("Items marked verify", "Wet signatures", "Reviewer sign-off", "[verify"):
            assert internal not in text
        with pikepdf.open(tmp_path / f"demo-{cid}.pdf") as pdf:
            has_form = any(k.startswith("form1[") for k in all_fields(pdf))
        channel = session.load_case(cid).channel
        assert has_form == (channel == Channel.USCIS), cid


@pytest.mark.slow
def test_final_review_record_prints_accepted_warnings_with_reason(session, complete_case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Accepted warnings come from the signed manifest (``signoff_state.accepted_warnings``): the record prints each
    with the reviewer's reason. No passphrase: the record is not signed."""
    from parole_desktop.domain.enums import ReviewerRole
    from parole_desktop.services import signoff
    from tests.services.roster_helpers import enrol

    rid = signoff.create_reviewer(
        session,
        "Rita Reviewer",
        ReviewerRole.ATTORNEY,
        "reviewer passphrase 42 ok",
        number="DC-12345",
        organization="Example Legal Aid",
    ).id
    enrol(session, rid, "reviewer passphrase 42 ok")
    financial = next(e for e in session.load_case(complete_case).evidence if e.kind == "supporter_financial")
    session.delete_evidence(int(financial.id))  # the supporter's means are not shown: a warning (HP-FIN-02)
    warns = [
        f for f in run_checks(session, complete_case, record=False).findings if f.severity == Severity.WARN
    ]
    reasons = {f.rule_id: f"Checked with the client on 2026-11-20: {f.message}" for f in warns}
    assert reasons
    signoff.sign_off(session, complete_case, rid, "reviewer passphrase 42 ok", accepted_warnings=reasons)
    res = export_packet(session, complete_case, tmp_path / "record.pdf", draft=False, output="review")
    assert not res.signed and not res.draft
    text = _text(tmp_path / "record.pdf")
    for rule_id, reason in reasons.items():
        assert reason in text and rule_id in text
    assert "Reviewer sign-off" in text and "Rita Reviewer" in text and "Manifest" in text
    assert "Before you mail" in text


@pytest.mark.slow
def test_user_supplied_forms_are_checked(session, complete_case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="cannot be read"):
        export_packet(
            session, complete_case, tmp_path / "p.pdf", draft=True, i134_form=tmp_path / "missing.pdf"
        )
    bad = tmp_path / "i134.pdf"
    bad.write_bytes(b"PK\x03\x04 a zip, not a form")
    with pytest.raises(UserError, match="is not a PDF"):
        export_packet(session, complete_case, tmp_path / "p.pdf", draft=True, i134_form=bad)
    old = tmp_path / "old-i131.pdf"
    old.write_bytes(minimal_pdf(["Form I-131 Edition 06/17/24"]))
    with pytest.raises(UserError, match="edition 06/17/24 has no field map"):
        export_packet(session, complete_case, tmp_path / "p.pdf", draft=True, i131_form=old)
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.slow
def test_exporting_the_review_record_changes_nothing_in_the_case(session, complete_case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from parole_desktop.domain.codec import content_hash

    before = session.load_case(complete_case)
    export_packet(session, complete_case, tmp_path / "record.pdf", draft=True, output="review")
    after = session.load_case(complete_case)
    assert content_hash(after) == content_hash(before) and after.status == before.status
