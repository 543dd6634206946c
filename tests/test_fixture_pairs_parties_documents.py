"""Issue #21 items 5-8, fixture pairs: for each item a case that passes and one that fails for that reason, built
once only with the CLI (case import, case edit --set, evidence add with its flags, check --json) and once through
the services the GUI calls (save_case, add_evidence with the same attributes, run_checks); both give the same
findings, and the failing case of each pair fires the rule the passing one does not."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from parole_desktop.cli import main
from parole_desktop.domain.codec import case_from_dict
from parole_desktop.domain.enums import CaptureKind, PayerKind, Role
from parole_desktop.domain.models import Case
from parole_desktop.paths import AppPaths
from parole_desktop.services.checks import run_checks
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import create_vault
from tests.conftest import PASSPHRASE

BASE = Path(__file__).resolve().parent / "fixtures" / "cases" / "medical_uscis_complete.json"
TODAY = "2026-11-23"
SYNTHETIC = minimal_pdf(["A synthetic document"])


@dataclass
class Doc:
    kind: str
    title: str
    cli: list[str] = field(default_factory=list)  # extra flags of `evidence add`
    fields: dict[str, object] = field(default_factory=dict)  # the same, as the GUI's service call takes them


@dataclass
class Pair:
    item: str
    name: str
    sets: list[str]  # `case edit --set` assignments
    change: Callable[[Case], None]  # the same edits, as the GUI's pages make them before save_case
    docs: list[Doc]  # documents beyond the base case's (or replacing one of its kinds)
    rule: str
    fires: bool


def _role(c: Case, role: Role):
    return c.people_with_role(role)[0]


def _set(role: Role | None, **kw: object) -> Callable[[Case], None]:
    def change(c: Case) -> None:
        target = c if role is None else _role(c, role)
        for k, v in kw.items():
            setattr(target, k, v)

    return change


def _both(*changes: Callable[[Case], None]) -> Callable[[Case], None]:
    def change(c: Case) -> None:
        for ch in changes:
            ch(c)

    return change


def _minor(c: Case) -> None:
    b = c.beneficiary
    assert b is not None
    b.date_of_birth = dt.date(2015, 1, 1)
    c.minor_companion_name, c.minor_companion_relationship = "Omar Haddad", "uncle"


MINOR_SETS = [
    "people[beneficiary].date_of_birth=2015-01-01",
    "minor_companion_name=Omar Haddad",
    "minor_companion_relationship=uncle",
]
CUSTODY = Doc("custody_proof", "Guardianship order")
PAIRS: list[Pair] = [
    # item 5: payment details
    Pair(
        "payment",
        "the requestor pays with a US card",
        ["payer_kind=requestor"],
        _set(None, payer_kind=PayerKind.REQUESTOR),
        [],
        "HP-PAY-01",
        False,
    ),
    Pair(
        "payment",
        "someone else pays with a card from a foreign bank",
        ["card_issued_abroad=true", "payer_kind=other", "payer_name=Omar Haddad"],
        _set(None, card_issued_abroad=True, payer_kind=PayerKind.OTHER, payer_name="Omar Haddad"),
        [],
        "HP-PAY-01",
        True,
    ),
    # item 6: facts inside documents, and a phone photo
    Pair(
        "documents",
        "the passport copy agrees with the record (a scan)",
        [],
        lambda c: None,
        [
            Doc(
                "identity_document",
                "Passport bio page",
                [
                    "--stated-name",
                    "KARIMI Farzana",
                    "--stated-date-of-birth",
                    "1984-03-12",
                    "--stated-passport-number",
                    "pa764db6",
                    "--capture",
                    "scan",
                ],
                {
                    "stated_name": "KARIMI Farzana",
                    "stated_date_of_birth": dt.date(1984, 3, 12),
                    "stated_passport_number": "pa764db6",
                    "capture": CaptureKind.SCAN,
                },
            )
        ],
        "HP-ID-12",
        False,
    ),
    Pair(
        "documents",
        "the passport photo gives another spelling and date of birth",
        [],
        lambda c: None,
        [
            Doc(
                "identity_document",
                "Passport bio page",
                [
                    "--stated-name",
                    "Farzana Karimova",
                    "--stated-date-of-birth",
                    "1984-12-03",
                    "--capture",
                    "phone-photo",
                ],
                {
                    "stated_name": "Farzana Karimova",
                    "stated_date_of_birth": dt.date(1984, 12, 3),
                    "capture": CaptureKind.PHONE_PHOTO,
                },
            )
        ],
        "HP-ID-12",
        True,
    ),
    # item 7: minors with a companion who is not a parent
    Pair(
        "minors",
        "a child with an uncle, the parents' consent attached",
        MINOR_SETS,
        _minor,
        [Doc("parent_consent", "Parents' consent"), CUSTODY],
        "HP-MIN-01",
        False,
    ),
    Pair("minors", "a child with an uncle, no consent", MINOR_SETS, _minor, [CUSTODY], "HP-MIN-01", True),
    # item 8: the beneficiary files for themself, an organization files, a supporter abroad
    Pair(
        "requestor",
        "a self-filer without a requestor's document",
        ["people[requestor].relationship=self"],
        _set(Role.REQUESTOR, relationship="self"),
        [Doc("identity_document", "Passport bio page")],
        "HP-REQ-01",
        False,
    ),
    Pair(
        "requestor",
        "a self-filer whose file has a requestor's green card",
        ["people[requestor].relationship=self"],
        _set(Role.REQUESTOR, relationship="self"),
        [Doc("identity_document", "Passport bio page"), Doc("requestor_identity", "Requestor's green card")],
        "HP-REQ-01",
        True,
    ),
    Pair(
        "requestor",
        "an organization files with its status document",
        ["people[requestor].organization=Hope Medical Foundation"],
        _set(Role.REQUESTOR, organization="Hope Medical Foundation"),
        [Doc("organization_status", "IRS determination letter")],
        "HP-REQ-02",
        False,
    ),
    Pair(
        "requestor",
        "an organization files without it",
        ["people[requestor].organization=Hope Medical Foundation"],
        _set(Role.REQUESTOR, organization="Hope Medical Foundation"),
        [],
        "HP-REQ-02",
        True,
    ),
    Pair(
        "requestor",
        "the I-134 supporter lives in the US",
        ["people[supporter].address_country=US"],
        _set(Role.SUPPORTER, address_country="US"),
        [],
        "HP-REQ-03",
        False,
    ),
    Pair(
        "requestor",
        "the I-134 supporter lives in Germany",
        ["people[supporter].address_country=DE"],
        _both(_set(Role.SUPPORTER, address_country="DE")),
        [],
        "HP-REQ-03",
        True,
    ),
]


def _documents(pair: Pair, tmp_path: Path, n: int) -> list[tuple[Path, Doc]]:
    """The pair's documents, each a file of the same synthetic content (its probe is made once per vault)."""
    out = [(tmp_path / f"p{n}-{k}-{d.kind}.pdf", d) for k, d in enumerate(pair.docs)]
    for path, _ in out:
        path.write_bytes(SYNTHETIC)
    return out


def _ids(findings: list[tuple[str, str, str, str]]) -> set[str]:
    return {f[0] for f in findings}


@pytest.mark.slow
def test_each_pair_gives_the_same_findings_built_with_the_cli_and_with_the_services(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "data"

    def cli(*args: str) -> tuple[int, str, str]:
        rc = main(["--data-dir", str(data), *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    plans = [_documents(pair, tmp_path, n) for n, pair in enumerate(PAIRS, start=1)]
    assert cli("init")[0] == 0
    by_cli = {}
    for n, (pair, docs) in enumerate(zip(PAIRS, plans, strict=True), start=1):
        rc, out, err = cli("case", "import", str(BASE))
        assert rc == 0 and f"Imported case {n}" in out, err
        if pair.sets:
            args = [a for s in pair.sets for a in ("--set", s)]
            rc, _, err = cli("case", "edit", str(n), *args)
            assert rc == 0, err
        for path, doc in docs:
            rc, _, err = cli(
                "evidence", "add", str(n), str(path), "--kind", doc.kind, "--title", doc.title, *doc.cli
            )
            assert rc == 0, err
        report = json.loads(cli("check", str(n), "--json", "--today", TODAY)[1])
        by_cli[n] = [(f["id"], f["severity"], f["field"], f["message"]) for f in report["findings"]]

    s, _ = create_vault(
        AppPaths(tmp_path / "gui-data"), "another passphrase for this vault", actor="volunteer"
    )
    by_gui = {}
    with s:
        for n, (pair, docs) in enumerate(zip(PAIRS, plans, strict=True), start=1):
            case = case_from_dict(json.loads(BASE.read_text(encoding="utf-8")))
            case.evidence, case.id = [], None
            pair.change(case)
            cid = int(s.save_case(case).id or 0)
            assert cid == n
            for path, doc in docs:
                s.add_evidence(cid, path, kind=doc.kind, title=doc.title, **doc.fields)
            result = run_checks(s, cid, today=dt.date.fromisoformat(TODAY))
            by_gui[n] = [(f.rule_id, str(f.severity), f.field, f.message) for f in result.findings]
        stored = s.load_case(4).evidence[0]
    assert (stored.stated_name, stored.capture) == ("Farzana Karimova", CaptureKind.PHONE_PHOTO)

    for n, pair in enumerate(PAIRS, start=1):
        assert by_cli[n] == by_gui[n], pair.name
        assert (pair.rule in _ids(by_cli[n])) == pair.fires, (pair.name, by_cli[n])
    # each item has a passing and a failing case
    for item in {p.item for p in PAIRS}:
        assert {p.fires for p in PAIRS if p.item == item} == {True, False}, item
    # what the failing cases say, in words
    said = {pair.name: by_cli[n] for n, pair in enumerate(PAIRS, start=1)}
    assert any(
        f[0] == "HP-PAY-01" and f[1] == "fail"
        for f in said["someone else pays with a card from a foreign bank"]
    )
    assert any(f[0] == "HP-PAY-02" for f in said["someone else pays with a card from a foreign bank"])
    assert "HP-ID-13" in _ids(said["the passport photo gives another spelling and date of birth"])
    assert "HP-ID-13" not in _ids(said["the passport copy agrees with the record (a scan)"])
    assert (
        _ids(said["a child with an uncle, the parents' consent attached"]) & {"HP-ID-07", "HP-MIN-01"}
        == set()
    )
    shown = json.loads(cli("case", "show", "4", "--json")[1])["evidence"][0]
    assert (shown["stated_name"], shown["stated_date_of_birth"], shown["capture"]) == (
        "Farzana Karimova",
        "1984-12-03",
        "phone_photo",
    )


def test_a_bad_capture_or_date_is_refused_and_nothing_is_stored(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "data"

    def cli(*args: str) -> int:
        try:
            return main(["--data-dir", str(data), *args])
        except SystemExit as exc:  # argparse refuses a bad option value with exit status 2
            return int(exc.code or 0)

    assert cli("init") == 0
    assert cli("case", "import", str(BASE)) == 0
    f = tmp_path / "scan.pdf"
    f.write_bytes(minimal_pdf(["Passport bio page (synthetic)"]))
    capsys.readouterr()
    assert cli("evidence", "add", "1", str(f), "--kind", "identity_document", "--capture", "polaroid") == 2
    assert "is not a capture kind" in capsys.readouterr().err
    assert (
        cli(
            "evidence",
            "add",
            "1",
            str(f),
            "--kind",
            "identity_document",
            "--stated-date-of-birth",
            "1984-13-01",
        )
        == 2
    )
    assert "is not a date" in capsys.readouterr().err
    assert cli("case", "show", "1", "--json") == 0
    assert json.loads(capsys.readouterr().out)["evidence"] == []
    assert cli("evidence", "add", "1", str(f), "--kind", "identity_document", "--capture", "Phone photo") == 0
    capsys.readouterr()
    assert cli("evidence", "edit", "1", "--capture", "scan", "--stated-name", "Farzana Karimi") == 0
    assert "capture, stated_name" in capsys.readouterr().out
    assert cli("case", "show", "1", "--json") == 0
    [ev] = json.loads(capsys.readouterr().out)["evidence"]
    assert (ev["capture"], ev["stated_name"]) == ("scan", "Farzana Karimi")
