"""The command line, driven in-process: exit codes, messages, and what ends up in the vault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parole_desktop.cli import main
from tests.conftest import PASSPHRASE

FIXTURE = str(Path(__file__).resolve().parent / "fixtures" / "cases" / "medical_uscis_complete.json")


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PAROLE_DESKTOP_REVIEWER_PASSPHRASE", "reviewer passphrase 1")
    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        rc = main(["--data-dir", str(data), *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    return run


def enrol_with_cli(cli, tmp_path, name: str) -> None:
    """The solo attorney's steps: an org key on their own medium, a roster listing them, pinned in the vault."""
    import os

    os.environ["PAROLE_DESKTOP_ORG_PASSPHRASE"] = "org admin passphrase 9"
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    try:
        rc, out, _ = cli("org", "create", str(usb / "org.key"), "--name", "Solis Law Office",
                         "--roster", str(usb / "roster.json"))
        assert rc == 0, out
        fpr = next(ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith("Org key fingerprint"))
        rc, out, _ = cli("reviewer", "enrol-request", name, "-o", str(usb / "enrol.json"))
        assert rc == 0 and "Key fingerprint" in out
        rc, out, _ = cli("roster", "add-reviewer", str(usb / "roster.json"), str(usb / "enrol.json"),
                         "--org-key", str(usb / "org.key"))
        assert rc == 0 and "version 2" in out
        rc, _, err = cli("roster", "import", str(usb / "roster.json"))
        assert rc == 2 and "--fingerprint" in err
        rc, _, err = cli("roster", "import", str(usb / "roster.json"), "--fingerprint", "0000 1111 2222 3333 4444 5555 6666 7777")
        assert rc == 2 and "nothing was pinned" in err
        rc, out, _ = cli("roster", "import", str(usb / "roster.json"), "--fingerprint", fpr)
        assert rc == 0 and "Pinned" in out
        rc, out, _ = cli("reviewer", "list")
        assert "may sign" in out
    finally:
        del os.environ["PAROLE_DESKTOP_ORG_PASSPHRASE"]


def test_full_flow(cli, tmp_path):
    rc, out, _ = cli("init")
    assert rc == 0 and "Recovery key" in out
    assert cli("demo", "--cases", "5")[0] == 0
    rc, out, _ = cli("cases", "--json")
    rows = json.loads(out)
    assert rc == 0 and len(rows) == 5
    rc, out, _ = cli("cases", "--search", "nunez")
    assert "José Núñez" in out
    ready = next(r for r in rows if r["status"] == "ready_for_review" and r["family_group_id"] is None)
    rc, out, _ = cli("check", str(ready["id"]), "--json")
    report = json.loads(out)
    assert rc == 0 and report["ready"] and report["pack"]["id"] == "us-hp"
    assert all({"id", "severity", "message", "field", "citation"} <= f.keys() for f in report["findings"])
    not_ready = next(r for r in rows if "fail" in r["readiness"])
    rc, out, _ = cli("check", str(not_ready["id"]))
    assert rc == 1 and "NOT ready" in out and "not legal advice" in out
    assert cli("reviewer", "add", "Amira Solis", "--role", "attorney", "--number", "CA-1")[0] == 0
    rc, _, err = cli("signoff", str(ready["id"]), "--reviewer", "Amira Solis")
    assert rc == 2 and "No trust roster" in err  # nobody may sign before the org lists them
    enrol_with_cli(cli, tmp_path, "Amira Solis")
    rc, out, _ = cli("signoff", str(ready["id"]), "--warnings")
    warnings = [ln.strip() for ln in out.splitlines() if ln and not ln.startswith(" ")]
    assert rc == 0 and warnings and all(":HP-" in w for w in warnings)
    rc, _, err = cli("signoff", str(ready["id"]), "--reviewer", "Amira Solis")
    assert rc == 2 and "needs the reviewer's reason" in err
    accepts = [a for w in warnings for a in ("--accept", f"{w}=Read it; acceptable for this urgent request.")]
    rc, out, err = cli("signoff", str(ready["id"]), "--reviewer", "Amira Solis", *accepts)
    assert rc == 0 and "fingerprint" in out and out.count("accepted warning") == len(warnings), err
    pdf = tmp_path / "packet.pdf"
    rc, out, _ = cli("packet", str(ready["id"]), "-o", str(pdf))
    assert rc == 0 and pdf.exists()
    rc, out, _ = cli("verify", str(pdf))
    assert rc == 0 and "VERIFIED" in out and "Reviewer: Amira Solis" in out and "Solis Law Office" in out
    rc, _, err = cli("verify", str(pdf), "--no-vault")
    assert rc == 1 and "NOT VERIFIED: signed by an unknown key" in err
    rc, out, _ = cli("verify", str(pdf), "--no-vault", "--roster", str(tmp_path / "usb" / "roster.json"))
    assert rc == 0 and "VERIFIED" in out
    rc, out, _ = cli("signoff", str(ready["id"]), "--show")
    assert rc == 0 and "VALID" in out and "acceptable for this urgent request" in out
    raw = bytearray(pdf.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    pdf.write_bytes(bytes(raw))
    rc, out, err = cli("verify", str(pdf), "--no-vault")
    assert rc == 1 and "NOT VERIFIED" in err
    rc, out, _ = cli("audit", "verify")
    assert rc == 0 and "intact" in out


def test_case_import_export_and_evidence(cli, tmp_path):
    cli("init")
    rc, out, _ = cli("case", "import", FIXTURE)
    assert rc == 0 and "Imported case 1" in out
    rc, out, _ = cli("case", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["id"] == 1 and shown["reason"] == "medical_treatment"
    f = tmp_path / "scan.jpg"
    from PIL import Image

    Image.new("RGB", (1300, 1700), "white").save(f)
    rc, out, _ = cli("evidence", "add", "1", str(f), "--kind", "identity_document", "--language", "fa")
    assert rc == 0 and "Added evidence 1" in out
    rc, out, _ = cli("evidence", "add", "1", str(f), "--kind", "translation", "--translation-of", "1",
                     "--translator", "T. Translator")
    assert rc == 0
    rc, out, _ = cli("case", "export", "1", "-o", str(tmp_path / "c.json"))
    exported = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert exported["evidence"][1]["translation_of"] == 1


def test_bad_import_exits_2_with_field_path(cli, tmp_path):
    cli("init")
    data = json.loads(Path(FIXTURE).read_text(encoding="utf-8"))
    data["people"][0]["date_of_birth"] = "yesterday"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    rc, _, err = cli("case", "import", str(bad))
    assert rc == 2 and "people[0].date_of_birth" in err
    assert json.loads(cli("cases", "--json")[1]) == []


def test_wrong_passphrase_and_missing_vault(cli, monkeypatch):
    rc, _, err = cli("cases")
    assert rc == 2 and "no vault" in err
    cli("init")
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", "wrong one!")
    rc, _, err = cli("cases")
    assert rc == 2 and "Wrong passphrase" in err


def test_passwd_backup_restore(cli, tmp_path, monkeypatch):
    cli("init")
    cli("demo", "--cases", "2")
    monkeypatch.setenv("PAROLE_DESKTOP_NEW_PASSPHRASE", "a new passphrase")
    assert cli("passwd")[0] == 0
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", "a new passphrase")
    rc, out, _ = cli("backup", str(tmp_path / "b.pdbk"))
    assert rc == 0 and "verified" in out
    rc, out, _ = cli("restore", str(tmp_path / "b.pdbk"))
    assert rc == 0 and "previous vault was kept" in out
    assert len(json.loads(cli("cases", "--json")[1])) == 2


def test_rules_show(cli):
    rc, out, _ = cli("rules", "show")
    assert rc == 0 and "us-hp" in out and "Verify before filing" in out
