"""The command line, driven in-process: exit codes, messages, and what ends up in the vault."""

from __future__ import annotations

import json
import subprocess
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
        rc, out, _ = cli(
            "org",
            "create",
            str(usb / "org.key"),
            "--name",
            "Solis Law Office",
            "--roster",
            str(usb / "roster.json"),
        )
        assert rc == 0, out
        fpr = next(
            ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith("Org key fingerprint")
        )
        rc, out, _ = cli("reviewer", "enrol-request", name, "-o", str(usb / "enrol.json"))
        assert rc == 0 and "Key fingerprint" in out
        rc, out, _ = cli(
            "roster",
            "add-reviewer",
            str(usb / "roster.json"),
            str(usb / "enrol.json"),
            "--org-key",
            str(usb / "org.key"),
        )
        assert rc == 0 and "version 2" in out
        rc, _, err = cli("roster", "import", str(usb / "roster.json"))
        assert rc == 2 and "--fingerprint" in err
        rc, _, err = cli(
            "roster",
            "import",
            str(usb / "roster.json"),
            "--fingerprint",
            "0000 1111 2222 3333 4444 5555 6666 7777",
        )
        assert rc == 2 and "nothing was pinned" in err
        rc, out, _ = cli("roster", "import", str(usb / "roster.json"), "--fingerprint", fpr)
        assert rc == 0 and "Pinned" in out
        rc, out, _ = cli("reviewer", "list")
        assert "may sign" in out
    finally:
        del os.environ["PAROLE_DESKTOP_ORG_PASSPHRASE"]


@pytest.mark.slow
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
    accepts = [
        a
        for i, w in enumerate(warnings)
        for a in (
            "--accept",
            f"{w}=Weighed note {i} against the evidence; acceptable for this urgent request.",
        )
    ]
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
    record = tmp_path / "record.pdf"
    rc, out, _ = cli("packet", str(ready["id"]), "-o", str(record), "--review-record")
    assert rc == 0 and "review record" in out and record.exists()
    text = subprocess.run(["pdftotext", str(record), "-"], capture_output=True, text=True, check=True).stdout
    assert "acceptable for this urgent request" in " ".join(text.split())
    # the filing holds no manifest: with its detached manifest moved away, the review record proves it
    detached = tmp_path / "packet.manifest.json"
    assert detached.is_file() and "sign-off manifest" in cli("packet", str(ready["id"]), "-o", str(pdf))[1]
    detached.rename(tmp_path / "kept-apart.json")
    rc, _, err = cli("verify", str(pdf))
    assert rc == 1 and "manifest missing" in err
    rc, out, _ = cli("verify", str(pdf), "--manifest", str(record))
    assert rc == 0 and "VERIFIED" in out and f"Manifest from: {record}" in out
    rc, out, _ = cli("verify", str(pdf), "--manifest", str(tmp_path / "kept-apart.json"))
    assert rc == 0 and "VERIFIED" in out
    rc, _, err = cli("verify", str(pdf), "--manifest", str(tmp_path / "usb" / "roster.json"))
    assert rc == 1 and "not a sign-off manifest" in err
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
    rc, out, _ = cli(
        "evidence",
        "add",
        "1",
        str(f),
        "--kind",
        "translation",
        "--translation-of",
        "1",
        "--translator",
        "T. Translator",
    )
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


@pytest.mark.slow
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
    assert rc == 0 and "us-hp 2027.01.0" in out and "as of 2026-12-07" in out
    for line in (
        "  G-1650  payment   Form G-1650",
        "Entry restrictions (country, full/partial, proclamation, effective):",
        "  SY Syria",
        "PM-602-0192 from 2025-12-02, in effect",
        "U4U   paused since 2025-01-27; re-parole continuing",
        "CBP One appointments ended 2025-01-20",
        "  IR Iran (source S41, as of 2026-11-29) [verify]",
    ):
        assert line in out, line
    syria = next(ln for ln in out.splitlines() if ln.startswith("  SY Syria"))
    assert "full" in syria and "P10998" in syria and "2026-01-01" in syria and "source S32" in syria


def test_rules_show_lists_every_rule_id_with_severity_citation_and_as_of(cli):
    from parole_desktop.services.rulebook import load_pack, rule_rows

    rows = rule_rows(load_pack())
    rc, out, _ = cli("rules", "show")
    assert rc == 0
    lines = out.splitlines()
    assert f"Rules ({len(rows)}; severity, citation, as of = the date their sources were last read):" in lines
    for r in rows:  # every rule id: its line with severity and title, then its citation and as_of
        i = next(n for n, ln in enumerate(lines) if ln.startswith(f"  {r.id} "))
        assert lines[i].split()[1] == r.severity and r.title in lines[i]
        assert lines[i + 1].strip() == f"{r.citation} (as of {r.as_of})"
    assert "  HP-RPL-02  fail Re-parole: filed in time before the I-94 expires [verify]" in lines
    assert (
        "  HP-PRG-02  warn Entry suspension (Proclamations 10949, 10998) and the exception claimed [verify]"
        in lines
    )
    # the new dated tables: the exceptions list and the holds statement, each with source and as_of
    assert any(
        ln.startswith("  lawful_permanent_resident      P10949/P10998: ") and "as of 2026-12-07" in ln
        for ln in lines
    )
    assert any(
        ln.startswith("  Statement (applies to people born in or nationals of") and "as of 2026-02-24" in ln
        for ln in lines
    )

    rc, out, _ = cli("rules", "show", "--json")
    assert rc == 0
    shown = json.loads(out)
    assert shown["pack"] == {
        "id": "us-hp",
        "version": "2027.01.0",
        "jurisdiction": "US",
        "as_of": "2026-12-07",
        "sha256": shown["pack"]["sha256"],
    }
    assert len(shown["pack"]["sha256"]) == 64
    by_id = {r["id"]: r for r in shown["rules"]}
    assert sorted(by_id) == [r.id for r in rows] and len(by_id) == len(rows)
    assert by_id["HP-RPL-05"] == {
        "id": "HP-RPL-05",
        "severity": "fail",
        "title": "Re-parole: continuous presence since the parole",
        "citation": "Leaving the US ends parole (project brief; S24)",
        "sources": ["S24"],
        "as_of": "2026-11-22",
        "verify": False,
    }
    assert by_id["HP-PRG-02"]["as_of"] == "2026-12-07"  # S50/S51 were read then
    for r in shown["rules"]:
        assert r["severity"] in ("fail", "warn", "info") and r["citation"] and r["as_of"][:2] == "20"
    assert {s["id"] for s in shown["sources"]} >= {"S1", "S50", "S51"}


def test_case_edit_sets_fields_whose_names_have_digits(cli):
    cli("init")
    assert cli("case", "import", FIXTURE)[0] == 0
    rc, _, err = cli(
        "case", "edit", "1", "--set", "people[beneficiary].i94_number=123456789A1",
        "--set", "people[beneficiary].i94_expiry=2027-04-30",
    )  # fmt: skip
    assert rc == 0, err
    b = json.loads(cli("case", "show", "1", "--json")[1])["people"][0]
    assert (b["i94_number"], b["i94_expiry"]) == ("123456789A1", "2027-04-30")
    rc, _, err = cli("case", "edit", "1", "--set", "people[beneficiary].i94_expiry=2027-02-30")
    assert rc == 2 and "i94_expiry" in err
    b = json.loads(cli("case", "show", "1", "--json")[1])["people"][0]
    assert b["i94_expiry"] == "2027-04-30"  # nothing was written


def test_case_outcome_records_the_decision_and_the_grant_becomes_a_parole(cli):
    cli("init")
    assert cli("case", "import", FIXTURE)[0] == 0
    with pytest.raises(SystemExit):
        cli("case", "outcome", "1", "--decision", "granted")
    rc, out, err = cli("case", "outcome", "1", "--filed-on", "2026-05-01", "--decided-on", "2026-04-01")
    assert rc == 2 and "outcome.decided_on: the decision date is before the filing date" in err
    rc, out, err = cli("case", "outcome", "1", "--parole-expiry", "2027-02-30")
    assert rc == 2 and "outcome.parole_expiry: not a date" in err
    shown = json.loads(cli("case", "show", "1", "--json")[1])
    assert not any(shown["outcome"].values()) and shown["people"][0]["paroles"] == []  # nothing was written
    rc, out, _ = cli(
        "case", "outcome", "1", "--filed-on", "2026-01-05", "--receipt", "IOE0123456789",
        "--decision", "approved", "--decided-on", "2026-03-02", "--i94", "987654321B2",
        "--parole-expiry", "2027-01-10",
    )  # fmt: skip
    assert rc == 0
    assert "decision approved on 2026-03-02, I-94 987654321B2, parole expires 2027-01-10" in out
    assert "The beneficiary's paroles now list this grant (I-94 987654321B2, expires 2027-01-10)" in out
    shown = json.loads(cli("case", "show", "1", "--json")[1])
    assert shown["outcome"]["receipt_number"] == "IOE0123456789"
    assert shown["people"][0]["paroles"] == [
        {
            "i94_number": "987654321B2",
            "class_of_admission": "",
            "program": "",
            "basis": "",
            "paroled_on": None,
            "expires_on": "2027-01-10",
            "source": "outcome",
        }
    ]
    report = json.loads(cli("check", "1", "--json", "--today", "2026-11-23")[1])
    hint = [f for f in report["findings"] if f["id"] == "HP-RPL-04"]
    assert [h["field"] for h in hint] == ["outcome.parole_expiry"]
    assert "The parole granted on this request expires on 2027-01-10, in 48 days" in hint[0]["message"]


def test_unprintable_file_is_refused_at_intake_with_a_plain_reason(cli, tmp_path):
    cli("init")
    assert cli("case", "import", FIXTURE)[0] == 0
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage that is no PDF object\n" * 50)
    rc, out, err = cli("evidence", "add", "1", str(bad), "--kind", "medical_records")
    assert rc != 0 and "damaged" in err.lower() and str(tmp_path) not in err and "Error)" not in err
    rc, out, _ = cli("check", "1", "--json")
    report = json.loads(out)
    assert not [f for f in report["findings"] if f["id"] == "HP-EVD-04"]  # nothing was stored


# ---------------------------------------------------------------------------- case JSON and CLI completeness
FAMILY = Path(__file__).resolve().parent / "fixtures" / "cases" / "family_hakimi"
TODAY = "2026-11-23"


def _family_plan(tmp_path: Path) -> list[tuple[Path, list[dict]]]:
    """Per family member: its case file and the documents to attach (file + attributes), the same for both sides."""
    from parole_desktop.services.demo import minimal_pdf

    plan = []
    for n, case_file in enumerate(sorted(FAMILY.glob("*.json")), start=1):
        described = json.loads(case_file.read_text(encoding="utf-8"))["evidence"]
        docs = []
        for k, e in enumerate(described):
            f = tmp_path / f"c{n}-{k}-{e['kind']}.pdf"
            f.write_bytes(minimal_pdf([f"{case_file.stem} {e['title']}"]))
            docs.append({"file": f, "kind": e["kind"], "title": e["title"], "language": e["language"]})
        plan.append((case_file, docs))
    shared = tmp_path / "family-register.pdf"
    shared.write_bytes(minimal_pdf(["Family register of the Hakimi family"]))
    plan[0][1].append(
        {
            "file": shared,
            "kind": "relationship_proof",
            "title": "Family register",
            "language": "en",
            "shared_with_group": True,
            "document_date": "2012-03-04",
            "notes": "original at home",
        }
    )
    report = tmp_path / "report.pdf"
    report.write_bytes(minimal_pdf(["Local council letter naming Farid Hakimi"]))
    plan[0][1].append(
        {
            "file": report,
            "kind": "third_party_report",
            "title": "Council letter",
            "language": "en",
            "names_person": True,
        }
    )
    return plan


def _cli_args(doc: dict) -> list[str]:
    args = ["--kind", doc["kind"], "--title", doc["title"], "--language", doc["language"]]
    if doc.get("shared_with_group"):
        args.append("--shared-with-group")
    if doc.get("names_person"):
        args.append("--names-person")
    if doc.get("document_date"):
        args += ["--document-date", doc["document_date"]]
    if doc.get("notes"):
        args += ["--notes", doc["notes"]]
    return args


def _findings(report: dict) -> list[tuple[str, str, str, str]]:
    return [(f["id"], f["severity"], f["field"], f["message"]) for f in report["findings"]]


@pytest.mark.slow
def test_family_of_three_built_with_the_cli_equals_the_same_family_built_with_the_services(cli, tmp_path):
    import datetime as dt

    from parole_desktop.domain.codec import case_from_dict
    from parole_desktop.paths import AppPaths
    from parole_desktop.services.checks import run_checks
    from parole_desktop.services.session import create_vault

    plan = _family_plan(tmp_path)
    # the CLI only: import, group, evidence add with flags, check
    cli("init")
    for case_file, _ in plan:
        assert cli("case", "import", str(case_file))[0] == 0
    # the family's files name their group: importing them made it (group 1) and put the three cases in it
    for n, (_, docs) in enumerate(plan, start=1):
        for doc in docs:
            rc, _, err = cli("evidence", "add", str(n), str(doc["file"]), *_cli_args(doc))
            assert rc == 0, err
    rc, out, _ = cli("group", "show", "1", "--json")
    shown = json.loads(out)
    assert [c["id"] for c in shown["cases"]] == [1, 2, 3] and len(shown["uid"]) == 32
    assert shown["cases"][1]["shared_evidence"] != [], "the shared register reaches every member"
    by_cli = {}
    for n in (1, 2, 3):
        by_cli[n] = _findings(json.loads(cli("check", str(n), "--json", "--today", TODAY)[1]))

    # the same family through the services the GUI calls (save, group, add evidence with attributes)
    s, _ = create_vault(
        AppPaths(tmp_path / "gui-data"), "another passphrase for this vault", actor="volunteer"
    )
    with s:
        ids = []
        for case_file, _ in plan:
            case = case_from_dict(json.loads(case_file.read_text(encoding="utf-8")))
            case.evidence, case.id = [], None
            ids.append(int(s.save_case(case).id or 0))
        group = s.create_family_group("Hakimi family", "filed together")
        for cid in ids:
            s.set_family_group(cid, group.id)
        for cid, (_, docs) in zip(ids, plan, strict=True):
            for doc in docs:
                extra = {k: doc[k] for k in ("shared_with_group", "names_person", "notes") if k in doc}
                if "document_date" in doc:
                    extra["document_date"] = dt.date.fromisoformat(doc["document_date"])
                s.add_evidence(
                    cid, doc["file"], kind=doc["kind"], title=doc["title"], language=doc["language"], **extra
                )
        by_gui = {
            cid: [
                (f.rule_id, str(f.severity), f.field, f.message)
                for f in run_checks(s, cid, today=dt.date.fromisoformat(TODAY)).findings
            ]
            for cid in ids
        }
        stored = s.load_case(ids[0])
    assert by_cli == by_gui
    assert any(rule == "HP-PRG-02" for rule, *_ in by_cli[1])  # Afghan nationals: entry suspension
    assert not any(rule == "HP-RSN-07" for rule, *_ in by_cli[1])
    register = next(e for e in stored.evidence if e.title == "Family register")
    assert register.shared_with_group and register.document_date == dt.date(2012, 3, 4)
    assert register.notes == "original at home"
    rc, out, _ = cli("case", "show", "1", "--json")
    cli_register = next(e for e in json.loads(out)["evidence"] if e["title"] == "Family register")
    assert (cli_register["shared_with_group"], cli_register["document_date"], cli_register["notes"]) == (
        True,
        "2012-03-04",
        "original at home",
    )


@pytest.mark.slow
def test_exported_family_imports_into_another_vault_with_group_and_links(cli, tmp_path, monkeypatch):
    cli("init")
    for case_file in sorted(FAMILY.glob("*.json")):
        cli("case", "import", str(case_file))
    cli("group", "create", "Hakimi family")
    cli("group", "add", "1", "1", "2", "3")
    exported = []
    for n in (1, 2, 3):
        dest = tmp_path / f"out-{n}.json"
        assert cli("case", "export", str(n), "-o", str(dest))[0] == 0
        exported.append(dest)
    father = json.loads(exported[0].read_text(encoding="utf-8"))
    assert father["family_group"]["name"] == "Hakimi family" and len(father["uid"]) == 32
    mother_uid = json.loads(exported[1].read_text(encoding="utf-8"))["uid"]
    link = next(p for p in father["people"] if p["given_name"] == "Mahbooba")
    assert link["linked_case_uid"] == mother_uid
    assert all(e["sha256"] == "" or len(e["sha256"]) == 64 for e in father["evidence"])

    # another vault; one unrelated case first so the local numbers differ; the family in reverse order
    other = tmp_path / "other"

    def run2(*args: str) -> tuple[int, str]:
        return main(["--data-dir", str(other), *args]), ""

    assert run2("init")[0] == 0
    assert run2("case", "import", FIXTURE)[0] == 0
    for dest in reversed(exported):
        assert run2("case", "import", str(dest))[0] == 0
    from parole_desktop.paths import AppPaths
    from parole_desktop.services.session import open_vault

    with open_vault(AppPaths(other), PASSPHRASE) as s:
        groups = s.family_groups()
        assert [g.name for g in groups] == ["Hakimi family"] and groups[0].uid == father["family_group"][
            "uid"
        ]
        members = {s.load_case(cid).beneficiary_name: s.load_case(cid) for cid in groups[0].case_ids}
        assert set(members) == {"Farid Hakimi", "Mahbooba Hakimi", "Sahar Hakimi"}
        f = members["Farid Hakimi"]
        links = {p.given_name: p.linked_case_id for p in f.people if p.linked_case_id}
        assert links == {"Mahbooba": members["Mahbooba Hakimi"].id, "Sahar": members["Sahar Hakimi"].id}
        d = members["Sahar Hakimi"]
        assert {p.given_name: p.linked_case_id for p in d.people if p.role == "family_member"} == {
            "Farid": f.id,
            "Mahbooba": members["Mahbooba Hakimi"].id,
        }
        assert f.uid == father["uid"]


@pytest.mark.slow
def test_case_edit_sets_fields_and_writes_nothing_on_error(cli, tmp_path):
    cli("init")
    cli("case", "import", FIXTURE)
    before = cli("case", "show", "1", "--json")[1]
    rc, out, _ = cli(
        "case",
        "edit",
        "1",
        "--set",
        "people[beneficiary].passport_family_name=KARIMI",
        "--set",
        "payment_method=G-1650",
        "--set",
        "payer_us_bank_account=true",
        "--set",
        "duration_months=3",
        "--set",
        "background.criminal_history=yes",
        "--set",
        "background.criminal_history_explanation=Fined in 2009.",
        "--set",
        "people[2].organization=Heart Fund",
    )
    assert rc == 0, out
    shown = json.loads(cli("case", "show", "1", "--json")[1])
    ben = next(p for p in shown["people"] if p["role"] == "beneficiary")
    assert ben["passport_family_name"] == "KARIMI" and ben["family_name"] == "Karimi"
    assert (shown["payment_method"], shown["payer_us_bank_account"], shown["duration_months"]) == (
        "G-1650",
        True,
        3,
    )
    assert shown["background"]["criminal_history_explanation"] == "Fined in 2009."
    assert shown["people"][2]["organization"] == "Heart Fund"
    assert cli("cases", "--search", "KARIMI")[1].count("Farzana") == 1
    good = cli("case", "show", "1", "--json")[1]
    for bad, where in (
        (["--set", "reason=holiday"], "reason"),
        (["--set", "duration_months=500"], "duration_months"),
        (["--set", "key_date=2027-02-30"], "key_date"),
        (["--set", "people[0].no_such_field=1"], "people[0].no_such_field"),
        (["--set", "people[9].given_name=X"], "people[9].given_name"),
        (["--set", "status=filed"], "status"),
        (["--set", "uid=00"], "uid"),
        (["--set", "evidence[0].title=X"], "evidence"),
        (["--set", "people[beneficiary].role=supporter"], "people"),  # no beneficiary left
        (["--set", "statement"], "statement"),
        (
            ["--set", "duration_months=4", "--set", "channel=by_sea"],
            "channel",
        ),  # first one valid: still nothing
        (["--set", "people[1].linked_case_id=42"], "people[1].linked_case_id"),
        (["--set", "people[1].linked_case_id=1"], "people[1].linked_case_id"),  # not to itself
        (["--set", 'inadmissibility_grounds=["INA 214(b)"]'], "not a ground of inadmissibility"),
        (["--set", 'inadmissibility_grounds=["212(a)(99)"]'], "pick from: 212(a)(7)(B)(i)(I)"),
    ):
        rc, _, err = cli("case", "edit", "1", *bad)
        assert rc == 2 and where in err, (bad, err)
        assert cli("case", "show", "1", "--json")[1] == good, f"{bad} changed the case"
    assert before != good
    assert "uid " in cli("case", "show", "1")[1]


@pytest.mark.slow
def test_case_edit_sets_the_apartment_suite_or_floor_of_an_address(cli, tmp_path):
    """The I-131's Apt./Ste./Flr. box and number are plain fields of the person: set by path, refused in
    words when the kind is not one of the form's three (nothing written), cleared with an empty value."""
    cli("init")
    cli("case", "import", FIXTURE)
    rc, out, _ = cli(
        "case",
        "edit",
        "1",
        "--set",
        "people[beneficiary].address_unit_kind=apt",
        "--set",
        "people[beneficiary].address_unit=8",
        "--set",
        "people[requestor].physical_unit_kind=ste",
        "--set",
        "people[requestor].physical_unit=400",
    )
    assert rc == 0, out
    shown = json.loads(cli("case", "show", "1", "--json")[1])
    ben = next(p for p in shown["people"] if p["role"] == "beneficiary")
    req = next(p for p in shown["people"] if p["role"] == "requestor")
    assert (ben["address_unit_kind"], ben["address_unit"]) == ("apt", "8")
    assert (req["physical_unit_kind"], req["physical_unit"]) == ("ste", "400")
    good = cli("case", "show", "1", "--json")[1]
    rc, _, err = cli("case", "edit", "1", "--set", "people[beneficiary].address_unit_kind=basement")
    assert rc == 2 and "people[0].address_unit_kind" in err and "basement" in err, err
    assert cli("case", "show", "1", "--json")[1] == good
    rc, _, _ = cli("case", "edit", "1", "--set", "people[beneficiary].address_unit_kind=")
    assert rc == 0
    ben = next(
        p for p in json.loads(cli("case", "show", "1", "--json")[1])["people"] if p["role"] == "beneficiary"
    )
    assert (ben["address_unit_kind"], ben["address_unit"]) == ("", "8")


def test_evidence_edit_and_remove(cli, tmp_path, capsys):
    from parole_desktop.services.demo import minimal_pdf

    cli("init")
    cli("case", "import", FIXTURE)
    f = tmp_path / "letter.pdf"
    f.write_bytes(minimal_pdf(["Threat letter"]))
    with pytest.raises(SystemExit) as exited:  # argparse refuses it before anything is opened
        cli("evidence", "add", "1", str(f), "--kind", "threat_letter", "--document-date", "2026-02-30")
    assert exited.value.code == 2 and "not a date" in capsys.readouterr().err
    assert json.loads(cli("case", "show", "1", "--json")[1])["evidence"] == []
    assert (
        cli(
            "evidence",
            "add",
            "1",
            str(f),
            "--kind",
            "threat_letter",
            "--names-person",
            "--document-date",
            "2026-10-01",
            "--notes",
            "delivered to the house",
        )[0]
        == 0
    )
    ev = json.loads(cli("case", "show", "1", "--json")[1])["evidence"][0]
    assert (ev["names_person"], ev["document_date"], ev["notes"]) == (
        True,
        "2026-10-01",
        "delivered to the house",
    )
    rc, out, _ = cli(
        "evidence",
        "edit",
        "1",
        "--no-names-person",
        "--shared-with-group",
        "--title",
        "Letter",
        "--language",
        "fa",
        "--kind",
        "police_report",
    )
    assert rc == 0 and "Updated evidence 1" in out
    ev = json.loads(cli("case", "show", "1", "--json")[1])["evidence"][0]
    assert (ev["names_person"], ev["shared_with_group"], ev["title"], ev["language"], ev["kind"]) == (
        False,
        True,
        "Letter",
        "fa",
        "police_report",
    )
    assert ev["document_date"] == "2026-10-01", "attributes not given stay as they were"
    assert cli("evidence", "edit", "1")[0] == 2
    assert cli("evidence", "edit", "1", "--kind", " ")[0] == 2
    assert cli("evidence", "edit", "99", "--title", "x")[0] == 2
    rc, out, _ = cli("evidence", "remove", "1")
    assert rc == 0 and "Removed evidence 1" in out
    assert json.loads(cli("case", "show", "1", "--json")[1])["evidence"] == []
    rc, _, err = cli("evidence", "remove", "1")
    assert rc == 2 and "no evidence item 1" in err


def test_group_commands_refuse_unknown_cases_and_groups(cli):
    cli("init")
    cli("case", "import", FIXTURE)
    assert cli("group", "add", "1", "1")[0] == 2  # no group yet
    cli("group", "create", "Karimi")
    rc, _, err = cli("group", "add", "1", "1", "7")
    assert rc == 2 and "no case 7" in err
    shown = json.loads(cli("group", "show", "1", "--json")[1])
    assert shown["cases"] == [], "nothing was added when one case did not exist"
    rc, out, _ = cli("group", "show", "1")
    assert "each family member needs their own request" in out


def test_search_finds_a_person_by_the_native_script_or_the_passport_latin_name(cli):
    cli("init")
    native = str(Path(FIXTURE).parent / "native_script_names_uscis.json")
    assert cli("case", "import", native)[0] == 0
    assert cli("case", "import", FIXTURE)[0] == 0
    for query in ("farishta", "FARISHTA", "رحیمی", "رحيمي", "OKSANA KOVAL", "Коваль"):
        rows = json.loads(cli("cases", "--search", query, "--json")[1])
        assert [r["id"] for r in rows] == [1], query
    rows = json.loads(cli("case", "show", "1", "--json")[1])["people"]
    assert rows[0]["family_name"] == "رحیمی" and rows[0]["passport_given_name"] == "FARISHTA"


def test_the_same_export_imported_twice_gets_a_new_uid_and_joins_the_same_group(cli, tmp_path):
    cli("init")
    cli("case", "import", FIXTURE)
    cli("group", "create", "Karimi")
    cli("group", "add", "1", "1")
    dest = tmp_path / "karimi.json"
    cli("case", "export", "1", "-o", str(dest))
    rc, out, err = cli("case", "import", str(dest))
    assert rc == 0 and "Imported case 2" in out, err
    one, two = (json.loads(cli("case", "show", str(n), "--json")[1]) for n in (1, 2))
    assert one["uid"] != two["uid"] and len(two["uid"]) == 32
    assert one["family_group"]["uid"] == two["family_group"]["uid"]
    assert [c["id"] for c in json.loads(cli("group", "show", "1", "--json")[1])["cases"]] == [1, 2]
    data = json.loads(dest.read_text(encoding="utf-8"))
    data["family_group"] = {"uid": "z" * 32, "name": "Bad"}
    dest.write_text(json.dumps(data), encoding="utf-8")
    rc, _, err = cli("case", "import", str(dest))
    assert rc == 2 and "family_group.uid" in err
    assert len(json.loads(cli("cases", "--json")[1])) == 2, "a refused file adds nothing"


# ---------------------------------------------------------------------------- issue #25: hidden characters
def test_hidden_characters_are_refused_by_import_and_case_edit_with_field_and_position(cli, tmp_path):
    cli("init")
    data = json.loads(Path(FIXTURE).read_text(encoding="utf-8"))
    b = next(i for i, p in enumerate(data["people"]) if p["role"] == "beneficiary")
    data["people"][b]["given_name"] = "Ka\u202erim"
    bad = tmp_path / "rlo.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rc, _, err = cli("case", "import", str(bad))
    assert rc == 2 and f"people[{b}].given_name" in err and "U+202E" in err and "character 3" in err
    assert "\u202e" not in err
    assert json.loads(cli("cases", "--json")[1]) == []

    assert cli("case", "import", FIXTURE)[0] == 0
    before = cli("case", "show", "1", "--json")[1]
    for assignment, words in (
        ("people[beneficiary].family_name=Ra\x00himi", "null character (U+0000) at character 3"),
        ("people[beneficiary].given_name=Ka\u200brim", "zero-width space, U+200B) at character 3"),
        ("statement=We ask\x07 for", "control character (U+0007) at character 7"),
        ("people[beneficiary].family_name=Rаhimi", "mixes alphabets"),
    ):
        rc, _, err = cli("case", "edit", "1", "--set", assignment)
        assert rc == 2 and words in err, err
    assert cli("case", "show", "1", "--json")[1] == before  # nothing written
    rc, out, _ = cli("case", "edit", "1", "--set", "people[beneficiary].given_name=محمد\u200cرضا")
    assert "Updated case 1" in out
    assert rc == 0
    shown = json.loads(cli("case", "show", "1", "--json")[1])
    assert any(p["given_name"] == "محمد\u200cرضا" for p in shown["people"])


def test_a_refused_long_value_is_not_echoed_by_the_cli(cli, tmp_path, capsys):
    cli("init")
    data = json.loads(Path(FIXTURE).read_text(encoding="utf-8"))
    data["statement"] = "x" * 200_000
    big = tmp_path / "big.json"
    big.write_text(json.dumps(data), encoding="utf-8")
    rc, _, err = cli("case", "import", str(big))
    assert rc == 2 and "too long (200000 characters; at most 100000)" in err and len(err) < 200
    assert cli("case", "import", FIXTURE)[0] == 0
    rc, _, err = cli("case", "edit", "1", "--set", "statement=" + "y" * 200_000)
    assert rc == 2 and len(err) < 200, err[:300]
    rc, _, err = cli("case", "edit", "1", "--set", "statement=" + "\u202e" + "y" * 50_000)
    assert rc == 2 and len(err) < 250 and "\u202e" not in err, err[:300]
    with pytest.raises(SystemExit) as exited:  # argparse's own refusal, cut short too
        cli("evidence", "edit", "1", "--document-date", "2026-" + "1" * 200_000)
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "not a date" in err
    assert max(len(line) for line in err.splitlines()) < 250
    with pytest.raises(SystemExit):
        cli("case", "z" * 100_000)  # an invalid choice
    err = capsys.readouterr().err
    assert max(len(line) for line in err.splitlines()) < 250


def test_reviewer_add_refuses_the_vault_passphrase_as_the_reviewers(cli, monkeypatch):
    cli("init")
    monkeypatch.setenv("PAROLE_DESKTOP_REVIEWER_PASSPHRASE", PASSPHRASE.upper())
    rc, _, err = cli("reviewer", "add", "R. Reviewer", "--role", "attorney", "--number", "12345")
    assert rc == 2 and "vault's passphrase or close to it" in err
    assert "R. Reviewer" not in cli("reviewer", "list")[1]
