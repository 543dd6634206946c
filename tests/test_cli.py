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
    rc, out, _ = cli("signoff", str(ready["id"]), "--reviewer", "Amira Solis")
    assert rc == 0 and "fingerprint" in out
    pdf = tmp_path / "packet.pdf"
    rc, out, _ = cli("packet", str(ready["id"]), "-o", str(pdf))
    assert rc == 0 and pdf.exists()
    rc, out, _ = cli("verify", str(pdf))
    assert rc == 0 and "VERIFIED" in out and "Amira Solis" in out
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


def test_rules_show_prints_every_new_table_with_as_of_and_source(cli):
    rc, out, _ = cli("rules", "show")
    assert rc == 0 and "us-hp 2026.12.0" in out and "as of 2026-11-29" in out
    for line in ("  G-1650  payment   Form G-1650", "Entry restrictions (country, full/partial, proclamation, effective):",
                 "  SY Syria", "PM-602-0192 from 2025-12-02, in effect", "U4U   paused since 2025-01-27; re-parole continuing",
                 "CBP One appointments ended 2025-01-20", "  IR Iran (source S41, as of 2026-11-29) [verify]"):
        assert line in out, line
    syria = next(ln for ln in out.splitlines() if ln.startswith("  SY Syria"))
    assert "full" in syria and "P10998" in syria and "2026-01-01" in syria and "source S32" in syria


def test_unprintable_file_is_hp_evd_04_in_a_full_check(cli, tmp_path):
    cli("init")
    assert cli("case", "import", FIXTURE)[0] == 0
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage that is no PDF object\n" * 50)
    rc, out, err = cli("evidence", "add", "1", str(bad), "--kind", "medical_records")
    assert rc == 0, err
    rc, out, _ = cli("check", "1", "--json")
    report = json.loads(out)
    hits = [f for f in report["findings"] if f["id"] == "HP-EVD-04"]
    assert len(hits) == 1 and "cannot be printed into the packet" in hits[0]["message"]
    assert hits[0]["severity"] == "fail" and rc == 1
